"""Why interactions are missed or falsely found, in aggregate: unmatched gold interactions
and unmatched predicted ones, counted by cause and by type.

Why: the blind interaction figure stayed at P 0.667 / R 0.500 for three rounds while the
tuning part rose, and an F1 does not say whether the blind misses are articles where
nothing was found, interactions found with other parties, or found with another type. These
counts say which, without showing one blind interaction. The gold set's scorer decides what
a match is (`interaction_matches`: same type, every gold party named by one of the
predicted participants); this module walks the articles in the scorer's own greedy order
(each gold interaction takes the first unused prediction that matches) and only imports
its matching function.

Causes of a missed gold interaction, checked in this order:
  `none`    the article has no predicted interaction at all;
  `taken`   a prediction matches it but was taken by an earlier gold interaction (two
            gold events the pipeline told as one);
  `parties` a prediction of the same type exists, its participants do not cover the gold's
            (a third group says whether one of them names `some` gold party or `none`);
  `type`    a prediction of another type would match if it had the gold's type;
  `other`   anything else (only predictions of other types with other parties).
Causes of a false (unmatched) predicted interaction:
  `none`    the article has no gold interaction;
  `parties` a gold interaction of the same type exists, its parties are not all covered;
  `type`    the article's gold interactions all have other types;
  `twice`   it would match a gold interaction another prediction already took (a duplicate).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType, SimpleNamespace

from presswatch.evaluate_speakers import predicted_records, scorer_module

INTERACTION_TYPES = ("meeting", "phone_call", "talks", "visit", "summit", "press_conference")
"""The guideline's interaction types, in the order the rows print them."""
MISSED_CAUSES = ("none", "taken", "parties", "type", "other")
PARTY_PLACES = ("elsewhere", "person", "text", "absent")
FALSE_CAUSES = ("none", "parties", "type", "twice")
Matcher = ModuleType | SimpleNamespace
"""The gold scorer's module, or anything else with its `interaction_matches(gold, pred)`."""


def predicted_interactions(records: dict[str, dict]) -> dict[str, list[dict]]:
    """Article id → its predicted interactions, from the records of `presswatch annotate`."""
    return {k: r.get("interactions") or [] for k, r in records.items()}


def predicted_people(records: dict[str, dict]) -> dict[str, list[str]]:
    """Article id → the names of its people, from the records of `presswatch annotate`."""
    return {k: [n for p in r.get("people") or []
                for n in [p.get("name"), *(p.get("names") or [])] if n]
            for k, r in records.items()}


def greedy_pairs(score: Matcher, gold: list[dict], pred: list[dict]) -> dict[int, int]:
    """Gold index → predicted index, matched as the scorer does: in gold order, each takes
    the first prediction not yet taken that `score.interaction_matches` accepts."""
    pairs: dict[int, int] = {}
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in pairs.values() and score.interaction_matches(g, p):
                pairs[gi] = pi
                break
    return pairs


def _as_type(gold: dict, kind: str | None) -> dict:
    """The gold interaction with another type: does a prediction name its parties?"""
    return dict(gold, type=kind)


def missed_cause(score: Matcher, gold: dict, pred: list[dict]) -> str:
    """One of MISSED_CAUSES for a gold interaction no prediction of its article matched."""
    if not pred:
        return "none"
    if any(score.interaction_matches(gold, p) for p in pred):
        return "taken"  # before `parties`: another prediction of the type may be near too
    if any(p.get("type") == gold["type"] for p in pred):
        return "parties"
    if any(score.interaction_matches(_as_type(gold, p.get("type")), p) for p in pred):
        return "type"
    return "other"


def covers_some(score: Matcher, gold: dict, pred: list[dict]) -> bool:
    """Whether a prediction of the gold's type names at least one of its parties: a party
    dropped or named otherwise (some) rather than another event of that type (none)."""
    return any(p.get("type") == gold["type"]
               and score.interaction_matches(dict(gold, participants=[keys]), p)
               for p in pred for keys in gold["participants"])


