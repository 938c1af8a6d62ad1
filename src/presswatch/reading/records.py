"""One input to one :class:`Article`: a parsed JSON record, or an HTML page (trafilatura)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from presswatch.reading.checks import check_article
from presswatch.reading.decoding import sanitize
from presswatch.reading.model import Article, InputError

if TYPE_CHECKING:  # trafilatura and lxml load with the first HTML page: reads start fast
    from lxml import etree
    from lxml import html as lxml_html

__all__ = ["article_from_html", "article_from_record", "checked", "json_kind"]

LOGGER = logging.getLogger("presswatch.reading")


def _optional_str(record: dict[str, Any], field: str) -> str | None:
    """Return an optional scalar field as a string (None if absent or null)."""
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise InputError(f'field "{field}" must be a string, not a JSON {json_kind(value)}')
    return sanitize(value if isinstance(value, str) else str(value))


def json_kind(value: object) -> str:
    """Name a parsed JSON value's type the way a JSON author would."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "object"


def article_from_record(record: dict[str, Any], *, source: str, fallback_id: str) -> Article:
    """Build an article from a parsed JSON object.

    Fields: ``id``, ``text`` or ``body`` (``text`` wins when both are present), ``title``,
    ``url``, ``date``, ``outlet``; other fields are ignored so that richer exports can be fed
    as they are. ``text`` is analysed as given, never HTML-extracted. A non-string id (``42``)
    is converted with ``str()``; a missing, null or empty id falls back to ``fallback_id``.

    Args:
        record: One parsed JSON object.
        source: Where it came from, stored in ``Article.source``.
        fallback_id: Id to use when the record has none.

    Returns:
        The article (not yet checked for emptiness or length: :func:`iter_articles` does that).

    Raises:
        InputError: Not an object, no text, or a field of the wrong type.
    """
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got a JSON {json_kind(record)}")
    field = "text" if record.get("text") is not None else "body"
    text = record.get(field)
    if text is None:
        raise InputError('record has no "text" or "body" field')
    if not isinstance(text, str):
        raise InputError(f'field "{field}" must be a string, not a JSON {json_kind(text)}')
    article_id = _optional_str(record, "id") or fallback_id
    return Article(
        id=article_id,
        text=sanitize(text),
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        date=_optional_str(record, "date"),
        outlet=_optional_str(record, "outlet"),
        source=source,
    )


def article_from_html(html: str, *, source: str, fallback_id: str) -> Article | None:
    """Extract the main text and metadata of an HTML page with trafilatura.

    Comments are left out (they are not the outlet's words) and precision is not favoured
    (losing a paragraph loses its quotes). The extracted text, not the HTML, becomes
    ``Article.text``; trafilatura's title, date, URL and site name fill the metadata. A page
    nested deeper than 256 levels (where trafilatura's parser stops) is parsed again with
    lxml's ``huge_tree`` (up to :data:`MAX_HTML_DEPTH`) and extracted from that tree.

    Args:
        html: The page, already decoded.
        source: Where it came from, stored in ``Article.source``.
        fallback_id: The article id (a page carries none of its own).

    Returns:
        The article, or None when trafilatura finds no article text.

    Raises:
        InputError: trafilatura failed on the page (it catches most problems itself), or
            the page is nested deeper than :data:`MAX_HTML_DEPTH`.
    """
    document = _extract(html, source)
    if document is None or not _text_of(document):
        deep = _deep_tree(html)
        if deep is not None:
            document = _extract(deep, source)
    if document is None:
        return None

    def field(name: str) -> str | None:
        # trafilatura >= 2 returns a Document; 1.x (and the deprecated as_dict=True) a dict.
        if isinstance(document, dict):
            return _str_or_none(document.get(name))
        return _str_or_none(getattr(document, name, None))

    text = field("text")
    if text is None or not text.strip():
        return None

    return Article(
        id=fallback_id,
        text=text,
        title=field("title"),
        url=field("url"),
        date=field("date"),
        outlet=field("sitename"),
        source=source,
    )


MAX_HTML_DEPTH = 2048
"""Deepest element nesting read in HTML: libxml2's limit with its ``huge_tree`` option (256
without it, which real pages built of nested ``<div>`` can pass)."""


def _extract(page: str | etree._Element, source: str) -> Any:
    """trafilatura's extraction of a page (text, or an already parsed lxml tree)."""
    import trafilatura
    from lxml import etree

    try:
        return trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, favor_precision=False
        )
    except (ValueError, TypeError, RecursionError, etree.LxmlError) as err:
        LOGGER.debug("trafilatura failed on %s", source, exc_info=True)
        raise InputError(f"HTML extraction failed: {err or type(err).__name__}") from None


def _text_of(document: Any) -> str | None:
    text = document.get("text") if isinstance(document, dict) else getattr(document, "text",
                                                                             None)
    return text if isinstance(text, str) and text.strip() else None


def _parse(html: str, *, huge: bool) -> tuple[lxml_html.HtmlElement | None, bool]:
    """The page parsed as trafilatura parses it (``huge``: up to :data:`MAX_HTML_DEPTH`
    levels), and whether the parser stopped at its depth limit."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True, huge_tree=huge)
    try:
        tree = lxml_html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (ValueError, etree.LxmlError):
        return None, False
    limited = any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log)
    return tree, limited


def _deep_tree(html: str) -> lxml_html.HtmlElement | None:
    """The page parsed up to :data:`MAX_HTML_DEPTH` levels when trafilatura's own parser
    stopped at its limit of 256 (past it libxml2 drops the rest, and the text with it);
    None for a page that is not that deep (there is nothing more to find).

    Raises:
        InputError: Nested deeper than :data:`MAX_HTML_DEPTH`: no parser setting reads it.
    """
    _tree, limited = _parse(html, huge=False)
    if not limited:
        return None
    tree, limited = _parse(html, huge=True)
    if limited:
        raise InputError(f"HTML nested more than {MAX_HTML_DEPTH} levels deep: deeper than "
                         "the HTML parser reads, so its text cannot be found")
    return tree


def _str_or_none(value: object) -> str | None:
    """A metadata value as a sanitized string, or None when missing or empty."""
    return sanitize(str(value)) if value else None


def checked(article: Article, max_chars: int) -> Article:
    """The article after :func:`presswatch.reading.checks.check_article` (the checks the HTTP
    API applies too): refuses empty, oversized, NUL-holding or impossibly dated articles."""
    return check_article(article, max_chars=max_chars)
