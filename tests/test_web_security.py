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
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from presswatch.store import Store
from presswatch.store.fixtures import sample_articles
from presswatch.web import create_app
from presswatch.web.fixtures import GuillemetAnnotator, extra_articles

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
