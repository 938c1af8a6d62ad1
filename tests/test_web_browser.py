"""The web app in a real browser: Playwright driving Debian's Chromium over a live server.

What an analyst does: search for Lavrov, open his page, follow a quote to its highlighted
article, compare a story's outlets, paste a text into /analyze, copy a citation, read it
all on a phone. Playwright never downloads a browser: it drives /usr/bin/chromium, and
without it these tests skip (under CI=true, they fail: CI must install it).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_server import CHROMIUM as BROWSER
from browser_server import CHROMIUM_ARGS, running

from presswatch.reading import Article
from presswatch.store import Store
from presswatch.web import create_app
from presswatch.web.fixtures import GuillemetAnnotator, populate, reported_speech_article

CHROMIUM = Path(BROWSER)
PHONE = {"width": 390, "height": 844}
SCRIPT_URL = "  JavaScript:alert('lien piégé')"
"""The URL of one article stored as an old database may hold it (before URLs were checked
on input): clicking where its link would be must run nothing."""


def _trapped_article(store: Store) -> None:
    text = "La maire a répondu : « Le marché couvert rouvrira au printemps ».\n"
    article = Article(id="piege", text=text, url=SCRIPT_URL, date="2024-04-02",
                      outlet="Le Courrier", title="Le marché couvert", source="piege.json")
    record = GuillemetAnnotator("Camille Marchand")(article)
    store.add_article(article, record, pipeline_version="fixtures")


def _need_chromium() -> None:
    if CHROMIUM.exists() and shutil.which(str(CHROMIUM)):
        return
    message = f"no browser at {CHROMIUM} (apt-get install -y chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(message + ": CI must run the browser tests")
    pytest.skip(message)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A uvicorn server on a free loopback port over the web fixture store."""
    _need_chromium()
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'presswatch.db'}"
    with Store(url) as store:
        populate(store)
        _trapped_article(store)
        store.add_article(*reported_speech_article(), pipeline_version="fixtures")
        store.recompute()
    with running(create_app(url, annotator=GuillemetAnnotator())) as base:
        yield base


@pytest.fixture(scope="module")
def browser_context(base_url: str, tmp_path_factory: pytest.TempPathFactory):
    """Chromium with a fresh profile; every page fails the test on a JS error or dialog."""
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=str(CHROMIUM),
            headless=True, args=list(CHROMIUM_ARGS), base_url=base_url,
            viewport={"width": 1280, "height": 900})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
        yield context
        context.close()


@pytest.fixture
def page(browser_context):
    """A new tab; a JavaScript error, an alert() (injected markup running) or anything the
    Content-Security-Policy blocked (a script or style the page needs) fails the test."""
    tab = browser_context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda err: problems.append(f"page error: {err}"))
    tab.on("console", lambda msg: problems.append(f"console: {msg.text}")
           if msg.type == "error" and "Content Security Policy" in msg.text else None)
    tab.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                     dialog.dismiss()))
    yield tab
    tab.close()
    assert problems == []


def test_search_for_a_person_then_open_their_page(page) -> None:
    page.goto("/")
    page.get_by_role("searchbox").fill("Lavrov")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q=Lavrov"))
    assert page.locator(".results-quotes figure.quote").count() >= 3
    page.locator(".results-people").get_by_role("link", name="Sergueï Lavrov").click()
    page.wait_for_url(re.compile(r"/people/p-"))
    assert page.locator("h1").inner_text() == "Sergueï Lavrov"


def test_person_page_shows_roles_chart_counterparts_and_statements(page) -> None:
    page.goto("/search?q=Lavrov")
    page.locator(".results-people a").first.click()
    assert "le ministre russe des Affaires étrangères" in page.locator(".roles").inner_text()
    bars = page.locator("svg.chart rect")
    assert bars.count() >= 3
    assert re.match(r"2022-01 · \S+: \d", bars.first.locator("title").text_content())
    assert "Antony Blinken" in page.locator(".counterparts").inner_text()
    assert page.locator(".statements figure.quote").count() == 5
    assert page.locator(".statements h3.year").all_inner_texts() == ["2022"]


