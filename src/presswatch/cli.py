"""The ``presswatch`` command line: a click group of thin commands.

Commands parse options, call the library (:mod:`presswatch.reading`, :mod:`presswatch.api`,
:mod:`presswatch.stories`, :mod:`presswatch.evaluate`) and print with :mod:`presswatch.output`.
Standard output carries only data; progress, errors and the summary go to standard error.
Batch exit codes follow trafilatura: 0 without errors, 1 with some, 126 when every input failed.
"""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text
from spacy.language import Language

import presswatch
from presswatch import output, stories
from presswatch.api import annotate_articles
from presswatch.evaluate import evaluate
from presswatch.pipeline import DEFAULT_MODEL
from presswatch.reading import DEFAULT_MAX_CHARS, Article, ReadError, iter_articles

EXIT_OK = 0
EXIT_SOME_ERRORS = 1
EXIT_ALL_FAILED = 126
"""trafilatura's batch exit codes: no error, some inputs failed, every input failed."""

PIPE_WIDTH = 160
"""Width of the ``table`` output when standard output is not a terminal (a pipe or a file)."""


def _load_model(name: str) -> Language:
    """The presswatch pipeline on spaCy model ``name``; a model that cannot be loaded becomes
    a one-sentence :class:`click.ClickException`. (Tests patch this to reuse one pipeline.)"""
    try:
        return presswatch.load(name)
    except ValueError as err:
        raise click.ClickException(str(err)) from None


# --------------------------------------------------------------------------------------------
# One annotate run: counts, progress and error lines on standard error


class _Run:
    """Counts of one ``annotate`` run, its progress bar and its error lines (stderr)."""

    def __init__(self, show_progress: bool) -> None:
        self.articles = 0
        self.quotes = 0
        self.errors = 0
        self.progress = Progress(
            SpinnerColumn(), TextColumn("annotating"),
            TextColumn("{task.completed} articles, {task.fields[quotes]} quotes"),
            TimeElapsedColumn(),
            console=Console(stderr=True), disable=not show_progress, transient=True,
            redirect_stdout=False, redirect_stderr=False,
        )
        self._task = self.progress.add_task("annotate", total=None, quotes=0)
        self._live = False

    def __enter__(self) -> _Run:
        self.progress.start()
        self._live = not self.progress.disable
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.progress.stop()
        self._live = False

    def error(self, message: str) -> None:
        """Count an error and print ``error: <message>`` on one line of stderr."""
        self.errors += 1
        if self._live:  # print above the live progress bar instead of through it
            self.progress.console.print(Text(f"error: {message}"), soft_wrap=True)
        else:
            click.echo(f"error: {message}", err=True)

    def done(self, record: dict[str, Any]) -> None:
        self.articles += 1
        self.quotes += len(record.get("quotes") or [])
        self.progress.update(self._task, advance=1, quotes=self.quotes)

    @property
    def summary(self) -> str:
        return f"annotated {self.articles} articles, {self.quotes} quotes; {self.errors} errors"

    @property
    def exit_code(self) -> int:
        if not self.errors:
            return EXIT_OK
        return EXIT_ALL_FAILED if not self.articles else EXIT_SOME_ERRORS


def _install_error_handler(nlp: Language, run: _Run) -> None:
    """Make a component failing on one article an error line, not the end of the batch."""

    def handler(name: str, component: Any, docs: list, exc: Exception) -> None:
        for doc in docs:
            meta = doc._.meta or {}
            where = meta.get("source") or meta.get("id") or "?"
            run.error(f"{where}: component {name} failed: {type(exc).__name__}: {exc}")

    for _name, pipe in nlp.pipeline:
        # Not nlp.set_error_handler: spaCy's Cython parser and NER fail on it (AttributeError).
        with contextlib.suppress(AttributeError):
            pipe.set_error_handler(handler)


def _articles(inputs: Iterable[str], max_chars: int, run: _Run,
              pending: deque[Article]) -> Iterator[Article]:
    """The readable articles of ``inputs``; each ReadError becomes an error line."""
    for item in iter_articles(list(inputs), max_chars=max_chars):
        if isinstance(item, ReadError):
            run.error(str(item))
            continue
        pending.append(item)
        yield item


def _records(nlp: Language, inputs: Iterable[str], run: _Run, *, max_chars: int,
             n_process: int, batch_size: int, with_text: bool) -> Iterator[dict[str, Any]]:
    """Annotated records, streamed in input order. ``with_text`` adds each article's text
    (the HTML page needs it). An article the pipeline dropped is reported as an error."""
    pending: deque[Article] = deque()  # articles read but not yet out of the pipeline
    articles = _articles(inputs, max_chars, run, pending)
    for record in annotate_articles(articles, nlp=nlp, n_process=n_process,
                                    batch_size=batch_size):
        article = pending.popleft()
        while article.id != record.get("id") and pending:
            run.error(f"{article.source}: annotation failed, article skipped")
            article = pending.popleft()
        if with_text and "text" not in record:
            record["text"] = article.text
        run.done(record)
        yield record
    for article in pending:
        run.error(f"{article.source}: annotation failed, article skipped")


