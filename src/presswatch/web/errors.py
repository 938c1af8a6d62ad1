"""One place that turns failures into responses (the Datasette habit).

API requests get the envelope ``{"ok": false, "error": "<one sentence>", "status": N}``;
pages get ``error.html`` in the visitor's language. Bad parameters are 422, unknown ids
404, oversized bodies 413, slow reads 503; anything unexpected is a 500 whose traceback goes
to the server log, never to the client.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException
from starlette.routing import Match

from presswatch.reading.checks import DAY_PATTERN
from presswatch.web.i18n import invalid_value, label
from presswatch.web.paging import CAPPED_CURSOR_PATTERN, CURSOR_PATTERN, BadCursor

__all__ = ["envelope", "install", "wants_json"]

logger = logging.getLogger(__name__)

PATTERN_REASONS = {DAY_PATTERN: "date", CURSOR_PATTERN: "cursor",
                   CAPPED_CURSOR_PATTERN: "cursor"}
"""What a parameter that does not match each pattern is not (a reason of
:func:`presswatch.web.i18n.invalid_value`)."""


def envelope(status: int, error: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error response every API failure shares."""
    return JSONResponse({"ok": False, "error": error, "status": status}, status_code=status,
                        headers=headers)


def wants_json(request: Request) -> bool:
    """API paths, and clients that ask for JSON rather than HTML, get the envelope."""
    if request.url.path.startswith("/api/") or request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


PARAMETER_LABELS = {"act": "act_facet", "q": "words"}
"""The interface label of a page parameter whose name is not its label's key."""


def _validation_message(exc: RequestValidationError, lang: str | None) -> str:
    """One sentence naming each refused parameter and why: for the API (``lang`` None) in
    English with the parameters' names, for a page in its language with the names its
    form shows (« Depuis : doit être une date… »)."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        reason, context = err.get("type", "invalid"), err.get("ctx") or {}
        if reason == "string_pattern_mismatch":
            reason = PATTERN_REASONS.get(context.get("pattern"), "invalid")
        name = label(lang, PARAMETER_LABELS.get(loc, loc)) if lang else loc or "request"
        parts.append(f"{name}{label(lang or 'en', 'colon')}"
                     f"{invalid_value(lang or 'en', reason, context)}")
    return "; ".join(parts) or invalid_value(lang or "en", "invalid")


def _respond(request: Request, status: int, message: str,
             headers: dict[str, str] | None = None) -> Response:
    if wants_json(request):
        return envelope(status, message, headers)
    from presswatch.web.render import render_error  # templates import this module

    return HTMLResponse(render_error(request, status, message), status_code=status,
                        headers=headers)


def _lang(request: Request) -> str | None:
    """The language of a page's error (French unless ``?lang=en``); None for the API,
    whose clients are programs and whose errors are English, naming its parameters."""
    if wants_json(request):
        return None
    from presswatch.web.render import lang_of

    return lang_of(request)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _allowed(request: Request) -> str:
    """Every method some route of the app answers at this path (each method asked of the
    router's routes, as it would be routed). Starlette's 405 names only the methods of the
    first route matching the path, so ``DELETE /api/articles`` said ``Allow: GET`` although
    ``POST`` is served there too."""
    routes = request.app.router.routes
    return ", ".join(m for m in _METHODS
                     if any(r.matches({**request.scope, "method": m})[0] is Match.FULL
                            for r in routes))


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        detail: Any = exc.detail
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405 and (allowed := _allowed(request)):
            headers = {**(headers or {}), "Allow": allowed}
        return _respond(request, exc.status_code, str(detail), headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, 422, _validation_message(exc, _lang(request)))

    @app.exception_handler(BadCursor)
    async def _cursor(request: Request, exc: BadCursor) -> Response:
        lang = _lang(request) or "en"
        return _respond(request, 422, f"cursor{label(lang, 'colon')}"
                                      f"{invalid_value(lang, exc.reason)}")

    @app.exception_handler(OperationalError)
    async def _database(request: Request, exc: OperationalError) -> Response:
        if "interrupt" in str(exc.orig).lower() or "statement timeout" in str(exc.orig):
            return _respond(request, 503, "the query took too long; narrow it down")
        logger.exception("database error on %s", request.url.path)
        return _respond(request, 500, "database error")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        logger.exception("unexpected error on %s", request.url.path, exc_info=exc)
        return _respond(request, 500, "internal error")
