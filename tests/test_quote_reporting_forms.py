"""Forms of reporting the quote finder used to miss (issue 9, session 26, probe
eval/probes-indirect-5): an incise whose verb of saying a modal governs after a plain
comma, `ainsi que l'a rappelé X`, complex inversion (`Aussi X a-t-il demandé que`), the
historical infinitive (`Et le maire de regretter que`), a relative opened by its
preposition (`X, pour qui …, salue …`), participle asides (`X, ayant déclaré que …,
recevra …`), an opening `après avoir` + participle, a frame after a long recipient or
circumstance, a present the tagger reads as a participle, `selon lequel` after a
participle phrase. Every sentence is our own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Le chantier sera achevé en mai, a-t-il tenu à souligner.",
     "Le chantier sera achevé en mai", None),
    ("Les tarifs ne bougeront pas, a voulu rassurer la directrice de la régie, Anne Pélissier.",
     "Les tarifs ne bougeront pas", "Anne Pélissier"),
    ("Le gymnase rouvrira à Pâques, a tenu à préciser l'adjoint aux sports.",
     "Le gymnase rouvrira à Pâques", "l'adjoint aux sports"),
])
def test_a_governed_incise_after_a_plain_comma(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"
    if speaker:
        assert same_speaker(q["speaker"], speaker)


def test_a_governor_with_its_object_after_a_comma_stays_the_sentences_verb(annotate):
    quotes = annotate("Le trésorier, élu en juin, veut rappeler les règles du club aux membres.")
    assert not any(q["cue"] and q["cue"].startswith("veut") and q["type"] != "indirect"
                   for q in quotes)
    assert not any(q["text"].startswith("Le trésorier") for q in quotes)


def test_ainsi_que_reports_the_clause_after_it(annotate):
    q = find(annotate("Ainsi que l'a souligné la préfète, les routes resteront fermées "
                      "jusqu'à lundi."), "les routes resteront fermées jusqu'à lundi")
    assert same_speaker(q["speaker"], "la préfète")


def test_complex_inversion_gives_the_subject_alone(annotate):
    q = find(annotate("Aussi la préfète a-t-elle promis une enquête."), "une enquête")
    assert same_speaker(q["speaker"], "la préfète")


def test_complex_inversion_reports_forward(annotate):
    quotes = annotate("Aussi la présidente du syndicat, Odile Ferrand, a-t-elle exigé que "
                      "les horaires soient revus.")
    q = find(quotes, "les horaires soient revus")
    assert same_speaker(q["speaker"], "Odile Ferrand")
    assert not any(q["text"].startswith("Aussi") for q in quotes)


def test_historical_infinitive_with_its_subject(annotate):
    quotes = annotate("Le marché a fermé samedi. Et la présidente des commerçants, Lucie "
                      "Brun, de déplorer que la mairie « n'ait rien fait ».")
    q = find(quotes, "la mairie « n'ait rien fait »")
    assert same_speaker(q["speaker"], "Lucie Brun")


def test_an_infinitive_under_a_noun_still_reports_nothing(annotate):
    assert not any("exclure" in q["text"] or q["cue"] == "exclure"
                   for q in annotate("Le refus d'exclure le joueur a surpris les supporters."))


def test_a_relative_opened_by_its_preposition_is_an_aside_of_the_subject(annotate):
    quotes = annotate("La pharmacienne Inès Morel, pour qui la pénurie va durer, salue une "
                      "mesure « bienvenue ».")
    assert same_speaker(find(quotes, "la pénurie va durer")["speaker"], "Inès Morel")
    q = find(quotes, "une mesure « bienvenue »")
    assert q["type"] == "mixed" and same_speaker(q["speaker"], "Inès Morel")


def test_selon_qui_ends_before_a_present_tagged_a_participle(annotate):
    quotes = annotate("Le maraîcher Louis Audran, selon qui les prix devraient baisser, "
                      "déplore que les aides tardent.")
    assert same_speaker(find(quotes, "les prix devraient baisser")["speaker"], "Louis Audran")
    assert find(quotes, "les aides tardent")["cue"] == "déplore"


@pytest.mark.parametrize("text, content, speaker", [
    ("Le directeur, ayant affirmé que les comptes étaient sains, quittera ses fonctions en "
     "juin.", "les comptes étaient sains", "le directeur"),
    ("La juge, ayant rappelé que l'audience était publique, fera évacuer la salle.",
     "l'audience était publique", "la juge"),
])
def test_a_participle_aside_ends_where_the_subjects_verb_resumes(annotate, text, content,
                                                                 speaker):
    assert same_speaker(find(annotate(text), content)["speaker"], speaker)


def test_an_opening_apres_avoir_phrase_holds_its_own_content(annotate):
    quotes = annotate("Après avoir rappelé que la digue avait cédé en 2019, le maire de "
                      "Port-Lenoir, Jacques Aubier, a annoncé un plan de travaux.")
    assert same_speaker(find(quotes, "la digue avait cédé en 2019")["speaker"],
                        "Jacques Aubier")
    q = find(quotes, "un plan de travaux")
    assert q["cue"] == "a annoncé" and same_speaker(q["speaker"], "Jacques Aubier")


@pytest.mark.parametrize("text, content", [
    ("Le maire a prié les riverains des rues situées près du fleuve de ne pas garer leurs "
     "voitures sur les quais.", "ne pas garer leurs voitures sur les quais"),
    ("La préfète a prié les habitants des villages situés en aval de la digue de ne pas "
     "s'approcher de la rivière.", "ne pas s'approcher de la rivière"),
])
def test_de_infinitive_after_a_long_recipient(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


def test_que_after_a_long_circumstance(annotate):
    quotes = annotate("La rectrice a rappelé jeudi devant la commission des affaires "
                      "scolaires du département que trois écoles fermeraient.")
    assert find(quotes, "trois écoles fermeraient")


def test_a_noun_phrase_object_with_a_relative_stays_the_object(annotate):
    quotes = annotate("Elle a rappelé les règles que le club avait adoptées en mai.")
    assert find(quotes, "les règles que le club avait adoptées en mai")


def test_selon_lequel_after_a_participle_phrase(annotate):
    q = find(annotate("Un rapport publié mardi, selon lequel la nappe a baissé de moitié, "
                      "inquiète les agriculteurs."), "la nappe a baissé de moitié")
    assert q["speaker"] and "rapport" in q["speaker"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Le maire de Sarlat, Henri Bouchet, a présenté le budget. À l'en croire, la "
     "médiathèque ouvrira en juin.", "la médiathèque ouvrira en juin", "Henri Bouchet"),
    ("La directrice, Anne Roux, reste prudente. A l'entendre, le chantier durera deux ans.",
     "le chantier durera deux ans", "Roux"),
    ("Les habitants du hameau sont inquiets. À les entendre, l'eau baisse chaque été.",
     "l'eau baisse chaque été", "habitants"),
])
def test_an_object_pronoun_names_the_source_of_a_l_en_croire(annotate, text, content,
                                                               speaker):
    q = find(annotate(text), content)
    assert speaker in (q["speaker"] or "")


@pytest.mark.parametrize("text, content", [
    ("Les délégués rétorquèrent que la grève continuerait.", "la grève continuerait"),
    ("Les deux maires répondirent que la fusion était prématurée.",
     "la fusion était prématurée"),
])
def test_the_simple_past_plural_is_a_cue(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


def test_an_opening_present_participle_tagged_a_past_one(annotate):
    quotes = annotate("La ministre est arrivée à Tours. Reprochant aux élus de bloquer le "
                      "projet, elle a jugé que la loi passerait.")
    q = find(quotes, "bloquer le projet")
    assert q["cue"] == "Reprochant" and same_speaker(q["speaker"], "la ministre")


def test_a_negation_in_the_content_does_not_negate_the_incise(annotate):
    q = find(annotate("Les loyers ne baisseront pas, a voulu prévenir le bailleur."),
             "Les loyers ne baisseront pas")
    assert same_speaker(q["speaker"], "le bailleur")


@pytest.mark.parametrize("when", [
    "la semaine dernière", "l'an dernier", "le mois passé", "la veille", "le lendemain",
    "la nuit dernière", "le week-end dernier", "il y a trois jours", "une nouvelle fois",
])
def test_a_time_phrase_between_the_verb_and_que(annotate, when):
    q = find(annotate(f"La directrice a assuré {when} que les cours reprendraient."),
             "les cours reprendraient")
    assert same_speaker(q["speaker"], "la directrice")


def test_une_fois_que_alone_is_still_a_conjunction(annotate):
    assert not any(q["text"].startswith("la salle") for q in
                   annotate("Le maire a parlé une fois que la salle s'est tue."))


@pytest.mark.parametrize("text, speaker", [
    ("Le peuple a longtemps demandé aux militaires de quitter le pouvoir.", "le peuple"),
    ("Les villageois ont demandé au préfet de rouvrir l'école.", "les villageois"),
    ("Les pêcheurs ont demandé à la région de reporter les quotas.", "les pêcheurs"),
])
def test_a_people_may_ask(annotate, text, speaker):
    q = next(q for q in annotate(text) if q["cue"] and "demandé" in q["cue"])
    assert same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("Le festival changera de site l'an prochain, croit savoir le journal La Dépêche "
     "du Causse.", "Le festival changera de site l'an prochain",
     "le journal La Dépêche du Causse"),
    ("L'hebdomadaire croit savoir que la directrice quittera ses fonctions.",
     "la directrice quittera ses fonctions", "l'hebdomadaire"),
])
def test_croire_savoir_reports_what_a_medium_learnt(annotate, text, content, speaker):
    assert same_speaker(find(annotate(text), content)["speaker"], speaker)


def test_a_de_infinitive_completing_the_object_noun_stays_in_it(annotate):
    q = find(annotate("La ministre a averti les maires des dangers de reporter les travaux."),
             "des dangers de reporter les travaux")
    assert q["type"] == "indirect"


def test_a_date_looked_for_past_the_last_word_is_no_date(nlp):
    # the comma scan may ask for a date right after a sentence's last word: nothing starts
    # there (an IndexError once, found by the property test of test_components.py)
    from presswatch.nlp.circumstances import date_end

    doc = nlp("Il l'a dit la veille")
    assert date_end(doc, len(doc), len(doc)) == len(doc)
    assert date_end(doc, 4, len(doc)) == len(doc)  # `la veille`, to the end


def test_an_incise_ending_the_text_on_a_comma_cuts_no_clause(nlp_sm):
    # `…, croit la ,`: the incise's comma is the text's last word, nothing follows it to
    # go on with (an IndexError once, found by fuzzing the pipeline with short strings)
    from presswatch.pipeline import make_doc

    doc = nlp_sm(make_doc(nlp_sm, "@x , croit la ,", {"id": "fuzz"}))
    assert doc._.quotes == [] or all(q["end"] <= len(doc.text) for q in doc._.quotes)
