"""The browse pages' reads: how many rows match a listing's filters, the facets that narrow
it (value and count, Datasette's habit), a page of stories, and search counts (mixed into
:class:`presswatch.store.reads.Reads`).

A listing's facets count over the listing's own query (the quotes' facets are
:meth:`presswatch.store.reads.Reads.quote_facets`), so a facet's count is exactly what
following its link lists. Every facet keeps its :data:`FACET_SIZE`
most frequent values; counts are exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, func, or_, select

from presswatch.store import fts, schema
from presswatch.store.corrections import quote_select

__all__ = ["FACET_SIZE", "STORY_SORTS", "BrowseReads", "article_conditions", "facet",
           "facets_of", "year_of"]

FACET_SIZE = 12
"""Values a facet shows, most frequent first."""

STORY_SORTS = ("latest", "oldest", "articles", "outlets")
"""How a page of stories may be ordered."""


def year_of(column: Any) -> Any:
    """The year of an ISO date column (its first four characters)."""
    return func.substr(column, 1, 4)


def facet(conn: Connection, sub: Any, column: Any, *extra: Any) -> list[dict[str, Any]]:
    """``column``'s most frequent non-null values among ``sub``'s rows, with their counts
    (``extra`` columns are grouped on too: a story's label beside its id)."""
    n = func.count().label("count")
    query = (select(column.label("value"), *extra, n).select_from(sub)
             .where(column.isnot(None)).group_by(column, *extra)
             .order_by(n.desc(), column).limit(FACET_SIZE))
    return [dict(r._mapping) for r in conn.execute(query)]


def facets_of(combos: Sequence[Sequence[Any]], names: Sequence[str]
              ) -> tuple[int, dict[str, list[dict[str, Any]]]]:
    """The total and the facets of rows counted by combination of values: ``combos``
    are ``(value of each of names..., count)``. A ``label`` name is not a facet of its
    own but the label of the value before it (a story's label beside its id). Each
    facet keeps its :data:`FACET_SIZE` most frequent non-null values, as :func:`facet`."""
    counters: dict[str, Counter[Any]] = {n: Counter() for n in names if n != "label"}
    labels: dict[Any, Any] = {}
    total = 0
    for *values, n in combos:
        total += n
        for i, (name, value) in enumerate(zip(names, values, strict=True)):
            if name == "label":
                labels[values[i - 1]] = value
            elif value is not None:
                counters[name][value] += n
    facets = {}
    for name, counts in counters.items():
        top = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:FACET_SIZE]
        facets[name] = [{"value": v, "count": n} | ({"label": labels[v]} if v in labels
                                                     else {}) for v, n in top]
    return total, facets


def article_conditions(outlet: str | None, since: str | None, until: str | None,
                       story: str | None) -> list[Any]:
    """The conditions of the articles' filters (shared by their page and their facets)."""
    a, ast = schema.articles, schema.article_stories
    conds: list[Any] = []
    if outlet:
        conds.append(a.c.outlet.icontains(outlet, autoescape=True))
    if since:
        conds.append(a.c.date >= since)
    if until:
        conds.append(func.substr(a.c.date, 1, len(until)) <= until)
    if story:
        conds.append(ast.c.story_id == story)
    return conds


def with_outlet_names(conn: Connection, stories: list[dict[str, Any]]
                      ) -> list[dict[str, Any]]:
    """Story rows with the sorted names of the outlets that reported each."""
    ast, a = schema.article_stories, schema.articles
    outlets: dict[str, set[str]] = {}
    for r in conn.execute(select(ast.c.story_id, a.c.outlet).join(
            a, a.c.id == ast.c.article_id).where(
            ast.c.story_id.in_([s["id"] for s in stories]))):
        if r.outlet:
            outlets.setdefault(r.story_id, set()).add(r.outlet)
    return [{**s, "outlet_names": sorted(outlets.get(s["id"], ()))} for s in stories]


class BrowseReads:
    """Counts and facets of the browse pages, mixed into :class:`Reads`."""

    engine: Engine

    def article_facets(self, *, outlet: str | None = None, since: str | None = None,
                       until: str | None = None, story: str | None = None) -> dict[str, Any]:
        """How many articles match (as :meth:`articles_page` filters them), and their
        outlets, stories and years with counts."""
        a, ast, st = schema.articles, schema.article_stories, schema.stories
        sub = (select(a.c.id, a.c.outlet, a.c.date, ast.c.story_id.label("story"))
               .outerjoin(ast, ast.c.article_id == a.c.id)
               .where(*article_conditions(outlet, since, until, story))
               .subquery("matched"))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(sub)).scalar_one()
            facets = {
                "outlet": facet(conn, sub, sub.c.outlet),
                "story": facet(conn, sub.join(st, st.c.id == sub.c.story), st.c.id,
                                st.c.label),
                "year": facet(conn, sub, year_of(sub.c.date)),
            }
        return {"count": total, "facets": facets}

    def stories_page(self, *, offset: int, limit: int, outlet: str | None = None,
                     since: str | None = None, until: str | None = None,
                     sort: str = "latest") -> tuple[list[dict[str, Any]], bool, int]:
        """Stories with the outlets that reported each; whether more matched, and how
        many match. ``outlet`` keeps stories one of whose articles it published; a story
        is in ``since``..``until`` when it overlaps it. Sorted by ``sort``
        (:data:`STORY_SORTS`)."""
        st, ast, a = schema.stories, schema.article_stories, schema.articles
        conds: list[Any] = []
        if outlet:
            conds.append(st.c.id.in_(select(ast.c.story_id).join(a, a.c.id == ast.c.article_id)
                                     .where(a.c.outlet.icontains(outlet, autoescape=True))))
        if since:
            conds.append(or_(st.c.last_date >= since, st.c.first_date >= since))
        if until:
            conds.append(func.substr(st.c.first_date, 1, len(until)) <= until)
        order = {"latest": (st.c.first_date.desc(), st.c.articles.desc()),
                 "oldest": (st.c.first_date.is_(None), st.c.first_date, st.c.articles.desc()),
                 "articles": (st.c.articles.desc(), st.c.first_date.desc()),
                 "outlets": (st.c.outlets.desc(), st.c.articles.desc())}[sort]
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(st).where(*conds)).scalar_one()
            found = [dict(r._mapping) for r in conn.execute(
                select(st).where(*conds).order_by(*order, st.c.id)
                .offset(offset).limit(limit + 1))]
            rows = with_outlet_names(conn, found[:limit])
        return rows, len(found) > limit, total

    def search_counts(self, text: str) -> dict[str, int]:
        """How many quotes and how many articles match the search ``text``."""
        dialect = self.engine.dialect.name
        quotes, _col = quote_select()
        matched = fts.match_quotes(quotes, dialect, text).order_by(None).subquery()
        articles = fts.match_articles(dialect, text).order_by(None).subquery()
        with self.engine.connect() as conn:
            return {"quotes": conn.execute(select(func.count()).select_from(matched))
                    .scalar_one(),
                    "articles": conn.execute(select(func.count()).select_from(articles))
                    .scalar_one()}
