"""The ``presswatch`` command line: a click group of thin commands.

Commands parse options, call the library (:mod:`presswatch.reading`,
:mod:`presswatch.annotate`, :mod:`presswatch.linking.stories`, :mod:`presswatch.evaluate`,
:mod:`presswatch.store`, :mod:`presswatch.ingest`) and print with :mod:`presswatch.formats`.
No SQL here: every read and write is a named method of :class:`presswatch.store.Store`.
Standard output carries only data; progress, errors and the summary go to standard error.
Batch exit codes follow trafilatura: 0 without errors, 1 with some, 126 when every input failed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

import presswatch
from presswatch.commands import edits, queries
from presswatch.commands.options import (
    db_option,
    identities_for,
    identities_option,
    open_store,
    relink_summary,
    setting,
)
from presswatch.formats.records import FORMATS, write_records
from presswatch.pipeline import DEFAULT_MODEL
from presswatch.textutil import counted

if TYPE_CHECKING:  # the commands import the pipeline when they run: --help starts fast
    from spacy.language import Language

    from presswatch.annotate import Options


def _load_model(name: str) -> Language:
    """The presswatch pipeline on spaCy model ``name``; a model that cannot be loaded becomes
    a one-sentence :class:`click.ClickException`. (Tests patch this to reuse one pipeline.)"""
    try:
        return presswatch.load(name)
    except ValueError as err:
        raise click.ClickException(str(err)) from None


def _options(**values: int) -> Options:
    """The batch options given on the command line, checked once."""
    from presswatch.annotate import Options

    try:
        return Options(**values)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


def _engine(address: str | None, model: str, options: Options) -> tuple[Any, Language | None]:
    """(The Dask cluster at ``address``, closed with the command, None), else (None, nlp)."""
    if not address:
        return None, _load_model(model)
    from presswatch.cluster import connect  # dask is imported only when asked for
    return click.get_current_context().with_resource(connect(address, model, options)), None


def _stop_unless_readable(inputs: tuple[str, ...]) -> None:
    """When no input exists (every path missing, none is ``-`` or a URL), say so and exit
    126 before a model loads: a mistyped path must not cost seconds of loading spaCy."""
    from presswatch.reading import missing_inputs
    from presswatch.runs import EXIT_ALL_FAILED

    missing = missing_inputs(inputs)
    if len(missing) == len(inputs):
        for error in missing:
            click.echo(f"error: {error}", err=True)
        click.get_current_context().exit(EXIT_ALL_FAILED)


# --------------------------------------------------------------------------------------------
# Commands

_model_option = click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, metavar="NAME",
    help="spaCy model (installed package name or path) the presswatch components run on.")


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: presswatch, the pipeline its annotations record, spaCy and Python."""
    if not value or ctx.resilient_parsing:
        return
    from presswatch.pipeline import versions

    v = versions()
    click.echo(f"presswatch {v['presswatch']}\n"
               f"pipeline: {v['pipeline']} (default model"
               f"{'' if v['model_version'] else ', not installed'})\n"
               f"spaCy {v['spacy'] or 'not installed'}, Python {sys.version.split()[0]}")
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_version, help="Show the versions of presswatch, its pipeline "
                                            "(model) and spaCy, and exit.")
