"""Specification of the seventh interaction round on French sentences written for these
tests: local councils named as a sitting, a sitting held at or by a body, conversations
(`se sont parlé`), receptions at an office, visits that go nowhere the text names, and a
body's sitting kept apart from a contact of others."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


@pytest.mark.parametrize("text, expected", [
    # a borough, city or county council framed as one of its sittings (who spoke there
    # attended it)
    ("Une habitante a pris la parole lors du conseil d'arrondissement de lundi.",
     [("meeting", ["Une habitante", "conseil d'arrondissement"])]),
    ("Le dossier du tramway sera débattu lors du prochain conseil de ville.",
     [("meeting", ["conseil de ville"])]),
    # a sitting held at a body, or by the body its possessive names
    ("Vernex : séance agitée au Conseil", [("meeting", ["Conseil"])]),
    ("Le Parlement européen a voté la résolution lors de sa session plénière à Strasbourg.",
     [("meeting", ["Parlement européen"])]),
])
def test_a_sitting_of_a_local_council_or_a_body_is_a_meeting(nlp: Language, text: str,
                                                             expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a sitting somewhere that is no body, a person's own `séance`
    "La séance à Genève a duré deux heures.",
    "Le ministre a défendu son projet lors de sa séance de questions.",
])
def test_a_sitting_of_no_body_is_none(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # two parties speaking together
    ("Paul Renaud et Olga Ivanova se sont parlé mardi soir.",
     [("meeting", ["Paul Renaud", "Olga Ivanova"])]),
    # over the telephone, a call
    ("Paul Renaud et Olga Ivanova se sont parlé au téléphone jeudi.",
     [("phone_call", ["Paul Renaud", "Olga Ivanova"])]),
    # speaking of someone, to a nation or with people met is no conversation of parties
    ("Marie Lenoir a parlé de Jean Prévost avec émotion.", []),
    ("Le reporter Paul Renaud a parlé avec des habitants du quartier.", []),
    ("Paul Renaud a parlé aux Français mardi soir.", []),
    # a conference over the telephone is a press conference
    ("C'est ce qu'a expliqué Marc Dupuis lors d'une téléconférence jeudi.",
     [("press_conference", ["Marc Dupuis"])]),
])
def test_conversations_and_conferences_by_telephone(nlp: Language, text: str,
                                                    expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # received at an office with no host named: that office is the host
    ("Les éleveurs ont été reçus mardi à la préfecture du Cantal.",
     [("meeting", ["Les éleveurs", "préfecture du Cantal"])]),
    ("Face à la crise, les élus ont été reçus dès lundi matin en sous-préfecture.",
     [("meeting", ["les élus", "sous-préfecture"])]),
    # a host named is the host
    ("Les éleveurs ont été reçus mardi à la préfecture par le préfet Jean Vasseur.",
     [("meeting", ["Les éleveurs", "Jean Vasseur"])]),
])
def test_a_reception_at_an_office_names_that_office(nlp: Language, text: str,
                                                    expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trip or a tour is a visit only with a destination
    ("Le ministre Paul Renaud effectue une tournée au Moyen-Orient cette semaine.",
     [("visit", ["Paul Renaud"])]),
    ("Dans la dernière partie de son voyage, Paul Renaud a piloté la station.", []),
    ("La chanteuse Léa Morin annule sa tournée pour raisons de santé.", []),
    # a guided tour with someone is no visit
    ("Le festival a proposé une visite surprise avec l'historienne Anne Rolland.", []),
    # the subject of a visit noun as predicate travels
    ("Le ministre était en déplacement à Marseille mardi.", [("visit", ["Le ministre"])]),
])
def test_a_visit_goes_somewhere(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the parties of a planned meeting hung on the verb of which it is the subject
    ("Une rencontre est prévue lundi entre le ministre et les représentants des éleveurs.",
     [("meeting", ["le ministre", "les représentants des éleveurs"])]),
    ("Le pape Léon a rencontré les évêques de France à Rome.",
     [("meeting", ["Léon", "les évêques de France"])]),
])
def test_parties_of_a_planned_meeting_and_of_the_clergy(nlp: Language, text: str,
                                                       expected: list) -> None:
    assert found(nlp, text) == expected


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


@pytest.mark.parametrize("text, expected", [
    # a call received: who took it and who made it
    ("Le président algérien a reçu un appel téléphonique de Marc Delorme.",
     [("phone_call", ["Le président algérien", "Marc Delorme"])]),
    # envoys of two parties stand for those parties
    ("Des représentants de la Serbie et du Kosovo ont participé à des négociations à "
     "Bruxelles.", [("talks", ["Serbie", "Kosovo"])]),
])
def test_a_call_received_and_envoys_of_two_parties(nlp: Language, text: str,
                                                   expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks the sentence names no party of: the subjects of the sentence before, also a
    # subject the parser cut off, also a described group of powers
    ("Rome et Vienne cherchent à apaiser la querelle. Les discussions se sont tenues à "
     "Genève pendant deux jours.", [("talks", ["Rome", "Vienne"])]),
    ("L'Iran et les grandes puissances veulent sauver l'accord. Les pourparlers ont repris "
     "lundi.", [("talks", ["Iran", "les grandes puissances"])]),
])
def test_talks_take_their_parties_from_the_sentence_before(nlp: Language, text: str,
                                                           expected: list) -> None:
    assert found(nlp, text) == expected
