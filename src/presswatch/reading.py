"""Reading articles from files, folders and standard input.

Everything downstream (quote finding, speaker resolution, the scorer) works on character
offsets into ``Article.text``, so this module's one promise is that ``text`` is *exactly* the
text that will be analysed: bytes are decoded by us (never through text-mode universal
newlines, so ``\\r\\n`` stays two characters), a UTF-8 byte order mark is dropped because it is
not part of the text, and lone surrogates are replaced one for one so that lengths never shift.

The second promise is that a batch goes on: :func:`iter_articles` never raises for bad
content. A missing file, a PDF dropped into the input folder, a malformed JSON line or an
empty article each become a :class:`ReadError` in the output stream, in input order, and the
caller decides what to do with them. Only programming errors (wrong argument types) raise.

Like trafilatura, the library never configures logging; it only logs to
``logging.getLogger(__name__)``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import trafilatura
from charset_normalizer import from_bytes
from lxml import etree

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
    "read_text_file",
    "sanitize",
]

LOGGER = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 200_000
"""Longest article text accepted by default. A real news article is well under 50,000
characters; anything much longer is usually a whole site dump or a book, which would make the
NLP pipeline slow and the output meaningless, so it is refused unless the caller raises it."""

MAX_ENCODING_CHAOS = 0.2
"""Highest charset_normalizer "chaos" (share of the decoded text that looks like mojibake, 0..1)
at which a guessed encoding is still trusted. Above it, decoding would most likely produce
garbage whose quotes and names would then be extracted as if they were real, so the file is
refused instead. 0.2 is charset_normalizer's own default ``threshold`` for a plausible match."""

PREFERRED_LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1")
"""Legacy encodings preferred when charset_normalizer finds several equally clean decodings.
On short French text it often ranks cp1250, cp775 or cp1257 first (``très`` then reads
``trčs``); for French news the Western encodings are by far the likeliest, so among the
matches that tie for the lowest chaos, one that is also valid in these encodings wins."""

BINARY_SNIFF_BYTES = 8192
"""How much of the start of a file is searched for NUL bytes, which never occur in text."""

FOLDER_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json", ".jsonl"})
"""File endings read when walking a folder (compared case-insensitively). Other files in a
folder (images, notes, editor backups) are skipped silently; a file named explicitly is read
whatever its ending."""

_HTML_SUFFIXES = frozenset({".html", ".htm"})

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive, e.g. .docx or .odt"),
    (b"\x1f\x8b", "gzip archive"),
)

_UTF8_BOM = b"\xef\xbb\xbf"
_SURROGATE = re.compile("[\ud800-\udfff]")
_STDIN_SOURCE = "<stdin>"
_STDIN_ID = "stdin"


class InputError(ValueError):
    """An input that cannot be turned into an article; the message is one readable sentence.

    Raised by the single-input helpers (:func:`read_text_file`, :func:`article_from_record`, ...)
    and turned into a :class:`ReadError` by :func:`iter_articles`, so that one bad input never
    stops a batch.
    """


@dataclass(frozen=True, slots=True)
class Article:
    """One article to analyse.

    Attributes:
        id: The id given in the input; else the file stem for a one-article file; else
            ``"<stem>:<line>"`` for a JSON Lines record or ``"<stem>:<n>"`` for the n-th object
            (counted from 1) of a JSON list. ``"stdin"`` stands for the stem of standard input.
        text: Exactly the text the article is analysed as: every offset produced downstream
            indexes this string.
        title: Title, if the input gave one (or trafilatura found one in HTML).
        url: URL, if known.
        date: Date as given (``"2022-02-10"``, ``"2025-02"``); for HTML, trafilatura's date.
        outlet: Publication name; for HTML, trafilatura's ``sitename``.
        source: Where it came from: ``"path"``, ``"path:line"`` for JSON Lines, or ``"<stdin>"``.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class ReadError:
    """An input that could not be read, reported in the output stream instead of raised.

    Attributes:
        source: The file path (or ``"<stdin>"``).
        line: The 1-based line for JSON Lines input, else None.
        message: One readable sentence saying what is wrong.
    """

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        """Format like a compiler diagnostic, so editors and grep can jump to the line."""
        if self.line is None:
            return f"{self.source}: {self.message}"
        return f"{self.source}:{self.line}: {self.message}"


# --------------------------------------------------------------------------------------------
# Text hygiene and decoding


def sanitize(text: str) -> str:
    """Replace each lone surrogate with U+FFFD, one for one.

    JSON can smuggle unpaired surrogates into a Python string (``"\\ud800"``); they cannot be
    encoded as UTF-8, so the first write of the text or of a quote would crash. Replacing each
    code point by exactly one other keeps ``len(text)`` and every offset unchanged.

    Args:
        text: Any string.

    Returns:
        The same string with every code point in U+D800..U+DFFF replaced by U+FFFD.
    """
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)


def _binary_kind(data: bytes) -> str | None:
    """Say what kind of binary file ``data`` looks like, or None if it may be text."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return "contains NUL bytes"
    return None


