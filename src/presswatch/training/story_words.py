"""How common each keyword is in general news: the document frequencies story grouping
weighs words by, counted once over an unlabelled corpus and shipped as aggregates.

Why frozen: weights counted over the articles being grouped change with every article
added, so every article's vector, every similarity and every story could move after each
ingest batch, and bringing stories up to date would cost a full regrouping. Weights from a
fixed table make two articles' similarity a function of those two articles alone: a batch
touches only the stories its articles can join, and grouping in batches equals grouping
at once. Only counts are shipped (term, number of articles using it), never text.

    python -m presswatch.training.story_words ../shared/corpus/articles.jsonl

writes ``presswatch/data/story_words.tsv`` (``--out`` elsewhere). Terms found in a single
article are left out: they weigh as words the corpus never saw.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from presswatch.linking.story_text import keywords

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "story_words.tsv"
MIN_ARTICLES = 2


def document_frequencies(texts: list[str]) -> Counter[str]:
    """Number of texts whose keywords (lower-cased, as grouping compares them) hold each
    term."""
    df: Counter[str] = Counter()
    for text in texts:
        df.update({t.lower() for t in keywords(text)})
    return df


def write_table(texts: list[str], out: Path) -> int:
    """Write the table for ``texts``; returns how many terms it lists."""
    df = document_frequencies(texts)
    kept = sorted((t, n) for t, n in df.items() if n >= MIN_ARTICLES)
    lines = [f"# articles\t{len(texts)}", "term\tarticles"]
    lines += [f"{t}\t{n}" for t, n in sorted(kept, key=lambda tn: (-tn[1], tn[0]))]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(kept)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines of articles with a text")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    texts = [json.loads(line)["text"] for line in args.corpus.read_text("utf-8").splitlines()
             if line.strip()]
    n = write_table(texts, args.out)
    print(f"{args.out}: {n} terms from {len(texts)} articles")


if __name__ == "__main__":
    main()
