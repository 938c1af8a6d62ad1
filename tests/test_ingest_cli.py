"""Specification of `presswatch ingest` and the query commands on real articles: ingest is
idempotent and survives `kill -9`, people are merged across the example articles (and two
Renards are not), corrections outlive re-annotation, and the queries print what they say."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import presswatch
from presswatch import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

HERVE = ("Le sélectionneur Hervé Renard a salué ses joueurs après la victoire. « Je suis "
         "très fier de ce groupe, qui n'a jamais lâché », a déclaré Hervé Renard en "
         "conférence de presse.\n")
WENDIE = ("La capitaine de l'équipe de France, Wendie Renard, a estimé que « le plus dur "
          "reste à faire ». « Nous voulons aller au bout », a ajouté Wendie Renard.\n")


@pytest.fixture(scope="module")
def nlp():
    """One small French pipeline for the whole module (loading it takes seconds)."""
    return presswatch.load("fr_core_news_sm")


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'presswatch.db'}"


@pytest.fixture
def run(nlp, monkeypatch):
    """Run `presswatch ARGS...` in-process with the module's pipeline."""
    monkeypatch.setattr(cli, "_load_model", lambda name: nlp)

    def invoke(*args: str):
        return CliRunner().invoke(cli.cli, list(args), catch_exceptions=False)

    return invoke


