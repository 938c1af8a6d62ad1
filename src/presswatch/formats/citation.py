"""How to cite a quote, in French: direct speech in guillemets, reported speech as reported.

Paraphrase is never presented as a verbatim quote. Only a **direct** quote is put in « »
(``Antony Blinken (Le Quotidien, 2022-01-21) : « … ».``); an **indirect** or **mixed**
one is cited as the reporter wrote it, introduced by *selon* (``Selon Antony Blinken (Le
Quotidien, 2022-01-21), la Russie …``): the words a mixed quote quotes keep the marks the
article gave them, and nothing else gets any. A quote whose type is unknown is cited as
reported speech too: marks are a claim about the speaker's exact words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["UNKNOWN_DATE", "UNKNOWN_OUTLET", "UNKNOWN_SPEAKER", "citation", "is_verbatim",
           "speaker_name"]

UNKNOWN_SPEAKER = "un locuteur non identifié"
UNKNOWN_OUTLET = "média inconnu"
UNKNOWN_DATE = "sans date"
"""What a citation says where the store knows no speaker, outlet or date."""

_END = ".!?…»\"”"


def is_verbatim(quote: Mapping[str, Any]) -> bool:
    """Whether the quote's text is the speaker's own words (a direct quote)."""
    return quote.get("type") == "direct"


def speaker_name(quote: Mapping[str, Any]) -> str | None:
    """The canonical people a quote is linked to (names joined), else its speaker as the
    article wrote it; None when neither is known."""
    names = [p["name"] if isinstance(p, Mapping) else str(p)
             for p in quote.get("people") or []]
    return ", ".join(names) if names else (quote.get("speaker") or None)


def _sentence(text: str) -> str:
    """``text`` ending with a full stop unless it ends with punctuation already."""
    return text if text.endswith(tuple(_END)) else text + "."


def citation(quote: Mapping[str, Any], article_url: str | None = None) -> str:
    """One quote cited in French, with who, outlet, date and link.

    Args:
        quote: A quote row as the store reads it (``text``, ``type``, ``people`` or
            ``speaker``, ``outlet``, ``date``, ``url``): the outlet and date are the
            article's (``said_on`` stands in for an undated article).
        article_url: The link when the row has no ``url``.
    """
    text = " ".join(str(quote.get("text") or "").split())
    who = speaker_name(quote) or UNKNOWN_SPEAKER
    source = (f"{quote.get('outlet') or UNKNOWN_OUTLET}, "
              f"{quote.get('date') or quote.get('said_on') or UNKNOWN_DATE}")
    if is_verbatim(quote):
        cited = f"{who} ({source}) : « {text} »."
    else:
        cited = _sentence(f"Selon {who} ({source}), {text}")
    link = quote.get("url") or article_url
    return f"{cited} {link}" if link else cited
