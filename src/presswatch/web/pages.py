"""The HTML pages: server-rendered, bookmarkable, each with a JSON twin under ``/api/``.

Pages read exactly what their twin returns (same functions), then render it; a page never
has data the API lacks. Unknown ids are 404 pages, not empty ones.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from presswatch.reading import DEFAULT_MAX_CHARS, Article, InputError, sanitize
from presswatch.reading.checks import check_article, check_date
from presswatch.web.api import Read, annotate_or_503
from presswatch.web.chart import ACT_COLORS, SERIES_COLORS, acts_chart, bars_chart, story_volume
from presswatch.web.i18n import act_label, label
from presswatch.web.paging import decode_cursor, page_capped
from presswatch.web.render import highlight, lang_of, page, search_terms

__all__ = ["SEARCH_PAGE", "router"]

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

SEARCH_PAGE = 40
"""Quotes and articles per search page."""

HOME_STORIES = 12
HOME_PEOPLE = 12


@router.get("/")
def home(request: Request, db: Read) -> str:
    """Counts, latest stories, most quoted people and the search box."""
    return page(request, "home.html", counts=db.counts(),
                stories=db.stories(limit=HOME_STORIES).rows,
                people=db.people(limit=HOME_PEOPLE).rows, json_url="/api")


@router.get("/search")
def search(request: Request, db: Read, q: Annotated[str, Query(max_length=500)] = "",
           cursor: Annotated[str | None, Query(max_length=200)] = None) -> str:
    """Quotes, people and articles matching ``q``."""
    q = q.strip()
    hits: dict[str, Any] = {"items": [], "next": None, "truncated": False}
    found_people: list[dict[str, Any]] = []
    counts = {"quotes": 0, "articles": 0}
    if q:
        offset = decode_cursor(cursor)
        hits = page_capped(lambda n: db.search(q, limit=n), offset, SEARCH_PAGE)
        counts = db.search_counts(q)
        if not offset:
            found_people = db.people(name=q, limit=20).rows
    return page(request, "search.html", q=q, people=found_people, counts=counts,
                terms=search_terms(q),
                quotes=[h for h in hits["items"] if h["kind"] == "quote"],
                articles=[h for h in hits["items"] if h["kind"] == "article"],
                next=hits["next"], json_url="/api/search?" + urlencode({"q": q}) if q else None)


@router.get("/people/{pid}")
def person(request: Request, db: Read, pid: str) -> str:
    """Roles over time, a chart of quotes by act, counterparts and statements."""
    found = db.person_by_id(pid)
    if found is None:
        raise HTTPException(404, label(lang_of(request), "person_not_found"))
    lang = lang_of(request)
    chart = acts_chart(found["acts_by_period"], title=label(lang, "acts_over_time"),
                       empty=label(lang, "no_chart_data"),
                       act_name=lambda a: act_label(lang, a))
    return page(request, "person.html", person=found, chart=chart, colors=ACT_COLORS,
                json_url=f"/api/people/{pid}")


@router.get("/articles/{aid}")
def article(request: Request, db: Read, aid: str) -> str:
    """The article text with its quotes, cues and speakers highlighted."""
    found = db.article(aid)
    if found is None:
        raise HTTPException(404, label(lang_of(request), "article_not_found"))
    body = highlight(found["text"], found["quotes"], found["boilerplate"], lang_of(request))
    return page(request, "article.html", article=found, body=body,
                json_url=f"/api/articles/{aid}")


@router.get("/stories/{sid}")
def story(request: Request, db: Read, sid: str) -> str:
    """The story's outlets side by side, and its statements aligned across them."""
    found = db.story(sid)
    if found is None:
        raise HTTPException(404, label(lang_of(request), "story_not_found"))
    lang = lang_of(request)
    by_day, by_outlet = story_volume(found["articles_list"],
                                     unknown_outlet=label(lang, "unknown_outlet"))
    def series(key: str) -> str:
        return label(lang, "unknown_type" if key == "?" else key)

    charts = {
        "day": bars_chart(by_day, title=label(lang, "volume_by_day"),
                          empty=label(lang, "no_volume_data"), colors=SERIES_COLORS,
                          series_name=series),
        "outlet": bars_chart(by_outlet, title=label(lang, "volume_by_outlet"),
                             empty=label(lang, "no_results"), colors=SERIES_COLORS,
                             series_name=series,
                             order=lambda s: list(SERIES_COLORS).index(s)
                             if s in SERIES_COLORS else len(SERIES_COLORS)),
    }
    return page(request, "story.html", story=found, charts=charts,
                statements=found["statements"], colors=SERIES_COLORS,
                json_url=f"/api/stories/{sid}")


@router.get("/analyze")
def analyze_form(request: Request) -> str:
    """The form: paste a text, get it annotated (nothing is stored)."""
    return page(request, "analyze.html", text="", date="", result=None)


@router.post("/analyze")
async def analyze(request: Request) -> HTMLResponse:
    """Annotate the pasted text and show it highlighted under the form.

    The form is urlencoded and parsed here, which spares a multipart dependency."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    text = sanitize((form.get("text") or [""])[0])
    if len(text) > DEFAULT_MAX_CHARS:
        raise HTTPException(413, f"text longer than {DEFAULT_MAX_CHARS} characters")
    try:  # the checks of the CLI and the API (an empty text just shows the form again)
        date = check_date((form.get("date") or [""])[0])
        article = Article(id="analyze", text=text, date=date, source="analyze")
        if text.strip():
            article = check_article(article)
    except InputError as err:
        raise HTTPException(422, str(err)) from None
    result = None
    if text.strip():
        record = await run_in_threadpool(annotate_or_503, request.app.state.annotator, article)
        quotes = record.get("quotes") or []
        result = {"quotes": quotes,
                  "body": highlight(text, quotes, record.get("boilerplate") or [],
                                    lang_of(request))}
    return HTMLResponse(page(request, "analyze.html", text=text, date=date or "",
                             result=result))


for _route in router.routes:  # a page answers HEAD as GET (link checkers, uptime probes)
    if "GET" in getattr(_route, "methods", ()):
        _route.methods.add("HEAD")
