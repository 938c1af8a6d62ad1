"""The lean lane of the hot API endpoints (`presswatch.web.lean.LeanGet`) answers exactly as
the endpoints' own FastAPI routes do: same status, headers that matter and bodies, for valid
queries, bad ones (which it leaves to the route) and failing reads; and the OpenAPI schema
is the one the routes document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from presswatch.store import Store
from presswatch.web import create_app
from presswatch.web.fixtures import GuillemetAnnotator, populate
from presswatch.web.lean import LeanGet

QUERIES = [
    "", "?speaker=lavrov", "?speaker=Lavrov&limit=2", "?speaker=lavrov&act=warning",
    "?speaker=blinken&since=2022&until=2022-01", "?speaker=", "?speaker=zzz",
    "?q=s%C3%A9curit%C3%A9", "?speaker=lavrov&q=tensions", "?outlet=quotidien&limit=3",
    "?speaker=" + quote("sergueï"), "?speaker=lavrov&other=1", "?limit=2&cursor=eyJvIjoyfQ",
    # refused by the route's validation: the lean lane must leave them to it
    "?since=janvier", "?until=2022-1", "?act=shouting", "?limit=0", "?limit=501",
    "?limit=ten", "?limit=", "?cursor=not-a-cursor", "?cursor=eyJvIjotMX0",
    "?speaker=" + "x" * 501, "?speaker=a&speaker=b", "?limit=2&limit=3", "?limit=1.0",
    "?limit=%201", "?act=", "?speaker=%00", "?cursor=eyJvIjoxMDAwMH0",
]
SEARCHES = ["?q=Lavrov", "?q=Lavrov&limit=1", "?q=", "", "?q=a&q=b", "?q=" + "y" * 501,
            "?q=%22unclosed", "?q=Lavrov&cursor=eyJvIjoxfQ"]


def _lean_routes(app: FastAPI) -> list[LeanGet]:
    return [r for r in app.router.routes if isinstance(r, LeanGet)]


@pytest.fixture(scope="module", params=[None, 1], ids=["thread-pool", "one-thread"])
def clients(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[TestClient, TestClient]]:
    """The app as served, and the same app without its lean lane (the reference); with
    the default thread pool, then with one thread (reads run in the event loop's thread)."""
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('lean')) / 'presswatch.db'}"
    with Store(url) as store:
        populate(store)
    lean = create_app(url, annotator=GuillemetAnnotator(), threads=request.param)
    plain = create_app(url, annotator=GuillemetAnnotator(), threads=request.param)
    for route in _lean_routes(plain):
        plain.router.routes.remove(route)
    assert _lean_routes(lean) and not _lean_routes(plain)
    with TestClient(lean) as a, TestClient(plain) as b:
        yield a, b


def _same(clients: tuple[TestClient, TestClient], path: str) -> int:
    lean, plain = (c.get(path) for c in clients)
    assert lean.status_code == plain.status_code, path
    assert lean.content == plain.content, path
    for header in ("content-type", "content-length", "allow"):
        assert lean.headers.get(header) == plain.headers.get(header), (path, header)
    return lean.status_code


@pytest.mark.parametrize("query", QUERIES)
def test_quotes_answer_as_the_route_does(clients: tuple[TestClient, TestClient],
                                         query: str) -> None:
    _same(clients, "/api/quotes" + query)


@pytest.mark.parametrize("query", SEARCHES)
def test_search_answers_as_the_route_does(clients: tuple[TestClient, TestClient],
                                          query: str) -> None:
    _same(clients, "/api/search" + query)


def test_both_outcomes_are_covered(clients: tuple[TestClient, TestClient]) -> None:
    statuses = {_same(clients, "/api/quotes" + q) for q in QUERIES}
    assert statuses == {200, 422}


def test_other_methods_and_paths_still_reach_the_routes(
        clients: tuple[TestClient, TestClient]) -> None:
    lean, plain = clients
    for method, path in (("DELETE", "/api/quotes"), ("POST", "/api/quotes"),
                         ("HEAD", "/api/quotes"), ("GET", "/api/quotes/")):
        a, b = lean.request(method, path), plain.request(method, path)
        assert (a.status_code, a.content) == (b.status_code, b.content), (method, path)


def test_the_lane_takes_valid_queries_only(clients: tuple[TestClient, TestClient]) -> None:
    [quotes] = [r for r in _lean_routes(clients[0].app) if r.path == "/api/quotes"]
    assert quotes._values({"query_string": b"speaker=lavrov&limit=2"}) == {
        "speaker": "lavrov", "since": None, "until": None, "act": None, "q": None,
        "outlet": None, "story": None, "sort": "oldest", "limit": 2, "cursor": None,
        "format": "json"}
    for bad in (b"limit=0", b"act=shouting", b"speaker=a&speaker=b", b"since=janvier"):
        assert quotes._values({"query_string": bad}) is None, bad


def test_the_schema_is_the_routes_own(clients: tuple[TestClient, TestClient]) -> None:
    lean, plain = (c.get("/api/openapi.json").json() for c in clients)
    assert lean == plain
    names = {p["name"] for p in lean["paths"]["/api/quotes"]["get"]["parameters"]}
    assert names == {"speaker", "since", "until", "act", "q", "outlet", "story", "sort",
                     "limit", "cursor", "format"}


@pytest.mark.parametrize("threads", [None, 1])
def test_slow_speaker_reads_are_stopped_with_503(tmp_path: Path, threads: int | None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'presswatch.db'}"
    with Store(url) as store:
        populate(store)
    monkeypatch.setattr("presswatch.store.readonly.PROGRESS_STEPS", 1)  # check the clock at once
    with TestClient(create_app(url, time_limit=-1.0, threads=threads)) as slow:
        response = slow.get("/api/quotes?speaker=lavrov")
    assert response.status_code == 503
    assert response.json()["error"].startswith("the query took too long")


def test_with_one_thread_reads_run_one_at_a_time(tmp_path: Path) -> None:
    """The lane's reads in the event loop's thread hold the pool's one token, so a read in
    the pool (a page) and one in the lane never overlap."""
    import anyio.to_thread

    url = f"sqlite:///{tmp_path / 'presswatch.db'}"
    with Store(url) as store:
        populate(store)
    app = create_app(url, threads=1)
    [lane] = [r for r in _lean_routes(app) if r.path == "/api/quotes"]
    seen = []

    def endpoint(**kwargs):
        limiter = anyio.to_thread.current_default_thread_limiter()
        seen.append((limiter.total_tokens, limiter.borrowed_tokens))
        return original(**kwargs)

    original, lane.endpoint = lane.endpoint, endpoint
    with TestClient(app) as client:
        assert client.get("/api/quotes?speaker=lavrov").status_code == 200
    assert seen == [(1, 1)]
