"""A batch of new articles written at once (``presswatch.store.bulk``: COPY on
PostgreSQL) is stored exactly as writing them one by one would store it, and reads of a
PostgreSQL store keep the statements the server prepared for them. The French sentences
are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from presswatch.store import QuoteFilter, Store, bulk, schema
from presswatch.store.engine import reading
from presswatch.store.fixtures import annotated, interaction, person

COMPARED = (schema.articles, schema.quotes, schema.article_people, schema.interactions,
            schema.interaction_participants, schema.article_credits, schema.speakers,
            schema.people, schema.person_aliases, schema.quote_people, schema.stories,
            schema.article_stories)
IGNORED = {"ingested_at", "id"}
"""Columns that differ between two writes of the same rows: the time, and the quotes'
serial id on a table whose other columns identify each row."""


def _visits(n: int) -> list[tuple[Any, dict[str, Any]]]:
    out = []
    for i in range(n):
        who = ("Odile Kervella", "Kervella") if i % 2 else ("Paul Le Gall", "Le Gall")
        out.append(annotated(
            f"visite-{i}", date=f"2024-03-{1 + i:02d}", outlet="Le Télégramme",
            url=f"https://ex.org/visite/{i}",
            parts=[f"{who[0]} a déclaré lors de sa visite : « ",
                   (f"La ligne de bus numéro {i} reliera enfin le quartier", {
                       "speaker": who[0], "act": "statement"}),
                   " ». Avec AFP.\n"],
            people=[person(*who)],
            interactions=[interaction("meeting", None, "Odile Kervella", "Paul Le Gall")]))
    return out


def _tables(store: Store) -> dict[str, list[tuple]]:
    out = {}
    with store.engine.connect() as conn:
        for table in COMPARED:
            cols = [c for c in table.columns if c.name not in IGNORED]
            out[table.name] = sorted(tuple(r) for r in conn.execute(select(*cols)))
    return out


def test_a_batch_written_at_once_is_stored_as_one_article_at_a_time_stores_it(
        store_url: str, tmp_path) -> None:
    one_by_one = f"sqlite:///{tmp_path / 'one-by-one.db'}"
    with Store(one_by_one) as reference:
        for article, record in _visits(6):
            reference.add_article(article, record, pipeline_version="test")
        reference.recompute()
        expected = _tables(reference)
    with Store(store_url) as store:
        assert bulk.add_articles(store.engine, _visits(6), pipeline_version="test") == 6
        store.recompute()
        assert _tables(store) == expected
        assert [r["text"] for r in store.quotes(QuoteFilter(text="quartier bus")).rows]


def test_a_batch_leaves_the_derived_tables_to_be_computed_again(store: Store) -> None:
    bulk.add_articles(store.engine, _visits(2), pipeline_version="test")
    store.recompute()
    assert store.people().rows
    bulk.add_articles(store.engine, _visits(4)[2:], pipeline_version="test")
    assert store.recompute().people == 2
    assert store.counts()["quotes"] == 4


def test_reads_of_postgresql_keep_the_statements_it_prepared(store_url: str) -> None:
    if not store_url.startswith("postgresql"):
        pytest.skip("psycopg prepares statements on PostgreSQL only")
    with Store(store_url) as store:
        bulk.add_articles(store.engine, _visits(6), pipeline_version="test")
        store.recompute()
        for _ in range(8):  # psycopg prepares a statement at its fifth run
            store.quotes(QuoteFilter(since="2024-03-02", until="2024-03-04"))
        with reading(store.engine) as conn:
            prepared = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_prepared_statements WHERE NOT from_sql").scalar()
        assert prepared >= 1


def test_a_prepared_read_keeps_its_plan_instead_of_planning_each_call(store_url: str) -> None:
    """A speaker's page, planned again at every call, spent longer planning than running
    at a million quotes: prepared reads run their general plan."""
    if not store_url.startswith("postgresql"):
        pytest.skip("psycopg prepares statements on PostgreSQL only")
    with Store(store_url) as store:
        bulk.add_articles(store.engine, _visits(6), pipeline_version="test")
        store.recompute()
        for name in ("kervella", "gall", "kervella", "gall", "zz", "kervella", "gall", "zz"):
            store.quotes(QuoteFilter(speaker=name))
        with reading(store.engine) as conn:
            custom, generic = conn.exec_driver_sql(
                "SELECT sum(custom_plans), sum(generic_plans) FROM pg_prepared_statements "
                "WHERE starts_with(statement, 'WITH matched AS')").one()  # the page's statement
        assert custom == 0
        assert generic > 0
