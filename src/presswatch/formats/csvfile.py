"""The one CSV serialiser: rows of dicts written under a header of chosen columns.

``annotate --format csv``, the query commands' ``--format csv`` and ``export --format csv``
all write through :func:`write_csv`, with one spelling of a cell (:func:`csv_cell`: every
value whole, booleans ``true``/``false``, lists joined by ``"; "``, datetimes in ISO 8601)
and RFC 4180 line ends. Quotes have one set of columns everywhere,
:data:`QUOTE_CSV_COLUMNS`: a column a source cannot fill (``annotate`` has no store
``key``) is empty, never missing.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, TextIO

__all__ = ["LIST_SEPARATOR", "QUOTE_CSV_COLUMNS", "csv_cell", "iso_dates", "write_csv"]

QUOTE_CSV_COLUMNS = ("key", "article_id", "quote_id", "outlet", "url", "date", "title",
                     "story", "start", "end", "text", "type", "speaker", "act", "cue",
                     "cue_start", "cue_end", "mention", "addressee", "said_on", "said_at",
                     "parent", "in_boilerplate", "confidence", "sentence", "sentence_start",
                     "pipeline_version", "corrected", "people", "sources", "citation")
"""A quote's columns in every CSV (and in exports): where and when it was said, its
offsets and sentence, who said it (as written and as linked), how to cite it."""

LIST_SEPARATOR = "; "
"""Between the items of a list cell (names hold commas more often than semicolons)."""


def iso_dates(value: Any) -> Any:
    """A value as JSON and CSV write it, with datetimes in ISO 8601."""
    return value.isoformat() if isinstance(value, datetime) else value


def csv_cell(value: Any) -> Any:
    """One cell, whole: None empty, booleans ``true``/``false`` (as JSON spells them),
    lists joined by :data:`LIST_SEPARATOR`, datetimes in ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return iso_dates(value)


def write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    """Write a header of ``columns`` and one line per row; return the rows written.

    Args:
        rows: Dicts, consumed once; a missing column is an empty cell.
        out: A text stream (opened with ``newline=""`` when it is a file).
        columns: The columns, in order.
    """
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        n += 1
    return n
