"""Run the pipeline over a gold folder and score it with the gold set's own scorer.

Only each gold file's `id`, `text`, `url`, `date` and `outlet` are read: the pipeline never
sees the answers. Nothing is written outside a temporary folder.

The report has three columns: the tuning part, the blind part (`training/split.py`) and
the whole folder. The blind part is reported only in aggregate: asking for the scorer's
error list or per-article lines scores the tuning part alone, so nobody reads a blind
article's errors by accident. When the speech-act component runs a learned model, the blind
column is predicted by a model retrained here on the tuning part only (plus the silver
corpus labels, when the shipped model learned from them). A row gives 95 % intervals of the
headline figures, stories resampled (`evaluate_intervals.py`): how far chance alone moves
them. A last row counts the wrong
speakers by the kind of mention resolved (`evaluate_speakers.py`), in aggregate too, and
the interaction rows count unmatched gold and predicted interactions by cause and type
(`evaluate_interactions.py`).
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

from presswatch.annotate import annotate_articles
from presswatch.evaluate_interactions import interactions_unmatched
from presswatch.evaluate_intervals import interval_cells, score_intervals
from presswatch.evaluate_misses import false_by_cue, missed_by_cue
from presswatch.evaluate_speakers import wrong_phrase_speakers, wrong_speakers_by_mention
from presswatch.linking.stories import assign_stories
from presswatch.reading import Article
from presswatch.training.split import Split, blind_split

INPUT_FIELDS = ("id", "text", "url", "date", "outlet")
# A gold folder scored without a blind part must say so by holding this file: `--no-blind`
# on the dev set would list its blind articles' errors.
NO_BLIND_MARKER = "NO_BLIND"


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


def _subset(gold_dir: Path, ids: set[str], into: Path) -> Path:
    into.mkdir()
    for f in gold_dir.glob("*.json"):
        if f.stem in ids or json.loads(f.read_text("utf-8")).get("id") in ids:
            shutil.copy(f, into / f.name)
    return into


def _matching(gold_dir: Path, only: list[str]) -> set[str]:
    chosen = {f.stem for pattern in only
              for f in gold_dir.glob(pattern if pattern.endswith(".json") else pattern + ".json")}
    if not chosen:
        raise ValueError(f"{gold_dir}: no gold file matches {', '.join(only)}")
    return chosen


def _blind_predictions(gold_dir: Path, nlp: Language, split: Split, out_path: Path) -> Path:
    """Predictions for the whole folder where the blind articles' acts come from a model
    that never saw them (only needed when the act component runs a learned model), trained
    as the shipped one was: with the silver corpus labels and the fresh gold when the
    shipped model's `meta` says so and they are at hand (`act_examples.shipped_sources`)."""
    from presswatch.training.act_examples import shipped_sources, training_examples
    from presswatch.training.act_fit import refit

    acts = nlp.get_pipe("presswatch_acts")
    shipped = acts.model
    corpus, fresh = shipped_sources(shipped.meta, gold_dir)
    acts.model = refit(shipped, training_examples(gold_dir, nlp, set(split.tuning),
                                                  corpus=corpus, fresh=fresh))
    try:
        return predict(gold_dir, nlp, out_path)
    finally:
        acts.model = shipped


def _cell(value: object) -> str:
    """A table cell: a dict as `key value` pairs (keys cut to three letters), a dict of
    dicts as its groups apart by ` | `, a list or tuple as `a / b / c`."""
    if isinstance(value, dict):
        if all(isinstance(v, dict) for v in value.values()):
            return " | ".join(_cell(v) for v in value.values())
        return " ".join(f"{x[:3]} {y}" for x, y in value.items())
    if isinstance(value, list | tuple):
        return " / ".join(str(x) for x in value)
    return str(value)


