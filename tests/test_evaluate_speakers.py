"""The eval's aggregate count of wrong speakers by mention kind: what each kind means."""

from __future__ import annotations

import json

import pytest

from presswatch.evaluate_speakers import (
    mention_kind,
    phrase_error_kind,
    wrong_speakers_by_mention,
)


@pytest.mark.parametrize("mention, kind", [
    ("le ministre de l'Intérieur", "phrase"),
    ("L'avocate des parties civiles", "phrase"),
    ("sa porte-parole", "phrase"),
    ("il", "pronoun"),
    ("-elle", "pronoun"),
    ("ce dernier", "pronoun"),
    ("Marie Dupont", "name"),
    ("M. Dupont", "name"),
    (None, "none"),
    ("", "none"),
])
def test_a_mention_kind_is_read_from_its_first_word(mention, kind):
    assert mention_kind(mention) == kind


def test_only_wrong_speakers_of_matched_quotes_are_counted(tmp_path):
    scorer = tmp_path / "score.py"
    scorer.write_text(
        "def match_quotes(gold, pred):\n"
        "    return [(i, i) for i in range(min(len(gold), len(pred)))]\n"
        "def speaker_right(g, speaker, others=()):\n"
        "    return speaker == g['speaker']\n"
        "def other_speaker_keys(quotes, q):\n"
        "    return set()\n", encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.json").write_text(json.dumps({"id": "a", "quotes": [
        {"speaker": "Marie Dupont"}, {"speaker": "le maire"}, {"speaker": "Paul Roux"}]}),
        encoding="utf-8")
    predictions = tmp_path / "p.jsonl"
    predictions.write_text(json.dumps({"id": "a", "quotes": [
        {"speaker": "Marie Dupont", "mention": "elle"},
        {"speaker": "Paul Roux", "mention": "le maire"}]}) + "\n", encoding="utf-8")
    counts = wrong_speakers_by_mention(scorer, gold_dir, predictions)
    assert counts == {"phrase": 1, "pronoun": 0, "name": 0, "none": 0}


@pytest.mark.parametrize("gold, predicted, kind", [
    ("le ministère de la Défense", "Paul Roux", "link_wrongly"),
    (None, "Paul Roux", "link_wrongly"),
    ("Paul Roux", "le dirigeant syndical", "stay_wrongly"),
    ("Paul Roux", "Marie Dupont", "person_other"),
    ("le parquet", "l'avocat de la défense", "description_other"),
])
def test_a_phrase_error_says_whether_the_role_was_linked_wrongly_left_or_misplaced(
        gold, predicted, kind):
    assert phrase_error_kind(gold, predicted) == kind
