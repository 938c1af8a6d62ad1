"""Specification of the ninth interaction round on French sentences written for these
tests: a summit no body holds is named by the words that qualify it, and that name is one
of its parties (as an institution is for its own summit), beside those taking part."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


@pytest.mark.parametrize("text, expected", [
    ("La militante Anna Berg a pris la parole à la clôture du sommet mondial sur le climat "
     "à Lima.", [("summit", ["Anna Berg", "sommet mondial sur le climat"])]),
    ("Le sommet européen s'est achevé vendredi à Bruxelles avec le président Marc Lenoir.",
     [("summit", ["sommet européen", "Marc Lenoir"])]),
    ("Le président Marc Lenoir ouvrira lundi le sommet international sur l'intelligence "
     "artificielle.", [("summit", ["Marc Lenoir",
                                   "sommet international sur l'intelligence artificielle"])]),
])
def test_a_summit_no_body_holds_is_a_party_by_its_name(nlp: Language, text: str,
                                                        expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body holding it, or the countries its adjective names, are its parties already
    ("Le chancelier Paul Weber a participé au sommet de l'Otan à Riga mardi.",
     [("summit", ["Paul Weber", "Otan"])]),
    ("Le sommet franco-allemand s'est tenu jeudi à Nantes.",
     [("summit", ["France", "Allemagne"])]),
    # a bare summit has no name of its own; a name alone is no summit told (a title)
    ("Un sommet diplomatique. La cérémonie a réuni des invités.", []),
    ("Le sommet s'est tenu mardi à Riga en présence du chancelier Paul Weber.",
     [("summit", ["Paul Weber"])]),
])
def test_a_summit_held_by_a_body_or_countries_takes_no_name(nlp: Language, text: str,
                                                            expected: list) -> None:
    assert found(nlp, text) == expected
