"""The web app and HTTP API, through FastAPI's in-process client over the fixture store.

Every endpoint, every error path (422, 413, 401/403, 404, 503), cursors, escaping and the
read-only guarantees. The spaCy model is never loaded: annotation goes through
:class:`GuillemetAnnotator`.
"""

from __future__ import annotations

import contextlib
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from browser_server import free_port
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from presswatch.cli import cli
from presswatch.store import Store
from presswatch.web import create_app
from presswatch.web.fixtures import HOSTILE, GuillemetAnnotator, populate

TOKEN = "s3cret-token"


def _fixture_db(folder: Path) -> tuple[str, dict[str, str]]:
    url = f"sqlite:///{folder / 'presswatch.db'}"
    with Store(url) as store:
        ids = populate(store)
    return url, ids


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    """The web fixture store in a SQLite file, and input id → stored article id."""
    return _fixture_db(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(fixture_db: tuple[str, dict[str, str]]) -> Iterator[TestClient]:
    """A read-only app, as `presswatch serve` starts without a token."""
    with TestClient(create_app(fixture_db[0], annotator=GuillemetAnnotator())) as c:
        yield c


@pytest.fixture
def ids(fixture_db: tuple[str, dict[str, str]]) -> dict[str, str]:
    return fixture_db[1]


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[TestClient]:
    """An app that accepts writes from holders of TOKEN, on its own fresh store."""
    url, _ids = _fixture_db(tmp_path)
    app = create_app(url, token=TOKEN, read_only=False, annotator=GuillemetAnnotator())
    with TestClient(app) as c:
        yield c


def _ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    return body["error"]


def _person_id(client: TestClient, name: str) -> str:
    return next(p["id"] for p in _ok(client.get("/api/people"))["items"] if p["name"] == name)


def _story_id(client: TestClient) -> str:
    return _ok(client.get("/api/stories"))["items"][0]["id"]


def _all_pages(client: TestClient, url: str) -> list[dict[str, Any]]:
    items, cursor, pages = [], None, 0
    sep = "&" if "?" in url else "?"
    while True:
        page = _ok(client.get(url + (f"{sep}cursor={cursor}" if cursor else "")))
        items += page["items"]
        pages += 1
        cursor = page["next"]
        if cursor is None:
            return items
        assert pages < 50


# ---- lists and their filters -------------------------------------------------------------


def test_index_gives_counts_and_latest_stories(client: TestClient) -> None:
    body = _ok(client.get("/api"))
    counts = body["counts"]
    assert (counts["articles"], counts["quotes"], counts["interactions"]) == (7, 12, 4)
    assert counts["people"] >= 5 and counts["stories"] == 1
    assert body["stories"][0]["outlet_names"] == ["La Gazette", "Le Quotidien", "Le Soir"]


def test_every_list_is_a_page_of_items_with_a_next_cursor(client: TestClient) -> None:
    for path in ("/api/quotes", "/api/people", "/api/articles", "/api/stories",
                 "/api/interactions", "/api/search?q=Lavrov"):
        page = _ok(client.get(path))
        assert set(page) == {"items", "next", "truncated"}, path
        assert page["items"] and page["next"] is None and page["truncated"] is False, path


def test_quotes_by_speaker_cover_every_alias_and_role_linked_quote(client: TestClient) -> None:
    items = _ok(client.get("/api/quotes", params={"speaker": "lavrov"}))["items"]
    speakers = {q["speaker"] for q in items}
    assert {"Sergueï Lavrov", "Lavrov", "le chef de la diplomatie russe"} <= speakers
    assert all("Sergueï Lavrov" in q["people"] for q in items)


def test_quotes_filters_combine(client: TestClient) -> None:
    def texts(**params: str) -> list[str]:
        return [q["text"] for q in _ok(client.get("/api/quotes", params=params))["items"]]

    assert texts(act="accusation") == ["Vous attisez les tensions"]
    assert texts(since="2025") == ["Ce fut une conversation utile"]
    assert texts(until="2022-01-21", outlet="quotidien") == [
        "Nous restons attachés à la sécurité indivisible", "Toute agression aura un coût sévère"]
    assert texts(q="sécurité indivisible", outlet="Écho") == [
        "Nous restons attachés à la sécurité indivisible"]
    assert len(texts(story=_story_id(client))) == 7


def test_quote_rows_cite_outlet_date_url_and_offsets(client: TestClient) -> None:
    quote = _ok(client.get("/api/quotes", params={"act": "warning"}))["items"][0]
    assert quote["outlet"] == "Le Quotidien" and quote["date"] == "2022-01-21"
    assert quote["url"] == "https://ex.org/1"
    article = _ok(client.get(f"/api/articles/{quote['article_id']}"))
    assert article["text"][quote["start"]:quote["end"]] == quote["text"]


def test_cursors_walk_every_row_once_and_in_order(client: TestClient) -> None:
    for path in ("/api/quotes", "/api/people", "/api/articles", "/api/interactions",
                 "/api/search?q=Lavrov"):
        whole = _ok(client.get(path))["items"]
        sep = "&" if "?" in path else "?"
        assert _all_pages(client, f"{path}{sep}limit=2") == whole, path


def test_a_page_says_next_only_when_more_rows_exist(client: TestClient) -> None:
    first = _ok(client.get("/api/quotes", params={"limit": 11}))
    assert len(first["items"]) == 11 and first["next"]
    last = _ok(client.get("/api/quotes", params={"limit": 11, "cursor": first["next"]}))
    assert len(last["items"]) == 1 and last["next"] is None


def test_people_by_name_and_one_person(client: TestClient) -> None:
    found = _ok(client.get("/api/people", params={"name": "sergey"}))["items"]
    assert [p["name"] for p in found] == ["Sergueï Lavrov"]
    person = _ok(client.get(f"/api/people/{found[0]['id']}"))
    assert person["name"] == "Sergueï Lavrov"
    assert {"Lavrov", "Sergey Lavrov", "Sergueï Lavrov"} <= set(person["aliases"])
    assert person["roles"][0]["first_seen"] == "2022-01-21"
    assert person["acts_by_period"]["2022-01"]["statement"] >= 2
    assert person["acts"]["accusation"] == 1 and person["acts"]["denial"] == 1
    assert [c["name"] for c in person["counterparts"]][:2] == ["Antony Blinken", "Marco Rubio"]
    dates = [q["said_on"] or q["date"] for q in person["statements"]]
    assert dates == sorted(dates) and len(dates) == person["quotes"]


def test_articles_list_newest_first_without_text(client: TestClient) -> None:
    items = _ok(client.get("/api/articles"))["items"]
    assert [a["date"] for a in items] == sorted((a["date"] for a in items), reverse=True)
    assert "text" not in items[0] and {"id", "outlet", "date", "url", "quotes"} <= set(items[0])
    assert [a["outlet"] for a in _ok(client.get("/api/articles?outlet=sport"))["items"]] == [
        "Le Sport"]


def test_one_article_has_text_quotes_boilerplate_and_story(client: TestClient,
                                                           ids: dict[str, str]) -> None:
    article = _ok(client.get(f"/api/articles/{ids['geneve-3']}"))
    assert [q["quote_id"] for q in article["quotes"]] == ["q1", "q2", "q3"]
    nested = article["quotes"][2]
    assert nested["parent"] == "q2" and nested["people"][0]["name"] == "Sergueï Lavrov"
    assert article["boilerplate"][0]["kind"] == "read_more"
    assert article["text"][article["boilerplate"][0]["start"]:].startswith("Lire aussi")
    assert article["story"]["id"] == _story_id(client)
    assert article["interactions"][0]["participants"] == ["Sergueï Lavrov", "Antony Blinken"]


def test_story_aligns_one_statement_across_outlets(client: TestClient) -> None:
    story = _ok(client.get(f"/api/stories/{_story_id(client)}"))
    assert [a["outlet"] for a in story["articles_list"]] == ["Le Quotidien", "Le Soir",
                                                             "La Gazette"]
    top = story["statements"][0]
    assert top["speaker"] == "Sergueï Lavrov" and top["outlets"] == 2
    assert sorted(q["text"] for v in top["variants"].values() for q in v) == [
        "Nous restons attachés au principe de sécurité indivisible",
        "Nous restons attachés à la sécurité indivisible"]


def test_story_statements_are_those_presswatch_variants_lists(
        client: TestClient, fixture_db: tuple[str, dict[str, str]]) -> None:
    """One definition of a statement: quotes the story page shows as one statement are
    exactly those `presswatch variants` gives for each other (issue 14)."""
    story = _ok(client.get(f"/api/stories/{_story_id(client)}"))
    groups = [{q["key"] for v in st["variants"].values() for q in v}
              for st in story["statements"]]
    assert any(len(g) > 1 for g in groups)
    with Store(fixture_db[0]) as store:
        for group in groups:
            for key in group:
                assert {r["key"] for r in store.variants(key).rows} & set().union(*groups) \
                    == group - {key}


def test_the_story_page_no_longer_merges_quotes_by_wording_alone() -> None:
    """The page used to join one speaker's quotes at a token-set ratio of 60 on folded
    text; a short quote whose words all occur in a longer one scores 100 there, yet the
    store (content-word stems, score >= 55) keeps them apart, and so does the page now."""
    from rapidfuzz import fuzz

    from presswatch.store.pages import _statements

    short, long = "Nous sommes prêts", "Nous sommes prêts à défendre nos frontières"
    assert fuzz.token_set_ratio(short, long) >= 60
    who = [{"id": "p-1", "name": "Sergueï Lavrov"}]
    articles = [{"id": "a1", "quotes": [{"key": "a1:0-1", "text": short, "people": who}]},
                {"id": "a2", "quotes": [{"key": "a2:0-1", "text": long, "people": who}]}]
    apart = _statements(articles, {("a1:0-1", "p-1"): "s1", ("a2:0-1", "p-1"): "s2"})
    joined = _statements(articles, {("a1:0-1", "p-1"): "s1", ("a2:0-1", "p-1"): "s1"})
    assert [s["outlets"] for s in apart] == [1, 1]
    assert [s["outlets"] for s in joined] == [2]


def test_interactions_with_participants_and_filters(client: TestClient) -> None:
    items = _ok(client.get("/api/interactions"))["items"]
    assert len(items) == 4 and items[0]["date"] == "2025-02-18"
    assert items[0]["participants"] == ["Marco Rubio", "Sergueï Lavrov"]
    talks = _ok(client.get("/api/interactions", params={"type": "talks",
                                                        "participant": "rubio"}))["items"]
    assert [i["place"] for i in talks] == ["Ryad"]
    assert _ok(client.get("/api/interactions?until=2021"))["items"] == []


def test_search_finds_quotes_then_articles_accents_folded(client: TestClient) -> None:
    items = _ok(client.get("/api/search", params={"q": "securite indivisible"}))["items"]
    kinds = [i["kind"] for i in items]
    assert kinds == sorted(kinds, key=["quote", "article"].index) and "article" in kinds
    assert {i["outlet"] for i in items if i["kind"] == "quote"} >= {"Le Quotidien", "L'Écho"}


def test_a_search_hit_is_cited_as_the_quote_list_cites_it(client: TestClient) -> None:
    listed = {q["key"]: q for q in _ok(client.get("/api/quotes?limit=500"))["items"]}
    hits = _ok(client.get("/api/search", params={"q": "securite indivisible"}))["items"]
    quotes = [h for h in hits if h["kind"] == "quote"]
    assert quotes and all(h["citation"] == listed[h["key"]]["citation"] for h in quotes)
    assert all(h["people"] == listed[h["key"]]["people"] for h in quotes)
    assert all(h["citation"] is None for h in hits if h["kind"] == "article")


# ---- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [
    "/api/quotes?since=janvier", "/api/quotes?until=2022-1", "/api/quotes?act=shouting",
    "/api/quotes?limit=0", "/api/quotes?limit=501", "/api/quotes?limit=ten",
    "/api/articles?since=x", "/api/interactions?until=20220101", "/api/search",
    "/api/search?q=", "/api/people?limit=-1", "/api/quotes?cursor=not-a-cursor",
    "/api/quotes?cursor=eyJvIjotMX0", "/api/people?cursor=eyJvIjoxMDAwMH0",
    "/api/quotes?speaker=" + "x" * 501,
])
def test_bad_parameters_are_422_with_one_readable_sentence(client: TestClient,
                                                           path: str) -> None:
    message = _error(client.get(path), 422)
    assert "Traceback" not in message


