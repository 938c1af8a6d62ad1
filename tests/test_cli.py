"""Specification of the `presswatch` command line: what goes in, what comes out on stdout and
stderr, and the exit status (0 no error, 1 some errors, 126 every input failed)."""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED

import presswatch
from presswatch import cli
from presswatch.formats import records as output
from presswatch.formats.csvfile import QUOTE_CSV_COLUMNS
from presswatch.linking import stories

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# the gold set lives in shared/ beside the repository (as in CI's checkout)
EVAL = SHARED / "eval"

needs_gold = pytest.mark.skipif(not (EVAL / "score.py").exists(),
                                reason="needs shared/eval beside the repository")

MINISTRE = "« Nous ne céderons pas », a déclaré la ministre."
SYNDICAT = ("« Le gouvernement fait le choix du passage en force », a estimé Laurent Berger,"
            " secrétaire général de la CFDT.")


@pytest.fixture(scope="module")
def nlp():
    """One small French pipeline for the whole module (loading it takes seconds)."""
    return presswatch.load("fr_core_news_sm")


@pytest.fixture
def run(nlp, monkeypatch):
    """Run `presswatch ARGS...` in-process with the module's pipeline; stderr kept apart."""
    monkeypatch.setattr(cli, "_load_model", lambda name: nlp)

    def invoke(*args: str, stdin: str | bytes | None = None):
        return CliRunner().invoke(cli.cli, list(args), input=stdin, catch_exceptions=False)

    return invoke


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# annotate: JSON Lines, the default format


def test_a_direct_quote_comes_out_as_one_jsonl_line_with_exact_offsets(run, tmp_path):
    article = write(tmp_path / "ministre.txt", MINISTRE)

    result = run("annotate", str(article), "--format", "jsonl")

    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["id"] == "ministre"
    direct = [q for q in record["quotes"] if q["type"] == "direct"]
    assert direct, record["quotes"]
    assert MINISTRE[direct[0]["start"]:direct[0]["end"]] == direct[0]["text"]
    assert "Nous ne céderons pas" in direct[0]["text"]
    assert result.stderr.strip().endswith("annotated 1 article, 1 quote; 0 errors")


