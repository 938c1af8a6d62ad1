"""The web app's connections: read-only reads under a time limit, one guarded writer.

Reads use a read-only engine (:mod:`presswatch.store.readonly`). Writes, when enabled, go
through one ordinary :class:`Store` and one lock: SQLite has a single writer anyway, and
``recompute`` must not run twice at once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from presswatch.store import Store
from presswatch.store.readonly import READ_TIME_LIMIT, ReadBudget, Reader, budget, read_only_engine

__all__ = ["READ_TIME_LIMIT", "Backend", "ReadBudget", "Reader", "budget", "open_backend"]


@dataclass(slots=True)
class Backend:
    """What the app reads from and, when writes are enabled, writes to."""

    reader: Reader
    writer: Store | None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _owned: list[Any] = field(default_factory=list)

    def close(self) -> None:
        """Release every connection."""
        for thing in self._owned:
            thing.close() if isinstance(thing, Store) else thing.dispose()


def open_backend(db_url: str, *, writable: bool) -> Backend:
    """Open ``db_url`` for the web app.

    The Store is opened once first (never creating a missing file): that applies pending
    migrations and turns a wrong URL into one readable :class:`StoreError`. Reads then use a
    read-only engine; an in-memory SQLite database can only share the Store's own.
    """
    store = Store(db_url, create=False)
    engine = read_only_engine(store)
    owned: list[Any] = [engine] if engine is not store.engine else []
    if writable:
        owned.append(store)
        return Backend(Reader(engine), store, _owned=owned)
    if engine is store.engine:
        owned.append(store)
    else:
        store.close()
    return Backend(Reader(engine), None, _owned=owned)
