"""Reading articles from files, folders and standard input.

Everything downstream (quote finding, speaker resolution, the scorer) works on character
offsets into ``Article.text``, so this module's one promise is that ``text`` is *exactly* the
text that will be analysed: bytes are decoded by us (never through text-mode universal
newlines, so ``\\r\\n`` stays two characters), a byte order mark (UTF-8, or the UTF-16/32 one
that says how to decode) is dropped because it is not part of the text, and lone surrogates
are replaced one for one so that lengths never shift. A NUL is never silently kept or cut:
the input holding it is refused.

The second promise is that a batch goes on: :func:`iter_articles` never raises for bad
content. A missing file, a PDF dropped into the input folder, a malformed JSON line or an
empty article each become a :class:`ReadError` in the output stream, in input order, and the
caller decides what to do with them. Only programming errors (wrong argument types) raise.
Every article passes :func:`presswatch.reading.checks.check_article`, the checks the HTTP
API applies too; what reading keeps but changed or doubts (a URL kept as text, an id made
distinct in the batch) is said in ``Article.notes``. File names are used as the OS gives
them and shown with undecodable bytes and control characters escaped
(:func:`presswatch.reading.model.readable_name`), so every message is one UTF-8 line.

Like trafilatura, the library never configures logging; it only logs to
``logging.getLogger(__name__)``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from presswatch.reading.checks import refuse_nul
from presswatch.reading.decoding import (
    MAX_ENCODING_CHAOS,
    UTF8_BOM,
    decode_bytes,
    decode_unicode,
    read_bytes,
    read_text_file,
    refuse_binary,
    sanitize,
    wide_bom,
)
from presswatch.reading.documents import DOCUMENT_SUFFIXES, document_text
from presswatch.reading.fetching import fetch_page, is_url, url_id
from presswatch.reading.model import Article, InputError, ReadError, one_line, readable_name
from presswatch.reading.records import (
    article_from_html,
    article_from_record,
    checked,
    json_kind,
)
from presswatch.textutil import counted

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FOLDER_SUFFIXES",
    "MAX_ENCODING_CHAOS",
    "Article",
    "InputError",
    "ReadError",
    "article_from_html",
    "article_from_record",
    "decode_bytes",
    "iter_articles",
    "missing_inputs",
    "read_text_file",
    "sanitize",
]

LOGGER = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 200_000
"""Longest article text accepted by default. A real news article is well under 50,000
characters; anything much longer is usually a whole site dump or a book, which would make the
NLP pipeline slow and the output meaningless, so it is refused unless the caller raises it."""

FOLDER_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json", ".jsonl", ".pdf", ".docx"})
"""File endings read when walking a folder (compared case-insensitively). Other files in a
folder (images, notes, editor backups) are skipped, and a folder holding none of these says
what it skipped; a file named explicitly is read whatever its ending."""

_HTML_SUFFIXES = frozenset({".html", ".htm"})

_STDIN_SOURCE = "<stdin>"
_STDIN_ID = "stdin"


# --------------------------------------------------------------------------------------------
# Formats


def _parse_json(text: str, *, one_line: bool = False) -> Any:
    """Parse JSON, turning every failure on bad content into InputError.

    ``one_line`` leaves the line out of the message, for JSON Lines where the ReadError
    already names it.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        where = f"column {err.colno}" if one_line else f"line {err.lineno}, column {err.colno}"
        # json's messages for control characters end in a dangling " at" (it adds the position).
        raise InputError(f"invalid JSON at {where}: {err.msg.removesuffix(' at')}") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply") from None
    except ValueError as err:  # e.g. an integer with too many digits
        raise InputError(f"invalid JSON: {err}") from None


def _iter_json(
    text: str, *, source: str, stem: str, max_chars: int
) -> Iterator[Article | ReadError]:
    """One JSON object (one article) or a list of objects (one article each)."""
    if not text.strip():
        yield ReadError(source, None, "empty file")
        return
    try:
        value = _parse_json(text)
    except InputError as err:
        yield ReadError(source, None, str(err))
        return
    yield from _iter_json_value(value, source=source, stem=stem, max_chars=max_chars)