def uncovered_where(score: Matcher, gold: dict, pred: list[dict], people: list[str],
                    text: str) -> list[str]:
    """For each gold party no prediction of the gold's type names, where the article has
    it (one of PARTY_PLACES): named by a prediction of another event (`elsewhere`), in the
    name of one of the article's people (`person`: a pronoun or role left unresolved, or
    the person dropped), in the text only (`text`: a country, body or description named
    otherwise), or nowhere (`absent`: the annotators' inference). Counts, not parties:
    the blind part says how its party misses arise without showing one."""
    fold = score.fold if hasattr(score, "fold") else str.lower
    same = [p for p in pred if p.get("type") == gold["type"]]
    out = []
    for keys in gold["participants"]:
        one = dict(gold, participants=[keys])
        if any(score.interaction_matches(one, p) for p in same):
            continue
        if any(score.interaction_matches(dict(one, type=p.get("type")), p) for p in pred):
            out.append("elsewhere")
        elif any(fold(k) in fold(n) for k in keys for n in people):
            out.append("person")
        elif any(fold(k) in fold(text) for k in keys):
            out.append("text")
        else:
            out.append("absent")
    return out


def false_cause(score: Matcher, predicted: dict, gold: list[dict]) -> str:
    """One of FALSE_CAUSES for a predicted interaction no gold interaction matched."""
    if not gold:
        return "none"
    if any(score.interaction_matches(g, predicted) for g in gold):
        return "twice"
    if any(g["type"] == predicted.get("type") for g in gold):
        return "parties"
    return "type"


def _typed(counts: Counter) -> dict[str, int]:
    """Counts by type: the guideline's six always, any other predicted type after them."""
    extra = sorted(k for k in counts if k not in INTERACTION_TYPES)
    return {k: counts[k] for k in (*INTERACTION_TYPES, *extra)}


def count_unmatched(score: Matcher,
                    articles: Iterable[tuple[list[dict], list[dict]] |
                                       tuple[list[dict], list[dict], list[str], str]]
                    ) -> dict[str, dict[str, dict[str, int]]]:
    """`missed` (gold unmatched) and `false` (predicted unmatched) interactions over
    (gold, predicted) lists of articles, each counted `by_cause` and `by_type`; the
    `parties` misses also by `parties_covered` (see `covers_some`) and, when an article
    comes with its people's names and text, their unnamed parties by `party_found_as`
    (see `uncovered_where`). `score` is anything with the scorer's `interaction_matches`
    (the corpus sample's bench passes its own)."""
    causes = {"missed": Counter(dict.fromkeys(MISSED_CAUSES, 0)),
              "false": Counter(dict.fromkeys(FALSE_CAUSES, 0))}
    types: dict[str, Counter] = {"missed": Counter(), "false": Counter()}
    covered = Counter({"some": 0, "none": 0})
    found_as = Counter(dict.fromkeys(PARTY_PLACES, 0))
    for gold, pred, *context in articles:
        pairs = greedy_pairs(score, gold, pred)
        for gi, g in enumerate(gold):
            if gi not in pairs:
                cause = missed_cause(score, g, pred)
                causes["missed"][cause] += 1
                types["missed"][g["type"]] += 1
                if cause == "parties":
                    covered["some" if covers_some(score, g, pred) else "none"] += 1
                    if context:
                        found_as.update(uncovered_where(score, g, pred, *context))
        taken = set(pairs.values())
        for pi, p in enumerate(pred):
            if pi not in taken:
                causes["false"][false_cause(score, p, gold)] += 1
                types["false"][str(p.get("type"))] += 1
    counts = {side: {"by_cause": dict(causes[side]), "by_type": _typed(types[side])}
              for side in ("missed", "false")}
    counts["missed"]["parties_covered"] = dict(covered)
    counts["missed"]["party_found_as"] = dict(found_as)
    return counts


def interactions_unmatched(scorer: Path, gold_dir: Path, predictions: Path
                           ) -> dict[str, dict[str, dict[str, int]]]:
    """`count_unmatched` over every gold file of `gold_dir`, matched by its scorer."""
    records = predicted_records(predictions)
    preds, people = predicted_interactions(records), predicted_people(records)
    articles = []
    for path in sorted(gold_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        articles.append((record.get("interactions") or [], preds.get(record["id"], []),
                         people.get(record["id"], []), record.get("text") or ""))
    return count_unmatched(scorer_module(scorer), articles)
