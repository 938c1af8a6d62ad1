"""The HTTP API refuses exactly what the CLI refuses, with the CLI's sentence (422), and keeps
what the CLI keeps: one set of checks (:func:`presswatch.reading.checks.check_article`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from presswatch.annotate import annotate_article
from presswatch.reading import InputError, article_from_record
from presswatch.reading.checks import check_article
from presswatch.store import Store
from presswatch.web import create_app
from presswatch.web.fixtures import GuillemetAnnotator, populate

TOKEN = "jeton-des-entrees"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "Le maire a assuré : « La piscine rouvrira en septembre », devant les riverains.\n"

REFUSED = {
    "empty": {"text": ""},
    "whitespace": {"text": "  \n\t\u00a0 "},
    "month 13": {"text": TEXT, "date": "2022-13-45"},
    "29 February": {"text": TEXT, "date": "2023-02-29"},
    "word": {"text": TEXT, "date": "hier"},
    "NUL in text": {"text": TEXT[:20] + "\0" + TEXT[20:]},
    "NUL in title": {"text": TEXT, "title": "Pis\0cine"},
    "NUL in url": {"text": TEXT, "url": "https://ex.fr/\0"},
    "NUL in outlet": {"text": TEXT, "outlet": "\0"},
}


def cli_message(body: dict[str, Any]) -> str:
    """What `presswatch ingest` prints (after the file name) for the same record."""
    with pytest.raises(InputError) as refused:
        check_article(article_from_record(body, source="x.jsonl:1", fallback_id="x:1"))
    return str(refused.value)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path / 'entrees.db'}"
    with Store(url) as store:
        populate(store)
    app = create_app(url, token=TOKEN, read_only=False, annotator=GuillemetAnnotator())
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize("case", REFUSED)
def test_what_the_cli_refuses_the_api_refuses_with_the_same_sentence(client: TestClient,
                                                                     case: str) -> None:
    body = REFUSED[case]
    before = client.get("/api").json()["counts"]["articles"]
    annotate_reads = set(body) <= {"text", "date", "url"}  # /api/annotate takes no title
    for path in ("/api/articles", "/api/annotate")[:2 if annotate_reads else 1]:
        response = client.post(path, json=body, headers=AUTH)
        assert response.status_code == 422, (path, response.text)
        assert response.json()["error"] == cli_message(body), path
    assert client.get("/api").json()["counts"]["articles"] == before


def test_a_date_with_a_time_is_accepted_by_both(client: TestClient) -> None:
    body = {"text": TEXT, "date": "2024-09-02T07:45:00+02:00"}
    check_article(article_from_record(body, source="x", fallback_id="x"))
    response = client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 201, response.text


def test_a_script_url_is_stored_as_text_and_said_so(client: TestClient) -> None:
    body = {"text": TEXT, "url": "  JavaScript:alert('piscine')", "title": "Piscine"}
    response = client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["warnings"] == [
        "url \"JavaScript:alert('piscine')\" is not an http(s) URL: kept as text, never shown "
        "as a link"]
    stored = client.get(f"/api/articles/{answer['id']}").json()
    assert stored["url"] == "JavaScript:alert('piscine')"
    page = client.get(f"/articles/{answer['id']}").text
    assert "href=\"JavaScript" not in page and "alert(&#39;piscine&#39;)" in page


def test_surrounding_spaces_are_not_part_of_a_stored_url(client: TestClient) -> None:
    response = client.post("/api/articles", headers=AUTH,
                           json={"text": TEXT, "url": " https://ex.fr/piscine \n"})
    assert response.status_code == 201 and response.json()["warnings"] == []
    stored = client.get(f"/api/articles/{response.json()['id']}").json()
    assert stored["url"] == "https://ex.fr/piscine"


def test_the_analyze_page_refuses_an_impossible_date_with_the_same_sentence(
        client: TestClient) -> None:
    response = client.post("/analyze", content="text=Bonjour&date=2022-13-45",
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 422
    assert cli_message({"text": "Bonjour", "date": "2022-13-45"}).replace('"', "&#34;") \
        in response.text


class _Pipeline:
    """The real pipeline behind the app (the session's model, not loaded again)."""

    version = "test"

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, article: Any) -> dict[str, Any]:
        return annotate_article(article, nlp=self.nlp)


def test_text_pasted_with_crlf_is_cut_where_the_words_stop(tmp_path: Path, nlp: Any) -> None:
    """A browser sends a textarea's line breaks as CRLF: /analyze shows the same quotes as
    for the text with LF, none ending with the full stop or the line break."""
    url = f"sqlite:///{tmp_path / 'analyse.db'}"
    Store(url).close()
    text = ("« Nous ne céderons pas », a déclaré la ministre.\n\nElle a ajouté que la "
            "réforme serait votée avant l'été.\n")
    with TestClient(create_app(url, annotator=_Pipeline(nlp))) as client:
        shown = []
        for pasted in (text, text.replace("\n", "\r\n")):
            page = client.post("/analyze", data={"text": pasted, "date": "2023-03-14"})
            assert page.status_code == 200
            shown.append([li.cssselect("q, .reported-text")[0].text_content()
                          for li in lxml_html.fromstring(page.text).cssselect(".analyzed li")])
    assert shown[0] and shown[1] == shown[0]
    assert not any(q.endswith((".", "\r", "\n")) for q in shown[1])
