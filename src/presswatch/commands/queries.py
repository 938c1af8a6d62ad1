"""The store's read commands: quotes, people, person, stories, timeline, search, events,
variants, sources, export and settings (registered on the group in :mod:`presswatch.cli`).

No SQL here: every read is a named method of :class:`presswatch.store.Store`; standard
output carries only data, notes go to standard error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from presswatch import settings
from presswatch.commands.options import (
    db_option,
    limit_option,
    list_format_option,
    open_store,
    resolve_quote_key,
    show,
    since_option,
    until_option,
)
from presswatch.formats import export as exporting
from presswatch.formats.citation import with_citations, with_hit_citations
from presswatch.formats.csvfile import QUOTE_CSV_COLUMNS
from presswatch.formats.export import EXPORT_FORMATS
from presswatch.formats.listing import person_rows, write_rows
from presswatch.lexicon import ACTS
from presswatch.store import Rows
from presswatch.textutil import counted

QUOTE_COLUMNS = ("date", "outlet", "speaker", "people", "act", "text", "key")
SEARCH_COLUMNS = ("kind", "date", "outlet", "speaker", "text", "key")
SEARCH_CSV_COLUMNS = ("kind", "key", "article_id", "date", "outlet", "url", "type", "speaker",
                      "people", "act", "text", "sources", "citation")
"""A search hit's columns in a table, and in CSV (everything a row carries)."""


def _no_single_person(name: str | None) -> click.ClickException:
    """The one-line error of a command asked about a person the store cannot name: no
    alias matches, or several people share it; `people --name` lists the candidates."""
    return click.ClickException(f"no single person matches {name!r} "
                                "(see `presswatch people --name ...`)")


@click.command()
@db_option
@click.option("--speaker", help="Part of any name or alias of the speaker (role-linked "
                                "quotes included), or of the speaker as written.")
@since_option
@until_option
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
@list_format_option
@limit_option
def quotes(db_url: str, speaker: str | None, since: str | None, until: str | None,
           act: str | None, outlet: str | None, story: str | None, text: str | None,
           second_hand: bool, first_hand: bool, second_hand_only: bool, source: str | None,
           fmt: str, limit: int) -> None:
    """Stored quotes, filtered; json and csv rows carry everything needed to cite them."""
    if second_hand_only and (first_hand or not second_hand):
        raise click.UsageError("--second-hand-only contradicts --first-hand/--no-second-hand")
    from presswatch.store import QuoteFilter

    store = open_store(db_url)
    rows = store.quotes(QuoteFilter(speaker=speaker, act=act, since=since, until=until,
                                    outlet=outlet, story=story, text=text,
                                    second_hand=second_hand and not first_hand,
                                    only_second_hand=second_hand_only, source=source),
                        limit=limit)
    rows = Rows(list(with_citations(rows.rows)), rows.truncated)
    show(rows, fmt, QUOTE_CSV_COLUMNS if fmt == "csv" else QUOTE_COLUMNS)


@click.command()
@db_option
@click.option("--name", help="Only people with an alias containing this.")
@list_format_option
@limit_option
def people(db_url: str, name: str | None, fmt: str, limit: int) -> None:
    """Canonical people, most quoted first, with their main role and aliases."""
    rows = open_store(db_url).people(name=name, limit=limit)
    show(rows, fmt, ("name", "quotes", "statements", "articles", "role", "aliases", "id"))


@click.command()
@click.argument("name")
@db_option
@list_format_option
def person(name: str, db_url: str, fmt: str) -> None:
    """One person: aliases, roles with dates, quotes by act, counterparts."""
    info = open_store(db_url).person(name)
    if info is None:
        raise _no_single_person(name)
    if fmt == "json":
        write_rows([info], "json", sys.stdout)
    else:
        show(Rows(person_rows(info)), fmt, ("section", "value", "detail"))


