"""What bringing derived tables up to date costs after a small batch, against a full rebuild.

    python bench/incremental.py --base 5000 --add 50
    python bench/incremental.py --base 2000 --add 20

A store of ``--base`` pre-annotated synthetic articles (``make_corpus.annotated_articles``,
no spaCy: events of synthetic people reported by several outlets, each event in its own
words, with people entries, reworded and reprinted quotes, interactions and keywords;
``--vocabulary shared`` for the older corpus whose events all reuse the same sentences) is
built once and kept in /tmp
(``--rebuild`` to start over). A copy of it receives ``--add`` more articles, then:

- update: ``Store.recompute()`` as ingest runs it after a batch (people, aliases, roles,
  quote links, stories, events, variants and inferred dates brought up to date, only the
  rows that changed written);
- full: ``Store.recompute(full=True)`` as ``presswatch relink`` runs it on the same
  articles (every derived row deleted and written again).

Before the batch, each copy is rebuilt once, untimed, so that what an update reuses
(``derive_state``: story parts, people parts, variant digests) is what this code writes,
whatever code built the base store. Both must leave the same tables (checked, ``equal``).
Each is run ``--repeat`` times on fresh copies and the least time kept (``--stages``: the
CPU seconds of each stage of the fastest update too). Printed last: ``ratio: X`` = update
time / full time, in CPU seconds of this process (SQLite runs in it; wall-clock on a shared
machine measures the neighbours too, and is printed before).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from presswatch.reading import Article
from presswatch.store import Store, schema

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import annotated_articles


def _add(store: Store, records: list[tuple[dict, str]]) -> None:
    for record, text in records:
        article = Article(id=record["id"], text=text, url=record["url"], date=record["date"],
                          outlet=record["outlet"], source="bench")
        store.add_article(article, record, pipeline_version="bench")


def _snapshot(store: Store) -> dict[str, list[tuple]]:
    with store.engine.connect() as conn:
        out = {t.name: sorted(map(tuple, conn.execute(t.select())), key=repr)
               for t in schema.DERIVED_TABLES}
        a = schema.articles
        out["dates"] = sorted(map(tuple, conn.execute(a.select().with_only_columns(
            a.c.id, a.c.date, a.c.date_inferred, a.c.date_basis))))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=5000, help="articles already stored")
    parser.add_argument("--add", type=int, default=50, help="articles of the new batch")
    parser.add_argument("--people", type=int, default=500, help="synthetic people")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--vocabulary", choices=("event", "shared"), default="event",
                        help="each event in its own words (as real news), or every event "
                             "from the same 65 sentences (one giant story graph: worst case)")
    parser.add_argument("--rebuild", action="store_true", help="build the base store again")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs on fresh copies; the least time of each is kept (a shared "
                             "machine only ever adds time)")
    parser.add_argument("--stages", action="store_true",
                        help="also print the CPU seconds of each stage of the fastest update")
    args = parser.parse_args(argv)
    stages = _Stages() if args.stages else None

    records = list(annotated_articles(args.base + args.add, people=args.people,
                                      seed=args.seed, vocabulary=args.vocabulary))
    people = "" if args.people == 500 else f"-p{args.people}"  # the default keeps its name
    base = Path(tempfile.gettempdir()) / (
        f"presswatch-incremental-{args.base}-{args.seed}-{args.vocabulary}{people}.db")
    if args.rebuild or not base.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{base}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        with Store(f"sqlite:///{base}") as store:
            _add(store, records[:args.base])
            store.recompute(full=True)
        print(f"built the base store {base} in {time.perf_counter() - started:.0f} s")
    runs = [_run(base, records[args.base:], stages) for _ in range(args.repeat)]
    update = min(r[0] for r in runs)
    full = min(r[1] for r in runs)
    equal = all(r[2] for r in runs)
    print(f"update after {args.add} new articles: {update[0]:.2f} s ({update[1]:.2f} s CPU); "
          f"full rebuild of {args.base + args.add}: {full[0]:.2f} s ({full[1]:.2f} s CPU); "
          f"equal: {equal}; wall-clock ratio {update[0] / full[0]:.3f} (best of "
          f"{args.repeat})")
    if stages is not None:
        for name, spent in sorted(stages.best.items(), key=lambda kv: -kv[1]):
            print(f"  stage {name:24s} {spent:.3f} s CPU")
    print(f"ratio: {update[1] / full[1]:.3f}")


class _Stages:
    """CPU seconds spent in each stage of :func:`presswatch.store.derive.recompute` (the
    functions it calls, wrapped), kept for the fastest update."""

    NAMES = ("_articles", "regroup", "link_people_in_parts", "_participant_links",
             "update_events", "update_quotes", "all_quote_links", "article_inputs",
             "keep_inputs", "_people_rows", "_story_rows", "story_rows",
             "_event_rows", "_speaker_rows", "write_changes", "_write_dates", "_entries",
             "_mentions", "keep_people_parts", "keep_story_parts", "regroup_new", "_stories",
             "story_labels", "keep_story_labels", "_people", "relink", "stored_people",
             "stored_events", "keep_events", "write_events", "_events", "story_parts",
             "stored_inputs", "unchanged_mentions", "built_rows")

    def __init__(self) -> None:
        from presswatch.linking import stories
        from presswatch.store import derive

        self.spent: dict[str, float] = {}
        self.best: dict[str, float] = {}
        self.best_total = float("inf")
        for name in self.NAMES:
            self._wrap(derive, name, listed=name == "_entries")
        self._wrap(stories, "features", listed=False)

    def _wrap(self, module: object, name: str, *, listed: bool) -> None:
        real = getattr(module, name, None)
        if real is None:  # a stage the code measured does not have (an older tree)
            return

        def timed(*args: object, **kwargs: object) -> object:
            started = time.process_time()
            out = real(*args, **kwargs)
            if listed:  # a generator: its work happens as it is consumed
                out = list(out)
            self.spent[name] = self.spent.get(name, 0.0) + time.process_time() - started
            return out

        setattr(module, name, timed)

    def keep(self, total: float) -> None:
        if total < self.best_total:
            self.best_total, self.best = total, dict(self.spent)


def _run(base: Path, batch: list[tuple[dict, str]], stages: _Stages | None = None
         ) -> tuple[tuple[float, float], tuple[float, float], bool]:
    """One update and one full rebuild on a fresh copy of the base store with ``batch``
    added: their (wall, CPU) seconds, and whether they left the same tables."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        shutil.copy(base, db)
        with db.open("rb+") as fh:  # else the first commit pays for flushing the copy
            os.fsync(fh.fileno())
        with Store(f"sqlite:///{db}") as store:
            store.recompute(full=True)  # untimed: the state an update reuses is this code's
            counts = store.counts()
            print(f"store: {counts['articles']} articles, {counts['quotes']} quotes, "
                  f"{counts['people']} people, {counts['stories']} stories; adding "
                  f"{len(batch)}")
            _add(store, batch)
            if stages is not None:
                stages.spent.clear()
            update = _timed(store.recompute)
            if stages is not None:
                stages.keep(update[1])
            updated = _snapshot(store)
            full = _timed(lambda: store.recompute(full=True))
            return update, full, _snapshot(store) == updated


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call (CPU: the same on a busy shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    main()
