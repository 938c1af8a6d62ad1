"""Small string helpers shared across the package."""

from __future__ import annotations

import functools
import unicodedata
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The largest character offset anything accepts from a user: no text the store holds is
# longer, and larger numbers overflow its integer columns.
MAX_OFFSET = 2**31 - 1


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str | None) -> str:
    """Lower-case, accent-free, whitespace-normalised form used for matching names (cached:
    linking folds the same names hundreds of thousands of times per recompute)."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.replace("’", "'").split())


class _DocMemo(NamedTuple):
    doc: weakref.ref[Doc]
    values: dict[str, Any]


# The doc being annotated and what was derived from its text. spaCy runs a doc through
# every component before the next one enters (ours have no `pipe` batching), so one slot
# serves the whole pipeline and the record built after it. A weak reference: the memo
# never keeps a doc alive, and a new doc (even at the address of a dead one) starts afresh.
_memo: _DocMemo | None = None


def _values(doc: Doc) -> dict[str, Any]:
    global _memo
    memo = _memo  # one read: another thread may replace the slot, never half of it
    if memo is not None and memo.doc() is doc:
        return memo.values
    memo = _DocMemo(weakref.ref(doc), {})
    _memo = memo
    return memo.values


# The text each doc was made from, while the doc lives (`pipeline.make_doc` tells it):
# spaCy's tokenizer keeps every character, so it is `doc.text` without joining the tokens.
# Weak keys: a doc batched ahead of the one annotated keeps its entry, and no entry keeps a
# doc alive; a doc rebuilt from bytes (another process) is not here and joins its tokens.
_made_from: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


PARSE_SPACES = str.maketrans(dict.fromkeys(
    "\u00a0\u202f\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a", " "))
"""Spaces other than U+0020, each read as one: French typography puts a no-break space
inside « » and before : ; ! ?, and spaCy makes each of them a token of its own, which the
parser and the rules (written on plain spaces) then meet between a mark and its words (the
perturbation probe, `bench/perturbations.py`: e2e 0.896 -> 0.871 with « » spaced so). One
character for one: every offset stays the user's."""
SOURCE_TEXT = "presswatch_source_text"
"""The `Doc.user_data` key of the text as given, when parsing read other spaces as plain
ones (user data travels with `Doc.to_bytes()`, so a worker's doc keeps it)."""


def parse_text(text: str) -> str:
    """The text the tokenizer reads: `text` with `PARSE_SPACES` read as plain spaces
    (`text` itself when it has none: nothing is copied)."""
    parsed = text.translate(PARSE_SPACES)
    return text if parsed == text else parsed


def source_text(doc: Doc) -> str:
    """The text the user gave (`doc_text` is the one parsed: the same but for spaces):
    what quote and mention strings are cut from."""
    return doc.user_data.get(SOURCE_TEXT) or doc_text(doc)


def made_from(doc: Doc, text: str) -> None:
    """Record that `doc` was tokenized from exactly `text` (`doc.text == text`)."""
    _made_from[doc] = text


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per doc: spaCy joins it again from the tokens on every
    access (half a millisecond for a 600-token article, which every component and the
    record needed several times), and not at all for a doc `made_from` a known text. A
    doc's text never changes (not even when retokenized), so the copy stays right for as
    long as the doc lives; it is kept outside the doc, so it never reaches
    `Doc.to_bytes()`."""
    values = _values(doc)
    text = values.get("text")
    if text is None:
        text = _made_from.get(doc)
        if text is None:
            text = doc.text
        values["text"] = text
    return text


def doc_cache(doc: Doc, key: str, compute: Callable[[str], Any]) -> Any:
    """A value derived from the doc's text alone (its quoted segments), computed once per
    doc like `doc_text`. Callers must not change what it returns: every component after
    them reads the same object."""
    values = _values(doc)
    full = "cache:" + key
    value = values.get(full)
    if value is None:
        value = values[full] = compute(doc_text(doc))
    return value


def doc_value(doc: Doc, key: str, owner: object, compute: Callable[..., Any],
              *args: Any) -> Any:
    """What `compute(*args)` returns for `doc` and `owner` (a lexicon, say: the value
    depends on both), computed once per doc like `doc_text`; two components that both need
    it (speakers and interactions both collect the article's people) share one result.
    Callers must not change it. (`args` rather than a closure: the token columns are asked
    for tens of thousands of times per hundred articles, and a closure made per call cost
    as much as the lookup.)"""
    values = _values(doc)
    stored = values.get(key)
    if stored is None or stored[0] is not owner:
        stored = values[key] = (owner, compute(*args))
    return stored[1]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per doc like `doc_text`: spaCy makes a Span per entity on
    every access, and every `Span.ents` reads them all. Nothing in the pipeline sets
    `doc.ents`; the Spans keep the doc alive only until the next doc takes the memo."""
    values = _values(doc)
    ents = values.get("ents")
    if ents is None:
        ents = values["ents"] = doc.ents
    return ents


def span_ents(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside `span`, in order) from `doc_ents`."""
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            out.append(ent)
    return out


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number it takes: ``1 article``, ``0 articles`` (French
    and English both put 0 and 1 in the singular only for 1; a summary reads as English)."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
