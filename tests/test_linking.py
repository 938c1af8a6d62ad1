"""Specification of cross-article people linking (pure functions, no model, no database):
which written names are one person, which never are, and who a role-only speaker is."""

from __future__ import annotations

from datetime import date

import pytest

from presswatch.linking import Identity, PersonEntry, link_people, role_signature
from presswatch.linking.addressees import names_someone
from presswatch.linking.identities import parse_identities


def entry(article: str, name: str, *names: str, roles: tuple[str, ...] = (),
          day: date | None = None, story: str | None = None, index: int = 0,
          gender: str | None = "m") -> PersonEntry:
    return PersonEntry(article, index, name, (name, *names), roles, gender, day, story)


def people_by_name(linking) -> dict[str, set[str]]:
    """Canonical name → every alias, for readable assertions."""
    return {p.name: set(p.aliases) for p in linking.people.values()}


# --------------------------------------------------------------------------------------------
# One person, many spellings


def test_transliterations_of_one_first_name_are_one_person():
    linking = link_people([entry("a1", "Sergueï Lavrov", "Lavrov"),
                           entry("a2", "Sergei Lavrov"), entry("a3", "Sergey Lavrov"),
                           entry("a4", "Sergueï Lavrov")])

    assert people_by_name(linking) == {
        "Sergueï Lavrov": {"Sergueï Lavrov", "Lavrov", "Sergei Lavrov", "Sergey Lavrov"}}


def test_anthony_and_antony_blinken_are_one_person():
    linking = link_people([entry("a1", "Anthony Blinken"), entry("a2", "Antony Blinken")])

    assert len(linking.people) == 1


def test_a_garbled_name_next_to_the_real_one_in_an_article_is_that_person():
    linking = link_people([entry("a1", "Antoine BlinkIl", index=0),
                           entry("a1", "Anthony Blinken", "Blinken", index=1),
                           entry("a2", "Anthony Blinken")])

    assert people_by_name(linking) == {
        "Anthony Blinken": {"Antoine BlinkIl", "Anthony Blinken", "Blinken"}}


def test_a_garbled_name_without_context_stays_apart():
    linking = link_people([entry("a1", "Antoine BlinkIl"), entry("a2", "Anthony Blinken")])

    assert len(linking.people) == 2


def test_people_sharing_a_surname_are_never_merged_even_in_one_article():
    linking = link_people([entry("a1", "Hervé Renard", index=0),
                           entry("a1", "Wendie Renard", index=1, gender="f"),
                           entry("a2", "Hervé Renard", story="s1"),
                           entry("a3", "Wendie Renard", story="s1", gender="f")])

    assert set(people_by_name(linking)) == {"Hervé Renard", "Wendie Renard"}


def test_a_surname_alone_links_only_when_it_can_be_one_person():
    linking = link_people([entry("a1", "Hervé Renard", index=0),
                           entry("a1", "Wendie Renard", index=1, gender="f"),
                           entry("a1", "Renard", index=2, gender=None),
                           entry("a2", "Hervé Renard", index=0),
                           entry("a2", "Renard", index=1, gender=None)])

    assert ("a1", 2) not in linking.entry_person  # two Renards there: ambiguous
    assert linking.people[linking.entry_person[("a2", 1)]].name == "Hervé Renard"


def test_an_institution_listed_among_people_is_not_a_person():
    linking = link_people([entry("a1", "Kommersant", gender="m"), entry("a1", "Liz Truss",
                                                                         index=1, gender="f")])

    assert set(people_by_name(linking)) == {"Liz Truss"}


def test_a_speaker_written_as_a_full_name_is_a_person_even_if_the_article_missed_it():
    linking = link_people([
        entry("a1", "Hervé Renard"),
        PersonEntry("a2", 10_000, "Wendie Renard", from_speaker=True),
        PersonEntry("a2", 10_001, "La Russie", from_speaker=True),
        PersonEntry("a2", 10_002, "Washington et Moscou", from_speaker=True),
    ])

    assert set(people_by_name(linking)) == {"Hervé Renard", "Wendie Renard"}


# --------------------------------------------------------------------------------------------
# Roles and speakers


def test_synonymous_role_descriptions_have_one_signature():
    assert role_signature("le chef de la diplomatie russe") == role_signature(
        "le ministre russe des Affaires étrangères")
    assert role_signature("la Britannique") is None  # a nationality, no office


def test_a_role_only_speaker_links_to_whoever_held_the_role_at_that_date():
    role = "le secrétaire d'État américain"
    linking = link_people([
        entry("a1", "Antony Blinken", roles=(role,), day=date(2022, 1, 21)),
        entry("a2", "Antony Blinken", roles=(role,), day=date(2022, 2, 10)),
        entry("a3", "Marco Rubio", roles=(role,), day=date(2025, 2, 18)),
    ])
    who = {p.id: p.name for p in linking.people.values()}

    def speaker_on(day: date | None) -> list[str]:
        return [who[pid] for pid, _how in linking.resolve("elsewhere", role, day=day)]

    assert speaker_on(date(2022, 6, 1)) == ["Antony Blinken"]
    assert speaker_on(date(2025, 3, 1)) == ["Marco Rubio"]
    assert speaker_on(None) == []  # two holders and no date: nobody rather than a guess


