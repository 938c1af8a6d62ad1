"""The one CSV serialiser: rows of dicts written under a header of chosen columns.

``annotate --format csv``, the query commands' ``--format csv`` and ``export --format csv``
all write through :func:`write_csv`. They differ only in how a cell is spelled and in the
line ending, which each caller passes in, so that the three keep the content they had
before they shared this writer (changing what the CSV files contain is a separate decision).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, TextIO

__all__ = ["iso_dates", "write_csv"]


def iso_dates(value: Any) -> Any:
    """A cell as the csv module writes it, with datetimes in ISO 8601 (None is empty)."""
    return value.isoformat() if isinstance(value, datetime) else value


def write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO, columns: Sequence[str], *,
              cell: Callable[[Any], Any] = iso_dates, line_end: str = "\r\n") -> int:
    """Write a header of ``columns`` and one line per row; return the rows written.

    Args:
        rows: Dicts, consumed once; a missing column is an empty cell.
        out: A text stream (opened with ``newline=""`` when it is a file).
        columns: The columns, in order.
        cell: How one value is spelled (``None`` stays empty).
        line_end: ``"\\r\\n"`` as RFC 4180 (and the csv module's default), or ``"\\n"``.
    """
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
        n += 1
    return n
