"""Line up how several outlets reported the same statement, for the story page.

Two quotes are variants of one statement when the same person said them (the linked
canonical person, else the folded speaker string) and their wording is close. Grouping is
greedy in article order, which is enough for the handful of articles a story has.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from presswatch.textutil import fold
from presswatch.web.queries import speaker_key

__all__ = ["SIMILAR_WORDING", "align_statements"]

SIMILAR_WORDING = 60.0
"""rapidfuzz token-set ratio (0-100) above which two quotes of one speaker count as the
same statement; set by eye on the example stories, where reworded reprints score 65-100
and different statements of one speaker stay below 50."""


def align_statements(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements of a story's articles (each with ``id`` and ``quotes``), most widely
    reported first: ``{"speaker", "variants": {article_id: [quote, ...]}, "outlets": n}``."""
    groups: list[dict[str, Any]] = []
    for art in articles:
        for quote in art.get("quotes") or []:
            who, words = speaker_key(quote), fold(quote.get("text") or "")
            for group in groups:
                if group["who"] == who and fuzz.token_set_ratio(group["words"],
                                                                words) >= SIMILAR_WORDING:
                    group["variants"].setdefault(art["id"], []).append(quote)
                    break
            else:
                people = quote.get("people") or []
                groups.append({"who": who, "words": words,
                               "speaker": people[0]["name"] if people else quote.get("speaker"),
                               "variants": {art["id"]: [quote]}})
    ranked = sorted(groups, key=lambda g: -len(g["variants"]))
    return [{"speaker": g["speaker"], "variants": g["variants"],
             "outlets": len(g["variants"])} for g in ranked]
