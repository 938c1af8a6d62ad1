"""A capped read: rows and whether more matched (the Datasette habit).

Every list read asks for one row more than its limit and says ``truncated`` instead of
cutting silently; the limit itself is bounded, so no read returns an unbounded list
(``export`` streams instead).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from presswatch import settings

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "Rows", "cap"]

DEFAULT_LIMIT: int = settings.default("limit")
MAX_LIMIT: int = settings.default("max_limit")
"""Most rows one read returns; ``export`` streams everything instead."""


@dataclass(frozen=True, slots=True)
class Rows:
    """A capped read: its rows, and whether more rows matched than were returned."""

    rows: list[dict[str, Any]]
    truncated: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of a capped read: ``{"rows": [...], "truncated": bool}``."""
        return asdict(self)


def cap(limit: int | None) -> int:
    """``limit`` within 1..MAX_LIMIT (DEFAULT_LIMIT when None)."""
    return max(1, min(MAX_LIMIT, limit or DEFAULT_LIMIT))
