"""Specification of meetings that are not held, on French sentences written for these
tests: meetings no one held and meetings only wished, asked for, offered, refused,
welcomed or allowed (none of them an event) against planned meetings (kept); envoys
summoned meet the one who summoned them, anyone else summoned does not."""

from __future__ import annotations

import pytest
from interactions_found import found
from spacy.language import Language


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
    "« La Norvège est prête à accueillir de nouvelles négociations », a dit Claire Dumont.",
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


@pytest.mark.parametrize("text", [
    "La maire s'est dite ouverte aux discussions avec les commerçants du quartier.",
    "Le syndicat se dit favorable à une rencontre avec la direction.",
])
def test_talks_only_welcomed_are_none(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Le président Ali Diop a répondu que chacun était libre de réunir ses partisans.",
    "Le président Ali Diop a dit que la maire Anne Martin était libre de recevoir les "
    "syndicats.",
])
def test_a_meeting_one_is_free_to_hold_is_none(nlp: Language, text: str) -> None:
    # allowed, neither held nor planned
    assert found(nlp, text) == []
