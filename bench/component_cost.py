"""What each pipeline component, the record and the story grouping cost, as shares of a run.

    python bench/component_cost.py                            # the corpus, twice
    python bench/component_cost.py --input examples/ --rounds 5

Runs every article through the pipeline one component at a time, timing each with this
process's CPU clock (`time.process_time`, which other processes' load barely moves), then
builds the records (`record_from_doc`) and groups them into stories (`stories.features` and
`stories.group`, as `annotate` does). Prints a line per step with its CPU seconds and its
share of the whole, then `interactions_share:` and `stories_share:` last: the two costs the
stories-and-interactions issue bounds (at most 5 % of the full pipeline).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import presswatch
from presswatch.annotate import record_from_doc
from presswatch.linking import stories
from presswatch.pipeline import make_doc
from presswatch.reading import ReadError, iter_articles

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=str(CORPUS), help="articles, any format read")
    parser.add_argument("--rounds", type=int, default=2, help="passes over the articles")
    args = parser.parse_args(argv)

    articles = [a for a in iter_articles([args.input]) if not isinstance(a, ReadError)]
    if not articles:
        raise SystemExit(f"no articles in {args.input}")
    nlp = presswatch.load()
    for article in articles[:4]:  # warm-up: lazy lexicons and caches, outside the timing
        nlp(make_doc(nlp, article.text))
    cost: Counter[str] = Counter()
    for _ in range(args.rounds):
        records = []
        for article in articles:
            doc = make_doc(nlp, article.text, {"id": article.id, "date": article.date,
                                               "url": article.url, "source": article.source})
            for name, component in nlp.pipeline:
                start = time.process_time()
                doc = component(doc)
                cost[name] += time.process_time() - start
            start = time.process_time()
            records.append(record_from_doc(doc))
            cost["(record)"] += time.process_time() - start
        start = time.process_time()
        stories.group([stories.features(r) for r in records])
        cost["(stories)"] += time.process_time() - start
    total = sum(cost.values())
    print(f"{len(articles)} articles x {args.rounds} rounds, {total:.2f} CPU s in all")
    for name, seconds in cost.most_common():
        print(f"{name:24} {seconds:8.2f} s {100 * seconds / total:6.1f} %")
    interactions = sum(s for n, s in cost.items() if "interaction" in n)
    print(f"interactions_share: {interactions / total:.3f}")
    print(f"stories_share: {cost['(stories)'] / total:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
