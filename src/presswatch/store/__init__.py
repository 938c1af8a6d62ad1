"""presswatch's knowledge base: annotated articles in SQLite or PostgreSQL.

One :class:`Store` owns all SQL. Its tables are a public interface (see the README), its
writes are one transaction per article with insert-or-ignore, and its reads are named
functions returning capped :class:`Rows`. The names below are imported on first use
(PEP 562), so that reading :data:`DEFAULT_URL` or :class:`Rows` does not import SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presswatch.store.capped import DEFAULT_LIMIT, MAX_LIMIT, Rows
    from presswatch.store.reads import EventFilter, QuoteFilter
    from presswatch.store.store import Store, StoreError
    from presswatch.store.urls import DEFAULT_URL

__all__ = ["DEFAULT_LIMIT", "DEFAULT_URL", "MAX_LIMIT", "EventFilter", "QuoteFilter", "Rows",
           "Store", "StoreError"]

_HOMES = {"DEFAULT_LIMIT": "capped", "MAX_LIMIT": "capped", "Rows": "capped",
          "EventFilter": "reads", "QuoteFilter": "reads", "Store": "store",
          "StoreError": "store", "DEFAULT_URL": "urls"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'presswatch.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"presswatch.store.{_HOMES[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