def _iter_json_value(
    value: Any, *, source: str, stem: str, max_chars: int
) -> Iterator[Article | ReadError]:
    """Articles from a parsed JSON document: one object, or a list of objects."""
    if isinstance(value, dict):
        try:
            yield checked(article_from_record(value, source=source, fallback_id=stem), max_chars)
        except InputError as err:
            yield ReadError(source, None, str(err))
        return
    if not isinstance(value, list):
        yield ReadError(
            source,
            None,
            f"expected a JSON object or a list of objects, got a JSON {json_kind(value)}",
        )
        return
    for number, item in enumerate(value, start=1):
        try:
            yield checked(
                article_from_record(item, source=source, fallback_id=f"{stem}:{number}"),
                max_chars,
            )
        except InputError as err:
            yield ReadError(source, None, f"object {number}: {err}")


def _split_lines(data: bytes | str) -> list[bytes] | list[str]:
    """Split on ``\\n`` only: JSON strings may legally hold U+2028 or form feeds, which
    ``str.splitlines`` would also break on."""
    if isinstance(data, bytes):
        return data.split(b"\n")
    return data.split("\n")


def _iter_jsonl(
    data: bytes | str, *, source: str, stem: str, max_chars: int
) -> Iterator[Article | ReadError]:
    """One JSON object per line; blank lines skipped; a bad line is reported and skipped.

    Bytes are decoded line by line, so a single badly encoded line spoils only itself.
    """
    lines = _split_lines(data)
    found = False
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            if number == 1 and raw.startswith(UTF8_BOM):
                raw = raw[len(UTF8_BOM) :]
            if not raw.strip():
                continue
            try:
                line = decode_unicode(raw)
            except InputError as err:
                yield ReadError(source, number, str(err))
                found = True
                continue
        else:
            line = raw.removeprefix("\ufeff") if number == 1 else raw
            if not line.strip():
                continue
        found = True
        try:
            refuse_nul(line, "line")
            record = _parse_json(line, one_line=True)
            article = article_from_record(
                record, source=f"{source}:{number}", fallback_id=f"{stem}:{number}"
            )
            yield checked(article, max_chars)
        except InputError as err:
            yield ReadError(source, number, str(err))
    if not found:
        yield ReadError(source, None, "empty file")


def _iter_file(path: Path, *, max_chars: int) -> Iterator[Article | ReadError]:
    """Read one file according to its ending (anything unknown is plain text)."""
    source = readable_name(str(path))
    suffix = path.suffix.lower()
    stem = readable_name(path.stem)
    try:
        if suffix in DOCUMENT_SUFFIXES:
            yield _one_article(document_text(path), html=False, source=source,
                               article_id=stem, max_chars=max_chars)
            return
        data = read_bytes(path)
        refuse_binary(data)
        if suffix == ".jsonl":
            # UTF-16/32 cannot be split on the byte "\n": decode first, then split.
            lines = decode_unicode(data) if wide_bom(data) else data
            yield from _iter_jsonl(lines, source=source, stem=stem, max_chars=max_chars)
            return
        text = decode_unicode(data)
        if suffix != ".txt":  # a .txt file's text is checked as the article's text
            refuse_nul(text, "file")
        if suffix == ".json":
            yield from _iter_json(text, source=source, stem=stem, max_chars=max_chars)
            return
        yield _one_article(text, html=suffix in _HTML_SUFFIXES, source=source, article_id=stem,
                           max_chars=max_chars)
    except InputError as err:
        yield ReadError(source, None, str(err))


def _one_article(text: str, *, html: bool, source: str, article_id: str,
                 max_chars: int) -> Article:
    """A whole text (or HTML page) as one article; raises InputError when unusable."""
    if html:
        article = article_from_html(text, source=source, fallback_id=article_id)
        if article is None:
            raise InputError("no article text found")
    else:
        article = Article(id=article_id, text=sanitize(text), source=source)
    return checked(article, max_chars)


def _iter_url(url: str, *, max_chars: int) -> Iterator[Article | ReadError]:
    """The article of the web page at ``url`` (fetched with trafilatura), its ``url`` the
    address that served it unless the page names its own."""
    source = readable_name(url)
    try:
        page, served_from = fetch_page(url)
        article = _one_article(page, html=page.lstrip()[:1] == "<", source=source,
                               article_id=url_id(served_from), max_chars=max_chars)
        if not article.url:
            article = checked(dataclasses.replace(article, url=served_from), max_chars)
        yield article
    except InputError as err:
        yield ReadError(source, None, str(err))


def _looks_like_jsonl(text: str) -> bool:
    """True if the first non-blank line of ``text`` is a JSON object on its own."""
    for line in text.split("\n"):
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except (ValueError, RecursionError):
                return False
    return False


