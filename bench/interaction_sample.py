"""Interaction precision and recall on a hand-labelled sample of corpus articles.

    presswatch annotate ../shared/corpus/articles.jsonl > /tmp/corpus.jsonl
    python bench/interaction_sample.py /tmp/corpus.jsonl
    python bench/interaction_sample.py /tmp/corpus.jsonl --misses
    python bench/interaction_sample.py /tmp/corpus.jsonl --round 8
    python bench/interaction_sample.py /tmp/corpus.jsonl --causes

The labels (``bench/interaction_sample.tsv``: the seventh and eighth rounds' seeded
samples of 40 corpus articles each, read end to end; ``--round`` scores one of them) are
what a careful annotator marks by the gold guideline; a prediction matches a label as
``../shared/eval/score.py`` matches an interaction (the same type, every labelled party's
key inside some predicted party, accent-folded and lower case; each label matched once).
Two figures: ``strict`` counts the debatable labels (type ending in ``?``) as gold,
``lenient`` leaves them out and counts no prediction they match. A round's sample is
unseen by the rules it first measured, so it predicts unseen articles better than the
tuning part does; it is one reader's labels, not gold. ``--causes`` counts the strict
misses and false alarms by cause and type as ``presswatch eval``'s interaction rows do
(``presswatch.evaluate_interactions``), so the sample and the blind part compare.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from types import SimpleNamespace

from presswatch.evaluate_interactions import count_unmatched

LABELS = Path(__file__).with_name("interaction_sample.tsv")


def fold(text: str | None) -> str:
    """Lower case, accents removed, typographic apostrophes straight (as the scorer)."""
    text = unicodedata.normalize("NFKD", (text or "").replace("’", "'")).lower()
    return "".join(c for c in text if not unicodedata.combining(c))


def read_labels(path: Path, round_: str | None = None) -> tuple[list[str], dict[str, list]]:
    """The sample's article ids and, per id, (type, parties' keys, debatable) labels.

    Each round lists its articles on a ``# sample round N:`` line (round 7's line reads
    ``# sample:``); with ``round_`` only that round's articles are kept, so a round's
    figure before its rules stays comparable with the same figure after them.
    """
    ids: list[str] = []
    labels: dict[str, list] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sample"):
            head, _, listed = line.partition(":")
            name = head.removeprefix("# sample").strip().removeprefix("round").strip() or "7"
            if round_ is None or name == round_:
                ids += listed.split()
        if not line.strip() or line.startswith("#"):
            continue
        doc_id, kind, parties = line.split("\t")
        keys = [[fold(k) for k in party.split("|")] for party in parties.split(";")]
        labels.setdefault(doc_id, []).append((kind.rstrip("?"), keys, kind.endswith("?")))
    return ids, labels


def matches(label: tuple[str, list[list[str]], bool], pred: dict) -> bool:
    """score.py's rule: the same type, every labelled party found in a predicted one."""
    parts = [fold(p) for p in pred.get("participants") or []]
    return label[0] == pred.get("type") and all(
        any(k in p for k in keys for p in parts) for keys in label[1])


def score(ids: list[str], labels: dict, preds: dict[str, list[dict]]) -> dict:
    """Counts and P/R/F1, strict and lenient, with the misses and false alarms."""
    out: dict = {"misses": [], "alarms": []}
    for mode in ("strict", "lenient"):
        tp = gold = predicted = 0
        for doc_id in ids:
            used: set[int] = set()
            spare = 0  # predictions matching a debatable label (lenient: not counted)
            for label in labels.get(doc_id, []):
                hit = next((j for j, p in enumerate(preds.get(doc_id, []))
                            if j not in used and matches(label, p)), None)
                counted = not (label[2] and mode == "lenient")
                if hit is not None:
                    used.add(hit)
                    tp += counted
                    spare += not counted
                elif mode == "strict":
                    out["misses"].append((doc_id, label[0], label[1]))
                gold += counted
            predicted += len(preds.get(doc_id, [])) - spare
            if mode == "strict":
                out["alarms"] += [(doc_id, p["type"], p["participants"], p.get("trigger"))
                                  for j, p in enumerate(preds.get(doc_id, [])) if j not in used]
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        out[mode] = {"gold": gold, "predicted": predicted, "tp": tp, "p": round(p, 3),
                     "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    return out


def causes(ids: list[str], labels: dict, preds: dict[str, list[dict]]) -> dict:
    """The eval's interaction rows on the sample: every label counted as gold (strict)."""
    matcher = SimpleNamespace(interaction_matches=lambda g, p: matches(
        (g["type"], g["participants"], False), p))
    return count_unmatched(matcher, [
        ([{"type": kind, "participants": keys} for kind, keys, _d in labels.get(i, [])],
         preds.get(i, [])) for i in ids])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path, help="presswatch annotate JSONL")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--causes", action="store_true",
                        help="count misses and false alarms by cause and type")
    parser.add_argument("--round", help="score one round's sample only (7, 8)")
    args = parser.parse_args()
    ids, labels = read_labels(args.labels, args.round)
    preds = {}
    for line in args.predictions.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            preds[record["id"]] = record.get("interactions") or []
    result = score(ids, labels, preds)
    for mode in ("strict", "lenient"):
        m = result[mode]
        print(f"{mode}: labels {m['gold']} predicted {m['predicted']} matched {m['tp']}  "
              f"P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}")
    if args.causes:
        for side, counts in causes(ids, labels, preds).items():
            print(f"{side}:", " | ".join(" ".join(f"{k} {v}" for k, v in group.items())
                                         for group in counts.values()))
    if args.misses:
        for miss in result["misses"]:
            print("  miss ", *miss)
        for alarm in result["alarms"]:
            print("  alarm", *alarm)


if __name__ == "__main__":
    main()
