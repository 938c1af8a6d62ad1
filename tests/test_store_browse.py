"""The browse pages' store reads, on SQLite and PostgreSQL: a facet's count is what its
filter lists, counts match the listings, sorts order as they say."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from conftest import _empty_postgres, _postgres_url

from presswatch.store import MAX_LIMIT, QuoteFilter, Store
from presswatch.store.browse import FACET_SIZE
from presswatch.web.fixtures import populate, reported_speech_article


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def browsed(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The web fixture store and its article of reported speech, built once per database
    for the module (its tests only read)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('browse') / 'presswatch.db'}"
    else:
        url = _empty_postgres(_postgres_url())
    with Store(url) as store:
        populate(store)
        store.add_article(*reported_speech_article(), pipeline_version="fixtures")
        store.recompute()
        yield store


def _listed(store: Store, f: QuoteFilter) -> list[dict]:
    return store.quotes(f, limit=MAX_LIMIT).rows


def test_quote_facets_count_what_their_filters_list(browsed: Store) -> None:
    summary = browsed.quote_facets(QuoteFilter())
    assert summary["count"] == len(_listed(browsed, QuoteFilter()))
    facets = summary["facets"]
    for value in facets["act"]:
        assert value["count"] == len(_listed(browsed, QuoteFilter(act=value["value"])))
    for value in facets["story"]:
        assert value["count"] == len(_listed(browsed, QuoteFilter(story=value["value"])))
    for value in facets["year"]:
        year = value["value"]
        assert value["count"] == len(_listed(browsed, QuoteFilter(since=year, until=year)))
    types = {v["value"]: v["count"] for v in facets["type"]}
    assert types["indirect"] == 2 and types["mixed"] == 1
    speakers = {v["value"]: v["count"] for v in facets["speaker"]}
    assert speakers["Camille Marchand"] == 2


def test_quote_facets_follow_the_filters_and_the_words(browsed: Store) -> None:
    lavrov = browsed.quote_facets(QuoteFilter(speaker="Lavrov"))
    assert lavrov["count"] == len(_listed(browsed, QuoteFilter(speaker="Lavrov")))
    worded = browsed.quote_facets(QuoteFilter(text="guerre"))
    assert worded["count"] == len(_listed(browsed, QuoteFilter(text="guerre"))) >= 1


def test_newest_first_reverses_the_listing(browsed: Store) -> None:
    oldest = _listed(browsed, QuoteFilter())
    newest = _listed(browsed, QuoteFilter(newest_first=True))
    assert [q["key"] for q in newest] == [q["key"] for q in reversed(oldest)]
    spoken = _listed(browsed, QuoteFilter(speaker="Lavrov", newest_first=True))
    days = [q["said_on"] or q["date"] for q in spoken]
    assert days == sorted(days, reverse=True)


def test_article_facets_and_sorts(browsed: Store) -> None:
    summary = browsed.article_facets()
    assert summary["count"] == browsed.counts()["articles"]
    for value in summary["facets"]["outlet"]:
        rows, _more = browsed.articles_page(offset=0, limit=100, outlet=value["value"])
        assert len(rows) >= value["count"]  # the filter is a part of the name
    rows, _more = browsed.articles_page(offset=0, limit=100, sort="quotes")
    assert [r["quotes"] for r in rows] == sorted((r["quotes"] for r in rows), reverse=True)
    rows, _more = browsed.articles_page(offset=0, limit=100, sort="oldest")
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and rows[-1]["date"] is None


def test_stories_page_counts_filters_and_sorts(browsed: Store) -> None:
    rows, more, total = browsed.stories_page(offset=0, limit=10)
    assert total == browsed.counts()["stories"] == len(rows) and not more
    outlet = rows[0]["outlet_names"][0]
    assert browsed.stories_page(offset=0, limit=10, outlet=outlet)[2] == total
    assert browsed.stories_page(offset=0, limit=10, outlet="nulle part")[2] == 0
    assert browsed.stories_page(offset=0, limit=10, since="2031")[2] == 0
    assert browsed.stories_page(offset=0, limit=10, sort="outlets")[0] == rows


def test_search_counts_match_the_search(browsed: Store) -> None:
    hits = browsed.search("Lavrov", limit=MAX_LIMIT).rows
    counts = browsed.search_counts("Lavrov")
    assert counts == {"quotes": sum(h["kind"] == "quote" for h in hits),
                      "articles": sum(h["kind"] == "article" for h in hits)}
    assert all(h["type"] for h in hits if h["kind"] == "quote")


def test_people_sort(browsed: Store) -> None:
    names = [p["name"] for p in browsed.people(sort="name").rows]
    assert names == sorted(names)
    counts = [p["articles"] for p in browsed.people(sort="articles").rows]
    assert counts == sorted(counts, reverse=True)


def _facets_of_listing(rows: list[dict]) -> dict[str, dict]:
    """The quote facets counted by hand from the listing itself (value -> count)."""
    counted: dict[str, Counter] = {name: Counter() for name in (
        "speaker", "act", "type", "outlet", "story", "year")}
    for r in rows:
        counted["speaker"].update(r["people"])
        counted["act"][r["act"]] += 1
        counted["type"][r["type"]] += 1
        counted["outlet"][r["outlet"]] += 1
        counted["story"][r["story"]] += 1
        counted["year"][(r["said_on"] or r["date"] or "")[:4] or None] += 1
    return {name: {v: n for v, n in c.items() if v is not None} for name, c in counted.items()}


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_the_facets_of_every_quote_are_the_listing_counted_corrections_included(
        database: str, tmp_path) -> None:
    url = (f"sqlite:///{tmp_path / 'facets.db'}" if database == "sqlite"
           else _empty_postgres(_postgres_url()))
    with Store(url) as store:
        populate(store)
        store.add_article(*reported_speech_article(), pipeline_version="fixtures")
        store.recompute()
        keys = [q["key"] for q in _listed(store, QuoteFilter())]
        store.correct(keys[0], "act", "denial")
        store.correct(keys[1], "type", "indirect")
        store.correct(keys[2], "deleted", "1")
        store.correct(keys[3], "deleted", "1")
        store.correct(keys[3], "deleted", "0")  # restored: counted again
        store.recompute()
        rows = _listed(store, QuoteFilter())
        summary = store.quote_facets()
        assert store.quote_facets(QuoteFilter(newest_first=True)) == summary
    assert summary["count"] == len(rows) == len(keys) - 1
    expected = _facets_of_listing(rows)
    for name, values in summary["facets"].items():
        assert len(values) < FACET_SIZE  # every value is shown: the comparison is whole
        assert {v["value"]: v["count"] for v in values} == expected[name], name
    assert all(v["label"] for v in summary["facets"]["story"])
