"""The page shapes of the third format probe (issue 9, `eval/probes-formats-3`): reaction
round-ups in bullet lists, embedded posts under a handle line, numbered and dashed
questions, debris between a quotation and its cue, a headline under its speaker's kicker.
Every text is our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("bullet", ["- ", "• ", ""])
def test_a_round_up_line_pour_source_colon_quotation(annotate, bullet):
    text = "\n".join([
        "Le conseil départemental a voté la fermeture du collège de Brassac.",
        f"{bullet}Pour l'association des parents d'élèves : « Nos enfants feront une heure de "
        "car matin et soir. »",
        f"{bullet}Pour le conseiller départemental de l'opposition, Lucien Farge : « C'est une "
        "décision prise dans un bureau, loin du terrain. »"])
    quotes = annotate(text)
    q = find(quotes, "Nos enfants feront une heure de car matin et soir")
    assert (q["type"], q["speaker"].lower()) == ("direct", "l'association des parents d'élèves")
    q = find(quotes, "C'est une décision prise dans un bureau, loin du terrain")
    assert (q["type"], q["speaker"]) == ("direct", "Lucien Farge")
    assert not [q for q in quotes if q["text"] == "Lucien Farge"]  # the name is no content


def test_a_round_up_line_of_a_role_a_name_and_a_party(annotate):
    text = "\n".join([
        "Le budget de la métropole a été adopté jeudi soir.",
        "• La présidente de la métropole, Nadine Castel (PS) : « Nous investissons sans "
        "augmenter les impôts. »"])
    q = find(annotate(text), "Nous investissons sans augmenter les impôts")
    assert q["speaker"] == "Nadine Castel"


def test_a_round_up_line_whose_view_is_a_clause_with_quoted_fragments(annotate):
    text = "\n".join([
        "Le plan de mobilité a été adopté par 30 voix contre 12.",
        "• Bernard Lacoste (LR) : ce plan est « une usine à gaz » qui « oublie les "
        "villages ».",
        "• Inès Doumbia (EELV) : « Enfin des pistes cyclables dignes de ce nom. »"])
    quotes = annotate(text)
    q = find(quotes, "ce plan est « une usine à gaz » qui « oublie les villages »")
    assert (q["type"], q["speaker"]) == ("mixed", "Bernard Lacoste")
    assert find(quotes, "Enfin des pistes cyclables dignes de ce nom")["speaker"] == \
        "Inès Doumbia"


@pytest.mark.parametrize("header", [
    "Pauline Séguier @pauline_seguier · 2 h",
    "Pauline Séguier\n@pauline_seguier\n·\n4 mars",
])
def test_a_post_under_its_header_line_is_its_accounts(annotate, header):
    text = "\n".join([
        "La fermeture de la piscine municipale de Lavelanet suscite la colère.",
        header,
        "Encore un équipement qui ferme dans nos campagnes. Nos enfants apprendront à nager "
        "où ? #Lavelanet",
        "Répondre Retweeter J'aime",
        "La mairie n'a pas souhaité réagir."])
    q = find(annotate(text), "Encore un équipement qui ferme dans nos campagnes. Nos enfants "
                             "apprendront à nager où ?")
    assert (q["type"], q["speaker"]) == ("direct", "Pauline Séguier")


def test_numbered_questions_of_a_short_interview(annotate):
    text = "\n".join([
        "Trois questions à… Nathalie Vergnes, présidente du club de handball de Figeac",
        "1. Pourquoi quitter la salle municipale ?",
        "Parce que nous avons trois cents licenciés et un seul créneau le samedi.",
        "2. La mairie parle d'un projet « trop coûteux ».",
        "Je comprends, mais nous apportons la moitié du financement.",
        "3. Quand la nouvelle salle ouvrira-t-elle ?",
        "Nous espérons jouer dedans à la rentrée 2028."])
    quotes = annotate(text)
    assert find(quotes, "Pourquoi quitter la salle municipale ?")["speaker"] is None
    q = find(quotes, "Parce que nous avons trois cents licenciés et un seul créneau le samedi")
    assert (q["type"], q["speaker"]) == ("direct", "Nathalie Vergnes")
    assert find(quotes, "Nous espérons jouer dedans à la rentrée 2028")["speaker"] == \
        "Nathalie Vergnes"


def test_a_headline_quotation_above_an_interview_is_the_interviewees(annotate):
    text = "\n".join([
        "Lycée de Gramat : « Il nous manque dix enseignants »",
        "Proviseure du lycée depuis 2023, Hélène Vidalou répond à nos questions.",
        "Q. La rentrée s'est-elle bien passée ?",
        "R. Non. Trois classes n'ont toujours pas de professeur de mathématiques.",
        "Q. Le rectorat vous a-t-il répondu ?",
        "R. Il nous promet des contractuels. Nous les attendons depuis septembre."])
    q = find(annotate(text), "Il nous manque dix enseignants")
    assert (q["type"], q["speaker"]) == ("direct", "Hélène Vidalou")


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_reportages_dialogue_in_dashes(annotate, dash):
    text = "\n".join([
        "Six heures du matin, sur le port de Lorient. Le patron pêcheur Gwenaël Tanguy "
        "prépare ses filets.",
        f"{dash} On sort même avec ce vent ? demande son matelot, Erwan Le Bihan.",
        f"{dash} On n'a pas le choix, répond le patron sans lever les yeux.",
        f"{dash} Et si la tempête se lève ?",
        f"{dash} Alors on rentrera. La mer décide toujours.",
        "Le chalutier quitte le quai à six heures trente."])
    quotes = annotate(text)
    q = find(quotes, "On sort même avec ce vent ?")
    assert (q["type"], q["speaker"]) == ("direct", "Erwan Le Bihan")
    assert find(quotes, "On n'a pas le choix")["speaker"] == "Gwenaël Tanguy"
    assert not [q for q in quotes if q["text"].startswith("son matelot")]
    assert find(quotes, "Alors on rentrera. La mer décide toujours")["speaker"] == \
        "Gwenaël Tanguy"


@pytest.mark.parametrize("name", ["Rémi Castagnède", "Un agent de maîtrise, Rémi Castagnède"])
def test_a_bold_name_whose_colon_the_scrape_put_on_the_next_line(annotate, name):
    text = "\n".join([
        "La direction a annoncé la fermeture de la scierie de Tarascon.",
        name,
        ": « Trente ans que je travaille ici. Je ne sais rien faire d'autre. »",
        "Les salariés se réuniront lundi."])
    q = find(annotate(text), "Trente ans que je travaille ici. Je ne sais rien faire d'autre")
    assert q["speaker"] == "Rémi Castagnède"


@pytest.mark.parametrize("debris", [
    ["Lire aussi : Neige : les stations des Pyrénées ouvrent samedi", "Publicité"],
    ["Partager", "Partager sur Facebook"],
    ["Article réservé aux abonnés"],
])
def test_an_incise_that_debris_lines_pushed_away_from_its_quotation(annotate, debris):
    text = "\n".join([
        "La station de Guzet n'ouvrira pas pour les vacances de Noël.",
        "« Il n'est pas tombé un flocon depuis novembre. Nous ne pouvons pas produire de "
        "neige avec ces températures »,",
        *debris,
        "a expliqué le directeur de la station, Pascal Roumégoux.",
        "Les réservations seront remboursées."])
    q = find(annotate(text), "Il n'est pas tombé un flocon depuis novembre. Nous ne pouvons "
                             "pas produire de neige avec ces températures")
    assert (q["type"], q["speaker"], q["cue"]) == ("direct", "Pascal Roumégoux", "a expliqué")


@pytest.mark.parametrize("kicker", ["Mathilde Caussade, présidente de la cave coopérative",
                                    "Vendanges – Mathilde Caussade, présidente de la cave"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_headline_quotation_under_its_speakers_kicker(annotate, kicker, sep):
    text = sep.join([
        kicker,
        "« Cette récolte sera la plus faible depuis trente ans »",
        "La grêle de juin a détruit près de la moitié des vignes du canton.",
        "« Certains viticulteurs n'ont plus rien à vendanger », a-t-elle ajouté."])
    q = find(annotate(text), "Cette récolte sera la plus faible depuis trente ans")
    assert (q["type"], q["speaker"]) == ("direct", "Mathilde Caussade")


def test_a_headline_quotation_under_a_heading_that_is_no_kicker_is_not_given_to_it(annotate):
    text = "\n".join([
        "Lucien Darbois, l'enquête",
        "« Une vie pour la Résistance »",
        "Le musée de Béziers consacre une exposition au sous-préfet résistant."])
    assert not [q for q in annotate(text) if q["speaker"] == "Lucien Darbois"]


def test_a_quotation_and_its_translation_before_an_incise(annotate):
    text = ("Le Canadien Tom Stroud a battu jeudi le Français Paul Vernhes (6-4, 7-6).\n"
            "« I played my best tennis today » (« J'ai joué mon meilleur tennis "
            "aujourd'hui »), a résumé Stroud en conférence de presse.")
    quotes = annotate(text)
    for words in ("I played my best tennis today", "J'ai joué mon meilleur tennis aujourd'hui"):
        q = find(quotes, words)
        assert (q["type"], q["speaker"], q["cue"]) == ("direct", "Tom Stroud", "a résumé")


def test_a_live_blog_time_before_a_quotation_is_not_quoted(annotate):
    text = "\n".join([
        "Direct – Conseil communautaire de Millau",
        "19h12 – Le président, Alain Ferrières, ouvre la séance.",
        "19h20 – « Nous devons voter ce budget ce soir », insiste le président."])
    q = find(annotate(text), "Nous devons voter ce budget ce soir")
    assert (q["type"], q["speaker"]) == ("direct", "Alain Ferrières")


@pytest.mark.parametrize("naming", ["surnommé", "que ses joueurs appellent"])
def test_a_nickname_in_quotation_marks_is_no_quote(annotate, naming):
    text = ("L'entraîneur de Rodez, Bruno Lacan, " + naming + " « le Sorcier », promet "
            "« un match à la vie à la mort » samedi.")
    quotes = annotate(text)
    assert not [q for q in quotes if q["text"] == "le Sorcier"]
    find(quotes, "un match à la vie à la mort")


def test_a_question_from_the_floor_after_a_speech_noun_and_a_colon(annotate):
    text = "\n".join([
        "21h02 – Le maire, Hervé Costes, présente le projet de parking.",
        "21h10 – Question d'une riveraine dans la salle : « Et nos arbres, vous allez les "
        "couper ? »"])
    q = find(annotate(text), "Et nos arbres, vous allez les couper ?")
    assert q["speaker"] == "une riveraine"


def test_mumbled_words_have_their_verb_of_saying(annotate):
    text = ("Le prévenu a gardé la tête baissée pendant l'audience. « Je regrette, je ne "
            "voulais pas », a bredouillé Kévin Marty à la fin des débats.")
    q = find(annotate(text), "Je regrette, je ne voulais pas")
    assert (q["speaker"], q["cue"]) == ("Kévin Marty", "a bredouillé")


def test_a_dialogue_turn_going_on_after_its_incise(annotate):
    text = "\n".join([
        "Sur le quai, le patron pêcheur Gwenaël Tanguy regarde le ciel.",
        "— Il faut, dit-il, rentrer avant la nuit.",
        "— Et les filets ? demande son matelot, Erwan Le Bihan.",
        "— On les relèvera demain, répond le patron, en riant."])
    quotes = annotate(text)
    assert find(quotes, "rentrer avant la nuit")["speaker"] == "Gwenaël Tanguy"
    assert not [q for q in quotes if "en riant" in q["text"]]


def test_an_inverted_subject_written_with_a_hyphen_is_whole(annotate):
    text = ("16h05 – « Le pic de la crue est attendu dans la nuit », a prévenu Météo-France "
            "dans son dernier bulletin.")
    assert find(annotate(text), "Le pic de la crue est attendu dans la nuit")["speaker"] == \
        "Météo-France"


def test_a_sum_worked_out_in_an_incise_is_reported(annotate):
    text = ("La fermeture de la gare inquiète les étudiants. « Deux ans de car, c'est une "
            "heure de plus chaque jour », calcule Léna Bories, étudiante à Figeac.")
    q = find(annotate(text), "Deux ans de car, c'est une heure de plus chaque jour")
    assert (q["speaker"], q["cue"]) == ("Léna Bories", "calcule")


def test_an_incise_past_a_share_button_leaves_no_report_of_its_own(annotate):
    text = "\n".join([
        "La finale a lieu samedi à Brive.",
        "« Nous avons perdu la finale l'an dernier. Cela nous a servi de leçon »,",
        "Partager",
        "explique la demi de mêlée de 24 ans."])
    quotes = annotate(text)
    assert find(quotes, "Nous avons perdu la finale l'an dernier. Cela nous a servi de "
                        "leçon")["cue"] == "explique"
    assert len(quotes) == 1
