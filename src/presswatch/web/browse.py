"""The browse pages: ``/quotes``, ``/people``, ``/articles`` and ``/stories``, Datasette's
table view for each list.

Each page is its API list (same parameters, same read, so the same rows) with a filter
form, sorting, facets (each value with its count, a link that adds the filter), the
active filters as links that remove them, a count of what matches, and links to its JSON
twin and its CSV (``format=csv``, on the page as on the API; the page links to the API's,
:data:`presswatch.web.paging.MAX_PAGE` rows at a time). An empty list says what to try
instead.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute

from presswatch.formats.citation import with_citations
from presswatch.lexicon import ACTS
from presswatch.web.api import (
    Act,
    ArticleSort,
    CappedCursor,
    Cursor,
    Day,
    Format,
    PeopleSort,
    QuoteSort,
    Read,
    StorySort,
    Text,
    quote_filter,
)
from presswatch.web.csvpage import csv_page
from presswatch.web.paging import MAX_PAGE, decode_cursor, page, page_capped
from presswatch.web.render import page as render
from presswatch.web.render import search_terms

__all__ = ["BROWSE_PAGE", "router"]



class _FormRoute(APIRoute):
    """A browse page reads its own filter form, which sends every field, the empty ones
    too (``?speaker=&act=``): an empty field is no filter, not an empty value to match
    (nor an act to refuse)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def without_empty_fields(request: Request) -> Response:
            given = parse_qsl(request.scope["query_string"].decode("latin-1"),
                              keep_blank_values=True)
            scope = dict(request.scope)
            scope["query_string"] = urlencode([(k, v) for k, v in given if v]).encode()
            return await handle(Request(scope, request.receive))

        return without_empty_fields


router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse,
                   route_class=_FormRoute)

BROWSE_PAGE = 50
"""Rows per browse page (the API's default page)."""

SORTS = {"quotes": ("oldest", "newest"), "people": ("quotes", "articles", "name"),
         "articles": ("newest", "oldest", "quotes"),
         "stories": ("latest", "oldest", "articles", "outlets")}
"""Each list's orders, its default first (the API's ``sort`` values)."""
NOUNS = {"quotes": "quote", "people": "person", "articles": "article", "stories": "story"}


def _show(request: Request, kind: str, found: dict[str, Any], format: str,
          params: dict[str, Any], **context: Any) -> Response:
    """The page, or its CSV when asked (``format=csv``)."""
    given = {k: v for k, v in params.items() if v not in (None, "")}
    if format == "csv":
        return csv_page(kind, found, request.url.path, given)
    api = f"/api/{kind}" + ("?" + urlencode(given) if given else "")
    csv = f"/api/{kind}?" + urlencode(given | {"format": "csv", "limit": MAX_PAGE})
    filters = {k: v for k, v in given.items() if k != "sort"}
    return HTMLResponse(render(request, f"browse_{kind}.html", kind=kind,
                               items=found["items"], next=found["next"], params=given,
                               filters=filters, sorts=SORTS[kind], list_noun=NOUNS[kind],
                               acts=ACTS, json_url=api, csv_url=csv, **context))


@router.get("/quotes")
def quotes(request: Request, db: Read, speaker: Text = None, since: Day = None,
           until: Day = None, act: Act | None = None, q: Text = None, outlet: Text = None,
           story: Text = None, sort: QuoteSort = "oldest", cursor: CappedCursor = None,
           format: Format = "json") -> Response:
    """Every quote, filtered by speaker, act, outlet, story, dates and words, with facets."""
    params = {"speaker": speaker, "since": since, "until": until, "act": act, "q": q,
              "outlet": outlet, "story": story, "sort": sort}
    f = quote_filter(**params)
    found = page_capped(lambda n: db.quotes(f, limit=n), decode_cursor(cursor), BROWSE_PAGE)
    found["items"] = list(with_citations(found["items"]))
    summary = db.quote_facets(f) if format != "csv" else {"count": None, "facets": {}}
    return _show(request, "quotes", found, format, params, count=summary["count"],
                 facets=summary["facets"], terms=search_terms(q or ""))


@router.get("/people")
def people(request: Request, db: Read, name: Text = None, sort: PeopleSort = "quotes",
           cursor: CappedCursor = None, format: Format = "json") -> Response:
    """Every canonical person, by name part, most quoted first or as sorted."""
    offset = decode_cursor(cursor)
    found = page_capped(lambda n: db.people(name=name, limit=n, sort=sort), offset,
                        BROWSE_PAGE)
    count = None
    if not name:
        count = db.counts()["people"]
    elif not offset and not found["next"] and not found["truncated"]:
        count = len(found["items"])
    return _show(request, "people", found, format, {"name": name, "sort": sort},
                 count=count, facets={})


@router.get("/articles")
def articles(request: Request, db: Read, outlet: Text = None, since: Day = None,
             until: Day = None, story: Text = None, sort: ArticleSort = "newest",
             cursor: Cursor = None, format: Format = "json") -> Response:
    """Every article, by outlet, story and dates, with facets."""
    offset = decode_cursor(cursor)
    items, more = db.articles_page(offset=offset, limit=BROWSE_PAGE, outlet=outlet,
                                   since=since, until=until, story=story, sort=sort)
    summary = ({"count": None, "facets": {}} if format == "csv" else
               db.article_facets(outlet=outlet, since=since, until=until, story=story))
    return _show(request, "articles", page(items, more, offset, BROWSE_PAGE), format,
                 {"outlet": outlet, "since": since, "until": until, "story": story,
                  "sort": sort}, count=summary["count"], facets=summary["facets"])


@router.get("/stories")
def stories(request: Request, db: Read, outlet: Text = None, since: Day = None,
            until: Day = None, sort: StorySort = "latest", cursor: Cursor = None,
            format: Format = "json") -> Response:
    """Every story, by outlet and dates, latest first or as sorted."""
    offset = decode_cursor(cursor)
    items, more, total = db.stories_page(offset=offset, limit=BROWSE_PAGE, outlet=outlet,
                                         since=since, until=until, sort=sort)
    return _show(request, "stories", page(items, more, offset, BROWSE_PAGE), format,
                 {"outlet": outlet, "since": since, "until": until, "sort": sort},
                 count=total, facets={})


for _route in router.routes:  # a page answers HEAD as GET (link checkers, uptime probes)
    if "GET" in getattr(_route, "methods", ()):
        _route.methods.add("HEAD")
