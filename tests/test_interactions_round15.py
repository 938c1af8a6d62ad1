"""Specification of the fifteenth interaction round (the parties, on French sentences
written for these tests): a role opening an article stands for the person named next only
when that person is named as a subject that takes up no one before; a role that is the
trigger's subject is not the person the next sentence names acting on someone."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


@pytest.mark.parametrize("text, expected", [
    # the pronoun subject of the next sentence carries the role on; the one it meets is no
    # visitor
    ("La Première ministre japonaise s'est rendue jeudi à Ottawa. Elle doit y rencontrer Marc "
     "Tremblay vendredi.",
     [("visit", ["La Première ministre japonaise"]),
      ("meeting", ["La Première ministre japonaise", "Marc Tremblay"])]),
    ("Le chef du gouvernement espagnol s'est rendu à Lisbonne. Il y rencontrera le maire "
     "Rui Almeida.",
     [("visit", ["Le chef du gouvernement espagnol"]),
      ("meeting", ["Le chef du gouvernement espagnol", "Rui Almeida"])]),
])
def test_a_role_opening_the_article_is_not_the_person_it_meets_next(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_host_described_by_a_role_is_not_the_one_acting_on_the_guest_next(
        nlp: Language) -> None:
    text = ("Le président du Ghana a reçu mardi Paul Mensah au palais. Yao Koffi lui a "
            "offert un livre.")
    assert found(nlp, text) == [("meeting", ["Le président du Ghana", "Paul Mensah"])]


def test_a_role_opening_the_article_is_still_the_subject_named_next(nlp: Language) -> None:
    # unchanged: with no clitic taking anyone up, the subject named next is the one described
    text = ("Le Premier ministre s'est rendu mardi à Dakar. Jean Petit y a inauguré une "
            "école.")
    assert found(nlp, text) == [("visit", ["Jean Petit"])]


def test_a_fronted_visit_is_the_subject_roles_not_the_person_it_asks(nlp: Language) -> None:
    # `En visite à X, <role> a demandé … de Y`: the role visits; Y, named after, does not
    text = ("En visite à Rome, la présidente de la Commission a sollicité l'aide de Marco "
            "Rossi. Marco Rossi a promis de l'aider.")
    assert found(nlp, text) == [("visit", ["la présidente de la Commission"])]


@pytest.mark.parametrize("text, expected", [
    # `lors de la plénière`: the one who spoke there sat at the plenary, its body unnamed
    ("La ministre de la Santé, Anne Martin, a défendu mardi son budget lors de la plénière "
     "consacrée au projet de loi.", [("meeting", ["Anne Martin"])]),
    ("Le ministre Paul Durand s'est exprimé lors d'une séance plénière consacrée à la "
     "réforme.", [("meeting", ["Paul Durand"])]),
    # unchanged: a sitting of a body named
    ("Le ministre Paul Durand s'est exprimé lors de la séance du conseil municipal.",
     [("meeting", ["Paul Durand", "conseil municipal"])]),
])
def test_who_spoke_at_a_plenary_sat_there(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_bare_sitting_is_still_no_meeting(nlp: Language) -> None:
    assert found(nlp, "Le ministre Paul Durand s'est exprimé lors de la séance.") == []


@pytest.mark.parametrize("text, expected", [
    # a speech before a body that sits is a sitting of it with the speaker
    ("La ministre Anne Martin a pris la parole mardi devant le Sénat pour défendre la "
     "réforme.", [("meeting", ["Anne Martin", "Sénat"])]),
    ("Le maire Paul Durand s'est exprimé devant le conseil municipal lundi soir.",
     [("meeting", ["Paul Durand", "le conseil municipal"])]),
    # before an audience that is no body, nothing
    ("Le président Paul Durand a prononcé un discours devant les étudiants de Lille.", []),
])
def test_a_speech_before_a_sitting_body_is_a_sitting_of_it(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person acting `en présence de` another met them, no trigger word said so
    ("Le président Paul Durand a inauguré l'usine mardi en présence du Premier ministre "
     "Jean Petit.", [("meeting", ["Paul Durand", "Jean Petit"])]),
    # a thing done in someone's presence, or an audience of a group: nothing
    ("Une plaque a été dévoilée lundi en présence du président Paul Durand.", []),
    ("La cérémonie s'est déroulée en présence de nombreux élus.", []),
])
def test_a_person_acting_in_anothers_presence_met_them(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted speaker's side meeting among itself, the cue sentences away
    ("Les syndicats préparent la rentrée. « Il y aura des annonces en mars. Ensuite, on se "
     "réunit et on décide. Rien n'est exclu », a précisé Marc Leroy.",
     [("meeting", ["Marc Leroy"])]),
    ("« Nous nous sommes réunis hier soir pour préparer la riposte », a déclaré Marc Leroy.",
     [("meeting", ["Marc Leroy"])]),
    # `on` receiving visitors is no meeting of the speaker's
    ("« On a reçu deux mille visiteurs par jour », s'est félicité l'organisateur Paul "
     "Durand.", []),
])
def test_a_quoted_we_gathering_is_the_speakers_meeting(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_the_next_summit_is_another_event_than_the_one_told(nlp: Language) -> None:
    text = ("Le sommet du G20 s'est achevé dimanche à Rio. Le président Paul Durand a annoncé "
            "que l'Afrique du Sud accueillera le prochain sommet.")
    told, planned = found(nlp, text)
    assert told == ("summit", ["G20"])
    assert planned[0] == "summit" and "l'Afrique du Sud" in planned[1] and "G20" in planned[1]


def test_a_speech_before_a_body_is_not_merged_into_a_contact(nlp: Language) -> None:
    # a speech before a body and a contact told by trigger words share only the speaker
    text = ("À peine revenu de son exposé devant le Conseil de sécurité, l'envoyé spécial "
            "Karim Haddad a rencontré les chefs de tribus.")
    assert found(nlp, text) == [("meeting", ["Karim Haddad", "les chefs de tribus"]),
                                ("meeting", ["Karim Haddad", "Conseil de sécurité"])]


def test_a_presence_is_not_merged_into_a_bodys_sitting(nlp: Language) -> None:
    text = ("Le Sénat s'est réuni mardi en séance. La veille, la sénatrice Anne Martin avait "
            "visité une école en présence du ministre Paul Durand.")
    assert ("meeting", ["Anne Martin", "Paul Durand"]) in found(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # the one invited to come visits, not the inviter
    ("Le président Paul Durand a invité son homologue Luiz Souza à venir à Paris en juin.",
     [("visit", ["Luiz Souza"])]),
    ("Le président Paul Durand a proposé au président brésilien Luiz Souza de venir à son "
     "tour en France.", [("visit", ["Luiz Souza"])]),
    # one invited and described by a role the resolver takes for the inviter: the role
    ("Le président Paul Durand a proposé au président chinois de venir à son tour en "
     "France.", [("visit", ["président chinois"])]),
])
def test_the_one_invited_to_come_is_the_visitor(nlp: Language, text: str,
                                                expected: list) -> None:
    assert found(nlp, text) == expected
