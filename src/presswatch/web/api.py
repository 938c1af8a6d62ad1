"""The HTTP API under ``/api/``: JSON twins of the CLI's queries, plus annotate and ingest.

Every list is a page ``{"items", "next", "truncated"}``: pass ``next`` back as ``cursor``;
``format=csv`` gives the same page as CSV (:mod:`presswatch.web.csvpage`).
Pages are returned serialised (:class:`presswatch.web.paging.JSONPage`); their
``response_model`` documents them.
Reads are the Store's named functions (or :mod:`presswatch.web.queries`); no SQL here.
Parameters are validated before any read, so a bad date or act is a 422, never a 500.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from presswatch.formats.citation import with_citations, with_hit_citations
from presswatch.lexicon import ACTS
from presswatch.linking.identities import DEFAULT_IDENTITIES_NAME, load_identities
from presswatch.reading import DEFAULT_MAX_CHARS, Article, InputError, sanitize
from presswatch.reading.checks import (
    DATE_HINT,
    DAY_PATTERN,
    NO_NUL_PATTERN,
    TEXT_PATTERN,
    check_article,
)
from presswatch.reading.checks import DATE_PATTERN as INPUT_DATE_PATTERN
from presswatch.store import QuoteFilter, Store
from presswatch.store.browse import STORY_SORTS
from presswatch.store.interaction_fixes import INTERACTION_TYPES
from presswatch.textutil import MAX_OFFSET
from presswatch.web.annotator import Annotate
from presswatch.web.csvpage import CSV_RESPONSE, csv_page
from presswatch.web.db import Backend, Reader
from presswatch.web.paging import (
    CAPPED_CURSOR_PATTERN,
    CURSOR_PATTERN,
    DEFAULT_PAGE,
    MAX_PAGE,
    JSONPage,
    decode_cursor,
    page,
    page_capped,
)

__all__ = ["annotate_or_503", "quote_filter", "router"]


class ErrorOut(BaseModel):
    """The envelope every error shares (:func:`presswatch.web.errors.envelope`)."""

    ok: Literal[False]
    error: str = Field(description="One readable sentence")
    status: int


ERRORS = {400: "A body that cannot be parsed as JSON", 401: "No valid bearer token",
          403: "The server is read-only (no token)", 404: "No such id",
          413: "Request body or text too large",
          422: "Bad parameters or input, said in one sentence (the CLI's, for an article)",
          503: "A read over its time budget, or the annotation model unavailable"}
"""What each error status means, as the schema documents it."""


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses, all with the envelope."""
    return {status: {"model": ErrorOut, "description": ERRORS[status]} for status in statuses}


router = APIRouter(prefix="/api", tags=["api"], responses=errors(422, 503))

Act = Literal[ACTS]  # type: ignore[valid-type]
Day = Annotated[str | None, Query(pattern=DAY_PATTERN, description="YYYY, YYYY-MM or "
                                                                    "YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page")]
Cursor = Annotated[str | None, Query(pattern=CURSOR_PATTERN,
                                     description="`next` of the previous page")]
CappedCursor = Annotated[str | None, Query(pattern=CAPPED_CURSOR_PATTERN,
                                           description="`next` of the previous page")]
Text = Annotated[str | None, Query(max_length=500)]
Format = Annotated[Literal["json", "csv"], Query(description="`csv`: the page as CSV")]
QuoteSort = Literal["oldest", "newest"]
PeopleSort = Literal["quotes", "articles", "name"]
ArticleSort = Literal["newest", "oldest", "quotes"]
StorySort = Literal[STORY_SORTS]  # type: ignore[valid-type]


class Page(BaseModel):
    """One page of a list; pass ``next`` back as ``cursor`` for the following one."""

    items: list[dict[str, Any]]
    next: str | None
    truncated: bool = Field(description="More rows matched than can be paged through")


