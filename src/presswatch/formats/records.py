"""Formatting annotated article records for the command line: JSON Lines, JSON, CSV, a rich
table and a self-contained HTML page.

Every writer takes an iterable of records (the dicts of
:func:`presswatch.annotate.record_from_doc`) and consumes it once, in order, so a long run
can be streamed without holding it in memory.
Nothing here reads files, loads models or decides exit codes: that is the CLI's job.
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from presswatch.formats.citation import cite
from presswatch.formats.csvfile import QUOTE_CSV_COLUMNS
from presswatch.formats.csvfile import write_csv as write_csv_rows

if TYPE_CHECKING:  # rich is imported by the table output only: the command starts faster
    from rich.console import Console
    from rich.text import Text

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "TABLE_TEXT_WIDTH",
    "iter_html",
    "render_html",
    "render_table",
    "truncate",
    "write_csv",
    "write_json",
    "write_jsonl",
    "write_records",
]

FORMATS = ("table", "jsonl", "json", "csv", "html")
"""Output formats of ``presswatch annotate --format``."""

CSV_COLUMNS = QUOTE_CSV_COLUMNS
"""Columns of the CSV output, one row per quote (the same as every quote CSV)."""

TABLE_TEXT_WIDTH = 90
"""Longest quote text shown in a table cell before it is cut with an ellipsis."""

HTML_LIST_TEXT_WIDTH = 120
"""Longest quote text repeated in the quote list under each article of the HTML page."""


# --------------------------------------------------------------------------------------------
# Small helpers


def truncate(text: str | None, width: int) -> str:
    """``text`` on one line (runs of whitespace folded to one space), cut to ``width``
    characters with a trailing ellipsis when longer."""
    flat = " ".join((text or "").split())
    if len(flat) <= width:
        return flat
    return flat[: max(width - 1, 0)].rstrip() + "…"


def _quotes(record: dict[str, Any]) -> list[dict[str, Any]]:
    return list(record.get("quotes") or [])


# --------------------------------------------------------------------------------------------
# JSON Lines, JSON, CSV


def write_jsonl(records: Iterable[dict[str, Any]], fh: TextIO) -> int:
    """Write one compact JSON object per line (UTF-8 characters kept, not ``\\u``-escaped).

    Args:
        records: Article records, consumed once and in order.
        fh: A text stream, e.g. ``sys.stdout``.

    Returns:
        The number of records written.
    """
    n = 0
    for record in records:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_json(records: Iterable[dict[str, Any]], fh: TextIO) -> int:
    """Write one JSON list of records, streamed element by element (``[]`` when empty).

    Args:
        records: Article records, consumed once and in order.
        fh: A text stream.

    Returns:
        The number of records written.
    """
    n = 0
    fh.write("[")
    for record in records:
        fh.write(",\n" if n else "\n")
        fh.write(json.dumps(record, ensure_ascii=False, indent=2))
        n += 1
    fh.write("\n]\n" if n else "]\n")
    return n


def quote_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One row per quote of ``records``, in :data:`QUOTE_CSV_COLUMNS` (what a record does
    not carry, such as the store's ``key`` or linked ``people``, stays empty)."""
    for record in records:
        article = {"article_id": record.get("id"), "outlet": record.get("outlet"),
                   "url": record.get("url"), "date": record.get("date"),
                   "title": record.get("title"), "story": record.get("story"),
                   "pipeline_version": record.get("pipeline_version")}
        for q in _quotes(record):
            row = {**article, **{c: q.get(c) for c in QUOTE_CSV_COLUMNS if c in q},
                   "quote_id": q.get("id"), "article_id": record.get("id")}
            row["citation"] = cite(row)
            yield row


def write_csv(records: Iterable[dict[str, Any]], fh: TextIO) -> int:
    """Write a CSV table with one row per quote, header first, in the columns every
    presswatch CSV of quotes has (:data:`presswatch.formats.csvfile.QUOTE_CSV_COLUMNS`).

    An article without quotes contributes no row.

    Args:
        records: Article records, consumed once and in order.
        fh: A text stream (opened with ``newline=""`` when it is a file).

    Returns:
        The number of quote rows written.
    """
    return write_csv_rows(quote_rows(records), fh, QUOTE_CSV_COLUMNS)


