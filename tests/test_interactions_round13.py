"""Specification of the thirteenth interaction round (from the misses of the fresh gold sets
`eval/corpus` and `eval/corpus-interactions`, on French sentences written for these tests):
a hearing by a parliamentary body is a meeting with that body, and a group's own meeting
told by `lors de la réunion` beside the group's verb is that group's meeting."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


@pytest.mark.parametrize("text, expected", [
    # heard by a committee: a passive with its agent, a date between them
    ("Anne Martin a été auditionnée mercredi par la commission des finances du Sénat.",
     [("meeting", ["Anne Martin", "la commission des finances du Sénat"])]),
    # a pronoun heard, its antecedent the party
    ("Le patron du groupe, Paul Durand, a quitté ses fonctions en mars. Il était interrogé "
     "jeudi par la commission des affaires sociales.",
     [("meeting", ["Paul Durand", "la commission des affaires sociales"])]),
    # testified before a committee
    ("Paul Durand a témoigné jeudi devant la commission d'enquête du Sénat.",
     [("meeting", ["Paul Durand", "la commission d'enquête du Sénat"])]),
    # a hearing noun: the clause's subject was heard
    ("Lors de son audition devant la commission des lois, le ministre Jean Petit a défendu "
     "la réforme.", [("meeting", ["Jean Petit", "la commission des lois"])]),
])
def test_a_hearing_by_a_parliamentary_body_is_a_meeting_with_it(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # questioned by the police or the press: no body that holds hearings
    "Le suspect Paul Durand a été entendu par les enquêteurs mardi.",
    # a bare `en commission`: no body one can name
    "Paul Durand a témoigné pendant trois heures en commission parlementaire.",
])
def test_no_hearing_without_a_named_body_that_heard(nlp: Language, text: str) -> None:
    assert [ev for ev in found(nlp, text) if ev[0] == "meeting"] == []


@pytest.mark.parametrize("text, expected", [
    # `lors de` hung on an adverb (`plus tôt`) before the group's verb
    ("Quelques heures plus tôt, lors de la réunion de groupe hebdomadaire, les sénateurs "
     "pressentaient cette décision.", [("meeting", ["les sénateurs"])]),
    ("Lors de leur réunion mensuelle, les maires du département ont voté une motion.",
     [("meeting", ["les maires du département"])]),
    # after the verb
    ("Les ministres européens ont adopté la proposition lors d'une réunion à Bruxelles.",
     [("meeting", ["Les ministres européens"])]),
])
def test_a_group_s_meeting_told_beside_its_verb_is_that_group_s(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # one person at a meeting: whom he met is not told
    "Le ministre Jean Petit a présenté le projet lors d'une réunion.",
    # a crowd, not a body's members
    "Les manifestants ont critiqué le projet lors d'une réunion publique.",
])
def test_no_group_meeting_of_one_person_or_of_a_crowd(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # consulted: the persons named, a role resolved to the one the article named before
    ("Le président Ali Diop a consulté lundi le Premier ministre Jean Petit et la présidente "
     "du Sénat, Anne Martin.", [("meeting", ["Ali Diop", "Jean Petit", "Anne Martin"])]),
    ("Le Premier ministre Marc Dubois a démissionné. Le président Ali Diop a affirmé avoir "
     "pris sa décision après avoir consulté le Premier ministre.",
     [("meeting", ["Marc Dubois", "Ali Diop"])]),
])
def test_consulting_a_person_is_a_meeting(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Paul Durand a consulté un médecin la semaine dernière.",
    "Le gouvernement consultera les citoyens par référendum.",
    "Anne Martin a consulté le rapport de la commission.",
    "Selon des documents consultés par l'AFP, le projet a été abandonné.",
])
def test_consulting_a_document_a_doctor_or_a_people_is_none(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_a_group_of_one_s_own_met_is_a_party(nlp: Language) -> None:
    # `ses administrés`: a plural group noun, not a role, after a possessive
    text = "Le maire Paul Durand a rencontré ses administrés lundi soir."
    assert found(nlp, text) == [("meeting", ["Paul Durand", "ses administrés"])]


@pytest.mark.parametrize("text", [
    "Le président Ali Diop a répondu que chacun était libre de réunir ses partisans.",
    "Le président Ali Diop a dit que la maire Anne Martin était libre de recevoir les "
    "syndicats.",
])
def test_a_meeting_one_is_free_to_hold_is_none(nlp: Language, text: str) -> None:
    # allowed, neither held nor planned
    assert found(nlp, text) == []


def test_a_press_conference_whose_parse_lost_its_subject_is_the_cue_s_speaker(
        nlp: Language) -> None:
    # `entraîneur-chef` cut the sentence in two: the one who said it there held it
    text = ("Paul Durand entraîne le Canadien de Montréal. Et si je dois porter un masque, je "
            "le porterai. C’est ce qu’a déclaré l’entraîneur-chef du Canadien lors d’une "
            "téléconférence jeudi, la dernière organisée par l’équipe avant la reprise.")
    assert found(nlp, text) == [("press_conference", ["Paul Durand"])]


@pytest.mark.parametrize("text, expected", [
    # a speaker's own reflexive, first person, inside the quote
    ("« Je me suis entretenu ce matin avec Claire Vasseur », a confié le maire de Lille, "
     "Hugo Lambert.", [("meeting", ["Claire Vasseur", "Hugo Lambert"])]),
    # and the quote's closing mark is no part of the party it ends on
    ("« Je me suis entretenu hier avec le Premier ministre », a confié le maire de Lille, "
     "Hugo Lambert.", [("meeting", ["le Premier ministre", "Hugo Lambert"])]),
])
def test_a_meeting_told_by_its_speaker_in_the_first_person_is_found(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected
