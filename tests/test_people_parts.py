"""Specification of people linking in parts: clustering again only the parts of the name
graph a batch changed gives exactly what linking every entry from scratch gives, batch after
batch, including batches that merge people across surname blocks, make a surname alone
ambiguous, or bring a user's identity that spans blocks."""

from __future__ import annotations

import copy
import dataclasses
import json
import random
from datetime import date
from typing import Any

import pytest

from presswatch.lexicon import default_lexicon
from presswatch.linking import Identity, PersonEntry, link_people
from presswatch.linking.people import Person
from presswatch.linking.people_linking import Linking
from presswatch.linking.people_parts import (
    Kept,
    PeopleParts,
    clusters_from_json,
    clusters_to_json,
    link_people_in_parts,
    part_from_json,
)
from presswatch.linking.people_update import People, Stored, guard, relink
from presswatch.store import schema
from presswatch.store.people_rows import PEOPLE_TABLES, built_rows, people_from_rows

FIRST = ["Sergueï", "Sergei", "Sergey", "Anthony", "Antony", "Antoine", "Hervé", "Wendie",
         "Léa", "Marco", "Paula", "Paolo"]
SURNAMES = ["Lavrov", "Lavrof", "Blinken", "BlinkIl", "Blinkem", "Renard", "Renart",
            "Marchetti", "Marchetty", "Rubio", "Rubiot", "Okafor"]
ROLES = ["le chef de la diplomatie russe", "la ministre des Affaires étrangères",
         "le secrétaire d'État américain", ""]
IDENTITIES = [Identity("Sergueï Lavrov", aliases=("S. Lavrov", "Sergei Lavrof")),
              Identity("Wendie Renard", distinct=("Hervé Renard",)),
              Identity("Anthony Blinken", aliases=("Antoine BlinkIl",),
                       roles=(("le secrétaire d'État américain", date(2021, 1, 1), None),))]


def _facts(linking: Any) -> tuple[Any, ...]:
    """Everything a Linking tells the store, in comparable form."""
    people = sorted((p.id, p.name, sorted(p.aliases.items()), sorted(p.articles), p.pinned,
                     sorted((sorted(sig), span.role, span.first_seen, span.last_seen,
                             span.count) for sig, span in p.roles.items()))
                    for p in linking.people.values())
    names = sorted((a, sorted(n.items())) for a, n in linking._article_names.items())
    return people, sorted(linking.entry_person.items()), names


def _article(rng: random.Random, n: int) -> list[PersonEntry]:
    """One article's entries: full names (some garbled), surnames alone, initials, a
    speaker string the article's people lacked, in a story or none."""
    aid, story = f"a{n:03d}", rng.choice([None, None, "s1", "s2", "s3", "s4"])
    day = date(2022, 1, 1 + rng.randrange(28))
    out = []
    for idx in range(rng.randint(1, 4)):
        first, last = rng.choice(FIRST), rng.choice(SURNAMES)
        shape = rng.random()
        if shape < 0.6:
            name, names = f"{first} {last}", (f"{first} {last}", last)
        elif shape < 0.8:
            name, names = last, (last,)
        else:
            name, names = f"{first[0]}. {last}", (f"{first[0]}. {last}",)
        role = rng.choice(ROLES)
        out.append(PersonEntry(aid, idx, name, names, (role,) if role else (),
                               rng.choice(["m", "f", None]), day, story,
                               from_speaker=rng.random() < 0.1))
    return out


def _kept(memo: PeopleParts) -> Kept:
    """What the store gives back of a run's parts: each asked digest it holds, through
    the text it keeps."""
    return lambda digests: {d: clusters_from_json(clusters_to_json(memo.clusters[d]))
                            for d in digests if d in memo.clusters}


def _batches(seed: int, sizes: list[int]) -> list[list[PersonEntry]]:
    rng = random.Random(seed)
    n, out = 0, []
    for size in sizes:
        batch = []
        for _ in range(size):
            batch += _article(rng, n)
            n += 1
        out.append(batch)
    return out


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("identities", [(), IDENTITIES])
def test_linking_in_parts_batch_after_batch_is_linking_everything(
        seed: int, identities: tuple[Identity, ...]) -> None:
    entries: list[PersonEntry] = []
    kept: Kept | None = None
    for batch in _batches(seed, [15, 3, 1, 6]):
        entries += batch
        parted, memo = link_people_in_parts(entries, identities, previous=kept)
        assert _facts(parted) == _facts(link_people(entries, identities))
        kept = _kept(memo)


