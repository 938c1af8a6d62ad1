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


# --------------------------------------------------------------------------------------------
# Paraphrase is cited as reported speech, everywhere

REPORTED = ("« Nous ne fermerons aucune classe », a déclaré la rectrice Claire Vasseur. "
            "Claire Vasseur a ajouté que les effectifs resteraient stables l'an prochain. "
            "Elle a dénoncé « une rumeur malveillante » qui circule depuis lundi.")


def test_only_a_direct_quote_is_cited_between_marks():
    from presswatch.formats.citation import cite, is_verbatim

    said = {"text": "Nous ne céderons pas", "speaker": "Jeanne Morel", "outlet": "Le Courrier",
            "date": "2023-05-04", "url": "https://exemple.fr/a"}
    assert cite({**said, "type": "direct"}) == (
        "« Nous ne céderons pas », Jeanne Morel, Le Courrier, 2023-05-04. https://exemple.fr/a")
    reported = cite({**said, "type": "indirect", "text": "le gouvernement ne céderait pas"})
    assert reported == ("Selon Jeanne Morel (Le Courrier, 2023-05-04), le gouvernement ne "
                        "céderait pas. https://exemple.fr/a")
    mixed = cite({**said, "type": "mixed", "text": "la réforme est « indispensable »"})
    assert mixed.startswith("Selon Jeanne Morel (") and "« indispensable »." in mixed
    assert "«" not in cite({**said, "type": None, "text": "rien"})  # unknown: not verbatim
    assert is_verbatim({"type": "direct"}) and not is_verbatim({"type": "mixed"})


@pytest.fixture
def reported_store(tmp_path, ingest_cli):
    import json

    db = str(tmp_path / "x.db")
    record = {"id": "rectrice", "text": REPORTED, "outlet": "La Voix", "date": "2023-09-01",
              "url": "https://exemple.fr/rectrice"}
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    assert ingest_cli("ingest", str(tmp_path / "a.json"), "--db", db).exit_code == 0
    return db


def _by_type(rows):
    return {r["type"]: r for r in rows}


def test_query_rows_exports_and_the_api_cite_paraphrase_as_reported_speech(
        reported_store, ingest_cli, tmp_path):
    import csv
    import json

    from fastapi.testclient import TestClient

    from presswatch.web import create_app

    rows = _by_type(json.loads(ingest_cli("quotes", "--db", reported_store, "--format",
                                          "json").stdout))
    assert set(rows) == {"direct", "indirect", "mixed"}
    assert rows["direct"]["citation"].startswith("« Nous ne fermerons aucune classe »")
    assert rows["indirect"]["citation"].startswith("Selon Claire Vasseur (La Voix, 2023-09-01), ")
    assert "«" not in rows["indirect"]["citation"]
    assert "« une rumeur malveillante »" in rows["mixed"]["citation"]
    assert rows["mixed"]["citation"].startswith("Selon ")
    ingest_cli("export", "--db", reported_store, "--format", "csv", "--out", str(tmp_path / "d"))
    with open(tmp_path / "d" / "quotes.csv", encoding="utf-8", newline="") as fh:
        exported = _by_type(csv.DictReader(fh))
    assert {t: r["citation"] for t, r in exported.items()} == {
        t: r["citation"] for t, r in rows.items()}
    with TestClient(create_app(f"sqlite:///{reported_store}")) as client:
        api = _by_type(client.get("/api/quotes").json()["items"])
        page = client.get(f"/articles/{rows['direct']['article_id']}").text
    assert {t: r["citation"] for t, r in api.items()} == {
        t: r["citation"] for t, r in rows.items()}
    assert page.count('<p class="reported-text">') == 2  # shown as reported speech
    assert page.count("<blockquote>") == 1


def test_a_fuller_copy_later_in_the_same_batch_completes_the_first(tmp_path, ingest_cli):
    import json

    from presswatch.store import Store

    db = str(tmp_path / "x.db")
    lines = [{"id": "nu", "text": BARE},
             {"id": "complet", "text": BARE, "outlet": "Le Progrès", "date": "2023-06-02"}]
    (tmp_path / "lot.jsonl").write_text("\n".join(json.dumps(r) for r in lines),
                                        encoding="utf-8")
    result = ingest_cli("ingest", str(tmp_path / "lot.jsonl"), "--db", db)
    assert "stored 1 article," in result.stderr
    assert "1 already stored (1 completed with outlet, date)" in result.stderr
    with Store(db) as store:
        (row,) = store.iter_table("articles")
    assert (row["input_id"], row["outlet"], row["date"]) == ("nu", "Le Progrès", "2023-06-02")
