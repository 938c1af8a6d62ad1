"""What the rules ask of spaCy's objects over and over, answered from an index built once.

spaCy works these answers out anew on every access: `Token.morph.get` builds an array and
converts each of its values from the string store (3–8 µs), `Token.sent` walks to both
ends of the sentence and builds a Span (5–14 µs), `Span.text` builds every token of the
span to join their texts. The rules ask them tens of thousands of times per hundred
articles. The answers here are the same values: morphology cached per analysis (an
analysis is a hash of its features, the same for every doc and model), sentence bounds
listed once per doc (`textutil.doc_value`; nothing after the parser moves a boundary),
text sliced from the doc's one copy (`textutil.doc_text`).
"""

from __future__ import annotations

import bisect

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from presswatch.textutil import doc_text, doc_value

# (analysis key, field) → values, for the few hundred analyses a model's tagger gives
_MORPH: dict[tuple[int, str], list[str]] = {}
# hash (or part-of-speech id) → its string: a hash names one string whatever the doc or
# model, and the words, lemmas and labels of a stream are mostly the same few thousand;
# emptied past _MAX_STRINGS entries, so a long stream's memory stays flat
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 1 << 18
# attribute id → its column's key in the per-doc memo (`textutil.doc_value`), made once
_STRINGS_KEYS: dict[int, str] = {}
_COLUMN_KEYS: dict[int, str] = {}


def strings(doc: Doc, attr: int) -> list[str]:
    """Per token of `doc`, the string of `attr` (`LOWER`, `LEMMA`, `POS`, `DEP`, `ORTH`,
    `ENT_TYPE`, …: `[t.lower_ for t in doc]` and so on), read in bulk once per doc.

    Why: a loop over tokens builds a Token per step and converts each string attribute it
    reads from the string store (0.3–0.5 µs each); the hot loops read the same few
    attributes of the same tokens in several components. A column costs one
    `Doc.to_array` and a dict lookup per token. Callers read it, never change it."""
    key = _STRINGS_KEYS.get(attr)
    if key is None:
        key = _STRINGS_KEYS[attr] = f"strings {attr}"
    return doc_value(doc, key, _STRINGS, _strings, doc, attr)


def column(doc: Doc, attr: int) -> list[int]:
    """Per token of `doc`, the integer value of `attr` (`POS`, `IS_ALPHA`, `IDX`, a
    string's hash…; unsigned, as `Doc.to_array` gives them: not `HEAD`, whose offsets may be
    negative), read in bulk once per doc. Callers read it, never change it."""
    key = _COLUMN_KEYS.get(attr)
    if key is None:
        key = _COLUMN_KEYS[attr] = f"column {attr}"
    return doc_value(doc, key, _STRINGS, _column, doc, attr)


def _column(doc: Doc, attr: int) -> list[int]:
    return doc.to_array(attr).tolist()


def _strings(doc: Doc, attr: int) -> list[str]:
    keys = column(doc, attr)
    known = _STRINGS
    out = list(map(known.get, keys))
    if None in out:
        if len(known) > _MAX_STRINGS:
            known.clear()
        store = doc.vocab.strings
        for k, key in enumerate(keys):
            if out[k] is None:
                out[k] = known[key] = store[key]
    return out


def morph(token: Token, field: str) -> list[str]:
    """`token.morph.get(field)`: the field's values, empty when it has none. The list is
    shared by every token of the same analysis: callers read it, never change it."""
    analysis = token.morph
    key = (analysis.key, field)
    values = _MORPH.get(key)
    if values is None:
        values = _MORPH[key] = analysis.get(field)
    return values


def _sentence_starts(doc: Doc) -> list[int]:
    """Where each of `doc.sents` starts, read in bulk (the sentences `Doc.sents` yields:
    a new one at every token whose `SENT_START` is 1)."""
    flags = doc.to_array(SENT_START).tolist()
    return [0] + [i for i in range(1, len(flags)) if flags[i] == 1]


def sentence_bounds(token: Token) -> tuple[int, int]:
    """(start, end) token indices of `token.sent`."""
    doc = token.doc
    starts = doc_value(doc, "sentence starts", _sentence_starts, _sentence_starts, doc)
    k = bisect.bisect_right(starts, token.i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (empty when `end <= start`), sliced from the doc's text."""
    if end <= start:
        return ""
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx:last.idx + len(last)]


def is_infinitive(token: Token) -> bool:
    """An infinitive by its tag and by its form: the tagger calls `savoure` one too."""
    return "Inf" in morph(token, "VerbForm") and token.lower_ == token.lemma_.lower()
