"""A lean lane for the hot GET endpoints of the API: same function, same answers, less
framework per request.

FastAPI resolves an endpoint's dependencies and validates its query parameters one by one
on every request; on a speaker's page of quotes that was about a sixth of the request's
time. A :class:`LeanGet` route sits in front of the endpoint's own route: it validates the
query string with one pydantic model built from the endpoint's own annotations (so the
constraints cannot drift apart), and calls the same function in the same thread pool.
Anything it is not sure of (a parameter given twice, a value the model refuses, another
method or path) it leaves to the endpoint's route, which answers as it always has: the
422 envelope, 405, redirects. Exceptions raised by the endpoint reach the app's handlers
as before. The endpoint's route still documents the endpoint (OpenAPI at ``/docs``).

Why it stays (issue 14, measured 2026-12-04, ``docs/performance.md``): against the library
route, the same endpoints as FastAPI routes taking one query-parameter model each
(``Annotated[QuotesQuery, Query()]``, answers and schema byte for byte the same), six
interleaved rounds of ``PYTHONPATH=<tree>/src .venv/bin/python bench/http_load.py --db
<store> --duration 15`` on 100,000 quotes (``--workers 2 --threads 1``, 2 cores shared with
other sessions) gave, speaker API at 50 clients, median (min–max): with this lane 970 req/s
(951–1198), p95 77.1 ms (61.6–84.6), both targets met 6 times in 6; with the query-parameter
models 822 req/s (636–920), p95 92.1 ms (82.7–109.3), met 4 times in 6 (p95 102.4 and 109.3
ms). Search p95 met the target either way (under 40 ms).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, get_type_hints

import anyio.to_thread
from pydantic import BaseModel, ValidationError, create_model
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, NoMatchFound, get_route_path
from starlette.types import Receive, Scope, Send

__all__ = ["LeanGet"]

_VALUES = "presswatch.lean"
"""Scope key under which :meth:`LeanGet.matches` hands the validated values over."""


class LeanGet(BaseRoute):
    """``GET path`` answered by ``endpoint(reader, **query)`` when the query validates.

    Args:
        path: The endpoint's path (``/api/quotes``).
        endpoint: The function behind the endpoint's FastAPI route; it must take the
            app's reader as ``reader_param`` and only plain query parameters otherwise, and
            return a :class:`Response`.
        reader_param: The name of its reader parameter.
    """

    def __init__(self, path: str, endpoint: Callable[..., Response], *,
                 reader_param: str = "db") -> None:
        self.path, self.endpoint, self.reader_param = path, endpoint, reader_param
        hints = get_type_hints(endpoint, include_extras=True)
        fields: dict[str, Any] = {}
        for name, param in inspect.signature(endpoint).parameters.items():
            if name != reader_param:
                default = ... if param.default is inspect.Parameter.empty else param.default
                fields[name] = (hints[name], default)
        self.model: type[BaseModel] = create_model(f"{endpoint.__name__}_query", **fields)
        self.names = frozenset(fields)

    def _values(self, scope: Scope) -> dict[str, Any] | None:
        """The endpoint's arguments from the query string; None when unsure."""
        given: dict[str, str] = {}
        for key, value in QueryParams(scope["query_string"]).multi_items():
            if key in self.names:
                if key in given:
                    return None  # given twice: let FastAPI pick, as it always has
                given[key] = value
        try:
            return dict(self.model.model_validate(given))
        except ValidationError:
            return None  # FastAPI answers with its 422

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        """A full match for a GET of the path whose query validates; no match otherwise."""
        if (scope["type"] != "http" or scope["method"] != "GET"
                or get_route_path(scope) != self.path):
            return Match.NONE, {}
        values = self._values(scope)
        if values is None:
            return Match.NONE, {}
        return Match.FULL, {_VALUES: values}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the endpoint as FastAPI runs a plain function, in the thread pool, and send
        its response. When the pool has a single thread (``presswatch serve --threads
        1``), the endpoint runs in the event loop's own thread while holding that thread's
        token: still one read at a time, minus two thread switches per request."""
        reader = scope["app"].state.backend.reader
        call = functools.partial(self.endpoint, **{self.reader_param: reader},
                                 **scope[_VALUES])
        limiter = anyio.to_thread.current_default_thread_limiter()
        if limiter.total_tokens == 1:
            async with limiter:
                response = call()
        else:
            response = await run_in_threadpool(call)
        if not isinstance(response, Response):
            raise TypeError(f"{self.endpoint.__name__} must return a Response")
        await response(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        """Never: URLs are built from the endpoint's own route."""
        raise NoMatchFound(name, path_params)
