"""Annotation throughput on 1 and 2 local processes and on a Dask cluster of 1 and 2 workers.

    python bench/scaling.py                     # ../shared/corpus/articles.jsonl, 600 docs
    python bench/scaling.py --n 1200 --partition-size 16 --model fr_core_news_sm

Annotation only: the records come back to this process and are dropped (nothing is
written), and loading the model is kept out of the timing: each process or worker loads
it and annotates four articles before the clock starts. Most of spaCy's extra cost on a
text's first sight was its lemmatizer scanning lists for every unseen word, which the
pipeline no longer pays (``components/lemmas.py``), so one process and two now start
about equal although two processes each meet nearly every text of the cycled corpus for
the first time (``--warm``: every process first annotates every distinct article, what
a long run settles to). The same articles (the corpus cycled to ``--n``, at least
600) go through:

- ``local_1``: :func:`presswatch.annotate.annotate_stream` in this process;
- ``local_2``: two processes, each holding the pipeline, fed partitions of
  ``--partition-size`` articles as the Dask run cuts them (:func:`presswatch.cluster.partitions`:
  the last ones smaller), the local twin of the Dask run;
- ``dask_1``, ``dask_2``: :class:`presswatch.cluster.Cluster` on a
  ``distributed.LocalCluster`` of 1 and 2 single-threaded worker processes (the path of
  ``annotate --dask``, records in input order).

Prints docs/s for each with the CPU seconds of this process meanwhile (with Dask, the
client, its in-process scheduler and the workers' nannies), and each worker's CPU seconds
(``local_2``: annotating; Dask: the whole worker process, event loop included): the
parent's share and the workers' balance, which other jobs on the machine barely move;
then the machine's load average, then
``speedup_local_2: local_2 / local_1`` and ``speedup_dask_2: dask_2 / dask_1`` last.
``--only ceiling`` measures what bounds both: two processes each annotating every article
at once, sharing nothing (``ceiling_2``: their combined rate over one process's).
On a machine other jobs share, speedups are low: note the load average with the figures.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing as mp
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from presswatch.annotate import Options, annotate_stream
from presswatch.cluster import partitions
from presswatch.pipeline import DEFAULT_MODEL, load
from presswatch.reading import Article, ReadError, iter_articles
from presswatch.settings import SETTINGS

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"
MIN_DOCS = 600
WARM_UP = 4
"""By default: the articles each process annotates before timing (first calls allocate
and cache)."""


class Quiet:
    """A report that counts errors (none are expected on the corpus)."""

    errors = 0

    def error(self, message: str) -> None:
        self.errors += 1
        print(f"error: {message}", file=sys.stderr)

    def warning(self, message: str) -> None:
        pass


_warm_count = WARM_UP
"""How many of the articles each process annotates before the clock starts (set by main)."""


def distinct_count(path: Path) -> int:
    """How many readable articles the input holds: the cycled list repeats after them."""
    return sum(1 for a in iter_articles([str(path)]) if not isinstance(a, ReadError))


def load_articles(path: Path, n: int) -> list[Article]:
    """The articles of ``path`` cycled to ``n`` (each copy its own id)."""
    source = [a for a in iter_articles([str(path)]) if not isinstance(a, ReadError)]
    if not source:
        sys.exit(f"no articles in {path}")
    cycled = itertools.islice(itertools.cycle(source), n)
    return [replace(a, id=f"{a.id}~{i}") for i, a in enumerate(cycled)]


def timed(label: str, run: Any, n: int, workers_cpu: dict[int, float] | None = None) -> float:
    """Run and print docs/s, with this process's CPU seconds meanwhile and, when the
    workers report theirs (``workers_cpu``), their CPU seconds spent annotating: figures
    that other jobs on the machine move far less than the wall clock."""
    started, cpu = time.perf_counter(), time.process_time()
    done = run()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if done != n:
        sys.exit(f"{label}: {done} records for {n} articles")
    rate = n / seconds
    each = " + ".join(f"{c:.1f}" for c in (workers_cpu or {}).values())
    workers = f", workers {sum(workers_cpu.values()):.1f} s ({each})" if workers_cpu else ""
    print(f"{label:8} {n:5d} docs {seconds:8.1f} s {rate:8.2f} docs/s   CPU: this process "
          f"{cpu:.1f} s{workers}; load average {os.getloadavg()[0]:.1f}", flush=True)
    return rate


# ---- local processes ---------------------------------------------------------------------

_nlp = None


def _start_process(model: str, warm: list[Article], ready: Any) -> None:
    global _nlp
    _nlp = load(model)
    for _ in annotate_stream(warm, _nlp, Quiet()):
        pass
    ready.wait()  # every process is warm before the parent starts the clock


def _annotate_part(part: list[Article]) -> tuple[int, float, list[dict]]:
    """The records of one partition, with this worker's pid and CPU seconds for them."""
    cpu = time.process_time()
    records = [record for _article, record in annotate_stream(part, _nlp, Quiet())]
    return os.getpid(), time.process_time() - cpu, records


