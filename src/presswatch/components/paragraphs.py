"""Mark the sentence starts the parser would miss, before it runs: after every line break
(scraped articles put headlines, captions and read-also lines on their own lines with no
final period; without this the parser glues them to the next sentence), after a
one-letter network name that ends a sentence (`a écrit sur X. Le ministre …`: the
tokenizer keeps `X.` whole, as an initial, and the parser reads on), after a list's
`etc.` before a capital, and where a line ending with no final stop starts after a
sentence's end on the same line (a heading or a caption run into the paragraph before:
`sentences.layout_lines`)."""

from __future__ import annotations

from spacy.attrs import IS_SPACE, LENGTH, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc

from presswatch.components.base import Component
from presswatch.nlp.sentences import layout_lines
from presswatch.textutil import doc_text


class ParagraphSplitter(Component):
    def process(self, doc: Doc) -> None:
        # A line break is only ever in a whitespace token: the tokenizer cuts the text
        # wherever whitespace starts or stops (a token's trailing whitespace is one space at
        # most). So only those few tokens are built and read, found in bulk (reading every
        # token's text cost ten times as much).
        for k in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
            if "\n" in doc[k].text and not _wrapped_line(doc, k):
                doc[k + 1].is_sent_start = True
        for k in (doc.to_array(LENGTH)[:-1] == 2).nonzero()[0].tolist():
            if k > 0 and (_network_at_sentence_end(doc, k) or _initial_at_sentence_end(doc, k)):
                doc[k + 1].is_sent_start = True
        text = doc_text(doc)
        for a, _ in layout_lines(text):
            if a > 0 and text[a - 1] != "\n" and \
                    (span := doc.char_span(a, a + 1, alignment_mode="expand")) is not None and \
                    span.start > 0 and doc[span.start].idx == a:
                # `… les réquisitions "déconnectées"... Gisèle P. à la cour © X`: a
                # caption, a heading or a read-also line run into the paragraph before
                # opens a sentence
                doc[span.start].is_sent_start = True
        for k in (doc.to_array(ORTH)[:-1] == ETC).nonzero()[0].tolist():
            if doc[k + 1].text[:1].isupper():
                # `… « une résolution », etc. À l'issue du sommet, X a annoncé …`: a list's
                # `etc.` ends its sentence before a capital (paragraphs run together put
                # the next one there), else the parser reads on and lends the list to X
                doc[k + 1].is_sent_start = True


def _wrapped_line(doc: Doc, k: int) -> bool:
    """A single line break inside a sentence: text wrapped at a fixed width (`Peter Brabeck,
    / directeur général, / assure que …`), where the line before ends on a word or a comma
    and the next starts in lower case. A headline or a caption ends without a period too,
    but the line after it starts with a capital."""
    if doc[k].text.count("\n") != 1 or k == 0:
        return False
    before, after = doc[k - 1].text, doc[k + 1].text
    return (before[-1:].isalpha() or before == ",") and after[:1].islower()


ETC = hash_string("etc.")

NETWORK_PREPOSITIONS = frozenset({"sur", "via"})
"""Prepositions before a network's name (`sur X`); before a person's initial they are
rare (`sur J. Martin`)."""


CLAUSE_OPENERS = frozenset({"Son", "Sa", "Ses", "Leur", "Leurs", "Il", "Elle", "Ils", "Elles",
                            "Ce", "Cet", "Cette", "Ces", "Selon", "Mais", "Lors", "Depuis"})
"""Capitalised words that open a clause and never a surname: after a first name and its
initial (`contre Yanis B. Son avocat …`) they start the next sentence."""
ARTICLES = frozenset({"Le", "La", "Les", "L'", "L’", "Un", "Une", "Des"})
"""Articles open a sentence there too when a common noun follows (`Yanis B. Le prévenu`),
not a surname that starts with one (`Marie L. Le Goff`)."""


def _initial_at_sentence_end(doc: Doc, k: int) -> bool:
    """`… contre Yanis B. Son avocat, Me X, a plaidé …`: the press's initial for an
    anonymised surname ends the sentence the tokenizer kept it in (the parser would read
    both sentences as one and its subjects across them)."""
    word, before, after = doc[k].text, doc[k - 1].text, doc[k + 1].text
    if not (word[0].isupper() and word[1] == "." and before[:1].isupper() and
            before.isalpha() and len(before) > 2):
        return False
    if after in CLAUSE_OPENERS:
        return True
    return after in ARTICLES and k + 2 < len(doc) and doc[k + 2].text[:1].islower()


def _network_at_sentence_end(doc: Doc, k: int) -> bool:
    word = doc[k].text
    return word[0].isupper() and word[1] == "." and \
        doc[k - 1].lower_ in NETWORK_PREPOSITIONS and doc[k + 1].text[:1].isupper()

