"""Detect scraping debris in an article without touching its text.

Read-also lines, donation appeals, agency credits, navigation, stray numbers, a leading
`date 2025-02` marker and repeated paragraphs become spans with a kind. Quotes inside them
are still reported (flagged `in_boilerplate`), so nothing an annotator would count is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from presswatch.nlp.sentences import layout_lines, text_sentence

# A repeated line shorter than this is not called a repeated paragraph.
MIN_REPEATED_CHARS = 30


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]


def load_rules(path: Path | None = None) -> list[Rule]:
    """Read `kind<TAB>regex` lines; an invalid regex raises ValueError naming its line."""
    if path is None:
        text = resources.files("presswatch.data").joinpath("boilerplate.tsv").read_text("utf-8")
        source = "presswatch/data/boilerplate.tsv"
    else:
        text = Path(path).read_text("utf-8")
        source = str(path)
    rules = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("kind\t"):
            continue
        kind, sep, pattern = line.partition("\t")
        if not sep:
            raise ValueError(f"{source}: line {n}: expected kind<TAB>pattern")
        try:
            rules.append(Rule(kind.strip(), re.compile(pattern.strip(), re.IGNORECASE)))
        except re.error as exc:
            raise ValueError(f"{source}: line {n}: bad pattern: {exc}") from exc
    return rules


def find_boilerplate(text: str, rules: list[Rule]) -> list[dict]:
    """Return `{start, end, kind}` spans over `text`, in order, non-overlapping."""
    spans: list[dict] = []
    seen: set[str] = set()
    for start, end in layout_lines(text):
        # (a read-also line run into the paragraph before: `… l'Ukraine. Lire aussi : …`)
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        for rule in rules:
            m = rule.pattern.search(line)
            if not m:
                continue
            if rule.kind == "marker":
                spans.append({"start": start + m.start(), "end": start + m.end(),
                              "kind": rule.kind})
                continue
            lo, hi = start + line.index(stripped), start + line.index(stripped) + len(stripped)
            if text[lo: start + m.start()].strip():
                # `… avec Liz Truss. Faites un don pour … . « Je ne peux pas …`: a match
                # within a line of several sentences (paragraphs run together) flags its
                # sentence, not the article's quotations around it
                lo, hi = text_sentence(text, lo, hi, start + m.start(), start + m.end())
                hi = lo + len(text[lo:hi].rstrip())
            spans.append({"start": lo, "end": hi, "kind": rule.kind})
            break
        else:
            key = " ".join(stripped.split())
            if len(key) >= MIN_REPEATED_CHARS and key in seen:
                spans.append({"start": start + line.index(stripped),
                              "end": start + line.index(stripped) + len(stripped),
                              "kind": "repeated"})
            seen.add(key)
    spans.sort(key=lambda s: (s["start"], s["end"]))
    out: list[dict] = []
    for s in spans:
        if out and s["start"] < out[-1]["end"]:
            continue
        out.append(s)
    return out


def start_past(text: str, start: int, end: int, spans: list[dict]) -> int:
    """Where a stretch `start`–`end` begins once a flagged span it opens inside is left
    out (` date 2025-02 Le chef …` → `Le chef`): at the first word after the span, or
    `start` unchanged. Offsets stay those of the text given."""
    for b in spans:
        if b["start"] <= start < b["end"] < end:
            start = b["end"]
            while start < end and text[start].isspace():
                start += 1
            break
    return start
