"""Specification of story rows after a feed's batch: a story the batch did not reach keeps
the row and label the last run stored, unless one of its articles' dates moved or one of
its people is shown otherwise (display name, or the name a label uses); anything reached,
or a label the state lacks, is worked out again from its articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from presswatch.lexicon import default_lexicon
from presswatch.linking import Linking
from presswatch.linking.people import Person
from presswatch.linking.stories import StoryFeatures
from presswatch.store import schema
from presswatch.store.people_rows import renamed_people
from presswatch.store.story_rows import Kept, Reach, story_rows
from presswatch.textutil import fold


@dataclass(slots=True)
class _Art:
    id: str
    date: str | None
    outlet: str | None
    people: list[dict[str, Any]] = field(default_factory=list)


_ARTS = {"a1": _Art("a1", "2024-02-01", "Le Courrier", [{"idx": 0}]),
         "a2": _Art("a2", "2024-02-02", "La Gazette", [{"idx": 0}])}
_STORY = {"a1": "s-1", "a2": "s-1"}
_STORED = ("s-1", "Dumas, rencontre (2024-02-01)", "2024-02-01", "2024-02-02", 2, 2)
_LABELS = {"s-1": ("digest-of-last-run", "Dumas, rencontre (2024-02-01)")}


def _linking(name: str) -> Linking:
    people = {"p-1": Person("p-1", name)}
    return Linking(people, {("a1", 0): "p-1", ("a2", 0): "p-1"}, {}, default_lexicon())


def _features(aid: str) -> StoryFeatures:
    return StoryFeatures(aid, frozenset({"Dumas"}), frozenset(), frozenset(),
                         date(2024, 2, 1))


def _rows(kept: Kept | None, *, name: str = "Lucie Dumas",
          labels: dict[str, tuple[str, str]] = _LABELS) -> list[dict[str, Any]]:
    return story_rows(_ARTS, _STORY, _linking(name), _features, {"a1": "d1", "a2": "d2"},
                      labels, kept)[0]


def _kept(*, reached: frozenset[str] = frozenset(), renamed: frozenset[str] = frozenset(),
          dates: dict[str, str] | None = None) -> Kept:
    reach = Reach(reached, frozenset({"s-1"}) if reached else frozenset(), renamed)
    return Kept(reach, {"s-1": _STORED}, dates or {"a1": "2024-02-01", "a2": "2024-02-02"},
                {"s-1": {"p-1"}})


def test_a_story_the_batch_did_not_reach_keeps_its_stored_row() -> None:
    assert _rows(_kept()) == [dict(zip(("id", "label", "first_date", "last_date",
                                        "articles", "outlets"), _STORED, strict=True))]


def test_a_reached_story_a_moved_date_a_renamed_person_or_no_label_mean_working_it_out() -> None:
    made = _rows(None)
    assert made[0]["label"] != _STORED[1]  # made from the articles, not read back
    assert _rows(_kept(reached=frozenset({"a2"}))) == made
    assert _rows(_kept(dates={"a1": "2024-01-30", "a2": "2024-02-02"})) == made
    assert _rows(_kept(renamed=frozenset({"p-1"}))) == made
    assert _rows(_kept(), labels={}) == made


def test_the_reach_names_the_stories_of_reached_articles_now_and_before() -> None:
    reach = Reach.of({"a2"}, {"a1": "s-1", "a2": "s-2"}, {"a2": "s-1", "a3": "s-3"},
                     {"p-gone"})
    assert reach.stories == {"s-1", "s-2"}
    assert reach.renamed == {"p-gone"}
    assert not reach.same_people("a1", "s-1")  # a story mate of a reached article
    assert reach.same_people("a3", "s-3")
    assert not reach.same_people("a2", None)


def _stored_people(*people: tuple[str, str, tuple[str, ...]]) -> dict:
    """Stored ``people`` and ``person_aliases`` rows, in column order."""
    return {schema.people: [(pid, name, 1, 0, False, 0) for pid, name, _a in people],
            schema.person_aliases: [(pid, alias, fold(alias), 1)
                                    for pid, _n, aliases in people for alias in aliases],
            schema.person_roles: []}


def test_renamed_people_are_those_shown_otherwise_than_stored_gone_and_new_included() -> None:
    stored = _stored_people(("p-1", "Lucie Dumas", ("Lucie Dumas",)),
                            ("p-gone", "Jean Gone", ("Jean Gone",)))
    assert renamed_people(stored, _linking("Lucie Dumas")) == {"p-gone"}
    assert renamed_people(stored, _linking("Lucie Dumàs")) == {"p-1", "p-gone"}
    assert renamed_people(_stored_people(), _linking("Lucie Dumas")) == {"p-1"}


def test_a_new_alias_that_changes_how_labels_name_a_person_renames_them() -> None:
    # `M. Xi` written for the first time: labels now say Xi, not Jinping
    stored = _stored_people(("p-1", "Xi Jinping", ("Xi Jinping",)))
    linking = _linking("Xi Jinping")
    linking.people["p-1"].aliases.update({"Xi Jinping": 1})
    assert renamed_people(stored, linking) == frozenset()
    linking.people["p-1"].aliases.update({"Xi": 1})
    assert renamed_people(stored, linking) == {"p-1"}
