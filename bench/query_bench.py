"""Query latency (p50/p95) on a store of at least 100,000 quotes.

    python bench/query_bench.py                               # 100,000 quotes, SQLite in /tmp
    python bench/query_bench.py --quotes 200000 --runs 300
    python bench/query_bench.py --db postgresql://user@host/db --quotes 100000
    python bench/query_bench.py --db postgresql://user@host/db --quotes 1000000 \
        --copy-from sqlite:////tmp/presswatch-query-bench.db

The store is filled fast, without spaCy: synthetic annotated records (real sentences of
examples/*.txt as quotes, spoken by synthetic people from ``make_corpus.py``'s pool, with
their people entries, roles and some interactions) go through the Store's own write path
go into the store with the rows ``Store.add_article`` writes (:mod:`presswatch.store.rows`),
but a thousand articles per transaction, each table's rows in one ``COPY`` on PostgreSQL
(``executemany`` on SQLite; :func:`presswatch.store.bulk.add_articles`; FTS triggers and
generated ``tsvector`` included), then one ``Store.recompute()`` links people and builds
stories, events and statement variants, as after any ingest.
An existing database with enough quotes is reused (``--rebuild`` to start over).
``--copy-from URL`` fills an empty store with the rows of one this bench built instead
(every table, derived ones included, in chunks through ``COPY``: the same rows, without
a second recompute).

Timed, each ``--runs`` times with varied arguments, as ``presswatch quotes`` calls them
(default limit of 100 rows, citation fields, linked people and credited sources):
speaker (``--speaker SURNAME``: every alias and role-linked quote), date range
(``--since D --until D+7``), full text (``--text WORD``: FTS5 / tsvector), full text
with a speaker, and ``presswatch search`` (quotes then articles).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, select

from presswatch.store import QuoteFilter, Store, bulk, schema
from presswatch.store.fixtures import annotated, interaction, person

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import Someone, sentences, synthetic_people

QUOTES_PER_ARTICLE = 10
BATCH = 1000
"""Articles written per transaction while building."""
MAX_PEOPLE = 20_000
"""Synthetic speakers at most: one per 50 quotes up to this many."""
VERBS = ("a déclaré", "a affirmé", "a estimé", "a averti", "a dénoncé", "a assuré", "a ajouté")
ROLES = ("le ministre des Affaires étrangères", "le porte-parole du gouvernement",
         "le président de la commission", "la secrétaire d'État", "le chef de la diplomatie")


def record(i: int, rng: random.Random, pool: list[Someone], said: list[str],
           start: date, days: int) -> tuple:
    """One synthetic annotated article of QUOTES_PER_ARTICLE quotes by 2 to 4 people."""
    cast = rng.sample(pool, rng.randint(2, 4))
    roles = {p.last: rng.choice(ROLES) for p in cast if rng.random() < 0.5}
    parts: list = []
    for _ in range(QUOTES_PER_ARTICLE):
        who = rng.choice(cast)
        text = rng.choice(said)
        parts += [f"{who.first} {who.last} {rng.choice(VERBS)} : « ",
                  (text, {"speaker": f"{who.first} {who.last}",
                          "act": rng.choice(("statement", "opinion", "warning"))}), " ». "]
    people = [person(f"{p.first} {p.last}", p.last,
                      roles=(roles[p.last],) if p.last in roles else (), gender=p.gender)
              for p in cast]
    meets = [interaction(rng.choice(("meeting", "talks", "phone_call")), None,
                         *(f"{p.first} {p.last}" for p in cast[:2]))] if rng.random() < 0.3 else []
    day = (start + timedelta(days=rng.randrange(days))).isoformat()
    return annotated(f"q-{i:07d}", date=day, outlet=f"Outlet {i % 97}",
                     url=f"https://bench.example/q/{i}", parts=parts, people=people,
                     interactions=meets)


def build(store: Store, quotes: int, *, seed: int, days: int, start: date) -> float:
    rng = random.Random(seed)
    people = min(max(200, quotes // 50), MAX_PEOPLE)
    pool = synthetic_people(people, rng, syllables=2 if people <= 5000 else 3)
    said = sentences()
    n = -(-quotes // QUOTES_PER_ARTICLE)
    started = time.perf_counter()
    for first in range(0, n, BATCH):
        batch = [record(i, rng, pool, said, start, days)
                 for i in range(first, min(n, first + BATCH))]
        bulk.add_articles(store.engine, batch, pipeline_version="bench")
        done = first + len(batch)
        if done % 10_000 == 0 or done == n:
            rate = done / (time.perf_counter() - started)
            print(f"  {done}/{n} articles ({rate:.0f}/s)", file=sys.stderr)
    written = time.perf_counter() - started
    started = time.perf_counter()
    summary = store.recompute()
    print(f"built {n} articles in {written:.1f} s ({n / written:.0f} articles/s); recompute "
          f"{time.perf_counter() - started:.1f} s: {summary.people} people, {summary.stories} "
          f"stories, {summary.events} events, {summary.variant_links} variant links")
    return written


def copy_rows(source: Store, target: Store, chunk: int = 5000) -> None:
    """Every row of ``source`` into the empty ``target`` (parents first), then each integer
    key's sequence set past the copied ids (PostgreSQL)."""
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    started = time.perf_counter()
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in tables:
            rows = src.execution_options(stream_results=True).execute(select(table))
            copied = 0
            while batch := rows.fetchmany(chunk):
                bulk.write_rows(dst, table, [dict(r._mapping) for r in batch])
                copied += len(batch)
            print(f"  {table.name}: {copied} rows ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
            keys = list(table.primary_key.columns)
            if dst.dialect.name == "postgresql" and len(keys) == 1 and isinstance(
                    keys[0].type, Integer) and copied:
                dst.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{keys[0].name}'), "
                    f"(SELECT max({keys[0].name}) FROM {table.name}))")
    target.analyze()


