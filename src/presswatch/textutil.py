"""Small string helpers shared across the package."""

from __future__ import annotations

import unicodedata


def fold(s: str | None) -> str:
    """Lower-case, accent-free, whitespace-normalised form used for matching names."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.replace("’", "'").split())