# --------------------------------------------------------------------------------------------
# Rich table


def _header(record: dict[str, Any]) -> Text:
    from rich.text import Text

    n = len(_quotes(record))
    line = Text()
    line.append(str(record.get("id")), style="bold")
    for label, key in (("outlet", "outlet"), ("date", "date"), ("story", "story")):
        value = record.get(key)
        if value or key != "story":
            line.append(f"  {label}: ", style="dim")
            line.append(str(value) if value else "—")
    line.append(f"  {n} quote{'s' if n != 1 else ''}", style="cyan")
    return line


def render_table(records: Iterable[dict[str, Any]], console: Console) -> int:
    """Print each article as a header line (id, outlet, date, quote count), its title when
    known, and a table of its quotes: #, type, speaker, act, cue and the quote text cut to
    :data:`TABLE_TEXT_WIDTH` characters. Quotes inside boilerplate are dimmed.

    All cell content is passed as :class:`rich.text.Text`, so brackets in article text are
    never read as rich markup. On a console that is not a terminal the output is plain text.

    Args:
        records: Article records, consumed once and in order.
        console: Where to print, e.g. ``Console(file=sys.stdout, width=160)``.

    Returns:
        The number of articles printed.
    """
    from rich.table import Table
    from rich.text import Text

    n = 0
    for record in records:
        if n:
            console.print()
        n += 1
        console.print(_header(record))
        if record.get("title"):
            console.print(Text(str(record["title"]), style="italic"))
        quotes = _quotes(record)
        if not quotes:
            console.print(Text("(no quotes)", style="dim"))
            continue
        table = Table(show_edge=False, header_style="bold", pad_edge=False)
        table.add_column("#", no_wrap=True)
        table.add_column("type", no_wrap=True)
        table.add_column("speaker", max_width=24)
        table.add_column("act", no_wrap=True)
        table.add_column("cue", max_width=18)
        table.add_column("quote")  # the first column to shrink; its cells never wrap
        for q in quotes:
            speaker = q.get("speaker")
            table.add_row(
                Text(str(q.get("id") or "")),
                Text(str(q.get("type") or "")),
                Text(speaker) if speaker else Text("?", style="dim"),
                Text(str(q.get("act") or "")),
                Text(str(q.get("cue") or "")),
                Text(truncate(q.get("text"), TABLE_TEXT_WIDTH), no_wrap=True,
                     overflow="ellipsis"),
                style="dim" if q.get("in_boilerplate") else None,
            )
        console.print(table)
    return n


# --------------------------------------------------------------------------------------------
# HTML


@dataclass(frozen=True, slots=True)
class HighlightSpan:
    """One element to wrap around ``text[start:end]`` in the HTML rendering."""

    start: int
    end: int
    rank: int  # among spans with the same start and end, lower ranks go outside
    order: int  # input order, the last tie-breaker
    open_tag: str
    close_tag: str
    first_open_tag: str  # the open tag for the first piece (carries the anchor id)

    @property
    def key(self) -> tuple[int, int, int, int]:
        # Outer spans first: earlier start, then longer, then by kind and input order.
        return (self.start, -self.end, self.rank, self.order)


