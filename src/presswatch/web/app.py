"""The FastAPI application: pages, the ``/api/`` twin, static files, limits and errors.

Safe defaults, as Datasette has them: reads only (a write endpoint answers 403 until the
server is started with a token), SQLite opened ``mode=ro``, no CORS headers unless origins
are given, request bodies capped, reads under a time limit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from swagger_ui_bundle import swagger_ui_path

from presswatch import __version__, settings
from presswatch.web import api, browse, errors, pages
from presswatch.web.annotator import Annotate, Annotator
from presswatch.web.db import READ_TIME_LIMIT, ReadBudget, budget, open_backend
from presswatch.web.headers import SWAGGER_UI, SecurityHeaders, docs_page
from presswatch.web.lean import LeanGet

__all__ = ["MAX_BODY_BYTES", "create_app"]

MAX_BODY_BYTES: int = settings.default("max_body_bytes")
"""Largest request body accepted (see :mod:`presswatch.settings`)."""

STATIC = Path(__file__).parent / "static"

LEAN = (("/api/quotes", api.quotes), ("/api/search", api.search))
"""The hot list endpoints answered through :class:`presswatch.web.lean.LeanGet`."""


class _Limits:
    """Pure ASGI middleware: 413 for bodies over the limit (announced or streamed), and a
    time budget for the request's reads (:class:`presswatch.web.db.ReadBudget`)."""

    def __init__(self, app: ASGIApp, max_body: int, time_limit: float) -> None:
        self.app, self.max_body, self.time_limit = app, max_body, time_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"request body larger than {self.max_body} bytes"
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await errors.envelope(413, too_large)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise HTTPException(413, too_large)
            return message

        token = budget.set(ReadBudget(self.time_limit))
        try:
            await self.app(scope, limited, send)
        finally:
            budget.reset(token)


class _App(FastAPI):
    """FastAPI with :class:`presswatch.web.headers.SecurityHeaders` around its whole stack,
    outside Starlette's error middleware, so even a 500 carries the security headers."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(super().build_middleware_stack())


def create_app(db_url: str, *, token: str | None = None, read_only: bool = True,
               annotator: Annotate | None = None, cors_origins: Sequence[str] = (),
               max_body: int = MAX_BODY_BYTES, time_limit: float = READ_TIME_LIMIT,
               threads: int | None = None) -> FastAPI:
    """The presswatch web app over the database at ``db_url``.

    Args:
        db_url: A SQLAlchemy URL; the database must exist (``presswatch ingest`` first).
        token: The bearer token write endpoints require (``PRESSWATCH_TOKEN``).
        read_only: Refuse every write (403). Writes need both ``read_only=False`` and a
            token, so a forgotten token never opens an unauthenticated write endpoint.
        annotator: What annotates texts; by default the spaCy pipeline, loaded on first use.
        cors_origins: Origins allowed to call the API from a browser; none by default.
        max_body: Largest request body in bytes (413 beyond).
        time_limit: Seconds a request's reads may take (503 beyond).
        threads: Threads running the synchronous endpoints (reads, annotation) at once;
            by default AnyIO's 40. Reads hold the GIL for most of their time, so on a
            busy read-only server few threads per process answer more requests per second
            than many, which mostly wait for each other (see ``presswatch serve --threads``).
            With one, the lean endpoints (:data:`LEAN`) read in the event loop's thread.

    Raises:
        presswatch.store.StoreError: The database is missing or cannot be opened.
    """
    writable = bool(token) and not read_only
    backend = open_backend(db_url, writable=writable)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if threads is not None:
            anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        backend.close()

    app = _App(title="presswatch", version=__version__, lifespan=lifespan,
               description="Who said what, to whom, when and where — in French news.",
               docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.backend = backend
    app.state.token = token if writable else None
    app.state.annotator = annotator or Annotator()
    errors.install(app)
    app.add_middleware(_Limits, max_body=max_body, time_limit=time_limit)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization",
                                                                         "Content-Type"])
    for path, endpoint in LEAN:  # in front of their own routes, which document them
        app.router.routes.append(LeanGet(path, endpoint))
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(browse.router)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    async def docs() -> HTMLResponse:
        return docs_page(app.openapi_url or "")

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi() -> JSONResponse:
        """The OpenAPI schema where tools look for it first (also at /api/openapi.json)."""
        return JSONResponse(app.openapi())

    app.mount(SWAGGER_UI, StaticFiles(directory=Path(str(swagger_ui_path))), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
