"""`presswatch annotate` and `ingest` on hostile inputs: a batch goes on past a file name
that is not UTF-8, output stays valid UTF-8, each error or warning is one line naming its
file, and what reading kept with a note (a URL kept as text, an id made distinct) is said
on stderr without counting as an error."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import presswatch
from presswatch import cli, runs

PISCINE = ("Le maire, Paul Vidal, a assuré : « La piscine rouvrira en septembre », devant "
           "les riverains.\n")
MARCHE = "La commerçante Inès Morel a regretté : « Le marché perd des clients chaque hiver. »\n"
ECOLE = "« Les travaux de l'école seront finis à la rentrée », a promis Claire Dumas.\n"


@pytest.fixture(scope="module")
def nlp():
    """The module's own small pipeline: `annotate` installs an error handler on its pipes,
    which the session's shared pipeline must not get."""
    return presswatch.load("fr_core_news_sm")


@pytest.fixture
def run(nlp, monkeypatch):
    monkeypatch.setattr(cli, "_load_model", lambda name: nlp)

    def invoke(*args: str):
        return CliRunner().invoke(cli.cli, list(args), catch_exceptions=False)

    return invoke


def _folder(tmp_path: Path) -> Path:
    """Three articles, the first under a Latin-1 file name, plus a PDF whose name holds a
    newline."""
    folder = tmp_path / "entrees"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"a-piscine-\xe9t\xe9.txt"), "wb") as f:
        f.write(PISCINE.encode())
    (folder / "b-marche.txt").write_text(MARCHE)
    (folder / "c-compte\nrendu.txt").write_bytes(b"%PDF-1.7")
    (folder / "d-ecole.txt").write_text(ECOLE)
    return folder


def _lines(stderr: str, kind: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(kind)]


def test_annotate_goes_on_past_a_name_that_is_not_utf8(run, tmp_path: Path) -> None:
    result = run("annotate", str(_folder(tmp_path)), "--format", "jsonl", "--no-stories")

    assert result.exit_code == 1  # the PDF
    result.stdout_bytes.decode("utf-8")  # strict: the output is valid UTF-8
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a-piscine-\\xe9t\\xe9", "b-marche", "d-ecole"]
    (error,) = _lines(result.stderr, "error:")
    assert "c-compte\\nrendu.txt" in error and "binary file" in error


def test_ingest_stores_every_readable_article_and_rebuilds_the_derived_tables(
        run, tmp_path: Path) -> None:
    db = tmp_path / "base.db"
    result = run("ingest", str(_folder(tmp_path)), "--db", f"sqlite:///{db}")

    assert result.exit_code == 1, result.stderr
    assert "stored 3 articles" in result.stderr
    with sqlite3.connect(db) as conn:
        ids = sorted(r[0] for r in conn.execute("select input_id from articles"))
        people = [r[0] for r in conn.execute("select name from people order by name")]
    assert ids == ["a-piscine-\\xe9t\\xe9", "b-marche", "d-ecole"]
    assert "Paul Vidal" in people


def test_notes_are_warning_lines_and_do_not_fail_the_run(run, tmp_path: Path) -> None:
    path = tmp_path / "fil.jsonl"
    records = [{"id": "n1", "text": PISCINE, "url": "JavaScript:alert(1)"},
               {"id": "n1", "text": MARCHE, "url": "https://ex.fr/marche"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))

    result = run("annotate", str(path), "--format", "jsonl")

    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["n1", "n1~2"]
    assert _lines(result.stderr, "warning:") == [
        f'warning: {path}:1: url "JavaScript:alert(1)" is not an http(s) URL: kept as text, '
        "never shown as a link",
        f'warning: {path}:2: id "n1" is already used by {path}:1 in this batch; this '
        'article is "n1~2"']
    assert not _lines(result.stderr, "error:")

    db = tmp_path / "base.db"
    ingested = run("ingest", str(path), "--db", f"sqlite:///{db}")
    assert ingested.exit_code == 0 and len(_lines(ingested.stderr, "warning:")) == 2
    with sqlite3.connect(db) as conn:
        assert sorted(conn.execute("select input_id, url from articles")) == [
            ("n1", "JavaScript:alert(1)"), ("n1~2", "https://ex.fr/marche")]


def test_any_error_or_warning_line_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Not only reading's: a component's exception text can hold a newline too."""
    run = runs.Run(show_progress=False)
    run.error("c.txt: component presswatch_quotes failed: ValueError: première\nseconde")
    run.warning("d.txt: note\u2028suite")

    assert capsys.readouterr().err.splitlines() == [
        "error: c.txt: component presswatch_quotes failed: ValueError: première\\nseconde",
        "warning: d.txt: note\\u2028suite"]
