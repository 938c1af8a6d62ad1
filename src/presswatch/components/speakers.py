"""spaCy component: resolve each quote's speaker within its article.

Fills `speaker` on every quote in `Doc._.quotes` and lists the article's people in
`Doc._.people`; the rules are in `nlp/speakers.py` and `nlp/people.py`. Reported words
left with no source at all once speakers are known are dropped here
(`quote_filters.drop_sourceless_reports`): only then is it known that none was found."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from spacy.tokens import Doc

from presswatch.components.base import Component
from presswatch.lexicon import Lexicon, build_lexicon, default_lexicon
from presswatch.nlp.quote_filters import drop_sourceless_reports
from presswatch.nlp.speakers import resolve_speakers


class SpeakerComponent(Component):
    outputs: ClassVar[dict[str, Callable[[], Any]]] = {"people": list}

    def __init__(self, name: str, *, nouns_path: str | None = None,
                 names_path: str | None = None) -> None:
        super().__init__(name)
        self.lexicon: Lexicon = (
            default_lexicon() if not (nouns_path or names_path)
            else build_lexicon(None, Path(nouns_path) if nouns_path else None,
                               Path(names_path) if names_path else None))

    def process(self, doc: Doc) -> None:
        doc._.people = resolve_speakers(doc, doc._.quotes or [], self.lexicon)
        doc._.quotes = drop_sourceless_reports(doc, doc._.quotes or [])