def local_rate(articles: list[Article], model: str, processes: int, size: int) -> float:
    warm = articles[:_warm_count]
    if processes == 1:
        nlp = load(model)
        for _ in annotate_stream(warm, nlp, Quiet()):
            pass
        return timed("local_1", lambda: sum(1 for _ in annotate_stream(articles, nlp, Quiet())),
                     len(articles))
    context = mp.get_context("spawn")  # a clean process each, as a worker would be
    ready = context.Barrier(processes + 1)
    cpu_of: dict[int, float] = {}

    def run() -> int:
        done = 0
        for pid, cpu, records in pool.imap(_annotate_part, partitions(articles, size)):
            cpu_of[pid] = cpu_of.get(pid, 0.0) + cpu
            done += len(records)
        return done

    with context.Pool(processes, _start_process, (model, warm, ready)) as pool:
        ready.wait()
        return timed(f"local_{processes}", run, len(articles), cpu_of)


def _annotate_all(articles: list[Article]) -> tuple[int, float, int]:
    """In a worker: annotate every article of the list; its pid, CPU seconds and count."""
    cpu = time.process_time()
    done = sum(1 for _ in annotate_stream(articles, _nlp, Quiet()))
    return os.getpid(), time.process_time() - cpu, done


def ceiling_rate(articles: list[Article], model: str) -> float:
    """Two processes that each annotate ALL the articles at once, sharing nothing: no
    partitioning, no transport, no parent work. Their combined rate over one process's
    is the most any split of the work into two can reach on this machine: what the
    hardware gives when both CPUs are busy."""
    context = mp.get_context("spawn")
    ready = context.Barrier(3)
    cpu_of: dict[int, float] = {}

    def run() -> int:
        done = 0
        for pid, cpu, count in pool.map(_annotate_all, [articles, articles], chunksize=1):
            cpu_of[pid] = cpu
            done += count
        return done

    with context.Pool(2, _start_process, (model, articles[:_warm_count], ready)) as pool:
        ready.wait()
        return timed("both", run, 2 * len(articles), cpu_of)


# ---- Dask --------------------------------------------------------------------------------


def _warm_worker(plugin: str, warm: list[Article], dask_worker: Any = None) -> int:
    loaded = dask_worker.plugins[plugin]
    with loaded.lock:
        return sum(1 for _ in annotate_stream(warm, loaded.nlp, Quiet()))


def _process_cpu() -> tuple[int, float]:
    """A worker process's pid and CPU seconds so far (all its threads: the task's and the
    event loop's)."""
    return os.getpid(), time.process_time()


def dask_rate(articles: list[Article], model: str, workers: int, size: int) -> float:
    from distributed import LocalCluster

    from presswatch.cluster import connect

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, host="127.0.0.1") as local, \
            connect(local.scheduler_address, model, Options(partition_size=size)) as cluster:
        cluster.client.run(_warm_worker, cluster.plugin, articles[:_warm_count])
        cpu_of: dict[int, float] = {}

        def run() -> int:
            before = dict(cluster.client.run(_process_cpu).values())
            done = sum(1 for _ in cluster.annotate(articles, Quiet()))
            for pid, cpu in cluster.client.run(_process_cpu).values():
                cpu_of[pid] = cpu - before.get(pid, cpu)
            return done

        return timed(f"dask_{workers}", run, len(articles), cpu_of)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, default=CORPUS)
    parser.add_argument("--n", type=int, default=MIN_DOCS)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--partition-size", type=int,
                        default=SETTINGS["partition_size"].default)
    parser.add_argument("--warm", action="store_true",
                        help=f"warm each process on every distinct article, not on {WARM_UP} "
                        "only (each process then meets no text for the first time)")
    parser.add_argument("--only", choices=["local", "dask", "ceiling"],
                        help="run one pair of measurements (its speedup line only); "
                        "ceiling: one process, then two processes each annotating all "
                        "the articles at once (`ceiling_2`: the most two can give here)")
    args = parser.parse_args()
    articles = load_articles(args.input, args.n)  # the figures: at least MIN_DOCS
    global _warm_count
    # Warmed on every distinct article, a process meets no text for the first time: what a
    # long run settles to (docs/performance.md, the fifteenth and sixteenth sessions).
    _warm_count = min(len(articles), distinct_count(args.input)) if args.warm else WARM_UP
    print(f"{len(articles)} articles from {args.input}, model {args.model}, partitions of "
          f"{args.partition_size}; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs", flush=True)
    rates = {}
    if args.only == "ceiling":
        alone = local_rate(articles, args.model, 1, args.partition_size)
        both = ceiling_rate(articles, args.model)
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        print(f"ceiling_2: {both / alone:.2f}")
        return
    if args.only != "dask":
        rates |= {f"local_{k}": local_rate(articles, args.model, k, args.partition_size)
                  for k in (1, 2)}
    if args.only != "local":
        rates |= {f"dask_{k}": dask_rate(articles, args.model, k, args.partition_size)
                  for k in (1, 2)}
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    for kind in ("local", "dask"):
        if f"{kind}_2" in rates:
            print(f"speedup_{kind}_2: {rates[f'{kind}_2'] / rates[f'{kind}_1']:.2f}")


if __name__ == "__main__":
    main()
