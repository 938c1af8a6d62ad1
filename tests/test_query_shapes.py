"""Specification of how large-store queries are shaped: a full-text page is read from the
best-ranked matches first and comes out as if every match had been read; a date range is
listed from the listing-date index. The French sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from presswatch.store import QuoteFilter, Store, fts, fts_within
from presswatch.store.fixtures import annotated, person


def _speeches(n: int) -> list[tuple[Any, dict[str, Any]]]:
    """``n`` articles quoting one line on the harbour, every third one a warning."""
    out = []
    for i in range(n):
        act = "warning" if i % 3 == 0 else "statement"
        said = f"Le port de Brest restera ouvert aux pêcheurs, numéro {i}" + " port" * (i % 4)
        out.append(annotated(
            f"port-{i:02d}", date=f"2023-05-{1 + i % 28:02d}", outlet="La Côte",
            url=f"https://ex.org/port/{i}",
            parts=["Le maire Jean Keraudren a dit : « ", (said, {
                "speaker": "Jean Keraudren", "act": act}), " ».\n"],
            people=[person("Jean Keraudren", "Keraudren")]))
    return out


@pytest.fixture
def harbour(store: Store) -> Store:
    for article, record in _speeches(24):
        store.add_article(article, record, pipeline_version="test")
    store.recompute()
    return store


def test_a_full_text_page_is_the_same_read_from_the_best_matches_or_from_all(
        harbour: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def page(**filters: Any) -> list[str]:
        return [r["key"] for r in harbour.quotes(QuoteFilter(text="port", **filters),
                                                  limit=5).rows]

    monkeypatch.setattr(fts, "BEST_FIRST", 10_000)  # every match is among the best
    everything, warnings = page(), page(act="warning")
    monkeypatch.setattr(fts, "BEST_FIRST", 1)  # a page's worth: the filter empties it
    assert page() == everything
    assert page(act="warning") == warnings and len(warnings) == 5
    found = harbour.search("port", limit=5).rows
    assert [r["key"] for r in found] == everything


def test_a_page_whose_every_match_is_among_the_best_is_read_once(harbour: Store) -> None:
    """PostgreSQL's best-ranked matches say how many matched before the cut: when none was
    left out, filters that leave fewer rows than a page need no second read."""
    if harbour.engine.dialect.name != "postgresql":
        pytest.skip("the count comes with PostgreSQL's ranking")
    ranked: list[str] = []
    event.listen(harbour.engine, "before_cursor_execute",
                 lambda *args: ranked.append(args[2]) if "ts_rank" in args[2] else None)

    warnings = harbour.quotes(QuoteFilter(text="port", act="warning"), limit=50).rows
    assert len(warnings) == 8 and len(ranked) == 1  # 24 matches, all among the best
    assert harbour.quotes(QuoteFilter(text="port", act="warning"), limit=2).rows == warnings[:2]


def test_a_date_range_lists_its_quotes_in_date_order_and_takes_in_its_last_day(
        harbour: Store) -> None:
    rows = harbour.quotes(QuoteFilter(since="2023-05-03", until="2023-05-05")).rows

    days = [r["said_on"] or r["date"] for r in rows]
    assert days == sorted(days) and set(days) == {"2023-05-03", "2023-05-04", "2023-05-05"}
    newest = harbour.quotes(QuoteFilter(until="2023-05", newest_first=True), limit=1).rows
    assert newest[0]["date"] == "2023-05-24"


def test_words_alone_rank_the_matches_among_the_newest_quotes_and_any_other_filter_every_match(
        harbour: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def urls(limit: int = 50, **filters: Any) -> set[str]:
        return {r["url"] for r in harbour.quotes(QuoteFilter(text="port", **filters),
                                                 limit=limit).rows}

    everything = urls()
    assert len(everything) == 24
    monkeypatch.setattr(fts, "RANKED_QUOTES", 6)
    newest = {f"https://ex.org/port/{i}" for i in range(18, 24)}  # the last stored
    assert urls(limit=5) < newest
    assert {r["url"] for r in harbour.search("port", limit=5).rows} < newest
    assert urls() == everything  # fewer than a page among the newest: every match
    assert urls(act="statement") | urls(act="warning") == everything


def test_counts_and_exports_of_words_alone_take_in_every_match(
        harbour: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fts, "RANKED_QUOTES", 6)

    assert len(list(harbour.iter_quotes(QuoteFilter(text="port")))) == 24
    assert harbour.quote_facets(QuoteFilter(text="port"))["count"] == 24


def test_a_speakers_full_text_page_is_their_share_of_every_match(store: Store) -> None:
    for i in range(12):
        who = "Anne Morvan" if i % 3 == 0 else "Yann Tanguy"
        article, record = annotated(
            f"quai-{i:02d}", date=f"2023-06-{1 + i:02d}", outlet="Ouest",
            url=f"https://ex.org/quai/{i}",
            parts=[f"{who} a prévenu : « ", (f"Le quai numéro {i} sera refait" + " quai" * i,
                                            {"speaker": who}), " ».\n"],
            people=[person(who, who.split()[-1])])
        store.add_article(article, record, pipeline_version="test")
    store.recompute()

    every = store.quotes(QuoteFilter(text="quai"), limit=50).rows
    hers = store.quotes(QuoteFilter(text="quai", speaker="Morvan"), limit=50).rows
    assert [r["key"] for r in hers] == [r["key"] for r in every if r["speaker"] == "Anne Morvan"]
    assert len(hers) == 4


@pytest.mark.parametrize("speaker_side", [0, 1000], ids=["words-side", "speaker-side"])
def test_a_speakers_full_text_page_reads_the_same_rows_from_either_side(
        store: Store, monkeypatch: pytest.MonkeyPatch, speaker_side: int) -> None:
    """SQLite ranks the speaker's matches only, read from the speaker's quotes or from the
    words' matches in one pass tested against them: the page is still the speaker's share
    of every match, in the same order, and a quote whose speaker a user corrected away is
    left out."""
    monkeypatch.setattr(fts_within, "SPEAKER_SIDE", speaker_side)
    monkeypatch.setattr(fts_within, "QUOTE_COST", 10**9)  # beyond it, the words' side
    for i in range(15):
        who = ("Lucie Briand", "Marc Le Gall", "Paul Guivarc'h")[i % 3]
        said = f"La digue du port numéro {i} tiendra" + " digue" * (i % 5)
        article, record = annotated(
            f"digue-{i:02d}", date=f"2023-07-{1 + i:02d}", outlet="Le Littoral",
            url=f"https://ex.org/digue/{i}",
            parts=[f"{who} a assuré : « ", (said, {"speaker": who}), " ».\n"],
            people=[person(who, who.split()[-1])])
        store.add_article(article, record, pipeline_version="test")
    store.recompute()
    every = store.quotes(QuoteFilter(text="digue"), limit=50).rows
    hers = [r["key"] for r in every if r["speaker"] == "Lucie Briand"]
    store.correct(hers[1], "speaker", "Marc Le Gall")
    store.recompute()

    page = store.quotes(QuoteFilter(text="digue", speaker="Briand"), limit=50).rows
    assert [r["key"] for r in page] == [k for k in hers if k != hers[1]]
    assert store.quotes(QuoteFilter(text="digue port", speaker="Briand"), limit=2).truncated
    assert store.quotes(QuoteFilter(text="grue", speaker="Briand")).rows == []
    facets = store.quote_facets(QuoteFilter(text="digue", speaker="Briand"))
    assert facets["count"] == 4


@pytest.mark.parametrize("speaker_side", [0, 1000], ids=["words-side", "speaker-side"])
def test_sqlite_reads_a_speakers_matches_once_before_joining_them(
        harbour: Store, monkeypatch: pytest.MonkeyPatch, speaker_side: int) -> None:
    """The speaker's matches are read in one statement step, whole, before the listing
    joins them to quotes: from FTS5 once (never one FTS5 read per quote, each of which
    would count every match of the word again to rank one row), or, ranked already, from
    their list without FTS5."""
    if harbour.engine.dialect.name != "sqlite":
        pytest.skip("FTS5 is SQLite's")
    monkeypatch.setattr(fts_within, "SPEAKER_SIDE", speaker_side)
    monkeypatch.setattr(fts_within, "QUOTE_COST", 10**9)
    with harbour.engine.connect() as conn:
        compiled = harbour._filtered(QuoteFilter(text="port", speaker="Keraudren"),
                                     conn).compile(conn)
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
        plan = [row[-1] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + compiled.string, params)]
    assert "MATERIALIZE quotes_fts_hits" in plan
    assert sum("quotes_fts VIRTUAL TABLE" in step for step in plan) == (not speaker_side)
