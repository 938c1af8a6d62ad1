"""Annotation: articles in, records out, through one stream.

:func:`annotate_stream` is the one path from articles to records: ``presswatch annotate``,
``ingest`` and ``reannotate`` (and, through :func:`annotate_article`, the HTTP API and
:func:`extract_quotes`) all use it. It keeps each record next to the article it came from,
in input order, and turns an article the pipeline dropped (a component failed on it) into
an error line instead of a shifted pairing. How a batch runs (longest article accepted,
spaCy worker processes, batch size) is one :class:`Options` value, built and checked once
by the caller, the trafilatura ``Extractor`` habit.
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from itertools import islice
from typing import IO, Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.lifetime import end_with_parent
from presswatch.linking import stories
from presswatch.linking.provenance import find_provenance
from presswatch.linking.story_text import keywords, when_said
from presswatch.nlp.french import future_ends
from presswatch.pipeline import load, make_doc
from presswatch.reading import Article, ReadError, iter_articles, sanitize
from presswatch.settings import SETTINGS
from presswatch.textutil import doc_text, source_text

__all__ = ["DEFAULT_OPTIONS", "Options", "Report", "annotate_article", "annotate_articles",
           "annotate_stream", "extract_quotes", "read_articles", "record_from_doc",
           "report_component_errors", "with_stories"]

logger = logging.getLogger(__name__)

# Quote fields that are working state of the pipeline, not part of the output.
INTERNAL_QUOTE_FIELDS = ("speaker_ref", "rule")


@dataclass(frozen=True, slots=True)
class Options:
    """How a batch of articles is read and annotated; checked once, passed down whole.

    Args:
        max_chars: Longest article accepted; a longer one is a read error.
        n_process: spaCy worker processes (``nlp.pipe(n_process=...)``).
        batch_size: Articles per spaCy batch.
        partition_size: Articles per Dask task and per Parquet file.
    """

    max_chars: int = SETTINGS["max_chars"].default
    n_process: int = SETTINGS["n_process"].default
    batch_size: int = SETTINGS["batch_size"].default
    partition_size: int = SETTINGS["partition_size"].default

    def __post_init__(self) -> None:
        for name in ("max_chars", "n_process", "batch_size", "partition_size"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a positive integer, not {value!r}")


DEFAULT_OPTIONS = Options()


class Report(Protocol):
    """Where a stream reports an input it could not use (the CLI's error lines)."""

    def error(self, message: str) -> None: ...

    def warning(self, message: str) -> None: ...


def read_articles(inputs: Sequence[str], report: Report,
                  options: Options = DEFAULT_OPTIONS) -> Iterator[Article]:
    """The readable articles of ``inputs`` (files, folders, ``-``); each unreadable one is
    reported and skipped, so one bad file never stops a batch."""
    for item in iter_articles(list(inputs), max_chars=options.max_chars):
        if isinstance(item, ReadError):
            report.error(str(item))
            continue
        for note in item.notes:  # kept with a change the user should know about
            report.warning(f"{item.source}: {note}")
        yield item


def report_component_errors(nlp: Language, report: Report) -> None:
    """Make a component failing on one article an error line, not the end of the batch
    (spaCy's error handler; only in one process: the handler is not picklable into worker
    processes)."""

    def handler(name: str, component: Any, docs: list, exc: Exception) -> None:
        for doc in docs:
            meta = doc._.meta or {}
            where = meta.get("source") or meta.get("id") or "?"
            report.error(f"{where}: component {name} failed: {type(exc).__name__}: {exc}")

    for _name, pipe in nlp.pipeline:
        # Not nlp.set_error_handler: spaCy's Cython parser and NER fail on it (AttributeError).
        with contextlib.suppress(AttributeError):
            pipe.set_error_handler(handler)


def annotate_stream(articles: Iterable[Article], nlp: Language, report: Report,
                    options: Options = DEFAULT_OPTIONS) -> Iterator[tuple[Article, dict[str, Any]]]:
    """(article, record) pairs, lazily and in input order (memory stays flat).

    An article the pipeline dropped (its error handler skipped it) is reported as
    ``<source>: annotation failed, article skipped``; the records after it still meet
    their own articles.
    """
    pending: deque[Article] = deque()  # articles read but not yet out of the pipeline

    def feed() -> Iterator[Article]:
        for article in articles:
            pending.append(article)
            yield article

    for record in annotate_articles(feed(), nlp=nlp, n_process=options.n_process,
                                    batch_size=options.batch_size):
        article = pending.popleft()
        while article.id != record.get("id") and pending:
            report.error(f"{article.source}: annotation failed, article skipped")
            article = pending.popleft()
        yield article, record
    for article in pending:
        report.error(f"{article.source}: annotation failed, article skipped")


_default_nlp: Language | None = None


def _nlp(nlp: Language | None) -> Language:
    global _default_nlp
    if nlp is not None:
        return nlp
    if _default_nlp is None:
        _default_nlp = load()
    return _default_nlp


def extract_quotes(text: str, *, url: str | None = None, date: str | None = None,
                   nlp: Language | None = None) -> list[dict]:
    """Quotes of one French article, as plain dicts with offsets into `text`.

    Args:
        text: the article text; offsets in the result index exactly this string.
        url: where it came from, kept for provenance.
        date: its publication date (ISO), used to resolve `mardi`, `ce vendredi`.
        nlp: a pipeline from `presswatch.load()`; loaded once and cached when omitted.
    Returns:
        A list of quote dicts (empty for an empty article).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        logger.info("empty article: no quotes")
        return []
    article = Article(id="text", text=sanitize(text), url=url, date=date)
    return annotate_article(article, nlp=nlp)["quotes"]


def record_from_doc(doc: Doc, article: Article | None = None) -> dict:
    """The JSON record of one annotated article (the `annotate --format jsonl` line),
    with the sources it credits and its byline, as the store keeps them."""
    meta = doc._.meta or {}
    text = doc_text(doc)  # the pipeline's copy when this doc just left it
    quotes = [{k: v for k, v in q.items() if k not in INTERNAL_QUOTE_FIELDS}
              for q in doc._.quotes or []]
    record = {
        "id": meta.get("id"), "url": meta.get("url"), "date": meta.get("date"),
        "outlet": meta.get("outlet"), "title": meta.get("title"), "story": None,
        "quotes": quotes, "interactions": doc._.interactions or [],
        "people": doc._.people or [], "boilerplate": doc._.boilerplate or [],
    }
    skip = [(b["start"], b["end"]) for b in doc._.boilerplate or []]
    # its words, and what they say of its date (kept with them, as the store keeps them)
    record["keywords"] = {**keywords(text, skip),
                          **when_said(text, skip, future_ends(doc))}
    provenance = find_provenance(text)  # what the store keeps too (article_credits)
    record["credits"] = [asdict(c) for c in provenance.credits]
    record["byline"] = provenance.byline
    if meta.get("text_extracted"):
        record["text"] = source_text(doc)
    return record


def _meta(article: Article) -> dict:
    return {"id": article.id, "url": article.url, "date": article.date,
            "outlet": article.outlet, "title": article.title, "source": article.source,
            "text_extracted": article.source.endswith((".html", ".htm"))}


class _Raise:
    """A report for one article on its own: its failure is the caller's exception."""

    def error(self, message: str) -> None:
        raise RuntimeError(message)


def annotate_article(article: Article, *, nlp: Language | None = None) -> dict:
    """Annotate one article and return its record (through :func:`annotate_stream`)."""
    for _article, record in annotate_stream([article], _nlp(nlp), _Raise()):
        return record
    raise RuntimeError(f"{article.source}: annotation failed")  # pragma: no cover


def annotate_articles(articles: Iterable[Article], *, nlp: Language | None = None,
                      n_process: int = 1, batch_size: int = 16) -> Iterator[dict]:
    """Records of a stream of articles, lazily and in order (memory stays flat); an article
    a component failed on is missing when an error handler skipped it (use
    :func:`annotate_stream` to have it reported)."""
    nlp = _nlp(nlp)
    if n_process > 1:
        end_with_parent()  # a killed ingest leaves no worker behind
        if "fork" in multiprocessing.get_all_start_methods() and sys.platform == "linux":
            yield from _records_in_processes(articles, nlp, n_process, batch_size)
            return
    docs = (make_doc(nlp, a.text, _meta(a)) for a in articles)
    for doc in nlp.pipe(docs, n_process=n_process, batch_size=batch_size):
        yield record_from_doc(doc)


_forked_nlp: Language | None = None
"""The pipeline of `_records_in_processes`' workers, set just before they fork: each
inherits the loaded model, as spaCy's own `n_process` workers do."""
IN_FLIGHT_PER_PROCESS = 2
"""Batches handed out ahead per worker: each has the next one waiting, and the articles
read ahead and the records not yet taken stay few (memory stays flat)."""


def _annotate_batch(articles: list[Article], batch_size: int) -> list[dict]:
    """In a worker: the records of one batch, built there from the article to the record."""
    nlp = _forked_nlp
    assert nlp is not None  # (set before the fork)
    docs = (make_doc(nlp, a.text, _meta(a)) for a in articles)
    return [record_from_doc(doc) for doc in nlp.pipe(docs, batch_size=batch_size)]


def _records_in_processes(articles: Iterable[Article], nlp: Language, n_process: int,
                          batch_size: int) -> Iterator[dict]:
    """:func:`annotate_articles` on ``n_process`` forked workers, in input order.

    spaCy's ``nlp.pipe(n_process=...)`` leaves the parent a third of the work on two
    workers: it tokenizes every article, serialises each Doc to its workers and each
    annotated Doc back (msgpack, whose every call also looks up srsly's registered encoders:
    about a millisecond), then builds each record. Here a worker takes a batch of articles
    and sends back records (plain data, pickled): the parent only hands out articles."""
    global _forked_nlp
    _forked_nlp = nlp
    pool = multiprocessing.get_context("fork").Pool(n_process)
    try:
        pending: deque[Any] = deque()
        it = iter(articles)
        while batch := list(islice(it, batch_size)):
            pending.append(pool.apply_async(_annotate_batch, (batch, batch_size)))
            if len(pending) >= IN_FLIGHT_PER_PROCESS * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()
        _forked_nlp = None


def with_stories(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Read all of ``records`` now; return them again, each with its ``story`` set.

    Stories need the whole run, so this consumes ``records`` before returning (a progress
    bar around the call sees the annotation). Records wait in a temporary file while only
    their compact story features stay in memory, so a long run's memory stays flat
    (``annotate --no-stories`` streams instead).
    """
    fh = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115
    features: list[stories.StoryFeatures] = []
    for record in records:
        features.append(stories.features(record))
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return _read_back(fh, stories.group(features))


def _read_back(fh: IO[str], story_of: dict[str, str]) -> Iterator[dict[str, Any]]:
    with fh:
        fh.seek(0)
        for line in fh:
            record = json.loads(line)
            record["story"] = story_of.get(str(record.get("id")))
            yield record