def _refuse_binary(data: bytes) -> None:
    """Raise InputError if ``data`` is evidently not text (PDF, image, archive, ...)."""
    kind = _binary_kind(data)
    if kind is not None:
        if kind == "contains NUL bytes":
            raise InputError("binary file (contains NUL bytes), not text")
        raise InputError(f"binary file (looks like {kind}), not text")


def _decode_unicode(data: bytes) -> str:
    """Decode ``data`` as UTF-8 (BOM dropped), else as a reliably detected legacy encoding.

    Bytes are decoded directly, never through a text-mode file, so line endings stay as given.
    """
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > MAX_ENCODING_CHAOS:
        raise InputError("cannot decode: not UTF-8 and no reliable encoding detected")
    for match in matches:
        if match.chaos > best.chaos:
            continue
        for encoding in PREFERRED_LEGACY_ENCODINGS:
            if encoding in match.could_be_from_charset:
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:  # pragma: no cover - charset_normalizer said it fits
                    continue
                LOGGER.debug("decoded as %s (detected %s)", encoding, best.encoding)
                return text
    LOGGER.debug("decoded as %s (chaos %.3f)", best.encoding, best.chaos)
    return str(best)


def decode_bytes(data: bytes) -> str:
    """Decode the bytes of a text input, refusing binaries and unreliable guesses.

    Order: a known binary signature (PDF, PNG, JPEG, GIF, ZIP/docx, gzip) or a NUL byte in the
    first 8 KiB is refused; then strict UTF-8 (a leading UTF-8 BOM is dropped: it is not part
    of the text); then charset_normalizer, accepted only at chaos <= MAX_ENCODING_CHAOS.
    Refusing is better than guessing: a wrongly decoded article yields wrong quotes silently.

    Args:
        data: Raw bytes of a whole file or of standard input.

    Returns:
        The decoded text, line endings untouched, lone surrogates not possible.

    Raises:
        InputError: Binary content, or no reliable encoding.
    """
    _refuse_binary(data)
    return _decode_unicode(data)


def _read_bytes(path: Path) -> bytes:
    """Read a whole file, turning OS errors into InputError sentences."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file or folder") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from None


def read_text_file(path: str | os.PathLike[str]) -> str:
    """Read a file as text, with the decoding rules of :func:`decode_bytes`.

    The file is read as bytes and decoded here, never in text mode, so ``\\r\\n`` is kept and
    offsets index the file's content as written.

    Args:
        path: File to read.

    Returns:
        The decoded text.

    Raises:
        InputError: Missing or unreadable file, binary content, or no reliable encoding.
    """
    return decode_bytes(_read_bytes(Path(path)))


# --------------------------------------------------------------------------------------------
# Building articles


def _optional_str(record: dict[str, Any], field: str) -> str | None:
    """Return an optional scalar field as a string (None if absent or null)."""
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise InputError(f'field "{field}" must be a string, not a JSON {_json_kind(value)}')
    return sanitize(value if isinstance(value, str) else str(value))


def _json_kind(value: object) -> str:
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
        raise InputError(f"expected a JSON object, got a JSON {_json_kind(record)}")
    field = "text" if record.get("text") is not None else "body"
    text = record.get(field)
    if text is None:
        raise InputError('record has no "text" or "body" field')
    if not isinstance(text, str):
        raise InputError(f'field "{field}" must be a string, not a JSON {_json_kind(text)}')
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
    ``Article.text``; trafilatura's title, date, URL and site name fill the metadata.

    Args:
        html: The page, already decoded.
        source: Where it came from, stored in ``Article.source``.
        fallback_id: The article id (a page carries none of its own).

    Returns:
        The article, or None when trafilatura finds no article text.

    Raises:
        InputError: trafilatura failed on the page (it catches most problems itself).
    """
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_precision=False
        )
    except (ValueError, TypeError, RecursionError, etree.LxmlError) as err:
        LOGGER.debug("trafilatura failed on %s", source, exc_info=True)
        raise InputError(f"HTML extraction failed: {err or type(err).__name__}") from None
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