def _table(columns: dict[str, dict]) -> str:
    names = list(columns)
    keys = list(next(iter(columns.values())))
    cells = {k: [_cell(columns[n].get(k)) for n in names] for k in keys}
    width = max(30, *(len(c) + 2 for row in cells.values() for c in row))
    lines = ["".ljust(22) + "".join(n.ljust(width) for n in names)]
    for k in keys:
        lines.append(k.ljust(22) + "".join(c.ljust(width) for c in cells[k]))
    return "\n".join(lines) + "\n"


def evaluate(gold_dir: Path, nlp: Language, scorer: Path | None = None,
             extra: list[str] | None = None, only: list[str] | None = None,
             blind: bool = True) -> str:
    """Predict and score: tuning, blind and whole columns (see the module docstring).

    `only` keeps the gold files matching any of its globs and prints the scorer's own
    report for them; `extra` flags (`--errors`, `--per-article`) are passed to the scorer
    for the tuning part only. `blind=False` is for a gold folder without a blind part (the
    fresh sets of `eval/`, made after the rules were written and read since): every file
    is tuning, and the report has the whole column alone; the folder must hold a
    `NO_BLIND` file, so that the flag cannot open the dev set's blind part by mistake."""
    gold_dir = Path(gold_dir)
    scorer = Path(scorer) if scorer else gold_dir.parent / "score.py"
    if not scorer.exists():
        raise ValueError(f"no scorer at {scorer} (use --scorer PATH)")
    if not blind and not (gold_dir / NO_BLIND_MARKER).is_file():
        raise ValueError(f"{gold_dir}: --no-blind needs a {NO_BLIND_MARKER} file in the "
                         "folder saying it has no blind part (the dev set keeps its own)")
    split = blind_split(gold_dir) if blind else Split(
        tuning=tuple(sorted(f.stem for f in gold_dir.glob("*.json"))), blind=())
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        preds = predict(gold_dir, nlp, tmp_dir / "predictions.jsonl")
        if only or extra:
            ids = _matching(gold_dir, only) if only else {f.stem for f in
                                                           gold_dir.glob("*.json")}
            if extra:
                ids &= set(split.tuning)
                if not ids:
                    raise ValueError("errors and per-article lines are only shown for the "
                                     "tuning part; the blind part is scored in aggregate")
            subset = _subset(gold_dir, ids, tmp_dir / "only")
            return run_scorer(scorer, subset, preds, extra or [])
        blind_preds = preds
        if split.blind and nlp.get_pipe("presswatch_acts").model is not None:
            blind_preds = _blind_predictions(gold_dir, nlp, split, tmp_dir / "blind.jsonl")
        columns = {}
        for name, ids, predictions in (("tuning", split.tuning, preds),
                                       ("blind", split.blind, blind_preds)):
            if ids and split.blind:
                subset = _subset(gold_dir, set(ids), tmp_dir / name)
                columns[f"{name} ({len(ids)})"] = _score_json(scorer, subset, predictions)
        columns[f"whole ({len(split.tuning) + len(split.blind)})"] = _score_json(
            scorer, gold_dir, preds)
        return _table(columns)


def _score_json(scorer: Path, gold_dir: Path, predictions: Path) -> dict:
    scores = json.loads(run_scorer(scorer, gold_dir, predictions, ["--json"]))
    scores["interval_95"] = interval_cells(score_intervals(scorer, gold_dir, predictions))
    scores["wrong_speaker_by"] = wrong_speakers_by_mention(scorer, gold_dir, predictions)
    scores["wrong_phrase_as"] = wrong_phrase_speakers(scorer, gold_dir, predictions)
    missed = missed_by_cue(scorer, gold_dir, predictions)
    scores["missed_untouched"] = missed["untouched"]
    scores["missed_overlapped"] = missed["overlapped"]
    false = false_by_cue(scorer, gold_dir, predictions)
    scores["false_alone"] = false["alone"]
    scores["false_overlapping"] = false["overlapping"]
    unmatched = interactions_unmatched(scorer, gold_dir, predictions)
    scores["interaction_missed_by"] = unmatched["missed"]
    scores["interaction_false_by"] = unmatched["false"]
    return scores