def test_a_bad_date_says_which_forms_are_accepted(client: TestClient) -> None:
    assert _error(client.get("/api/quotes?since=janvier"), 422) == (
        "since: must be a date: YYYY, YYYY-MM or YYYY-MM-DD")


@pytest.mark.parametrize("path", ["/api/people/p-nobody", "/api/articles/0000",
                                  "/api/stories/s-none", "/api/nothing-here"])
def test_unknown_ids_and_paths_are_404_envelopes(client: TestClient, path: str) -> None:
    _error(client.get(path), 404)


def test_wrong_method_is_405_envelope(client: TestClient) -> None:
    _error(client.delete("/api/quotes"), 405)


NASTY = ["'", '"', "%", "_", "\\", "NOT", "AND OR", "*", "-", ":", '"unclosed', "a\"b'c",
         "(", ")", "^", "NEAR(a b)", "é" * 300, "🙂", "‮rtl", "' OR 1=1 --", "<script>",
         "%00", "quotes_fts", "\t\n"]


@pytest.mark.parametrize("value", NASTY)
def test_user_input_never_causes_a_500(client: TestClient, value: str) -> None:
    for path, name in (("/api/quotes", "speaker"), ("/api/quotes", "q"),
                       ("/api/quotes", "outlet"), ("/api/quotes", "story"),
                       ("/api/people", "name"), ("/api/search", "q"),
                       ("/api/articles", "outlet"), ("/api/interactions", "participant"),
                       ("/search", "q"), ("/api/quotes", "cursor")):
        response = client.get(path, params={name: value})
        assert response.status_code < 500, (path, name, value, response.text)
    for path in ("/api/people/", "/api/articles/", "/api/stories/", "/people/", "/articles/"):
        assert client.get(path + quote(value, safe="")).status_code < 500