def cli() -> None:
    """presswatch: who said what in French news articles.

    \b
    Shell completion (bash; zsh and fish alike, see the README):
      eval "$(_PRESSWATCH_COMPLETE=bash_source presswatch)"
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...")
@click.option("--format", "fmt", type=click.Choice((*FORMATS, "parquet")), default="jsonl",
              show_default=True, help="Output format (on standard output; parquet: --out).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of --format parquet: a file per partition, then stories.parquet.")
@_model_option
@setting("--dask", "dask_address", click.STRING)
@setting("--max-chars", "max_chars", click.IntRange(min=1))
@setting("--n-process", "n_process", click.IntRange(min=1))
@setting("--batch-size", "batch_size", click.IntRange(min=1))
@setting("--partition-size", "partition_size", click.IntRange(min=1))
@click.option("--stories/--no-stories", "group_stories", default=True, show_default=True,
              help="Group articles into stories (waits for the whole run; --no-stories streams).")
def annotate(inputs: tuple[str, ...], fmt: str, out_dir: Path | None, model: str,
             dask_address: str | None, max_chars: int, n_process: int, batch_size: int,
             partition_size: int, group_stories: bool) -> None:
    """Extract attributed quotes from articles in INPUTS (files, folders, - for stdin).

    Files: .txt (one article), .html/.htm (extracted with trafilatura), .json (an object or
    a list of objects), .jsonl (one object per line), .pdf and .docx (with the pdf and docx
    extras); http(s):// URLs (fetched with trafilatura). Folders are read recursively. Each
    unreadable input is reported on stderr and the batch goes on; exit status 0 means no
    error, 1 some errors, 126 that every input failed.
    """
    _stop_unless_readable(inputs)
    from presswatch.annotate import (
        annotate_stream,
        read_articles,
        report_component_errors,
        with_stories,
    )
    from presswatch.runs import Run

    out = sys.stdout
    if (fmt == "parquet") != (out_dir is not None):
        raise click.UsageError("--out DIR goes with --format parquet, and only with it")
    options = _options(max_chars=max_chars, n_process=n_process, batch_size=batch_size,
                       partition_size=partition_size)
    cluster, nlp = _engine(dask_address, model, options)
    run = Run(sys.stderr.isatty() and (group_stories or not out.isatty()))
    if nlp and n_process == 1:  # the handler is not picklable into worker processes
        report_component_errors(nlp, run)

    def records() -> Iterator[dict[str, Any]]:
        articles = read_articles(inputs, run, options)
        for article, record in (cluster.annotate(articles, run) if cluster else
                                annotate_stream(articles, nlp, run, options)):
            if fmt == "html" and "text" not in record:  # the page shows the text
                record["text"] = article.text
            run.done(record)
            yield record

    if out_dir is not None:
        from presswatch.formats.parquet import write_parquet

        with run:
            write_parquet(records(), out_dir, partition_size, group_stories)
    elif group_stories:
        with run:
            grouped = with_stories(records())
        write_records(fmt, grouped, out)
    else:
        with run:
            write_records(fmt, records(), out)
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
@click.option("--no-blind", is_flag=True,
              help="The folder has no blind part (a gold set such as eval/corpus, whose "
                   "errors may be read, with a NO_BLIND file saying so): one column, errors "
                   "and per-article lines of every file.")
@_model_option
def eval_(gold_dir: Path, scorer: Path | None, errors: bool, per_article: bool,
          only: tuple[str, ...], no_blind: bool, model: str) -> None:
    """Annotate the gold articles in GOLD_DIR and print the scorer's report unchanged.

    The pipeline only sees each gold file's id, text, url, date and outlet. Predictions go to
    a temporary folder that is deleted afterwards; nothing else is written.
    """
    from presswatch.evaluate import evaluate

    scorer = scorer or gold_dir.parent / "score.py"
    if not scorer.is_file():
        raise click.ClickException(f"no scorer at {scorer} (use --scorer PATH)")
    nlp = _load_model(model)
    extra = [flag for flag, on in (("--errors", errors), ("--per-article", per_article)) if on]
    started = time.perf_counter()
    try:
        report = evaluate(gold_dir, nlp, scorer=scorer, extra=extra, only=list(only),
                          blind=not no_blind)
    except (ValueError, RuntimeError) as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"evaluated {gold_dir} with {model} in {time.perf_counter() - started:.1f} s",
               err=True)
    click.echo(report, nl=False)

# --------------------------------------------------------------------------------------------
# The store: ingest and relink (queries and corrections: presswatch.commands)

_workers_option = setting("--workers", "n_process", click.IntRange(min=1), "workers")

@cli.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...")
@db_option
@_model_option
@setting("--dask", "dask_address", click.STRING)
@_workers_option
@setting("--max-chars", "max_chars", click.IntRange(min=1))
@setting("--batch-size", "batch_size", click.IntRange(min=1))
@setting("--partition-size", "partition_size", click.IntRange(min=1))
@identities_option
def ingest_(inputs: tuple[str, ...], db_url: str, model: str, dask_address: str | None,
            workers: int, max_chars: int, batch_size: int, partition_size: int,
            identities_path: Path | None) -> None:
    """Annotate the articles in INPUTS and store them in the database.

    Safe to repeat and to interrupt: an article already stored (same URL or same text) is
    skipped, and each article is written in its own transaction. Afterwards people and
    stories are recomputed across the whole store. Exit status as for `annotate`.
    """
    _stop_unless_readable(inputs)
    from presswatch import ingest as ingesting
    from presswatch.annotate import report_component_errors
    from presswatch.runs import IngestRun

    options = _options(max_chars=max_chars, n_process=workers, batch_size=batch_size,
                       partition_size=partition_size)
    store = open_store(db_url, create=True)
    identities = identities_for(store, identities_path)
    cluster, nlp = _engine(dask_address, model, options)
    run = IngestRun(sys.stderr.isatty())
    if nlp and workers == 1:  # the handler is not picklable into worker processes
        report_component_errors(nlp, run)
    with run:
        if cluster:
            cluster.ingest(store, inputs, run)
        else:
            ingesting.ingest(store, inputs, nlp, run, options)
    click.echo(f"{run.summary}; {relink_summary(store, identities)}", err=True)
    click.get_current_context().exit(run.exit_code)


@cli.command()
@db_option
@_model_option
@_workers_option
@click.option("--all", "everything", is_flag=True,
              help="Every article, not only those another pipeline version annotated.")
@identities_option
def reannotate(db_url: str, model: str, workers: int, everything: bool,
               identities_path: Path | None) -> None:
    """Annotate stored articles again with the current pipeline.

    Quotes, interactions and people of each article are replaced in one transaction;
    user corrections are kept and apply wherever the same quote is found again.
    """
    from presswatch import ingest as ingesting
    from presswatch.annotate import report_component_errors
    from presswatch.runs import IngestRun

    store = open_store(db_url)
    identities = identities_for(store, identities_path)
    nlp = _load_model(model)
    run = IngestRun(sys.stderr.isatty(), "re-annotating")
    if workers == 1:
        report_component_errors(nlp, run)
    with run:
        ingesting.reannotate(store, nlp, run, _options(n_process=workers),
                             everything=everything)
    click.echo(f"re-annotated {counted(run.articles, 'article')}, "
               f"{counted(run.quotes, 'quote')}; {counted(run.errors, 'error')}; "
               f"{relink_summary(store, identities)}", err=True)
    click.get_current_context().exit(run.exit_code)


@cli.command()
@db_option
@identities_option
def relink(db_url: str, identities_path: Path | None) -> None:
    """Recompute canonical people and stories (after editing the identities file)."""
    store = open_store(db_url)
    click.echo(relink_summary(store, identities_for(store, identities_path), full=True),
               err=True)


TOKEN_ENV = "PRESSWATCH_TOKEN"
"""Environment variable holding the bearer token that enables the web app's writes."""


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; the default is reachable from this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--get", "get_path", metavar="PATH",
              help="Print the response to one GET of PATH (no server started); exit 1 "
                   "unless it is 200.")
