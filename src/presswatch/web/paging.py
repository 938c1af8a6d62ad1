"""Pages of results: ``{"items": [...], "next": cursor | null, "truncated": bool}``.

A cursor is opaque to clients (base64 of a small JSON object), so the paging scheme can
change (offsets today, keysets later) without breaking anyone who just follows ``next``.
Lists read through the Store are capped at its :data:`MAX_LIMIT` rows: past that, ``next``
is null and ``truncated`` says that more rows matched (rather than cutting silently).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from typing import Any

import orjson
from fastapi import Response

from presswatch.store import MAX_LIMIT, Rows

__all__ = ["DEFAULT_PAGE", "MAX_PAGE", "BadCursor", "JSONPage", "decode_cursor",
           "encode_cursor", "page", "page_capped"]

DEFAULT_PAGE = 50
MAX_PAGE = 500
"""Items one API page returns by default and at most (``limit``)."""


class BadCursor(ValueError):
    """A ``cursor`` parameter this server did not make."""


def encode_cursor(offset: int) -> str:
    """The opaque cursor of the page starting at ``offset``."""
    raw = json.dumps({"o": offset}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for (0 without one)."""
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        offset = json.loads(raw)["o"]
    except (binascii.Error, ValueError, KeyError, TypeError):
        raise BadCursor("cursor: not a cursor from this server") from None
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise BadCursor("cursor: not a cursor from this server")
    return offset


def page(items: list[dict[str, Any]], more: bool, offset: int, limit: int) -> dict[str, Any]:
    """A page from a read that took ``offset`` and ``limit`` itself."""
    return {"items": items, "next": encode_cursor(offset + limit) if more else None,
            "truncated": False}


def page_capped(read: Callable[[int], Rows], offset: int, limit: int) -> dict[str, Any]:
    """A page from a capped Store read that only takes a ``limit``: it reads the first
    ``offset + limit`` rows and keeps the last ``limit``."""
    if offset >= MAX_LIMIT:
        raise BadCursor("cursor: past the last page")
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
