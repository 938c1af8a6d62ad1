"""Run the pipeline over a gold folder and score it with the gold set's own scorer.

Only each gold file's `id`, `text`, `url`, `date` and `outlet` are read: the pipeline never
sees the answers. Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from presswatch.api import annotate_articles
from presswatch.reading import Article
from presswatch.stories import assign_stories

INPUT_FIELDS = ("id", "text", "url", "date", "outlet")


def gold_articles(gold_dir: Path) -> list[Article]:
    """The gold folder's articles, stripped to the fields a system may see."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise ValueError(f"{gold_dir}: no gold .json files")
    out = []
    for f in files:
        d = json.loads(f.read_text("utf-8"))
        out.append(Article(id=str(d["id"]), text=d["text"], url=d.get("url"),
                           date=d.get("date"), outlet=d.get("outlet"), source=str(f)))
    return out


def predict(gold_dir: Path, nlp: Language, out_path: Path,
            progress: Callable[[int], None] | None = None) -> Path:
    """Write the jsonl predictions for every gold article to `out_path`."""
    records = []
    for record in annotate_articles(gold_articles(gold_dir), nlp=nlp):
        records.append(record)
        if progress:
            progress(1)
    assign_stories(records)
    with open(out_path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out_path


def run_scorer(scorer: Path, gold_dir: Path, predictions: Path, extra: list[str]) -> str:
    """The scorer's own output, unchanged."""
    proc = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(predictions), *extra],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"scorer {scorer} failed: {proc.stderr.strip()[-500:]}")
    return proc.stdout


def evaluate(gold_dir: Path, nlp: Language, scorer: Path | None = None,
             extra: list[str] | None = None, only: list[str] | None = None) -> str:
    """Predict and score; `only` keeps the gold files matching any of its globs (a held-out
    part of a gold folder is scored as a folder of its own)."""
    gold_dir = Path(gold_dir)
    scorer = Path(scorer) if scorer else gold_dir.parent / "score.py"
    if not scorer.exists():
        raise ValueError(f"no scorer at {scorer} (use --scorer PATH)")
    with tempfile.TemporaryDirectory() as tmp:
        if only:
            subset = Path(tmp) / "gold"
            subset.mkdir()
            chosen = {f for pattern in only
                      for f in gold_dir.glob(pattern if pattern.endswith(".json")
                                             else pattern + ".json")}
            if not chosen:
                raise ValueError(f"{gold_dir}: no gold file matches {', '.join(only)}")
            for f in chosen:
                shutil.copy(f, subset / f.name)
            gold_dir = subset
        preds = predict(gold_dir, nlp, Path(tmp) / "predictions.jsonl")
        return run_scorer(scorer, gold_dir, preds, extra or [])
