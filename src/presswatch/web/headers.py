"""Security headers on every response, and the API docs page that can live under them.

Defence in depth behind escaping: even if some markup from an article slipped through a
template, the browser would refuse to run it. The Content-Security-Policy allows scripts
and styles from this server's own files only (``web/static/``: no inline script, no style
attribute, nothing from another host), no plugins, no ``<base>`` tricks, forms posting
only here, and no framing by another site (``frame-ancestors 'none'``, and
``X-Frame-Options`` for browsers that predate it). ``nosniff`` keeps a JSON answer from
being run as a script; ``no-referrer`` keeps a reader's searches out of the logs of the
sites a quote links to.

The headers are added by a pure ASGI wrapper around the *whole* application, outside
Starlette's error middleware, so that the 500 page, static files, the lean lane
(:mod:`presswatch.web.lean`) and every worker of ``presswatch serve --workers`` (each runs
this same app) carry them; a response that sets its own policy keeps it. The API docs
(``/docs``) live under the same policy: Swagger UI is served from this server.
"""

from __future__ import annotations

from fastapi.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CONTENT_SECURITY_POLICY", "SECURITY_HEADERS", "SWAGGER_UI", "SecurityHeaders",
           "docs_page"]

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
))
"""What pages may load: their own script and stylesheet (``/static/``), nothing inline."""

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
)
"""Added to every response that does not set the header itself."""

_ENCODED = tuple((name.encode("latin-1"), value.encode("latin-1"))
                 for name, value in SECURITY_HEADERS)


class SecurityHeaders:
    """Pure ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response.

    Pure ASGI rather than Starlette's ``BaseHTTPMiddleware``: it only edits the response's
    first message (raw header pairs, about 3 µs a response), and never buffers a body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or ())
                present = {name.lower() for name, _value in headers}
                headers += [h for h in _ENCODED if h[0] not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


SWAGGER_UI = "/static/swagger-ui"
"""Where the app serves Swagger UI's files, from the ``swagger-ui-bundle`` package: the docs
work offline, and under the same policy as every page (no other host, no inline script)."""

_DOCS_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>presswatch API</title>
<link rel="stylesheet" href="{SWAGGER_UI}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{{openapi_url}}"></div>
<script src="{SWAGGER_UI}/swagger-ui-bundle.js"></script>
<script src="{SWAGGER_UI}/swagger-ui-standalone-preset.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


def docs_page(openapi_url: str) -> HTMLResponse:
    """The interactive API docs: Swagger UI from this server's own files, started by
    ``/static/docs.js`` (no inline script), under the pages' Content-Security-Policy."""
    return HTMLResponse(_DOCS_HTML.replace("{openapi_url}", openapi_url))
