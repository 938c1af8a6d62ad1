"""Ingest: read articles, annotate what is not stored yet, store each in its own transaction.

Safe to interrupt and to repeat. An article already in the store (same normalised text or
same URL) is skipped before the pipeline sees it, so a re-run after a crash spends no time
on what was stored; the article being written when the process died was rolled back by
the database and is simply done again. Memory stays flat: articles stream through
``annotate_articles`` and only ids and hashes of the current run are kept.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.language import Language

import presswatch
from presswatch.api import annotate_articles
from presswatch.reading import DEFAULT_MAX_CHARS, Article, ReadError, iter_articles
from presswatch.store import Store
from presswatch.store.rows import text_hash

__all__ = ["IngestCounts", "Reporter", "ingest", "pipeline_version", "reannotate"]


class Reporter(Protocol):
    """Where ingest reports progress (the CLI's progress bar and error lines)."""

    def error(self, message: str) -> None: ...

    def warning(self, message: str) -> None: ...

    def done(self, record: dict[str, Any]) -> None: ...

    def skipped(self, article: Article) -> None: ...


@dataclass(slots=True)
class IngestCounts:
    """What one ingest run did."""

    stored: int = 0
    skipped: int = 0  # in the store already (or twice in this run)
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

    def skipped(self, article: Article) -> None:
        self.counts.skipped += 1
        self.report.skipped(article)


def _annotated(articles: Iterable[Article], nlp: Language, run: _Counting, *,
               n_process: int, batch_size: int) -> Iterator[tuple[Article, dict[str, Any]]]:
    """(article, record) pairs in input order; an article the pipeline dropped (a component
    failed on it) is reported as an error."""
    pending: deque[Article] = deque()

    def feed() -> Iterator[Article]:
        for article in articles:
            pending.append(article)
            yield article

    for record in annotate_articles(feed(), nlp=nlp, n_process=n_process,
                                    batch_size=batch_size):
        article = pending.popleft()
        while article.id != record.get("id") and pending:
            run.error(f"{article.source}: annotation failed, article skipped")
            article = pending.popleft()
        yield article, record
    for article in pending:
        run.error(f"{article.source}: annotation failed, article skipped")


def ingest(store: Store, inputs: Iterable[str], nlp: Language, report: Reporter, *,
           max_chars: int = DEFAULT_MAX_CHARS, n_process: int = 1,
           batch_size: int = 16) -> IngestCounts:
    """Annotate and store every new article of ``inputs``; one transaction per article.

    Args:
        store: Where articles go.
        inputs: Files, folders, ``-`` (as :func:`presswatch.iter_articles` takes them).
        nlp: The pipeline (from :func:`presswatch.load`).
        report: Told of each error, stored article and skipped article.
        max_chars: Longest article accepted.
        n_process: spaCy worker processes.
        batch_size: Articles per spaCy batch.
    Returns:
        Counts of stored, skipped and failed articles.
    """
    run = _Counting(report)
    version = pipeline_version(nlp)
    seen: set[str] = set()

    def new_articles() -> Iterator[Article]:
        for item in iter_articles(list(inputs), max_chars=max_chars):
            if isinstance(item, ReadError):
                run.error(str(item))
                continue
            for note in item.notes:
                report.warning(f"{item.source}: {note}")
            keys = {text_hash(item.text)} | ({"url:" + item.url} if item.url else set())
            if keys & seen or store.has_article(item.text, item.url):
                run.skipped(item)
                continue
            seen.update(keys)
            yield item

    for article, record in _annotated(new_articles(), nlp, run, n_process=n_process,
                                      batch_size=batch_size):
        if store.add_article(article, record, pipeline_version=version) is None:
            run.skipped(article)
            continue
        run.counts.stored += 1
        run.counts.quotes += len(record.get("quotes") or [])
        report.done(record)
    return run.counts


def reannotate(store: Store, nlp: Language, report: Reporter, *, everything: bool = False,
               n_process: int = 1, batch_size: int = 16) -> IngestCounts:
    """Annotate stored articles again with ``nlp`` (those another pipeline version made,
    or all with ``everything``), replacing their annotations one article at a time.
    User corrections are kept: they are keyed by quote position, not by annotation rows."""
    run = _Counting(report)
    version = pipeline_version(nlp)
    articles = store.stored_articles(outdated_for=None if everything else version)
    for article, record in _annotated(articles, nlp, run, n_process=n_process,
                                      batch_size=batch_size):
        store.replace_annotations(article.id, record, pipeline_version=version)
        run.counts.stored += 1
        run.counts.quotes += len(record.get("quotes") or [])
        report.done(record)
    return run.counts
