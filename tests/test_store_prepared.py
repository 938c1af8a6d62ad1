"""Statements run straight on the driver (`presswatch.store.prepared`) give what
SQLAlchemy gives: the same rows, keys and value types, and SQLAlchemy's exceptions; and the
decoration of quotes (people, sources) does not depend on how many statements it takes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import bindparam, select
from sqlalchemy.exc import OperationalError

from presswatch.store import QuoteFilter, Store, by_speaker, prepared, reads, schema
from presswatch.web.fixtures import populate

SPEAKERS = ("lavrov", "Blinken", "ministre", "zzz", "e")


@pytest.fixture
def filled(store: Store) -> Store:
    populate(store)
    keys = [r["key"] for r in store.iter_quotes()]
    store.correct(keys[0], "speaker", "Antony Blinken")
    store.correct(keys[1], "act", "warning")
    store.correct(keys[2], "deleted", "1")
    return store


def _sqlalchemy_rows(store: Store, statement, params) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(statement, params)]


def test_prepared_rows_are_sqlalchemys_rows(filled: Store) -> None:
    checked = 0
    for speaker in SPEAKERS:
        for f in (QuoteFilter(), QuoteFilter(act="warning"), QuoteFilter(since="2022")):
            window = by_speaker.Window.of(speaker, 6, since=f.since)
            statement = reads._windowed(replace(f, speaker=None), window.query, 6)
            assert prepared.prepare(statement, filled.engine.dialect) is not None
            with filled.engine.connect() as conn:
                mine = prepared.rows(conn, statement, window.params)
            theirs = _sqlalchemy_rows(filled, statement, window.params)
            assert mine == theirs, (speaker, f)
            for a, b in zip(mine, theirs, strict=True):
                assert [type(v) for v in a.values()] == [type(v) for v in b.values()]
                assert all(type(k) is str for k in a)  # orjson's fast path
            checked += len(mine)
    assert checked > 10


def test_booleans_come_back_as_booleans(filled: Store) -> None:
    rows = filled.quotes(QuoteFilter(speaker="lavrov")).rows
    assert rows and all(type(r["in_boilerplate"]) is bool and type(r["corrected"]) is bool
                        for r in rows)


def test_statements_with_expanding_lists_run_the_ordinary_way(filled: Store) -> None:
    q = schema.quotes
    statement = select(q.c.key).where(q.c.key.in_(bindparam("keys", expanding=True)))
    assert prepared.prepare(statement, filled.engine.dialect) is None
    keys = sorted(r["key"] for r in filled.iter_quotes())[:3]
    with filled.engine.connect() as conn:
        assert sorted(r["key"] for r in prepared.rows(conn, statement, {"keys": keys})) == keys


def test_driver_errors_are_raised_as_sqlalchemys(tmp_path) -> None:
    with Store(f"sqlite:///{tmp_path / 'presswatch.db'}") as store:
        populate(store)
        window = by_speaker.Window.of("lavrov", 5)
        with store.engine.connect() as conn:
            conn.connection.driver_connection.set_progress_handler(lambda: 1, 1)
            with pytest.raises(OperationalError, match="interrupted"):
                prepared.rows(conn, window.query, window.params)


def test_decoration_is_the_same_in_small_statements(filled: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    whole = [filled.quotes(QuoteFilter(speaker=s)).rows for s in SPEAKERS]
    whole.append(filled.quotes(QuoteFilter()).rows)
    assert any(r["people"] for rows in whole for r in rows)
    monkeypatch.setattr(reads, "DECORATED_AT_ONCE", 2)
    again = [filled.quotes(QuoteFilter(speaker=s)).rows for s in SPEAKERS]
    again.append(filled.quotes(QuoteFilter()).rows)
    assert again == whole
