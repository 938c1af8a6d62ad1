"""Specification of which words report an interaction and of which type, on French
sentences written for these tests: conversations, exchanges and discussions (talks, a
meeting, by telephone a call), video conferences and `coup de téléphone`, teleconferences
and pre- or post-match conferences (press conferences), trips that go somewhere (visits),
consulting a person, acting in another's presence; and the look-alikes that report none
(a tour with no destination, a guided visit, things traded, a discussion merely needed,
people an event hosts, consulting a document, a doctor or a people)."""

from __future__ import annotations

import pytest
from interactions_found import found
from spacy.language import Language


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
    # `entre X et Y` where the parser made Y the subject of the next verb
    ("Les négociations entre Israël et le Hamas ont repris au Caire.",
     [("talks", ["Israël", "Hamas"])]),
    # discussing with someone, or two parties discussing: talks
    ("Des émissaires dépêchés par le gouvernement ont pu discuter avec les rebelles du Nord.",
     [("talks", ["Des émissaires", "les rebelles du Nord"])]),
    ("Les grévistes et la direction de l'usine discutent sans parvenir à un accord.",
     [("talks", ["Les grévistes", "la direction de l'usine"])]),
    # exchanging with someone is a meeting, by telephone a call
    ("Paul Renaud a échangé mardi avec Olga Ivanova pendant deux heures.",
     [("meeting", ["Paul Renaud", "Olga Ivanova"])]),
    ("Paul Renaud a échangé par téléphone avec Olga Ivanova.",
     [("phone_call", ["Paul Renaud", "Olga Ivanova"])]),
    ("Le maire Jean Marchal a répondu, mardi après-midi, en impromptu de presse.",
     [("press_conference", ["Jean Marchal"])]),
])
def test_talks_exchanges_and_the_press(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a meeting was for is that meeting, not talks of their own
    ("Paul Renaud a rencontré lundi Olga Ivanova à Vienne pour discuter de la crise.",
     [("meeting", ["Paul Renaud", "Olga Ivanova"])]),
    # traded things, a discussion merely needed: no contact
    ("Les deux armées ont échangé des tirs à la frontière.", []),
    ("Il faut discuter du budget avec sérénité, a dit Jean Martin.", []),
])
def test_a_purpose_or_a_trade_is_no_contact(nlp: Language, text: str, expected: list) -> None:
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