def test_slow_reads_are_stopped_with_503(fixture_db: tuple[str, dict[str, str]],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("presswatch.store.readonly.PROGRESS_STEPS", 1)  # check the clock at once
    with TestClient(create_app(fixture_db[0], time_limit=-1.0)) as slow:
        assert _error(slow.get("/api/quotes"), 503).startswith("the query took too long")


# ---- annotate, ingest, body limits, tokens -----------------------------------------------


def test_annotate_returns_quotes_with_offsets_and_stores_nothing(client: TestClient) -> None:
    text = "Le maire a dit : « Tout va bien »."
    body = _ok(client.post("/api/annotate", json={"text": text, "date": "2024-03-01"}))
    assert body["ok"] is True and body["text"] == text
    [quote] = body["quotes"]
    assert text[quote["start"]:quote["end"]] == "Tout va bien"
    assert _ok(client.get("/api"))["counts"]["articles"] == 7


@pytest.mark.parametrize(("payload", "status"), [
    ({}, 422), ({"text": ""}, 422), ({"text": 3}, 422), ({"text": "a", "date": "hier"}, 422),
    ({"text": "x" * 200_001}, 413),
])
def test_annotate_rejects_bad_bodies(client: TestClient, payload: dict, status: int) -> None:
    _error(client.post("/api/annotate", json=payload), status)


def test_annotate_rejects_malformed_json(client: TestClient) -> None:
    _error(client.post("/api/annotate", content=b"{not json",
                       headers={"content-type": "application/json"}), 422)


def test_bodies_over_the_limit_are_413_announced_or_streamed(
        fixture_db: tuple[str, dict[str, str]]) -> None:
    app = create_app(fixture_db[0], annotator=GuillemetAnnotator(), max_body=1000)
    big = b'{"text": "' + b"a" * 2000 + b'"}'
    with TestClient(app) as small:
        assert "1000 bytes" in _error(small.post("/api/annotate", content=big,
                                                 headers={"content-type":
                                                          "application/json"}), 413)
        chunks = (big[i:i + 300] for i in range(0, len(big), 300))  # no Content-Length
        _error(small.post("/api/annotate", content=chunks,
                          headers={"content-type": "application/json"}), 413)


def test_writes_are_403_on_a_read_only_server(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": "« Bonjour », a dit Jean."},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert "read-only" in _error(response, 403)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": f"Bearer {TOKEN}x"}])
def test_writes_need_the_exact_bearer_token(writable: TestClient, headers: dict) -> None:
    response = writable.post("/api/articles", json={"text": "« Bonjour »"}, headers=headers)
    _error(response, 401)
    assert _ok(writable.get("/api"))["counts"]["articles"] == 7


