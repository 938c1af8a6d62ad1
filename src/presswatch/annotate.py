"""The plain-function Python API: text in, annotations out."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.pipeline import load, make_doc
from presswatch.reading import Article, sanitize

logger = logging.getLogger(__name__)

# Quote fields that are working state of the pipeline, not part of the output.
INTERNAL_QUOTE_FIELDS = ("speaker_ref", "rule")

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
    """The JSON record of one annotated article (the `annotate --format jsonl` line)."""
    meta = doc._.meta or {}
    quotes = [{k: v for k, v in q.items() if k not in INTERNAL_QUOTE_FIELDS}
              for q in doc._.quotes or []]
    record = {
        "id": meta.get("id"), "url": meta.get("url"), "date": meta.get("date"),
        "outlet": meta.get("outlet"), "title": meta.get("title"), "story": None,
        "quotes": quotes, "interactions": doc._.interactions or [],
        "people": doc._.people or [], "boilerplate": doc._.boilerplate or [],
    }
    if meta.get("text_extracted"):
        record["text"] = doc.text
    return record


def _meta(article: Article) -> dict:
    return {"id": article.id, "url": article.url, "date": article.date,
            "outlet": article.outlet, "title": article.title, "source": article.source,
            "text_extracted": article.source.endswith((".html", ".htm"))}


def annotate_article(article: Article, *, nlp: Language | None = None) -> dict:
    """Annotate one article and return its record."""
    nlp = _nlp(nlp)
    doc = nlp(make_doc(nlp, article.text, _meta(article)))
    return record_from_doc(doc, article)


def annotate_articles(articles: Iterable[Article], *, nlp: Language | None = None,
                      n_process: int = 1, batch_size: int = 16) -> Iterator[dict]:
    """Annotate a stream of articles lazily, in order (memory stays flat)."""
    nlp = _nlp(nlp)
    docs = (make_doc(nlp, a.text, _meta(a)) for a in articles)
    for doc in nlp.pipe(docs, n_process=n_process, batch_size=batch_size):
        yield record_from_doc(doc)
