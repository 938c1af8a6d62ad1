"""Time of the browse pages on a large store: what a /quotes page with its facets costs.

Builds (once) the synthetic store of ``bench/http_load.py`` (seeded articles of ten
quotes, written through the Store, no spaCy), then asks each path in process (FastAPI's
test client, no network) ``--rounds`` times after one warm-up and prints the median and
the slowest answer per path, and last the slowest median of all.

    .venv/bin/python bench/browse_pages.py [--db /tmp/presswatch-browse.db] [--quotes 100000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from http_load import build_store

from presswatch.web import create_app

PATHS = ("/quotes", "/quotes?act=accusation", "/quotes?speaker={speaker}",
         "/quotes?since=2021&until=2021&sort=newest", "/quotes?q=accord",
         "/articles", "/articles?outlet=Le", "/people", "/stories", "/search?q=accord",
         "/api/quotes?format=csv&limit=500", "/api/quotes/facets")


def main(argv: list[str] | None = None) -> int:
    """Print the timings; exit 0 (a measurement, not a check)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/presswatch-browse.db"))
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.db.exists():
        build_store(args.db, args.quotes)
    with TestClient(create_app(f"sqlite:///{args.db}")) as client:
        counts = client.get("/api").json()["counts"]
        speaker = client.get("/api/people?limit=1").json()["items"][0]["name"]
        medians = {}
        for template in PATHS:
            path = template.format(speaker=speaker)
            assert client.get(path).status_code == 200, path  # warm-up
            took = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                response = client.get(path)
                took.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, path
            medians[path] = statistics.median(took)
            print(f"{path:48} median {medians[path]:7.1f} ms  max {max(took):7.1f} ms")
    worst = max(medians, key=medians.get)
    print(f"browse pages on {counts['quotes']} quotes: slowest median {medians[worst]:.0f} ms "
          f"({worst})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
