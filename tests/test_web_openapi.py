"""The HTTP API and its OpenAPI schema agree: schemathesis generates requests from the
schema (valid ones and deliberately invalid ones) and every built-in check passes: no
server error, every status code and header documented, bodies as documented, valid data
accepted, invalid data rejected, `Allow` right on 405s, authentication not ignored.

In process (ASGI transport, nothing listens on a port), over the web fixture store, with a
token so the write endpoint is exercised too; the annotator is the fixture's stand-in, so
no spaCy model loads. Examples per operation are bounded to keep the suite fast.
"""

from __future__ import annotations

import atexit
import tempfile
from pathlib import Path

import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks

from presswatch.store import Store
from presswatch.web import create_app
from presswatch.web.fixtures import GuillemetAnnotator, populate

TOKEN = "jeton-du-schema"
EXAMPLES = 15
"""Generated requests per operation and phase (the bound on the suite's time)."""

load_all_checks()
ALL_CHECKS = list(CHECKS.get_all())


def _app() -> FastAPI:
    """The app over a fixture store in a folder removed when the interpreter exits.

    Made at import: schemathesis's lazy schema (``from_fixture``) does not run under
    pytest 9, so the schema, and the app it is read from, exist when tests are collected
    (about half a second)."""
    folder = tempfile.TemporaryDirectory(prefix="presswatch-openapi-")
    atexit.register(folder.cleanup)
    url = f"sqlite:///{Path(folder.name) / 'presswatch.db'}"
    with Store(url) as store:
        populate(store)
    return create_app(url, token=TOKEN, read_only=False, annotator=GuillemetAnnotator())


APP = _app()
schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_the_api_answers_as_its_openapi_schema_says(case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=ALL_CHECKS)


def test_a_405_lists_every_method_the_path_answers() -> None:
    with TestClient(APP) as client:
        refused = client.delete("/api/articles")
        assert refused.status_code == 405
        assert refused.headers["allow"] == "GET, POST"
        assert client.put("/api/quotes").headers["allow"] == "GET"


def test_pages_answer_head_as_get_without_a_body() -> None:
    with TestClient(APP) as client:
        for path in ("/", "/search?q=Lavrov", "/analyze"):
            head, get = client.head(path), client.get(path)
            assert head.status_code == get.status_code == 200, path
            assert head.headers["content-type"] == get.headers["content-type"]
