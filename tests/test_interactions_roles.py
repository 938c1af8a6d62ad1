"""Specification of parties described by a role or a pronoun, on French sentences written for
these tests: whom a role (`le président algérien`, `son homologue`, a definite role) or a
pronoun (`il`, `l'a reçu`, `lui`) stands for, by what the article names before or right
after it: a role with a nationality is the one person of that country; a role opening the
article is the person named next only when nothing takes up someone else; a role stays as
written when the next person named has another country or office."""

from __future__ import annotations

import pytest
from interactions_found import found
from spacy.language import Language


def test_a_pronoun_with_no_person_before_it_is_the_role_the_sentence_before_describes(
        nlp: Language) -> None:
    text = ("Le ministre norvégien des Affaires étrangères est arrivé mardi à Lima. Il s'est "
            "entretenu avec la présidente Dina Ortega.")
    assert found(nlp, text) == [
        ("meeting", ["Le ministre norvégien des Affaires étrangères", "Dina Ortega"])]


@pytest.mark.parametrize("text, expected", [
    ("Le candidat de l'opposition vénézuélienne Carlos Reyes est arrivé à Buenos Aires. "
     "Le président argentin Javier Ortiz l'a reçu à la Casa Rosada.",
     [("meeting", ["Carlos Reyes", "Javier Ortiz"])]),
    ("Carlos Reyes est arrivé lundi en Argentine. Javier Ortiz l'a reçu mardi.",
     [("meeting", ["Carlos Reyes", "Javier Ortiz"])]),
    # the feminine participle: the woman named before, not the verb's own subject
    ("Anne Martin était à Berlin. Le chancelier Karl Weber l'a rencontrée jeudi.",
     [("meeting", ["Anne Martin", "Karl Weber"])]),
])
def test_an_object_pronoun_of_a_meeting_verb_is_the_person_named_before(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the holder named after the role, with the country in his role
    ("Le président chinois Hu Wei a accueilli jeudi à Pékin son homologue brésilien. Luiz "
     "Souza, le président du Brésil, effectue sa première visite en Chine.",
     [("meeting", ["Luiz Souza", "Hu Wei"]), ("visit", ["Luiz Souza"])]),
    # the holder named in the next sentence by a role of that nationality
    ("Le ministre russe des Affaires étrangères, Piotr Ivanov, a rencontré mardi son "
     "homologue américain à Riyad. Le secrétaire d'État américain Mark Dolan a ensuite "
     "parlé à la presse.", [("meeting", ["Mark Dolan", "Piotr Ivanov"])]),
])
def test_a_role_with_a_nationality_is_the_one_person_of_that_country(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


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


def test_a_definite_role_is_the_party_the_resolver_could_not_name(nlp: Language) -> None:
    assert found(nlp, "Le président Marc Lenoir a rencontré la reine samedi.") == [
        ("meeting", ["Marc Lenoir", "la reine"])]
