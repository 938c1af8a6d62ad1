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
from presswatch.store.corrections import Overlay, quote_select
from presswatch.store.engine import reading

__all__ = ["FACET_SIZE", "STORY_SORTS", "BrowseReads", "article_conditions", "facet",
           "facets_of", "speaker_facet", "top_values", "year_of"]

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
    return total, {name: top_values(counts, labels) for name, counts in counters.items()}


def top_values(counts: Counter[Any], labels: dict[Any, Any] | None = None
               ) -> list[dict[str, Any]]:
    """A facet: its :data:`FACET_SIZE` most frequent non-null values with a positive count,
    most frequent first (ties by value), each with its label when ``labels`` has one."""
    labels = labels or {}
    top = sorted(((v, n) for v, n in counts.items() if v is not None and n > 0),
                 key=lambda kv: (-kv[1], str(kv[0])))[:FACET_SIZE]
    return [{"value": v, "count": n} | ({"label": labels[v]} if v in labels else {})
            for v, n in top]


def speaker_facet(conn: Connection, spoken: Sequence[tuple[str, int]]
                  ) -> list[dict[str, Any]]:
    """The speaker facet from (person id, quotes) pairs: the :data:`FACET_SIZE` most
    quoted (ties by id), named, most quoted first (ties by name)."""
    top = sorted(((pid, n) for pid, n in spoken if n > 0), key=lambda r: (-r[1], r[0]))
    top = top[:FACET_SIZE]
    p = schema.people
    names = dict(conn.execute(select(p.c.id, p.c.name).where(
        p.c.id.in_([pid for pid, _n in top]))).all())
    return sorted(({"value": names[pid], "id": pid, "count": n} for pid, n in top),
                  key=lambda v: (-v["count"], v["value"]))


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

    def _every_quote_facets(self) -> dict[str, Any]:
        """:meth:`Reads.quote_facets` of every quote, counted facet by facet over narrow
        columns (the act index; type; listing date; quotes per article for outlets and
        stories; the people quotes are linked to) rather than by grouping the
        overlaid listing of every quote: at 100,000 quotes the general way took a second
        (``bench/browse_pages.py``). The few quotes a user corrected are then moved from
        the pipeline's act and type to the corrected ones, and deleted ones taken out, so
        that the counts are the general way's exactly."""
        with reading(self.engine) as conn:
            counts, spoken = _stored_counts(conn)
            total = counts["act"].total()  # (read before the corrections move the counts)
            total -= _apply_corrections(conn, counts, spoken)
            speakers = speaker_facet(conn, list(spoken.items()))
            stories = top_values(counts["story"])
            labels = dict(conn.execute(select(schema.stories.c.id, schema.stories.c.label)
                                       .where(schema.stories.c.id.in_(
                                           [v["value"] for v in stories]))).all())
        facets = {name: top_values(c) for name, c in counts.items() if name != "story"}
        return {"count": total, "facets": {
            "speaker": speakers, "act": facets["act"], "type": facets["type"],
            "outlet": facets["outlet"], "story": top_values(counts["story"], labels),
            "year": facets["year"]}}

    def article_facets(self, *, outlet: str | None = None, since: str | None = None,
                       until: str | None = None, story: str | None = None) -> dict[str, Any]:
        """How many articles match (as :meth:`articles_page` filters them), and their
        outlets, stories and years with counts."""
        a, ast, st = schema.articles, schema.article_stories, schema.stories
        sub = (select(a.c.id, a.c.outlet, a.c.date, ast.c.story_id.label("story"))
               .outerjoin(ast, ast.c.article_id == a.c.id)
               .where(*article_conditions(outlet, since, until, story))
               .subquery("matched"))
        with reading(self.engine) as conn:
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
        with reading(self.engine) as conn:
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
        with reading(self.engine) as conn:
            return {"quotes": conn.execute(select(func.count()).select_from(matched))
                    .scalar_one(),
                    "articles": conn.execute(select(func.count()).select_from(articles))
                    .scalar_one()}


def _stored_counts(conn: Connection) -> tuple[dict[str, Counter[Any]], Counter[Any]]:
    """Every stored quote counted by act, type, year, outlet and story over narrow columns,
    and the quotes each person is linked to, as the pipeline stored them."""
    q, a, ast, qp = schema.quotes, schema.articles, schema.article_stories, \
        schema.quote_people
    counts: dict[str, Counter[Any]] = {n: Counter() for n in ("act", "type", "outlet",
                                                              "story", "year")}
    year, n = year_of(q.c.said_when), func.count()
    per_article = select(q.c.article_id, n.label("n")).group_by(q.c.article_id).subquery()
    counts["act"].update(dict(conn.execute(select(q.c.act, n).group_by(q.c.act)).all()))
    for name, column in (("type", q.c.type), ("year", year)):  # two passes: one
        counts[name].update(dict(conn.execute(  # grouping by both sorts far more
            select(column, n).group_by(column)).all()))
    for outlet, story, count in conn.execute(
            select(a.c.outlet, ast.c.story_id, func.sum(per_article.c.n))
            .select_from(per_article.join(a, a.c.id == per_article.c.article_id)
                         .outerjoin(ast, ast.c.article_id == per_article.c.article_id))
            .group_by(a.c.outlet, ast.c.story_id)):
        counts["outlet"][outlet] += count
        counts["story"][story] += count
    spoken = Counter(dict(conn.execute(  # a link may outlive its quote until the
        select(qp.c.person_id, n).join(q, q.c.key == qp.c.quote_key)  # recompute
        .group_by(qp.c.person_id)).all()))
    return counts, spoken


def _apply_corrections(conn: Connection, counts: dict[str, Counter[Any]],
                       spoken: Counter[Any]) -> int:
    """Move the corrected quotes from the pipeline's act and type to the corrected ones and
    take the deleted ones out of every count (in place); returns how many were deleted."""
    q, a, ast, qp = schema.quotes, schema.articles, schema.article_stories, \
        schema.quote_people
    year, n = year_of(q.c.said_when), func.count()
    fix = Overlay(fields=("act", "type", "deleted"))
    fixed = select(schema.corrections.c.quote_key).where(
        schema.corrections.c.field.in_(fix.fields))
    corrected = fix.join(select(
        q.c.key, q.c.act, q.c.type, fix.value("act").label("fixed_act"),
        fix.value("type").label("fixed_type"), fix.kept().label("kept"),
        a.c.outlet, ast.c.story_id, year.label("year"))
        .select_from(q.join(a, a.c.id == q.c.article_id)
                     .outerjoin(ast, ast.c.article_id == q.c.article_id))
    ).where(q.c.key.in_(fixed))
    deleted = []
    for r in conn.execute(corrected):
        counts["act"][r.act] -= 1
        counts["type"][r.type] -= 1
        if r.kept:
            counts["act"][r.fixed_act] += 1
            counts["type"][r.fixed_type] += 1
            continue
        deleted.append(r.key)
        for name, value in (("outlet", r.outlet), ("story", r.story_id), ("year", r.year)):
            counts[name][value] -= 1
    if deleted:
        spoken.subtract(dict(conn.execute(
            select(qp.c.person_id, n).where(qp.c.quote_key.in_(deleted))
            .group_by(qp.c.person_id)).all()))
    return len(deleted)
