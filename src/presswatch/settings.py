"""The settings table: every tunable a user can change, one row each (the Datasette habit).

Each :class:`Setting` has a name, a default and a help text that says what it does and, where
we measured it, why the default is what it is. The CLI's options and the web app's
arguments read their defaults and help from here, so the two cannot drift apart, and
``presswatch settings`` prints the table. Thresholds of the language rules are not here:
they are named constants next to the rules, documented with the evaluation behind them.
This module imports nothing of presswatch, so that any layer can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["DEFAULT_IDENTITIES_NAME", "SETTINGS", "Setting", "default", "help_text"]

DEFAULT_IDENTITIES_NAME = "presswatch_identities.yaml"
"""The identities file looked for next to a SQLite database file when no ``--identities``
is given (here, not in :mod:`presswatch.linking.identities`, so that the command's help
names it without importing the linking rules)."""


@dataclass(frozen=True, slots=True)
class Setting:
    """One tunable: its name, its default and what to know before changing it."""

    name: str
    default: Any  # int, float or None
    help: str


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("max_chars", 200_000,  # reading.DEFAULT_MAX_CHARS (a test keeps them equal)
            "Longest article accepted; longer ones are errors."),
    Setting("batch_size", 16, "Articles per spaCy batch."),
    Setting("dask_address", None,
            "Scheduler of a Dask cluster to annotate on (tcp://host:8786; tls://… with Dask's "
            "TLS settings); without it, annotation runs here (needs presswatch[dask])."),
    Setting("partition_size", 32,
            "Articles per partition: one Dask task (annotate/ingest --dask) and one file of "
            "annotate --format parquet. Large enough to keep each worker's pipeline busy, "
            "small enough that a lost worker costs little work to redo."),
    Setting("n_process", 1,
            "Worker processes for the spaCy pipeline (on 2 cores, 2 processes annotated "
            "8.6 docs/s against 12.7 for one; ingest, which also writes, gained: 25.8 "
            "against 17.1)."),
    Setting("limit", 100, "Most rows shown; stderr says when more matched."),
    Setting("max_limit", 10_000, "Most rows one read returns (export streams everything)."),
    Setting("read_time_limit", 5.0,
            "Seconds one web request's reads may take before they are interrupted (503); "
            "the 100,000-quote load run answers in tens of milliseconds."),
    Setting("max_body_bytes", 2_000_000,
            "Largest request body the web app accepts (413 beyond): a max_chars article as "
            "JSON fits, even with every accented letter escaped."),
    Setting("serve_workers", 1,
            "Server processes, each with its own connections: one per CPU core multiplies "
            "the reads answered per second."),
    Setting("serve_threads", None,
            "Threads per server process running reads and annotations (default 40). A read "
            "holds Python's lock for most of its time: on a busy read-only server, 1 thread "
            "per process and a process per core answer the most (with 1, the quotes and "
            "search API read in the event loop's own thread)."),
)}
"""Every setting, by name."""


def default(name: str) -> Any:
    """The default of setting ``name``."""
    return SETTINGS[name].default


def help_text(name: str) -> str:
    """The help text of setting ``name``."""
    return SETTINGS[name].help
