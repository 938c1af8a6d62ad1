"""Browsing, searching and citing in the web app, through FastAPI's in-process client.

The browse pages (/quotes, /people, /articles, /stories: filters, facets, sorting, counts,
JSON twin and CSV), search counts, marks and empty states, the charts, translated labels,
unknown outlets and dates said in words, the offline API docs, and reported speech that is
never shown or cited as a direct quote. Over the web fixture store plus one article of
reported speech with no outlet and no date.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from presswatch.formats.citation import cite
from presswatch.store import Store
from presswatch.web import create_app
from presswatch.web.chart import acts_chart, story_volume
from presswatch.web.fixtures import GuillemetAnnotator, populate, reported_speech_article
from presswatch.web.render import mark_terms, search_terms

INDIRECT_CITED = "Selon Camille Marchand, le budget serait voté avant l'été. https://ex.org/9"
MIXED_CITED = ("Selon Camille Marchand, il faudrait « un effort de chacun » pour tenir les "
               "comptes. https://ex.org/9")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('browse') / 'presswatch.db'}"
    with Store(url) as store:
        populate(store)
        article, record = reported_speech_article()
        store.add_article(article, record, pipeline_version="fixtures")
        store.recompute()
    with TestClient(create_app(url, annotator=GuillemetAnnotator())) as c:
        yield c


def _page(client: TestClient, path: str) -> Any:
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return lxml_html.fromstring(response.text)


def _json(client: TestClient, path: str) -> Any:
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return response.json()


def _count(tree: Any) -> int:
    return int(tree.cssselect(".summary .count")[0].text_content().split()[0])


def _person(client: TestClient, name: str) -> str:
    return next(p["id"] for p in _json(client, "/api/people")["items"] if p["name"] == name)


# ---- browse pages -------------------------------------------------------------------------

def test_the_home_page_counts_link_to_the_lists(client: TestClient) -> None:
    counts = _json(client, "/api")["counts"]
    links = {a.get("href"): a.text_content() for a in _page(client, "/").cssselect(
        "ul.counts a")}
    for kind in ("quotes", "people", "articles", "stories"):
        assert str(counts[kind]) in links[f"/{kind}"]
        assert _count(_page(client, f"/{kind}")) == counts[kind]


def test_every_facet_count_is_what_its_link_lists(client: TestClient) -> None:
    tree = _page(client, "/quotes")
    facets = tree.cssselect("aside.facets section.facet")
    assert {f.get("data-facet") for f in facets} == {"speaker", "act", "outlet", "story",
                                                     "year"}
    for facet in facets:
        for item in facet.cssselect("li"):
            link, shown = item.cssselect("a")[0], int(item.cssselect(".n")[0].text)
            followed = _page(client, link.get("href"))
            assert _count(followed) == shown, link.get("href")
            if shown <= 50:
                assert len(followed.cssselect("figure.quote")) == shown


def test_filters_show_as_links_that_remove_them(client: TestClient) -> None:
    tree = _page(client, "/quotes?act=statement&outlet=Soir")
    chips = {c.get("data-filter"): c for c in tree.cssselect("a.chip")}
    assert set(chips) == {"act", "outlet"}
    assert "déclaration" in chips["act"].text_content()
    assert chips["act"].get("href") == "/quotes?outlet=Soir"
    assert _count(_page(client, chips["act"].get("href"))) > _count(tree)


def test_quotes_sort_newest_first_on_the_page_and_the_api(client: TestClient) -> None:
    api = _json(client, "/api/quotes?sort=newest")["items"]
    days = [q["said_on"] or q["date"] for q in api if q["said_on"] or q["date"]]
    assert days == sorted(days, reverse=True) and len(set(days)) > 2
    shown = [f.get("data-key") for f in _page(client, "/quotes?sort=newest").cssselect(
        "figure.quote")]
    assert shown == [q["key"] for q in api]
    assert shown != [q["key"] for q in _json(client, "/api/quotes")["items"]]


def test_people_articles_and_stories_sort(client: TestClient) -> None:
    names = [a.text_content() for a in _page(client, "/people?sort=name").cssselect(
        "table.list tbody td:first-child a")]
    assert names == sorted(names) and len(names) >= 5
    by_quotes = _json(client, "/api/articles?sort=quotes")["items"]
    assert [a["quotes"] for a in by_quotes] == sorted((a["quotes"] for a in by_quotes),
                                                      reverse=True)
    oldest = _json(client, "/api/articles?sort=oldest")["items"]
    dated = [a["date"] for a in oldest if a["date"]]
    assert dated == sorted(dated)
    stories = _page(client, "/stories?sort=articles")
    assert _count(stories) == len(stories.cssselect("table.list tbody tr"))


def test_articles_page_has_facets_by_outlet_story_and_year(client: TestClient) -> None:
    tree = _page(client, "/articles")
    outlets = tree.cssselect('section.facet[data-facet="outlet"] li')
    assert outlets and sum(int(li.cssselect(".n")[0].text) for li in outlets) <= _count(tree)
    link = tree.cssselect('section.facet[data-facet="year"] a')[0]
    year = link.text_content()
    rows = _page(client, link.get("href")).cssselect("table.list tbody tr")
    assert rows and all(r.cssselect("td")[0].text_content().startswith(year) for r in rows)
    facts = _json(client, "/api/articles/facets?since=2022&until=2022")
    assert facts["count"] == len(rows) if year == "2022" else facts["count"] > 0


def test_each_list_has_a_json_twin_and_a_csv(client: TestClient) -> None:
    for path in ("/quotes?act=statement", "/people?sort=name", "/articles?outlet=Le",
                 "/stories"):
        tree = _page(client, path)
        twin = tree.cssselect('link[rel="alternate"]')[0].get("href")
        assert twin.startswith("/api/") and _json(client, twin)["items"]
        exported = tree.cssselect('.exports a[type="text/csv"]')[0].get("href")
        assert "format=csv" in exported
        api_csv = client.get(exported)
        page_csv = client.get(path + "&format=csv" if "?" in path else path + "?format=csv")
        assert api_csv.headers["content-type"].startswith("text/csv")
        assert api_csv.text == page_csv.text
        rows = list(csv.DictReader(io.StringIO(api_csv.text)))
        assert len(rows) == len(_json(client, twin)["items"])


def test_a_csv_page_links_to_the_next_one(client: TestClient) -> None:
    first = client.get("/api/quotes?limit=3&format=csv")
    link = re.fullmatch(r'<(.+)>; rel="next"', first.headers["link"]).group(1)
    second = client.get(link)
    keys = [r["key"] for r in csv.DictReader(io.StringIO(second.text))]
    assert keys == [q["key"] for q in _json(client, "/api/quotes?limit=3&cursor=o3")["items"]]


def test_an_empty_list_says_what_to_try(client: TestClient) -> None:
    tree = _page(client, "/quotes?since=2031")
    assert _count(tree) == 0 and not tree.cssselect("figure.quote")
    empty = tree.cssselect(".empty")[0]
    assert "Rien ne correspond" in empty.text_content()
    assert empty.cssselect("a")[0].get("href") == "/quotes"
    english = _page(client, "/articles?outlet=nulle-part&lang=en")
    assert "Nothing matches these filters." in english.cssselect(".empty")[0].text_content()
    assert english.cssselect(".empty a")[0].get("href") == "/articles?lang=en"


# ---- search -------------------------------------------------------------------------------

def test_search_shows_counts_and_marks_the_words(client: TestClient) -> None:
    tree = _page(client, "/search?q=geneve")
    found = _json(client, "/api/search?q=geneve&limit=500")["items"]
    summary = tree.cssselect(".summary")[0].text_content()
    articles = sum(1 for h in found if h["kind"] == "article")
    assert f"{articles} articles" in summary
    marks = {m.text_content() for m in tree.cssselect("mark.hit")}
    assert "Genève" in marks and {m.lower() for m in marks} == {"genève"}  # marked as written


def test_search_without_words_or_results_says_what_to_try(client: TestClient) -> None:
    hint = _page(client, "/search").cssselect(".empty")[0].text_content()
    assert "entre guillemets" in hint
    nothing = _page(client, "/search?q=zygomatique").cssselect(".empty")[0]
    assert "Aucun résultat pour « zygomatique »" in nothing.text_content()
    assert "moins de mots" in nothing.text_content()
    assert nothing.cssselect("a")[0].get("href") == "/quotes"


def test_search_marks_are_escaped_and_folded() -> None:
    marked = mark_terms("L'élu <b>Élysée</b> a dit", search_terms("elysee"))
    assert str(marked) == "L&#39;élu &lt;b&gt;<mark class=\"hit\">Élysée</mark>&lt;/b&gt; a dit"


# ---- reported speech ----------------------------------------------------------------------

def test_citations_put_only_direct_speech_in_guillemets() -> None:
    base = {"people": [{"id": "p-1", "name": "Louise Garnier"}], "outlet": "La Voix",
            "date": "2024-03-05", "url": "https://ex.org/v"}
    assert cite(base | {"type": "direct", "text": "Nous tiendrons"}) == (
        "« Nous tiendrons », Louise Garnier, La Voix, 2024-03-05. https://ex.org/v")
    assert cite(base | {"type": "indirect", "text": "elle tiendrait bon"}) == (
        "Selon Louise Garnier (La Voix, 2024-03-05), elle tiendrait bon. https://ex.org/v")
    untyped = cite({"text": "il viendrait", "speaker": "le maire", "url": None})
    assert untyped == "Selon le maire, il viendrait."


def test_reported_speech_is_shown_and_cited_as_reported(client: TestClient) -> None:
    pid = _person(client, "Camille Marchand")
    for path in ("/quotes?speaker=Marchand", f"/people/{pid}", "/search?q=budget"):
        tree = _page(client, path)
        figures = tree.cssselect("figure.quote")
        assert figures and all("reported" in f.get("class") for f in figures), path
        assert not tree.cssselect("figure.quote blockquote"), path
        texts = [f.cssselect(".reported-text")[0].text_content() for f in figures]
        assert not any(t.lstrip().startswith("«") for t in texts), path
        cites = {f.cssselect("button.cite")[0].get("data-cite") for f in figures}
        assert INDIRECT_CITED in cites, path
    mixed = _page(client, "/quotes?speaker=Marchand").cssselect(
        'figure[data-type="mixed"] .reported-text')[0].text_content()
    assert mixed == "il faudrait « un effort de chacun » pour tenir les comptes"


def test_api_and_csv_cite_reported_speech_as_reported(client: TestClient) -> None:
    items = _json(client, "/api/quotes?speaker=Marchand")["items"]
    assert {q["type"]: q["citation"] for q in items} == {"indirect": INDIRECT_CITED,
                                                         "mixed": MIXED_CITED}
    rows = csv.DictReader(io.StringIO(client.get("/api/quotes?speaker=Marchand&format=csv")
                                      .text))
    assert {r["citation"] for r in rows} == {INDIRECT_CITED, MIXED_CITED}


def test_direct_quotes_keep_their_guillemets(client: TestClient) -> None:
    tree = _page(client, "/quotes?act=warning")
    [figure] = tree.cssselect("figure.quote")
    assert figure.get("class") == "quote verbatim"
    assert figure.cssselect("blockquote")[0].text_content() == (
        "« Toute agression aura un coût sévère »")


# ---- charts, labels, unknown sources ------------------------------------------------------

def test_the_acts_chart_has_axes_counts_and_an_empty_state(client: TestClient) -> None:
    tree = _page(client, f"/people/{_person(client, 'Sergueï Lavrov')}")
    [svg] = tree.cssselect("section.acts svg.chart")
    ticks = [t.text_content() for t in svg.cssselect("text.y-tick")]
    assert ticks[0] == "0" and len(ticks) >= 2
    counts = [int(t.text_content()) for t in svg.cssselect("text.bar-count")]
    assert sum(counts) == 5
    assert svg.cssselect("line.axis") and svg.cssselect("text.x-tick")
    undated = _page(client, f"/people/{_person(client, 'Camille Marchand')}")
    assert not undated.cssselect("section.acts svg.chart")
    assert "Aucune citation datée" in undated.cssselect(".chart-empty")[0].text_content()


def test_the_story_page_charts_its_volume_by_day_and_outlet(client: TestClient) -> None:
    story = _json(client, "/api/stories")["items"][0]
    full = _json(client, f"/api/stories/{story['id']}")
    tree = _page(client, f"/stories/{story['id']}")
    day = tree.cssselect("section.volume-day svg.chart")[0]
    assert sum(int(t.text) for t in day.cssselect("text.bar-count")) == story["articles"]
    outlet = tree.cssselect("section.volume-outlet svg.chart")[0]
    quotes = sum(len(a["quotes"]) for a in full["articles_list"])
    assert sum(int(t.text) for t in outlet.cssselect("text.bar-count")) == quotes
    assert {t.cssselect("title")[0].text for t in outlet.cssselect("text.x-tick")} == set(
        story["outlet_names"])


def test_interaction_types_and_acts_are_translated(client: TestClient) -> None:
    aid = next(a["id"] for a in _json(client, "/api/articles")["items"]
               if a["title"] == "Lavrov et Blinken à Genève")
    french = _page(client, f"/articles/{aid}")
    listed = " ".join(li.text_content() for li in french.cssselect("section li"))
    assert "rencontre · Genève" in listed and "meeting" not in listed
    english = _page(client, f"/articles/{aid}?lang=en")
    assert "meeting · Genève" in " ".join(li.text_content()
                                          for li in english.cssselect("section li"))
    options = [o.text_content() for o in _page(client, "/quotes").cssselect(
        'select[name="act"] option') if o.get("value")]
    assert "accusation" in options and "démenti" in options and "denial" not in options


def _refusal(client: TestClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 422, (path, response.text[:300])
    if path.startswith("/api/"):
        return response.json()["error"]
    return lxml_html.fromstring(response.text).cssselect("p.error")[0].text_content()


@pytest.mark.parametrize(("path", "french", "english"), [
    ("/quotes?since=janvier", "Depuis : doit être une date : AAAA, AAAA-MM ou AAAA-MM-JJ",
     "Since: must be a date: YYYY, YYYY-MM or YYYY-MM-DD"),
    ("/quotes?sort=ancien", "Trier : doit valoir 'oldest' ou 'newest'",
     "Sort: must be 'oldest' or 'newest'"),
    ("/search?q=" + "x" * 501, "Mots : 500 caractères au plus", "Words: at most 500 characters"),
    ("/quotes?cursor=page-deux", "cursor : n’est pas un curseur de ce serveur",
     "cursor: not a cursor from this server"),
])
def test_a_refused_parameter_is_explained_in_the_page_language(
        client: TestClient, path: str, french: str, english: str) -> None:
    assert _refusal(client, path) == french
    assert _refusal(client, path + "&lang=en") == english


def test_the_api_names_a_refused_parameter_as_its_schema_does(client: TestClient) -> None:
    assert _refusal(client, "/api/quotes?act=shouting").startswith("act: must be 'statement', ")
    assert _refusal(client, "/api/search?q=" + "x" * 501) == "q: at most 500 characters"


def test_a_date_that_does_not_exist_is_refused_not_matched_against(
        client: TestClient) -> None:
    assert _refusal(client, "/quotes?until=2022-13") == (
        "Jusqu’au : doit être une date : AAAA, AAAA-MM ou AAAA-MM-JJ")
    assert _refusal(client, "/api/quotes?since=2023-02-29") == (
        "since: must be a date: YYYY, YYYY-MM or YYYY-MM-DD")
    assert client.get("/api/quotes?since=2024-02-29").status_code == 200


def test_an_unknown_outlet_or_date_is_said_not_questioned(client: TestClient) -> None:
    aid = next(a["id"] for a in _json(client, "/api/articles")["items"] if not a["outlet"])
    pid = _person(client, "Camille Marchand")
    for path in (f"/articles/{aid}", "/quotes?speaker=Marchand", f"/people/{pid}",
                 "/articles?sort=oldest", "/search?q=budget"):
        text = _page(client, path).cssselect("main")[0].text_content()
        assert "média inconnu" in text, path
        assert "?" not in text, path
    assert "unknown outlet" in _page(client, f"/articles/{aid}?lang=en").cssselect(
        "main")[0].text_content()


# ---- API docs -----------------------------------------------------------------------------

def test_the_api_docs_are_served_by_the_app(client: TestClient) -> None:
    response = client.get("/docs")
    tree = lxml_html.fromstring(response.text)
    assets = [e.get("src") or e.get("href") for e in tree.cssselect("script, link")]
    assert assets and all(a.startswith("/static/") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert "swagger-ui-bundle.js" in " ".join(assets)
    assert "cdn" not in response.headers["content-security-policy"]
    assert "script-src 'self';" in response.headers["content-security-policy"]
    assert _json(client, "/openapi.json") == _json(client, "/api/openapi.json")
    start = Path(__file__).parents[1] / "src/presswatch/web/static/docs.js"
    assert "SwaggerUIBundle" in start.read_text(encoding="utf-8")


def test_the_schema_documents_csv_answers(client: TestClient) -> None:
    paths = _json(client, "/openapi.json")["paths"]
    for path in ("/api/quotes", "/api/people", "/api/articles", "/api/stories",
                 "/api/interactions", "/api/search"):
        content = paths[path]["get"]["responses"]["200"]["content"]
        assert {"application/json", "text/csv"} <= set(content), path
        assert "format" in {p["name"] for p in paths[path]["get"]["parameters"]}
    assert "/api/quotes/facets" in paths and "/api/articles/facets" in paths


def test_the_filter_forms_empty_fields_filter_nothing(client: TestClient) -> None:
    everything = _count(_page(client, "/quotes"))
    sent = _page(client, "/quotes?speaker=&act=&outlet=&story=&since=&until=&q=&sort=newest")
    assert _count(sent) == everything and not sent.cssselect("a.chip")


def test_charts_over_time_keep_their_empty_periods() -> None:
    svg = lxml_html.fromstring(str(acts_chart({"2022-01": {"statement": 2},
                                               "2022-03": {"denial": 1}}, title="t")))
    ticks = [t.cssselect("title")[0].text for t in svg.cssselect("text.x-tick")]
    assert ticks == ["2022-01", "2022-02", "2022-03"]
    assert [t.text for t in svg.cssselect("text.bar-count")] == ["2", "0", "1"]
    long = lxml_html.fromstring(str(acts_chart({"2019-05": {"statement": 1},
                                                "2024-02": {"statement": 1}}, title="t")))
    assert [t.cssselect("title")[0].text for t in long.cssselect("text.x-tick")] == [
        "2019", "2020", "2021", "2022", "2023", "2024"]
    by_day, _outlets = story_volume([{"date": "2024-06-01", "quotes": []},
                                     {"date": "2024-06-03", "quotes": []}],
                                    unknown_outlet="?")
    assert {day: sum(c.values()) for day, c in by_day.items()} == {
        "2024-06-01": 1, "2024-06-02": 0, "2024-06-03": 1}


def test_every_quote_the_api_returns_carries_its_citation(client: TestClient) -> None:
    pid = _person(client, "Camille Marchand")
    statements = _json(client, f"/api/people/{pid}")["statements"]
    assert INDIRECT_CITED in {q["citation"] for q in statements}
    aid = statements[0]["article_id"]
    assert {q["citation"] for q in _json(client, f"/api/articles/{aid}")["quotes"]} == {
        INDIRECT_CITED, MIXED_CITED}
    story = _json(client, "/api/stories")["items"][0]["id"]
    for art in _json(client, f"/api/stories/{story}")["articles_list"]:
        for q in art["quotes"]:
            assert q["citation"].startswith("« " if q["type"] == "direct" else "Selon ")
            assert q["people"][0]["name"] in q["citation"]
    hits = _json(client, "/api/search?q=budget")["items"]
    assert INDIRECT_CITED in {h.get("citation") for h in hits}
    rows = csv.DictReader(io.StringIO(client.get("/api/search?q=budget&format=csv").text))
    assert INDIRECT_CITED in {r["citation"] for r in rows}
