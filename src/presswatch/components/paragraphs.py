"""Mark a sentence start after every line break, before the parser runs.

Scraped articles put headlines, captions and read-also lines on their own lines with no
final period; without this the parser glues them to the next sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.components.base import Component


class ParagraphSplitter(Component):
    def process(self, doc: Doc) -> None:
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                token.is_sent_start = True