def test_a_token_alone_does_not_make_a_read_only_app_writable(
        fixture_db: tuple[str, dict[str, str]]) -> None:
    with TestClient(create_app(fixture_db[0], token=TOKEN)) as c:
        _error(c.post("/api/articles", json={"text": "« a »"},
                      headers={"Authorization": f"Bearer {TOKEN}"}), 403)


def test_ingest_one_article_then_read_it_back(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    article = {"text": "Jean Fake a déclaré : « Nous allons gagner ».", "outlet": "Le Test",
               "date": "2024-06-01", "url": "https://ex.org/new", "title": "Nouveau"}
    response = writable.post("/api/articles", json=article, headers=auth)
    assert response.status_code == 201, response.text
    stored = response.json()
    assert stored["stored"] is True and stored["quotes"] == 1
    again = writable.post("/api/articles", json=article, headers=auth)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert _ok(writable.get(f"/api/articles/{stored['id']}"))["outlet"] == "Le Test"
    people = _ok(writable.get("/api/people", params={"name": "Jean Fake"}))["items"]
    assert people and people[0]["quotes"] == 1


def test_an_analyst_corrects_an_interaction_with_the_token(writable: TestClient) -> None:
    """`POST /api/interactions/{article}/{trigger_start}` is `presswatch interaction-fix`:
    the reads show the fix at once; unknown mentions are 404, writes need the token."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    talks = _ok(writable.get("/api/interactions", params={"type": "talks"}))["items"]
    [ryad] = [i for i in talks if i["place"] == "Ryad"]
    path = f"/api/interactions/{ryad['article_id']}/{ryad['trigger_start']}"

    fix = {"type": "meeting", "participants": ["Sergueï Lavrov", "la délégation saoudienne"]}
    _error(writable.post(path, json=fix), 401)
    assert _ok(writable.post(path, json=fix, headers=auth))["corrected"] == [
        "type", "participants"]
    [fixed] = _ok(writable.get("/api/interactions",
                               params={"participant": "saoudienne"}))["items"]
    assert (fixed["type"], fixed["place"]) == ("meeting", "Ryad")
    assert fixed["participants"] == fix["participants"]

    assert _ok(writable.post(path, json={"deleted": True}, headers=auth))["corrected"] == [
        "deleted"]
    assert not _ok(writable.get("/api/interactions", params={"participant": "saoudienne"}))[
        "items"]
    assert "starts at 99999" in _error(writable.post(
        f"/api/interactions/{ryad['article_id']}/99999", json=fix, headers=auth), 404)
    _error(writable.post(path, json={}, headers=auth), 422)
    _error(writable.post(path, json={"type": "dinner"}, headers=auth), 422)
    # an offset past any text is refused before it reaches the store's integer columns
    _error(writable.post(f"/api/interactions/{ryad['article_id']}/{2**63}", json=fix,
                         headers=auth), 422)


def test_an_analyst_merges_and_splits_stories_with_the_token(writable: TestClient) -> None:
    """`POST /api/articles/{article}/story` is `presswatch story-fix`: `with` puts the
    article in another article's story, `alone` takes it out; the story pages follow at
    once; unknown articles are 404, writes need the token."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    story = _ok(writable.get(f"/api/stories/{_story_id(writable)}"))
    grouped = {a["id"] for a in story["articles_list"]}
    ryad = _ok(writable.get("/api/interactions", params={"type": "talks"}))["items"][0][
        "article_id"]
    assert ryad not in grouped

    path = f"/api/articles/{ryad}/story"
    _error(writable.post(path, json={"with": next(iter(grouped))}), 401)
    assert _ok(writable.post(path, json={"with": next(iter(grouped))}, headers=auth))["ok"]
    merged = _ok(writable.get(f"/api/stories/{_story_id(writable)}"))
    assert {a["id"] for a in merged["articles_list"]} == grouped | {ryad}

    assert _ok(writable.post(path, json={"alone": True}, headers=auth))["alone"] is True
    split = _ok(writable.get(f"/api/stories/{_story_id(writable)}"))
    assert {a["id"] for a in split["articles_list"]} == grouped
    assert "no stored article" in _error(writable.post(
        "/api/articles/nowhere/story", json={"alone": True}, headers=auth), 404)
    _error(writable.post(path, json={}, headers=auth), 422)
    _error(writable.post(path, json={"with": ryad, "alone": True}, headers=auth), 422)


def test_the_read_connection_cannot_write(client: TestClient) -> None:
    engine = client.app.state.backend.reader.engine
    with pytest.raises(OperationalError, match="readonly"), engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE intruder (x)")


def test_cors_is_off_unless_origins_are_given(client: TestClient,
                                              fixture_db: tuple[str, dict[str, str]]) -> None:
    origin = {"Origin": "https://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/api", headers=origin).headers
    with TestClient(create_app(fixture_db[0], cors_origins=["https://elsewhere.example"])) as c:
        assert c.get("/api", headers=origin).headers["access-control-allow-origin"] == (
            "https://elsewhere.example")


def test_openapi_documents_the_api(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = _ok(client.get("/api/openapi.json"))["paths"]
    assert {"/api/quotes", "/api/people/{pid}", "/api/annotate", "/api/articles",
            "/api/search"} <= set(paths)
    assert "/search" not in paths


def test_pages_served_as_json_are_still_documented_by_their_model(client: TestClient) -> None:
    paths = _ok(client.get("/api/openapi.json"))["paths"]

    for path in ("/api/quotes", "/api/people", "/api/articles", "/api/stories",
                 "/api/interactions", "/api/search"):
        answer = paths[path]["get"]["responses"]["200"]["content"]["application/json"]
        assert answer["schema"] == {"$ref": "#/components/schemas/Page"}, path


# ---- pages -------------------------------------------------------------------------------


def _html(response: Any) -> str:
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_every_page_renders(client: TestClient, ids: dict[str, str]) -> None:
    lavrov = _person_id(client, "Sergueï Lavrov")
    for path in ("/", "/search?q=Lavrov", "/search", f"/people/{lavrov}",
                 f"/articles/{ids['geneve-3']}", f"/stories/{_story_id(client)}", "/analyze"):
        page = _html(client.get(path))
        assert '<html lang="fr">' in page and "/static/style.css" in page, path
    assert client.get("/static/app.js").status_code == 200


def test_article_containing_script_renders_it_as_text(client: TestClient,
                                                      ids: dict[str, str]) -> None:
    for path in (f"/articles/{ids['hostile']}", "/search?q=signaler",
                 f"/people/{_person_id(client, 'Sergueï Lavrov')}", "/"):
        page = _html(client.get(path))
        assert "<script>alert" not in page and "<b>Dupont" not in page, path
    page = _html(client.get(f"/articles/{ids['hostile']}"))
    assert "&lt;script&gt;alert(&#39;pw&#39;)&lt;/script&gt;" in page  # the title
    assert "Rien à signaler &lt;script&gt;alert('pw')&lt;/script&gt;</mark>" in page
    assert page.count("<script") == 1  # the app's own script tag, nothing else
    assert HOSTILE in _ok(client.get(f"/api/articles/{ids['hostile']}"))["text"]


def test_article_page_highlights_quotes_cues_speakers_and_boilerplate(
        client: TestClient, ids: dict[str, str]) -> None:
    page = _html(client.get(f"/articles/{ids['geneve-3']}"))
    assert '<span class="cue">a affirmé</span>' in page
    assert re.search(r'<mark id="q-\d+-\d+" class="q q-indirect" title="Antony Blinken — '
                     r'déclaration"[^>]*>Lavrov lui aurait dit : « <mark [^>]*'
                     r'title="Sergueï Lavrov — démenti"', page)  # nested, resolved speaker
    assert '<span class="boiler" title="boilerplate: read_more">Lire aussi' in page


def test_person_page_has_roles_chart_counterparts_and_statements(client: TestClient) -> None:
    page = _html(client.get(f"/people/{_person_id(client, 'Sergueï Lavrov')}?lang=en"))
    assert "le ministre russe des Affaires étrangères" in page
    assert '<svg class="chart"' in page and "<title>2022-01 · statement: " in page
    assert "Antony Blinken" in page and "Statements" in page
    assert page.count('class="cite"') == 5


def test_pages_speak_english_on_request_and_keep_it_in_links(client: TestClient) -> None:
    page = _html(client.get("/?lang=en"))
    assert '<html lang="en">' in page and "Latest stories" in page
    assert re.search(r'href="/stories/s-[0-9a-f]+\?lang=en"', page)
    assert "Derniers sujets" in _html(client.get("/?lang=xx"))


def test_quotes_on_pages_are_citable(client: TestClient) -> None:
    page = _html(client.get(f"/stories/{_story_id(client)}"))
    cite = re.search(r'data-cite="([^"]*Toute agression[^"]*)"', page).group(1)
    assert cite == ("« Toute agression aura un coût sévère », Antony Blinken, Le Quotidien, "
                    "2022-01-21. https://ex.org/1")


def test_page_errors_are_html_in_the_visitors_language(client: TestClient) -> None:
    response = client.get("/people/p-nobody?lang=en")
    assert response.status_code == 404 and "No such person." in response.text
    assert client.get("/articles/x").headers["content-type"].startswith("text/html")


def test_analyze_form_shows_the_text_annotated(client: TestClient) -> None:
    response = client.post("/analyze", data={"text": "Il a dit : « <b>Oui</b> ».",
                                             "date": ""})
    page = _html(response)
    assert re.search(r'<mark [^>]*title="Jean Fake — déclaration"[^>]*>&lt;b&gt;Oui&lt;/b&gt;'
                     r"</mark>", page)
    assert "<mark" not in _html(client.get("/analyze"))
    assert client.post("/analyze", data={"text": "a", "date": "demain"}).status_code == 422


# ---- presswatch serve ----------------------------------------------------------------------


def test_serve_get_prints_one_response(fixture_db: tuple[str, dict[str, str]]) -> None:
    runner = CliRunner()
    path = fixture_db[0].removeprefix("sqlite:///")
    ok = runner.invoke(cli, ["serve", "--db", path, "--get", "/api/stories"])
    assert ok.exit_code == 0 and '"items"' in ok.output
    missing = runner.invoke(cli, ["serve", "--db", path, "--get", "/api/people/p-nobody"])
    assert missing.exit_code == 1 and '"status":404' in missing.output


def test_serve_with_workers_answers_and_stops_on_sigint(
        fixture_db: tuple[str, dict[str, str]]) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "from presswatch.cli import main; main()", "serve", "--db",
         fixture_db[0], "--port", str(port), "--workers", "2", "--threads", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline, answered = time.monotonic() + 60, None
        while answered is None and time.monotonic() < deadline and server.poll() is None:
            with contextlib.suppress(httpx.HTTPError):
                answered = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=5)
            time.sleep(0.2)
        assert answered is not None and answered.json()["items"]
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        for response in (answered, page):  # each worker's app carries the security headers
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            assert response.headers["x-content-type-options"] == "nosniff"
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db"), "--get", "/"])
    assert result.exit_code == 1 and "no database at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_api_works_on_every_database(store_url: str) -> None:
    """The same reads on SQLite and PostgreSQL (skipped without a server, except in CI)."""
    with Store(store_url) as store:
        ids = populate(store)
    with TestClient(create_app(store_url)) as c:
        assert _ok(c.get("/api"))["counts"]["quotes"] == 12
        assert len(_all_pages(c, "/api/quotes?speaker=lavrov&limit=2")) == 5
        assert _ok(c.get(f"/api/articles/{ids['geneve-3']}"))["quotes"][2]["parent"] == "q2"
        assert _ok(c.get("/api/search?q=indivisible"))["items"]
        assert _ok(c.get("/api/interactions?participant=rubio"))["items"]
        for value in NASTY:
            assert c.get("/api/search", params={"q": value}).status_code < 500, value
        _html(c.get(f"/stories/{_story_id(c)}"))
