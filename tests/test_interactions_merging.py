"""Specification of when two mentions are one event and when they are two, on French
sentences written for these tests: a cabinet that met and its council of ministers, a
gathering named twice (one); a council's sitting and a reception, talks among many and a
meeting of two of them, the summit told and the next one, a speech before a body and a
contact, a presence and a body's sitting (two)."""

from __future__ import annotations

from interactions_found import found
from spacy.language import Language


def test_a_council_sitting_and_a_reception_no_one_names_are_two_events(
        nlp: Language) -> None:
    text = ("La tension était palpable dès le début de ce conseil municipal. Après la "
            "séance, les élus ont été reçus en sous-préfecture.")
    assert found(nlp, text) == [("meeting", ["conseil municipal"]),
                                ("meeting", ["les élus", "sous-préfecture"])]


def test_a_cabinet_that_met_and_its_council_of_ministers_are_one_event(
        nlp: Language) -> None:
    text = ("Le nouveau gouvernement s'est réuni mercredi. Paul Renaud a présidé le conseil "
            "des ministres.")
    assert len(found(nlp, text)) == 1


def test_a_gathering_named_twice_is_one_event(nlp: Language) -> None:
    text = "Le sommet du G20 s'est ouvert samedi à Rio. Le G20 s'est achevé dimanche."
    assert found(nlp, text) == [("summit", ["G20"])]


def test_talks_among_more_people_keep_a_meeting_of_two_of_them(nlp: Language) -> None:
    text = ("Les tractations entre Paul Durand, Anne Martin et Marc Petit se poursuivent. "
            "Paul Durand a reçu Anne Martin mardi à l'Élysée.")
    assert found(nlp, text) == [("talks", ["Paul Durand", "Anne Martin", "Marc Petit"]),
                                ("meeting", ["Paul Durand", "Anne Martin"])]


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


def test_a_planned_meeting_and_an_earlier_one_told_with_les_are_two_events(
        nlp: Language) -> None:
    text = ("Le ministre de la Santé, Hervé Garnier, recevra jeudi les syndicats de "
            "médecins. Il les avait déjà rencontrés en juin, sans résultat.")
    assert found(nlp, text) == [
        ("meeting", ["Hervé Garnier", "les syndicats de médecins"]),
        ("meeting", ["Hervé Garnier", "les syndicats de médecins"])]