class _StorySpool:
    """Records spooled to a temporary file while only their compact story features stay in
    memory; :meth:`records` then streams them back with their ``story`` set."""

    def __init__(self, fh: TextIO) -> None:
        self._fh = fh
        self._features: list[stories.StoryFeatures] = []

    def add(self, record: dict[str, Any]) -> None:
        self._features.append(stories.features(record))
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def records(self) -> Iterator[dict[str, Any]]:
        story_of = stories.group(self._features)
        self._fh.seek(0)
        for line in self._fh:
            record = json.loads(line)
            record["story"] = story_of.get(str(record.get("id")))
            yield record


def _write(fmt: str, records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write ``records`` to ``out`` in format ``fmt`` (one of :data:`output.FORMATS`)."""
    if fmt == "jsonl":
        output.write_jsonl(records, out)
    elif fmt == "json":
        output.write_json(records, out)
    elif fmt == "csv":
        output.write_csv(records, out)
    elif fmt == "html":
        for piece in output.iter_html(records):
            out.write(piece)
    else:
        console = Console(file=out, width=None if out.isatty() else PIPE_WIDTH, highlight=False)
        output.render_table(records, console)
    out.flush()


# --------------------------------------------------------------------------------------------
# Commands

_model_option = click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, metavar="NAME",
    help="spaCy model (installed package name or path) the presswatch components run on.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(presswatch.__version__, "--version", prog_name="presswatch")
def cli() -> None:
    """presswatch: who said what in French news articles."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...")
@click.option("--format", "fmt", type=click.Choice(output.FORMATS), default="jsonl",
              show_default=True, help="Output format (on standard output).")
@_model_option
@click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS,
              show_default=True, help="Longest article accepted; longer ones are errors.")
@click.option("--n-process", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for the spaCy pipeline.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Articles per spaCy batch.")
@click.option("--stories/--no-stories", "group_stories", default=True, show_default=True,
              help="Group articles into stories (needs the whole run before any output; "
                   "--no-stories streams each article as soon as it is annotated).")
def annotate(inputs: tuple[str, ...], fmt: str, model: str, max_chars: int, n_process: int,
             batch_size: int, group_stories: bool) -> None:
    """Extract attributed quotes from articles in INPUTS (files, folders, - for stdin).

    Files: .txt (one article), .html/.htm (extracted with trafilatura), .json (an object or
    a list of objects), .jsonl (one object per line). Folders are read recursively. Each
    unreadable input is reported on stderr and the batch goes on; exit status 0 means no
    error, 1 some errors, 126 that every input failed.
    """
    out = sys.stdout
    nlp = _load_model(model)
    show_progress = sys.stderr.isatty() and (group_stories or not out.isatty())
    run = _Run(show_progress)
    if n_process == 1:  # the handler is not picklable into worker processes
        _install_error_handler(nlp, run)
    records = _records(nlp, inputs, run, max_chars=max_chars, n_process=n_process,
                       batch_size=batch_size, with_text=fmt == "html")
    if group_stories:
        with tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n") as fh:
            spool = _StorySpool(fh)
            with run:
                for record in records:
                    spool.add(record)
            _write(fmt, spool.records(), out)
    else:
        with run:
            _write(fmt, records, out)
    click.echo(run.summary, err=True)
    click.get_current_context().exit(run.exit_code)


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Scoring script  [default: GOLD_DIR/../score.py]")
@click.option("--errors", is_flag=True, help="Ask the scorer to list misses and false alarms.")
@click.option("--per-article", is_flag=True, help="Ask the scorer for each article's scores.")
@click.option("--only", "only", multiple=True, metavar="GLOB",
              help="Score only the gold files matching GLOB (e.g. 'pol-*'); repeatable.")
@_model_option
def eval_(gold_dir: Path, scorer: Path | None, errors: bool, per_article: bool,
          only: tuple[str, ...], model: str) -> None:
    """Annotate the gold articles in GOLD_DIR and print the scorer's report unchanged.

    The pipeline only sees each gold file's id, text, url, date and outlet. Predictions go to
    a temporary folder that is deleted afterwards; nothing else is written.
    """
    scorer = scorer or gold_dir.parent / "score.py"
    if not scorer.is_file():
        raise click.ClickException(f"no scorer at {scorer} (use --scorer PATH)")
    nlp = _load_model(model)
    extra = [flag for flag, on in (("--errors", errors), ("--per-article", per_article)) if on]
    started = time.perf_counter()
    try:
        report = evaluate(gold_dir, nlp, scorer=scorer, extra=extra, only=list(only))
    except (ValueError, RuntimeError) as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"evaluated {gold_dir} with {model} in {time.perf_counter() - started:.1f} s",
               err=True)
    click.echo(report, nl=False)


def main() -> None:
    """Entry point of the ``presswatch`` script."""
    cli()
