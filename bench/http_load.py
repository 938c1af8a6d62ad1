"""HTTP load run of the web API on a SQLite store of at least 100,000 quotes (issue 4).

Builds the store once (synthetic annotated articles written through the Store's own write
API, no spaCy; seeded, so every run measures the same data), starts ``presswatch serve``
in a child process on a free loopback port, then:

1. ``/api/quotes?speaker=…`` with 50 concurrent clients for 30 s (closed loop: each client
   sends its next request when the previous one is answered);
2. ``/api/search?q=…`` at a fixed arrival rate of 50 requests/s for 30 s (open loop:
   latency counts from the scheduled send time, so a slow server cannot hide its backlog).

Prints p50/p95/p99 latency, throughput and error counts, and whether the issue's targets
(p95 < 100 ms and < 200 ms, zero errors) are met. Loopback only; every loop is bounded by
its duration and request counts.

    .venv/bin/python bench/http_load.py [--db /tmp/presswatch-load.db] [--duration 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from presswatch.reading import Article
from presswatch.store import Store
from presswatch.web.server import free_port

SEED = 20240601
OUTLETS = ("Le Quotidien", "La Gazette", "Le Soir", "L'Écho", "Le Matin", "La Dépêche",
           "Le Courrier", "L'Observateur")
FIRST = ("Jean", "Marie", "Pierre", "Sophie", "Luc", "Claire", "Paul", "Anne", "Marc",
         "Julie", "Louis", "Emma", "Hugo", "Léa", "Nicolas", "Camille", "Sergueï", "Olga",
         "Antony", "Marco")
LAST = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
        "Bertrand", "Roux", "Vincent", "Fournier", "Lavrov", "Blinken", "Rubio", "Morel",
        "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet")
ROLES = ("le ministre des Affaires étrangères", "la porte-parole du gouvernement",
         "le président du Sénat", "la maire de la ville", "le secrétaire général",
         "le chef de la diplomatie", "la présidente de la région", "le député")
WORDS = ("sécurité", "guerre", "paix", "accord", "négociations", "sanctions", "économie",
         "énergie", "frontière", "dialogue", "réforme", "budget", "santé", "école",
         "climat", "élection", "justice", "police", "entreprises", "emploi", "prix",
         "inflation", "agriculture", "transport", "logement", "retraites", "Europe",
         "OTAN", "Russie", "Ukraine", "alliés", "menace", "soutien", "coopération",
         "crise", "solution", "confiance", "responsabilité", "avenir", "population")
ACTS = ("statement", "opinion", "announcement", "accusation", "criticism", "denial",
        "demand", "warning", "promise", "appeal")
QUOTES_PER_ARTICLE = 10

KEEPALIVE = 2.0
"""Seconds the client keeps an idle connection: below uvicorn's 5 s, so the client never
reuses one the server is closing (that race would count as a server error)."""

QUOTES_P95_MS, SEARCH_P95_MS = 100.0, 200.0
"""The issue's targets: p95 of the speaker query under 50 clients, of search at 50 req/s."""


# ---- building the store ------------------------------------------------------------------


def _people(rng: random.Random, n: int = 400) -> list[tuple[str, str]]:
    names = sorted({f"{f} {last}" for f in FIRST for last in LAST})
    rng.shuffle(names)
    return [(name, rng.choice(ROLES)) for name in names[:n]]


def _article(i: int, rng: random.Random,
             people: list[tuple[str, str]]) -> tuple[Article, dict[str, Any]]:
    """One synthetic annotated article whose quote offsets index its text."""
    cast = rng.sample(people, 4)
    text, quotes = f"Article {i}. ", []
    for q in range(QUOTES_PER_ARTICLE):
        name, role = cast[q % len(cast)]
        said = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
        head = f"{role.capitalize()} {name} a déclaré : « "
        start = len(text) + len(head)
        text += head + said + " ». "
        quotes.append({"id": f"q{q + 1}", "start": start, "end": start + len(said),
                       "text": said, "type": "direct", "speaker": name,
                       "act": rng.choice(ACTS), "cue": None, "cue_start": None,
                       "cue_end": None, "mention": name, "addressee": None, "said_on": None,
                       "said_at": None, "parent": None, "confidence": 0.9,
                       "in_boilerplate": False})
    day = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    outlet = OUTLETS[i % len(OUTLETS)]
    article = Article(id=f"load-{i}", text=text, url=f"https://load.example/{i}", date=day,
                      outlet=outlet, source=f"bench/{i}")
    record = {"id": article.id, "url": article.url, "date": day, "outlet": outlet,
              "title": f"Article {i}", "story": None, "quotes": quotes, "boilerplate": [],
              "people": [{"name": n, "gender": "m", "names": [n, n.split()[-1]],
                          "roles": [r], "mentions": [0]} for n, r in cast],
              "interactions": []}  # not what this run measures
    return article, record


