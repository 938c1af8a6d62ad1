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
from typing import Any

import click
from spacy.language import Language

import presswatch
from presswatch import ingest as ingesting
from presswatch import settings
from presswatch.annotate import (
    Options,
    annotate_stream,
    read_articles,
    report_component_errors,
    with_stories,
)
from presswatch.evaluate import evaluate
from presswatch.formats import export as exporting
from presswatch.formats.export import EXPORT_FORMATS
from presswatch.formats.listing import LIST_FORMATS, person_rows, write_rows
from presswatch.formats.records import FORMATS, PIPE_WIDTH, write_records
from presswatch.lexicon import ACTS
from presswatch.linking import Identity
from presswatch.linking.identities import DEFAULT_IDENTITIES_NAME, load_identities
from presswatch.pipeline import DEFAULT_MODEL
from presswatch.runs import IngestRun, Run
from presswatch.store import (
    DEFAULT_URL,
    MAX_LIMIT,
    EventFilter,
    QuoteFilter,
    Rows,
    Store,
    StoreError,
)


def _load_model(name: str) -> Language:
    """The presswatch pipeline on spaCy model ``name``; a model that cannot be loaded becomes
    a one-sentence :class:`click.ClickException`. (Tests patch this to reuse one pipeline.)"""
    try:
        return presswatch.load(name)
    except ValueError as err:
        raise click.ClickException(str(err)) from None


def _setting(flag: str, name: str, type_: click.ParamType, dest: str | None = None) -> Any:
    """A click option (parameter ``dest``, by default the setting's name) whose default and
    help come from the settings table (:mod:`presswatch.settings`), which the web app
    reads too."""
    return click.option(flag, dest or name, type=type_, default=settings.default(name),
                        show_default=settings.default(name) is not None,
                        help=settings.help_text(name))


def _options(**values: int) -> Options:
    """The batch options given on the command line, checked once."""
    try:
        return Options(**values)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


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
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl",
              show_default=True, help="Output format (on standard output).")
@_model_option
@_setting("--max-chars", "max_chars", click.IntRange(min=1))
@_setting("--n-process", "n_process", click.IntRange(min=1))
@_setting("--batch-size", "batch_size", click.IntRange(min=1))
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
    options = _options(max_chars=max_chars, n_process=n_process, batch_size=batch_size)
    nlp = _load_model(model)
    run = Run(sys.stderr.isatty() and (group_stories or not out.isatty()))
    if n_process == 1:  # the handler is not picklable into worker processes
        report_component_errors(nlp, run)

    def records() -> Iterator[dict[str, Any]]:
        for article, record in annotate_stream(read_articles(inputs, run, options), nlp, run,
                                               options):
            if fmt == "html" and "text" not in record:  # the page shows the text
                record["text"] = article.text
            run.done(record)
            yield record

    if group_stories:
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

# --------------------------------------------------------------------------------------------
# The store: ingest, corrections and queries (all SQL lives in presswatch.store)

_db_option = click.option(
    "--db", "db_url", default=DEFAULT_URL, show_default=True, envvar="PRESSWATCH_DB",
    metavar="URL", help="Database as a SQLAlchemy URL (sqlite:///file.db, postgresql://...); "
                        "also read from $PRESSWATCH_DB.")
_list_format_option = click.option(
    "--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True,
    help="table (readable), json (a JSON list of objects) or csv.")
_limit_option = _setting("--limit", "limit", click.IntRange(1, MAX_LIMIT))
_identities_option = click.option(
    "--identities", "identities_path", type=click.Path(dir_okay=False, path_type=Path),
    help=f"YAML file that pins, merges and splits people  [default: {DEFAULT_IDENTITIES_NAME}"
         " next to the database, when present].")
_workers_option = _setting("--workers", "n_process", click.IntRange(min=1), "workers")

QUOTE_COLUMNS = ("date", "outlet", "speaker", "people", "act", "text", "key")
QUOTE_CSV_COLUMNS = ("key", "article_id", "quote_id", "outlet", "url", "date", "said_on",
                     "story", "speaker", "people", "act", "type", "text", "start", "end",
                     "sentence", "sentence_start", "cue", "mention", "addressee", "parent",
                     "confidence", "in_boilerplate", "corrected", "pipeline_version",
                     "sources")


def _open_store(url: str, *, create: bool = False) -> Store:
    """The store at ``url``; a missing or unusable database is one readable sentence."""
    try:
        return Store(url, create=create)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


