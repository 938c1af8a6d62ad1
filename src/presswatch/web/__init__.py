"""presswatch's web app and HTTP API (``presswatch serve``).

:func:`create_app` builds the FastAPI application over a store: server-rendered pages for
analysts, a JSON API under ``/api/`` for developers, both reading through the Store's named
read functions over a read-only connection.
"""

from presswatch.web.app import create_app

__all__ = ["create_app"]
