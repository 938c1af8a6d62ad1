"""Ingest throughput and peak memory at 1 and 2 workers, on a corpus of distinct articles.

    python bench/ingest_bench.py                                # 10,000 articles, md model
    python bench/ingest_bench.py --n 1000 --model fr_core_news_sm --workers 1 2
    python bench/ingest_bench.py --corpus /tmp/corpus.jsonl --n 1000

The corpus comes from ``bench/make_corpus.py`` (built on the fly when ``--corpus`` is not
given). Each ``--workers`` value runs in its own process, on a fresh SQLite database in a
temporary folder, exactly as ``presswatch ingest`` does (skip what is stored, one
transaction per article, then one recompute of people, stories, events and variants).
Reported per run: articles stored, ingest docs/s (model loading excluded), the recompute
time, and the peak RSS of the parent and of its largest worker (``getrusage`` high-water
marks), plus the RSS of the parent and of each worker sampled at each tenth of the run: flat
columns are bounded memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent


def _rss_mib(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:  # a worker that just ended
        pass
    return float("nan")


def _workers_rss() -> list[int]:
    """RSS of this process's live spaCy workers (``nlp.pipe(n_process=...)`` children)."""
    import multiprocessing

    return [round(r) for p in multiprocessing.active_children()
            if (r := _rss_mib(p.pid)) == r]


class _Quiet:
    """A Reporter that counts and samples memory instead of drawing a progress bar."""

    def __init__(self, n: int) -> None:
        self.done_count = 0
        self.errors = 0
        self.every = max(1, n // 10)
        self.samples: list[tuple[int, float, list[int]]] = []

    def error(self, message: str) -> None:
        self.errors += 1

    def warning(self, message: str) -> None:
        pass

    def done(self, record: dict[str, Any]) -> None:
        self.done_count += 1
        if self.done_count % self.every == 0:
            self.samples.append((self.done_count, round(_rss_mib()), _workers_rss()))

    def skipped(self, article: Any, completed: tuple[str, ...] = ()) -> None:
        pass


def child(corpus: str, workers: int, model: str, batch_size: int) -> dict[str, Any]:
    """One measured ingest (runs in its own process: its rusage is its own)."""
    import presswatch
    from presswatch.annotate import Options
    from presswatch.ingest import ingest
    from presswatch.store import Store

    with open(corpus, encoding="utf-8") as fh:
        n = sum(1 for _ in fh)
    nlp = presswatch.load(model)
    nlp(presswatch.make_doc(nlp, "« Échauffement », a-t-il dit."))
    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/bench.db") as store:
        report = _Quiet(n)
        started = time.perf_counter()
        counts = ingest(store, [corpus], nlp, report,
                        Options(n_process=workers, batch_size=batch_size))
        ingest_s = time.perf_counter() - started
        started = time.perf_counter()
        summary = store.recompute()
        recompute_s = time.perf_counter() - started
        size_mib = (Path(tmp) / "bench.db").stat().st_size / 2**20
    return {"workers": workers, "stored": counts.stored, "quotes": counts.quotes,
            "errors": counts.errors, "ingest_s": ingest_s, "docs_per_s": counts.stored / ingest_s,
            "recompute_s": recompute_s, "people": summary.people, "stories": summary.stories,
            "events": summary.events, "variant_links": summary.variant_links,
            "db_mib": size_mib,
            "peak_parent_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_child_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "rss_samples": report.samples}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to ingest")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--corpus", help="a make_corpus.py JSON Lines file (first --n used)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.corpus, args.workers[0], args.model, args.batch_size)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        if args.corpus:
            with open(args.corpus, encoding="utf-8") as src, corpus.open("w") as dst:
                for i, line in enumerate(src):
                    if i >= args.n:
                        break
                    dst.write(line)
        else:
            subprocess.run([sys.executable, str(BENCH / "make_corpus.py"), "--n", str(args.n),
                            "--out", str(corpus)], check=True)
        n = sum(1 for _ in corpus.open(encoding="utf-8"))
        chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8"))
        print(f"{n} distinct articles ({chars / n:.0f} chars on average), model {args.model}, "
              f"batch size {args.batch_size}")
        for workers in args.workers:
            out = subprocess.run(
                [sys.executable, __file__, "--child", "--corpus", str(corpus), "--workers",
                 str(workers), "--model", args.model, "--batch-size", str(args.batch_size)],
                check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"workers {r['workers']}: {r['stored']} stored ({r['quotes']} quotes, "
                  f"{r['errors']} errors) in {r['ingest_s']:.1f} s = {r['docs_per_s']:.2f} "
                  f"docs/s; recompute {r['recompute_s']:.1f} s ({r['people']} people, "
                  f"{r['stories']} stories, {r['events']} events, {r['variant_links']} "
                  f"variant links); database {r['db_mib']:.0f} MiB; peak RSS parent "
                  f"{r['peak_parent_mib']:.0f} MiB, largest child {r['peak_child_mib']:.0f} MiB")
            print("  RSS (MiB) by articles done, parent [workers]: " + ", ".join(
                f"{k}: {v} {w}" for k, v, w in r["rss_samples"]))


if __name__ == "__main__":
    main()
