"""Specification of the eighth interaction round on French sentences written for these
tests: bodies and sides of a dispute as parties (a newsroom, a political bureau, an owner
named beside its noun), a press appearance whose verb the parser split (`a laissé
entendre`), talks only welcomed, and gatherings whose name opens or closes them."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


@pytest.mark.parametrize("text, expected", [
    # a newsroom or a party's bureau meeting among itself is a meeting of that body
    ("La rédaction du magazine se réunira jeudi pour voter la grève.",
     [("meeting", ["La rédaction du magazine"])]),
    ("Le bureau politique du mouvement s'est réuni lundi soir à Bamako.",
     [("meeting", ["Le bureau politique du mouvement"])]),
])
def test_bodies_of_one_sitting_are_parties(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Les grévistes et le propriétaire du quotidien, Médiapresse, discutent sans accord.",
    "Les salariés et le propriétaire de l'usine, Mécanor, négocient depuis deux semaines.",
])
def test_an_owner_named_beside_its_noun_is_that_owner(nlp: Language, text: str) -> None:
    [(kind, parties)] = found(nlp, text)
    assert kind == "talks" and parties[0].startswith("Les ")
    assert any(p.endswith(("Médiapresse", "Mécanor")) for p in parties)


def test_a_press_appearance_whose_verb_the_parser_split_is_its_subjects(
        nlp: Language) -> None:
    # `a laissé entendre`: the subject hangs on `laissé`, read as an auxiliary
    text = "C'est ce que le préfet de l'Aude a laissé entendre, jeudi, en point de presse."
    assert found(nlp, text) == [("press_conference", ["le préfet de l'Aude"])]


@pytest.mark.parametrize("text", [
    "La maire s'est dite ouverte aux discussions avec les commerçants du quartier.",
    "Le syndicat se dit favorable à une rencontre avec la direction.",
])
def test_talks_only_welcomed_are_none(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a gathering's name opening, holding or closing it (data/interaction_gatherings.tsv)
    ("Le G20 s'est ouvert samedi à Rio en l'absence du président russe.",
     [("summit", ["G20"])]),
    ("La COP31 s'achève vendredi à Belém sans accord sur le charbon.",
     [("meeting", ["COP31"])]),
    # a gathering's common noun with its named complement, or capitalised
    ("Le congrès du Parti vert s'est ouvert vendredi à Lyon.",
     [("meeting", ["Le congrès du Parti vert"])]),
    ("L'Assemblée générale de l'ONU s'est ouverte mardi à New York.",
     [("meeting", ["Assemblée générale de l'ONU"])]),
    # the name as anything else, or a common noun alone, reports no gathering
    ("La conférence s'est ouverte lundi.", []),
    ("Le forum a commencé à perdre des membres.", []),
    ("Les ministres des Finances du G20 ont publié un communiqué.", []),
    ("Le G7 a ouvert la voie à un accord sur les taxes.", []),
])
def test_a_gathering_named_as_opening_or_closing_is_held(nlp: Language, text: str,
                                                         expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_gathering_named_twice_is_one_event(nlp: Language) -> None:
    text = "Le sommet du G20 s'est ouvert samedi à Rio. Le G20 s'est achevé dimanche."
    assert found(nlp, text) == [("summit", ["G20"])]


@pytest.mark.parametrize("text, expected", [
    # a meeting presided: the chair is its one party, attendees when named
    ("La Première ministre a présidé lundi une réunion de crise à Matignon.",
     [("meeting", ["La Première ministre"])]),
    ("Le préfet a présidé jeudi une réunion avec les maires du canton.",
     [("meeting", ["Le préfet", "les maires du canton"])]),
])
def test_a_meeting_presided_is_held_by_its_chair(nlp: Language, text: str,
                                                 expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_pronoun_with_no_person_before_it_is_the_role_the_sentence_before_describes(
        nlp: Language) -> None:
    text = ("Le ministre norvégien des Affaires étrangères est arrivé mardi à Lima. Il s'est "
            "entretenu avec la présidente Dina Ortega.")
    assert found(nlp, text) == [
        ("meeting", ["Le ministre norvégien des Affaires étrangères", "Dina Ortega"])]


@pytest.mark.parametrize("text", [
    # an event or a time that `accueille` or `reçoit` people: they attend it
    "Le ministre a parlé en clôture de la journée, qui a accueilli de nombreux acteurs "
    "de la société civile.",
    "Le salon a reçu cette année huit cents exposants et le ministre Paul Renaud.",
])
def test_people_an_event_hosts_attend_it_and_meet_no_one(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Le sénateur Paul Renaud s'est entretenu par vidéoconférence avec la ministre Léa "
     "Morin.", [("phone_call", ["Paul Renaud", "Léa Morin"])]),
    ("Paul Renaud a passé un coup de téléphone à Olaf Berger mardi.",
     [("phone_call", ["Paul Renaud", "Olaf Berger"])]),
])
def test_a_video_conference_and_a_coup_de_telephone_are_calls(nlp: Language, text: str,
                                                              expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a working session is a meeting of the parties named, not a body's sitting
    ("La ministre de la Santé a eu mardi une séance de travail avec les syndicats de "
     "médecins.", [("meeting", ["La ministre de la Santé", "les syndicats de médecins"])]),
    ("Le gouverneur a tenu une séance de travail avec les chefs de service de la province.",
     [("meeting", ["Le gouverneur", "les chefs de service de la province"])]),
])
def test_a_working_session_is_a_meeting_of_its_parties(nlp: Language, text: str,
                                                       expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_pronoun_in_a_speakers_own_quotation_is_not_that_speaker(nlp: Language) -> None:
    # the speaker says `je` of himself: `il` is the role his quotation spoke of
    text = ("« Le président de la République ne s'arrête jamais », a insisté le ministre Paul "
            "Renaud. « Hier soir, il recevait les maires de France. »")
    assert found(nlp, text) == [("meeting", ["président de la République",
                                             "les maires de France"])]


def test_a_pronoun_in_a_reported_clause_is_still_its_speaker(nlp: Language) -> None:
    text = "Le ministre Paul Renaud a affirmé qu'il rencontrerait Olaf Berger jeudi."
    assert found(nlp, text) == [("meeting", ["Paul Renaud", "Olaf Berger"])]