def build_store(path: Path, quotes: int) -> None:
    """Write ``quotes`` synthetic quotes (in articles of ten) to a new SQLite file."""
    rng = random.Random(SEED)
    people = _people(rng)
    started = time.perf_counter()
    with Store(f"sqlite:///{path}") as store:
        for i in range(-(-quotes // QUOTES_PER_ARTICLE)):
            store.add_article(*_article(i, rng, people), pipeline_version="load")
        written = time.perf_counter()
        summary = store.recompute()
        print(f"built {path}: {store.counts()} in {written - started:.0f} s "
              f"+ recompute {time.perf_counter() - written:.0f} s ({summary.people} people)",
              file=sys.stderr)


# ---- the server ----------------------------------------------------------------------------


def start_server(db: Path, port: int) -> subprocess.Popen:
    """``presswatch serve`` in a child process; returns once it answers."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "from presswatch.cli import main; main()", "serve", "--db",
         str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PRESSWATCH_TOKEN": ""})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise RuntimeError("presswatch serve exited before answering")
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("presswatch serve did not answer within 60 s")


# ---- the load --------------------------------------------------------------------------------


@dataclass(slots=True)
class Result:
    """Latencies (seconds) of answered requests and counts of failed ones."""

    name: str
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0

    def fail(self, why: str) -> None:
        self.errors[why] = self.errors.get(why, 0) + 1

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        if len(self.latencies) == 1:
            return self.latencies[0] * 1000
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[int(p) - 1] * 1000

    def report(self, target_ms: float) -> bool:
        n, errs = len(self.latencies), sum(self.errors.values())
        ok = errs == 0 and self.pct(95) < target_ms
        print(f"{self.name}: {n} ok, {errs} errors {self.errors or ''}, "
              f"{n / self.elapsed:.0f} req/s; latency p50 {self.pct(50):.1f} ms, "
              f"p95 {self.pct(95):.1f} ms, p99 {self.pct(99):.1f} ms, "
              f"max {max(self.latencies, default=0) * 1000:.1f} ms "
              f"— target p95 < {target_ms:.0f} ms, 0 errors: {'met' if ok else 'MISSED'}")
        return ok


async def _get(client: httpx.AsyncClient, url: str, result: Result, since: float) -> None:
    try:
        response = await client.get(url)
    except httpx.HTTPError as err:
        result.fail(type(err).__name__)
        return
    if response.status_code != 200:
        result.fail(str(response.status_code))
        return
    result.latencies.append(time.perf_counter() - since)


async def closed_loop(base: str, paths: list[str], clients: int, duration: float) -> Result:
    """``clients`` concurrent clients, each sending its next request on each answer."""
    result = Result(f"/api/quotes?speaker=… with {clients} clients")
    rng = random.Random(SEED)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients,
                          keepalive_expiry=KEEPALIVE)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        stop = time.perf_counter() + duration

        async def one_client() -> None:
            while time.perf_counter() < stop:
                await _get(client, rng.choice(paths), result, time.perf_counter())

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        result.elapsed = time.perf_counter() - started
    return result


async def open_loop(base: str, paths: list[str], rate: float, duration: float,
                    max_in_flight: int = 500) -> Result:
    """Requests sent at ``rate`` per second whatever the answers; latency counts from the
    scheduled send time. More than ``max_in_flight`` outstanding requests count as errors."""
    result = Result(f"/api/search?q=… at {rate:.0f} req/s")
    rng = random.Random(SEED + 1)
    limits = httpx.Limits(max_connections=max_in_flight, keepalive_expiry=KEEPALIVE)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        tasks: set[asyncio.Task] = set()
        started = time.perf_counter()
        for i in range(int(rate * duration)):
            due = started + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            if len(tasks) >= max_in_flight:
                result.fail("backlog")
                continue
            task = asyncio.create_task(_get(client, rng.choice(paths), result, due))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)
        result.elapsed = time.perf_counter() - started
    return result


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the store, run both loads, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path,
                        default=Path(tempfile.gettempdir()) / "presswatch-load.db",
                        help="SQLite store to load (built there first when missing)")
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per phase")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rate", type=float, default=50.0)
    args = parser.parse_args(argv)
    if not args.db.exists():
        build_store(args.db, args.quotes)
    rng = random.Random(SEED)
    speakers = [f"/api/quotes?speaker={name}" for name in rng.sample(
        [*LAST, *(f"{f} {last}" for f in FIRST[:5] for last in LAST[:5])], 30)]
    searches = [f"/api/search?q={rng.choice(WORDS)}+{rng.choice(WORDS)}" for _ in range(50)]
    port = free_port()
    server = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        quotes = asyncio.run(closed_loop(base, speakers, args.clients, args.duration))
        search = asyncio.run(open_loop(base, searches, args.rate, args.duration))
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"store {args.db} ({args.db.stat().st_size / 1e6:.0f} MB), server on 127.0.0.1, "
          f"{os.cpu_count()} CPUs")
    met = quotes.report(QUOTES_P95_MS) & search.report(SEARCH_P95_MS)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
