"""presswatch: who said what, to whom, when and where, in French news articles.

    >>> import presswatch
    >>> nlp = presswatch.load()
    >>> doc = nlp("« Nous ne céderons pas », a déclaré la ministre.")
    >>> doc._.quotes[0]["type"]
    'direct'
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from presswatch import deprecated

if TYPE_CHECKING:
    from presswatch.annotate import annotate_article, extract_quotes
    from presswatch.pipeline import DEFAULT_MODEL, load, make_doc
    from presswatch.reading import Article, ReadError, iter_articles

__version__ = "0.1.0"
__all__ = ["DEFAULT_MODEL", "Article", "ReadError", "annotate_article", "extract_quotes",
           "iter_articles", "load", "make_doc"]

_HOMES = {"annotate_article": "presswatch.annotate", "extract_quotes": "presswatch.annotate",
          "DEFAULT_MODEL": "presswatch.pipeline", "load": "presswatch.pipeline",
          "make_doc": "presswatch.pipeline", "Article": "presswatch.reading",
          "ReadError": "presswatch.reading", "iter_articles": "presswatch.reading"}
"""Where each public name lives. They are imported on first use (PEP 562), so that
``import presswatch.cli`` and ``presswatch --help`` do not pay for spaCy."""


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'presswatch' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])

logging.getLogger(__name__).addHandler(logging.NullHandler())
deprecated.install()  # old import paths (presswatch.api, presswatch.stories, ...) still work