def _str_or_none(value: object) -> str | None:
    """A metadata value as a sanitized string, or None when missing or empty."""
    return sanitize(str(value)) if value else None


def _checked(article: Article, max_chars: int) -> Article:
    """Refuse empty and oversized articles, with a sentence saying which."""
    if not article.text.strip():
        raise InputError("empty article")
    if len(article.text) > max_chars:
        raise InputError(
            f"article has {len(article.text)} characters, over the limit of {max_chars}"
            " (use --max-chars)"
        )
    return article


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
            yield _checked(article_from_record(value, source=source, fallback_id=stem), max_chars)
        except InputError as err:
            yield ReadError(source, None, str(err))
        return
    if not isinstance(value, list):
        yield ReadError(
            source,
            None,
            f"expected a JSON object or a list of objects, got a JSON {_json_kind(value)}",
        )
        return
    for number, item in enumerate(value, start=1):
        try:
            yield _checked(
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
            if number == 1 and raw.startswith(_UTF8_BOM):
                raw = raw[len(_UTF8_BOM) :]
            if not raw.strip():
                continue
            try:
                line = _decode_unicode(raw)
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
            record = _parse_json(line, one_line=True)
            article = article_from_record(
                record, source=f"{source}:{number}", fallback_id=f"{stem}:{number}"
            )
            yield _checked(article, max_chars)
        except InputError as err:
            yield ReadError(source, number, str(err))
    if not found:
        yield ReadError(source, None, "empty file")


def _iter_file(path: Path, *, max_chars: int) -> Iterator[Article | ReadError]:
    """Read one file according to its ending (anything unknown is plain text)."""
    source = str(path)
    suffix = path.suffix.lower()
    stem = path.stem
    try:
        data = _read_bytes(path)
        _refuse_binary(data)
        if suffix == ".jsonl":
            yield from _iter_jsonl(data, source=source, stem=stem, max_chars=max_chars)
            return
        text = _decode_unicode(data)
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
    return _checked(article, max_chars)


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
                    yield from _iter_jsonl(raw, source=source, stem=_STDIN_ID, max_chars=max_chars)
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
        errors.append(ReadError(str(err.filename or root), None, "cannot list folder contents"))

    for folder, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not _is_hidden(d)]
        for name in filenames:
            if _is_hidden(name):
                continue
            if os.path.splitext(name)[1].lower() in FOLDER_SUFFIXES:
                found.append(Path(folder, name))
            else:
                LOGGER.debug("skipping %s: not a .txt/.html/.htm/.json/.jsonl file", name)
    found.sort(key=lambda p: p.relative_to(root).parts)
    return found, errors


def _iter_articles(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_chars: int,
    stdin: TextIO | BinaryIO | None,
) -> Iterator[Article | ReadError]:
    """The generator behind :func:`iter_articles` (arguments already checked)."""
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
        path = Path(name)
        if path.is_dir():
            files, errors = _walk_folder(path)
            yield from errors
            for file in files:
                yield from _iter_file(file, max_chars=max_chars)
        elif not path.exists():
            yield ReadError(name, None, "no such file or folder")
        else:
            yield from _iter_file(path, max_chars=max_chars)


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
    (hidden entries skipped), taking files ending .txt .html .htm .json .jsonl; other files in
    folders are skipped silently, while a file named explicitly with another ending is read as
    plain text. ``"-"`` reads standard input and sniffs its format (JSON, JSON Lines, HTML, or
    plain text with id ``"stdin"``).

    Formats: .txt is one article, the text as decoded. .html/.htm is extracted with
    trafilatura. .json is one object or a list of objects, .jsonl one object per line; record
    fields are ``id``, ``text`` or ``body``, ``title``, ``url``, ``date``, ``outlet``.

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
