"""Specification of the state a recompute leaves for the next as rows by key (quote inputs
by article, event digests by event, story labels by story): an update writes only the
keys whose row differs, and rows that are missing, altered, stray or not vouched for by
their marker never make an update differ from a full rebuild."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from presswatch.store import Store, derive, event_state, memo, quote_update, schema
from presswatch.store.fixtures import annotated, interaction, person, sample_articles

_STATES = (schema.quote_inputs, schema.event_digests, schema.story_labels)
_KEPT = (*_STATES, schema.story_articles, schema.story_terms)  # rows, as a rebuild leaves


def _snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.engine.connect() as conn:
        return {t.name: sorted(map(tuple, conn.execute(t.select())), key=repr)
                for t in (*schema.DERIVED_TABLES, *_KEPT)}


def _ingest(store: Store, batch: list[Any]) -> dict[str, list[tuple[Any, ...]]]:
    for article, record in batch:
        store.add_article(article, record, pipeline_version="test")
    store.recompute()
    return _snapshot(store)


def _rebuilt(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    store.recompute(full=True)
    return _snapshot(store)


def _report(aid: str) -> tuple[Any, dict[str, Any]]:
    """A later report of a meeting the sample articles tell."""
    return annotated(aid, date="2022-01-23", outlet="Le Courrier", url=f"https://ex.org/{aid}",
                     parts=["Sergueï Lavrov a vu Antony Blinken à Genève. « ",
                            ("Rien n'est réglé", {"speaker": "Antony Blinken"}), " ».\n"],
                     people=[person("Sergueï Lavrov", "Lavrov"),
                             person("Antony Blinken", "Blinken")],
                     interactions=[interaction("meeting", "Genève", "Sergueï Lavrov",
                                               "Antony Blinken")])


def _spy(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[int, int]]:
    """(deleted, inserted) state rows of the last recompute, by table."""
    written: dict[str, tuple[int, int]] = {}
    for module in (quote_update, event_state, memo):
        real = module.write_state

        def spy(conn: Any, table: Any, *args: Any, real: Any = real) -> tuple[int, int]:
            written[table.name] = real(conn, table, *args)
            return written[table.name]

        monkeypatch.setattr(module, "write_state", spy)
    return written


def test_an_update_writes_only_the_state_rows_that_differ(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = sample_articles()
    _ingest(store, articles)
    written = _spy(monkeypatch)
    with store.engine.begin() as conn:
        derive.recompute(conn, full=False)
    assert written == {t.name: (0, 0) for t in _STATES}
    batched = _ingest(store, [_report("geneve-4")])
    with store.engine.connect() as conn:
        inputs = conn.execute(select(func.count()).select_from(schema.quote_inputs)).scalar()
    deleted, inserted = written["quote_inputs"]
    assert 1 <= inserted < inputs and deleted < inserted  # the new article, and its story's
    assert written["event_digests"][1] >= 1  # `Anthony` Blinken is now `Antony`
    assert written["story_labels"] == (0, 0)  # the label says `Blinken` either way
    assert _rebuilt(store) == batched


@pytest.mark.parametrize("table", _STATES, ids=lambda t: t.name)
def test_state_rows_missing_altered_or_stray_still_derive_a_full_rebuild(
        store: Store, table: Any) -> None:
    articles = sample_articles()
    _ingest(store, articles[:4])
    key, digest = list(table.columns)[:2]
    with store.engine.begin() as conn:
        keys = sorted(conn.execute(select(key)).scalars())
        conn.execute(table.delete().where(key == keys[0]))
        conn.execute(table.update().where(key == keys[-1]).values({digest.name: "0" * 16}))
        conn.execute(table.insert().values({c.name: "stray" for c in table.columns}))
    batched = _ingest(store, [*articles[4:], _report("geneve-4")])
    assert _rebuilt(store) == batched


def test_state_rows_without_their_marker_are_not_trusted_and_written_afresh(
        store: Store) -> None:
    articles = sample_articles()
    _ingest(store, articles[:3])
    state = schema.derive_state
    with store.engine.begin() as conn:
        for table in _STATES:  # stale rows a bulk build or another version would leave
            conn.execute(table.insert().values({c.name: "stale" for c in table.columns}))
        conn.execute(state.delete().where(state.c.name == schema.quote_inputs.name))
        conn.execute(state.update().where(state.c.name == schema.event_digests.name)
                     .values(value='{"version": "other rules"}'))
        conn.execute(state.update().where(state.c.name == schema.story_labels.name)
                     .values(value="{not json"))
    batched = _ingest(store, articles[3:])
    assert not any("stale" in row for rows in batched.values() for row in rows)
    assert _rebuilt(store) == batched


def test_a_store_from_before_the_state_rows_upgrades_and_derives_a_full_rebuild(
        store_url: str, store: Store) -> None:
    from presswatch.store.migrations import pending

    articles = sample_articles()
    _ingest(store, articles[:4])
    state, done = schema.derive_state, schema.schema_migrations
    old = ("quote-inputs", "events", "story-labels")  # each one JSON value, before 0012
    with store.engine.begin() as conn:
        for table in _STATES:
            table.drop(conn)
        conn.execute(done.delete().where(done.c.name == "0012_state_rows"))
        conn.execute(state.delete().where(state.c.name.in_([t.name for t in _STATES])))
        conn.execute(state.insert(), [{"name": n, "value": '{"version": "x", "articles": {}}'}
                                      for n in old])
    with Store(store_url) as again:
        assert pending(again.engine) == []
        with again.engine.connect() as conn:
            assert not set(conn.execute(select(state.c.name)).scalars()) & set(old)
        batched = _ingest(again, articles[4:])
        assert _rebuilt(again) == batched


def test_the_label_version_reads_every_module_and_list_a_story_label_comes_from() -> None:
    """A release that changes how the event words or the seats are read, or how words are
    folded, labels every stored story again, as one that changes the lists themselves."""
    import inspect
    from pathlib import Path

    from presswatch import lexicon, textutil
    from presswatch.linking import labels, stories, story_text

    read = {name for _package, name in memo.LABEL_RULES}
    for module in (stories, labels, story_text, lexicon, textutil):
        assert Path(inspect.getfile(module)).name in read
    assert {"event_words.tsv", "interaction_seats.tsv", "nationality_countries.tsv"} <= read
