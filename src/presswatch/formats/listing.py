"""Print the rows of a store read as a table, a JSON list or CSV (the query commands)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from presswatch.formats.csvfile import iso_dates, write_csv
from presswatch.textutil import counted

__all__ = ["LIST_FORMATS", "person_rows", "short_key", "write_rows"]

LIST_FORMATS = ("table", "json", "csv")
TABLE_CELL_CHARS = 120
"""Longer cells are shortened in ``table`` output (json and csv keep everything)."""


SHORT_KEY_ARTICLE_CHARS = 10
"""Characters of the article id a table shows in a quote key (``0a6821cc41:59-180``): the
commands that take a KEY accept this short form while it names one quote."""
SHORT_KEY_CHARS = SHORT_KEY_ARTICLE_CHARS + 12


def short_key(key: Any) -> str:
    """A quote key as a table shows it: ``<article id prefix>:<start>-<end>``."""
    if not isinstance(key, str) or ":" not in key:
        return _cell(key)
    article, _sep, span = key.partition(":")
    return f"{article[:SHORT_KEY_ARTICLE_CHARS]}:{span}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value)
    return text if len(text) <= TABLE_CELL_CHARS else text[:TABLE_CELL_CHARS - 1] + "…"


def _role_dates(role: dict[str, Any]) -> str:
    """When a role was held, as the articles (and the identities file) date it:
    ``2022-01-21 → 2022-02-10``, ``since 2004-03-09`` (declared with no end), one day
    alone, or ``undated``; then how many article mentions gave it."""
    first, last = role.get("first_seen"), role.get("last_seen")
    if first and last and first != last:
        when = f"{first} → {last}"
    elif first and not last:
        when = f"since {first}"
    else:
        when = first or last or "undated"
    return f"{when} ({counted(role.get('count') or 0, 'mention')})"


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, out: TextIO, *,
               columns: Sequence[str] | None = None, width: int | None = None) -> None:
    """Write ``rows`` to ``out``: ``json`` is one JSON list of objects (every field),
    ``csv`` and ``table`` show ``columns`` (every field when None)."""
    if fmt == "json":
        json.dump([{k: iso_dates(v) for k, v in r.items()} for r in rows], out,
                  ensure_ascii=False, indent=1)
        out.write("\n")
        return
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        write_csv(rows, out, cols)
        return
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(LIST_FORMATS)}")
    from rich.console import Console  # only tables need rich: json and csv start faster
    from rich.table import Table

    table = Table(show_lines=False, highlight=False)
    for c in cols:  # a key is pasted into other commands: shown whole, never cut
        table.add_column(c, no_wrap=c == "key", min_width=SHORT_KEY_CHARS if c == "key" else None)
    for r in rows:
        table.add_row(*(short_key(r.get(c)) if c == "key" else _cell(r.get(c)) for c in cols))
    Console(file=out, width=width, highlight=False).print(table)


def person_rows(info: dict[str, Any]) -> list[dict[str, Any]]:
    """One person as flat rows (section, value, details) for table and csv output."""
    rows = [{"section": "person", "value": info["name"],
             "detail": f"{counted(info['quotes'], 'quote')} "
                       f"({counted(info['statements'], 'distinct statement')}) "
                       f"in {counted(info['articles'], 'article')}"}]
    rows += [{"section": "alias", "value": a, "detail": ""} for a in info["aliases"]]
    rows += [{"section": "role", "value": r["role"], "detail": _role_dates(r)}
             for r in info["roles"]]
    rows += [{"section": "act", "value": act, "detail": str(n)}
             for act, n in info["acts"].items()]
    rows += [{"section": "counterpart", "value": c["name"],
              "detail": counted(c["interactions"], "interaction")} for c in info["counterparts"]]
    rows += [{"section": "addressee", "value": c["name"], "detail": counted(c["quotes"], "quote")}
             for c in info["addressees"]]
    return rows
