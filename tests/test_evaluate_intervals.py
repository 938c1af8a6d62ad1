"""The eval's 95 % intervals: the full sample gives the scorer's own figures, stories are
drawn whole, and the same predictions give the same intervals."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from presswatch.evaluate_intervals import (
    article_counts,
    bootstrap,
    figures,
    interval_cells,
    score_intervals,
    story_of,
)
from presswatch.evaluate_speakers import scorer_module

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
needs_scorer = pytest.mark.skipif(not SCORER.exists(),
                                  reason="needs shared/eval beside the repository")

SOMMET = ("« Nous ne céderons rien », a déclaré la ministre Claire Vasseur. Le maire, Paul "
          "Roux, a estimé que la réforme était injuste.")
GREVE = ("Selon la syndicaliste Anne Morel, la grève sera reconduite. « C'est un échec », "
         "a tranché Luc Petit.")


def _quote(text: str, fragment: str, kind: str, speaker: str, act: str) -> dict:
    start = text.index(fragment)
    return {"start": start, "end": start + len(fragment), "text": fragment, "type": kind,
            "speaker": speaker, "speaker_keys": [speaker.split()[-1]], "act": act}


def _gold_folder(tmp_path: Path) -> tuple[Path, Path]:
    """Two articles of one story and one alone, gold and predictions with a wrong speaker,
    a wrong act, a missed quote and a false alarm."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    sommet = [_quote(SOMMET, "Nous ne céderons rien", "direct", "Claire Vasseur", "warning"),
              _quote(SOMMET, "la réforme était injuste", "indirect", "Paul Roux", "opinion")]
    greve = [_quote(GREVE, "la grève sera reconduite", "indirect", "Anne Morel",
                    "announcement"),
             _quote(GREVE, "C'est un échec", "direct", "Luc Petit", "opinion")]
    golds = {"a": (SOMMET, sommet, "reforme"), "b": (SOMMET, sommet, "reforme"),
             "c": (GREVE, greve, None)}
    predicted = {
        "a": [dict(sommet[0]), dict(sommet[1], act="statement")],
        "b": [dict(sommet[0], speaker="Paul Roux")],
        "c": [dict(greve[1]), {"start": 0, "end": 6, "type": "direct", "speaker": "x"}],
    }
    for key, (text, quotes, story) in golds.items():
        (gold_dir / f"{key}.json").write_text(json.dumps(
            {"id": key, "text": text, "quotes": quotes, "story": story,
             "interactions": []}), encoding="utf-8")
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text("".join(json.dumps({"id": k, "quotes": q}) + "\n"
                                   for k, q in predicted.items()), encoding="utf-8")
    return gold_dir, predictions


@needs_scorer
def test_the_counts_of_every_article_give_the_scorers_own_figures(tmp_path):
    gold_dir, predictions = _gold_folder(tmp_path)
    score = scorer_module(SCORER)
    expected, _, _ = score.score(gold_dir, predictions)
    records = {json.loads(line)["id"]: json.loads(line)["quotes"]
               for line in predictions.read_text(encoding="utf-8").splitlines()}
    summed: Counter[str] = Counter()
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        summed.update(article_counts(score, gold, records[gold["id"]]))
    mine = figures(summed)
    assert round(mine["quote_f1"], 3) == expected["quote_f1"]
    assert round(mine["speaker_accuracy"], 3) == expected["speaker_accuracy"]
    assert round(mine["end_to_end_f1"], 3) == expected["end_to_end_f1"]
    assert round(mine["act_accuracy"], 3) == expected["act_accuracy"]
    assert round(mine["recall_indirect"], 3) == expected["recall_by_type"]["indirect"]


@needs_scorer
def test_the_intervals_hold_the_figure_and_repeat_run_after_run(tmp_path):
    gold_dir, predictions = _gold_folder(tmp_path)
    first = score_intervals(SCORER, gold_dir, predictions)
    assert first == score_intervals(SCORER, gold_dir, predictions)
    low, high = first["speaker_accuracy"]
    assert low <= 3 / 4 <= high  # (3 right speakers of 4 matched quotes)
    assert low < high


def test_a_story_is_drawn_whole_so_its_articles_never_part():
    # One article right and one wrong, both of one story: every sample draws that story
    # whole, so chance cannot move the figure; drawn apart, it could.
    right = Counter(gold=1, pred=1, tp=1, speaker_ok=1)
    wrong = Counter(gold=1, pred=1, tp=1)
    together = bootstrap([right, wrong], ["story:s", "story:s"], rounds=200)
    assert together["speaker_accuracy"] == (0.5, 0.5)
    apart = bootstrap([right, wrong], ["article:a", "article:b"], rounds=200)
    assert apart["speaker_accuracy"] == (0.0, 1.0)


def test_a_figure_with_no_denominator_has_no_interval():
    no_indirect = Counter(gold=2, pred=2, tp=2, speaker_ok=2, gold_direct=2, tp_direct=2)
    intervals = bootstrap([no_indirect], ["article:a"], rounds=10)
    assert intervals["recall_indirect"] is None
    assert interval_cells(intervals)["indirect"] == "-"
    assert interval_cells(intervals)["speaker"] == "1.00–1.00"


def test_an_article_without_a_story_is_a_group_of_its_own():
    assert story_of({"id": "x", "story": None}) == "article:x"
    assert story_of({"id": "x", "story": "sommet"}) == "story:sommet"
