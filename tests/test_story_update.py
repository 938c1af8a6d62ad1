"""Specification of grouping stories again after a batch: only the parts of the story graph
the batch reaches are agglomerated again, and the stories always come out as grouping every
article from scratch makes them, whatever the batch added, changed, removed or set alone,
and whichever names became (or stopped being) distinctive."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from presswatch.linking import stories
from presswatch.linking.stories import StoryFeatures
from presswatch.linking.story_update import Parts, regroup, regroup_new

TOWNS = [f"Ville{c}" for c in "ABCDEFGHIJKLMNOP"]
COMMON = "Capitale"  # a name so frequent that it stops being distinctive as articles come


def _article(rng: random.Random, n: int, event: int) -> StoryFeatures:
    """The ``n``-th report of synthetic ``event``: its own words and names, a town shared
    with other events, a date near the event's. One in six is a brief about the capital
    instead, told in general words: briefs are alike through that name alone, so they are
    compared only while it is rare enough to be distinctive."""
    day = date(2024, 1, 1) + timedelta(days=event * 3 + rng.randint(0, 2)) \
        if rng.random() < 0.7 else None
    if rng.random() < 0.16:
        terms = {f"general{k}": 1 for k in rng.sample(range(12), 10)} | {COMMON: 6}
        return StoryFeatures(f"a{n:04d}", frozenset(), frozenset(), frozenset(), day,
                             terms=tuple(sorted(terms.items())))
    words = {f"mot{event}x{k}": rng.randint(1, 4) for k in range(8)}
    words |= {f"general{rng.randrange(30)}": 1 for _ in range(4)}
    names = {f"Nom{event}": 3, rng.choice(TOWNS): 2}
    if rng.random() < 0.3:
        names[f"Nom{event + 1}"] = 1  # an event's report naming the next event's person
    return StoryFeatures(f"a{n:04d}", frozenset({f"nom{event}"}), frozenset(), frozenset(),
                         day, terms=tuple(sorted((words | names).items())))


def _corpus(seed: int, articles: int) -> list[StoryFeatures]:
    rng = random.Random(seed)
    out, event = [], 0
    while len(out) < articles:
        for _ in range(rng.choice((1, 2, 3, 4))):
            out.append(_article(rng, len(out), event))
        event += 1
    return out[:articles]


def _stories(feats: list[StoryFeatures], groups: list[list[int]]) -> set[frozenset[str]]:
    return {frozenset(feats[i].id for i in g) for g in groups if len(g) > 1}


def _from_scratch(feats: list[StoryFeatures], alone: frozenset[str] = frozenset()
                  ) -> set[frozenset[str]]:
    parts = stories.part_groups(feats, stories.similarities(feats), alone=alone)
    return _stories(feats, [g for groups in parts for g in groups])


@pytest.mark.parametrize("seed", range(1, 9))
def test_batch_after_batch_the_stories_are_those_of_grouping_everything_again(seed: int
                                                                            ) -> None:
    corpus = _corpus(seed, 160)
    rng = random.Random(seed)
    feats = sorted(corpus[:60], key=lambda f: f.id)
    groups, parts = regroup(feats, None)
    assert _stories(feats, groups) == _from_scratch(feats)
    alone: set[str] = set()
    for start in range(60, 160, 20):
        kept = [f for f in feats if rng.random() > 0.05]  # a few articles deleted
        changed = rng.choice(kept)  # one re-annotated with the words of another
        other = rng.choice(corpus)
        kept = [f if f is not changed else StoryFeatures(
            changed.id, other.people, other.places, other.kinds, other.day,
            terms=other.terms) for f in kept]
        alone ^= {rng.choice(kept).id}
        feats = sorted(kept + corpus[start:start + 20], key=lambda f: f.id)
        groups, parts = regroup(feats, parts, alone=alone)
        assert _stories(feats, groups) == _from_scratch(feats, frozenset(alone))
        assert parts == Parts.from_json(parts.to_json())


def test_a_batch_far_from_the_stored_stories_groups_only_its_own_articles(
        monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(7, 120)
    feats = sorted(corpus[:100], key=lambda f: f.id)
    _groups, parts = regroup(feats, None)
    grouped_again: list[int] = []
    real = stories.part_groups

    def spy(feats: list[StoryFeatures], *args: object, **kwargs: object) -> object:
        grouped_again.append(len(feats))
        return real(feats, *args, **kwargs)

    from presswatch.linking import story_update
    monkeypatch.setattr(story_update, "part_groups", spy)
    more = sorted(feats + corpus[100:104], key=lambda f: f.id)
    groups, _parts = regroup(more, parts)
    assert _stories(more, groups) == _from_scratch(more)
    assert grouped_again and grouped_again[-1] < len(more) // 4


def test_unreadable_parts_mean_grouping_everything_again() -> None:
    assert Parts.from_json("not json") is None
    assert Parts.from_json('{"names": []}') is None


@pytest.mark.parametrize("seed", range(1, 7))
def test_batches_of_new_articles_are_grouped_from_them_and_what_they_reach(
        seed: int) -> None:
    """With only new articles written, grouping reads the features of those and of the
    articles they may reach, and gives what grouping every article gives: the same
    stories and the same parts to keep (the capital's name stops being distinctive on the
    way, which regroups every brief naming it)."""
    corpus = _corpus(seed, 260)
    feats = sorted(corpus[:60], key=lambda f: f.id)
    _groups, parts = regroup(feats, None)
    for start in range(60, 260, 25):
        new = corpus[start:start + 25]
        feats = sorted(feats + new, key=lambda f: f.id)
        by_id = {f.id: f for f in feats}
        read: list[str] = []

        def feature_of(aid: str, by_id: dict[str, StoryFeatures] = by_id,
                       read: list[str] = read) -> StoryFeatures:
            read.append(aid)
            return by_id[aid]

        found = regroup_new([f.id for f in feats], feature_of, parts, {f.id for f in new})
        assert found is not None
        groups, fresh = found
        index = {f.id: i for i, f in enumerate(feats)}
        assert _stories(feats, [[index[a] for a in g] for g in groups]) == _from_scratch(feats)
        _all_groups, everything = regroup(feats, parts)
        assert fresh.to_json() == everything.to_json()
        assert len(set(read)) < len(feats)
        parts = fresh


def test_new_articles_alone_only_when_nothing_else_was_written() -> None:
    corpus = _corpus(3, 80)
    feats = sorted(corpus[:60], key=lambda f: f.id)
    _groups, parts = regroup(feats, None)
    more = sorted(feats + corpus[60:], key=lambda f: f.id)
    ids, by_id = [f.id for f in more], {f.id: f for f in more}
    new = {f.id for f in corpus[60:]}
    assert regroup_new(ids, by_id.__getitem__, parts, new | {feats[0].id}) is None  # re-annotated
    assert regroup_new(ids, by_id.__getitem__, parts, new - {corpus[70].id}) is None  # unrecorded
    assert regroup_new(ids[1:], by_id.__getitem__, parts, new) is None  # one left
    old = Parts(parts.names, parts.digests, parts.parts, parts.names_of, parts.df, "older")
    assert regroup_new(ids, by_id.__getitem__, old, new) is None  # other rules or word lists
