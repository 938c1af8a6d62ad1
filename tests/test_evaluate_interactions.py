"""The eval's aggregate rows for interactions: gold interactions no prediction matched and
predictions no gold interaction matched, counted by cause and by type. What a match is
comes from the gold set's scorer (here a copy of its rule, written into a temporary file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from presswatch.evaluate import _cell
from presswatch.evaluate_interactions import (
    covers_some,
    false_cause,
    greedy_pairs,
    interactions_unmatched,
    missed_cause,
    uncovered_where,
)
from presswatch.evaluate_speakers import scorer_module

SCORER = (
    "def fold(s):\n"
    "    return (s or '').lower()\n"
    "def interaction_matches(gold_ev, pred_ev):\n"
    "    if gold_ev['type'] != pred_ev.get('type'):\n"
    "        return False\n"
    "    parts = [fold(p) for p in pred_ev.get('participants') or []]\n"
    "    return all(any(any(fold(k) in p for k in keys) for p in parts)\n"
    "               for keys in gold_ev['participants'])\n")


@pytest.fixture
def scorer(tmp_path: Path) -> Path:
    path = tmp_path / "score.py"
    path.write_text(SCORER, encoding="utf-8")
    return path


def gold(kind: str, *parties: str) -> dict:
    return {"type": kind, "participants": [[p] for p in parties]}


def pred(kind: str, *parties: str) -> dict:
    return {"type": kind, "participants": list(parties)}


def test_pairs_follow_the_scorers_greedy_order(scorer):
    score = scorer_module(scorer)
    golds = [gold("meeting", "Dupont"), gold("meeting", "Dupont", "Martin")]
    preds = [pred("meeting", "Jeanne Dupont", "Paul Martin")]
    assert greedy_pairs(score, golds, preds) == {0: 0}


@pytest.mark.parametrize("preds, cause", [
    ([], "none"),
    ([pred("meeting", "Jeanne Dupont")], "parties"),
    ([pred("phone_call", "Jeanne Dupont", "Paul Martin")], "type"),
    ([pred("visit", "Claire Roux")], "other"),
])
def test_a_missed_interaction_is_put_down_to_its_nearest_prediction(scorer, preds, cause):
    missed = gold("meeting", "Dupont", "Martin")
    assert missed_cause(scorer_module(scorer), missed, preds) == cause


def test_two_gold_interactions_one_prediction_took_leave_the_second_taken(scorer):
    score = scorer_module(scorer)
    golds = [gold("meeting", "Dupont", "Martin"), gold("meeting", "Martin")]
    preds = [pred("meeting", "Jeanne Dupont", "Paul Martin")]
    assert greedy_pairs(score, golds, preds) == {0: 0}
    assert missed_cause(score, golds[1], preds) == "taken"
    # also when another prediction of the type, with other parties, is there
    assert missed_cause(score, golds[1], [*preds, pred("meeting", "Claire Roux")]) == "taken"


@pytest.mark.parametrize("golds, cause", [
    ([], "none"),
    ([gold("summit", "Dupont", "Martin")], "parties"),
    ([gold("talks", "Roux")], "type"),
    ([gold("summit", "Roux")], "twice"),
])
def test_a_false_interaction_is_put_down_to_the_gold_of_its_article(scorer, golds, cause):
    found = pred("summit", "Claire Roux")
    assert false_cause(scorer_module(scorer), found, golds) == cause


@pytest.mark.parametrize("preds, some", [
    ([pred("meeting", "Jeanne Dupont")], True),
    ([pred("meeting", "Claire Roux"), pred("visit", "Paul Martin")], False),
])
def test_a_miss_on_parties_says_whether_a_prediction_of_its_type_names_any(scorer, preds,
                                                                           some):
    missed = gold("meeting", "Dupont", "Martin")
    assert covers_some(scorer_module(scorer), missed, preds) is some


def test_unmatched_interactions_are_counted_by_cause_and_type(scorer, tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    articles = {
        "a1": [gold("meeting", "Dupont", "Martin"), gold("phone_call", "Roux", "Blanc")],
        "a2": [gold("visit", "Dupont")],
        "a3": [],
    }
    for doc_id, interactions in articles.items():
        (gold_dir / f"{doc_id}.json").write_text(
            json.dumps({"id": doc_id, "text": "", "interactions": interactions}),
            encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    lines = [
        {"id": "a1", "interactions": [pred("meeting", "Jeanne Dupont", "Paul Martin"),
                                      pred("meeting", "Jeanne Dupont", "Paul Martin"),
                                      pred("phone_call", "Luc Roux")]},
        {"id": "a3", "interactions": [pred("press_conference", "Luc Roux")]},
    ]
    predictions.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    counts = interactions_unmatched(scorer, gold_dir, predictions)
    assert counts["missed"] == {
        "by_cause": {"none": 1, "taken": 0, "parties": 1, "type": 0, "other": 0},
        "by_type": {"meeting": 0, "phone_call": 1, "talks": 0, "visit": 1, "summit": 0,
                    "press_conference": 0},
        "parties_covered": {"some": 1, "none": 0},
        "party_found_as": {"elsewhere": 0, "person": 0, "text": 0, "absent": 1}}
    assert counts["false"] == {
        "by_cause": {"none": 1, "parties": 1, "type": 0, "twice": 1},
        "by_type": {"meeting": 1, "phone_call": 1, "talks": 0, "visit": 0, "summit": 0,
                    "press_conference": 1}}


def test_a_row_of_grouped_counts_prints_its_groups_apart():
    row = {"by_cause": {"none": 2, "parties": 1}, "by_type": {"meeting": 3, "visit": 0}}
    assert _cell(row) == "non 2 par 1 | mee 3 vis 0"


def test_a_party_no_prediction_names_is_counted_by_where_the_article_has_it(scorer):
    """A gold party the prediction of its type lacks is named by a predicted event of
    another type, in the name of one of the article's people (a pronoun or role left
    unresolved), in the text only (a country or body named otherwise) or nowhere (the
    annotators' inference); a party the prediction names is not counted."""
    gold = {"type": "meeting",
            "participants": [["dupont"], ["martin"], ["italie"], ["onu"], ["espagne"]]}
    pred = [{"type": "meeting", "participants": ["Jeanne Dupont", "le président"]},
            {"type": "visit", "participants": ["Paul Martin"]}]
    people = ["Jeanne Dupont", "Paul Martin", "Anne Italie"]
    text = "Jeanne Dupont a reçu le président à l'ONU."
    assert uncovered_where(scorer_module(scorer), gold, pred, people, text) == [
        "elsewhere", "person", "text", "absent"]
