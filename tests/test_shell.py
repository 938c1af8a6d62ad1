"""The shell as a user meets it: how the command starts, what --db takes, how it says
that nothing matched or that an input is wrong."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

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
