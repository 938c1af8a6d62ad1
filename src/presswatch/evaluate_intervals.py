"""How far a score could move by chance: 95 % intervals for the headline figures, made by
resampling whole stories of the gold folder (a percentile bootstrap).

Why: the blind part is 22 articles and about 120 quotes, and one story's articles err
together (several outlets copy one agency's sentence). A figure alone does not say whether
a change of 0.01 on it is evidence or one quote; an interval does, and it says whether a
target lies within reach of chance (blind speaker accuracy 0.858 against a 0.90 target).
Stories, not articles, are drawn with replacement, so that an error repeated across a
story's outlets weighs as the one error it is. Seeded: the same predictions give the same
intervals every run.

The counts per article are the gold set's scorer's own (its `match_quotes`,
`speaker_right`, `other_speaker_keys`); the figures are computed as its `score` computes
them from those counts, so that the full sample reproduces the scorer's figures
(`tests/test_evaluate_intervals.py` checks it).
"""

from __future__ import annotations

import json
import random
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from presswatch.evaluate_speakers import predicted_quotes, predicted_records, scorer_module

ROUNDS = 1000
SEED = 20261207
LEVEL = 0.95

FIGURES = ("quote_f1", "speaker_accuracy", "end_to_end_f1", "act_accuracy",
           "recall_indirect")
"""The figures the issue's targets name, in the order the report gives them."""


def article_counts(score: ModuleType, gold: dict, predicted: list[dict]) -> Counter[str]:
    """What one article adds to each figure's numerator and denominator, as the scorer
    counts it: gold, predicted and matched quotes, right speakers, acts, and gold and
    matched quotes by type (`gold_indirect`, `tp_indirect`, ...)."""
    quotes = gold["quotes"]
    pairs = score.match_quotes(quotes, predicted)
    counts: Counter[str] = Counter(gold=len(quotes), pred=len(predicted), tp=len(pairs))
    for quote in quotes:
        counts[f"gold_{quote['type']}"] += 1
    for gi, pi in pairs:
        g, p = quotes[gi], predicted[pi]
        counts[f"tp_{g['type']}"] += 1
        counts["speaker_ok"] += bool(score.speaker_right(
            g, p.get("speaker"), score.other_speaker_keys(quotes, g)))
        if g.get("act"):
            counts["act_gold"] += 1
            counts["act_ok"] += p.get("act") == g["act"]
    return counts


def _f1(tp: int, predicted: int, gold: int) -> float:
    """The scorer's F1 (`prf`), unrounded: a nothing predicted over nothing gold is 1."""
    precision = tp / predicted if predicted else (1.0 if gold == 0 else 0.0)
    recall = tp / gold if gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def figures(counts: Counter[str]) -> dict[str, float | None]:
    """The FIGURES of summed counts; None where a figure has no denominator (no act
    annotated, no indirect quote in the sample)."""
    tp = counts["tp"]
    return {
        "quote_f1": _f1(tp, counts["pred"], counts["gold"]),
        "speaker_accuracy": counts["speaker_ok"] / tp if tp else None,
        "end_to_end_f1": _f1(counts["speaker_ok"], counts["pred"], counts["gold"]),
        "act_accuracy": counts["act_ok"] / counts["act_gold"] if counts["act_gold"] else None,
        "recall_indirect": (counts["tp_indirect"] / counts["gold_indirect"]
                            if counts["gold_indirect"] else None),
    }


def bootstrap(per_article: Sequence[Counter[str]], groups: Sequence[str], *,
              rounds: int = ROUNDS, seed: int = SEED, level: float = LEVEL
              ) -> dict[str, tuple[float, float] | None]:
    """Percentile intervals of FIGURES: `rounds` samples, each as many groups (stories)
    drawn with replacement as there are, their articles' counts summed."""
    by_group: dict[str, Counter[str]] = {}
    for counts, group in zip(per_article, groups, strict=True):
        by_group.setdefault(group, Counter()).update(counts)
    totals = list(by_group.values())
    if not totals:
        return {name: None for name in FIGURES}
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {name: [] for name in FIGURES}
    for _ in range(rounds):
        summed: Counter[str] = Counter()
        for counts in rng.choices(totals, k=len(totals)):
            summed.update(counts)
        for name, value in figures(summed).items():
            if value is not None:
                samples[name].append(value)
    cuts = round(2 / (1 - level))  # (0.95: 40 parts, the first and last cut the tails)
    intervals: dict[str, tuple[float, float] | None] = {}
    for name, values in samples.items():
        if not values:
            intervals[name] = None
            continue
        if len(values) < 2:
            intervals[name] = (round(values[0], 3),) * 2
            continue
        parts = statistics.quantiles(values, n=cuts, method="inclusive")
        intervals[name] = (round(parts[0], 3), round(parts[-1], 3))
    return intervals


def story_of(gold: dict) -> str:
    """The group an article is drawn with: its gold story, else the article alone."""
    return f"story:{gold['story']}" if gold.get("story") else f"article:{gold['id']}"


def score_intervals(scorer: Path, gold_dir: Path, predictions: Path
                    ) -> dict[str, tuple[float, float] | None]:
    """The intervals of FIGURES for the gold files of `gold_dir` against `predictions`
    (a JSONL file of `presswatch annotate`)."""
    score = scorer_module(scorer)
    predicted = predicted_quotes(predicted_records(predictions))
    per_article, groups = [], []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        per_article.append(article_counts(score, gold, predicted.get(gold["id"], [])))
        groups.append(story_of(gold))
    return bootstrap(per_article, groups)


def interval_cells(intervals: dict[str, tuple[float, float] | None]) -> dict[str, str]:
    """The report's row: each figure's interval as `low–high` under a short name."""
    short = {"quote_f1": "quote", "speaker_accuracy": "speaker", "end_to_end_f1": "e2e",
             "act_accuracy": "acts", "recall_indirect": "indirect"}
    return {short[name]: (f"{span[0]:.2f}–{span[1]:.2f}" if span else "-")
            for name, span in intervals.items()}