def _identities(store: Store, path: Path | None) -> list[Identity]:
    """The identities file given, else the default one next to the database if present."""
    if path is None:
        path = (store.path.parent if store.path else Path.cwd()) / DEFAULT_IDENTITIES_NAME
        if not path.exists():
            return []
    try:
        return load_identities(path)
    except ValueError as err:
        raise click.ClickException(str(err)) from None


def _relink(store: Store, identities: list[Identity], *, full: bool = False) -> str:
    summary = store.recompute(identities, full=full)
    return f"{summary.people} people, {summary.stories} stories"


def _show(rows: Rows, fmt: str, columns: tuple[str, ...]) -> None:
    out = sys.stdout
    width = None if out.isatty() else PIPE_WIDTH
    write_rows(rows.rows, fmt, out, columns=None if fmt == "json" else columns,
                       width=width)
    if rows.truncated:
        click.echo(f"showing the first {len(rows.rows)} rows; more matched (use --limit)",
                   err=True)


@cli.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...")
@_db_option
@_model_option
@_workers_option
@_setting("--max-chars", "max_chars", click.IntRange(min=1))
@_setting("--batch-size", "batch_size", click.IntRange(min=1))
@_identities_option
def ingest_(inputs: tuple[str, ...], db_url: str, model: str, workers: int, max_chars: int,
            batch_size: int, identities_path: Path | None) -> None:
    """Annotate the articles in INPUTS and store them in the database.

    Safe to repeat and to interrupt: an article already stored (same URL or same text) is
    skipped, and each article is written in its own transaction. Afterwards people and
    stories are recomputed across the whole store. Exit status as for `annotate`.
    """
    options = _options(max_chars=max_chars, n_process=workers, batch_size=batch_size)
    store = _open_store(db_url, create=True)
    identities = _identities(store, identities_path)
    nlp = _load_model(model)
    run = IngestRun(sys.stderr.isatty())
    if workers == 1:  # the handler is not picklable into worker processes
        report_component_errors(nlp, run)
    with run:
        ingesting.ingest(store, inputs, nlp, run, options)
    click.echo(f"{run.summary}; {_relink(store, identities)}", err=True)
    click.get_current_context().exit(run.exit_code)


@cli.command()
@_db_option
@_model_option
@_workers_option
@click.option("--all", "everything", is_flag=True,
              help="Every article, not only those another pipeline version annotated.")
@_identities_option
def reannotate(db_url: str, model: str, workers: int, everything: bool,
               identities_path: Path | None) -> None:
    """Annotate stored articles again with the current pipeline.

    Quotes, interactions and people of each article are replaced in one transaction;
    user corrections are kept and apply wherever the same quote is found again.
    """
    store = _open_store(db_url)
    identities = _identities(store, identities_path)
    nlp = _load_model(model)
    run = IngestRun(sys.stderr.isatty(), "re-annotating")
    if workers == 1:
        report_component_errors(nlp, run)
    with run:
        ingesting.reannotate(store, nlp, run, _options(n_process=workers),
                             everything=everything)
    click.echo(f"re-annotated {run.articles} articles, {run.quotes} quotes; "
               f"{run.errors} errors; {_relink(store, identities)}", err=True)
    click.get_current_context().exit(run.exit_code)


@cli.command()
@_db_option
@_identities_option
def relink(db_url: str, identities_path: Path | None) -> None:
    """Recompute canonical people and stories (after editing the identities file)."""
    store = _open_store(db_url)
    click.echo(_relink(store, _identities(store, identities_path), full=True), err=True)


@cli.command()
@click.argument("quote_key", metavar="KEY")
@_db_option
@click.option("--speaker", help="The right speaker.")
@click.option("--act", type=click.Choice(ACTS), help="The right speech act.")
@click.option("--type", "type_", type=click.Choice(("direct", "indirect", "mixed")),
              help="The right quote type.")
@click.option("--addressee", help="The right addressee.")
@click.option("--delete/--restore", "deleted", default=None,
              help="Hide the quote from every read (not a quote), or show it again.")
@_identities_option
def correct(quote_key: str, db_url: str, speaker: str | None, act: str | None,
            type_: str | None, addressee: str | None, deleted: bool | None,
            identities_path: Path | None) -> None:
    """Correct one quote (KEY: the `key` column of `presswatch quotes`).

    Corrections are kept apart from the pipeline's output and survive re-annotation.
    """
    fields = {"speaker": speaker, "act": act, "type": type_, "addressee": addressee,
              "deleted": None if deleted is None else ("1" if deleted else "0")}
    fields = {k: v for k, v in fields.items() if v is not None}
    if not fields:
        raise click.UsageError("say what to correct: --speaker, --act, --type, --addressee, "
                               "--delete or --restore")
    store = _open_store(db_url)
    for field, value in fields.items():
        store.correct(quote_key, field, value)
    relinked = _relink(store, _identities(store, identities_path))
    click.echo(f"corrected {', '.join(fields)}; {relinked}", err=True)


