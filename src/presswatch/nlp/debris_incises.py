"""A quotation whose incise the page's debris pushed lines away (issue 9,
`eval/probes-formats-3`): `« … »,` ends its line, then `Lire aussi : …`, `Publicité`,
`Partager` lines a scrape kept from the page, then `a expliqué le président, X.` The
incise reads as it would right after the quotation's comma.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.dialogue_lines import speech_verb
from presswatch.nlp.marks import Segment
from presswatch.nlp.spans import last_content_char
from presswatch.textutil import doc_text

_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura"})
_ENDS = frozenset({",", ".", "!", "?", "…", ";", ":"})


def _debris_until(text: str, start: int, spans: list[tuple[int, int]]) -> int | None:
    """Where the first line after `start` that is no debris starts, when at least one
    debris line stands between (None otherwise)."""
    pos, skipped = start, False
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        pos = nl + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if not line.strip():
            continue
        if any(a <= pos + len(line) - len(line.lstrip()) < b for a, b in spans):
            skipped = True
            continue
        return pos if skipped else None


def incises_past_debris(doc: Doc, cands: list[Candidate], segments: list[Segment],
                        lex: Lexicon) -> list[Candidate]:
    """Quotations no quote claimed, closed by `»,` at the end of their line, whose next
    line past debris opens on a verb of saying and its subject (`a expliqué le maire, X.`,
    `explique la capitaine.`): direct quotes of that subject, the verb their cue. Returns
    `cands` with them, and without what the parser made of the incise's line alone
    (`Partager` / `explique la capitaine` read `Partager` as the subject and the capitaine
    as what was explained)."""
    if not doc.has_extension("boilerplate") or not doc._.boilerplate:
        return cands
    text = doc_text(doc)
    spans = [(b["start"], b["end"]) for b in doc._.boilerplate]
    out: list[Candidate] = []
    for seg in segments:
        if not seg.closed or not re.match(r"[ \t\u00a0]*,[ \t]*\n", text[seg.outer_end:]) or \
                any(c.start < seg.end and seg.start < c.end for c in cands):
            continue
        at = _debris_until(text, seg.outer_end, spans)
        first = None if at is None else doc.char_span(at, at + 1, alignment_mode="expand")
        if first is None:
            continue
        v = first.start + (doc[first.start].lower_ in _AUXILIARIES)
        if v >= len(doc) or (entry := speech_verb(lex, doc[v].lemma_, doc[v].text)) is None:
            continue
        s = v + 1
        end = s
        while end < len(doc) and doc[end].text not in _ENDS and not doc[end].is_space:
            end += 1
        if end == s or doc[s].pos_ not in {"DET", "PROPN", "NOUN"}:
            continue
        mention = (s, end)
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN":
            name_end = end + 1
            while name_end < len(doc) and doc[name_end].pos_ == "PROPN":
                name_end += 1
            mention = (end + 1, name_end)  # `le président du syndicat, Hervé Lanusse`
        cand = Candidate(seg.start, last_content_char(text, seg.start, seg.end), "incise",
                         type="direct")
        cand.cue_span, cand.cue_lemma, cand.mention = (first.start, v + 1), entry.lemma, mention
        out.append(cand)
    verbs = {c.cue_span[1] - 1 for c in out if c.cue_span}
    return [c for c in cands if c.cue is None or c.cue.i not in verbs] + out
