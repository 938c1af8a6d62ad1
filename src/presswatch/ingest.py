"""Ingest: read articles, annotate what is not stored yet, store each in its own transaction.

Safe to interrupt and to repeat. An article already in the store (same normalised text or
same URL) is skipped before the pipeline sees it, so a re-run after a crash spends no time
on what was stored; the article being written when the process died was rolled back by
the database and is simply done again. Memory stays flat: articles stream through
:func:`presswatch.annotate.annotate_stream` and only ids and hashes of the current run are
kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.language import Language

import presswatch
from presswatch.annotate import DEFAULT_OPTIONS, Options, annotate_stream, read_articles
from presswatch.reading import Article
from presswatch.store import Store
from presswatch.store.rows import text_hash

__all__ = ["Counting", "IngestCounts", "Reporter", "ingest", "new_articles", "pipeline_version",
           "reannotate", "store_annotated"]


class Reporter(Protocol):
    """Where ingest reports progress (the CLI's progress bar and error lines)."""

    def error(self, message: str) -> None: ...

    def warning(self, message: str) -> None: ...

    def done(self, record: dict[str, Any]) -> None: ...

    def skipped(self, article: Article, completed: tuple[str, ...] = ()) -> None:
        """``article`` is stored already; ``completed`` names the metadata fields this
        copy filled in (url, outlet, date, title)."""


@dataclass(slots=True)
class IngestCounts:
    """What one ingest run did."""

    stored: int = 0
    skipped: int = 0  # in the store already (or twice in this run)
    completed: int = 0  # of those, stored copies this run filled metadata in
    quotes: int = 0
    errors: int = 0


def pipeline_version(nlp: Language) -> str:
    """What made an annotation: presswatch's version and the spaCy model's."""
    meta = nlp.meta or {}
    return (f"presswatch {presswatch.__version__}; "
            f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}")


class Counting:
    """Wraps a Reporter to keep the counts."""

    def __init__(self, report: Reporter) -> None:
        self.report = report
        self.counts = IngestCounts()

    def error(self, message: str) -> None:
        self.counts.errors += 1
        self.report.error(message)

    def skipped(self, article: Article, completed: tuple[str, ...] = ()) -> None:
        self.counts.skipped += 1
        self.counts.completed += bool(completed)
        self.report.skipped(article, completed)

    def warning(self, message: str) -> None:
        self.report.warning(message)

    def stored(self, record: dict[str, Any]) -> None:
        """Count one stored article (its record, or its id and quotes) and report it."""
        self.counts.stored += 1
        self.counts.quotes += len(record.get("quotes") or [])
        self.report.done(record)


def ingest(store: Store, inputs: Sequence[str], nlp: Language, report: Reporter,
           options: Options = DEFAULT_OPTIONS) -> IngestCounts:
    """Annotate and store every new article of ``inputs``; one transaction per article.

    Args:
        store: Where articles go.
        inputs: Files, folders, ``-`` (as :func:`presswatch.iter_articles` takes them).
        nlp: The pipeline (from :func:`presswatch.load`).
        report: Told of each error, stored article and skipped article.
        options: Longest article, spaCy processes and batch size.
    Returns:
        Counts of stored, skipped and failed articles.
    """
    run = Counting(report)
    repeats: list[Article] = []
    pairs = annotate_stream(new_articles(store, inputs, run, options, repeats), nlp, run,
                            options)
    store_annotated(store, pairs, run, pipeline_version(nlp))
    complete_repeats(store, repeats, run)
    return run.counts


def new_articles(store: Store, inputs: Sequence[str], run: Counting,
                 options: Options = DEFAULT_OPTIONS,
                 repeats: list[Article] | None = None) -> Iterator[Article]:
    """The readable articles of ``inputs`` not stored yet (by normalised text or URL) and
    not met earlier in this run; the others are counted as skipped before any annotation.
    A stored copy is completed with what this one adds (url, outlet, date, title); a
    repeat within the run is put in ``repeats``, to complete its first copy once stored."""
    seen: set[str] = set()
    for item in read_articles(inputs, run, options):
        keys = {text_hash(item.text)} | ({"url:" + item.url} if item.url else set())
        if keys & seen:
            if repeats is None:
                run.skipped(item)
            else:
                repeats.append(item)
        elif store.has_article(item.text, item.url):
            run.skipped(item, store.complete_article(item))
        else:
            seen.update(keys)
            yield item


def store_annotated(store: Store, pairs: Iterable[tuple[Article, dict[str, Any]]],
                    run: Counting, version: str) -> None:
    """The one writer: each annotated article in its own transaction (one found stored
    meanwhile is skipped, never written twice)."""
    for article, record in pairs:
        if store.add_article(article, record, pipeline_version=version) is None:
            run.skipped(article)
            continue
        run.stored(record)


def complete_repeats(store: Store, repeats: Iterable[Article], run: Counting) -> None:
    """Articles met twice in one run: the stored first copy takes what the later adds."""
    for item in repeats:
        run.skipped(item, store.complete_article(item))


def reannotate(store: Store, nlp: Language, report: Reporter, options: Options = DEFAULT_OPTIONS,
               *, everything: bool = False) -> IngestCounts:
    """Annotate stored articles again with ``nlp`` (those another pipeline version made,
    or all with ``everything``), replacing their annotations one article at a time.
    User corrections are kept: they are keyed by quote position, not by annotation rows."""
    run = Counting(report)
    version = pipeline_version(nlp)
    articles = store.stored_articles(outdated_for=None if everything else version)
    for article, record in annotate_stream(articles, nlp, run, options):
        store.replace_annotations(article.id, record, pipeline_version=version)
        run.stored(record)
    return run.counts
