"""Options and helpers the ``presswatch`` commands share.

Each option is defined once here and applied by decorator in :mod:`presswatch.cli` and
:mod:`presswatch.commands.queries`, so ``--db`` or ``--format`` read the same everywhere.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from presswatch import settings
from presswatch.formats.listing import LIST_FORMATS, write_rows
from presswatch.formats.records import PIPE_WIDTH
from presswatch.settings import DEFAULT_IDENTITIES_NAME
from presswatch.store.urls import DEFAULT_URL
from presswatch.textutil import counted

if TYPE_CHECKING:  # SQLAlchemy is imported when a command opens the store
    from presswatch.linking import Identity
    from presswatch.store import Rows, Store

__all__ = [
    "db_option",
    "identities_for",
    "identities_option",
    "limit_option",
    "list_format_option",
    "open_store",
    "relink_summary",
    "resolve_quote_key",
    "setting",
    "show",
    "since_option",
    "until_option",
]


def setting(flag: str, name: str, type_: click.ParamType, dest: str | None = None) -> Any:
    """A click option (parameter ``dest``, by default the setting's name) whose default and
    help come from the settings table (:mod:`presswatch.settings`), which the web app
    reads too."""
    return click.option(flag, dest or name, type=type_, default=settings.default(name),
                        show_default=settings.default(name) is not None,
                        help=settings.help_text(name))


db_option = click.option(
    "--db", "db_url", default=DEFAULT_URL, show_default=True, envvar="PRESSWATCH_DB",
    metavar="PATH|URL", help="The store: a SQLite file (mystore.db) or a SQLAlchemy URL "
                             "(sqlite:///mystore.db, postgresql://...); also read from "
                             "$PRESSWATCH_DB.")
list_format_option = click.option(
    "--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True,
    help="table (readable), json (a JSON list of objects) or csv.")
limit_option = setting("--limit", "limit", click.IntRange(1, settings.default("max_limit")))
identities_option = click.option(
    "--identities", "identities_path", type=click.Path(dir_okay=False, path_type=Path),
    help=f"YAML file that pins, merges and splits people  [default: {DEFAULT_IDENTITIES_NAME}"
         " next to the database, when present].")


def _checked_date(_ctx: click.Context, param: click.Parameter, value: str | None
                  ) -> str | None:
    """A --since/--until date as the store compares it; a date that does not exist is an
    error (exit status 1), never a filter that silently matches nothing."""
    if value is None:  # click calls back for absent options too: no import for them
        return None
    from presswatch.reading.checks import check_date
    from presswatch.reading.model import InputError

    try:
        return check_date(value)
    except InputError as err:
        raise click.ClickException(f"{param.opts[0]}: {err}") from None


since_option = click.option("--since", metavar="DATE", callback=_checked_date,
                            help="From this date (YYYY, YYYY-MM, YYYY-MM-DD).")
until_option = click.option("--until", metavar="DATE", callback=_checked_date,
                            help="Up to this date, inclusive.")


def resolve_quote_key(store: Store, given: str) -> str:
    """The stored quote ``given`` names: its full key, or a unique abbreviation of it (a
    prefix, or the short ``article:start-end`` form tables show). Unknown or ambiguous is
    an error (exit status 1): a correction of no quote must not look like a success."""
    found = store.quote_keys_like(given)
    if len(found) == 1:
        return found[0]
    if not found:
        raise click.ClickException(f"no quote has the key {given!r} (see the key column of "
                                   "`presswatch quotes`)")
    raise click.ClickException(f"the key {given!r} fits several quotes ({', '.join(found)}, "
                               "…): give more of it")


def open_store(url: str, *, create: bool = False) -> Store:
    """The store at ``url``; a missing or unusable database is one readable sentence."""
    from presswatch.store import Store, StoreError

    try:
        return Store(url, create=create)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


def identities_for(store: Store, path: Path | None) -> list[Identity]:
    """The identities file given, else the default one next to the database if present."""
    from presswatch.linking.identities import load_identities

    if path is None:
        path = (store.path.parent if store.path else Path.cwd()) / DEFAULT_IDENTITIES_NAME
        if not path.exists():
            return []
    try:
        return load_identities(path)
    except ValueError as err:
        raise click.ClickException(str(err)) from None


def relink_summary(store: Store, people: list[Identity], *, full: bool = False) -> str:
    """Bring people and stories up to date (``full``: rebuild them from scratch); say how
    many there are."""
    summary = store.recompute(people, full=full)
    return (f"{counted(summary.people, 'person', 'people')}, "
            f"{counted(summary.stories, 'story', 'stories')}")


def show(rows: Rows, fmt: str, columns: tuple[str, ...]) -> None:
    """Print a store read on standard output; say on stderr when more rows matched."""
    out = sys.stdout
    width = None if out.isatty() else PIPE_WIDTH
    if not rows.rows:
        click.echo("nothing matched", err=True)
        if fmt == "table":  # no empty frame: the line above says it
            return
    write_rows(rows.rows, fmt, out, columns=None if fmt == "json" else columns, width=width)
    if rows.truncated:
        click.echo(f"showing the first {counted(len(rows.rows), 'row')}; more matched "
                   "(use --limit)", err=True)