def test_a_small_batch_clusters_only_the_parts_it_reaches() -> None:
    base = [PersonEntry(f"a{i}", 0, f"Léa {s}", (f"Léa {s}",), (), "f", None, None)
            for i, s in enumerate(["Marchetti", "Rubio", "Okafor", "Lavrov", "Renard"])]
    _linking, memo = link_people_in_parts(base)
    assert len(memo.fresh) == len(memo.clusters) == 5
    more = [*base, PersonEntry("b1", 0, "Paula Rubio", ("Paula Rubio",), (), "f", None, None)]
    linking, memo = link_people_in_parts(more, previous=_kept(memo))
    assert len(memo.fresh) == 1
    assert _facts(linking) == _facts(link_people(more))


def test_a_new_mention_that_merges_two_people_across_blocks() -> None:
    blinken = PersonEntry("a1", 0, "Anthony Blinken", ("Anthony Blinken", "Blinken"))
    garbled = PersonEntry("a2", 0, "Antoine BlinkIl", ("Antoine BlinkIl",))
    linking, memo = link_people_in_parts([blinken, garbled])
    assert len(linking.people) == 2  # apart: no article or story holds both
    both = [blinken, garbled, PersonEntry("a3", 0, "Antoine BlinkIl", ("Antoine BlinkIl",)),
            PersonEntry("a3", 1, "Anthony Blinken", ("Anthony Blinken",))]
    linking, memo = link_people_in_parts(both, previous=_kept(memo))
    assert len(linking.people) == 1
    assert _facts(linking) == _facts(link_people(both))


def test_a_surname_alone_that_becomes_ambiguous_attaches_to_nobody() -> None:
    herve = PersonEntry("a1", 0, "Hervé Renard", ("Hervé Renard",), (), "m")
    alone = PersonEntry("a2", 0, "Renard", ("Renard",), (), "m")
    linking, memo = link_people_in_parts([herve, alone])
    assert linking.entry_person[("a2", 0)] == linking.entry_person[("a1", 0)]
    wendie = PersonEntry("a3", 0, "Wendie Renard", ("Wendie Renard",), (), "f")
    linking, memo = link_people_in_parts([herve, alone, wendie], previous=_kept(memo))
    assert ("a2", 0) not in linking.entry_person
    assert _facts(linking) == _facts(link_people([herve, alone, wendie]))


def test_kept_parts_that_are_garbled_or_missing_mean_clustering_again() -> None:
    assert clusters_from_json("{not json") is None
    assert clusters_from_json('{"orders": [[1, -2, "a", "b"]], "entries": [["a1", 0, 3]]}') \
        is None
    entries = _batches(3, [10])[0]
    linking, _memo = link_people_in_parts(entries, previous=lambda digests: {})
    assert _facts(linking) == _facts(link_people(entries))


def test_a_part_meets_its_articles_and_stories_in_the_order_of_the_run_over_everything(
        ) -> None:
    """Merges of garbled names are greedy, so their order counts: a part's run meets its
    contexts where the run over every entry meets them, not where its own entries first
    name them (this store of 80 articles is one where the two orders differ)."""
    rng = random.Random(324)
    entries = [e for n in range(rng.choice([20, 40, 80])) for e in _article(rng, n)]
    assert _facts(link_people_in_parts(entries)[0]) == _facts(link_people(entries))


def test_a_first_name_added_to_the_lexicon_reclusters_the_part_it_changes() -> None:
    """Whether an entry is a full name or a surname to attach depends on the first-names
    lexicon: a part whose names did not change is still clustered again when that does."""
    lex_a = default_lexicon()
    lex_b = dataclasses.replace(lex_a, first_names={**lex_a.first_names, "zorglub": "m"})
    entries = [PersonEntry("a1", 0, "Jean Dupont", ("Jean Dupont",), (), "m"),
               PersonEntry("a1", 1, "Zorglub Dupont", ("Zorglub Dupont",), (), None)]
    before, memo = link_people_in_parts(entries, lex=lex_a)
    assert ("a1", 1) not in before.entry_person
    more = [*entries, PersonEntry("a2", 0, "Marie Curie", ("Marie Curie",), (), "f")]
    after, _ = link_people_in_parts(more, lex=lex_b, previous=_kept(memo))
    assert _facts(after) == _facts(link_people(more, lex=lex_b))


