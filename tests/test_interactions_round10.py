"""Specification of the tenth interaction round (the parties, on French sentences written
for these tests): a person received or met is named by an object pronoun; a role with a
nationality is the one person of that country the article names; a summit's office
holders bring their countries (the gold names a summit's members by country); talks among
more people do not swallow a meeting of two of them."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


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


def test_a_summit_names_the_countries_of_its_office_holders(nlp: Language) -> None:
    text = ("Le sommet sur l'intelligence artificielle s'est ouvert lundi à Paris. Le Premier "
            "ministre indien Raj Kumar et le vice-Premier ministre chinois Li Wen y "
            "participaient.")
    assert found(nlp, text) == [("summit", ["Raj Kumar", "Li Wen", "Inde", "Chine"])]


def test_an_activist_at_a_summit_does_not_stand_for_her_country(nlp: Language) -> None:
    text = ("La militante suédoise Greta Lind était présente au sommet mondial sur le climat, "
            "où le président américain John Miller a pris la parole.")
    (kind, parties), = found(nlp, text)
    assert kind == "summit" and "États-Unis" in parties and "Suède" not in parties


def test_talks_among_more_people_keep_a_meeting_of_two_of_them(nlp: Language) -> None:
    text = ("Les tractations entre Paul Durand, Anne Martin et Marc Petit se poursuivent. "
            "Paul Durand a reçu Anne Martin mardi à l'Élysée.")
    assert found(nlp, text) == [("talks", ["Paul Durand", "Anne Martin", "Marc Petit"]),
                                ("meeting", ["Paul Durand", "Anne Martin"])]