@cli.command()
@_db_option
@click.option("--speaker", help="Part of any name or alias of the speaker (role-linked "
                                "quotes included), or of the speaker as written.")
@click.option("--since", metavar="DATE", help="From this date (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to this date, inclusive.")
@click.option("--act", type=click.Choice(ACTS), help="Speech act.")
@click.option("--outlet", help="Part of the outlet name.")
@click.option("--story", help="Story id, or part of its label.")
@click.option("--text", help="Full-text search in the quote and its speaker.")
@click.option("--second-hand/--no-second-hand", default=True, show_default=True,
              help="Include quotes reported inside another source's quote.")
@click.option("--first-hand", is_flag=True,
              help="Only quotes the article reports itself (same as --no-second-hand).")
@click.option("--second-hand-only", is_flag=True,
              help="Only quotes reported inside another source's quote.")
@click.option("--source", help="An agency or outlet the article credits (AFP, Reuters, "
                               "\"Le Monde\"), or that published it.")
@_list_format_option
@_limit_option
def quotes(db_url: str, speaker: str | None, since: str | None, until: str | None,
           act: str | None, outlet: str | None, story: str | None, text: str | None,
           second_hand: bool, first_hand: bool, second_hand_only: bool, source: str | None,
           fmt: str, limit: int) -> None:
    """Stored quotes, filtered; json and csv rows carry everything needed to cite them."""
    if second_hand_only and (first_hand or not second_hand):
        raise click.UsageError("--second-hand-only contradicts --first-hand/--no-second-hand")
    store = _open_store(db_url)
    rows = store.quotes(QuoteFilter(speaker=speaker, act=act, since=since, until=until,
                                    outlet=outlet, story=story, text=text,
                                    second_hand=second_hand and not first_hand,
                                    only_second_hand=second_hand_only, source=source),
                        limit=limit)
    _show(rows, fmt, QUOTE_CSV_COLUMNS if fmt == "csv" else QUOTE_COLUMNS)


@cli.command()
@_db_option
@click.option("--name", help="Only people with an alias containing this.")
@_list_format_option
@_limit_option
def people(db_url: str, name: str | None, fmt: str, limit: int) -> None:
    """Canonical people, most quoted first, with their main role and aliases."""
    rows = _open_store(db_url).people(name=name, limit=limit)
    _show(rows, fmt, ("name", "quotes", "statements", "articles", "role", "aliases", "id"))


@cli.command()
@click.argument("name")
@_db_option
@_list_format_option
def person(name: str, db_url: str, fmt: str) -> None:
    """One person: aliases, roles with dates, quotes by act, counterparts."""
    info = _open_store(db_url).person(name)
    if info is None:
        raise click.ClickException(f"no single person matches {name!r} "
                                   "(see `presswatch people --name ...`)")
    if fmt == "json":
        write_rows([info], "json", sys.stdout)
    else:
        _show(Rows(person_rows(info)), fmt, ("section", "value", "detail"))


@cli.command("stories")
@_db_option
@_list_format_option
@_limit_option
def stories_(db_url: str, fmt: str, limit: int) -> None:
    """Stories (articles about one event), latest first, with the outlets that ran them."""
    rows = _open_store(db_url).stories(limit=limit)
    _show(rows, fmt, ("id", "label", "first_date", "last_date", "articles", "outlet_names"))


@cli.command("story-fix")
@click.argument("article")
@click.option("--with", "with_article", metavar="ARTICLE",
              help="Put ARTICLE in this article's story (a merge).")
@click.option("--alone", is_flag=True, help="Take ARTICLE out of its story (a split).")
@_db_option
def story_fix(article: str, with_article: str | None, alone: bool, db_url: str) -> None:
    """Correct the story of one ARTICLE (its stored or input id); kept apart from what the
    rules derive, it survives re-annotation and every recompute."""
    if alone == (with_article is not None):
        raise click.UsageError("say --with ARTICLE or --alone")
    store = _open_store(db_url)
    try:
        store.correct_story(article, with_article)
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    click.echo(_relink(store, _identities(store, None)), err=True)


@cli.command()
@click.argument("name")
@_db_option
@_list_format_option
@_limit_option
def timeline(name: str, db_url: str, fmt: str, limit: int) -> None:
    """A person's interactions and quotes in date order (undated ones last)."""
    rows = _open_store(db_url).timeline(name, limit=limit)
    if rows is None:
        raise click.ClickException(f"no single person matches {name!r} "
                                   "(see `presswatch people --name ...`)")
    _show(rows, fmt, ("date", "kind", "what", "detail", "outlet", "url"))


