"""Quotations the article gives twice: a heading or a verbless line whose words an
attributed quote says again in full is that quote's speaker's (the guideline's headline
whose words the body gives to someone).

Split from `bare_quotes.py` (over 600 lines): these compare a quotation's words with the
quotes already found, folded and without articles, and say which one repeats it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from presswatch.nlp.candidates import Candidate
from presswatch.nlp.marks import Segment
from presswatch.nlp.sentences import layout_line_of, layout_lines
from presswatch.textutil import fold

MIN_BARE_QUOTE_WORDS = 4
"""Word tokens a clause must carry to be taken as a quote standing alone."""


def said_again_later(text: str, cand: Candidate, others: list[Candidate]
                      ) -> Candidate | None:
    """An attributed quote after `cand` whose words hold all of `cand`'s."""
    words = folded_words(text[cand.start: cand.end])
    if len(words.split()) < MIN_BARE_QUOTE_WORDS:
        return None
    return next((c for c in others if c is not cand and c.start >= cand.end and
                 (c.rule != "bare" or c.mention is not None) and
                 words in folded_words(text[c.start: c.end])), None)


def folded_words(text: str) -> str:
    """The words of `text`, folded, one space apart: what two sayings are compared on."""
    return " ".join(re.findall(r"\w+", fold(text)))


def repeated_in(text: str, seg: Segment, cands: list[Candidate]) -> Candidate | None:
    """The attributed quote that repeats a bare quotation's words: a sub-headline
    (`« L'eau gelait sur les toits »`) whose words the body gives to someone."""
    words = folded_words(text[seg.start: seg.end])
    if len(words.split()) < MIN_BARE_QUOTE_WORDS:
        return None
    for c in cands:
        if c.rule != "bare" and words in folded_words(text[c.start: c.end]):
            return c
    return None


HEADING_MAX_CHARS = 150
"""Characters at most of a line read as a heading."""


def foreign_term(span: Span) -> bool:
    """`Au seuil du « No Deal »`: a quotation of foreign words (the tagger reads one as
    foreign, the others as foreign or as names) is a term named, as the press sets
    foreign expressions in quotation marks, not words a heading takes from the body's
    speaker."""
    words = [t for t in span if t.is_alpha]
    return any(t.pos_ == "X" for t in words) and all(t.pos_ in {"X", "PROPN"} for t in words)


def heading_repeat(text: str, seg: Segment, cands: list[Candidate]) -> Candidate | None:
    """The attributed quote that says again the words of a short quotation set in a
    heading line (a paragraph of its own, short, with no full stop), however few."""
    line_start, line_end = layout_line_of(layout_lines(text), seg.open)
    if line_end < seg.end:
        return None
    line = text[line_start: line_end].strip()
    words = folded_words(text[seg.start: seg.end])
    run_in = RUN_IN_HEADING.match(text, seg.outer_end) if \
        not text[line_start: seg.open].strip() else None
    if ((len(line) > HEADING_MAX_CHARS or line.endswith(".")) and run_in is None) or \
            len(words.split()) < 2:
        return None
    bare = without_articles(words)  # `Intensité et attitude` for `l'intensité et l'attitude`
    return next((c for c in cands if c.rule != "bare" and c.start > seg.end and (
                 run_in is None or c.start <= run_in.end() + 1) and (
                 f" {words} " in f" {folded_words(text[c.start: c.end])} " or
                 f" {bare} " in f" {without_articles(folded_words(text[c.start: c.end]))} ")),
                None)


RUN_IN_HEADING = re.compile(r"[ \u00a0]*\.?[ \u00a0]*[«“\"]")
"""`"Continuer le travail". "Donc nous allons continuer le travail", a dit X`: a heading
whose line break the page lost, run into the paragraph whose first quotation (right after
it) says its words again."""


ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "de", "d"})
"""Articles (and a partitive's `de`) a heading drops from the words it takes up (folded,
as `_words` gives them)."""


def without_articles(words: str) -> str:
    return " ".join(w for w in words.split() if w not in ARTICLES)
