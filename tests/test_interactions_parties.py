"""Specification of who the parties of an interaction are, on French sentences written for
these tests: hosts and guests (a reception at an office or a seat of power, people a
participle describes as received, the one invited to come), attendees (those present, a
chair, people met in turn), groups and sides (an owner named beside its noun, envoys of two
parties, a group of one's own), parties of planned meetings and of talks given by the
sentence before, and things received that are no party."""

from __future__ import annotations

import pytest
from interactions_found import found
from spacy.language import Language


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
    # the parties of a planned meeting hung on the verb of which it is the subject
    ("Une rencontre est prévue lundi entre le ministre et les représentants des éleveurs.",
     [("meeting", ["le ministre", "les représentants des éleveurs"])]),
    ("Le pape Léon a rencontré les évêques de France à Rome.",
     [("meeting", ["Léon", "les évêques de France"])]),
])
def test_parties_of_a_planned_meeting_and_of_the_clergy(nlp: Language, text: str,
                                                       expected: list) -> None:
    assert found(nlp, text) == expected


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


@pytest.mark.parametrize("text", [
    "Les grévistes et le propriétaire du quotidien, Médiapresse, discutent sans accord.",
    "Les salariés et le propriétaire de l'usine, Mécanor, négocient depuis deux semaines.",
])
def test_an_owner_named_beside_its_noun_is_that_owner(nlp: Language, text: str) -> None:
    [(kind, parties)] = found(nlp, text)
    assert kind == "talks" and parties[0].startswith("Les ")
    assert any(p.endswith(("Médiapresse", "Mécanor")) for p in parties)


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


@pytest.mark.parametrize("text, expected", [
    ("Volodymyr Zelensky et Donald Trump se sont entretenus samedi à New York en présence "
     "d'Emmanuel Macron.",
     [("meeting", ["Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron"])]),
    ("Le maire Jean Dubois a reçu les commerçants jeudi aux côtés du préfet Marc Lenoir.",
     [("meeting", ["Jean Dubois", "les commerçants", "Marc Lenoir"])]),
])
def test_those_present_at_a_meeting_take_part(nlp: Language, text: str,
                                              expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_person_met_in_turn_hung_on_the_verb_is_a_second_meeting(nlp: Language) -> None:
    text = ("Le Premier ministre israélien Benyamin Netanyahou est arrivé à Washington. Il doit "
            "rencontrer lundi Donald Trump, puis le secrétaire d'État Marco Rubio.")
    assert found(nlp, text) == [("meeting", ["Benyamin Netanyahou", "Donald Trump"]),
                                ("meeting", ["Benyamin Netanyahou", "Marco Rubio"])]


def test_a_group_of_one_s_own_met_is_a_party(nlp: Language) -> None:
    # `ses administrés`: a plural group noun, not a role, after a possessive
    text = "Le maire Paul Durand a rencontré ses administrés lundi soir."
    assert found(nlp, text) == [("meeting", ["Paul Durand", "ses administrés"])]


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


@pytest.mark.parametrize("text, expected", [
    # received at a seat of power with no host named: its office holder, as the article
    # names them, received the visitor
    ("Le président français Marc Delorme a salué la décision. Le chancelier Hans Vogel a "
     "été reçu jeudi à l'Élysée.", [("meeting", ["Marc Delorme", "Hans Vogel"])]),
    ("Le président américain Tom Carver a parlé lundi. Le président ukrainien Viktor Lysenko "
     "a été reçu mardi à la Maison Blanche.", [("meeting", ["Tom Carver", "Viktor Lysenko"])]),
    # nobody of that office in the article: no host is made up
    ("Le chancelier Hans Vogel a été reçu jeudi à l'Élysée.", []),
])
def test_a_seat_of_power_names_the_host_of_a_reception(nlp: Language, text: str,
                                                      expected: list) -> None:
    assert found(nlp, text) == expected


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


def test_a_joint_speaker_is_two_parties(nlp: Language) -> None:
    """`A et B ont annoncé …` resolves as one joint speaker; as parties they are two."""
    assert found(nlp, "Lors d'une conférence de presse conjointe à Lyon, Anne Roux et Hans "
                      "Weber ont annoncé un accord.") == [
        ("press_conference", ["Anne Roux", "Hans Weber"])]


def test_a_plural_object_pronoun_stands_for_the_group_named_before(nlp: Language) -> None:
    text = ("Les représentants des éleveurs attendaient une réponse depuis des semaines. "
            "Le préfet Jean Marsac les a finalement rencontrés vendredi.")
    assert found(nlp, text) == [
        ("meeting", ["Les représentants des éleveurs", "Jean Marsac"])]


def test_a_group_noun_with_names_apposed_is_not_what_les_stands_for(nlp: Language) -> None:
    """(second reader) `Les deux ministres, X et Y, …. Le roi les a reçus`: the pronoun
    stands for the people named, a pair; the group noun is no party of its own."""
    text = ("Les deux ministres, Hélène Varsac et Marc Tellier, sont arrivés à Oslo samedi. "
            "Le roi les a reçus dimanche au palais.")
    assert all("Les deux ministres" not in parties for _, parties in found(nlp, text))


def test_a_name_the_parse_cut_after_its_role_is_the_whole_persons(nlp: Language) -> None:
    """`Le chef de la diplomatie chinoise Wang Yi a rencontré …`: the parse may make `Yi`
    the subject and even start a sentence between the two words; the party is the person
    whose name starts before it, as the quotes' speaker is (not `Yi`)."""
    assert found(nlp, "Le chef de la diplomatie chinoise Wang Yi a rencontré lundi à Pékin son "
                      "homologue brésilien. M. Wang a déclaré que la Chine était prête.") == \
        [("meeting", ["Wang Yi", "son homologue brésilien"])]
