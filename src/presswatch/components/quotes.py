"""spaCy component: find quotes and write them to `Doc._.quotes` as plain records.

The rules are in `nlp/quotes.py` (what makes a quote), `nlp/content.py` (where its content
starts and stops) and `nlp/subjects.py` (who says it); the record's shape is
`nlp.records.QuoteRecord`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from spacy.tokens import Doc

from presswatch.components.base import Component
from presswatch.lexicon import Lexicon, build_lexicon, default_lexicon
from presswatch.nlp.quotes import QuoteFinder
from presswatch.nlp.records import quote_records


class QuoteComponent(Component):
    """Finds direct, indirect and mixed quotes; speakers stay unresolved mentions here."""

    outputs: ClassVar[dict[str, Callable[[], Any]]] = {"quotes": list}

    def __init__(self, name: str, *, verbs_path: str | None = None,
                 nouns_path: str | None = None, names_path: str | None = None) -> None:
        super().__init__(name)
        self.paths = (verbs_path, nouns_path, names_path)
        self.lexicon: Lexicon = (
            default_lexicon() if not any(self.paths)
            else build_lexicon(*(Path(p) if p else None for p in self.paths)))
        self.finder = QuoteFinder(self.lexicon)

    def process(self, doc: Doc) -> None:
        meta = doc._.meta or {}
        doc._.quotes = quote_records(doc, self.finder(doc), doc._.boilerplate or [],
                                     meta.get("date"))
