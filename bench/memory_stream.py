"""Stream many distinct articles through `presswatch.annotate.annotate_articles` and sample RSS.

    python bench/memory_stream.py                    # 5000 articles, one process
    python bench/memory_stream.py --n 5000 --n-process 2 --every 500

Articles are recombined paragraphs of examples/*.txt with every number changed, so no two
are alike (the string store and caches see new material all along). Every `--every` docs it
prints the parent's VmRSS and each worker's (from /proc/<pid>/status): flat columns mean
memory does not grow with the stream.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import resource
import time
from collections.abc import Iterator
from pathlib import Path

import presswatch
from presswatch.annotate import annotate_articles
from presswatch.reading import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NUMBER = re.compile(r"\d+")


def paragraphs() -> list[str]:
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        out += [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
                if p.strip()]
    return out


def articles(n: int, seed: int) -> Iterator[Article]:
    """`n` articles of 3 to 8 paragraphs drawn from the examples, numbers rewritten."""
    rng = random.Random(seed)
    pool = paragraphs()

    def renumber(m: re.Match[str]) -> str:
        digits = len(m.group())
        return str(rng.randrange(10 ** (digits - 1) if digits > 1 else 0, 10 ** digits))

    for k in range(n):
        chosen = rng.sample(pool, k=min(len(pool), rng.randint(3, 8)))
        text = "\n\n".join(NUMBER.sub(renumber, p) for p in chosen)
        day = 1 + k % 28
        yield Article(id=f"a{k}", text=text, date=f"2025-02-{day:02d}", source="generated")


def vm_rss_mb(pid: int | str = "self") -> float | None:
    """VmRSS of a process in MiB, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def sample(done: int, start: float) -> str:
    children = [vm_rss_mb(p.pid) for p in multiprocessing.active_children()]
    kids = " ".join(f"{c:7.0f}" for c in children if c is not None) or "-"
    return (f"{done:7d} docs {time.perf_counter() - start:8.1f} s  parent {vm_rss_mb():7.0f} "
            f"MiB  children [{kids}] MiB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=presswatch.DEFAULT_MODEL)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--every", type=int, default=500, help="sample RSS every N docs")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    nlp = presswatch.load(args.model)
    print(f"model {args.model}, {args.n} articles, n_process {args.n_process}, "
          f"batch_size {args.batch_size}; after load: parent {vm_rss_mb():.0f} MiB")
    start = time.perf_counter()
    done = quotes = 0
    for record in annotate_articles(articles(args.n, args.seed), nlp=nlp,
                                    n_process=args.n_process, batch_size=args.batch_size):
        done += 1
        quotes += len(record["quotes"])
        if done % args.every == 0:
            print(sample(done, start), flush=True)
    elapsed = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"done: {done} docs, {quotes} quotes, {elapsed:.1f} s ({done / elapsed:.1f} docs/s); "
          f"peak RSS parent {own:.0f} MiB, largest child {children:.0f} MiB")


if __name__ == "__main__":
    main()
