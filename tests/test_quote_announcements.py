"""Announcements and informing reports (issue 9, session 27, probe
eval/probes-indirect-6): `informer X de` + a noun phrase, `faire connaître`, a bare
infinitive after an aside set off by commas, quoted words after a long circumstance,
and look-alikes that are no quote: a standing shown by deeds (`a confirmé sa place de
leader`), a verb of saying announced for later inside another report (`a fait savoir
qu'elle réclamerait …`). Every sentence is our own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("L'inspection académique a informé les familles de la suppression du car scolaire.",
     "la suppression du car scolaire", "L'inspection académique"),
    ("La gendarmerie a avisé les riverains de la coupure de la départementale.",
     "la coupure de la départementale", "La gendarmerie"),
])
def test_informing_someone_of_a_noun_phrase(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"
    assert same_speaker(q["speaker"], speaker)


def test_informing_someone_without_content_is_no_quote(annotate):
    assert not annotate("La mairie a informé les familles hier soir.")


def test_faire_connaitre_a_decision(annotate):
    q = find(annotate("La communauté de communes a fait connaître mardi sa décision de "
                      "reprendre la gestion du camping."),
             "sa décision de reprendre la gestion du camping")
    assert q["cue"].startswith("a fait connaître")


@pytest.mark.parametrize("text, content", [
    ("La coopérative a annoncé vendredi, dans une note aux adhérents, avoir racheté le "
     "moulin de Pradelles.", "avoir racheté le moulin de Pradelles"),
    ("Le sénateur a confirmé, lors d'un déplacement à Millau, ne pas vouloir se représenter.",
     "ne pas vouloir se représenter"),
])
def test_a_bare_infinitive_after_an_aside(annotate, text, content):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"


def test_an_infinitive_after_an_aside_of_a_verb_without_one_is_no_content(annotate):
    quotes = annotate("Le club a recruté, dans la plus grande discrétion, signer un gardien.")
    assert not any(q["text"].startswith("signer") for q in quotes)


def test_quoted_words_after_a_long_circumstance(annotate):
    q = find(annotate("Le conseiller d'opposition a dénoncé dans une tribune sur le site du "
                      "journal des « économies de façade »."),
             "des « économies de façade »")
    assert q["type"] == "mixed"


@pytest.mark.parametrize("text", [
    "Le XV de Lormes a confirmé sa place de leader en s'imposant à Nevers.",
    "La jeune violoniste avait révélé son immense talent dès le conservatoire.",
    "Le favori a confirmé son statut en remportant l'étape.",
    "Le greffier, qui a fait valoir ses droits à la retraite, sera remplacé en mars.",
])
def test_a_standing_shown_is_no_quote(annotate, text):
    assert not annotate(text)


def test_a_departure_confirmed_is_still_a_quote(annotate):
    find(annotate("Le gardien a confirmé son départ pour le club de Tarbes."),
         "son départ pour le club de Tarbes")


@pytest.mark.parametrize("text, outer", [
    ("Le collectif a fait savoir qu'il réclamerait une contre-expertise.",
     "il réclamerait une contre-expertise"),
    ("La présidente a annoncé qu'elle demandera une audience au ministre.",
     "elle demandera une audience au ministre"),
])
def test_a_demand_announced_for_later_is_one_quote(annotate, text, outer):
    quotes = annotate(text)
    find(quotes, outer)
    assert len(quotes) == 1


def test_a_demand_made_inside_a_report_stays_nested(annotate):
    quotes = annotate("Le délégué a affirmé que la direction avait réclamé des efforts.")
    find(quotes, "des efforts")


def test_a_hearsay_conditional_after_selon_stays_nested(annotate):
    quotes = annotate("Selon La Gazette, la ministre réclamerait la démission du préfet.")
    find(quotes, "la démission du préfet")


def test_s_informer_is_asking_not_informing(annotate):
    quotes = annotate("Sur le quai, les voyageurs s'informaient auprès des agents d'accueil "
                      "vêtus de gilets orange.")
    assert not any("agents" in q["text"] for q in quotes)


@pytest.mark.parametrize("text", [
    "Le théâtre municipal a dévoilé lundi sa programmation pour la saison prochaine.",
    "L'entraîneur a dévoilé jeudi la liste des vingt joueurs convoqués.",
])
def test_a_programme_or_list_unveiled_is_a_thing_shown(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text", [
    "La fromagerie a fait connaître ses tommes dans toute la région.",
    "Ses romans ont fait connaître la vallée de l'Ubaye au grand public.",
    "Le peintre a fait connaître son nom grâce à une exposition à Nantes.",
])
def test_faire_connaitre_making_famous_is_no_quote(annotate, text):
    # (h37-review) `faire connaître` also means to make famous: no announcement
    assert not annotate(text)


def test_faire_connaitre_a_name_announced_stays_a_quote(annotate):
    q = find(annotate("Le club a fait connaître jeudi le nom de son nouvel entraîneur."),
             "le nom de son nouvel entraîneur")
    assert q["cue"].startswith("a fait connaître")


@pytest.mark.parametrize("text", [
    "Avant le vote, les habitants se sont informés sur le projet de rocade.",
    "La famille s'est informée sur l'état de santé du blessé.",
])
def test_s_informer_sur_is_reading_up_not_asking(annotate, text):
    # (h37-review) `s'informer sur` is to read up on something: no question asked
    assert not annotate(text)
