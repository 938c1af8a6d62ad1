"""Where wrong speakers come from, in aggregate: counts by the kind of mention the
pipeline resolved (a noun phrase such as `le ministre`, a pronoun, a name, or none), and
for noun phrases, whether the role was linked wrongly, left wrongly, or linked to another.

Why: the blind part may only be read in aggregate, yet a speaker figure alone does not say
which resolution step to work on. These counts say it without showing one blind error. The
gold set's own scorer decides what a match and a right speaker are; this module only
imports its functions (`match_quotes`, `speaker_right`, `other_speaker_keys`).
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "lui", "eux", "celui-ci",
                      "celle-ci", "ce dernier", "cette dernière"})
DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "ce", "cette",
                         "ces", "son", "sa", "ses", "leur", "leurs"})
KINDS = ("phrase", "pronoun", "name", "none")


def mention_kind(mention: str | None) -> str:
    """`phrase` (a determiner opens it), `pronoun`, `name` (anything else), or `none`."""
    words = (mention or "").strip().lstrip("-").lower()
    if not words:
        return "none"
    if words in PRONOUNS or words.startswith("t-"):
        return "pronoun"
    first = words.split()[0]
    if first in DETERMINERS or first.startswith(("l'", "l’")):
        return "phrase"
    return "name"


def scorer_module(scorer: Path) -> ModuleType:
    """The gold set's scorer, imported from its file (it is no package)."""
    spec = importlib.util.spec_from_file_location("presswatch_gold_scorer", scorer)
    if spec is None or spec.loader is None:
        raise ValueError(f"cannot load the scorer {scorer}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predicted_records(predictions: Path) -> dict[str, dict]:
    """Article id → its record, from a JSONL file of `presswatch annotate`."""
    records = (json.loads(line) for line in
               predictions.read_text(encoding="utf-8").splitlines() if line.strip())
    return {record["id"]: record for record in records}


def predicted_quotes(records: dict[str, dict]) -> dict[str, list[dict]]:
    """Article id → its predicted quotes, from the records of `presswatch annotate`."""
    return {k: r.get("quotes") or [] for k, r in records.items()}


PHRASE_KINDS = ("link_wrongly", "stay_wrongly", "person_other", "description_other")
"""How a wrong speaker of a noun-phrase mention went wrong: linked to a name where the
gold keeps a description, kept a description where the gold names someone, another
person named, another description."""


def is_description(speaker: str | None) -> bool:
    """A speaker that names nobody: none, or words opened by a determiner or in lower
    case (`le ministère de la Défense`, `deux sources`); a name otherwise."""
    words = (speaker or "").strip()
    if not words:
        return True
    first = words.split()[0].lower()
    return first in DETERMINERS or first.startswith(("l'", "l’")) or words[:1].islower()


def phrase_error_kind(gold_speaker: str | None, predicted: str | None) -> str:
    """One of PHRASE_KINDS for a wrong speaker of a noun-phrase mention."""
    gold_names, pred_names = not is_description(gold_speaker), not is_description(predicted)
    if pred_names:
        return "person_other" if gold_names else "link_wrongly"
    return "stay_wrongly" if gold_names else "description_other"


def _wrong_speakers(scorer: Path, gold_dir: Path, predictions: Path
                    ) -> list[tuple[dict, dict]]:
    """(gold quote, predicted quote) of every matched quote whose speaker is wrong."""
    score = scorer_module(scorer)
    preds = predicted_quotes(predicted_records(predictions))
    wrong = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gq, pq = gold["quotes"], preds.get(gold["id"], [])
        for gi, pi in score.match_quotes(gq, pq):
            g, p = gq[gi], pq[pi]
            if not score.speaker_right(g, p.get("speaker"), score.other_speaker_keys(gq, g)):
                wrong.append((g, p))
    return wrong


def wrong_speakers_by_mention(scorer: Path, gold_dir: Path, predictions: Path
                              ) -> dict[str, int]:
    """Matched quotes whose speaker the scorer calls wrong, counted by mention kind."""
    counts: Counter[str] = Counter({kind: 0 for kind in KINDS})
    for _g, p in _wrong_speakers(scorer, gold_dir, predictions):
        counts[mention_kind(p.get("mention"))] += 1
    return dict(counts)


def wrong_phrase_speakers(scorer: Path, gold_dir: Path, predictions: Path
                          ) -> dict[str, int]:
    """The noun-phrase mentions among them, counted by PHRASE_KINDS: whether to link
    less, link more, or link better, without showing one quote."""
    counts: Counter[str] = Counter({kind: 0 for kind in PHRASE_KINDS})
    for g, p in _wrong_speakers(scorer, gold_dir, predictions):
        if mention_kind(p.get("mention")) == "phrase":
            counts[phrase_error_kind(g.get("speaker"), p.get("speaker"))] += 1
    return dict(counts)
