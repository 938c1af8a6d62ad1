"""The CSV twin of a list (``format=csv``, Datasette's ``.csv``): the same page of rows as
the JSON, one line each, under a header of the list's columns.

Written by the one CSV serialiser (:func:`presswatch.formats.csvfile.write_csv`). A page
of quotes carries each quote's citation (:func:`presswatch.formats.citation.cite`:
reported speech is cited as reported, never in guillemets). The next page's URL is in
the ``Link`` header (``rel="next"``), as the JSON's ``next`` cursor.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from fastapi import Response

from presswatch.formats.csvfile import write_csv

__all__ = ["COLUMNS", "CSV_RESPONSE", "csv_page"]

COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": ("key", "article_id", "date", "said_on", "outlet", "speaker", "people", "act",
               "type", "text", "citation", "url", "title", "story", "start", "end"),
    "people": ("id", "name", "role", "quotes", "statements", "articles", "aliases"),
    "articles": ("id", "title", "outlet", "date", "url", "quotes", "story"),
    "stories": ("id", "label", "first_date", "last_date", "articles", "outlets",
                "outlet_names"),
    "interactions": ("article_id", "idx", "type", "place", "date", "participants", "outlet",
                     "url", "title"),
    "search": ("kind", "article_id", "key", "speaker", "type", "text", "citation", "outlet",
               "date", "url"),
}
"""The columns of each list's CSV, in order."""

CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"description": "One page: JSON by default, CSV with `format=csv` (the next "
                         "page's URL in the `Link` header)",
          "content": {"text/csv": {"schema": {"type": "string"}}}}}
"""The OpenAPI description of a list's 200 answer in both formats."""


def _names(value: Any) -> Any:
    """A list of people as their names; the serialiser spells every value."""
    if isinstance(value, list):
        return [v["name"] if isinstance(v, Mapping) and "name" in v else v for v in value]
    return value


def csv_page(kind: str, page: Mapping[str, Any], path: str, params: Mapping[str, Any]
             ) -> Response:
    """``page`` (``{"items", "next"}``) as a CSV download of the ``kind`` list read at
    ``path`` with the query ``params`` (None values left out)."""
    out = io.StringIO()
    write_csv(({k: _names(v) for k, v in row.items()} for row in page["items"]), out,
              COLUMNS[kind])
    headers = {"content-disposition": f'attachment; filename="presswatch-{kind}.csv"'}
    if page.get("next"):
        query = {k: v for k, v in params.items() if v is not None and k != "cursor"}
        query |= {"format": "csv", "cursor": page["next"]}
        headers["link"] = f'<{path}?{urlencode(query)}>; rel="next"'
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