@setting("--workers", "serve_workers", click.IntRange(1, 64), "workers")
@setting("--threads", "serve_threads", click.IntRange(1, 1000), "threads")
@click.option("--access-log/--no-access-log", default=True, show_default=True,
              help="Log one line per request.")
def serve(db_url: str, host: str, port: int, get_path: str | None, workers: int,
          threads: int | None, access_log: bool) -> None:
    """Serve the web app and the HTTP API (/api/, docs at /docs) over the database.

    Read-only unless $PRESSWATCH_TOKEN is set: then POST /api/articles ingests an article
    sent with `Authorization: Bearer $PRESSWATCH_TOKEN`.
    """
    import os

    import uvicorn

    from presswatch.store import StoreError
    from presswatch.store.urls import database_url
    from presswatch.web import create_app
    from presswatch.web.workers import run_workers

    token = os.environ.get(TOKEN_ENV) or None
    options = {"db_url": database_url(db_url), "token": token, "read_only": token is None,
               "threads": threads}
    try:  # opened here once, so that a wrong --db is one message, not one per worker
        app = create_app(**options)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    if get_path is not None:
        from fastapi.testclient import TestClient

        with TestClient(app) as client:
            response = client.get(get_path)
        click.echo(response.text)
        click.get_current_context().exit(0 if response.status_code == 200 else 1)
    server = {"log_level": "info", "access_log": access_log}
    if workers == 1:
        uvicorn.run(app, host=host, port=port, **server)
        return
    app.state.backend.close()  # each worker opens its own
    try:
        status = run_workers(options, host=host, port=port, workers=workers, **server)
    except OSError as err:
        raise click.ClickException(f"cannot listen on {host}:{port}: {err}") from None
    click.get_current_context().exit(status)


for _command in (*queries.COMMANDS, *edits.COMMANDS):
    cli.add_command(_command)


def main() -> None:
    """Entry point of the ``presswatch`` script (and of ``python -m presswatch``, which
    is the same command: same name in messages and in shell completion)."""
    cli(prog_name="presswatch")
