"""A report that ends on a colon and a quotation: `Il a précisé les exigences de la Russie :
« … »`, `Selon la ministre, ce projet aidera les familles : « Nous allons … »`.

Why apart: the words before the colon are the reporter's account (an object, a clause after
`que` or a source) and the quotation after it is the speaker's own words, given as proof;
the gold counts them as two quotes (an indirect one and a direct one). A quotation that
only finishes the clause (`les signes semblent être là : "l'action … commence à porter
ses fruits"`) stays inside it: after a clause, only a quotation that stands as speech of its
own (it opens on a capital or holds more than one sentence) is split off, and not when the
clause reports someone else's saying (`Selon X, Y a déclaré : « … »`: the quotation is Y's,
inside X's report) or the quotation carries its own incise (`« …, a jubilé Y, … »`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import OPENING_MARKS
from presswatch.nlp.marks import Segment
from presswatch.textutil import doc_text

_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[«\"“]?[A-ZÀ-Ý]")


def closing_quotation(doc: Doc, start_tok: int, end_tok: int, segments: list[Segment],
                      lex: Lexicon, *, after_clause: bool = False) -> tuple[int, Segment] | None:
    """The colon (token index) and the quotation after it that close a content running
    from `start_tok` to `end_tok`, or None. With `after_clause` (the content is a clause,
    not a noun phrase) the quotation must read as speech of its own, after no verb of
    saying and with no incise of its own."""
    text = doc_text(doc)
    for k in range(start_tok + 1, end_tok - 1):
        if doc[k].text != ":" or doc[k + 1].text not in OPENING_MARKS:
            continue
        if any(s.open < doc[k].idx < s.outer_end for s in segments):
            continue  # (a colon inside an earlier quotation)
        seg = next((s for s in segments if s.open == doc[k + 1].idx), None)
        if seg is None:
            return None
        if after_clause and (not _speech_of_its_own(text[seg.start:seg.end]) or any(
                _says(doc, m, lex) and _finite(doc[m]) for m in range(start_tok, k)) or any(
                doc[m - 1].text == "," and (_says(doc, m, lex) or _says(doc, m + 1, lex))
                for m in range(k + 2, end_tok - 1) if doc[m].idx < seg.end)):
            return None
        return k, seg
    return None


def _speech_of_its_own(words: str) -> bool:
    """Whether quoted words stand as a saying of their own: a capital first letter or more
    than one sentence."""
    return bool(words) and (words[0].isupper() or _SENTENCE_BREAK.search(words) is not None)


def _says(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether token `k` is a verb of saying (`déclaré`, `a jubilé`)."""
    entry = lex.verb(doc[k].lemma_) if doc[k].pos_ == "VERB" else None
    return entry is not None and entry.kind == "speech"


def _finite(verb: Token) -> bool:
    """A conjugated verb or a participle with its auxiliary (`a déclaré`), not an
    infinitive (`est d'assurer la paix`)."""
    return "Fin" in morph(verb, "VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
