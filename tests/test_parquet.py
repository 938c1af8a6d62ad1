"""Specification of `annotate --format parquet --out DIR`: one file per partition in input
order, then stories.parquet; read back, the files are the JSONL records, stories included."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from presswatch import cli
from presswatch.formats.parquet import read_records

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture
def run(nlp_sm, monkeypatch):
    monkeypatch.setattr(cli, "_load_model", lambda name: nlp_sm)

    def invoke(*args: str):
        return CliRunner().invoke(cli.cli, list(args), catch_exceptions=False)

    return invoke


def test_parquet_parts_read_back_as_the_jsonl_records(run, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>« Nous tiendrons nos engagements », a déclaré "
                    "la présidente de la région Solène Marchetti.</p></article></body></html>",
                    encoding="utf-8")
    args = ["annotate", str(EXAMPLES), str(page)]
    jsonl = run(*args)
    assert jsonl.exit_code == 0
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]

    folder = tmp_path / "out"
    (folder / "part-00009.parquet").parent.mkdir()
    (folder / "part-00009.parquet").write_bytes(b"left by an earlier, longer run")
    result = run(*args, "--format", "parquet", "--out", str(folder), "--partition-size", "4")
    assert result.exit_code == 0 and result.stdout == ""
    assert sorted(p.name for p in folder.iterdir()) == [
        "part-00000.parquet", "part-00001.parquet", "stories.parquet"]
    assert pq.read_table(folder / "part-00000.parquet").num_rows == 4
    assert list(read_records(folder)) == records
    assert records[-1]["text"].startswith("« Nous tiendrons")  # extracted text kept

    result = run(*args, "--format", "parquet", "--out", str(folder), "--no-stories")
    assert sorted(p.name for p in folder.iterdir()) == ["part-00000.parquet"]
    assert [r["story"] for r in read_records(folder)] == [None] * len(records)


def test_parquet_and_out_go_together(run, tmp_path):
    for args in (["--format", "parquet"], ["--out", str(tmp_path)]):
        result = run("annotate", str(EXAMPLES), *args)
        assert result.exit_code == 2
        assert "--out DIR goes with --format parquet" in result.stderr
