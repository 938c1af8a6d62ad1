"""Speech acts: the cue's own act, refined by what the content says.

A specific cue (`accuser`, `promettre`, `demander si`) decides alone. A neutral cue
(`dire`, `déclarer`, `selon`, none) takes the act of the content words listed in
`data/content_acts.tsv`, when they agree clearly enough; otherwise it stays `statement`.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from presswatch.lexicon import ReportingVerb

NEUTRAL_ACTS = {"statement"}
# acts of a cue that the content may sharpen into a warning
SOFT_ACTS = {"promise", "announcement"}
# A content class must have at least this many matching words to override `statement`
# (1 everywhere: set on the seed-* and dip-* dev articles, re-check with `presswatch eval`).
MIN_CONTENT_VOTES = 1
# Strength order when several content classes tie.
PRIORITY = ["denial", "warning", "accusation", "criticism", "demand", "appeal", "promise", "praise",
            "announcement", "agreement", "opinion"]


def load_content_acts(path: Path | None = None) -> dict[str, str]:
    """Read lemma → act pairs (TSV with a header `lemma<TAB>act`)."""
    if path is None:
        text = resources.files("presswatch.data").joinpath("content_acts.tsv").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines()[1:] if not text.startswith("#") else text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, _, act = line.partition("\t")
        out[lemma.strip().lower()] = act.strip()
    return out


def classify(doc: Doc, start: int, end: int, verb: ReportingVerb | None, frame: str | None,
             content_acts: dict[str, str]) -> str:
    """The speech act of a quote whose content is `doc_text(doc)[start:end]`."""
    if verb is not None and verb.lemma in {"demander", "interroger", "questionner"} and \
            frame == "si":
        return "question"
    content = _content_act(doc, start, end, content_acts)
    if verb is not None and verb.act not in NEUTRAL_ACTS:
        # a promise or announcement of retaliation is a warning
        if verb.act in SOFT_ACTS and content == "warning":
            return content
        # `a qualifié d'inacceptable …`: a judgement that condemns or praises is that act
        if verb.act == "opinion" and content in {"criticism", "praise"}:
            return content
        return verb.act
    return content


def _content_act(doc: Doc, start: int, end: int, content_acts: dict[str, str]) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "statement"
    if span.text.rstrip().endswith("?"):
        return "question"
    votes: Counter[str] = Counter()
    for t in span:
        act = content_acts.get(t.lemma_.lower()) or content_acts.get(t.lower_)
        if act:
            votes[act] += 1
    if not votes:
        return "statement"
    top = max(votes.values())
    if top < MIN_CONTENT_VOTES:
        return "statement"
    best = [a for a, n in votes.items() if n == top]
    return min(best, key=lambda a: PRIORITY.index(a) if a in PRIORITY else 99)