def _iter_stdin(stream: TextIO | BinaryIO, *, max_chars: int) -> Iterator[Article | ReadError]:
    """Read all of standard input and sniff its format from the first non-blank character.

    ``{`` or ``[`` tries JSON (one object or a list), then JSON Lines; ``<`` is HTML; anything
    else, including text that merely starts with a bracket (``[Mise à jour] ...``), is one
    plain-text article with id ``stdin``.
    """
    source = _STDIN_SOURCE
    try:
        buffer = getattr(stream, "buffer", None)
        raw: bytes | str = buffer.read() if buffer is not None else stream.read()
    except OSError as err:
        yield ReadError(source, None, f"cannot read: {err.strerror or err}")
        return
    except UnicodeDecodeError:
        yield ReadError(source, None, "cannot decode: not valid in the stream's encoding")
        return
    try:
        if isinstance(raw, bytes):
            text = decode_bytes(raw)
        elif isinstance(raw, str):
            text = raw.removeprefix("\ufeff")
        else:
            raise TypeError(f"stdin.read() returned {type(raw).__name__}, not bytes or str")
        start = text.lstrip()[:1]
        if start in ("{", "["):
            try:
                value = _parse_json(text)
            except InputError:
                if _looks_like_jsonl(text):
                    lines = text if isinstance(raw, str) or wide_bom(raw) else raw
                    yield from _iter_jsonl(lines, source=source, stem=_STDIN_ID,
                                           max_chars=max_chars)
                    return
            else:
                yield from _iter_json_value(
                    value, source=source, stem=_STDIN_ID, max_chars=max_chars
                )
                return
        yield _one_article(text, html=start == "<", source=source, article_id=_STDIN_ID,
                           max_chars=max_chars)
    except InputError as err:
        yield ReadError(source, None, str(err))


def _is_hidden(name: str) -> bool:
    """Dot files and folders (``.git``, macOS ``._x.txt`` resource forks) are not articles."""
    return name.startswith(".")


def _walk_folder(root: Path) -> tuple[list[Path], list[ReadError]]:
    """Every readable-looking file under ``root``, sorted by path components."""
    found: list[Path] = []
    errors: list[ReadError] = []

    def on_error(err: OSError) -> None:
        errors.append(ReadError(readable_name(str(err.filename or root)), None,
                                "cannot list folder contents"))

    skipped: Counter[str] = Counter()
    for folder, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not _is_hidden(d)]
        for name in filenames:
            if _is_hidden(name):
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix in FOLDER_SUFFIXES:
                found.append(Path(folder, name))
            else:
                skipped[suffix or "without an ending"] += 1
                LOGGER.debug("skipping %s: not an article file", name)
    found.sort(key=lambda p: p.relative_to(root).parts)
    if not found and skipped:
        kinds = ", ".join(f"{n} {s}" for s, n in sorted(skipped.items()))
        errors.append(ReadError(
            readable_name(str(root)), None,
            f"no article file in this folder: skipped {counted(skipped.total(), 'file')} "
            f"({kinds}); read are {', '.join(sorted(FOLDER_SUFFIXES))}"))
    return found, errors


def _iter_articles(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_chars: int,
    stdin: TextIO | BinaryIO | None,
) -> Iterator[Article | ReadError]:
    """The generator behind :func:`iter_articles`: every input's items, ids made distinct."""
    used: dict[str, str] = {}
    for item in _iter_inputs(inputs, max_chars=max_chars, stdin=stdin):
        if isinstance(item, Article):
            item = _distinct_id(item, used)
        yield item


def _distinct_id(article: Article, used: dict[str, str]) -> Article:
    """``article`` under an id no earlier article of the batch has (``used``: id -> source).

    Ids come from the input (a record's ``id``) or from file names, and neither is unique
    across a batch: two exports both numbering from 1, or ``lundi/conseil.txt`` beside
    ``mardi/conseil.txt``. Two records under one id would be joined as one by anything
    downstream (output, ``input_id`` in the store), so the first keeps its id and each later
    one takes ``<id>~2``, ``<id>~3``... (the first free), with a note saying so.
    """
    if article.id not in used:
        used[article.id] = article.source
        return article
    number = 2
    while f"{article.id}~{number}" in used:
        number += 1
    new = f"{article.id}~{number}"
    used[new] = article.source
    note = (f'id "{one_line(article.id)}" is already used by {used[article.id]} in this '
            f'batch; this article is "{one_line(new)}"')
    return dataclasses.replace(article, id=new, notes=(*article.notes, note))