def _attr(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _text(piece: str) -> str:
    """Escape one piece of article text; line breaks become ``<br>``."""
    escaped = html.escape(piece, quote=False)
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>\n")


def article_spans(record: dict[str, Any], text_len: int, anchor: str) -> list[HighlightSpan]:
    """Quote, cue and boilerplate spans of one record, clipped to the text."""
    spans: list[HighlightSpan] = []

    def add(start: Any, end: Any, rank: int, open_tag: str, close_tag: str,
            first_open_tag: str | None = None) -> None:
        if not isinstance(start, int) or not isinstance(end, int):
            return
        start, end = max(start, 0), min(end, text_len)
        if start < end:
            spans.append(HighlightSpan(start, end, rank, len(spans), open_tag, close_tag,
                               first_open_tag or open_tag))

    for b in record.get("boilerplate") or []:
        add(b.get("start"), b.get("end"), 0,
            f'<span class="boiler" title="boilerplate: {_attr(b.get("kind"))}">', "</span>")
    cues_seen: set[tuple[int, int]] = set()
    for q in _quotes(record):
        qtype = str(q.get("type") or "unknown")
        speaker = q.get("speaker") or "?"
        act = q.get("act") or "?"
        attrs = (f'class="q q-{_attr(qtype)}" title="{_attr(speaker)} — {_attr(act)}"'
                 f' data-quote="{_attr(q.get("id"))}" data-speaker="{_attr(q.get("speaker"))}"'
                 f' data-act="{_attr(q.get("act"))}"')
        add(q.get("start"), q.get("end"), 1, f"<mark {attrs}>", "</mark>",
            f'<mark id="{_attr(anchor)}-{_attr(q.get("id"))}" {attrs}>')
        cue = (q.get("cue_start"), q.get("cue_end"))
        if cue not in cues_seen:
            cues_seen.add(cue)
            add(cue[0], cue[1], 2, '<span class="cue">', "</span>")
    return spans


def highlight_spans(text: str, spans: list[HighlightSpan]) -> str:
    """Escape ``text`` and wrap each span in its tags, properly nested.

    Spans that nest (a quote inside another quote's span, a cue inside a quote) become
    nested elements. Spans that overlap without nesting are split at the boundary: the inner
    element is closed and reopened around the other one's edge, so the markup stays valid.
    """
    order = sorted(spans, key=lambda s: s.key)
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    opened: set[int] = set()  # spans whose first piece was already written
    stack: list[HighlightSpan] = []
    out: list[str] = []
    for here, nxt in itertools.pairwise(bounds):
        active = [s for s in order if s.start <= here < s.end]
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(s.close_tag for s in reversed(stack[keep:]))
        del stack[keep:]
        for s in active[keep:]:
            out.append(s.open_tag if id(s) in opened else s.first_open_tag)
            opened.add(id(s))
            stack.append(s)
        out.append(_text(text[here:nxt]))
    out.extend(s.close_tag for s in reversed(stack))
    return "".join(out)


_CSS = """
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #1d1d1f; background: #fafaf7;
       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font: 600 1.3rem system-ui, sans-serif; }
article { background: #fff; border: 1px solid #e3e3dc; border-radius: 6px; padding: 1rem 1.5rem;
          margin: 1.5rem 0; }
article h2 { font: 600 1.1rem system-ui, sans-serif; margin: 0 0 .2rem; }
.meta, .legend, ol.quotes { font: .85rem system-ui, sans-serif; color: #555; }
.text { margin: 1rem 0; }
mark.q { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.q-direct { background: #ffe8a3; }
mark.q-indirect { background: #cfe6ff; }
mark.q-mixed { background: #dcf5d0; }
mark.q-unknown { background: #eee; }
mark.q mark.q { outline: 1px solid #c49a00; }
.cue { font-weight: bold; text-decoration: underline dotted; }
.boiler { color: #9a9a9a; }
.boiler mark.q { opacity: .6; }
ol.quotes li { margin: .15rem 0; }
ol.quotes .type { display: inline-block; min-width: 4.5rem; }
ol.quotes .speaker { font-weight: 600; color: #1d1d1f; }
.legend mark { margin-right: .5rem; }
"""


def _quote_item(q: dict[str, Any], anchor: str) -> str:
    qid = _attr(q.get("id"))
    speaker = q.get("speaker")
    parts = [
        f'<a href="#{_attr(anchor)}-{qid}">{qid}</a>',
        f'<span class="type">{_attr(q.get("type"))}</span>',
        f'<span class="speaker">{_attr(speaker)}</span>' if speaker else "<em>no speaker</em>",
        f'<span class="act">{_attr(q.get("act") or "?")}</span>',
    ]
    if q.get("cue"):
        parts.append(f"cue “{_attr(q.get('cue'))}”")
    if q.get("parent"):
        parts.append(f"inside {_attr(q.get('parent'))}")
    if q.get("in_boilerplate"):
        parts.append("in boilerplate")
    parts.append(f"<q>{_attr(truncate(q.get('text'), HTML_LIST_TEXT_WIDTH))}</q>")
    return "<li>" + " · ".join(parts) + "</li>"


def _article_html(record: dict[str, Any], number: int) -> str:
    anchor = f"a{number}"
    quotes = _quotes(record)
    title = record.get("title") or record.get("id")
    meta = [f"id {_attr(record.get('id'))}"]
    for key in ("outlet", "date", "story"):
        if record.get(key):
            meta.append(f"{key} {_attr(record[key])}")
    url = record.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        meta.append(f'<a href="{_attr(url)}" rel="noopener noreferrer">{_attr(url)}</a>')
    elif url:
        meta.append(_attr(url))
    meta.append(f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}")
    text = record.get("text")
    if isinstance(text, str):
        body = highlight_spans(text, article_spans(record, len(text), anchor))
    else:
        body = "<em>(article text not available)</em>"
    items = "\n".join(_quote_item(q, anchor) for q in quotes)
    return (f'<article id="{anchor}">\n<h2>{_attr(title)}</h2>\n'
            f'<p class="meta">{" · ".join(meta)}</p>\n'
            f'<div class="text">{body}</div>\n'
            + (f'<ol class="quotes">\n{items}\n</ol>\n' if quotes else "")
            + "</article>\n")


def iter_html(records: Iterable[dict[str, Any]], *, title: str = "presswatch") -> Iterator[str]:
    """Yield the HTML page of :func:`render_html` piece by piece (one piece per article),
    so a long run can be written without building the page in memory."""
    yield ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
           '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           f"<title>{_attr(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
           f"<h1>{_attr(title)}</h1>\n"
           '<p class="legend"><mark class="q q-direct">direct</mark>'
           '<mark class="q q-indirect">indirect</mark><mark class="q q-mixed">mixed</mark>'
           '<span class="cue">cue</span> · <span class="boiler">boilerplate</span></p>\n')
    n = 0
    for record in records:
        n += 1
        yield _article_html(record, n)
    if not n:
        yield "<p><em>No articles.</em></p>\n"
    yield "</body>\n</html>\n"


