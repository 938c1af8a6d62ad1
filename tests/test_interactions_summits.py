"""Specification of summits and named gatherings, on French sentences written for these
tests: a gathering's name opening, holding or closing it (`data/interaction_gatherings.tsv`);
a summit no body holds is a party by the words that name it, one a body or countries hold
takes those instead; the office holders an article about a summit names bring their
countries (the gold names a summit's members by country), an activist or a summit met in
passing brings none."""

from __future__ import annotations

import pytest
from interactions_found import found
from spacy.language import Language


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


def test_the_countries_of_a_summits_leaders_come_from_the_nationality_lexicon(
        nlp: Language) -> None:
    """Every sovereign state's adjective is listed (data/nationality_countries.tsv), not
    only those the dev set's articles met: the Laotian and Cambodian leaders stand for
    Laos and Cambodge."""
    text = ("Le sommet de l'Asean s'est ouvert mardi à Vientiane. Le Premier ministre "
            "laotien, Somsak Vong, a pris la parole. Le Premier ministre cambodgien, Hun "
            "Sarin, a plaidé pour un marché commun.")
    summit = next(parties for kind, parties in found(nlp, text) if kind == "summit")
    assert {"Laos", "Cambodge"} <= set(summit)
