"""Whether an article reads as French: a note, never a refusal, when it plainly does not.

Why: presswatch's rules, lexicons and model are French. An English or Spanish article in a
mixed feed is annotated without complaint and gives no quote, which a user reads as "nobody
was quoted" rather than "this was not French". A note (``Article.notes``, printed as a
warning line naming the file; the article is still stored) says so.

How: the share of the text's words that are function words of French, against the same
share for the other languages of Western Europe's press, from spaCy's own stop-word lists
(no model, no download). French prose runs at 30–60 % French function words and never
fewer than another language's (dev, fresh gold, probes and the 150 corpus articles: the
closest, Spanish, stays 3.6 points under); an English, Spanish, Italian, German or
Portuguese article has its own language's share 30–50 points above French's. A note needs
a clear lead (``MARGIN``) and enough words (``MIN_WORDS``), so a short French brief full
of names, or a quotation in English inside a French article, gives none.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

OTHER_LANGUAGES = {"en": "English", "es": "Spanish", "it": "Italian", "de": "German",
                   "pt": "Portuguese", "nl": "Dutch"}
"""The languages an article is compared with (spaCy language codes): those a French-language
feed is most likely to carry by mistake."""

MIN_WORDS = 20
MARGIN = 0.15
"""A note when another language's function words are at least this share of the words
above French's (French texts: never above it at all)."""

_WORD = re.compile(r"[^\W\d_]+")


@cache
def function_words(code: str) -> frozenset[str]:
    """spaCy's stop words for the language `code` (imported on first use only)."""
    return frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)


def not_french(text: str) -> str | None:
    """A note when `text` reads as another language than French, else None."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None

    def share(code: str) -> float:
        listed = function_words(code)
        return sum(word in listed for word in words) / len(words)

    french = share("fr")
    code, other = max(((c, share(c)) for c in OTHER_LANGUAGES), key=lambda pair: pair[1])
    if other - french < MARGIN:
        return None
    return (f"text reads as {OTHER_LANGUAGES[code]}, not French ({other:.0%} of its words are "
            f"{OTHER_LANGUAGES[code]} function words, {french:.0%} French ones): presswatch "
            "reads French, expect few or no quotes")
