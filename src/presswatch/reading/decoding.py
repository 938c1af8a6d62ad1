"""Bytes to text: binaries refused, BOMs dropped, legacy encodings detected only when sure.

Bytes are decoded here, never through a text-mode file, so ``\\r\\n`` stays two characters
and every offset downstream indexes the text as the file holds it.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
from pathlib import Path

from charset_normalizer import from_bytes

from presswatch.reading.checks import refuse_nul
from presswatch.reading.model import InputError

__all__ = ["BINARY_SNIFF_BYTES", "MAX_ENCODING_CHAOS", "PREFERRED_LEGACY_ENCODINGS",
           "WIDE_BOMS", "decode_bytes", "decode_unicode", "read_bytes", "read_text_file",
           "refuse_binary", "sanitize", "wide_bom"]

LOGGER = logging.getLogger("presswatch.reading")

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

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive, e.g. .docx or .odt"),
    (b"\x1f\x8b", "gzip archive"),
)

UTF8_BOM = b"\xef\xbb\xbf"

WIDE_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE: it starts the same
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
"""Byte order marks of the encodings whose text is full of NUL bytes (every ASCII letter
is one byte and one to three NULs): with a BOM the file says what it is, so it is decoded
as such instead of being taken for a binary."""
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def wide_bom(data: bytes) -> bool:
    """True when ``data`` starts with a UTF-16 or UTF-32 byte order mark."""
    return data.startswith(tuple(bom for bom, _codec, _name in WIDE_BOMS))


def _binary_kind(data: bytes) -> str | None:
    """Say what kind of binary file ``data`` looks like, or None if it may be text."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    if wide_bom(data):
        return None
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return "contains NUL bytes"
    return None


def refuse_binary(data: bytes) -> None:
    """Raise InputError if ``data`` is evidently not text (PDF, image, archive, ...)."""
    kind = _binary_kind(data)
    if kind is not None:
        if kind == "contains NUL bytes":
            raise InputError("binary file (contains NUL bytes), not text")
        raise InputError(f"binary file (looks like {kind}), not text")


def _decode_wide(data: bytes) -> str | None:
    """Decode UTF-16 or UTF-32 text that starts with its byte order mark (dropped, as the
    UTF-8 one is: it is not part of the text); None without such a mark. A lone surrogate
    becomes U+FFFD one for one (as :func:`sanitize` does for JSON), so lengths never shift."""
    for bom, codec, name in WIDE_BOMS:
        if data.startswith(bom):
            try:
                return sanitize(data[len(bom):].decode(codec, "surrogatepass"))
            except UnicodeDecodeError as err:
                raise InputError(f"cannot decode: invalid {name} after its byte order mark "
                                 f"(byte {err.start + len(bom)}: {err.reason})") from None
    return None


def decode_unicode(data: bytes) -> str:
    """Decode ``data`` by its UTF-16/32 byte order mark, else as UTF-8 (BOM dropped), else as
    a reliably detected legacy encoding.

    Bytes are decoded directly, never through a text-mode file, so line endings stay as given.
    """
    wide = _decode_wide(data)
    if wide is not None:
        return wide
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
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
    first 8 KiB (unless a UTF-16 or UTF-32 byte order mark starts the data) is refused; then
    the encoding a UTF-16 or UTF-32 byte order mark names; then strict UTF-8 (a leading UTF-8
    BOM is dropped: it is not part of the text); then charset_normalizer, accepted only at
    chaos <= MAX_ENCODING_CHAOS. A NUL character anywhere in the decoded text is refused
    (:func:`presswatch.reading.checks.refuse_nul`). Refusing is better than guessing: a
    wrongly decoded article yields wrong quotes silently.

    Args:
        data: Raw bytes of a whole file or of standard input.

    Returns:
        The decoded text, line endings untouched, lone surrogates not possible.

    Raises:
        InputError: Binary content, no reliable encoding, or a NUL character.
    """
    refuse_binary(data)
    text = decode_unicode(data)
    refuse_nul(text, "input")
    return text


def read_bytes(path: Path) -> bytes:
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
    return decode_bytes(read_bytes(Path(path)))
