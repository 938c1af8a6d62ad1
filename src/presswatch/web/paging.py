"""Pages of results: ``{"items": [...], "next": cursor | null, "truncated": bool}``.

A cursor is opaque to clients, who just follow ``next``: ``o`` and an offset today
(``o50``), with a leading letter so that another scheme (keysets) can come beside it. Its
OpenAPI pattern (:data:`CURSOR_PATTERN`, :data:`CAPPED_CURSOR_PATTERN`) admits exactly the
cursors a list accepts, so a client (or schemathesis) that follows the schema never gets a
422 for a well-formed cursor.
Lists read through the Store are capped at its :data:`MAX_LIMIT` rows: past that, ``next``
is null and ``truncated`` says that more rows matched (rather than cutting silently).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import orjson
from fastapi import Response

from presswatch.store import MAX_LIMIT, Rows
from presswatch.web.i18n import invalid_value

__all__ = ["CAPPED_CURSOR_PATTERN", "CURSOR_PATTERN", "DEFAULT_PAGE", "MAX_PAGE", "BadCursor",
           "JSONPage", "decode_cursor", "encode_cursor", "page", "page_capped"]

DEFAULT_PAGE = 50
MAX_PAGE = 500
"""Items one API page returns by default and at most (``limit``)."""


CURSOR_PATTERN = r"^o[0-9]{1,9}$"
"""Cursors of lists that page through every row (articles, interactions)."""

CAPPED_CURSOR_PATTERN = rf"^o[0-9]{{1,{len(str(MAX_LIMIT)) - 1}}}$"
"""Cursors of lists read through the Store: one digit fewer than its MAX_LIMIT rows has,
so every offset they can write is under the cap."""

_CURSOR = re.compile(r"o([0-9]{1,9})", re.ASCII)


class BadCursor(ValueError):
    """A ``cursor`` parameter this server did not make; ``reason`` says why, as a key of
    :func:`presswatch.web.i18n.invalid_value` (the message is its English text)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"cursor: {invalid_value('en', reason)}")


def encode_cursor(offset: int) -> str:
    """The opaque cursor of the page starting at ``offset``."""
    return f"o{offset}"


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for (0 without one)."""
    if not cursor:
        return 0
    match = _CURSOR.fullmatch(cursor)
    if match is None:
        raise BadCursor("cursor")
    return int(match.group(1))


def page(items: list[dict[str, Any]], more: bool, offset: int, limit: int) -> dict[str, Any]:
    """A page from a read that took ``offset`` and ``limit`` itself."""
    return {"items": items, "next": encode_cursor(offset + limit) if more else None,
            "truncated": False}


def page_capped(read: Callable[[int], Rows], offset: int, limit: int) -> dict[str, Any]:
    """A page from a capped Store read that only takes a ``limit``: it reads the first
    ``offset + limit`` rows and keeps the last ``limit``."""
    if offset >= MAX_LIMIT:
        raise BadCursor("cursor_past_end")
    end = min(offset + limit, MAX_LIMIT)
    rows = read(end)
    more = rows.truncated
    return {"items": rows.rows[offset:end],
            "next": encode_cursor(end) if more and end < MAX_LIMIT else None,
            "truncated": more and end >= MAX_LIMIT}


class JSONPage(Response):
    """A page serialised once, by orjson. Store rows are plain JSON values already, so an
    endpoint returns this instead of letting FastAPI validate every item against the
    ``Page`` model and serialise it again: on a 50-quote page that was most of the
    request's time outside the query. The model still documents the endpoint (its
    ``response_model``)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        try:
            return orjson.dumps(content)
        except TypeError:  # keys that are str subclasses (SQLAlchemy's quoted names) need
            return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)  # a slower option
