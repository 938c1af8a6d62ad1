"""Where a store lives: a SQLAlchemy URL, or a plain path to a SQLite file.

Kept apart from the engine so that the command line can name the default database and read
``--db`` without importing SQLAlchemy (``presswatch --help`` starts fast).
"""

from __future__ import annotations

__all__ = ["DEFAULT_URL", "database_url"]

DEFAULT_URL = "sqlite:///presswatch.db"
"""The store used when no ``--db`` (nor ``$PRESSWATCH_DB``) is given."""


def database_url(value: str) -> str:
    """``value`` as a SQLAlchemy URL: a URL as given (``sqlite:///x.db``,
    ``postgresql://…``), a plain path (``mystore.db``, ``/data/x.db``) as a SQLite file, as
    Datasette and sqlite-utils take it."""
    return value if "://" in value or value.startswith("sqlite:") else f"sqlite:///{value}"