def as_json(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def rows(db_url: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
        return conn.execute(sql).fetchall()


# --------------------------------------------------------------------------------------------
# Ingest is idempotent


def test_ingesting_the_same_articles_twice_stores_them_once(run, db, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes((EXAMPLES / "003_26631919d323915b.txt").read_bytes())

    first = run("ingest", str(EXAMPLES), "--db", db)
    second = run("ingest", str(EXAMPLES), str(copy), "--db", db)

    assert first.exit_code == 0, first.stderr
    assert "stored 5 articles" in first.stderr
    assert second.exit_code == 0, second.stderr
    assert "stored 0 articles, 0 quotes; 6 already stored" in second.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT text_hash) FROM articles") == [(5, 5)]


def test_bad_inputs_are_reported_per_file_with_trafilatura_exit_codes(run, db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")

    some = run("ingest", str(EXAMPLES / "000_c0177e58d0770664.txt"), str(bad), "--db", db)
    every = run("ingest", str(bad), str(tmp_path / "missing.txt"), "--db", db)

    assert some.exit_code == 1 and f"error: {bad}: invalid JSON" in some.stderr
    assert every.exit_code == 126


def _distinct_copies(folder: Path, n: int) -> None:
    """n distinct articles from the examples (a dateline makes each text unique)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(f"Dépêche {i}.\n\n{texts[i % len(texts)]}",
                                              encoding="utf-8")


def test_an_ingest_killed_mid_run_resumes_without_loss_or_duplicates(run, db, tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    _distinct_copies(inputs, 20)
    command = [sys.executable, "-c", "from presswatch.cli import main; main()", "ingest",
               str(inputs), "--db", db, "--model", "fr_core_news_sm"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if Path(db.removeprefix("sqlite:///")).exists():
                try:
                    stored = rows(db, "SELECT count(*) FROM articles")[0][0]
                except sqlite3.OperationalError:  # tables not created yet
                    continue
            if stored >= 2:
                break
        assert proc.poll() is None, f"ingest ended before it could be killed: {stored} stored"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
        if proc.stderr:
            proc.stderr.close()

    killed_at = rows(db, "SELECT count(*) FROM articles")[0][0]
    half_written = ("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                    "(SELECT 1 FROM quotes q WHERE q.article_id = a.id) OR NOT EXISTS "
                    "(SELECT 1 FROM article_people p WHERE p.article_id = a.id)")
    assert 2 <= killed_at < 20
    assert rows(db, half_written) == [(0,)]

    resumed = run("ingest", str(inputs), "--db", db)

    assert resumed.exit_code == 0, resumed.stderr
    assert f"stored {20 - killed_at} articles" in resumed.stderr
    assert f"{killed_at} already stored" in resumed.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT input_id) FROM articles") == [(20, 20)]
    assert rows(db, half_written) == [(0,)]


# --------------------------------------------------------------------------------------------
# People across the real example articles


def test_one_person_under_several_spellings_is_one_person(run, db):
    run("ingest", str(EXAMPLES), "--db", db)

    people = {p["name"]: p for p in as_json(run("people", "--db", db, "--format", "json"))}
    lavrov = [p for p in people.values() if any("Lavrov" in a for a in p["aliases"])]
    blinken = [p for p in people.values() if any("Blink" in a for a in p["aliases"])]

    assert len(lavrov) == 1 and {"Sergueï Lavrov", "Sergei Lavrov"} <= set(lavrov[0]["aliases"])
    assert len(blinken) == 1 and {"Anthony Blinken", "Antoine BlinkIl"} <= set(
        blinken[0]["aliases"])
    assert lavrov[0]["articles"] == 5


def test_two_people_sharing_a_surname_stay_two_people(run, db, tmp_path):
    (tmp_path / "herve.txt").write_text(HERVE, encoding="utf-8")
    (tmp_path / "wendie.txt").write_text(WENDIE, encoding="utf-8")

    run("ingest", str(tmp_path / "herve.txt"), str(tmp_path / "wendie.txt"), "--db", db)
    renards = as_json(run("people", "--db", db, "--name", "renard", "--format", "json"))
    wendie = as_json(run("quotes", "--db", db, "--speaker", "wendie", "--format", "json"))
    herve = as_json(run("quotes", "--db", db, "--speaker", "hervé", "--format", "json"))

    assert sorted(p["name"] for p in renards) == ["Hervé Renard", "Wendie Renard"]
    assert [q["text"] for q in wendie] == ["le plus dur reste à faire",
                                           "Nous voulons aller au bout"]
    assert [q["text"] for q in herve] == ["Je suis très fier de ce groupe, qui n'a jamais lâché"]


# --------------------------------------------------------------------------------------------
# Corrections and queries


def test_a_correction_survives_reannotation(run, db):
    run("ingest", str(EXAMPLES / "004_c8ffd1f0a28deaf5.txt"), "--db", db)
    quote = as_json(run("quotes", "--db", db, "--format", "json"))[0]
    act = "warning" if quote["act"] != "warning" else "praise"

    fixed = run("correct", quote["key"], "--act", act, "--db", db)
    again = run("reannotate", "--all", "--db", db)
    after = {q["key"]: q for q in as_json(run("quotes", "--db", db, "--format", "json"))}

    assert fixed.exit_code == 0 and again.exit_code == 0, again.stderr
    assert "re-annotated 1 article" in again.stderr
    assert (after[quote["key"]]["act"], after[quote["key"]]["corrected"]) == (act, True)


def test_query_commands_print_json_lists_and_citable_csv(run, db, tmp_path):
    run("ingest", str(EXAMPLES), "--db", db)

    quotes = as_json(run("quotes", "--db", db, "--speaker", "lavrov", "--act", "denial",
                         "--format", "json"))
    table = run("quotes", "--db", db, "--speaker", "lavrov", "--format", "csv")
    found = as_json(run("search", "sécurité indivisible", "--db", db, "--format", "json"))
    person = as_json(run("person", "Lavrov", "--db", db, "--format", "json"))[0]
    timeline = run("timeline", "Lavrov", "--db", db, "--limit", "2")
    dumped = run("export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "dump"))

    assert quotes and all(q["act"] == "denial" for q in quotes)
    header = next(csv.reader(io.StringIO(table.stdout)))
    assert {"outlet", "url", "date", "sentence", "start", "end"} <= set(header)
    assert found[0]["kind"] == "quote" and "indivisible" in found[0]["text"]
    assert person["name"] == "Sergueï Lavrov" and person["acts"]
    assert "more matched (use --limit)" in timeline.stderr
    assert dumped.exit_code == 0
    assert pq.read_table(tmp_path / "dump" / "quotes.parquet").num_rows == len(
        as_json(run("quotes", "--db", db, "--format", "json", "--limit", "10000")))


def test_asking_for_an_unknown_person_is_one_sentence(run, db):
    run("ingest", str(EXAMPLES / "000_c0177e58d0770664.txt"), "--db", db)

    result = run("person", "Personne Inconnue", "--db", db)

    assert result.exit_code == 1
    assert "no single person matches 'Personne Inconnue'" in result.stderr


def test_the_identities_file_next_to_the_database_pins_and_merges(run, db, tmp_path):
    (tmp_path / "presswatch_identities.yaml").write_text(
        "people:\n  - name: Antony Blinken\n    aliases: [Anthony Blinken]\n",
        encoding="utf-8")

    run("ingest", str(EXAMPLES / "001_2323d27ef9218437.txt"), "--db", db)
    [blinken] = as_json(run("people", "--db", db, "--name", "blinken", "--format", "json"))

    assert blinken["name"] == "Antony Blinken"
    assert "Anthony Blinken" in blinken["aliases"]


def test_a_broken_identities_file_is_one_sentence_before_any_work(run, db, tmp_path):
    ids = tmp_path / "ids.yaml"
    ids.write_text("people:\n  - aliases: [X]\n", encoding="utf-8")

    result = run("ingest", str(EXAMPLES), "--db", db, "--identities", str(ids))

    assert result.exit_code == 1
    assert "people #1: each person needs a `name`" in result.stderr


def test_queries_on_a_missing_database_do_not_create_one(run, tmp_path):
    result = run("quotes", "--db", f"sqlite:///{tmp_path / 'nope.db'}")

    assert result.exit_code == 1 and "no database at" in result.stderr
    assert not (tmp_path / "nope.db").exists()


# --------------------------------------------------------------------------------------------
# Events, statement variants and provenance on the real example articles


def test_events_statements_and_sources_of_the_example_articles(run, db):
    run("ingest", str(EXAMPLES), "--db", db)

    events = as_json(run("events", "--db", db, "--person", "Truss", "--format", "json"))
    lavrov = as_json(run("person", "Lavrov", "--db", db, "--format", "json"))[0]
    opposed = as_json(run("quotes", "--db", db, "--text", "opposée déploiement", "--format",
                          "json"))[0]
    renderings = as_json(run("variants", opposed["key"], "--db", db, "--format", "json"))
    afp = as_json(run("quotes", "--db", db, "--source", "AFP", "--format", "json",
                      "--limit", "1000"))
    sources = as_json(run("sources", "--db", db, "--format", "json"))

    # two outlets report the Lavrov–Truss meeting, one as "rencontre", one as "entretien"
    meeting = next(e for e in events if e["type"] == "meeting")
    assert (meeting["articles"], meeting["participants"]) == (2, ["Liz Truss",
                                                                  "Sergueï Lavrov"])
    # the lead's paraphrase and the quotation further down are one statement
    assert "la Russie s'oppose au déploiement en Ukraine" in " ".join(
        r["text"] for r in renderings)
    assert lavrov["statements"] < lavrov["quotes"]
    # only the article "Avec des informations de Spoutnik et de l'AFP" credits the AFP
    assert afp and {tuple(q["sources"]) for q in afp} == {("Spoutnik", "AFP")}
    assert {s["name"] for s in sources} >= {"AFP", "Spoutnik", "Iran Press", "Le Monde",
                                            "Kommersant"}


def test_an_interaction_fix_from_the_command_line_changes_the_stored_interaction(run, db,
                                                                                  tmp_path):
    article = tmp_path / "visite.txt"
    article.write_text("Le ministre Paul Roux a rencontré mardi à Rome son homologue Marco"
                       " Bianchi. Les deux hommes ont évoqué la crise.\n", encoding="utf-8")
    assert run("ingest", str(article), "--db", db).exit_code == 0
    [(start, kind)] = rows(db, "SELECT trigger_start, type FROM interactions")
    assert kind == "meeting"
    fixed = run("interaction-fix", "visite", str(start), "--type", "talks", "--db", db)
    assert fixed.exit_code == 0, fixed.stderr
    assert rows(db, "SELECT type FROM interactions") == [("talks",)]
    wrong = run("interaction-fix", "visite", str(start + 1), "--type", "talks", "--db", db)
    assert wrong.exit_code == 2
    huge = run("interaction-fix", "visite", str(2**63), "--type", "talks", "--db", db)
    assert huge.exit_code == 2 and "START" in huge.stderr  # one line, no traceback