def _stored(memo: PeopleParts, linking: Linking | None = None) -> Stored:
    """What the store gives back of every part a run left, through the text it keeps
    (with the people of its clusters when the run's ``linking`` is given)."""
    pids = linking.cluster_person if linking is not None else None
    parts = {d: part_from_json(clusters_to_json(c, memo.blocks[d], memo.others[d], pids))
             for d, c in memo.clusters.items()}
    return Stored({d: p[0] for d, p in parts.items() if p},
                  {d: p[1] for d, p in parts.items() if p},
                  {d: p[2] for d, p in parts.items() if p},
                  {b: [tuple(k) for k in keys]
                   for b, keys in json.loads(json.dumps(memo.orphans)).items()},
                  {d: p[3] for d, p in parts.items() if p and p[3] is not None})


def _as_stored(linking: Linking) -> People:
    """A run's people as the store gives them back: copies, so that nothing a later run
    does to them can change the run's own."""
    return lambda pids: {p: copy.deepcopy(linking.people[p]) for p in pids
                         if p in linking.people}


def _person(p: Person) -> tuple[Any, ...]:
    return (p.id, p.name, sorted(p.aliases.items()), sorted(p.articles), p.pinned,
            sorted((sorted(sig), span.role, span.first_seen, span.last_seen, span.count)
                   for sig, span in p.roles.items()))


def _restoried(entries: list[PersonEntry], rng: random.Random) -> list[PersonEntry]:
    """The entries with a few old articles moved to another story (or out of theirs), as
    a new article's story grouping may move them."""
    moved = {a: rng.choice([None, "s1", "s2", "s5", "s6"])
             for a in rng.sample(sorted({e.article_id for e in entries}), 2)}
    return [dataclasses.replace(e, story=moved[e.article_id]) if e.article_id in moved
            else e for e in entries]


@pytest.mark.parametrize("seed", range(16))
@pytest.mark.parametrize("identities", [(), IDENTITIES])
def test_parts_found_from_a_feeds_batch_alone_are_those_of_linking_everything(
        seed: int, identities: tuple[Identity, ...]) -> None:
    """After a batch of new articles (some old articles changing story with it), the
    parts reached from the batch's names are clustered again, all others kept: the same
    linking as from scratch, batch after batch (the state each run leaves is the next
    one's); and an article the run says it did not reach keeps its entries' people and
    its names' (what its story rows and quote inputs are kept on)."""
    rng = random.Random(seed)
    lex = default_lexicon()
    batches = _batches(seed, [15, 3, 1, 6, 2])
    entries = batches[0]
    linking, memo = link_people_in_parts(entries, identities)
    for batch in batches[1:]:
        old = entries
        entries = [*_restoried(old, rng), *batch]
        story = {e.article_id: e.story for e in old}
        now = {e.article_id: e.story for e in entries}
        dirty = {a for a in now if a not in story or story[a] != now[a]}
        found = relink(entries, identities, lex, _stored(memo, linking), dirty,
                       {story[a] for a in dirty if story.get(a)}, _as_stored(linking))
        assert found is not None
        before = linking
        linking, memo = found
        assert not (identities and linking.kept)
        for pid in linking.kept:  # taken as stored: the last run's person, untouched
            assert _person(linking.people[pid]) == _person(before.people[pid])
        assert memo.reached is not None and dirty <= memo.reached
        for e in entries:
            if e.article_id not in memo.reached:
                key = (e.article_id, e.index)
                assert linking.entry_person.get(key) == before.entry_person.get(key)
                assert linking.names_of(e.article_id) == before.names_of(e.article_id)
        assert _facts(linking) == _facts(link_people(entries, identities))
        assert memo.clusters.keys() == link_people_in_parts(entries, identities)[1] \
            .clusters.keys()  # the same parts, digests included