def test_a_role_learned_in_one_article_resolves_a_synonym_in_another():
    linking = link_people([entry("a1", "Sergueï Lavrov",
                                 roles=("le ministre russe des Affaires étrangères",))])

    [(pid, how)] = linking.resolve("a2", "le chef de la diplomatie russe")

    assert (linking.people[pid].name, how) == ("Sergueï Lavrov", "role")


def test_joint_speakers_link_to_each_person():
    linking = link_people([entry("a1", "Sergueï Lavrov", "Lavrov", index=0),
                           entry("a1", "Liz Truss", "Truss", index=1, gender="f")])

    names = {linking.people[pid].name for pid, _ in linking.resolve("a1", "Lavrov et Truss")}

    assert names == {"Sergueï Lavrov", "Liz Truss"}


def test_a_collective_speaker_is_nobody():
    linking = link_people([entry("a1", "Sergueï Lavrov")])

    assert linking.resolve("a1", "la Russie") == []
    assert linking.resolve("a1", "des responsables de Moscou") == []


# --------------------------------------------------------------------------------------------
# The user's identities file wins


def test_identities_pin_merge_and_split():
    identities = parse_identities({"people": [
        {"name": "Antony J. Blinken", "aliases": ["Antoine BlinkIl"]},
        {"name": "Sergueï Lavrov", "distinct": ["Sergey Lavrov"],
         "roles": [{"role": "ministre russe des Affaires étrangères", "since": "2004-03-09"}]},
    ]})
    linking = link_people([entry("a1", "Anthony Blinken"), entry("a2", "Antoine BlinkIl"),
                           entry("a3", "Sergueï Lavrov"), entry("a4", "Sergey Lavrov")],
                          identities)
    names = people_by_name(linking)

    assert names["Antony J. Blinken"] >= {"Anthony Blinken", "Antoine BlinkIl"}
    assert "Sergey Lavrov" in names  # split off by the user
    lavrov = next(p for p in linking.people.values() if p.name == "Sergueï Lavrov")
    assert [s.first_seen for s in lavrov.roles.values()] == [date(2004, 3, 9)]


@pytest.mark.parametrize("data, message", [
    ({"persons": []}, "unknown keys"),
    ({"people": [{"aliases": ["X"]}]}, "people #1: each person needs a `name`"),
    ({"people": [{"name": "A B", "roles": [{"role": "x", "since": "hier"}]}]}, "not a date"),
])
def test_a_mistake_in_the_identities_file_names_where_it_is(data, message):
    with pytest.raises(ValueError, match=message):
        parse_identities(data, source="ids.yaml")


def test_identities_are_plain_data():
    assert parse_identities(None) == []
    assert parse_identities({"people": [{"name": "A B", "aliases": "A. B."}]}) == [
        Identity("A B", ("A. B.",))]


@pytest.mark.parametrize("phrase", ["son homologue américain", "son Premier ministre",
                                    "l'homologue russe"])
def test_a_role_relative_to_someone_else_is_no_office(phrase):
    assert role_signature(phrase) is None
    assert role_signature("le Premier ministre") is not None


@pytest.mark.parametrize("phrase", ["la présence du président ivoirien", "le parti du maire",
                                    "sociale du ministre belge", "les proches de la ministre"])
def test_a_phrase_whose_head_is_not_a_role_is_no_office(phrase):
    """A role inside another noun's complement is no role of the person described."""
    assert role_signature(phrase) is None


@pytest.mark.parametrize("phrase", ["l'ancien patron de la banque", "le plus jeune Premier "
                                    "ministre", "la ministre de la Culture", "le vice-président",
                                    "le chef de la diplomatie russe"])
def test_a_role_may_follow_its_qualifiers(phrase):
    assert role_signature(phrase) is not None


# --------------------------------------------------------------------------------------------
# Which quote addressees a person page lists


@pytest.mark.parametrize("addressee", [
    "M. Darmanin", "le secrétaire d'État Dupuis", "les ministres des affaires étrangères",
    "Jean de la Fontaine", "la Maison Blanche", "des journalistes français"])
def test_an_addressee_that_names_a_party_is_listed(addressee):
    assert names_someone(addressee)


@pytest.mark.parametrize("addressee", [
    "le secrétaire d'État Dupuis des conséquences", "Mme Vasseur de la nécessité",
    "M. Roy de l'importance", "cette occasion les enjeux", "son homologue belge"])
def test_an_addressee_that_ran_on_into_what_was_said_names_no_one(addressee):
    """`a averti le secrétaire d'État X des conséquences`: the parse took what the warning
    was about into its addressee; a page listing it would show a phrase, not a party."""
    assert not names_someone(addressee)
