"""spaCy component: find quotes and write them to `Doc._.quotes` as plain dicts.

Each quote dict holds character offsets into `doc_text(doc)` (the text the user gave):

    id, start, end, text, type (direct|indirect|mixed), rule, confidence,
    cue, cue_start, cue_end, cue_lemma, mention, mention_start, mention_end,
    speaker_ref (id of the quote whose speaker this one shares), addressee,
    said_on, said_at, parent, in_boilerplate,
    speaker (filled by presswatch_speakers), act (filled by presswatch_acts)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.components import extensions
from presswatch.lexicon import Lexicon, build_lexicon, default_lexicon
from presswatch.nlp.dates import resolve
from presswatch.nlp.quotes import CONFIDENCE, Candidate, QuoteFinder
from presswatch.textutil import doc_text, release_text

logger = logging.getLogger(__name__)


class QuoteComponent:
    """Finds direct, indirect and mixed quotes; speakers stay unresolved mentions here."""

    def __init__(self, nlp: Language, name: str, *, verbs_path: str | None = None,
                 nouns_path: str | None = None, names_path: str | None = None) -> None:
        extensions.register()
        self.name = name
        self.paths = (verbs_path, nouns_path, names_path)
        self.lexicon: Lexicon = (
            default_lexicon() if not any(self.paths)
            else build_lexicon(*(Path(p) if p else None for p in self.paths)))
        self.finder = QuoteFinder(self.lexicon)
        self._error_handler: Callable | None = None

    def __call__(self, doc: Doc) -> Doc:
        try:
            candidates = self.finder(doc)
            self.set_annotations(doc, candidates)
        except Exception as exc:
            handler = self.get_error_handler()
            handler(self.name, self, [doc], exc)
            doc._.quotes = []
        finally:
            release_text(doc)
        return doc

    def set_error_handler(self, handler: Callable) -> None:
        self._error_handler = handler

    def get_error_handler(self) -> Callable:
        if self._error_handler is not None:
            return self._error_handler

        def raise_error(name, component, docs, exc):  # spaCy's default: re-raise
            raise exc

        return raise_error

    def set_annotations(self, doc: Doc, candidates: list[Candidate]) -> None:
        meta = doc._.meta or {}
        boiler = doc._.boilerplate or []
        quotes: list[dict] = []
        index_of = {id(c): k for k, c in enumerate(candidates)}
        for k, c in enumerate(candidates):
            q = {
                "id": f"q{k + 1}", "start": c.start, "end": c.end,
                "text": doc_text(doc)[c.start: c.end], "type": c.type, "rule": c.rule,
                "confidence": CONFIDENCE.get(c.rule, 0.5),
                "cue": None, "cue_start": None, "cue_end": None, "cue_lemma": c.cue_lemma,
                "mention": None, "mention_start": None, "mention_end": None,
                "speaker_ref": None, "speaker": None, "act": None,
                "addressee": None, "said_on": None, "said_at": None, "parent": None,
                "in_boilerplate": any(b["start"] < c.end and c.start < b["end"] for b in boiler),
            }
            if c.cue_span:
                span = doc[c.cue_span[0]: c.cue_span[1]]
                q.update(cue=span.text, cue_start=span.start_char, cue_end=span.end_char)
            if c.mention:
                span = doc[c.mention[0]: c.mention[1]]
                start = _after_boilerplate(span.start_char, span.end_char, boiler)
                while start < span.end_char and doc_text(doc)[start].isspace():
                    start += 1
                q.update(mention=doc_text(doc)[start: span.end_char], mention_start=start,
                         mention_end=span.end_char)
            if c.addressee:
                q["addressee"] = doc[c.addressee[0]: c.addressee[1]].text
            if c.speaker_ref is not None and id(c.speaker_ref) in index_of:
                q["speaker_ref"] = f"q{index_of[id(c.speaker_ref)] + 1}"
            if c.cue is not None:
                q["said_on"], q["said_at"] = _when_where(doc, c.cue.i, meta.get("date"))
            quotes.append(q)
        _link_parents(quotes)
        doc._.quotes = quotes


def _after_boilerplate(start: int, end: int, boilerplate: list[dict]) -> int:
    """A mention starting inside a flagged marker (` date 2025-02 Le chef …`) starts after
    it, at its first word."""
    for b in boilerplate:
        if b["start"] <= start < b["end"] < end:
            start = b["end"]
            break
    return start


def _when_where(doc: Doc, verb_i: int, article_date: str | None) -> tuple[str | None,
                                                                          str | None]:
    verb = doc[verb_i]
    said_on = said_at = None
    for child in verb.children:
        if child.dep_ not in {"obl:mod", "obl", "nmod", "advmod", "obl:arg", "obj"}:
            continue
        words = doc[child.left_edge.i: child.right_edge.i + 1]
        low = words.text.lower()
        if said_on is None and (child.lower_ in {"lundi", "mardi", "mercredi", "jeudi",
                                                 "vendredi", "samedi", "dimanche", "hier"}
                                or child.ent_type_ == "DATE"):
            said_on = resolve(low, article_date)
        if said_at is None and child.ent_type_ == "LOC" and any(
                t.lower_ in {"à", "au", "en"} for t in child.children):
            said_at = child.text
    return said_on, said_at


def _link_parents(quotes: list[dict]) -> None:
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


@Language.factory(
    "presswatch_quotes",
    assigns=["doc._.quotes"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
    default_config={"verbs_path": None, "nouns_path": None, "names_path": None},
)
def make_quote_finder(nlp: Language, name: str, verbs_path: str | None,
                      nouns_path: str | None, names_path: str | None) -> QuoteComponent:
    return QuoteComponent(nlp, name, verbs_path=verbs_path, nouns_path=nouns_path,
                          names_path=names_path)