class TextIn(BaseModel):
    """A text to annotate; nothing is stored. Checked as the CLI checks an input record
    (:func:`presswatch.reading.checks.check_article`): what it refuses is a 422 with its
    sentence."""

    # The patterns document the checks; the checks themselves run in code, so that a
    # refusal says the CLI's sentence rather than the pattern.
    text: str = Field(description=f"Not only whitespace, no NUL character, at most "
                                  f"{DEFAULT_MAX_CHARS} characters (413 beyond)",
                      json_schema_extra={"pattern": TEXT_PATTERN})
    date: str | None = Field(None, description=f"A real date: {DATE_HINT}",
                             json_schema_extra={"pattern": INPUT_DATE_PATTERN})
    url: str | None = Field(None, max_length=2000, description="Shown as a link only when "
                            "it is an http(s) URL; anything else is kept as text",
                            json_schema_extra={"pattern": NO_NUL_PATTERN})


class ArticleIn(TextIn):
    """An article to annotate and store."""

    title: str | None = Field(None, max_length=1000,
                              json_schema_extra={"pattern": NO_NUL_PATTERN})
    outlet: str | None = Field(None, max_length=200,
                               json_schema_extra={"pattern": NO_NUL_PATTERN})


# Dependencies that only look something up are coroutines: FastAPI would run a plain
# function in the thread pool, one more hand-over between threads per request.


async def backend(request: Request) -> Backend:
    return request.app.state.backend


async def reader(request: Request) -> Reader:
    return request.app.state.backend.reader


async def annotator(request: Request) -> Annotate:
    return request.app.state.annotator


_bearer = HTTPBearer(auto_error=False, description="PRESSWATCH_TOKEN")


async def writer(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None,
                                                    Depends(_bearer)]) -> Store:
    """The writable Store, for a request carrying the server's token; 403 when the server
    is read-only, 401 without the right token (compared in constant time)."""
    store = request.app.state.backend.writer
    token: str | None = request.app.state.token
    if store is None or not token:
        raise HTTPException(403, "this server is read-only (start it with PRESSWATCH_TOKEN "
                                 "set to enable writes)")
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    return store


Read = Annotated[Reader, Depends(reader)]