def render_html(records: Iterable[dict[str, Any]], *, title: str = "presswatch") -> str:
    """One self-contained HTML page (inline CSS, no scripts, no external resources) showing
    each article's text with its quotes highlighted.

    Each quote's span is wrapped in ``<mark class="q q-{type}" title="{speaker} — {act}"
    data-speaker=… data-act=…>``, cues in ``<span class="cue">`` and boilerplate in
    ``<span class="boiler">`` (greyed). Nested quotes render as nested marks; spans that
    overlap without nesting are split at the boundary. Every piece of text and every attribute
    value is escaped with :func:`html.escape`, so an article containing ``<script>`` shows it
    as text. Line breaks become ``<br>``. Under each article, a list of its quotes (speaker,
    act, type) links to the highlighted spans.

    Records need a ``text`` field (the CLI adds it); without one, only the quote list is shown.

    Args:
        records: Article records, consumed once and in order.
        title: The page title.

    Returns:
        The page.
    """
    return "".join(iter_html(records, title=title))


PIPE_WIDTH = 160
"""Width of the ``table`` output when the stream is not a terminal (a pipe or a file)."""


def write_records(fmt: str, records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write ``records`` to ``out`` in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "jsonl":
        write_jsonl(records, out)
    elif fmt == "json":
        write_json(records, out)
    elif fmt == "csv":
        write_csv(records, out)
    elif fmt == "html":
        for piece in iter_html(records):
            out.write(piece)
    elif fmt == "table":
        from rich.console import Console

        console = Console(file=out, width=None if out.isatty() else PIPE_WIDTH, highlight=False)
        render_table(records, console)
    else:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    out.flush()
