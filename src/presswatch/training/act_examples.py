"""The act model's training examples, from three sources: dev gold, fresh gold, silver.

- **dev gold**: the quotes of GOLD_DIR (`../shared/eval/dev`), scored by story CV and, for
  its blind part, by `presswatch eval` alone;
- **fresh gold** (`FRESH_GOLD`, the repository's `eval/corpus/`): corpus articles annotated
  by hand to the guideline before any output on them was seen (sets A, B, C…, one
  `README-X.md` each). Every `*.json` there is read, so a set that lands in the folder
  trains the next model without a code change;
- **silver** (`corpus_acts.tsv`): acts of corpus quotes labelled by one reader, one pass,
  read from `../shared/corpus/articles.jsonl`.

Where an article has fresh gold, its silver labels are dropped: gold beats silver (the
two disagree in places: a toll or a figure made known is an `announcement` for silver, a
`statement` for the fresh gold, README-C).

The pipeline (with the model switched off) annotates each article; every predicted quote
that matches a labelled one (the scorer's criterion: the spans overlap by at least half of
each, largest overlaps first, one to one) becomes one example, labelled with its act and
described by the features the act component computes at run time, so training sees what
prediction will see.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from presswatch.lexicon import ACTS

# Hand-labelled acts of corpus quotes (see the module docstring).
SILVER_LABELS = Path(__file__).resolve().parent / "corpus_acts.tsv"
# The fresh gold folder of the repository (src/presswatch/training → the checkout's root).
FRESH_GOLD = Path(__file__).resolve().parents[3] / "eval" / "corpus"
# Where the corpus the silver labels point into is looked for when no path is given: see
# `default_corpus`.
CORPUS_ENV = "PRESSWATCH_CORPUS"
# The sources an Example comes from; only "gold" is scored by story CV, "silver" by silver
# CV and "fresh" by the held-out fresh sets (`training.act_cv.fresh_held_out`).
SOURCES = ("gold", "fresh", "silver")


@dataclass(frozen=True)
class Example:
    article_id: str
    story: str
    features: tuple[str, ...]
    act: str
    # one of SOURCES
    source: str = "gold"
    # the content's averaged word vector (`act_features.content_vector`), when it has one
    vector: tuple[float, ...] | None = None
    # a fresh example's set (the letter of the README-X.md naming its article), else ""
    fresh_set: str = ""


def default_corpus(gold_dir: Path) -> Path:
    """The corpus file the silver labels point into: `$PRESSWATCH_CORPUS` when set, else
    `corpus/articles.jsonl` in the folder that holds the gold set's parent (the workplace's
    `shared/eval/dev` beside `shared/corpus`).

    Found from the gold folder rather than from this file, because a checkout may live
    anywhere (a worktree, a fresh clone in /tmp) while the gold folder and the corpus travel
    together; a model trained without its silver labels would differ from the shipped one
    without a word."""
    if os.environ.get(CORPUS_ENV):
        return Path(os.environ[CORPUS_ENV])
    return Path(gold_dir).resolve().parent.parent / "corpus" / "articles.jsonl"


def shipped_sources(meta: dict, gold_dir: Path) -> tuple[Path | None, Path | None]:
    """(corpus, fresh folder) to retrain a model the way its `meta` says it was trained
    (the blind column's model, `act_report`): each None when the model did without it, or
    when it is missing here (with a warning: the retrained model then differs)."""
    corpus = default_corpus(gold_dir) if meta.get("silver") else None
    fresh = FRESH_GOLD if meta.get("fresh") else None
    for path, what in ((corpus, "silver corpus labels"), (fresh, "fresh gold")):
        if path is not None and not path.exists():
            print(f"warning: no {path}: the blind column's act model is trained without the "
                  f"{what}, not as the shipped one", file=sys.stderr)
    return (corpus if corpus is not None and corpus.exists() else None,
            fresh if fresh is not None and fresh.exists() else None)


def _overlaps_enough(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter * 2 >= (a[1] - a[0]) and inter * 2 >= (b[1] - b[0]) and inter > 0


def _gold_items(folder: Path, ids: set[str] | None) -> list[tuple[dict, list, str]]:
    items = []
    for f in sorted(Path(folder).glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        if ids is None or str(d["id"]) in ids:
            labels = [(g["start"], g["start"] + len(g["text"]), g.get("act"))
                      for g in d["quotes"]]
            items.append((d, labels, d.get("story") or str(d["id"])))
    return items


def collect_examples(gold_dir: Path, nlp: Language, ids: set[str] | None = None
                     ) -> list[Example]:
    """One example per predicted quote that matches a gold quote of `gold_dir`."""
    return _examples(nlp, _gold_items(gold_dir, ids), "gold")


def fresh_sets(folder: Path = FRESH_GOLD) -> dict[str, str]:
    """Each fresh gold article's set: the letter of the first `README-X.md` (A, B, …) that
    names its id, else "?". The sets were drawn and annotated in turn, each README listing
    its articles, so leaving one set out holds out one annotator's pass."""
    ids = sorted(p.stem for p in Path(folder).glob("*.json"))
    out: dict[str, str] = {}
    for readme in sorted(Path(folder).glob("README-*.md")):
        text = readme.read_text("utf-8")
        letter = readme.stem.removeprefix("README-")
        for i in ids:
            if i not in out and re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text):
                out[i] = letter
    return {i: out.get(i, "?") for i in ids}