def test_the_bundled_examples_give_one_line_per_article_and_exact_quote_offsets(run):
    result = run("annotate", str(EXAMPLES), "--format", "jsonl")

    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    files = sorted(EXAMPLES.glob("*.txt"))
    assert [r["id"] for r in records] == [f.stem for f in files]
    assert len(records) == 5
    for record, file in zip(records, files, strict=True):
        text = file.read_bytes().decode("utf-8")
        assert record["quotes"], f"{file.name}: no quote found"
        for quote in record["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
    n_quotes = sum(len(r["quotes"]) for r in records)
    assert f"annotated 5 articles, {n_quotes} quotes; 0 errors" in result.stderr


def test_stdout_carries_only_data_and_stderr_the_summary(run, tmp_path):
    article = write(tmp_path / "ministre.txt", MINISTRE)

    result = run("annotate", str(article))

    assert jsonl(result.stdout)[0]["id"] == "ministre"  # jsonl is the default format
    assert "annotated" not in result.stdout
    assert "annotated 1 article" in result.stderr


def test_stories_are_those_of_the_whole_run(run):
    grouped = run("annotate", str(EXAMPLES))
    streamed = run("annotate", str(EXAMPLES), "--no-stories")

    records = jsonl(streamed.stdout)
    assert all(r["story"] is None for r in records)
    stories.assign_stories(records)
    assert [r["story"] for r in jsonl(grouped.stdout)] == [r["story"] for r in records]


def test_plain_text_on_standard_input_is_read_with_a_dash(run):
    result = run("annotate", "-", stdin=MINISTRE.encode("utf-8"))

    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["id"] == "stdin"
    assert any(q["text"] == "Nous ne céderons pas" for q in record["quotes"])


# --------------------------------------------------------------------------------------------
# annotate: errors and exit status


def test_a_damaged_file_is_reported_and_the_batch_goes_on_with_exit_1(run, tmp_path):
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n")
    good = write(tmp_path / "syndicat.txt", SYNDICAT)

    result = run("annotate", str(pdf), str(good))

    assert result.exit_code == 1
    assert f"error: {pdf}: not a readable PDF file" in result.stderr
    [record] = jsonl(result.stdout)
    assert record["id"] == "syndicat"
    assert result.stderr.strip().endswith("; 1 error")


def test_when_every_input_fails_the_exit_status_is_126(run, tmp_path):
    empty = write(tmp_path / "vide.txt", "  \n")

    result = run("annotate", str(tmp_path / "absent.txt"), str(empty))

    assert result.exit_code == 126
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert "annotated 0 articles, 0 quotes; 2 errors" in result.stderr


def test_a_missing_model_is_one_readable_sentence():
    result = CliRunner().invoke(cli.cli, ["annotate", "-", "--model", "fr_pas_de_modele"],
                                input=MINISTRE)

    assert result.exit_code == 1
    assert "cannot load spaCy model 'fr_pas_de_modele'" in result.stderr
    assert "Traceback" not in result.stderr


def test_version():
    result = CliRunner().invoke(cli.cli, ["--version"])

    assert result.exit_code == 0
    assert presswatch.__version__ in result.stdout


# --------------------------------------------------------------------------------------------
# annotate: other formats


def test_csv_has_one_row_per_quote_under_a_fixed_header(run, tmp_path):
    article = write(tmp_path / "ministre.txt", MINISTRE)

    result = run("annotate", str(article), "--format", "csv")

    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(QUOTE_CSV_COLUMNS)  # the columns of every quote CSV
    quote = dict(zip(rows[0], rows[1], strict=True))
    assert quote["article_id"] == "ministre"
    assert MINISTRE[int(quote["start"]):int(quote["end"])] == quote["text"]
    assert quote["in_boilerplate"] == "false"


def test_json_is_one_list_of_records(run, tmp_path):
    write(tmp_path / "a.txt", MINISTRE)
    write(tmp_path / "b.txt", SYNDICAT)

    result = run("annotate", str(tmp_path), "--format", "json")

    assert [r["id"] for r in json.loads(result.stdout)] == ["a", "b"]


def test_table_shows_each_article_and_its_speakers_as_plain_text(run, tmp_path):
    article = write(tmp_path / "syndicat.txt", SYNDICAT)

    result = run("annotate", str(article), "--format", "table")

    assert result.exit_code == 0, result.stderr
    assert "syndicat" in result.stdout
    assert "Laurent Berger" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when stdout is not a terminal


def test_html_escapes_the_article_text_and_highlights_quotes(run, tmp_path):
    text = MINISTRE + "\n<script>alert(1)</script> & « Rien n'est décidé », a précisé son cabinet."
    article = write(tmp_path / "piege.txt", text)

    result = run("annotate", str(article), "--format", "html")

    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in page
    assert '<mark id="a1-q1" class="q q-direct"' in page
    assert "<br>" in page
    assert "http" not in page  # self-contained: no external resources
    assert_balanced(page)


# --------------------------------------------------------------------------------------------
# output.render_html on hand-made records: nesting and overlaps


class _TagChecker(HTMLParser):
    VOID = frozenset({"br", "meta"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def assert_balanced(page: str) -> None:
    checker = _TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.problems == []
    assert checker.stack == []


def quote(qid: str, text: str, span: str, cue: str, **fields) -> dict:
    start = text.index(span)
    cue_start = text.index(cue)
    return {"id": qid, "start": start, "end": start + len(span), "text": span,
            "type": "indirect", "speaker": None, "act": "statement", "cue": cue,
            "cue_start": cue_start, "cue_end": cue_start + len(cue), "parent": None,
            "in_boilerplate": False, **fields}


SELON = "Selon Le Monde, le ministre a dit que la réforme serait retirée."
NESTED = {
    "id": "selon", "text": SELON, "boilerplate": [],
    "quotes": [
        quote("q1", SELON, "le ministre a dit que la réforme serait retirée", "Selon",
              speaker="Le Monde"),
        quote("q2", SELON, "la réforme serait retirée", "a dit", speaker="le ministre",
              parent="q1"),
    ],
}


def test_a_quote_inside_another_renders_as_nested_marks():
    page = output.render_html([NESTED])

    assert_balanced(page)
    outer = page.index('data-quote="q1"')
    cue = page.index('<span class="cue">a dit</span>')
    inner = page.index('data-quote="q2"')
    assert outer < cue < inner
    assert "la réforme serait retirée</mark></mark>." in page
    assert 'title="le ministre — statement"' in page


def test_overlapping_spans_that_do_not_nest_are_split_at_the_boundary():
    text = "Il a dit que tout allait bien. Fin de citation, selon lui."
    record = {
        "id": "chevauche", "text": text,
        "quotes": [quote("q1", text, "tout allait bien. Fin de", "a dit", speaker="Jean Dupont")],
        "boilerplate": [{"start": text.index("Fin de"), "end": len(text), "kind": "footer"}],
    }

    page = output.render_html([record])

    assert_balanced(page)
    boiler = '<span class="boiler" title="boilerplate: footer">'
    assert f"tout allait bien. {boiler}Fin de</span></mark>{boiler} citation" in page
    assert page.count('id="a1-q1"') == 1


def test_html_attributes_and_list_are_escaped_too():
    record = copy.deepcopy(NESTED)
    record["quotes"][0]["speaker"] = 'Le "Monde" <b>'
    record["title"] = "<img src=x onerror=alert(1)>"

    page = output.render_html([record])

    assert "<b>" not in page and "<img" not in page
    assert 'title="Le &quot;Monde&quot; &lt;b&gt; — statement"' in page
    assert_balanced(page)


# --------------------------------------------------------------------------------------------
# eval


def _gold_folder(tmp_path, *names: str):
    """`tmp_path/gold` holding these dev gold files, the scorer beside it as in ../shared/eval."""
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in names:
        shutil.copy(EVAL / "dev" / name, gold / name)
    shutil.copy(EVAL / "score.py", tmp_path / "score.py")
    return gold


@needs_gold
def test_eval_prints_the_scorers_report_unchanged(run, tmp_path):
    gold = _gold_folder(tmp_path, "seed-000.json", "seed-003.json")

    result = run("eval", str(gold), "--per-article")

    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("quote_f1") for line in lines)
    assert any(line.startswith("seed-003") for line in lines)  # --per-article reached it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold", "score.py"]
    assert sorted(p.name for p in gold.iterdir()) == ["seed-000.json", "seed-003.json"]


@needs_gold
def test_eval_reports_tuning_blind_and_whole_and_never_lists_blind_errors(run, tmp_path):
    from presswatch.training.split import blind_split

    gold = _gold_folder(tmp_path, "seed-000.json", "seed-003.json", "a2-07.json", "a2-10.json")
    blind = blind_split(gold).blind

    table = run("eval", str(gold))
    errors = run("eval", str(gold), "--errors", "--only", blind[0])

    assert table.exit_code == 0, table.stderr
    header = table.stdout.splitlines()[0].split()
    assert header == ["tuning", "(3)", "blind", "(1)", "whole", "(4)"]
    assert errors.exit_code == 1
    assert "blind part is scored in aggregate" in errors.stderr


@needs_gold
def test_eval_no_blind_scores_a_fresh_set_as_one_column_whose_errors_may_be_read(run,
                                                                                 tmp_path):
    """A fresh gold set (eval/corpus) has no blind part: the same folder that would give a
    blind column gives only the whole one, and its errors may be listed file by file, once
    the folder says so (a NO_BLIND file): the flag alone never opens a blind part."""
    from presswatch.training.split import blind_split

    gold = _gold_folder(tmp_path, "seed-000.json", "seed-003.json", "a2-04.json", "a2-05.json")
    would_be_blind = blind_split(gold).blind
    assert would_be_blind
    refused = run("eval", str(gold), "--no-blind", "--errors")
    (gold / "NO_BLIND").write_text("fresh gold: no blind part\n", encoding="utf-8")

    table = run("eval", str(gold), "--no-blind")
    errors = run("eval", str(gold), "--no-blind", "--errors", "--only", would_be_blind[0])

    assert refused.exit_code == 1 and "needs a NO_BLIND file" in refused.stderr
    assert table.exit_code == 0, table.stderr
    assert table.stdout.splitlines()[0].split() == ["whole", "(4)"]
    assert errors.exit_code == 0, errors.stderr
    assert any(line.startswith("quote_f1") for line in errors.stdout.splitlines())


def test_eval_without_a_scorer_says_so(run, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()

    result = run("eval", str(gold))

    assert result.exit_code == 1
    assert "no scorer at" in result.stderr


@needs_gold
def test_annotate_on_the_dev_gold_folder_pipes_into_the_scorer(tmp_path, md_nlp, monkeypatch):
    """End to end: `annotate --format jsonl` on the gold files is exactly what score.py reads,
    and the full model keeps its dev-set quality (a floor well under the measured figures)."""
    import subprocess
    import sys

    monkeypatch.setattr(cli, "_load_model", lambda name: md_nlp)
    result = CliRunner().invoke(cli.cli, ["annotate", str(EVAL / "dev"), "--format", "jsonl"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text(result.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "dev"),
                             str(predictions), "--json"], capture_output=True, text=True,
                            check=True)
    report = json.loads(scored.stdout)
    assert report["quotes_pred"] > 0
    # floors under the figures `presswatch eval` measures on the 72-article dev set (quote
    # F1 0.79, speaker accuracy 0.84): a regression guard, not a target
    assert report["quote_f1"] >= 0.76
    assert report["speaker_accuracy"] >= 0.8
