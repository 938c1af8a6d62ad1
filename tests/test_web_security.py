"""Security of the web app: no URL from the data becomes a script link, and every response
carries the headers that keep a browser from running or framing what it should not.

The store here is the web fixture store with a twist: most articles were stored (as an old
database may hold them, before URLs were checked on input) with a URL that a browser would
run as a script. No page may turn one into a link.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from presswatch.store import Store
from presswatch.store.fixtures import sample_articles
from presswatch.store.pages import PageReads
from presswatch.web import create_app
from presswatch.web.fixtures import GuillemetAnnotator, extra_articles
from presswatch.web.lean import LeanGet

HOSTILE_URLS = (
    "javascript:alert(1)",
    "  JavaScript:alert(document.domain)",
    "JAVASCRIPT:alert('majuscules')",
    "\tjavascript:alert(2)",
    "java\nscript:alert(3)",
    "data:text/html,<script>alert(4)</script>",
    "vbscript:msgbox(5)",
    "//ailleurs.example/page",
)


def _hostile_store(folder: Path) -> tuple[str, list[str]]:
    """The fixture articles, every other one stored with a hostile URL; (db url, stored ids)."""
    url = f"sqlite:///{folder / 'hostile.db'}"
    ids = []
    with Store(url) as store:
        pairs = [*sample_articles(), *extra_articles()]
        for n, (article, record) in enumerate(pairs):
            if n % 2 == 0:
                bad = HOSTILE_URLS[(n // 2) % len(HOSTILE_URLS)]
                article = dataclasses.replace(article, url=bad)
                record = {**record, "url": bad}
            ids.append(store.add_article(article, record, pipeline_version="fixtures"))
        store.recompute()
    return url, ids


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, list[str]]]:
    url, ids = _hostile_store(tmp_path_factory.mktemp("hostile"))
    with TestClient(create_app(url, annotator=GuillemetAnnotator())) as client:
        yield client, ids


def _pages(client: TestClient, ids: list[str]) -> list[str]:
    """Every page kind that shows a source: home, search, each article, person and story."""
    paths = ["/", "/?lang=en", "/search?q=Lavrov", "/search?q=guerre", "/search?q=Renard",
             "/search?q=signaler"]
    paths += [f"/articles/{aid}" for aid in ids]
    paths += [f"/people/{p['id']}" for p in client.get("/api/people?limit=500").json()["items"]]
    paths += [f"/stories/{s['id']}" for s in client.get("/api/stories").json()["items"]]
    return paths


def _links(page: str) -> list[str]:
    tree = lxml_html.fromstring(page)
    return [value for element in tree.iter() if isinstance(element.tag, str)
            for name, value in element.attrib.items() if name in ("href", "src", "action")]


def test_no_page_links_a_url_that_is_not_http(hostile: tuple[TestClient, list[str]]) -> None:
    client, ids = hostile
    checked = 0
    for path in _pages(client, ids):
        response = client.get(path)
        assert response.status_code == 200, path
        for link in _links(response.text):
            scheme = urlsplit(link.strip()).scheme.lower()
            relative = link.startswith(("/", "#", "?")) and not link.startswith("//")
            assert relative or scheme in ("http", "https"), (path, link)
            checked += 1
    assert checked > 300


def test_a_url_that_is_not_http_is_shown_as_text(hostile: tuple[TestClient, list[str]]
                                                  ) -> None:
    client, ids = hostile
    page = client.get(f"/articles/{ids[0]}").text
    assert "javascript:alert(1)" in lxml_html.fromstring(page).text_content()
    assert 'href="javascript' not in page.lower()


def test_an_http_url_is_still_a_link(hostile: tuple[TestClient, list[str]]) -> None:
    client, ids = hostile
    tree = lxml_html.fromstring(client.get(f"/articles/{ids[1]}").text)
    assert tree.xpath('//p[@class="meta"]/a[@href="https://ex.org/2"]')


# ---- headers: on every page kind, every API answer, the lean lane and the workers ---------

TOKEN = "jeton-de-test"


def _assert_protected(response: httpx.Response, what: str) -> None:
    """The headers every response carries, whatever produced it."""
    headers = response.headers
    csp = headers.get("content-security-policy", "")
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives.get("frame-ancestors") == ["'none'"], (what, csp)
    assert directives.get("default-src") == ["'none'"], (what, csp)
    scripts = directives.get("script-src", [])
    assert scripts and "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, \
        (what, csp)
    assert "'unsafe-inline'" not in directives.get("style-src", []), (what, csp)
    assert directives.get("base-uri") == ["'none'"], (what, csp)
    assert headers.get("x-content-type-options") == "nosniff", what
    assert headers.get("referrer-policy") == "no-referrer", what
    assert headers.get("x-frame-options") == "DENY", what


@pytest.fixture(scope="module")
def writable_hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url, _ids = _hostile_store(tmp_path_factory.mktemp("writable"))
    app = create_app(url, token=TOKEN, read_only=False, annotator=GuillemetAnnotator(),
                     max_body=10_000)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_every_page_kind_carries_the_security_headers(
        hostile: tuple[TestClient, list[str]]) -> None:
    client, ids = hostile
    paths = [*_pages(client, ids), "/analyze", "/articles/inconnu", "/people/p-personne",
             "/static/style.css", "/static/app.js", "/docs", "/nulle-part"]
    for path in paths:
        _assert_protected(client.get(path), path)
    posted = client.post("/analyze", content="text=Il+a+dit+%3A+%C2%AB+Bonjour+%C2%BB",
                         headers={"content-type": "application/x-www-form-urlencoded"})
    assert posted.status_code == 200
    _assert_protected(posted, "POST /analyze")
    head = client.request("HEAD", "/static/style.css")
    _assert_protected(head, "HEAD /static/style.css")


def test_every_api_answer_carries_the_security_headers(
        hostile: tuple[TestClient, list[str]], writable_hostile: TestClient) -> None:
    client, ids = hostile
    answers = {path: client.get(path) for path in (
        "/api", "/api/quotes?speaker=lavrov", "/api/search?q=Lavrov", "/api/people",
        f"/api/articles/{ids[0]}", "/api/stories", "/api/interactions",
        "/api/openapi.json", "/api/quotes?since=hier", "/api/articles/inconnu")}
    answers["POST /api/annotate"] = client.post("/api/annotate", json={"text": "« Oui »"})
    answers["POST read-only"] = client.post("/api/articles", json={"text": "« Oui »"})
    answers["DELETE"] = client.delete("/api/quotes")
    answers["401"] = writable_hostile.post("/api/articles", json={"text": "« Non »"})
    answers["413"] = writable_hostile.post("/api/annotate", json={"text": "é" * 20_000})
    for what, response in answers.items():
        assert response.status_code in (200, 201, 401, 403, 404, 405, 413, 422), what
        _assert_protected(response, what)


def test_the_lean_lane_answers_with_the_security_headers(
        hostile: tuple[TestClient, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ids = hostile
    answered = []
    handle = LeanGet.handle

    async def counted(self: LeanGet, scope: Any, receive: Any, send: Any) -> None:
        answered.append(self.path)
        await handle(self, scope, receive, send)

    monkeypatch.setattr(LeanGet, "handle", counted)
    for path in ("/api/quotes?speaker=lavrov", "/api/search?q=Lavrov"):
        _assert_protected(client.get(path), path)
    assert answered == ["/api/quotes", "/api/search"]


def test_an_unexpected_error_still_carries_the_security_headers(
        writable_hostile: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("panne simulée")

    monkeypatch.setattr(PageReads, "article", broken)
    for path in ("/articles/x", "/api/articles/x"):
        response = writable_hostile.get(path)
        assert response.status_code == 500, path
        _assert_protected(response, path)


def test_pages_use_no_inline_script_or_style(hostile: tuple[TestClient, list[str]]) -> None:
    """What the policy forbids must not be needed: no inline <script>, no event handler
    attribute, no style attribute, no <style> element (the chart's SVG included)."""
    client, ids = hostile
    for path in [*_pages(client, ids), "/analyze", "/docs"]:
        tree = lxml_html.fromstring(client.get(path).text)
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            tag = element.tag.rpartition("}")[2]
            assert tag != "style", path
            assert tag != "script" or element.get("src"), path
            assert not element.get("style"), (path, tag)
            assert not [a for a in element.attrib if a.lower().startswith("on")], (path, tag)