def collect_fresh(nlp: Language, folder: Path = FRESH_GOLD) -> list[Example]:
    """One example per predicted quote that matches a fresh gold quote. Its article id is
    the silver one's (`corpus:ID`): the same corpus article, one group."""
    sets = fresh_sets(folder)
    items = _gold_items(folder, None)
    return [Example(f"corpus:{ex.article_id}", ex.story, ex.features, ex.act, "fresh",
                    ex.vector, sets.get(ex.article_id, "?"))
            for ex in _examples(nlp, items, "gold")]


def load_silver(labels: Path = SILVER_LABELS) -> dict[str, list[tuple[int, int, str]]]:
    """The silver labels by corpus article id: (start, end, act) of each labelled quote."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for n, line in enumerate(Path(labels).read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("article\t"):
            continue
        article, start, end, act = line.split("\t")
        if act not in ACTS:
            raise ValueError(f"{labels}:{n}: unknown act {act!r}")
        out[article].append((int(start), int(end), act))
    return dict(out)


def collect_silver(corpus: Path, nlp: Language, labels: Path = SILVER_LABELS,
                   skip: set[str] | None = None) -> list[Example]:
    """One example per predicted quote of a corpus article that matches a silver label,
    leaving out the articles of `skip` (those with fresh gold).

    Each corpus article is its own group: the corpus records no stories."""
    silver = {a: spans for a, spans in load_silver(labels).items() if a not in (skip or ())}
    articles = {}
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                if str(d["id"]) in silver:
                    articles[str(d["id"])] = d
    missing = sorted(set(silver) - set(articles))
    if missing:
        raise ValueError(f"{corpus}: no article {', '.join(missing[:5])} (silver labels "
                         f"{labels} name it)")
    items = [(articles[a], silver[a], f"corpus:{a}") for a in sorted(silver)]
    return _examples(nlp, items, "silver")


def training_examples(gold_dir: Path, nlp: Language, ids: set[str] | None = None, *,
                      corpus: Path | None = None, labels: Path = SILVER_LABELS,
                      fresh: Path | None = None) -> list[Example]:
    """Gold examples of `gold_dir` (only `ids` when given), then the fresh gold of `fresh`
    when given, then the silver ones when `corpus` is given, without the articles that
    have fresh gold: what the shipped model and the blind column's model train on."""
    examples = collect_examples(gold_dir, nlp, ids)
    fresh_ids: set[str] = set()
    if fresh is not None and Path(fresh).resolve() != Path(gold_dir).resolve():
        fresh_ids = set(fresh_sets(fresh))
        examples += collect_fresh(nlp, fresh)
    if corpus is not None:
        examples += collect_silver(Path(corpus), nlp, labels, skip=fresh_ids)
    return examples


def _examples(nlp: Language, items: list[tuple[dict, list, str]], source: str
              ) -> list[Example]:
    """Annotate each (article, labelled spans, story) with the model switched off, and
    keep the predicted quotes that overlap a labelled span as the scorer matches them."""
    from presswatch.pipeline import make_doc

    acts = nlp.get_pipe("presswatch_acts")
    saved_model, acts.model = acts.model, None
    examples: list[Example] = []
    try:
        docs = nlp.pipe(make_doc(nlp, d["text"], {"id": d["id"], "date": d.get("date"),
                                                  "url": d.get("url"),
                                                  "outlet": d.get("outlet")})
                        for d, _, _ in items)
        for (d, labels, story), doc in zip(items, docs, strict=True):
            quotes = doc._.quotes or []
            parents = {q["parent"] for q in quotes if q["parent"]}
            for q, label in _matched(quotes, labels):
                if label[2] not in ACTS:
                    continue
                verb = acts.lexicon.verb(q["cue_lemma"]) if q["cue_lemma"] else None
                feats = acts.features(doc, q, q["act"], verb, is_parent=q["id"] in parents)
                article = str(d["id"]) if source == "gold" else f"corpus:{d['id']}"
                examples.append(Example(article, story, tuple(feats), label[2], source,
                                        acts.vector(doc, q)))
    finally:
        acts.model = saved_model
    return examples


def _matched(quotes: list[dict], labels: list[tuple]) -> list[tuple[dict, tuple]]:
    """Predicted quotes paired with labelled spans as the gold set's scorer pairs them
    (`score.py` `match_quotes`): both spans half covered, the largest overlaps first, one
    to one. Training thus learns from exactly the pairs whose acts are scored."""
    pairs = []
    for gi, g in enumerate(labels):
        for qi, q in enumerate(quotes):
            if _overlaps_enough((q["start"], q["end"]), (g[0], g[1])):
                overlap = min(q["end"], g[1]) - max(q["start"], g[0])
                pairs.append((overlap, gi, qi))
    used_g: set[int] = set()
    used_q: set[int] = set()
    out = []
    for _, gi, qi in sorted(pairs, reverse=True):
        if gi not in used_g and qi not in used_q:
            used_g.add(gi)
            used_q.add(qi)
            out.append((qi, gi))
    return [(quotes[qi], labels[gi]) for qi, gi in sorted(out)]
