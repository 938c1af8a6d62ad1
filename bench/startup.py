"""Start-up time of the ``presswatch`` command: ``--help`` and a query on a small store.

    python bench/startup.py                # 15 runs of each, a fixture store in /tmp
    python bench/startup.py --runs 30

Each run is a fresh process (``python -m presswatch …``, as a shell starts the command),
timed from spawn to exit, wall clock and CPU time (user + system: what the start costs when
other jobs share the cores); the store is the deterministic fixture store
(:mod:`presswatch.store.fixtures`), built once without spaCy. Also checks that neither
command imported spaCy or pyarrow (``-X importtime``). Prints the median and the slowest run
of each, the key line last.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from presswatch.store import Store
from presswatch.store.fixtures import populate

HEAVY = ("spacy", "pyarrow", "thinc", "torch")


def timed(args: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of ``runs`` fresh runs of
    ``python -m presswatch ARGS``. On a machine other jobs share, the wall clock waits for
    a core; the CPU time is what the start costs."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "presswatch", *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def heavy_imports(args: list[str]) -> list[str]:
    """Which of :data:`HEAVY` one run of the command imports."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "presswatch", *args],
                            capture_output=True, text=True, check=True)
    found = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in
             result.stderr.splitlines() if line.startswith("import time:")}
    return sorted(found & set(HEAVY))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp, "startup.db"))
        with Store(db) as store:
            populate(store)
            store.recompute()
        commands = {"--help": ["--help"], "quotes": ["quotes", "--db", db, "--speaker", "a"]}
        results = {}
        for name, command in commands.items():
            timed(command, 1)  # warm the file cache
            walls, cpus = timed(command, args.runs)
            results[name] = (statistics.median(walls), statistics.median(cpus),
                             heavy_imports(command))
    for name, (wall, cpu, heavy) in results.items():
        print(f"{name}: median wall {wall:.3f} s, CPU {cpu:.3f} s over {args.runs} runs; "
              f"heavy imports: {', '.join(heavy) or 'none'}")
    print("presswatch start-up (median wall / CPU): --help {:.3f} / {:.3f} s, "
          "quotes --db {:.3f} / {:.3f} s".format(*results["--help"][:2],
                                                 *results["quotes"][:2]))


if __name__ == "__main__":
    main()