@cli.command()
@click.argument("text")
@_db_option
@_list_format_option
@_limit_option
def search(text: str, db_url: str, fmt: str, limit: int) -> None:
    """Full-text search over quotes and articles ("..." for a phrase)."""
    rows = _open_store(db_url).search(text, limit=limit)
    _show(rows, fmt, ("kind", "date", "outlet", "speaker", "text", "key"))


@cli.command()
@_db_option
@click.option("--person", help="A participant (any name or alias).")
@click.option("--since", metavar="DATE", help="From this date (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to this date, inclusive.")
@click.option("--type", "type_", metavar="TYPE",
              help="meeting, talks, phone_call, press_conference, visit, summit.")
@click.option("--story", help="Story id, or part of its label.")
@_list_format_option
@_limit_option
def events(db_url: str, person: str | None, since: str | None, until: str | None,
           type_: str | None, story: str | None, fmt: str, limit: int) -> None:
    """Events: the interactions articles report, one row per real-world meeting, call or
    press conference however many outlets reported it, with canonical participants."""
    rows = _open_store(db_url).events(EventFilter(person=person, since=since, until=until,
                                                  type=type_, story=story), limit=limit)
    if rows is None:
        raise click.ClickException(f"no single person matches {person!r} "
                                   "(see `presswatch people --name ...`)")
    _show(rows, fmt, ("date", "label", "types", "participants", "articles", "outlet_names",
                      "id"))


@cli.command()
@click.argument("quote_key", metavar="KEY")
@_db_option
@_list_format_option
@_limit_option
def variants(quote_key: str, db_url: str, fmt: str, limit: int) -> None:
    """Other renderings of the statement quote KEY reports (the `key` column of
    `presswatch quotes`): the same speaker's words as other outlets gave them, with a
    similarity score (0-100)."""
    rows = _open_store(db_url).variants(quote_key, limit=limit)
    _show(rows, fmt, ("score", "how", "date", "outlet", "speaker", "text", "key"))


@cli.command()
@_db_option
@_list_format_option
@_limit_option
def sources(db_url: str, fmt: str, limit: int) -> None:
    """Agencies and outlets the stored articles credit, most crediting articles first."""
    rows = _open_store(db_url).sources(limit=limit)
    _show(rows, fmt, ("name", "kind", "articles", "outlets"))


@cli.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl",
              show_default=True, help="File format of every table.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False,
                                                                  path_type=Path),
              help="Folder to write <table>.<format> files into (created if missing).")
def export_(db_url: str, fmt: str, out_dir: Path) -> None:
    """Dump the store's tables; quote rows carry outlet, URL, date, sentence and offsets."""
    written = exporting.export(_open_store(db_url), out_dir, fmt)
    click.echo(f"wrote {sum(written.values())} rows in {len(written)} files to {out_dir}",
               err=True)


@cli.command("settings")
@_list_format_option
def settings_(fmt: str) -> None:
    """The tunables (name, default, what to know), as the CLI and the web app read them."""
    rows = [{"name": s.name, "default": s.default, "help": s.help}
            for s in settings.SETTINGS.values()]
    _show(Rows(rows), fmt, ("name", "default", "help"))


TOKEN_ENV = "PRESSWATCH_TOKEN"
"""Environment variable holding the bearer token that enables the web app's writes."""


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; the default is reachable from this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--get", "get_path", metavar="PATH",
              help="Print the response to one GET of PATH (no server started); exit 1 "
                   "unless it is 200.")
@_setting("--workers", "serve_workers", click.IntRange(1, 64), "workers")
@_setting("--threads", "serve_threads", click.IntRange(1, 1000), "threads")
@click.option("--access-log/--no-access-log", default=True, show_default=True,
              help="Log one line per request.")
def serve(db_url: str, host: str, port: int, get_path: str | None, workers: int,
          threads: int | None, access_log: bool) -> None:
    """Serve the web app and the HTTP API (/api/, docs at /docs) over the database.

    Read-only unless $PRESSWATCH_TOKEN is set: then POST /api/articles ingests an article
    sent with `Authorization: Bearer $PRESSWATCH_TOKEN`. --db also takes a plain SQLite path.
    """
    import os

    import uvicorn

    from presswatch.web import create_app
    from presswatch.web.db import database_url
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


def main() -> None:
    """Entry point of the ``presswatch`` script."""
    cli()
