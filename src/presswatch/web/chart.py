"""Small inline SVG bar charts, made in Python: a person's quotes by speech act over time,
a story's volume by day and by outlet.

No JavaScript and no chart library: the pages must work offline without a build step and
under a policy without inline styles (colours are SVG attributes, sizes come from the
stylesheet). Every chart has a y axis with its counts, the count over each bar, labelled
x ticks, and a ``<title>`` on every segment (hovering gives the bar, the series and the
count); with nothing to draw it is a sentence saying so, never an empty frame. Every text
in the SVG is escaped.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from datetime import date, timedelta

from markupsafe import Markup

from presswatch.lexicon import ACTS

__all__ = ["ACT_COLORS", "MAX_MONTHS", "SERIES_COLORS", "acts_chart", "bars_chart",
           "story_volume"]

ACT_COLORS = dict(zip((*ACTS, "?"), (
    "#4e79a7", "#59a14f", "#edc948", "#e15759", "#f28e2b", "#b07aa1", "#ff9da7",
    "#9c755f", "#76b7b2", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#bab0ac"),
    strict=True))

SERIES_COLORS = {"direct": "#e0a800", "indirect": "#4e79a7", "mixed": "#59a14f",
                 "?": "#bab0ac", "articles": "#4e79a7"}
"""Colours of the story charts' series (quote types, articles)."""

MAX_MONTHS = 36
"""Beyond this many months between the first and last quote, bars are per year."""

WIDTH, HEIGHT = 640, 200
LEFT, TOP, BOTTOM = 34, 16, 24
"""The plot's margins: y-axis labels on the left, counts above the bars, x labels below."""
MAX_TICKS = 4
MAX_X_LABELS = 10
MAX_DAYS = 92
"""A story's volume by day shows the days without articles when it spans fewer days."""
LABEL_CHARS = 16


def _act_order(act: str) -> int:
    return ACTS.index(act) if act in ACTS else len(ACTS)


def _months(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``), both included."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _buckets(by_period: dict[str, dict[str, int]]) -> dict[str, Counter[str]]:
    """Counts per month, or per year over :data:`MAX_MONTHS` months (or when some are
    known to the year only), with the empty periods between the first and the last: a
    time axis, not a list of the periods that have quotes."""
    if not by_period:
        return {}
    months = sorted(p for p in by_period if len(p) == 7)
    by_year = len(months) < len(by_period) or len(_months(months[0], months[-1])) > MAX_MONTHS
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for period, acts in by_period.items():
        out[period[:4] if by_year else period].update(acts)
    first, last = min(out), max(out)
    axis = ([str(y) for y in range(int(first), int(last) + 1)] if by_year
            else _months(first, last))
    return {period: out.get(period, Counter()) for period in axis}


def _step(top: int) -> int:
    """A round tick step (1, 2, 5, 10, 20…) giving at most :data:`MAX_TICKS` ticks."""
    scale = 1
    while True:
        for base in (1, 2, 5):
            if top / (base * scale) <= MAX_TICKS:
                return base * scale
        scale *= 10


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def empty_chart(message: str) -> Markup:
    """What a chart with nothing to draw shows instead: one sentence."""
    return Markup(f'<p class="chart-empty">{html.escape(message)}</p>')


