"""The reader's reliability figures for README: hostile batches read and stored, judged.

    python bench/reliability.py                       # 520 batches of 4 files, seed 13
    python bench/reliability.py --batches 2000 --seed 7

Each batch is a folder of good articles (UTF-8 with or without BOM, UTF-16/UTF-32 with a
BOM; .txt, .json, .jsonl with lone surrogates, duplicate ids and junk lines between good
ones) and hostile files (random bytes, a NUL past the first 8 KiB, binary signatures),
under names that may not be UTF-8 or may hold a newline. Each is read with
``iter_articles`` (as ``presswatch ingest`` reads a folder), what was read is stored in a
fresh SQLite store and read back, and the oracle of
:mod:`presswatch.reading.robustness` (the one ``tests/test_reading_properties.py`` runs
under Hypothesis) counts: crashes (an exception escaping the reader or the store), good
articles lost (missing, or a text different from the one written, or reading back
differently), and bad output (anything not valid UTF-8, an error over more than one line,
a NUL in a text). Prints one Markdown table row, as README's reliability section shows.
"""

from __future__ import annotations

import argparse
import random
import time

from presswatch.reading.robustness import Verdict, make_batch, run_batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, default=520, help="Batches to read")
    parser.add_argument("--files", type=int, default=4, help="Files per batch")
    parser.add_argument("--seed", type=int, default=13, help="Seed of the generator")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    total = Verdict()
    started = time.perf_counter()
    for _ in range(args.batches):
        total.add(run_batch(make_batch(rng, args.files)))
    seconds = time.perf_counter() - started
    print("| inputs tried (files) | good articles in them | crashes | good articles lost "
          "| bad output | seconds |")
    print("|---|---|---|---|---|---|")
    print(f"| {total.inputs} | {total.good} | {total.crashes} | {total.lost} "
          f"| {total.bad_output} | {seconds:.0f} |")
    for problem in total.problems[:20]:
        print(f"problem: {problem}")


if __name__ == "__main__":
    main()
