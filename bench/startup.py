"""Start-up time of the ``presswatch`` command: ``--help`` and a query on a small store.

    python bench/startup.py                # 15 runs of each, a fixture store in /tmp
    python bench/startup.py --runs 30

Each run is a fresh process (``python -m presswatch …``, as a shell starts the command),
timed from spawn to exit; the store is the deterministic fixture store
(:mod:`presswatch.store.fixtures`), built once without spaCy. Also checks that neither
command imported spaCy or pyarrow (``-X importtime``). Prints the median and the slowest run
of each, the key line last.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from presswatch.store import Store
from presswatch.store.fixtures import populate

HEAVY = ("spacy", "pyarrow", "thinc", "torch")


def timed(args: list[str], runs: int) -> list[float]:
    """Wall-clock seconds of ``runs`` fresh runs of ``python -m presswatch ARGS``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "presswatch", *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return times


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
            times = timed(command, args.runs)
            results[name] = (statistics.median(times), max(times), heavy_imports(command))
    for name, (median, slowest, heavy) in results.items():
        print(f"{name}: median {median:.3f} s, slowest {slowest:.3f} s over {args.runs} runs; "
              f"heavy imports: {', '.join(heavy) or 'none'}")
    print("presswatch start-up: --help median {:.3f} s, quotes --db median {:.3f} s".format(
        results["--help"][0], results["quotes"][0]))


if __name__ == "__main__":
    main()
