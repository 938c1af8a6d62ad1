"""A small inline SVG chart of a person's quotes by speech act over time, made in Python.

No JavaScript and no chart library: the pages must work offline without a build step. One
stacked bar per month (per year when the span is long), one colour per act; each segment
has a ``<title>`` so hovering it gives the period, act and count. Every text in the SVG is
escaped.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Callable

from markupsafe import Markup

from presswatch.lexicon import ACTS

__all__ = ["ACT_COLORS", "MAX_MONTHS", "acts_chart"]

ACT_COLORS = dict(zip((*ACTS, "?"), (
    "#4e79a7", "#59a14f", "#edc948", "#e15759", "#f28e2b", "#b07aa1", "#ff9da7",
    "#9c755f", "#76b7b2", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#bab0ac"),
    strict=True))

MAX_MONTHS = 36
"""Beyond this many months between the first and last quote, bars are per year."""

WIDTH, HEIGHT, AXIS = 640, 180, 22


def _act_order(act: str) -> int:
    return ACTS.index(act) if act in ACTS else len(ACTS)


def _buckets(by_period: dict[str, dict[str, int]]) -> dict[str, Counter[str]]:
    months = sorted(p for p in by_period if len(p) == 7)
    by_year = len({p[:4] for p in by_period}) > MAX_MONTHS // 12 or not months
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for period, acts in by_period.items():
        out[period[:4] if by_year else period].update(acts)
    return dict(sorted(out.items()))


def acts_chart(by_period: dict[str, dict[str, int]], *, title: str = "",
               act_name: Callable[[str], str] = str) -> Markup:
    """The chart as inline ``<svg>`` (empty Markup when there is nothing to draw).

    Args:
        by_period: ``{"2022-01": {"statement": 2, ...}, "2023": {...}}``.
        title: The accessible name of the chart.
        act_name: Display name of an act (the page's language).
    """
    buckets = _buckets(by_period)
    if not buckets:
        return Markup("")
    top = max(sum(c.values()) for c in buckets.values())
    slot = WIDTH / len(buckets)
    bar = max(2.0, min(40.0, slot * 0.7))
    plot = HEIGHT - AXIS
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="{html.escape(title)}">']
    every = max(1, len(buckets) // 8)
    for i, (period, acts) in enumerate(buckets.items()):
        x = i * slot + (slot - bar) / 2
        y = plot
        for act_ in sorted(acts, key=_act_order):
            h = acts[act_] / top * (plot - 6)
            y -= h
            tip = html.escape(f"{period} · {act_name(act_)}: {acts[act_]}")
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{ACT_COLORS.get(act_, ACT_COLORS["?"])}" '
                         f'data-act="{html.escape(act_)}"><title>{tip}</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{HEIGHT - 6}" '
                         f'text-anchor="middle">{html.escape(period)}</text>')
    parts.append(f'<line x1="0" y1="{plot}" x2="{WIDTH}" y2="{plot}" class="axis"/></svg>')
    return Markup("".join(parts))