def bars_chart(bars: Mapping[str, Mapping[str, int]], *, title: str, empty: str,
               colors: Mapping[str, str], series_name: Callable[[str], str] = str,
               order: Callable[[str], object] = str) -> Markup:
    """Stacked bars as inline ``<svg>``: one bar per key of ``bars`` (in the order
    given), one segment per series, coloured by ``colors`` (its ``"?"`` for others).

    Args:
        bars: ``{bar label: {series: count}}``.
        title: The chart's accessible name.
        empty: The sentence shown when there is nothing to draw.
        series_name: A series' display name (the page's language).
        order: The stacking order of series, bottom first.
    """
    totals = {name: sum(series.values()) for name, series in bars.items()}
    if not bars or not any(totals.values()):
        return empty_chart(empty)
    step = _step(max(totals.values()))
    top = step * -(-max(totals.values()) // step)
    plot_h, plot_w = HEIGHT - TOP - BOTTOM, WIDTH - LEFT
    slot = plot_w / len(bars)
    bar = max(2.0, min(48.0, slot * 0.7))
    base = TOP + plot_h
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="{html.escape(title)}">']
    for tick in range(0, top + 1, step):
        y = base - tick / top * plot_h
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH}" y2="{y:.1f}" '
                     f'class="{"axis" if tick == 0 else "grid"}"/>'
                     f'<text class="y-tick" x="{LEFT - 4}" y="{y + 4:.1f}" '
                     f'text-anchor="end">{tick}</text>')
    every = max(1, -(-len(bars) // MAX_X_LABELS))
    for i, (name, series) in enumerate(bars.items()):
        x = LEFT + i * slot + (slot - bar) / 2
        y = base
        for key in sorted(series, key=order):
            h = series[key] / top * plot_h
            y -= h
            tip = html.escape(f"{name} · {series_name(key)}: {series[key]}")
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                         f'height="{h:.1f}" fill="{colors.get(key, colors.get("?", "#999"))}" '
                         f'data-series="{html.escape(key)}"><title>{tip}</title></rect>')
        parts.append(f'<text class="bar-count" x="{x + bar / 2:.1f}" y="{y - 3:.1f}" '
                     f'text-anchor="middle">{totals[name]}</text>')
        if i % every == 0:
            parts.append(f'<text class="x-tick" x="{x + bar / 2:.1f}" y="{HEIGHT - 7}" '
                         f'text-anchor="middle"><title>{html.escape(name)}</title>'
                         f'{html.escape(_short(name))}</text>')
    parts.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}" class="axis"/></svg>')
    return Markup("".join(parts))


def acts_chart(by_period: dict[str, dict[str, int]], *, title: str = "", empty: str = "",
               act_name: Callable[[str], str] = str) -> Markup:
    """A person's quotes by speech act, one stacked bar per month (per year over
    :data:`MAX_MONTHS` months).

    Args:
        by_period: ``{"2022-01": {"statement": 2, ...}, "2023": {...}}``.
        title: The accessible name of the chart.
        empty: The sentence shown when no quote is dated.
        act_name: Display name of an act (the page's language).
    """
    return bars_chart(_buckets(by_period), title=title, empty=empty, colors=ACT_COLORS,
                      series_name=act_name, order=_act_order)


def story_volume(articles: list[dict], *, unknown_outlet: str
                 ) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """A story's volume: articles per day (undated ones left out), and quotes per outlet
    by type (``direct``, ``indirect``, ``mixed``), outlets in the order of their first
    article."""
    by_day: dict[str, Counter[str]] = defaultdict(Counter)
    by_outlet: dict[str, Counter[str]] = {}
    for art in articles:
        if art.get("date"):
            by_day[art["date"][:10]]["articles"] += 1
        types = by_outlet.setdefault(art.get("outlet") or unknown_outlet, Counter())
        for quote in art.get("quotes") or []:
            types[quote.get("type") or "?"] += 1
    return _every_day(dict(sorted(by_day.items()))), by_outlet


def _every_day(by_day: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """``by_day`` with the days between its first and last (at most :data:`MAX_DAYS`)
    that have no article: a time axis. Left as is when a date is not a full day."""
    try:
        days = [date.fromisoformat(d) for d in by_day]
    except ValueError:
        return by_day
    if not days or (max(days) - min(days)).days >= MAX_DAYS:
        return by_day
    span = (min(days) + timedelta(n) for n in range((max(days) - min(days)).days + 1))
    return {d.isoformat(): by_day.get(d.isoformat(), Counter()) for d in span}
