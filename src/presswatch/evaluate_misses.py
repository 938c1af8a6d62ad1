"""Where missed quotes and false alarms come from, in aggregate: gold quotes no prediction
matched, counted by the kind of cue the gold gives them and by whether any prediction
overlaps them at all; predictions no gold quote matched, counted the same way by their own
cue.

Why: on the blind part, a recall figure does not say whether the misses are spans that ran
wrong (a prediction overlaps, but by less than half) or constructions never read (no
prediction there), nor whether they hang on a verb, a source phrase (`selon X`) or nothing
(a bare quotation, a pull-quote). These counts say which, without showing one blind quote
(the twelfth session found 13 of 25 blind misses were indirect quotes on a verb with no
prediction near them). The gold set's scorer decides what a match is.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from presswatch.evaluate_speakers import predicted_quotes, predicted_records, scorer_module

SOURCE_WORDS = frozenset({"selon", "d'après", "d’après", "pour", "aux", "à", "de"})
"""First words of a cue that is a source phrase (`selon X`, `aux yeux de X`), not a verb."""
CUE_KINDS = ("verb", "source", "nocue")


def cue_kind(cue: str | None) -> str:
    """`nocue`, `source` (a source phrase) or `verb` for a gold quote's cue."""
    words = (cue or "").strip().lower().split()
    if not words:
        return "nocue"
    return "source" if words[0] in SOURCE_WORDS else "verb"


def _articles(scorer: Path, gold_dir: Path, predictions: Path
              ) -> Iterator[tuple[ModuleType, list[dict], list[dict], list[tuple[int, int]]]]:
    """(scorer module, gold quotes, predicted quotes, matched (gold, predicted) index
    pairs) of each gold article, the scorer deciding the matches."""
    score = scorer_module(scorer)
    preds = predicted_quotes(predicted_records(predictions))
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gq, pq = gold["quotes"], preds.get(gold["id"], [])
        yield score, gq, pq, score.match_quotes(gq, pq)


def missed_by_cue(scorer: Path, gold_dir: Path, predictions: Path
                  ) -> dict[str, dict[str, int]]:
    """Unmatched gold quotes counted by CUE_KINDS, apart where no prediction overlaps them
    (`untouched`) and where one does by too little (`overlapped`)."""
    counts = {side: Counter({kind: 0 for kind in CUE_KINDS})
              for side in ("untouched", "overlapped")}
    for score, gq, pq, pairs in _articles(scorer, gold_dir, predictions):
        matched = {gi for gi, _pi in pairs}
        for gi, g in enumerate(gq):
            if gi in matched:
                continue
            span = (g["start"], g["start"] + len(g["text"]))
            touched = any(score.overlap(span, (p["start"], p["end"])) > 0 for p in pq)
            counts["overlapped" if touched else "untouched"][cue_kind(g.get("cue"))] += 1
    return {side: dict(c) for side, c in counts.items()}


def false_by_cue(scorer: Path, gold_dir: Path, predictions: Path
                 ) -> dict[str, dict[str, int]]:
    """Unmatched predictions (false alarms) counted by the CUE_KINDS of their own cue,
    apart where they overlap no gold quote (`alone`: words the gold gives nobody, such as
    a verb of thought or a plan read as speech) and where they overlap one by too little
    (`overlapping`: a span cut or run on, or one gold quote read as two).

    Why: the blind part's precision says how many false alarms there are, not whether
    they are constructions the gold does not count as speech or spans gone wrong; these
    counts say which without showing one."""
    counts = {side: Counter({kind: 0 for kind in CUE_KINDS})
              for side in ("alone", "overlapping")}
    for score, gq, pq, pairs in _articles(scorer, gold_dir, predictions):
        matched = {pi for _gi, pi in pairs}
        spans = [(g["start"], g["start"] + len(g["text"])) for g in gq]
        for pi, p in enumerate(pq):
            if pi in matched:
                continue
            touched = any(score.overlap(span, (p["start"], p["end"])) > 0 for span in spans)
            counts["overlapping" if touched else "alone"][cue_kind(p.get("cue"))] += 1
    return {side: dict(c) for side, c in counts.items()}