def test_a_surname_alone_no_full_name_carried_joins_the_part_a_new_full_name_makes() -> None:
    alone = PersonEntry("a1", 0, "Okafor", ("Okafor",), (), None)
    _linking, memo = link_people_in_parts([alone])
    assert memo.orphans  # nobody yet: kept by its block
    paula = PersonEntry("a2", 0, "Paula Okafor", ("Paula Okafor",), (), "f")
    found = relink([alone, paula], (), default_lexicon(), _stored(memo), {"a2"}, set())
    assert found is not None and not found[1].orphans
    assert found[0].entry_person[("a1", 0)] == found[0].entry_person[("a2", 0)]


def test_an_entry_of_the_last_run_gone_means_working_out_every_part() -> None:
    entries = _batches(5, [8])[0]
    _linking, memo = link_people_in_parts(entries)
    gone = [e for e in entries if e.article_id != entries[0].article_id]
    assert relink(gone, (), default_lexicon(), _stored(memo), {entries[0].article_id},
                  set()) is None


def test_the_guard_moves_with_identities_and_first_names() -> None:
    lex = default_lexicon()
    other = dataclasses.replace(lex, first_names={**lex.first_names, "zorglub": "m"})
    assert guard((), lex) == guard((), lex)
    assert guard((), lex) != guard(IDENTITIES, lex)
    assert guard((), lex) != guard((), other)


def _named(article: str, name: str, *others: str, roles: tuple[str, ...] = ()
           ) -> PersonEntry:
    return PersonEntry(article, 0, name, (name, *others), roles,
                       None if " " not in name else "m", date(2022, 3, 1))


# "Jean Martin" also called "Jean Dupont" is shown as "Jean Dupont": one person with the
# real Jean Dupont, though the two surnames are two parts that never meet
MARTIN = [_named("a1", "Jean Martin", "Jean Dupont"), _named("a2", "Jean Martin", "Jean Dupont")]
DUPONT = [_named("a3", "Jean Dupont")]
RENAMED = [_named(a, "Dupont", "Jeannot Dupont") for a in ("a4", "a5")]  # Dupont's new name
CURIE = [_named("a9", "Marie Curie", roles=("la ministre de la Recherche",))]


@pytest.mark.parametrize(("first", "then", "kept"), [
    (MARTIN + CURIE, DUPONT, {"Marie Curie"}),  # a new cluster makes a kept one's person
    (MARTIN + DUPONT + CURIE, RENAMED, {"Marie Curie"}),  # a reached one made it before
    (CURIE + DUPONT, MARTIN, {"Marie Curie"}),
])
def test_the_people_of_kept_parts_are_taken_as_stored_unless_another_cluster_makes_them(
        first: list[PersonEntry], then: list[PersonEntry], kept: set[str]) -> None:
    """A person the batch does not reach is the one the last run stored; a kept cluster
    whose person another cluster makes now, or made then, is counted again."""
    lex = default_lexicon()
    linking, memo = link_people_in_parts(first)
    entries = first + then
    found = relink(entries, (), lex, _stored(memo, linking), {e.article_id for e in then},
                   set(), _as_stored(linking))
    assert found is not None
    assert _facts(found[0]) == _facts(link_people(entries))
    assert {found[0].people[p].name for p in found[0].kept} == kept
    for pid in found[0].kept:
        assert _person(found[0].people[pid]) == _person(linking.people[pid])


def test_people_read_back_from_their_rows_are_those_built() -> None:
    """What resolving speakers and naming events read of a person comes back from its
    ``people``, ``person_aliases`` and ``person_roles`` rows as it was built (not its
    articles: the row keeps their number)."""
    linking = link_people(_batches(3, [30])[0] + CURIE)
    rows = {t: [tuple(r[c.name] for c in t.columns) for r in built]
            for t, built in zip(PEOPLE_TABLES, built_rows(linking), strict=True)}
    assert rows[schema.person_roles]
    back = people_from_rows(rows)(set(linking.people) | {"p-nobody"})
    assert back.keys() == linking.people.keys()
    for pid, person in linking.people.items():
        assert _person(dataclasses.replace(back[pid], articles=person.articles)) == \
            _person(person)
