"""The README's examples run as written and say what the README says they say.

Every ``.venv/bin/presswatch`` line of its bash blocks runs (in a fresh folder holding a
copy of ``examples/``, through the command's own entry with the session's pipeline), except
the ones that need what a test machine lacks, listed in :data:`NOT_RUN` with the reason;
its Python blocks run; its identities file, pinned as the README says, keeps Lavrov one
person with an open-ended role."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import presswatch
from presswatch import annotate as annotating
from presswatch import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")

NOT_RUN = {
    "eval": "needs a gold folder outside the repository (../shared/eval)",
    "https://": "needs the internet (tests/test_input_kinds.py fetches from a local server)",
    "serve --db": "starts a server (tests/test_web_api.py runs `serve --get`)",
    "PRESSWATCH_TOKEN": "starts a server",
    "serve --workers": "starts a server",
}


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def _commands() -> list[str]:
    lines = [line.split("  #")[0].strip() for block in _blocks("bash")
             for line in block.splitlines() if line.startswith(".venv/bin/presswatch ")]
    return [line for line in lines if not any(mark in line for mark in NOT_RUN)]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    where = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "examples", where / "examples")
    return where


def _run(line: str, cwd: Path):
    args = shlex.split(line)[1:]
    stdin = None
    if "<" in args:
        i = args.index("<")
        stdin = (cwd / args[i + 1]).read_text(encoding="utf-8")
        del args[i:i + 2]
    if ">" in args:
        del args[args.index(">"):]
    return CliRunner().invoke(cli.cli, args, input=stdin, catch_exceptions=False)


@pytest.fixture
def in_folder(folder, nlp, monkeypatch):
    monkeypatch.chdir(folder)
    monkeypatch.setattr(cli, "_load_model", lambda name: nlp)
    monkeypatch.setattr(presswatch, "load", lambda *args, **kwargs: nlp)
    monkeypatch.setattr(annotating, "_default_nlp", nlp)
    monkeypatch.delenv("PRESSWATCH_DB", raising=False)
    return folder


def test_the_readme_names_runnable_commands():
    commands = _commands()
    assert len(commands) >= 15
    assert commands[0].startswith(".venv/bin/presswatch annotate examples/")


def test_every_readme_command_runs_and_prints_something(in_folder):
    """In README order: ingest before the queries over its store."""
    for line in _commands():
        result = _run(line, in_folder)
        assert result.exit_code == 0, (line, result.stderr[-2000:])
        writes_elsewhere = " > " in line or line.split()[1] in ("ingest", "export")
        if not writes_elsewhere:
            assert result.stdout.strip(), line
        assert "nothing matched" not in result.stderr, line


def test_the_readme_python_runs(in_folder, capsys):
    namespace: dict = {}  # the blocks follow on from one another, as in a session
    for block in _blocks("python"):
        exec(compile(block, "README.md", "exec"), namespace)
    out = capsys.readouterr().out
    assert "quotes" in out and "error:" not in out


def test_the_readme_identities_file_keeps_lavrov_one_person_with_an_open_role(in_folder):
    (identities,) = _blocks("yaml")
    db = str(in_folder / "identities.db")
    (in_folder / "presswatch_identities.yaml").write_text(identities, encoding="utf-8")
    assert _run(f".venv/bin/presswatch ingest examples/ --db {db}", in_folder).exit_code == 0
    people = json.loads(_run(f".venv/bin/presswatch people --db {db} --name lavrov "
                             "--format json", in_folder).stdout)
    assert [p["name"] for p in people] == ["Sergueï Lavrov"]
    assert {"Sergei Lavrov", "Sergey Lavrov", "S. Lavrov"} <= set(people[0]["aliases"])
    person = _run(f'.venv/bin/presswatch person "Sergueï Lavrov" --db {db}', in_folder)
    assert "since 2004-03-09" in person.stdout and "→ 2004-03-09" not in person.stdout
    quotes = _run(f".venv/bin/presswatch quotes --db {db} --speaker lavrov --format json",
                  in_folder)
    assert len(json.loads(quotes.stdout)) > 10