def test_a_quote_leads_to_its_article_highlighted(page) -> None:
    page.goto("/search?q=guerre")
    page.locator("figure.quote").first.get_by_role("link", name="Article").click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+#q-\d+-\d+"))
    target = page.locator("mark.q:target")
    assert target.inner_text() == "Nous ne voulons pas la guerre"
    assert target.get_attribute("title") == "Sergueï Lavrov — démenti"
    outer = page.locator("#text mark.q-indirect")
    assert outer.locator("mark.q").count() == 1  # the nested quote is nested
    outer.hover()
    assert outer.get_attribute("title") == "Antony Blinken — déclaration"
    cue = page.locator("#text .cue").first
    assert cue.inner_text() == "a affirmé"
    grey = page.locator("#text .boiler")
    assert grey.inner_text().startswith("Lire aussi")
    assert grey.evaluate("e => getComputedStyle(e).color") == "rgb(154, 154, 154)"


def test_script_in_an_article_is_shown_not_run(page) -> None:
    page.goto("/search?q=signaler")
    page.locator(".results-quotes").get_by_role("link", name="Article").click()
    page.wait_for_load_state()
    assert "<script>alert('pw')</script>" in page.locator("#text").inner_text()
    assert page.locator("#text script, #text b, h1 script").count() == 0
    assert page.title().startswith("Titre <script>")


def test_a_script_url_is_plain_text_that_runs_nothing_when_clicked(page) -> None:
    for path in ("/search?q=printemps", "/search?q=march%C3%A9"):
        page.goto(path)
        quote = page.locator("figure.quote").first
        assert quote.get_by_role("link", name="Original").count() == 0
        quote.locator(".url-text").click()
        assert "javascript" not in page.url.lower()
    page.locator("figure.quote").first.get_by_role("link", name="Article").click()
    page.wait_for_url(re.compile(r"/articles/"))
    shown = page.locator("p.meta .url-text")
    assert shown.inner_text() == SCRIPT_URL.strip()
    shown.click()
    assert page.locator("a[href*='script' i]").count() == 0


def test_story_page_compares_outlets_side_by_side(page) -> None:
    page.goto("/")
    page.locator("ol.stories a").first.click()
    headers = page.locator("table.align thead th").all_inner_texts()
    assert [h.split("\n")[0] for h in headers[1:]] == ["Le Quotidien", "Le Soir",
                                                       "La Gazette"]
    top = page.locator("tr.statement").first
    assert top.get_attribute("data-outlets") == "2"
    assert top.locator("q").count() == 2
    columns = page.locator(".side-by-side .outlet")
    boxes = [columns.nth(i).bounding_box() for i in range(columns.count())]
    assert len(boxes) == 3
    assert boxes[0]["y"] == boxes[1]["y"] == boxes[2]["y"]
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]


def test_copy_citation_button_copies_outlet_date_and_link(page) -> None:
    page.goto("/search?q=agression")
    button = page.locator("button.cite").first
    button.click()
    page.wait_for_function("document.querySelector('button.cite').textContent === 'Copié'")
    cited = page.evaluate("window.presswatchLastCitation")
    assert cited == ("« Toute agression aura un coût sévère », Antony Blinken, Le Quotidien, "
                     "2022-01-21. https://ex.org/1")
    assert page.evaluate("navigator.clipboard.readText()") == cited


def test_analyze_form_annotates_a_pasted_text(page) -> None:
    page.goto("/analyze?lang=en")
    page.get_by_label("Paste a French text").fill("Le maire a dit : « Tout va <i>bien</i> ».")
    page.get_by_role("button", name="Annotate").click()
    page.wait_for_selector("#text-result mark.q")
    mark = page.locator("#text-result mark.q")
    assert mark.inner_text() == "Tout va <i>bien</i>"
    assert mark.get_attribute("title") == "Jean Fake — statement"
    assert page.get_by_label("Paste a French text").input_value().startswith("Le maire")


def test_language_switch_keeps_the_page(page) -> None:
    page.goto("/search?q=Renard")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"lang=en"))
    assert page.locator("h1").inner_text() == "Results for « Renard »"
    page.locator(".results-people a").first.click()
    assert "lang=en" in page.url and page.locator("h2").first.inner_text() == "Roles"


def test_pages_fit_a_phone_screen(page) -> None:
    page.set_viewport_size(PHONE)
    page.goto("/")
    for link in ("ol.people a", "ol.stories a"):
        page.goto("/")
        page.locator(link).first.click()
        page.wait_for_load_state()
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, page.url
    columns = page.locator(".side-by-side .outlet")
    assert columns.nth(0).bounding_box()["y"] < columns.nth(1).bounding_box()["y"]


