"""Stories after a batch: only the parts of the story graph that the batch reaches are
grouped again; every other part keeps the groups the last run gave it.

Why that is exact. Average-link agglomeration never joins two groups unless one of their
pairs reaches the threshold (see :func:`.stories._parts`), so the groups of the articles
are the groups of each *part* (connected set of the graph of pairs at the threshold)
agglomerated alone. A pair's similarity is a function of the two articles' features alone,
except for *which* pairs are compared: those sharing a distinctive name, distinctive
depending on document frequencies over all articles. So an article is *dirty* when it is
new, its features changed (or an analyst set it alone), or one of its names became or
stopped being distinctive; a pair of clean articles is compared as before and scores as
before. A part whose articles are all clean and none of which reaches a dirty article at
the threshold has exactly its old pairs, so it agglomerates as before: its groups are kept.
Everything else (dirty articles, what they reach at the threshold, and the whole old parts
of both) is grouped again; that set is closed under pairs at the threshold, so its parts
are parts of the whole graph.

When the store knows which articles writes touched since the last run and they are all
new (a feed's batch), :func:`regroup_new` needs the features of those articles and of the
articles they may reach only: the other articles' names and the document frequencies come
from :class:`Parts` (frequencies are counts: new articles add to them), and their
digests are the last run's (nothing wrote to them). A version of the rules (this module's,
the features' and the dates' source, and the word lists they read) is part of the parts:
after an upgrade or a lexicon edit every article is digested again.

Measured on real text (2026-12-05): of the 150 articles of ``../shared/corpus/articles.jsonl``
5 pairs reach the threshold and the largest part has 2 articles, so a batch reaches a few
small parts. :class:`Parts` is what one run leaves for the next (kept by the store).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

from presswatch.linking.rules_version import rules_version
from presswatch.linking.stories import (
    MIN_SIMILARITY,
    StoryFeatures,
    distinctive,
    part_groups,
    similarities,
)

__all__ = ["VERSION", "Parts", "regroup", "regroup_new"]


VERSION = rules_version(("presswatch.linking", "story_update.py"),
                        ("presswatch.linking", "stories.py"),
                        ("presswatch.linking", "story_text.py"),
                        ("presswatch.nlp", "dates.py"), ("presswatch", "textutil.py"),
                        ("presswatch.data", "event_words.tsv"),
                        ("presswatch.data", "story_words.tsv"))
"""What an article's features and digest depend on besides the article: the source of the
rules and the word lists they read."""


@dataclass(frozen=True, slots=True)
class Parts:
    """What grouping leaves for the next run: the distinctive names it compared on, a
    digest of each article's features, and each part's groups (article ids); and for
    :func:`regroup_new`, each article's names (keywords written with a capital, lower
    case), the document frequencies and the rules' version."""

    names: frozenset[str]
    digests: dict[str, str]
    parts: list[list[list[str]]]
    names_of: dict[str, list[str]] = field(default_factory=dict)
    df: dict[str, int] = field(default_factory=dict)
    version: str = ""

    def to_json(self) -> str:
        return json.dumps({"names": sorted(self.names), "digests": self.digests,
                           "parts": self.parts, "names_of": self.names_of, "df": self.df,
                           "version": self.version}, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Parts | None:
        """The parts a run wrote, or None for anything else (derive all again)."""
        try:
            data = json.loads(text)
            return cls(frozenset(data["names"]), dict(data["digests"]),
                       [[list(g) for g in part] for part in data["parts"]],
                       {a: list(ns) for a, ns in data.get("names_of", {}).items()},
                       {t: int(n) for t, n in data.get("df", {}).items()},
                       str(data.get("version", "")))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def _digest(f: StoryFeatures, alone: bool) -> str:
    """Everything grouping reads of one article, in a form that does not depend on the
    order of sets (str hashing differs between processes)."""
    kinds = sorted([k, sorted(p)] for k, p in f.kinds)
    main = [f.main[0], sorted(f.main[1])] if f.main else None
    data = (sorted(f.people), sorted(f.places), kinds, f.day, f.month, _joined(f.terms), main,
            f.events, alone)  # the repr of strings, numbers, dates, lists and tuples is canonical
    return hashlib.sha1(repr(data).encode("utf-8")).hexdigest()[:20]


def _joined(terms: tuple[tuple[str, int], ...]) -> str:
    """The keywords and counts as one string (a third of the time of their repr). A
    keyword is a token, so it holds neither separator (both count as white space); one
    that does (a record's own keywords) gives the repr, so two lists never meet."""
    if not terms:
        return ""
    words, counts = zip(*terms, strict=True)
    joined = "\x1f".join(words)
    if joined.count("\x1f") != len(words) - 1 or "\x1e" in joined:
        return repr(terms)
    return joined + "\x1e" + ",".join(map(str, counts))


def _names_and_frequencies(feats: Sequence[StoryFeatures]
                           ) -> tuple[list[set[str]], Counter[str]]:
    """Each article's names (keywords written with a capital, folded to lower case) and
    :func:`.stories.document_frequencies` of all, in one pass over every keyword."""
    df: Counter[str] = Counter()
    names_of = []
    for f in feats:
        lowered = [t.lower() for t, _c in f.terms]
        df.update(lowered)
        names_of.append({low for (t, _c), low in zip(f.terms, lowered, strict=True)
                         if t[:1].isupper()})  # is_name, inlined
    return names_of, df


def regroup(feats: Sequence[StoryFeatures], previous: Parts | None,
            threshold: float = MIN_SIMILARITY, *, alone: Iterable[str] = ()
            ) -> tuple[list[list[int]], Parts]:
    """The groups of ``feats`` (sorted by id; index lists, as :func:`.stories.part_groups`
    gives them flattened), computing again only what changed since ``previous`` (None:
    everything), and the parts to keep for the next run."""
    alone = frozenset(alone)
    n = len(feats)
    names_of, df = _names_and_frequencies(feats)
    rare = distinctive(df, n)
    names = frozenset(t for ts in names_of for t in ts if rare(t))
    digests = {f.id: _digest(f, f.id in alone) for f in feats}
    if previous is None or previous.version != VERSION:
        todo = set(range(n))
        kept: list[list[list[int]]] = []
    else:
        todo, kept = _reached(feats, previous, names, digests, names_of, df, threshold)
    sub = sorted(todo)
    sub_feats = [feats[i] for i in sub]
    fresh = [[[sub[i] for i in g] for g in groups] for groups in part_groups(
        sub_feats, similarities(sub_feats, df=df, articles=n), threshold, alone)]
    parts = kept + fresh
    memo = Parts(names, digests, [[[feats[i].id for i in g] for g in groups]
                                  for groups in parts],
                 {f.id: sorted(ns) for f, ns in zip(feats, names_of, strict=True)}, dict(df),
                 VERSION)
    return [g for groups in parts for g in groups], memo


def _reached(feats: Sequence[StoryFeatures], previous: Parts, names: frozenset[str],
             digests: dict[str, str], names_of: list[set[str]], df: Counter[str],
             threshold: float) -> tuple[set[int], list[list[list[int]]]]:
    """The articles to group again (see the module docstring), and the old parts kept,
    as index lists."""
    n = len(feats)
    index = {f.id: i for i, f in enumerate(feats)}
    changed = names ^ previous.names
    dirty = {i for i, f in enumerate(feats)
             if previous.digests.get(f.id) != digests[f.id] or names_of[i] & changed}
    part_of = {aid: p for p, groups in enumerate(previous.parts) for g in groups for aid in g}
    touched = {part_of[a] for a in previous.digests.keys() - index.keys() if a in part_of}
    touched |= {part_of[feats[i].id] for i in dirty if feats[i].id in part_of}
    reached = set(dirty)
    shared = {t for i in dirty for t in names_of[i] & names}
    near = sorted(i for i in range(n) if i in dirty or names_of[i] & shared)
    near_feats = [feats[i] for i in near]
    for (a, b), s in similarities(near_feats, df=df, articles=n,
                                  involving=[x for x, i in enumerate(near) if i in dirty]
                                  ).items():
        if s >= threshold and (near[a] in dirty or near[b] in dirty):
            reached |= {near[a], near[b]}
    touched |= {part_of[feats[i].id] for i in reached if feats[i].id in part_of}
    todo = reached | {index[a] for p in touched for g in previous.parts[p] for a in g
                      if a in index}
    kept = [[[index[a] for a in g] for g in groups]
            for p, groups in enumerate(previous.parts) if p not in touched]
    return todo, kept


def regroup_new(ids: Sequence[str], feature_of: Callable[[str], StoryFeatures],
                previous: Parts, touched: Collection[str], threshold: float = MIN_SIMILARITY,
                *, alone: Iterable[str] = ()) -> tuple[list[list[str]], Parts] | None:
    """:func:`regroup` of the articles ``ids`` (sorted), when the only articles written
    since ``previous`` are the new ones in ``touched``: the same groups (as id lists) and
    parts, reading the features (``feature_of``) of the new articles and of those they
    may reach only. None when that does not hold (an article known before was written, or
    left, or appeared unrecorded; the rules changed): then :func:`regroup` all."""
    known = previous.digests
    if (previous.version != VERSION or (not previous.names_of and known)
            or any(a in known for a in touched) or len(known) + len(touched) != len(ids)
            or any(a not in known and a not in touched for a in ids)):
        return None
    alone = frozenset(alone)
    n = len(ids)
    df = Counter(previous.df)
    names_of = dict(previous.names_of)
    digests = dict(known)
    for aid in sorted(touched):
        f = feature_of(aid)
        lowered = [t.lower() for t, _c in f.terms]
        df.update(lowered)
        names_of[aid] = sorted({low for (t, _c), low in zip(f.terms, lowered, strict=True)
                                if t[:1].isupper()})
        digests[aid] = _digest(f, aid in alone)
    having: dict[str, list[str]] = defaultdict(list)
    for aid in ids:
        for t in names_of[aid]:
            having[t].append(aid)
    rare = distinctive(df, n)
    names = frozenset(t for t in having if rare(t))
    dirty = set(touched) | {a for t in names ^ previous.names for a in having.get(t, ())}
    part_of = {aid: p for p, groups in enumerate(previous.parts) for g in groups for aid in g}
    shared = {t for a in dirty for t in names_of[a] if t in names}
    near = sorted(dirty | {a for t in shared for a in having[t]})
    near_feats = [feature_of(a) for a in near]
    reached = set(dirty)
    for (a, b), s in similarities(near_feats, df=df, articles=n,
                                  involving=[x for x, a in enumerate(near) if a in dirty]
                                  ).items():
        if s >= threshold and (near[a] in dirty or near[b] in dirty):
            reached |= {near[a], near[b]}
    touched_parts = {part_of[a] for a in reached if a in part_of}
    todo = sorted(reached | {a for p in touched_parts for g in previous.parts[p] for a in g})
    sub_feats = [feature_of(a) for a in todo]
    fresh = [[[todo[i] for i in g] for g in groups] for groups in part_groups(
        sub_feats, similarities(sub_feats, df=df, articles=n), threshold, alone)]
    parts = [groups for p, groups in enumerate(previous.parts) if p not in touched_parts]
    parts += fresh
    memo = Parts(names, digests, parts, names_of, dict(df), VERSION)
    return [g for groups in parts for g in groups], memo
