"""presswatch: who said what, to whom, when and where, in French news articles.

    >>> import presswatch
    >>> nlp = presswatch.load()
    >>> doc = nlp("« Nous ne céderons pas », a déclaré la ministre.")
    >>> doc._.quotes[0]["type"]
    'direct'
"""

from __future__ import annotations

import logging

from presswatch import deprecated
from presswatch.annotate import annotate_article, extract_quotes
from presswatch.pipeline import DEFAULT_MODEL, load, make_doc
from presswatch.reading import Article, ReadError, iter_articles

__version__ = "0.1.0"
__all__ = ["DEFAULT_MODEL", "Article", "ReadError", "annotate_article", "extract_quotes",
           "iter_articles", "load", "make_doc"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
deprecated.install()  # old import paths (presswatch.api, presswatch.stories, ...) still work
