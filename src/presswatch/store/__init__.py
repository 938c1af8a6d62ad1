"""presswatch's knowledge base: annotated articles in SQLite or PostgreSQL.

One :class:`Store` owns all SQL. Its tables are a public interface (see the README), its
writes are one transaction per article with insert-or-ignore, and its reads are named
functions returning capped :class:`Rows`.
"""

from presswatch.store.reads import DEFAULT_LIMIT, MAX_LIMIT, EventFilter, QuoteFilter, Rows
from presswatch.store.store import DEFAULT_URL, Store, StoreError

__all__ = ["DEFAULT_LIMIT", "DEFAULT_URL", "MAX_LIMIT", "EventFilter", "QuoteFilter", "Rows",
           "Store", "StoreError"]
