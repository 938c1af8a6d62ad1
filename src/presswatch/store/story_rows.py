"""Story rows and labels, and what a feed's batch reaches of them.

A ``stories`` row (label, first and last date, articles, outlets) is a function of its
articles: their ids, feature digests, final dates and outlets, and the display names of the
canonical people their entries stand for. After a feed's batch :func:`.people_update.relink`
says which articles' entries were clustered again (:class:`Reach`); every other entry keeps
its cluster, hence its person id. So a story none of whose articles, now or at the last run,
was reached has the same articles and the same people ids; when none of those people was
renamed and none of its articles' dates moved, its row and label are the last run's, read
back instead of worked out again (each quote input likewise, see
:func:`.quote_update.article_inputs`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from presswatch.linking import Linking
from presswatch.linking import stories as story_rules
from presswatch.textutil import fold

__all__ = ["Reach", "story_rows"]


class _Article(Protocol):
    id: str
    date: str | None
    outlet: str | None
    people: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Reach:
    """What a feed's batch reached on the people side: the articles whose entries were
    clustered again (or that are dirty), the stories those articles are in now or were in
    at the last run, and the people whose display or label name differs from their stored
    rows (new and gone people included)."""

    articles: frozenset[str]
    stories: frozenset[str]
    renamed: frozenset[str]

    @classmethod
    def of(cls, articles: Collection[str], story_of: Mapping[str, str],
           stored_story_of: Mapping[str, str], renamed: Collection[str]) -> Reach:
        """From :attr:`.PeopleParts.reached`, the stories now and as stored
        (``article_stories``) and the people shown otherwise than stored
        (:func:`.people_rows.renamed_people`)."""
        stories = {s for a in articles for s in (story_of.get(a), stored_story_of.get(a)) if s}
        return cls(frozenset(articles), frozenset(stories), frozenset(renamed))

    def same_people(self, article: str, story: str | None) -> bool:
        """The article's entries and its story's stand for the people they stood for at
        the last run (its story being the same)."""
        return article not in self.articles and (story is None or story not in self.stories)


@dataclass(frozen=True, slots=True)
class Kept:
    """What lets :func:`story_rows` keep a story's stored row: the reach, the stored
    ``stories`` rows by id, each article's date at the last run (its quote input), and
    each story's people ids (any superset of its entries' people)."""

    reach: Reach
    rows: Mapping[str, tuple[Any, ...]]
    dates: Mapping[str, str]
    people: Mapping[str, Collection[str]]

    def row(self, sid: str, group: Sequence[_Article]) -> tuple[Any, ...] | None:
        """The stored row of story ``sid`` when it is this run's, else None."""
        if sid in self.reach.stories or (row := self.rows.get(sid)) is None:
            return None
        if any(self.dates.get(a.id) != (a.date or "") for a in group):
            return None
        if not self.reach.renamed.isdisjoint(self.people.get(sid, ())):
            return None
        return row


def story_rows(arts: Mapping[str, _Article], story_of: Mapping[str, str], linking: Linking,
               feature_of: Callable[[str], story_rules.StoryFeatures],
               digests: Mapping[str, str], before: Mapping[str, tuple[str, ...]],
               kept: Kept | None = None
               ) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str]]]:
    """``stories`` rows, labelled by :func:`story_rules.label` with the canonical people
    most of the story's articles name; and each story's label with a digest of what it
    was made from (its articles' feature digests, main people and first date), so that a
    label whose inputs did not change is taken from ``before`` (the last recompute's)
    without reading its articles' features. With ``kept``, a story the batch did not
    reach keeps its stored row and label (see the module docstring)."""
    members: dict[str, list[_Article]] = defaultdict(list)
    for aid, sid in story_of.items():
        members[sid].append(arts[aid])
    columns = ("id", "label", "first_date", "last_date", "articles", "outlets")
    rows, labels = [], {}
    for sid, group in sorted(members.items()):
        if (kept is not None and (label := before.get(sid)) is not None
                and (row := kept.row(sid, group)) is not None):
            labels[sid] = (label[0], label[1])
            rows.append(dict(zip(columns, row, strict=True)))
            continue
        people: Counter[str] = Counter()
        label_names: dict[str, str] = {}
        for art in group:
            named = [linking.people[pid] for p in art.people
                     if (pid := linking.entry_person.get((art.id, p["idx"]))) is not None]
            people.update(list(dict.fromkeys(person.name for person in named)))
            label_names.update((person.name, person.label_name) for person in named)
        dates = sorted(a.date for a in group if a.date)
        main = [label_names[n] for n, _k in people.most_common(2)]
        first = dates[0] if dates else None
        key = hashlib.sha1(repr((sorted((a.id, digests.get(a.id)) for a in group), main,
                                 first)).encode("utf-8")).hexdigest()[:20]
        if (old := before.get(sid)) is not None and old[0] == key:
            text = old[1]
        else:
            text = story_rules.label([feature_of(a.id) for a in group], main, first)
        labels[sid] = (key, text)
        rows.append({"id": sid, "label": text, "first_date": first,
                     "last_date": dates[-1] if dates else None, "articles": len(group),
                     "outlets": len({fold(a.outlet) for a in group if a.outlet})})
    return rows, labels
