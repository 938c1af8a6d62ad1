"""Specification of the eleventh interaction round (the parties, on French sentences written
for these tests): the other party given by a role and named only in the next clause, the
first of two subjects the parser cut off before `et son homologue`, and a call told with
`lui` on a participle the tagger read as a noun."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


@pytest.mark.parametrize("text, expected", [
    # a bare counterpart, named as the next sentence's subject
    ("Le ministre français des Affaires étrangères Jean-Noël Barrot est arrivé à Alger. Il "
     "s'est entretenu dimanche avec son homologue. Ahmed Attaf a salué « une nouvelle page ».",
     [("meeting", ["Jean-Noël Barrot", "Ahmed Attaf"])]),
    # a role with a nationality the article ties to no one yet
    ("Le président algérien Abdelmadjid Tebboune a reçu dimanche le ministre français des "
     "Affaires étrangères. Jean-Noël Barrot a évoqué une relation « apaisée ».",
     [("meeting", ["Jean-Noël Barrot", "Abdelmadjid Tebboune"])]),
    # named as the speaker of the quotation that follows
    ("Jean-Noël Barrot, ministre français des Affaires étrangères, a été reçu dimanche à "
     "Alger par le président algérien. « Nous voulons tourner la page », a déclaré "
     "Abdelmadjid Tebboune.",
     [("meeting", ["Abdelmadjid Tebboune", "Jean-Noël Barrot"])]),
])
def test_a_role_party_is_the_person_named_right_after_it(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_role_stays_as_written_when_the_next_subject_is_of_another_country(
        nlp: Language) -> None:
    text = ("Le président Karim Saïd a reçu lundi le ministre allemand de la Défense. La "
            "présidente française Claire Morel a salué un accord.")
    assert found(nlp, text) == [("meeting", ["Karim Saïd", "le ministre allemand de la "
                                             "Défense"])]


def test_a_role_is_not_the_next_subject_the_article_gives_another_office(
        nlp: Language) -> None:
    text = ("Le maire Paul Roux a reçu mardi le ministre de l'Intérieur. Jean Petit, le "
            "porte-parole de la mairie, a salué une rencontre utile.")
    assert found(nlp, text) == [("meeting", ["Paul Roux", "le ministre de l'Intérieur"])]


@pytest.mark.parametrize("text, expected", [
    ("Paul Durand et son homologue allemand Karl Weber se sont entretenus jeudi à Berlin.",
     [("meeting", ["Paul Durand", "Karl Weber"])]),
    ("Paul Durand et le chancelier allemand Karl Weber ont tenu une conférence de presse "
     "commune.", [("press_conference", ["Paul Durand", "Karl Weber"])]),
])
def test_the_first_of_two_subjects_cut_off_before_a_role_and_name_takes_part(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_call_told_with_lui_on_a_participle_read_as_a_noun(nlp: Language) -> None:
    text = "Volodymyr Petrenko a demandé des armes. Donald Carter lui a téléphoné mardi soir."
    assert found(nlp, text) == [("phone_call", ["Volodymyr Petrenko", "Donald Carter"])]


def test_a_first_name_the_tagger_read_as_a_verb_is_the_party_met(nlp: Language) -> None:
    text = ("Le président, Emmanuel Macron, a rencontré mardi Narendra Modi, avec qui il a "
            "évoqué le nucléaire civil.")
    assert found(nlp, text) == [("meeting", ["Emmanuel Macron", "Narendra Modi"])]


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


@pytest.mark.parametrize("text, expected", [
    # a call with a role, the role named in the next sentence
    ("Vladimir Orlov a accepté une trêve lors d'un appel avec le président américain. John "
     "Miller a salué « un grand pas ».", [("phone_call", ["John Miller", "Vladimir Orlov"])]),
    # a bare counterpart received, named in the next sentence
    ("Le président chinois Li Wen a reçu son homologue à Pékin, a rapporté l'agence Chine "
     "nouvelle. Paul Durand a salué « un dialogue franc ».",
     [("meeting", ["Paul Durand", "Li Wen"])]),
    # named as one of two coordinated subjects
    ("La présidence a annoncé que le chef de l'État recevrait jeudi le président brésilien. "
     "Paul Durand et Luiz Souza évoqueront le climat.",
     [("meeting", ["Paul Durand", "Luiz Souza"])]),
])
def test_a_role_one_calls_or_receives_is_a_party(nlp: Language, text: str,
                                                 expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_first_name_read_as_a_verb_after_et_is_received_too(nlp: Language) -> None:
    text = ("Le forum régional s'est tenu à Kazan. Vladimir Orlov y a accueilli Xi Jinping et "
            "Narendra Modi.")
    (kind, parties), = found(nlp, text)
    assert kind == "meeting" and {"Xi Jinping", "Narendra Modi"} <= set(parties)


def test_an_article_about_a_summit_counts_the_office_holders_it_names(nlp: Language) -> None:
    text = ("Le sommet sur l'océan de Nice a adopté vendredi une déclaration finale. Le "
            "sommet a aussi vu naître une coalition pour la haute mer. Les ONG ont dénoncé des "
            "promesses floues. Le Premier ministre norvégien Erik Dahl a salué une étape.")
    (_kind, parties), = [ev for ev in found(nlp, text) if ev[0] == "summit"]
    assert "Erik Dahl" in parties and "Norvège" in parties


def test_a_summit_met_in_passing_draws_no_office_holder(nlp: Language) -> None:
    text = ("Le rapport des experts a été publié lundi. Il paraît trois mois avant un sommet "
            "clé sur le climat à Glasgow. « C'est une alerte », a déclaré le secrétaire "
            "général de l'ONU, Paolo Ferri.")
    assert all("Paolo Ferri" not in parties for _kind, parties in found(nlp, text))
