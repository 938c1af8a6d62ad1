"""What a journalist relies on: quotes cut where the words stop whatever the line endings,
paraphrase never cited as someone's own words, metadata never lost on a repeat."""

from __future__ import annotations

import pytest

CRLF_TEXTS = [
    "Le ministre a prévenu que la situation pourrait dégénérer.\n\nLa réunion a duré deux "
    "heures.\n",
    "« Nous ne céderons pas », a déclaré la ministre.\n\nElle a ajouté que la crise allait "
    "durer.\n\n",
    "Selon le maire, la ville manque de moyens.\nIl a indiqué que les travaux commenceraient "
    "lundi.\n",
]


@pytest.mark.parametrize("text", CRLF_TEXTS)
def test_quote_spans_end_at_the_same_words_with_crlf_as_with_lf(annotate, text):
    lf = [q["text"] for q in annotate(text)]
    crlf_text = text.replace("\n", "\r\n")
    crlf = annotate(crlf_text)
    assert lf and [q["text"] for q in crlf] == lf
    for quote in crlf:
        assert crlf_text[quote["start"]:quote["end"]] == quote["text"]
        assert not quote["text"].endswith((".", "\r", "\n"))


# --------------------------------------------------------------------------------------------
# A repeat fills in what the stored copy lacks

BARE = ("La maire de Villefranche a annoncé que la piscine municipale rouvrirait en "
        "septembre après deux ans de travaux.")


@pytest.fixture
def ingest_cli(nlp, monkeypatch):
    from click.testing import CliRunner

    from presswatch import cli

    monkeypatch.setattr(cli, "_load_model", lambda name: nlp)
    return lambda *args: CliRunner().invoke(cli.cli, list(args), catch_exceptions=False)


def test_a_repeat_with_metadata_fills_in_what_the_bare_copy_lacked(tmp_path, ingest_cli):
    import json

    from presswatch.store import Store

    db = str(tmp_path / "x.db")
    (tmp_path / "bare.txt").write_text(BARE, encoding="utf-8")
    first = ingest_cli("ingest", str(tmp_path / "bare.txt"), "--db", db)
    assert "stored 1 article," in first.stderr
    with Store(db) as store:
        (before,) = store.iter_table("articles")
        quotes_before = [q["key"] for q in store.iter_quotes()]
    full = {"id": "villefranche", "text": BARE, "outlet": "Le Progrès",
            "date": "2023-06-02", "url": "https://exemple.fr/piscine", "title": "La piscine"}
    (tmp_path / "full.json").write_text(json.dumps(full), encoding="utf-8")
    second = ingest_cli("ingest", str(tmp_path / "full.json"), "--db", db)
    assert "1 already stored (1 completed with url, outlet, date, title)" in second.stderr
    with Store(db) as store:
        (after,) = store.iter_table("articles")
        assert [q["key"] for q in store.iter_quotes()] == quotes_before
    assert after["id"] == before["id"]  # permalinks stay
    assert (after["outlet"], after["date"], after["url"], after["title"]) == (
        "Le Progrès", "2023-06-02", "https://exemple.fr/piscine", "La piscine")


def test_a_repeat_never_overwrites_what_the_stored_copy_has(tmp_path, ingest_cli):
    import json

    from presswatch.store import Store

    db = str(tmp_path / "x.db")
    first = {"id": "a", "text": BARE, "outlet": "Le Progrès", "date": "2023-06-02"}
    second = {"id": "b", "text": BARE, "outlet": "Autre Journal", "date": "2024-01-01",
              "url": "https://exemple.fr/piscine"}
    for n, record in enumerate((first, second)):
        (tmp_path / f"{n}.json").write_text(json.dumps(record), encoding="utf-8")
    ingest_cli("ingest", str(tmp_path / "0.json"), "--db", db)
    result = ingest_cli("ingest", str(tmp_path / "1.json"), "--db", db)
    assert "(1 completed with url)" in result.stderr
    with Store(db) as store:
        (row,) = store.iter_table("articles")
    assert (row["outlet"], row["date"], row["url"]) == (
        "Le Progrès", "2023-06-02", "https://exemple.fr/piscine")
    again = ingest_cli("ingest", str(tmp_path / "1.json"), "--db", db)
    assert "1 already stored;" in again.stderr and "completed" not in again.stderr
