"""Specification of the sixth round's interaction rules on French sentences written for these
tests: envoys summoned, meetings no one held and meetings only wished, asked for, offered
or refused (none of them an event), pre- and post-match press conferences, a definite role
as a party, people a participle describes as received or met, and the sentence's subject
as the other party when the parse gives only one."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


@pytest.mark.parametrize("text, expected", [
    ("Le Quai d'Orsay a convoqué le chargé d'affaires iranien après l'arrestation.",
     [("meeting", ["Quai d'Orsay", "le chargé d'affaires iranien"])]),
    ("Le gouvernement belge a protesté mardi en convoquant l'ambassadrice russe.",
     [("meeting", ["Le gouvernement belge", "l'ambassadrice russe"])]),
])
def test_an_envoy_summoned_meets_the_one_who_summoned_them(nlp: Language, text: str,
                                                           expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Le maire Marc Lenoir a été convoqué par les enquêteurs de la police judiciaire.",
    "Le directeur de l'agence envisage de convoquer un comité d'experts.",
    "Les électeurs sont convoqués aux urnes le 12 juin.",
])
def test_anyone_else_summoned_is_no_meeting(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Aucun entretien entre Claire Dumont et Marc Lenoir n'est prévu.",
    "La ministre Claire Dumont n'a pas tenu de réunion avec Marc Lenoir.",
    "Je n'irai pas à Rome pour la rencontre prévue avec la ministre Claire Dumont.",
])
def test_a_meeting_no_one_held_is_none(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_a_negation_elsewhere_leaves_the_meeting_held(nlp: Language) -> None:
    text = "Claire Dumont n'a rien dit lors de sa réunion avec Marc Lenoir."
    assert found(nlp, text) == [("meeting", ["Claire Dumont", "Marc Lenoir"])]


@pytest.mark.parametrize("text", [
    "La présidente Claire Dumont veut rencontrer le chef de l'opposition Marc Lenoir.",
    "Claire Dumont souhaite recevoir Marc Lenoir dans les prochaines semaines.",
    "Claire Dumont a refusé de recevoir Marc Lenoir.",
    "Claire Dumont a proposé une rencontre à Marc Lenoir.",
    "Claire Dumont tente d'obtenir un entretien avec Marc Lenoir.",
    "Claire Dumont s'est dite prête à rencontrer Marc Lenoir.",
    "La ministre Claire Dumont a réclamé un sommet extraordinaire de l'Union africaine.",
])
def test_a_meeting_only_wished_asked_for_offered_or_refused_is_none(nlp: Language,
                                                                    text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("La ministre Claire Dumont doit rencontrer mardi son homologue Marc Lenoir.",
     [("meeting", ["Claire Dumont", "Marc Lenoir"])]),
    ("Le président Marc Lenoir a accepté de recevoir la délégation syndicale.",
     [("meeting", ["Marc Lenoir", "la délégation syndicale"])]),
    ("La ministre Claire Dumont prévoit de se rendre à Dakar en mars.",
     [("visit", ["Claire Dumont"])]),
])
def test_a_planned_meeting_is_kept(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lors de la conférence d'avant-match, l'entraîneur Marc Lenoir a promis du spectacle.",
     [("press_conference", ["Marc Lenoir"])]),
    ("Le sélectionneur Marc Lenoir s'est présenté en conférence d’après-match dimanche.",
     [("press_conference", ["Marc Lenoir"])]),
])
def test_a_pre_or_post_match_conference_is_a_press_conference(nlp: Language, text: str,
                                                              expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_definite_role_is_the_party_the_resolver_could_not_name(nlp: Language) -> None:
    assert found(nlp, "Le président Marc Lenoir a rencontré la reine samedi.") == [
        ("meeting", ["Marc Lenoir", "la reine"])]


def test_a_group_finishing_its_own_meeting_held_it(nlp: Language) -> None:
    text = "Les ministres de l'Agriculture de l'UE ont achevé leur réunion à Luxembourg."
    assert found(nlp, text) == [("meeting", ["Les ministres de l'Agriculture de l'UE"])]


@pytest.mark.parametrize("text, expected", [
    ("Les élus locaux reçus par la préfète Claire Dumont ont réclamé des moyens.",
     [("meeting", ["Les élus locaux", "Claire Dumont"])]),
    ("Devant des chefs d'entreprise reçus à déjeuner à Matignon, Marc Lenoir a défendu "
     "sa réforme.", [("meeting", ["des chefs d'entreprise", "Marc Lenoir"])]),
])
def test_people_described_as_received_or_met_are_a_party(nlp: Language, text: str,
                                                         expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Le prix reçu par Marc Lenoir a été remis à Oslo.",
    "Les colis reçus à la poste ont été perdus.",
])
def test_things_received_are_no_party(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_one_party_the_parse_gave_meets_the_sentence_subject(nlp: Language) -> None:
    text = ("La ministre Claire Dumont entame une tournée qui mêlera visites d'usines et "
            "discussions avec Marc Lenoir.")
    assert found(nlp, text) == [("talks", ["Claire Dumont", "Marc Lenoir"])]