def test_browse_quotes_by_a_facet_then_remove_the_filter(page) -> None:
    page.goto("/")
    page.locator("ul.counts").get_by_role("link", name=re.compile("citations", re.I)).click()
    page.wait_for_url(re.compile(r"/quotes$"))
    everything = int(page.locator(".summary .count").inner_text().split()[0])
    facet = page.locator('section.facet[data-facet="act"] li').filter(has_text="démenti")
    expected = int(facet.locator(".n").inner_text())
    facet.get_by_role("link").click()
    page.wait_for_url(re.compile(r"act=denial"))
    assert page.locator("figure.quote").count() == expected
    assert page.locator(".summary .count").inner_text().startswith(f"{expected} ")
    page.locator("a.chip").click()
    page.wait_for_url(re.compile(r"/quotes$"))
    assert int(page.locator(".summary .count").inner_text().split()[0]) == everything
    page.select_option('select[name="sort"]', "newest")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url(re.compile(r"sort=newest"))
    assert page.locator("figure.quote").count() == everything


def test_story_statements_are_usable_at_1280_px_and_on_a_phone(page) -> None:
    page.goto("/stories")
    page.locator("table.list a").first.click()
    page.wait_for_url(re.compile(r"/stories/s-"))
    table = page.locator("table.align")
    scroller = page.locator(".aligned .scroll")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert scroller.evaluate("e => e.scrollWidth - e.clientWidth") <= 0  # no sideways scroll
    cells = table.locator("tr.statement").first.locator("td")
    widths = [cells.nth(i).bounding_box()["width"] for i in range(cells.count())]
    assert min(widths) >= 200  # room to read each outlet's wording
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    first = table.locator("tr.statement").first
    speaker, cell = first.locator("th").bounding_box(), first.locator("td").first.bounding_box()
    assert cell["y"] > speaker["y"] and cell["width"] > 300  # a card: outlets stacked
    label = first.locator("td").first.evaluate(
        "e => getComputedStyle(e, '::before').content")
    assert "Le Quotidien" in label  # each version says whose it is


def test_one_font_family_and_one_link_style(page) -> None:
    page.goto("/search?q=Lavrov")
    fonts = page.evaluate("""() => [...new Set(['body', 'h1', 'h2', 'blockquote', 'figcaption',
        'button', 'input', '.snippet', 'footer'].map(s => document.querySelector(s))
        .filter(Boolean).map(e => getComputedStyle(e).fontFamily))]""")
    assert len(fonts) == 1 and "serif" in fonts[0] and "Georgia" not in fonts[0]
    styles = page.evaluate("""() => [...new Set([...document.querySelectorAll(
        'main a:not(.chip), nav a, footer a')].map(a => {const s = getComputedStyle(a);
        return [s.color, s.textDecorationLine].join(' ');}))]""")
    assert len(styles) == 1 and "underline" in styles[0]


def test_the_api_docs_render_offline(page) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=10_000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    assert "/api/quotes" in page.locator(".swagger-ui").inner_text()
    base = page.url.split("/docs")[0]
    assert requested and all(url.startswith(base) for url in requested)


def test_copy_citation_of_reported_speech_says_selon(page) -> None:
    page.goto("/quotes?speaker=Marchand")
    figure = page.locator('figure[data-type="indirect"]')
    assert figure.locator("blockquote").count() == 0
    assert not figure.locator(".reported-text").inner_text().startswith("«")
    figure.locator("button.cite").click()
    page.wait_for_function("window.presswatchLastCitation !== undefined")
    cited = page.evaluate("window.presswatchLastCitation")
    assert cited == "Selon Camille Marchand, le budget serait voté avant l'été. https://ex.org/9"


def test_on_a_phone_the_filters_fold_above_the_quotes(page) -> None:
    page.set_viewport_size(PHONE)
    page.goto("/quotes")
    panel = page.locator("details.filters-panel")
    assert panel.get_attribute("open") is None
    assert page.locator("figure.quote").first.is_visible()
    page.locator("details.filters-panel > summary").click()
    assert page.locator('input[name="speaker"]').is_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_a_date_that_does_not_exist_is_explained_in_french(page) -> None:
    page.goto("/quotes")
    page.fill('input[name="since"]', "2022-13")
    with page.expect_response(re.compile(r"/quotes\?")) as answer:
        page.get_by_role("button", name="Filtrer").click()
    assert answer.value.status == 422
    assert page.locator("p.error").inner_text() == (
        "Depuis : doit être une date : AAAA, AAAA-MM ou AAAA-MM-JJ")
    page.get_by_role("link", name="Retour à l'accueil").click()
    page.wait_for_url(re.compile(r"/$"))
