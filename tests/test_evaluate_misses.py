"""The eval's aggregate counts of missed quotes (by the cue the gold gives them) and false
alarms (by their own cue), apart by whether they overlap the other side at all."""

from __future__ import annotations

import json

import pytest

from presswatch.evaluate_misses import cue_kind, false_by_cue, missed_by_cue


@pytest.mark.parametrize("cue, kind", [
    ("a déclaré", "verb"),
    ("a-t-il ajouté", "verb"),
    ("Selon", "source"),
    ("d'après", "source"),
    ("Aux yeux de", "source"),
    (None, "nocue"),
    ("", "nocue"),
])
def test_a_cue_is_a_verb_a_source_phrase_or_nothing(cue, kind):
    assert cue_kind(cue) == kind


def _scorer(folder):
    """A stand-in for the gold set's scorer: spans overlap, and match when they start at
    the same character."""
    scorer = folder / "score.py"
    scorer.write_text(
        "def overlap(a, b):\n"
        "    return max(0, min(a[1], b[1]) - max(a[0], b[0]))\n"
        "def match_quotes(gold, pred):\n"
        "    return [(gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)\n"
        "            if (g['start'], p['start']) == (p['start'], g['start'])]\n",
        encoding="utf-8")
    return scorer


def test_missed_quotes_are_counted_apart_where_a_prediction_overlaps_them(tmp_path):
    scorer = _scorer(tmp_path)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    text = "La maire a annoncé la fermeture du pont. « Rien ne bouge », selon un riverain."
    gold = {"id": "a1", "text": text, "quotes": [
        {"start": 19, "text": "la fermeture du pont", "cue": "a annoncé"},   # matched
        {"start": 43, "text": "Rien ne bouge", "cue": "selon"},            # overlapped
        {"start": 0, "text": "La maire", "cue": None}]}                     # untouched
    (gold_dir / "a1.json").write_text(json.dumps(gold), encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps({"id": "a1", "quotes": [
        {"start": 19, "end": 39}, {"start": 47, "end": 60}]}) + "\n", encoding="utf-8")
    assert missed_by_cue(scorer, gold_dir, predictions) == {
        "untouched": {"verb": 0, "source": 0, "nocue": 1},
        "overlapped": {"verb": 0, "source": 1, "nocue": 0}}


def test_false_alarms_are_counted_apart_where_they_overlap_a_gold_quote(tmp_path):
    scorer = _scorer(tmp_path)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    text = ("Le préfet a annoncé la fermeture du pont, « pour des raisons de sécurité ». "
            "Il espère que les travaux finiront vite.")
    gold = {"id": "a1", "text": text, "quotes": [
        {"start": 20, "text": "la fermeture du pont, « pour des raisons de sécurité »",
         "cue": "a annoncé"}]}
    (gold_dir / "a1.json").write_text(json.dumps(gold), encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps({"id": "a1", "quotes": [
        {"start": 44, "end": 72, "cue": None},             # a piece of the gold quote
        {"start": 90, "end": 115, "cue": "espère"}]})      # thought, not speech
        + "\n", encoding="utf-8")
    assert false_by_cue(scorer, gold_dir, predictions) == {
        "alone": {"verb": 1, "source": 0, "nocue": 0},
        "overlapping": {"verb": 0, "source": 0, "nocue": 1}}
