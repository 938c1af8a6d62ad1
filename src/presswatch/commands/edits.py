"""The commands that correct the store: ``correct`` (one quote), ``story-fix`` (one
article's story) and ``interaction-fix`` (one interaction). Corrections are kept apart from
the pipeline's output, so they survive re-annotation and every recompute.
"""

from __future__ import annotations

from pathlib import Path

import click

from presswatch.commands.options import (
    db_option,
    identities_for,
    identities_option,
    open_store,
    relink_summary,
    resolve_quote_key,
)
from presswatch.lexicon import ACTS
from presswatch.textutil import MAX_OFFSET


@click.command()
@click.argument("quote_key", metavar="KEY")
@db_option
@click.option("--speaker", help="The right speaker.")
@click.option("--act", type=click.Choice(ACTS), help="The right speech act.")
@click.option("--type", "type_", type=click.Choice(("direct", "indirect", "mixed")),
              help="The right quote type.")
@click.option("--addressee", help="The right addressee.")
@click.option("--delete/--restore", "deleted", default=None,
              help="Hide the quote from every read (not a quote), or show it again.")
@identities_option
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
    store = open_store(db_url)
    quote_key = resolve_quote_key(store, quote_key)
    for field, value in fields.items():
        store.correct(quote_key, field, value)
    relinked = relink_summary(store, identities_for(store, identities_path))
    click.echo(f"corrected {', '.join(fields)} of {quote_key}; {relinked}", err=True)


@click.command("story-fix")
@click.argument("article")
@click.option("--with", "with_article", metavar="ARTICLE",
              help="Put ARTICLE in this article's story (a merge).")
@click.option("--alone", is_flag=True, help="Take ARTICLE out of its story (a split).")
@db_option
def story_fix(article: str, with_article: str | None, alone: bool, db_url: str) -> None:
    """Correct the story of one ARTICLE (its stored or input id); kept apart from what the
    rules derive, it survives re-annotation and every recompute."""
    if alone == (with_article is not None):
        raise click.UsageError("say --with ARTICLE or --alone")
    store = open_store(db_url)
    try:
        store.correct_story(article, with_article)
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    click.echo(relink_summary(store, identities_for(store, None)), err=True)


@click.command("interaction-fix")
@click.argument("article")
@click.argument("trigger_start", type=click.IntRange(min=0, max=MAX_OFFSET), metavar="START")
@click.option("--type", "type_", help="The right interaction type (meeting, phone_call, "
              "press_conference, talks, visit, summit).")
@click.option("--party", "parties", multiple=True, metavar="NAME",
              help="A participant, as the article should name them (repeat for each).")
@click.option("--delete", "deleted", is_flag=True, help="It reports no interaction.")
@db_option
def interaction_fix(article: str, trigger_start: int, type_: str | None,
                    parties: tuple[str, ...], deleted: bool, db_url: str) -> None:
    """Correct one interaction of ARTICLE (its stored or input id): START is where its
    trigger word starts (`trigger_start` in `annotate --format json` and in the API's
    `/api/interactions`). Kept apart from the pipeline's output, it survives
    re-annotation."""
    fields: dict[str, str | list[str]] = {}
    if type_:
        fields["type"] = type_
    if parties:
        fields["participants"] = list(parties)
    if deleted:
        fields["deleted"] = "1"
    if not fields:
        raise click.UsageError("say what to correct: --type, --party or --delete")
    store = open_store(db_url)
    try:
        for field, value in fields.items():
            store.correct_interaction(article, trigger_start, field, value)
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    relinked = relink_summary(store, identities_for(store, None))
    click.echo(f"corrected {', '.join(fields)} of the interaction at {trigger_start} in "
               f"{article}; {relinked}", err=True)


COMMANDS = (correct, story_fix, interaction_fix)
