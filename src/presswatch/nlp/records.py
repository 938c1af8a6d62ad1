"""The quote record: the plain data a Doc carries in `Doc._.quotes`, built from candidates.

Plain dicts (not objects) so a Doc keeps them through `Doc.to_bytes()` and multiprocess
`nlp.pipe`; `QuoteRecord` names their shape once. Offsets index the text the user gave.
`presswatch_speakers` fills `speaker`, `presswatch_acts` fills `act`; `speaker_ref` and
`rule` are working state the output leaves out.
"""

from __future__ import annotations

from typing import TypedDict

from spacy.tokens import Doc

from presswatch.nlp.boilerplate import start_past
from presswatch.nlp.candidates import CONFIDENCE, Candidate
from presswatch.nlp.dates import when_where
from presswatch.textutil import doc_text, source_text


class QuoteRecord(TypedDict):
    """One quote of an article."""

    id: str  # `q1`, `q2`… in text order
    start: int
    end: int
    text: str
    type: str  # direct | indirect | mixed
    rule: str  # the frame that found it (que, incise, np, selon…): working state
    confidence: float
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    cue_lemma: str | None
    mention: str | None  # the words naming the speaker, as written
    mention_start: int | None
    mention_end: int | None
    speaker_ref: str | None  # id of the quote whose speaker this one shares: working state
    speaker: str | None
    act: str | None
    addressee: str | None
    said_on: str | None  # ISO date resolved from `mardi`, `le 10 février`
    said_at: str | None
    parent: str | None  # id of the quote that reports this one
    in_boilerplate: bool


def quote_records(doc: Doc, candidates: list[Candidate], boilerplate: list[dict],
                  article_date: str | None) -> list[QuoteRecord]:
    """The records of `candidates`, in their order, with nesting (`parent`) linked."""
    text, given = doc_text(doc), source_text(doc)  # (the same but for no-break spaces)
    records: list[QuoteRecord] = []
    index_of = {id(c): k for k, c in enumerate(candidates)}
    for k, c in enumerate(candidates):
        q = QuoteRecord(
            id=f"q{k + 1}", start=c.start, end=c.end, text=given[c.start: c.end], type=c.type,
            rule=c.rule, confidence=CONFIDENCE.get(c.rule, 0.5), cue=None, cue_start=None,
            cue_end=None, cue_lemma=c.cue_lemma, mention=None, mention_start=None,
            mention_end=None, speaker_ref=None, speaker=None, act=None, addressee=None,
            said_on=None, said_at=None, parent=None,
            in_boilerplate=any(b["start"] < c.end and c.start < b["end"] for b in boilerplate))
        if c.cue_span:
            span = doc[c.cue_span[0]: c.cue_span[1]]
            q.update(cue=span.text, cue_start=span.start_char, cue_end=span.end_char)
        if c.mention:
            span = doc[c.mention[0]: c.mention[1]]
            start = start_past(text, span.start_char, span.end_char, boilerplate)
            q.update(mention=given[start: span.end_char], mention_start=start,
                     mention_end=span.end_char)
        if c.addressee:
            q["addressee"] = doc[c.addressee[0]: c.addressee[1]].text
        if c.speaker_ref is not None and id(c.speaker_ref) in index_of:
            q["speaker_ref"] = f"q{index_of[id(c.speaker_ref)] + 1}"
        if c.cue is not None:
            q["said_on"], q["said_at"] = when_where(doc, c.cue.i, article_date)
        records.append(q)
    link_parents(records)
    return records


def link_parents(quotes: list[QuoteRecord]) -> None:
    """A quote whose cue lies inside another quote's content is reported by that quote's
    speaker: `Selon Kommersant, Truss a répondu que …`."""
    for q in quotes:
        anchor = q["cue_start"] if q["cue_start"] is not None else q["start"]
        best = None
        for p in quotes:
            if p is q or not (p["start"] <= anchor < p["end"]):
                continue
            if p["end"] - p["start"] <= q["end"] - q["start"] and p["start"] > q["start"]:
                continue
            if best is None or p["end"] - p["start"] < best["end"] - best["start"]:
                best = p
        q["parent"] = best["id"] if best else None