def _found(value: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if value is None:
        raise HTTPException(404, f"no such {what}")
    return value


@router.get("", summary="Counts and latest stories")
def index(db: Read) -> dict[str, Any]:
    """What the home page shows: rows per table and the latest stories."""
    return {"ok": True, "counts": db.counts(), "stories": db.stories(limit=10).rows}


def _answer(kind: str, found: dict[str, Any], format: str, path: str,
            params: dict[str, Any]) -> Response:
    """A page in the format asked for: JSON, or its CSV twin (:mod:`.csvpage`)."""
    if format == "csv":
        return csv_page(kind, found, path, params)
    return JSONPage(found)


def quote_filter(speaker: str | None = None, since: str | None = None,
                 until: str | None = None, act: str | None = None, q: str | None = None,
                 outlet: str | None = None, story: str | None = None,
                 sort: str = "oldest") -> QuoteFilter:
    """The quote listing's filters from its query parameters (the API's and the page's)."""
    return QuoteFilter(speaker=speaker, act=act, since=since, until=until, outlet=outlet,
                       story=story, text=q, newest_first=sort == "newest")


@router.get("/quotes", response_model=Page, responses=CSV_RESPONSE)
def quotes(db: Read, speaker: Text = None, since: Day = None, until: Day = None,
           act: Act | None = None, q: Text = None, outlet: Text = None, story: Text = None,
           sort: QuoteSort = "oldest", limit: Limit = DEFAULT_PAGE,
           cursor: CappedCursor = None, format: Format = "json") -> Response:
    """Quotes matching every filter given (the CLI's `presswatch quotes`), oldest first
    (`sort=newest`: newest first); with `q`, best full-text match first. Each has its
    `citation`: direct speech in « », reported speech introduced by « Selon »."""
    params = {"speaker": speaker, "since": since, "until": until, "act": act, "q": q,
              "outlet": outlet, "story": story, "sort": sort}
    f = quote_filter(**params)
    found = page_capped(lambda n: db.quotes(f, limit=n), decode_cursor(cursor), limit)
    found["items"] = list(with_citations(found["items"]))
    return _answer("quotes", found, format, "/api/quotes", params | {"limit": limit})


@router.get("/quotes/facets", summary="Count and facets of a quote listing")
def quote_facets(db: Read, speaker: Text = None, since: Day = None, until: Day = None,
                 act: Act | None = None, q: Text = None, outlet: Text = None,
                 story: Text = None) -> dict[str, Any]:
    """How many quotes match the filters of `/api/quotes`, and for each facet (speaker,
    act, type, outlet, story, year) its most frequent values with their counts."""
    f = quote_filter(speaker, since, until, act, q, outlet, story)
    return {"ok": True, **db.quote_facets(f)}


@router.get("/people", response_model=Page, responses=CSV_RESPONSE)
def people(db: Read, name: Text = None, sort: PeopleSort = "quotes",
           limit: Limit = DEFAULT_PAGE, cursor: CappedCursor = None,
           format: Format = "json") -> Response:
    """Canonical people, most quoted first (`sort`: in most `articles` first, or by
    `name`); `name` matches part of any alias."""
    found = page_capped(lambda n: db.people(name=name, limit=n, sort=sort),
                        decode_cursor(cursor), limit)
    return _answer("people", found, format, "/api/people",
                   {"name": name, "sort": sort, "limit": limit})


@router.get("/people/{pid}", responses=errors(404))
def person(db: Read, pid: str) -> dict[str, Any]:
    """One person: aliases, roles over time, quotes by act and month, counterparts and
    statements (the first :data:`presswatch.store.pages.QUOTES_PER_PERSON`), each with
    its `citation`."""
    found = _found(db.person_by_id(pid), "person")
    found["statements"] = list(with_citations(found["statements"]))
    return found


@router.get("/articles", response_model=Page, responses=CSV_RESPONSE)
def articles(db: Read, outlet: Text = None, since: Day = None, until: Day = None,
             story: Text = None, sort: ArticleSort = "newest", limit: Limit = DEFAULT_PAGE,
             cursor: Cursor = None, format: Format = "json") -> Response:
    """Stored articles without their text, newest first (`sort`: `oldest` first, most
    `quotes` first)."""
    offset = decode_cursor(cursor)
    items, more = db.articles_page(offset=offset, limit=limit, outlet=outlet, since=since,
                                   until=until, story=story, sort=sort)
    return _answer("articles", page(items, more, offset, limit), format, "/api/articles",
                   {"outlet": outlet, "since": since, "until": until, "story": story,
                    "sort": sort, "limit": limit})


@router.get("/articles/facets", summary="Count and facets of an article listing")
def article_facets(db: Read, outlet: Text = None, since: Day = None, until: Day = None,
                   story: Text = None) -> dict[str, Any]:
    """How many articles match the filters of `/api/articles`, and their outlets,
    stories and years with counts."""
    return {"ok": True, **db.article_facets(outlet=outlet, since=since, until=until,
                                            story=story)}


@router.get("/articles/{aid}", responses=errors(404))
def article(db: Read, aid: str) -> dict[str, Any]:
    """One article: text, quotes (offsets into the text, each with its `citation`),
    boilerplate, people, story."""
    found = _found(db.article(aid), "article")
    found["quotes"] = list(with_citations(found["quotes"]))
    return found


@router.get("/stories", response_model=Page, responses=CSV_RESPONSE)
def stories(db: Read, outlet: Text = None, since: Day = None, until: Day = None,
            sort: StorySort = "latest", limit: Limit = DEFAULT_PAGE, cursor: Cursor = None,
            format: Format = "json") -> Response:
    """Stories with the outlets that reported each, latest first (`sort`: `oldest`
    first, most `articles` or `outlets` first); `outlet` keeps those it reported, and a
    story is within `since`..`until` when its dates overlap them."""
    offset = decode_cursor(cursor)
    items, more, _total = db.stories_page(offset=offset, limit=limit, outlet=outlet,
                                          since=since, until=until, sort=sort)
    return _answer("stories", page(items, more, offset, limit), format, "/api/stories",
                   {"outlet": outlet, "since": since, "until": until, "sort": sort,
                    "limit": limit})


@router.get("/stories/{sid}", responses=errors(404))
def story(db: Read, sid: str) -> dict[str, Any]:
    """One story: its articles with their quotes (each with its `citation`), and the
    statements aligned across outlets."""
    found = _found(db.story(sid), "story")
    for art in found["articles_list"]:
        art["quotes"] = list(with_citations(art["quotes"]))
    return found


@router.get("/interactions", response_model=Page, responses=CSV_RESPONSE)
def interactions(db: Read, type: Text = None, participant: Text = None,
                 since: Day = None, until: Day = None, limit: Limit = DEFAULT_PAGE,
                 cursor: Cursor = None, format: Format = "json") -> Response:
    """Reported meetings, calls, talks…, newest first, with participants as written."""
    offset = decode_cursor(cursor)
    items, more = db.interactions_page(offset=offset, limit=limit, kind=type,
                                       participant=participant, since=since, until=until)
    return _answer("interactions", page(items, more, offset, limit), format,
                   "/api/interactions", {"type": type, "participant": participant,
                                         "since": since, "until": until, "limit": limit})


@router.get("/search", response_model=Page, responses=CSV_RESPONSE)
def search(db: Read, q: Annotated[str, Query(min_length=1, max_length=500)],
           limit: Limit = DEFAULT_PAGE, cursor: CappedCursor = None,
           format: Format = "json") -> Response:
    """Full text over quotes then articles, best first (`"..."` for a phrase); a quote
    has its `citation` (null for an article) and `people`, as in `/api/quotes`."""
    found = page_capped(lambda n: db.search(q, limit=n), decode_cursor(cursor), limit)
    found["items"] = list(with_hit_citations(found["items"]))
    return _answer("search", found, format, "/api/search", {"q": q, "limit": limit})


def _article(body: TextIn, source: str) -> Article:
    """The request's article after the CLI's checks: 413 when too long, 422 with the CLI's
    sentence for what the CLI refuses."""
    if len(body.text) > DEFAULT_MAX_CHARS:
        raise HTTPException(413, f"text longer than {DEFAULT_MAX_CHARS} characters")
    extra = body.model_dump() if isinstance(body, ArticleIn) else {}
    article = Article(id=source, text=sanitize(body.text), url=body.url, date=body.date,
                      title=extra.get("title"), outlet=extra.get("outlet"), source=source)
    try:
        return check_article(article)
    except InputError as err:
        raise HTTPException(422, str(err)) from None


def annotate_or_503(annotate: Annotate, article: Article) -> dict[str, Any]:
    try:
        return annotate(article)
    except (ImportError, OSError) as err:
        raise HTTPException(503, f"the annotation model is not available: {err}") from None


@router.post("/annotate", responses=errors(400, 413))
def annotate(body: TextIn, run: Annotated[Annotate, Depends(annotator)]) -> dict[str, Any]:
    """Annotate a text without storing it: its quotes (offsets into the returned `text`),
    people, interactions and boilerplate."""
    article = _article(body, "api")
    record = annotate_or_503(run, article)
    return {"ok": True, "text": article.text, "quotes": record.get("quotes") or [],
            "people": record.get("people") or [],
            "interactions": record.get("interactions") or [],
            "boilerplate": record.get("boilerplate") or [],
            "warnings": list(article.notes)}


def _recompute(store: Store) -> None:
    """People, stories and events after a write, with the identities file kept next to
    the database (as `presswatch ingest` uses it)."""
    folder = store.path.parent if store.path else None
    file = folder / DEFAULT_IDENTITIES_NAME if folder else None
    store.recompute(load_identities(file) if file and file.exists() else ())


@router.post("/articles", status_code=201,
             responses={200: {"description": "Stored already"}, **errors(400, 401, 403, 413)})
def add_article(body: ArticleIn, response: Response,
                store: Annotated[Store, Depends(writer)],
                state: Annotated[Backend, Depends(backend)],
                run: Annotated[Annotate, Depends(annotator)]) -> dict[str, Any]:
    """Annotate and store one article (needs `Authorization: Bearer $PRESSWATCH_TOKEN`).
    201 when stored; 200 with `stored: false` when the same text or URL is stored already.
    People and stories are recomputed afterwards, as after `presswatch ingest`. The
    input is checked as `presswatch ingest` checks a record (422 with its sentence);
    `warnings` lists what was kept with a note (a URL that is not http(s), kept as text)."""
    article = _article(body, "api")
    with state.write_lock:
        if store.has_article(article.text, article.url):
            response.status_code = 200
            return {"ok": True, "stored": False, "id": None, "quotes": 0,
                    "warnings": list(article.notes)}
        record = annotate_or_503(run, article)
        aid = store.add_article(article, record, pipeline_version=run.version)
        if aid is None:
            response.status_code = 200
        else:
            _recompute(store)
    return {"ok": True, "stored": aid is not None, "id": aid,
            "quotes": len(record.get("quotes") or []), "warnings": list(article.notes)}


class InteractionFixIn(BaseModel):
    """An analyst's fix of one interaction, as `presswatch interaction-fix` takes it: the
    right type, the right parties (as the article should name them), or `deleted` when it
    reports no interaction. Say at least one."""

    type: Literal[INTERACTION_TYPES] | None = None  # type: ignore[valid-type]
    participants: list[Annotated[str, Field(min_length=1, max_length=300,
                                            pattern=NO_NUL_PATTERN)]] | None = Field(
        None, min_length=1, max_length=50)
    deleted: bool = False

    model_config = {"json_schema_extra": {"anyOf": [
        {"required": ["type"], "properties": {"type": {"type": "string"}}},
        {"required": ["participants"], "properties": {"participants": {"type": "array"}}},
        {"required": ["deleted"], "properties": {"deleted": {"const": True}}}]}}


@router.post("/interactions/{article}/{trigger_start}",
             responses=errors(400, 401, 403, 404))
def fix_interaction(article: str, trigger_start: Annotated[int, Path(ge=0, le=MAX_OFFSET)],
                    body: InteractionFixIn, store: Annotated[Store, Depends(writer)],
                    state: Annotated[Backend, Depends(backend)]) -> dict[str, Any]:
    """Correct the interaction of ARTICLE (stored or input id) whose trigger starts at
    TRIGGER_START (`trigger_start` in `/api/interactions`); needs `Authorization: Bearer
    $PRESSWATCH_TOKEN`. Kept apart from the pipeline's output like `presswatch
    interaction-fix`, it survives re-annotation; events and person pages are recomputed
    at once. 404 when no such article or interaction."""
    fields: dict[str, str | list[str]] = {}
    if body.type:
        fields["type"] = body.type
    if body.participants:
        fields["participants"] = body.participants
    if body.deleted:
        fields["deleted"] = "1"
    if not fields:
        raise HTTPException(422, "say what to correct: type, participants or deleted")
    with state.write_lock:
        try:
            for field, value in fields.items():
                store.correct_interaction(article, trigger_start, field, value)
        except ValueError as e:
            raise HTTPException(404, str(e)) from e
        _recompute(store)
    return {"ok": True, "article": article, "trigger_start": trigger_start,
            "corrected": list(fields)}


class StoryFixIn(BaseModel):
    """An analyst's story fix, as `presswatch story-fix` takes it: put the article in the
    story of `with` (a merge), or take it out of its story (`alone`: a split). Say one."""

    with_article: Annotated[str, Field(min_length=1, max_length=300,
                                       pattern=NO_NUL_PATTERN)] | None = Field(
        None, alias="with")
    alone: bool = False

    model_config = {"populate_by_name": True, "json_schema_extra": {"oneOf": [
        {"required": ["with"], "properties": {"with": {"type": "string"},
                                              "alone": {"const": False}}},
        {"required": ["alone"], "properties": {"alone": {"const": True},
                                               "with": {"type": "null"}}}]}}


@router.post("/articles/{article}/story", responses=errors(400, 401, 403, 404))
def fix_story(article: str, body: StoryFixIn, store: Annotated[Store, Depends(writer)],
              state: Annotated[Backend, Depends(backend)]) -> dict[str, Any]:
    """Put ARTICLE (stored or input id) in the story of the article `with` names, or take
    it out of its story (`alone`); needs `Authorization: Bearer $PRESSWATCH_TOKEN`. Kept
    apart from what the rules derive like `presswatch story-fix`, it survives
    re-annotation and every recompute; stories are recomputed at once. 404 when an
    article is not stored."""
    if body.alone == (body.with_article is not None):
        raise HTTPException(422, "say one of: with (an article to merge with) or alone")
    with state.write_lock:
        try:
            store.correct_story(article, body.with_article)
        except ValueError as e:
            raise HTTPException(404, str(e)) from e
        _recompute(store)
    return {"ok": True, "article": article, "with": body.with_article,
            "alone": body.alone}
