"""Sentence units for quote finding.

spaCy's parser splits sentences inside quotations (« … . … ») and leaves closing marks
stranded. Quotes are found over *units*: spaCy sentences merged whenever a boundary falls
inside a quoted segment of the same paragraph, or the next sentence starts with
punctuation or a lower-case word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc

from presswatch.nlp.marks import Segment
from presswatch.textutil import doc_text

# a sentence the parser closes without one of these (and without a line break) goes on
CLOSERS = {"»", "”", '"'}
FINAL_PUNCTUATION = set(".!?…:»\"”)")
_CLOSER_IDS = frozenset(hash_string(c) for c in CLOSERS)


def units(doc: Doc, segments: list[Segment]) -> list[tuple[int, int]]:
    """Return (first token, end token) pairs covering the doc, in order."""
    sents = [(s.start, s.end) for s in doc.sents]
    if not sents:
        return []
    text = doc_text(doc)
    inside = [False] * (len(text) + 1)
    run_on = [False] * (len(text) + 1)  # inside a quotation over several paragraphs
    for seg in segments:
        several = "\n" in text[seg.open: seg.outer_end]
        for c in range(seg.open + 1, seg.outer_end):
            inside[c] = True
            run_on[c] = several
    openers = {seg.open for seg in segments}
    merged: list[list[int]] = [list(sents[0])]
    for start, end in sents[1:]:
        if doc[start].text in {".", "!", "?"} and start + 1 < end and \
                doc[start + 1].text[:1].isupper() and not inside[doc[start].idx]:
            # `… s'élève à 10,9 %. C'est aussi …`: the parser may open the next sentence
            # with the full stop that closes this one
            merged[-1][1] = start + 1
            start += 1
        tok = doc[start]
        boundary = tok.idx
        prev = doc[merged[-1][0]: merged[-1][1]]  # its text sliced, not joined again from
        prev_text = text[prev.start_char: prev.end_char]  # its (ever longer) tokens
        newline_between = "\n" in prev_text or tok.is_space or doc[start - 1].is_space
        first = tok.text[:1]
        prev_end = prev_text.rstrip()[-1:]
        if doc[start - 1].idx in openers:  # `… de "` : an opening mark ends nothing
            prev_end = ""
        joins = (inside[boundary] and (run_on[boundary] or "\n" not in text[
            doc[start - 1].idx: boundary])) or (
            not newline_between and (first in ",;:)]»”" or (first in "-–" and not _list_item(
                doc, start, end, prev_end)) or (first.islower() and tok.is_alpha
                                                 and tok.text not in {"a", "à"})
                                     or prev_end not in FINAL_PUNCTUATION))
        if joins:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    after_initials = _after_initials(doc)
    opening_tokens = {span.start for o in openers
                      if (span := doc.char_span(o, o + 1, alignment_mode="expand")) is not None}
    # only these tokens can cut a unit: the rest of each unit is skipped unread
    closers = [k for k, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in _CLOSER_IDS]
    cutters = sorted(after_initials | opening_tokens | set(closers))
    out: list[tuple[int, int]] = []
    for a, b in merged:
        cut = a
        for i in cutters[bisect_right(cutters, a): bisect_left(cutters, b - 1)]:
            # `… sur le réseau social X. Interrogé par …`: the tokenizer keeps `X.` as an
            # initial, so the parser sees one sentence; a capitalised word that is not a
            # name after it starts a new one (`Donald J. Trump` stays whole)
            if i in after_initials and i > cut + 1:
                out.append((cut, i))
                cut = i
                continue
            # `… au second semestre. « Il est …`: the parser may hang the opening mark on
            # the sentence before; a quotation opening after a full stop starts a unit
            if i in opening_tokens and doc[i - 1].text in {".", "!", "?", "…"} and i > cut:
                out.append((cut, i))
                cut = i
                continue
            # `… étiquettes.» D'après X, …`: a quotation closing a sentence ends the unit;
            # so does it before another quotation (`: «A.» «B», a poursuivi X`, two
            # paragraphs run together)
            if doc[i].text in CLOSERS and doc[i - 1].text in {".", "!", "?", "…"} and \
                    (doc[i + 1].text[:1].isupper() or i + 1 in opening_tokens) and i + 1 > cut:
                out.append((cut, i + 1))
                cut = i + 1
        out.append((cut, b))
    return out


def _list_item(doc: Doc, start: int, end: int, prev_end: str) -> bool:
    """`… de pourcentage. - L'objectif de la Banque …`: a dash after a sentence's full
    stop and before a capital opens a list item whose line break was lost, not an
    aside going on from the sentence before."""
    return prev_end in {".", "!", "?", "…"} and start + 1 < end and \
        doc[start + 1].text[:1].isupper()


INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?=\s)")


def _after_initials(doc: Doc) -> set[int]:
    """Tokens that open a sentence after a one-letter initial (found in the text first,
    so long articles without initials cost nothing)."""
    out = set()
    for m in INITIAL.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1 and starts_after_initial(doc, span.end):
            out.add(span.end)
    return out


def starts_after_initial(doc: Doc, i: int) -> bool:
    """Whether token `i` opens a sentence after a one-letter initial the tokenizer kept
    whole (`… le réseau social X. Interrogé par …`): a capitalised word that is not a
    name. `Donald J. Trump` and `M. Lavrov` stay whole."""
    if i <= 0 or i >= len(doc):
        return False
    prev, tok = doc[i - 1], doc[i]
    initial = len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == "." and \
        prev.lower_ not in {"m.", "mm."}
    return initial and tok.text[:1].isupper() and tok.pos_ not in {"PROPN", "PUNCT"} and \
        (tok.ent_type_ != "PER" or tok.pos_ in {"DET", "PRON", "ADP"})  # (`X. Son
    # président, Gilles Ravaud, …`: the recognizer may take a determiner into the name)


_TEXT_SENTENCE_END = re.compile(r"[.!?…][»\"”]?[ \u00a0]+(?=[«\"“'‘\-–—•▶►▪A-ZÀ-ÖØ-Þ])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bMM?|\bMme|\bDr|\bSt|\betc)\.$")
_FINAL = (".", "!", "?", "…", ":", ";", ",")


def layout_lines(text: str) -> list[tuple[int, int]]:
    """The text's lines (start, end offsets, without the line break) as the page showed
    them: a line ending with no final stop (a heading, a pull-quote, a post's text) after
    a sentence ending in it is cut where that sentence ends. Scraped pages lose line
    breaks and run a heading into the paragraph before it (`… de sens. Donnez-nous du
    temps` then a break); rules that read a heading as a line of its own read its tail."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        stripped = line.rstrip()
        last = stripped.rstrip("»\"” \u00a0\u202f")
        cut = None
        if stripped and not last.endswith(_FINAL):
            cut = next((m.end() for m in reversed(list(
                _TEXT_SENTENCE_END.finditer(text, a, a + len(stripped))))
                if not _ABBREVIATION.search(text[max(a, m.start() - 4): m.start() + 1])
                and not _inside_quotation(text[a: m.end()])), None)
        out.extend([(a, cut), (cut, b)] if cut is not None else [(a, b)])
    return out


def text_sentence(text: str, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of line `a`–`b` holding `start`–`end`, read from the text alone
    (a full stop, a space, a capital): from the last sentence end before `start` to the
    first after `end`, the line's ends when there is none."""
    ends = [m.end() for m in _TEXT_SENTENCE_END.finditer(text, a, b)
            if not _ABBREVIATION.search(text[max(a, m.start() - 4): m.start() + 1])]
    lo = max((e for e in ends if e <= start), default=a)
    hi = min((e for e in ends if e > end), default=b)
    return lo, hi


def _inside_quotation(before: str) -> bool:
    """Whether a quotation opened in `before` (a line's start) is still open at its end:
    a sentence's end inside a quotation cuts no line."""
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") \
        or before.count('"') % 2 == 1


def layout_line_of(lines: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The layout line (`layout_lines`) holding offset `pos`."""
    return lines[max(bisect_right(lines, (pos, float("inf"))) - 1, 0)]
