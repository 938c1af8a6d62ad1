"""Quotations standing alone: no reporting verb introduces them, and the article still
makes clear who said them (GUIDELINE: a quotation after a sentence naming its speaker, a
pull-quote line, a headline whose words the body gives to someone). The finders in
`quotes` run first; what they left unclaimed is read here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.marks import Segment
from presswatch.nlp.sources import speech_noun_source
from presswatch.nlp.spans import last_content_char, unit_of_char
from presswatch.nlp.subjects import (
    colon_clause_subject,
    person_subject_before,
    pull_quote_name,
    signature_after,
)
from presswatch.textutil import doc_text, fold

# a clause must carry this many word tokens to be taken as a quote standing alone
MIN_BARE_QUOTE_WORDS = 4


def bare_quotations(doc: Doc, lex: Lexicon, unit_list: list[tuple[int, int]],
                    unit_of: list[int], segments: list[Segment], cands: list[Candidate]
                    ) -> list[Candidate]:
    """Quotations no cue claimed, given to a speaker the text makes clear: a pull-quote
    line (`Nom : « … »`, `« … » - Nom`), a colon after a clause or a speech noun naming
    the speaker, a quotation after a sentence about a person, or one continuing (or
    repeating) a quote found before."""
    out: list[Candidate] = []
    for seg in segments:
        if any(c.start < seg.end and seg.start < c.end for c in cands + out):
            continue
        span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if t.is_alpha]
        if len(words) < MIN_BARE_QUOTE_WORDS or not any(
                t.pos_ in {"VERB", "AUX"} for t in span):
            continue
        u = unit_of[span[0].i]
        u0, u1 = unit_list[u]
        lead = doc_text(doc)[doc[u0].idx: seg.open]
        if not lead.strip() and (signed := signature_after(doc, seg, u1)):
            # a pull-quote signed after a dash: `« … » - Paul Martin, maire de Saint-Jean`
            cand = Candidate(seg.start, last_content_char(doc_text(doc), seg.start,
                                                            seg.end), "bare", type="direct")
            cand.mention = signed
            out.append(cand)
            continue
        if not lead.strip() and u > 0 and doc[unit_list[u - 1][1] - 1].text == ":":
            u0 = unit_list[u - 1][0]  # the parser may cut at `… : « `
            lead = doc_text(doc)[doc[u0].idx: seg.open]
        if lead.rstrip().endswith(":") and (
                said := colon_clause_subject(doc, u0, span[0].i, lex)
                or pull_quote_name(doc, u0, span[0].i)
                or speech_noun_source(doc, u0, span[0].i, lex)):
            # `Interrogé sur sa retraite, le Toulousain a botté en touche : « … »`
            cand = Candidate(seg.start, last_content_char(doc_text(doc), seg.start,
                                                            seg.end), "bare", type="direct")
            cand.mention = said
            out.append(cand)
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[u0: span[0].i - 1]) and \
                not lead.rstrip().endswith(","):
            continue
        if lead.strip() and not lead.rstrip().endswith((",", ":")):
            continue
        repeated = _repeated_in(doc_text(doc), seg, cands)
        previous = [k for k, c in enumerate(cands) if c.end <= seg.open and
                    unit_of_char(doc, c.end - 1, unit_of) >= u - 2]
        if repeated is None and not previous:
            said = None if lead.strip() else person_subject_before(doc, unit_list, u,
                                                                     lex)
            if said is not None:
                # `Le maire est apparu très ému. « Nous reconstruirons tout. »`
                cand = Candidate(seg.start, last_content_char(doc_text(doc), seg.start,
                                                              seg.end), "bare",
                                 type="direct")
                cand.mention = said
                out.append(cand)
            continue
        cand = Candidate(seg.start, last_content_char(doc_text(doc), seg.start, seg.end),
                         "bare", type="direct")
        cand.speaker_ref = repeated or cands[max(previous, key=lambda k: cands[k].end)]
        out.append(cand)
    return out


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _repeated_in(text: str, seg: Segment, cands: list[Candidate]) -> Candidate | None:
    """The attributed quote that repeats a bare quotation's words: a sub-headline
    (`« L'eau gelait sur les toits »`) whose words the body gives to someone."""
    words = _words(text[seg.start: seg.end])
    if len(words.split()) < MIN_BARE_QUOTE_WORDS:
        return None
    for c in cands:
        if c.rule != "bare" and words in _words(text[c.start: c.end]):
            return c
    return None
