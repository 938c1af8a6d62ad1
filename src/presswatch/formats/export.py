"""Dump a store to files an analyst can load anywhere: JSON Lines, CSV or Parquet.

``quotes`` is exported as citable rows (outlet, URL, date, the sentence around the quote
and its offsets, corrections applied, deleted quotes left out, and its ``citation``:
reported speech for indirect and mixed quotes, see :mod:`.citation`); the other public tables as
they are. Rows stream from the store in batches, so a large store never sits in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presswatch.formats.citation import with_citations
from presswatch.formats.csvfile import QUOTE_CSV_COLUMNS, iso_dates, write_csv

if TYPE_CHECKING:
    from presswatch.store import Store

__all__ = ["EXPORT_FORMATS", "EXPORT_TABLES", "export"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
EXPORT_TABLES = ("quotes", "articles", "interactions", "interaction_participants", "people",
                 "person_aliases", "person_roles", "quote_people", "stories",
                 "article_stories", "corrections", "article_credits", "events",
                 "event_mentions", "event_people", "quote_variants")
BATCH_ROWS = 5000
"""Rows per Parquet row group and per read batch."""

PARQUET_EXTRA = "pip install 'presswatch[parquet]'"
"""How to get Parquet export: pyarrow is an optional extra (about 100 MB installed)."""


def parquet_available() -> bool:
    """Whether pyarrow, which writes Parquet, is installed."""
    import importlib.util

    return importlib.util.find_spec("pyarrow") is not None


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps({k: iso_dates(v) for k, v in row.items()}, ensure_ascii=False)
                     + "\n")
            n += 1
    return n


def _write_csv(rows: Iterable[dict[str, Any]], path: Path, columns: list[str]) -> int:
    with path.open("w", encoding="utf-8", newline="") as fh:
        return write_csv(rows, fh, columns)


def _write_parquet(rows: Iterable[dict[str, Any]], path: Path, kinds: dict[str, str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "datetime": pa.timestamp("us", tz="UTC"), "str": pa.string(),
             "list": pa.list_(pa.string())}
    schema = pa.schema([(name, arrow[kind]) for name, kind in kinds.items()])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        for batch in _batches(rows, BATCH_ROWS):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def export(store: Store, out_dir: str | Path, fmt: str) -> dict[str, int]:
    """Write every public table of ``store`` to ``out_dir`` as ``<table>.<fmt>``.

    Args:
        store: The store to dump.
        out_dir: A folder, created if missing.
        fmt: ``jsonl``, ``csv`` or ``parquet``.
    Returns:
        Rows written per table.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet" and not parquet_available():
        raise ValueError(f"Parquet export needs pyarrow: {PARQUET_EXTRA}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in EXPORT_TABLES:
        kinds = store.column_kinds(name)
        if name == "quotes":  # the columns of every quote CSV, people and sources as lists
            kinds = {c: {"people": "list", "sources": "list"}.get(c, kinds.get(c, "str"))
                     for c in QUOTE_CSV_COLUMNS}
            rows = with_citations(store.iter_cited_quotes())
        else:
            rows = store.iter_table(name)
        path = out / f"{name}.{fmt}"
        if fmt == "jsonl":
            written[name] = _write_jsonl(rows, path)
        elif fmt == "csv":
            written[name] = _write_csv(rows, path, list(kinds))
        else:
            written[name] = _write_parquet(rows, path, kinds)
    return written