@click.command("stories")
@db_option
@list_format_option
@limit_option
def stories_(db_url: str, fmt: str, limit: int) -> None:
    """Stories (articles about one event), latest first, with the outlets that ran them."""
    rows = open_store(db_url).stories(limit=limit)
    show(rows, fmt, ("id", "label", "first_date", "last_date", "articles", "outlet_names"))


@click.command()
@click.argument("name")
@db_option
@list_format_option
@limit_option
def timeline(name: str, db_url: str, fmt: str, limit: int) -> None:
    """A person's interactions and quotes in date order (undated ones last)."""
    rows = open_store(db_url).timeline(name, limit=limit)
    if rows is None:
        raise _no_single_person(name)
    show(rows, fmt, ("date", "kind", "what", "detail", "outlet", "url"))


@click.command()
@click.argument("text")
@db_option
@list_format_option
@limit_option
def search(text: str, db_url: str, fmt: str, limit: int) -> None:
    """Full-text search over quotes and articles ("..." for a phrase); json and csv rows
    carry a quote's citation, as `presswatch quotes` gives it."""
    rows = open_store(db_url).search(text, limit=limit)
    rows = Rows(list(with_hit_citations(rows.rows)), rows.truncated)
    show(rows, fmt, SEARCH_CSV_COLUMNS if fmt == "csv" else SEARCH_COLUMNS)


@click.command()
@db_option
@click.option("--person", help="A participant (any name or alias).")
@since_option
@until_option
@click.option("--type", "type_", metavar="TYPE",
              help="meeting, talks, phone_call, press_conference, visit, summit.")
@click.option("--story", help="Story id, or part of its label.")
@list_format_option
@limit_option
def events(db_url: str, person: str | None, since: str | None, until: str | None,
           type_: str | None, story: str | None, fmt: str, limit: int) -> None:
    """Events: the interactions articles report, one row per real-world meeting, call or
    press conference however many outlets reported it, with canonical participants."""
    from presswatch.store import EventFilter

    rows = open_store(db_url).events(EventFilter(person=person, since=since, until=until,
                                                  type=type_, story=story), limit=limit)
    if rows is None:
        raise _no_single_person(person)
    show(rows, fmt, ("date", "label", "types", "participants", "articles", "outlet_names",
                      "id"))


@click.command()
@click.argument("quote_key", metavar="KEY")
@db_option
@list_format_option
@limit_option
def variants(quote_key: str, db_url: str, fmt: str, limit: int) -> None:
    """Other renderings of the statement quote KEY reports (the `key` column of
    `presswatch quotes`): the same speaker's words as other outlets gave them, with a
    similarity score (0-100)."""
    store = open_store(db_url)
    rows = store.variants(resolve_quote_key(store, quote_key), limit=limit)
    show(rows, fmt, ("score", "how", "date", "outlet", "speaker", "text", "key"))


@click.command()
@db_option
@list_format_option
@limit_option
def sources(db_url: str, fmt: str, limit: int) -> None:
    """Agencies and outlets the stored articles credit, most crediting articles first."""
    rows = open_store(db_url).sources(limit=limit)
    show(rows, fmt, ("name", "kind", "articles", "outlets"))


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl",
              show_default=True, help="File format of every table.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False,
                                                                  path_type=Path),
              help="Folder to write <table>.<format> files into (created if missing).")
def export_(db_url: str, fmt: str, out_dir: Path) -> None:
    """Dump the store's tables; quote rows carry outlet, URL, date, sentence and offsets."""
    try:
        written = exporting.export(open_store(db_url), out_dir, fmt)
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"wrote {counted(sum(written.values()), 'row')} in "
               f"{counted(len(written), 'file')} to {out_dir}", err=True)


@click.command("settings")
@list_format_option
def settings_(fmt: str) -> None:
    """The tunables (name, default, what to know), as the CLI and the web app read them."""
    rows = [{"name": s.name, "default": s.default, "help": s.help}
            for s in settings.SETTINGS.values()]
    show(Rows(rows), fmt, ("name", "default", "help"))


COMMANDS = (quotes, people, person, stories_, timeline, search, events, variants, sources,
            export_, settings_)
