"""Throughput of the bare spaCy model against the full presswatch pipeline, on the same texts.

    python bench/throughput.py                       # examples/*.txt repeated to 200 docs
    python bench/throughput.py --n 100 --n-process 2 --batch-size 16
    python bench/throughput.py --input articles.jsonl --phase full
    python bench/throughput.py --n 100 --phase all    # + presswatch's model part alone

Prints docs/s and tokens/s for (a) `spacy.load(model)` + `nlp.pipe(texts)` and (b)
`presswatch.load(model)` + `presswatch.annotate.annotate_articles(...)` (records out), the
CPU seconds of this process in each phase and `cpu_ratio: bare CPU s / full CPU s` (with
one process, a figure that other sessions' load on the machine barely moves), then
`ratio: full docs/s / bare docs/s`, and the peak
RSS of this process and of its largest child (`getrusage`, a high-water mark: with
`--phase both` the full phase's parent figure includes the bare phase's model).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import resource
import sys
import time
from pathlib import Path

import spacy

import presswatch
from presswatch.annotate import annotate_articles
from presswatch.reading import Article, ReadError, iter_articles

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def load_articles(input_path: str | None, n: int) -> list[Article]:
    """`n` articles: from `input_path` (any format `presswatch` reads), or the examples
    repeated; either way cycled to exactly `n` when `n` is given."""
    if input_path:
        source = [a for a in iter_articles([input_path]) if not isinstance(a, ReadError)]
    else:
        source = [Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=str(p))
                  for p in sorted(EXAMPLES.glob("*.txt"))]
    if not source:
        sys.exit(f"no articles in {input_path or EXAMPLES}")
    if n <= 0:
        return source
    return list(itertools.islice(itertools.cycle(source), n))


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest waited-for child, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def report(label: str, docs: int, tokens: int, seconds: float, cpu: float
           ) -> tuple[float, float]:
    """Print one phase's line; return its docs/s and this process's CPU seconds."""
    rate = docs / seconds
    own, children = peak_rss_mb()
    print(f"{label:5} {docs:6d} docs {tokens:8d} tokens {seconds:8.2f} s  "
          f"{rate:8.2f} docs/s {tokens / seconds:10.0f} tokens/s  cpu {cpu:7.2f} s  "
          f"peak RSS parent {own:7.0f} MiB, children {children:7.0f} MiB")
    return rate, cpu


def run_bare(model: str, articles: list[Article], n_process: int, batch_size: int
             ) -> tuple[float, float]:
    nlp = spacy.load(model)
    nlp("Échauffement.")
    texts = (a.text for a in articles)
    start, cpu = time.perf_counter(), time.process_time()
    docs = tokens = 0
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        docs += 1
        tokens += len(doc)
    return report("bare", docs, tokens, time.perf_counter() - start,
                  time.process_time() - cpu)


def run_full(model: str, articles: list[Article], n_process: int, batch_size: int
             ) -> tuple[float, float]:
    nlp = presswatch.load(model)
    nlp(presswatch.make_doc(nlp, "« Échauffement », a-t-il dit."))
    # presswatch never retokenizes: the tokenizer's count is the pipeline's.
    tokens = sum(len(nlp.make_doc(a.text)) for a in articles)
    start, cpu = time.perf_counter(), time.process_time()
    docs = sum(1 for _ in annotate_articles(articles, nlp=nlp, n_process=n_process,
                                            batch_size=batch_size))
    return report("full", docs, tokens, time.perf_counter() - start,
                  time.process_time() - cpu)


def run_model_part(model: str, articles: list[Article], n_process: int, batch_size: int
                   ) -> tuple[float, float]:
    """`presswatch.load(model)` with presswatch's rule components switched off: the
    spaCy model as presswatch runs it (its text preparation, its small tagging
    components). Why: it tells whether a gap to the bare model is the rules' or the
    model's (session 32: the model part costs what the bare model costs)."""
    nlp = presswatch.load(model)
    rules = [name for name in nlp.pipe_names if name.startswith("presswatch_") and
             name not in MODEL_SIDE]
    nlp(presswatch.make_doc(nlp, "Échauffement."))
    start, cpu = time.perf_counter(), time.process_time()
    docs = tokens = 0
    with nlp.select_pipes(disable=rules):
        for doc in nlp.pipe((presswatch.make_doc(nlp, a.text) for a in articles),
                            n_process=n_process, batch_size=batch_size):
            docs += 1
            tokens += len(doc)
    return report("model", docs, tokens, time.perf_counter() - start,
                  time.process_time() - cpu)


MODEL_SIDE = {"presswatch_paragraphs", "presswatch_pos_tags", "presswatch_lemmas"}
"""presswatch's components that prepare the model's input or copy its tags (they run
between the model's own components), counted with the model part."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=presswatch.DEFAULT_MODEL)
    parser.add_argument("--n", type=int, default=200,
                        help="number of docs (inputs cycled to this count; 0 = as read)")
    parser.add_argument("--input", help="a file or folder presswatch can read (e.g. .jsonl)")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--phase", choices=["both", "bare", "full", "model", "all"],
                        default="both",
                        help="run one phase only, to get its own peak RSS; `all`: bare, "
                             "presswatch's model part alone, then full")
    args = parser.parse_args(argv)

    articles = load_articles(args.input, args.n)
    print(f"model {args.model}, {len(articles)} docs, {sum(len(a.text) for a in articles)} "
          f"chars, n_process {args.n_process}, batch_size {args.batch_size}")
    bare = full = None
    if args.phase in {"both", "bare", "all"}:
        bare = run_bare(args.model, articles, args.n_process, args.batch_size)
        gc.collect()
    if args.phase in {"model", "all"}:
        run_model_part(args.model, articles, args.n_process, args.batch_size)
        gc.collect()
    if args.phase in {"both", "full", "all"}:
        full = run_full(args.model, articles, args.n_process, args.batch_size)
    if bare and full:
        if args.n_process == 1:  # (the workers' CPU time is not this process's)
            print(f"cpu_ratio: {bare[1] / full[1]:.2f}")
        print(f"ratio: {full[0] / bare[0]:.2f}")


if __name__ == "__main__":
    main()
