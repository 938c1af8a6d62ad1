"""The spaCy pipeline behind ``POST /api/annotate``, ``POST /api/articles`` and ``/analyze``.

Loading ``fr_core_news_md`` takes seconds and hundreds of megabytes, so it happens on the
first request that needs it, once; a server that only reads never loads it. A spaCy
``Language`` is not safe to call from several threads at once, and the endpoints run in a
thread pool, so calls are serialised by a lock.
"""

from __future__ import annotations

import os
import threading
from typing import Any, Protocol

from spacy.language import Language

from presswatch.reading import Article

__all__ = ["MODEL_ENV", "Annotate", "Annotator"]

MODEL_ENV = "PRESSWATCH_MODEL"
"""Environment variable naming the spaCy model (default: presswatch's default model)."""


class Annotate(Protocol):
    """What the app needs from an annotator (tests pass a fake with the same shape)."""

    @property
    def version(self) -> str:
        """What made the annotations, stored with each ingested article."""
        ...

    def __call__(self, article: Article) -> dict[str, Any]:
        """The record of one article, as ``presswatch annotate --format jsonl`` gives it."""
        ...


class Annotator:
    """The real annotator: presswatch's pipeline on a spaCy model, loaded lazily once."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model or os.environ.get(MODEL_ENV) or None
        self._nlp: Language | None = None
        self._lock = threading.Lock()

    def _load(self) -> Language:
        if self._nlp is None:
            import presswatch

            self._nlp = presswatch.load(self.model) if self.model else presswatch.load()
        return self._nlp

    @property
    def version(self) -> str:
        from presswatch.ingest import pipeline_version

        with self._lock:
            return pipeline_version(self._load())

    def __call__(self, article: Article) -> dict[str, Any]:
        from presswatch.annotate import annotate_article

        with self._lock:
            return annotate_article(article, nlp=self._load())