def _iter_inputs(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_chars: int,
    stdin: TextIO | BinaryIO | None,
) -> Iterator[Article | ReadError]:
    """Each input's articles and errors, in order (arguments already checked)."""
    stdin_used = False
    for item in inputs:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(
                f"each input must be a path (str or os.PathLike), not {type(item).__name__}"
            )
        name = os.fspath(item)
        if not isinstance(name, str):
            raise TypeError("paths must be str, not bytes")
        if name == "-":
            if stdin_used:
                yield ReadError(_STDIN_SOURCE, None, "standard input named twice; it is read once")
                continue
            stdin_used = True
            yield from _iter_stdin(sys.stdin if stdin is None else stdin, max_chars=max_chars)
            continue
        if not name:
            yield ReadError("''", None, "empty path, not a file or folder")
            continue
        if is_url(name):
            yield from _iter_url(name, max_chars=max_chars)
            continue
        path = Path(name)
        if path.is_dir():
            files, errors = _walk_folder(path)
            yield from errors
            for file in files:
                yield from _iter_file(file, max_chars=max_chars)
        elif not path.exists():
            yield ReadError(readable_name(name), None, "no such file or folder")
        else:
            yield from _iter_file(path, max_chars=max_chars)


def missing_inputs(inputs: Iterable[str]) -> list[ReadError]:
    """The error of each input that names nothing (no such file or folder), checked
    without reading anything: callers stop before loading a model when every input is
    missing. ``-`` and URLs are never missing here (they are read to be known)."""
    return [ReadError(readable_name(name), None, "no such file or folder" if name
                      else "empty path, not a file or folder")
            for name in inputs
            if name != "-" and not is_url(name) and not (name and Path(name).exists())]


def iter_articles(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article | ReadError]:
    """Yield every article in the given files and folders, and a ReadError for each bad input.

    Never raises for bad content, so that one broken file does not stop a batch: missing
    paths, binaries, undecodable files, malformed JSON, empty or oversized articles each yield
    a :class:`ReadError`, in input order. Folders are walked recursively in sorted order
    (hidden entries skipped), taking files ending .txt .html .htm .json .jsonl .pdf .docx;
    other files in folders are skipped (a folder with none of these is a ReadError saying
    what it skipped), while a file named explicitly with another ending is read as plain
    text. An ``http://`` or ``https://`` input is fetched (trafilatura) and read as HTML.
    ``"-"`` reads standard input and sniffs its format (JSON, JSON Lines, HTML, or plain
    text with id ``"stdin"``).

    Formats: .txt is one article, the text as decoded. .html/.htm is extracted with
    trafilatura. .json is one object or a list of objects, .jsonl one object per line; record
    fields are ``id``, ``text`` or ``body``, ``title``, ``url``, ``date``, ``outlet``.

    Ids are distinct within one call: an id already used by an earlier article becomes
    ``<id>~2`` (``~3``...), with a note.

    Args:
        inputs: Paths of files or folders, ``"-"`` for standard input. A list, not a single
            string.
        max_chars: Longest article text accepted; longer ones become ReadErrors.
        stdin: Stream read for ``"-"``; defaults to ``sys.stdin``. Its ``.buffer`` is read when
            it has one, so bytes are decoded here with the same rules as files.

    Returns:
        An iterator of :class:`Article` and :class:`ReadError`, lazily read.

    Raises:
        TypeError: ``inputs`` is a single string or path instead of an iterable of them, an
            input is not a path, or ``max_chars`` is not an int.
        ValueError: ``max_chars`` is less than 1.
    """
    if isinstance(inputs, (str, bytes, os.PathLike)):
        raise TypeError(
            "inputs must be an iterable of paths, not a single "
            f"{type(inputs).__name__}: write iter_articles([path]), not iter_articles(path)"
        )
    if not isinstance(inputs, Iterable):
        raise TypeError(f"inputs must be an iterable of paths, not {type(inputs).__name__}")
    if not isinstance(max_chars, int) or isinstance(max_chars, bool):
        raise TypeError(f"max_chars must be an int, not {type(max_chars).__name__}")
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    return _iter_articles(inputs, max_chars=max_chars, stdin=stdin)
