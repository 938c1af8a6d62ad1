"""Specification of events after a batch: clustering again only the mentions a batch can
have changed gives exactly the events of clustering every mention, batch after batch,
whether the batch adds reports, moves old ones to another story, renames or re-links a
person, or drops an article; a state that does not account for the stored events means
clustering everything."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from presswatch.linking.event_update import EventState, Updated, components, update_events
from presswatch.linking.events import Event, Mention, cluster_events, inferred_article_dates

PEOPLE = [f"p-{i}" for i in range(7)]
PLACES = [None, None, "Genève", "Moscou", "Paris"]
KINDS = ["meeting", "meeting", "talks", "phone_call"]
START = date(2024, 3, 1)


def _mention(rng: random.Random, article: str, index: int) -> Mention:
    day = START + timedelta(days=rng.randrange(40))
    return Mention(article, index, rng.choice(KINDS),
                   frozenset(rng.sample(PEOPLE, rng.choice((0, 1, 2, 2, 3)))),
                   rng.choice(PLACES), day if rng.random() < 0.4 else None,
                   day + timedelta(days=rng.randrange(3)) if rng.random() < 0.7 else None,
                   rng.choice(["s-1", "s-2", "s-3", f"a:{article}"]))


def _state(before: EventState | None, up: Updated) -> EventState:
    """What the store would keep after ``up`` (the events made again and those kept)."""
    members = {e.id: [m.key for m in e.mentions] for e in up.events}
    dates = {e.id: (e.date, e.date_inferred) for e in up.events}
    articles = {e.id: [m.article_id for m in e.mentions] for e in up.events}
    for e, day, inferred, arts in up.kept:
        assert before is not None
        members[e], dates[e], articles[e] = before.members[e], (day, inferred), arts
    return EventState(dict(up.digests), dict(up.component), members, dates, articles)


def _shape(events: list[Event]) -> set[tuple]:
    return {(e.id, e.date, e.date_inferred, frozenset(m.key for m in e.mentions))
            for e in events}


_LABELS: dict[str, tuple[str, ...]] = {}  # event id -> its participants' names when made


def _check(ms: list[Mention], names: dict[str, str], before: EventState | None
           ) -> tuple[EventState, Updated]:
    up = update_events(ms, before, names.__getitem__, lambda a: "outlet-" + a[-1])
    whole = cluster_events(ms)
    state = _state(before, up)
    _LABELS.update({e.id: tuple(names[p] for p, _n in e.participants) for e in up.events})
    assert {e.id: _LABELS[e.id] for e in whole} == {  # a kept event's label still holds
        e.id: tuple(names[p] for p, _n in e.participants) for e in whole}
    assert _shape(whole) == {(e, *state.dates[e], frozenset(state.members[e]))
                             for e in state.members}
    made = {e.id: e for e in whole}
    for e in up.events:  # events made again: every field as clustering everything
        assert (e.type, e.place, e.participants) == (made[e.id].type, made[e.id].place,
                                                     made[e.id].participants)
    assert up.article_dates() == inferred_article_dates(whole)
    return state, up


@pytest.mark.parametrize("seed", range(25))
def test_batch_after_batch_the_events_are_those_of_clustering_every_mention(seed: int
                                                                            ) -> None:
    rng = random.Random(seed)
    names = {p: f"Nom {p}" for p in PEOPLE}
    ms = [_mention(rng, f"art-{i}", 0) for i in range(30)]
    state, _up = _check(ms, names, None)
    reclustered = []
    for batch in range(6):
        ms += [_mention(rng, f"new-{batch}-{i}", rng.randrange(2)) for i in range(3)]
        change = rng.random()
        if change < 0.2:  # an old article moves to another story
            i = rng.randrange(len(ms))
            ms[i] = Mention(ms[i].article_id, ms[i].index, ms[i].type, ms[i].people,
                            ms[i].place, ms[i].date, ms[i].reported, "s-4")
        elif change < 0.35:  # a participant now resolves to someone else
            i = rng.randrange(len(ms))
            ms[i] = Mention(ms[i].article_id, ms[i].index, ms[i].type,
                            frozenset(rng.sample(PEOPLE, 2)), ms[i].place, ms[i].date,
                            ms[i].reported, ms[i].context)
        elif change < 0.5:  # a person's display name changes (labels follow)
            names[rng.choice(PEOPLE)] += " bis"
        elif change < 0.6:  # an article is gone
            gone = rng.choice(ms).article_id
            ms = [m for m in ms if m.article_id != gone]
        rng.shuffle(ms[-3:])
        state, up = _check(ms, names, state)
        reclustered.append(sum(len(e.mentions) for e in up.events))
    assert min(reclustered) < len(ms)  # some batch kept events as they were


def test_a_bare_undated_report_is_clustered_with_the_event_it_may_join() -> None:
    """An undated report at a place, naming two people, joins the one dated event of its
    kind there naming them, though no candidate pair links it: a batch bringing that
    report clusters the event again, and one bringing a second such event leaves both
    apart from it (no guessing)."""
    dated = [Mention("a", 0, "meeting", frozenset({"p-1", "p-2"}), "Genève",
                     date(2024, 3, 1), date(2024, 3, 2), "s-1"),
             Mention("b", 0, "meeting", frozenset({"p-3"}), None, None, date(2024, 5, 1),
                     "s-9")]
    names = {p: p for p in PEOPLE}
    state, _ = _check(dated, names, None)
    bare = Mention("c", 0, "talks", frozenset({"p-1", "p-2"}), "Genève", None, None, "a:c")
    assert len(set(components([*dated, bare]))) == 2  # joined to the one it may attach to
    state, up = _check([*dated, bare], names, state)
    assert [sorted(m.key for m in e.mentions) for e in up.events] == [["a:0", "c:0"]]
    other = Mention("d", 0, "meeting", frozenset({"p-1", "p-2"}), "Genève",
                    date(2024, 4, 1), date(2024, 4, 1), "s-2")
    state, up = _check([*dated, bare, other], names, state)
    assert sorted(sorted(m.key for m in e.mentions) for e in up.events) == [
        ["a:0"], ["c:0"], ["d:0"]]


def test_a_state_missing_an_event_means_clustering_every_mention() -> None:
    rng = random.Random(7)
    ms = [_mention(rng, f"art-{i}", 0) for i in range(20)]
    names = {p: p for p in PEOPLE}
    state, _ = _check(ms, names, None)
    some = next(iter(state.digests))
    del state.digests[some]
    up = update_events(ms, state, names.__getitem__, lambda a: None)
    assert up.replaced is None and not up.kept
    assert _shape(up.events) == _shape(cluster_events(ms))
