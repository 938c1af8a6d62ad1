"""How a quote is cited: the one definition pages, the HTTP API, the CLI and exports use.

Only a ``direct`` quote is the speaker's own words, so only it is shown and cited between
« »: ``« Nous ne céderons pas », Élisabeth Borne, Le Monde, 2023-03-16. https://…``.
An ``indirect`` quote is the reporter's paraphrase and a ``mixed`` one a paraphrase holding
quoted fragments; both are cited as reported speech, the fragments keeping the marks the
article gave them: ``Selon Emmanuel Macron (rtl.fr, 2022-02-07), il a proposé de …``. A
quote of unknown type is treated as reported speech: paraphrase is never presented as a
verbatim quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = ["UNNAMED_SPEAKER", "cite", "is_verbatim", "speaker_name", "with_citations",
           "with_hit_citations"]

UNNAMED_SPEAKER = "une source non nommée"
"""Who a reported quote is attributed to when the pipeline found no speaker."""


def is_verbatim(quote: Mapping[str, Any]) -> bool:
    """Whether ``quote`` is the speaker's own words (a ``direct`` quote), to be shown
    between quotation marks; indirect and mixed quotes are reported speech."""
    return quote.get("type") == "direct"


def speaker_name(quote: Mapping[str, Any]) -> str | None:
    """The canonical people the quote was linked to (``people``: names or ``{"name"}``
    dicts), else the speaker as the article wrote it."""
    people = quote.get("people") or []
    names = [p["name"] if isinstance(p, Mapping) else str(p) for p in people]
    return ", ".join(names) if names else quote.get("speaker") or None


def cite(quote: Mapping[str, Any], article_url: str | None = None) -> str:
    """The citation of one quote (a record quote or a store row: ``text``, ``type``,
    ``speaker`` / ``people``, ``outlet``, ``date``, ``url``), ready to paste.

    Args:
        quote: The quote.
        article_url: Its article's URL when the quote does not carry one.
    """
    text = (quote.get("text") or "").strip()
    speaker = speaker_name(quote)
    source = [v for v in (quote.get("outlet"), quote.get("date")) if v]
    link = quote.get("url") or article_url
    if is_verbatim(quote):
        cited = ", ".join([f"« {text} »", *([speaker] if speaker else []), *source]) + "."
    else:
        said_by = speaker or UNNAMED_SPEAKER
        if source:
            said_by += f" ({', '.join(source)})"
        words = text.rstrip(".")
        cited = f"Selon {said_by}, {words}" + ("" if words.endswith(("…", "?", "!")) else ".")
    return f"{cited} {link}" if link else cited


def with_citations(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Quote rows, each with its ``citation`` (streamed: exports never hold them all)."""
    for row in rows:
        row["citation"] = cite(row)
        yield row


def with_hit_citations(hits: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Search hits, each with its ``citation``: a quote's as :func:`with_citations` gives
    it, None for an article (a snippet of the article's text is nobody's statement)."""
    for hit in hits:
        hit["citation"] = cite(hit) if hit.get("kind") == "quote" else None
        yield hit