def timed(draw: Callable[[], object], run: Callable[[object], object], runs: int
          ) -> tuple[float, float, float, list[tuple[float, object]]]:
    """p50, p95 and max ms of ``runs`` calls of ``run`` on arguments from ``draw`` (drawn
    before the clock starts), and every (ms, argument), slowest first."""
    for _ in range(5):
        run(draw())  # warm the caches, as a running server would be
    timings = []
    for _ in range(runs):
        argument = draw()
        started = time.perf_counter()
        run(argument)
        timings.append(((time.perf_counter() - started) * 1000, argument))
    timings.sort(key=lambda t: t[0], reverse=True)
    times = sorted(t for t, _ in timings)
    return (statistics.median(times), times[int(0.95 * (len(times) - 1))], times[-1], timings)


def described(argument: object) -> str:
    """A drawn argument in a few words: a filter's set fields, or a search's words."""
    if isinstance(argument, QuoteFilter):
        return " ".join(f"{k}={v!r}" for k, v in vars_of(argument).items())
    return repr(argument)


def vars_of(f: QuoteFilter) -> dict[str, object]:
    return {k: getattr(f, k) for k in ("speaker", "text", "since", "until")
            if getattr(f, k)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--db", default="sqlite:////tmp/presswatch-query-bench.db")
    parser.add_argument("--runs", type=int, default=200, help="timed calls per query kind")
    parser.add_argument("--days", type=int, default=1095, help="dates spread over this many")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="delete a reused SQLite file")
    parser.add_argument("--copy-from", help="fill an empty store from this bench's store here")
    parser.add_argument("--slowest", type=int, default=0,
                        help="print the arguments of each kind's slowest calls (stderr)")
    parser.add_argument("--only", help="time only the query kinds starting with these "
                        "comma-separated words (speaker,date,full,search)")
    args = parser.parse_args(argv)
    start = date(2021, 1, 1)

    if args.rebuild and args.db.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(args.db.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    with Store(args.db) as store:
        have = store.counts()["quotes"]
        if have < args.quotes:
            if have:
                sys.exit(f"{args.db} has {have} quotes, fewer than --quotes: use --rebuild")
            if args.copy_from:
                with Store(args.copy_from, create=False) as source:
                    copy_rows(source, store)
            else:
                build(store, args.quotes, seed=args.seed, days=args.days, start=start)
        counts = store.counts()
        print(f"store {args.db}: {counts['quotes']} quotes, {counts['articles']} articles, "
              f"{counts['people']} people")

        rng = random.Random(args.seed + 1)
        surnames = [p["name"].split()[-1] for p in store.people(limit=2000).rows]
        words = sorted({w for s in sentences() for w in re.findall(r"\w{6,}", s.lower())})

        def day() -> date:
            return start + timedelta(days=rng.randrange(args.days))

        def week() -> QuoteFilter:
            d = day()
            return QuoteFilter(since=d.isoformat(), until=(d + timedelta(days=7)).isoformat())

        listed = lambda f: store.quotes(f)  # noqa: E731
        kinds: dict[str, tuple[Callable[[], object], Callable[[Any], object]]] = {
            "speaker": (lambda: QuoteFilter(speaker=rng.choice(surnames)), listed),
            "date range (7 days)": (week, listed),
            "full text (1 word)": (lambda: QuoteFilter(text=rng.choice(words)), listed),
            "full text (2 words)": (lambda: QuoteFilter(text=" ".join(rng.sample(words, 2))),
                                    listed),
            "full text + speaker": (lambda: QuoteFilter(text=rng.choice(words),
                                                        speaker=rng.choice(surnames)), listed),
            "search (quotes + articles)": (lambda: rng.choice(words), store.search),
        }
        print(f"{'query':28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   ({args.runs} runs, "
              "limit 100)")
        only = tuple(args.only.split(",")) if args.only else ("",)
        slowest = []
        for name, (draw, run) in kinds.items():
            if not name.startswith(only):
                continue
            p50, p95, worst, timings = timed(draw, run, args.runs)
            print(f"{name:28} {p50:8.1f} {p95:8.1f} {worst:8.1f}")
            slowest += [(name, ms, arg) for ms, arg in timings[:args.slowest]]
        for name, ms, arg in slowest:  # the draws that make the 95th percentile
            print(f"  slow: {name:26} {ms:8.1f} ms  {described(arg)}", file=sys.stderr)


if __name__ == "__main__":
    main()
