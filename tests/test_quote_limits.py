"""Where a quote stops and who it belongs to, on constructions that made spans run on or
gave a quote to a word that is not a person: the occasion of the words after a comma, a
final `selon X` with no comma, a noun formed on a verb of saying, a word capitalised only
because it opens a sentence."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("occasion", [
    "lors d'une conférence de presse à Lyon",
    "au premier jour du sommet consacré à la santé",
    "dans un entretien au Progrès",
    "devant les journalistes",
    "en marge du conseil européen",
])
def test_the_occasion_after_a_comma_is_not_what_was_said(annotate, occasion):
    quotes = annotate(f"La ministre Anne Roux a annoncé que la réforme serait votée, {occasion}.")
    q = find(quotes, "la réforme serait votée")
    assert (q["type"], q["speaker"]) == ("indirect", "Anne Roux")


def test_a_clause_after_the_comma_stays_in_the_content(annotate):
    quotes = annotate("La ministre Anne Roux a dit que le projet avance, dans une ville"
                      " qui change.")
    find(quotes, "le projet avance, dans une ville qui change")


def test_a_final_selon_without_comma_is_the_source_not_the_content(annotate):
    quotes = annotate("Le feu est parti du grenier selon les premiers éléments de l'enquête.")
    q = find(quotes, "Le feu est parti du grenier")
    assert q["speaker"] == "les premiers éléments de l'enquête"


def test_a_noun_formed_on_a_verb_of_saying_is_not_a_cue(annotate):
    quotes = annotate("« Notre campagne commence », a publié sur X l'opposant de 60 ans,"
                      " jeudi 2 janvier.")
    assert [q["text"] for q in quotes] == ["Notre campagne commence"]


def test_a_word_capitalised_by_the_sentence_start_is_not_a_speaker(annotate):
    quotes = annotate("Debout et les mains jointes, l'accusé écoute le président. Il a dit"
                      " regretter son geste.")
    assert find(quotes, "regretter son geste")["speaker"] != "Debout"


@pytest.mark.parametrize("sentence", [
    "Ce vaccin requiert deux doses chez les adultes.",
    "Derrière ce succès, un embouteillage menace une génération entière de talents.",
    "Ses trois titres olympiques confirment la domination suisse dans la vitesse.",
])
def test_a_thing_as_subject_says_nothing(annotate, sentence):
    assert annotate(sentence) == []


@pytest.mark.parametrize("subject", ["Le rectorat", "La communauté internationale",
                                     "Le coanimateur de l'émission", "La Fédération"])
def test_a_person_group_or_institution_as_subject_still_speaks(annotate, subject):
    q = find(annotate(f"{subject} a exprimé ses condoléances aux familles."),
             "ses condoléances aux familles")
    assert q["type"] == "indirect"


def test_a_thing_subject_with_a_quotation_keeps_its_quote(annotate):
    quotes = annotate("Le film dénonce un « simulacre de justice ».")
    assert [q["type"] for q in quotes] == ["mixed"]


def test_a_demonstrative_object_is_not_a_date(annotate):
    quotes = annotate("Le président du Parlement, Paul Roux, a rejeté cette décision et déclaré"
                      " lundi que l'Assemblée était en session.")
    assert find(quotes, "cette décision")["act"] == "denial"
    assert find(quotes, "l'Assemblée était en session")["speaker"] == "Paul Roux"


def test_a_date_after_an_inverted_subject_is_not_part_of_it(annotate):
    q = find(annotate("La police a arrêté un avocat, ont déclaré des témoins lundi."),
             "La police a arrêté un avocat")
    assert q["speaker"] == "des témoins"


def test_a_relative_after_a_preposition_names_the_plural_antecedent(annotate):
    quotes = annotate("« Nous ne trouvons rien », a lancé Me Paul Roux aux deux avocats"
                      " généraux, qui n'ont requis aucun acquittement. « Je ne vois aucune"
                      " volonté de nuire », a-t-il ajouté.")
    assert find(quotes, "aucun acquittement")["speaker"] == "deux avocats généraux"
    assert find(quotes, "Je ne vois aucune volonté de nuire")["speaker"] == "Paul Roux"


def test_a_relative_hung_on_the_reporting_verb_takes_the_subject_before_it(annotate):
    quotes = annotate("« Ils ont fouillé partout » a ajouté l'avocat du ministre, qui a regretté"
                      " « un déploiement de forces disproportionné ».")
    assert find(quotes, "un déploiement de forces disproportionné")["speaker"] == \
        "l'avocat du ministre"


def test_the_subject_of_a_que_clause_is_its_own_not_the_main_clause(annotate):
    quotes = annotate("Ce n'est pas la fin mais il y a quelque raison d'espérer, surtout que le"
                      " Premier ministre, Abdel Karim, a affirmé que « le gouvernement est"
                      " prêt ».")
    q = find(quotes, "le gouvernement est prêt")
    assert q["speaker"] == "Abdel Karim"


@pytest.mark.parametrize("addressee", ["l'armée", "l'armée ainsi que les forces de l'ordre"])
def test_an_appeal_to_addressees_with_a_negated_infinitive(annotate, addressee):
    quotes = annotate(f"Le général Paul Roux a appelé {addressee} à ne pas obéir aux ordres.")
    q = find(quotes, "ne pas obéir aux ordres")
    assert (q["speaker"], q["act"]) == ("Paul Roux", "appeal")


def test_dit_between_a_name_and_a_nickname_says_nothing(annotate):
    assert annotate("La peine a été infligée au militant Karim Saadi, dit Brahim, qui a été"
                    " condamné à deux ans de prison.") == []


def test_dit_cutting_a_clause_is_still_an_incise(annotate):
    quotes = annotate("Paul Martin, dit Lavrov, ne veut pas la guerre.")
    assert "ne veut pas la guerre" in [q["text"] for q in quotes]


@pytest.mark.parametrize("source, expected", [
    ("une source judiciaire à l'AFP", "une source judiciaire"),
    ("les médias russes ce vendredi 19 mai", "les médias russes"),
    ("l'Agence nationale d'information (ANI, officielle)",
     "l'Agence nationale d'information (ANI, officielle)"),
])
def test_the_source_after_selon_stops_before_when_and_to_whom(annotate, source, expected):
    q = find(annotate(f"Le juge a fixé la date de l'audience, selon {source}."),
             "Le juge a fixé la date de l'audience")
    assert q["speaker"] == expected


def test_a_report_inside_a_relative_stops_where_the_main_clause_resumes(annotate):
    quotes = annotate("Les parents de Nicolas, qui s'est suicidé après s'être plaint de"
                      " harcèlement, sont sortis du silence ce week-end.")
    assert all("sortis du silence" not in q["text"] for q in quotes)


def test_an_addressee_after_au_before_de_infinitive(annotate):
    q = find(annotate("Après sa visite, Paul Martin a proposé au président chinois de venir à son"
                      " tour en France."), "venir à son tour en France")
    assert q["speaker"] == "Paul Martin"


def test_an_opening_participle_clause_stops_before_the_main_clause(annotate):
    quotes = annotate("Reprochant de nouveau à l'Otan de faire la sourde oreille, le chef du"
                      " Kremlin a estimé que certaines idées pourraient aider.")
    find(quotes, "faire la sourde oreille")
    assert find(quotes, "certaines idées pourraient aider")["speaker"] == "le chef du Kremlin"


def test_a_pronoun_continues_the_last_sentence_subject_over_an_earlier_speaker(annotate):
    quotes = annotate("« Nous reconstruirons », a promis le maire, Marc Roux. Depuis le quatrième"
                      " étage, René Dubois a vite mesuré l'ampleur du phénomène. « On a connu"
                      " trois inondations », assure-t-il.")
    assert find(quotes, "On a connu trois inondations")["speaker"] == "René Dubois"


@pytest.mark.parametrize("after", [".", ", au siège de la banque à Paris."])
def test_a_name_apposed_to_an_inverted_role_is_the_speaker(annotate, after):
    quotes = annotate(f"« Il faut célébrer les chercheurs », lance l'organisateur de"
                      f" l'évènement, Xavier Duportet{after}")
    assert find(quotes, "Il faut célébrer les chercheurs")["speaker"] == "Xavier Duportet"


def test_an_object_pronoun_before_a_third_person_verb_is_not_the_subject(annotate):
    quotes = annotate("Au début la directrice nous a promis des mesures exceptionnelles.")
    assert find(quotes, "des mesures exceptionnelles")["speaker"] == "la directrice"


@pytest.mark.parametrize("text, expected", [
    ("Gabriel prévient ses parents, qui écrivent au directeur. Ce dernier a promis une"
     " enquête.", "le directeur"),
    ("Le ministre de l'Intérieur, Paul Roux, a rencontré le préfet. Ce dernier a promis une"
     " enquête.", "le préfet"),
    ("« C'est grave », a dit Julie Roy, infirmière à Québec. Cette dernière a promis une"
     " enquête.", "Julie Roy"),
])
def test_ce_dernier_is_the_last_person_or_role_mentioned(annotate, text, expected):
    assert find(annotate(text), "une enquête")["speaker"] == expected


@pytest.mark.parametrize("text, content", [
    ("Des sources diplomatiques ont rapporté à la chaîne de télévision précitée que la"
     " ministre s'était rendue à Rabat.", "la ministre s'était rendue à Rabat"),
    ("Bruxelles a exprimé à l'Espagne sa solidarité.", "sa solidarité"),
    ("Les partis de gauche ont réclamé au Premier ministre un vote de confiance.",
     "un vote de confiance"),
    ("Bruxelles a appelé le Maroc, par la voix de la commissaire Ylva Johansson, à empêcher"
     " les départs irréguliers.", "empêcher les départs irréguliers"),
])
def test_the_addressee_is_one_noun_phrase_before_the_content(annotate, text, content):
    find(annotate(text), content)


def test_a_participle_shares_the_subject_the_tagger_misread(annotate):
    quotes = annotate("Macron a également publié une déclaration, appelant à la poursuite des"
                      " efforts pour la paix.")
    assert find(quotes, "la poursuite des efforts pour la paix")["speaker"] == "Macron"


@pytest.mark.parametrize("aside", ["« profondément attristé », dit", "ému, a dit"])
def test_an_aside_between_subject_and_verb_is_not_the_speaker(annotate, aside):
    quotes = annotate(f"Le pape, {aside} prier pour la reine.")
    assert find(quotes, "prier pour la reine")["speaker"] == "le pape"
