"""Specification of FTS5's order worked out from a few rows (SQLite only): the same rows,
in the same order, as FTS5's ``ORDER BY rank, rowid`` over those rows, and the same
``bm25`` values. The French sentences are written for these tests."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine

from presswatch.store import fts, fts_rank

_SAID = ("le port de pêche restera ouvert", "la digue du port sera refaite avant l'hiver",
         "les pêcheurs du Guilvinec attendent la criée", "Une PÊCHE durable, un port vivant",
         "la criée ouvre à l'aube", "le maire parle du port, du port et encore du port")
_WHO = ("Anne Le Port", "Yann Morvan", "Soizic Pêcheur", "")


def _rows() -> list[tuple[int, str, str]]:
    """Sixty quotes of varied lengths: sentences strung together, some twice over."""
    out = []
    for i in range(60):
        said = " ; ".join(_SAID[(i + j * 5) % len(_SAID)] for j in range(1 + i % 4))
        out.append((i + 1, said + (" port" * (i % 3)), _WHO[i % len(_WHO)]))
    return out


@pytest.fixture
def conn() -> Iterator[Connection]:
    """An FTS5 table defined as the store's quotes_fts, holding :func:`_rows`."""
    engine = create_engine("sqlite://")
    with engine.connect() as c:
        c.exec_driver_sql(fts._SQLITE_DDL[0])
        for row in _rows():
            c.exec_driver_sql("INSERT INTO quotes_fts(rowid, text, speaker) VALUES (?, ?, ?)",
                              row)
        c.commit()  # FTS5 writes its totals as a transaction ends: a reader's view
        yield c


def _fts5(conn: Connection, match: str, among: list[int]) -> list[int]:
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid IN "
        "(SELECT value FROM json_each(?)) ORDER BY rank, rowid", (match, json.dumps(among)))]


@pytest.mark.parametrize("words", ["port", "PECHE", "pêche port", '"du port"', "port port",
                                   "criée aube", "morvan", "le port digue", "absent"])
def test_the_order_is_fts5s_over_the_rows_given(conn: Connection, words: str) -> None:
    match = fts.fts5_query(words)
    for among in (list(range(1, 61)), list(range(1, 61, 3)), [2, 7, 11, 40]):
        assert fts_rank.ranked(conn, "quotes_fts", among, match) == _fts5(conn, match, among)


def test_scores_are_fts5s_ranks_to_the_last_bit() -> None:
    """Words separated by spaces, so that their tokens are plain to count here."""
    texts = ["alpha beta gamma", "alpha alpha delta epsilon zeta", "beta", "gamma alpha",
             "delta delta delta alpha beta beta", "epsilon"]
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        conn.exec_driver_sql(fts._SQLITE_DDL[0])
        for i, said in enumerate(texts, 1):
            conn.exec_driver_sql("INSERT INTO quotes_fts(rowid, text, speaker) "
                                 "VALUES (?, ?, 'omega')", (i, said))
        conn.commit()
        avgdl = sum(len(t.split()) + 1 for t in texts) / len(texts)
        for words in (["alpha"], ["alpha", "beta"], ["delta", "omega"]):
            holding = [sum(w in t.split() or w == "omega" for t in texts) for w in words]
            idf = [max(math.log((6 - n + 0.5) / (n + 0.5)), 1e-6) for n in holding]
            found = conn.exec_driver_sql(
                "SELECT rowid, rank FROM quotes_fts WHERE quotes_fts MATCH ?",
                (" ".join(words),)).all()
            assert found
            for rowid, rank in found:
                tokens = [*texts[rowid - 1].split(), "omega"]
                f = [float(tokens.count(w)) for w in words]
                assert -1.0 * fts_rank.score(f, len(tokens), avgdl, idf) == rank


def test_rows_of_the_same_score_come_by_rowid(conn: Connection) -> None:
    conn.exec_driver_sql("INSERT INTO quotes_fts(rowid, text, speaker) VALUES "
                         "(100, 'le port', ''), (90, 'le port', ''), (95, 'le port', '')")
    conn.commit()
    order = fts_rank.ranked(conn, "quotes_fts", [100, 95, 90, 3], '"port"')
    assert order == _fts5(conn, '"port"', [100, 95, 90, 3])
    assert order.index(90) + 1 == order.index(95) == order.index(100) - 1


def test_scores_too_close_to_call_are_left_to_fts5(
        conn: Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fts_rank, "ROUNDING", 1.0)  # every two scores "too close"
    assert fts_rank.ranked(conn, "quotes_fts", list(range(1, 61)), '"port"') is None
    assert fts_rank.ranked(conn, "quotes_fts", [1], '"port"') == [1]


def test_a_table_stored_otherwise_or_ranked_otherwise_is_left_to_fts5(
        conn: Connection) -> None:
    conn.exec_driver_sql("CREATE VIRTUAL TABLE notes USING fts5(text, detail=column)")
    conn.exec_driver_sql("INSERT INTO notes(rowid, text) VALUES (1, 'le port')")
    conn.commit()
    assert fts_rank.ranked(conn, "notes", [1], '"port"') is None
    conn.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts, rank) VALUES "
                         "('rank', 'bm25(10.0, 1.0)')")
    conn.commit()
    assert fts_rank.ranked(conn, "quotes_fts", [1, 2], '"port"') is None
