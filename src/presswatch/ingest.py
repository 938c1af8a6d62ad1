"""Ingest: read articles, annotate what is not stored yet, store each in its own transaction.

Safe to interrupt and to repeat. An article already in the store (same normalised text or
same URL) is skipped before the pipeline sees it, so a re-run after a crash spends no time
on what was stored; the article being written when the process died was rolled back by
the database and is simply done again. Memory stays flat: articles stream through
:func:`presswatch.annotate.annotate_stream` and only ids and hashes of the current run are
kept.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.language import Language

import presswatch
from presswatch.annotate import DEFAULT_OPTIONS, Options, annotate_stream, read_articles
from presswatch.reading import Article
from presswatch.store import Store
from presswatch.store.rows import text_hash

__all__ = ["IngestCounts", "Reporter", "ingest", "pipeline_version", "reannotate"]


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


class _Counting:
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
    run = _Counting(report)
    version = pipeline_version(nlp)
    seen: set[str] = set()
    repeats: list[Article] = []  # twice in this run: completed once the first is stored

    def new_articles() -> Iterator[Article]:
        for item in read_articles(inputs, run, options):
            keys = {text_hash(item.text)} | ({"url:" + item.url} if item.url else set())
            if keys & seen:
                repeats.append(item)
            elif store.has_article(item.text, item.url):
                run.skipped(item, store.complete_article(item))
            else:
                seen.update(keys)
                yield item

    for article, record in annotate_stream(new_articles(), nlp, run, options):
        if store.add_article(article, record, pipeline_version=version) is None:
            run.skipped(article)
            continue
        run.counts.stored += 1
        run.counts.quotes += len(record.get("quotes") or [])
        report.done(record)
    for item in repeats:
        run.skipped(item, store.complete_article(item))
    return run.counts


def reannotate(store: Store, nlp: Language, report: Reporter, options: Options = DEFAULT_OPTIONS,
               *, everything: bool = False) -> IngestCounts:
    """Annotate stored articles again with ``nlp`` (those another pipeline version made,
    or all with ``everything``), replacing their annotations one article at a time.
    User corrections are kept: they are keyed by quote position, not by annotation rows."""
    run = _Counting(report)
    version = pipeline_version(nlp)
    articles = store.stored_articles(outdated_for=None if everything else version)
    for article, record in annotate_stream(articles, nlp, run, options):
        store.replace_annotations(article.id, record, pipeline_version=version)
        run.counts.stored += 1
        run.counts.quotes += len(record.get("quotes") or [])
        report.done(record)
    return run.counts
