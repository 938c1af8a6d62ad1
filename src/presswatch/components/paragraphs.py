"""Mark a sentence start after every line break, before the parser runs.

Scraped articles put headlines, captions and read-also lines on their own lines with no
final period; without this the parser glues them to the next sentence."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from presswatch.components.base import Component


class ParagraphSplitter(Component):
    def process(self, doc: Doc) -> None:
        # token texts read in bulk: only the tokens after a line break are built (a
        # token's trailing whitespace is one space at most, never a line break)
        strings = doc.vocab.strings
        for k, orth in enumerate(doc.to_array(ORTH).tolist()[:-1]):
            if "\n" in strings[orth]:
                doc[k + 1].is_sent_start = True
