"""Small string helpers shared across the package."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


_TEXT_KEY = "presswatch:text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per component call: spaCy rebuilds it from the tokens on
    every access, which made quote finding quadratic. Components call `release_text`
    when done so the copy never reaches `Doc.to_bytes()`."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def doc_cache(doc: Doc, key: str, compute: Callable[[str], Any]) -> Any:
    """Per-call cache of a value derived from the doc's text (quoted segments), dropped
    with `release_text`."""
    full = "presswatch:" + key
    value = doc.user_data.get(full)
    if value is None:
        value = compute(doc_text(doc))
        doc.user_data[full] = value
    return value


def release_text(doc: Doc) -> None:
    """Drop what `doc_text` and `doc_cache` kept on the doc."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("presswatch:")]:
        del doc.user_data[key]


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number it takes: ``1 article``, ``0 articles`` (French
    and English both put 0 and 1 in the singular only for 1; a summary reads as English)."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
