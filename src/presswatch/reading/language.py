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
from collections import Counter
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
def function_words() -> dict[str, tuple[str, ...]]:
    """Each function word of French and of OTHER_LANGUAGES → the languages listing it,
    from spaCy's stop words (imported on first use only)."""
    languages: dict[str, tuple[str, ...]] = {}
    for code in ("fr", *OTHER_LANGUAGES):
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
        for word in module.STOP_WORDS:
            languages[word] = (*languages.get(word, ()), code)
    return languages


def not_french(text: str) -> str | None:
    """A note when `text` reads as another language than French, else None."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    listed = function_words()
    counts = Counter(code for word in words for code in listed.get(word, ()))
    french = counts["fr"] / len(words)
    code = max(OTHER_LANGUAGES, key=lambda c: counts[c])
    other = counts[code] / len(words)
    if other - french < MARGIN:
        return None
    return (f"text reads as {OTHER_LANGUAGES[code]}, not French ({other:.0%} of its words are "
            f"{OTHER_LANGUAGES[code]} function words, {french:.0%} French ones): presswatch "
            "reads French, expect few or no quotes")
