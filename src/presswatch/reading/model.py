"""The values reading produces: an :class:`Article`, a :class:`ReadError`, and the
:class:`InputError` single-input helpers raise (turned into ReadErrors by the batch reader)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

__all__ = ["Article", "InputError", "ReadError", "one_line", "readable_name"]

_LINE_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
"""Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: any of
them in a message could start a new line in a terminal or a log, or hide what follows; and
lone surrogates, which no UTF-8 output can carry."""


def one_line(value: str) -> str:
    """``value`` with every control character and line separator written as its Python
    escape (``\\n``, ``\\x1b``, ``\\u2028``, ``\\udce9``), so that one message is always
    one line of valid UTF-8 and says exactly which character is there."""
    if _LINE_BREAKING.search(value) is None:
        return value
    return _LINE_BREAKING.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"),
                              value)


def readable_name(name: str) -> str:
    """A file name as messages, ids and JSON carry it: always valid UTF-8, on one line.

    Names are used as the OS gives them to open files, but a POSIX name is bytes: one that
    is not UTF-8 reaches Python with its bad bytes as lone surrogates, which cannot be
    printed, written to JSON or stored. Here each such byte is written ``\\xe9`` (and
    control characters as in :func:`one_line`), so ``café`` saved in Latin-1 reads
    ``caf\\xe9``: readable, distinct, and telling the user what the bytes are.
    """
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that did not come from the OS
        return one_line(name)
    return one_line(raw.decode("utf-8", "backslashreplace"))


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
            Within one batch, a later article given an id already used gets ``<id>~2``.
        text: Exactly the text the article is analysed as: every offset produced downstream
            indexes this string.
        title: Title, if the input gave one (or trafilatura found one in HTML).
        url: URL, if known.
        date: Date as given (``"2022-02-10"``, ``"2025-02"``); for HTML, trafilatura's date.
        outlet: Publication name; for HTML, trafilatura's ``sitename``.
        source: Where it came from: ``"path"``, ``"path:line"`` for JSON Lines, or ``"<stdin>"``.
            Paths are written as :func:`readable_name` gives them.
        notes: What reading changed or decided about this article without refusing it (a URL
            kept as text, an id made distinct), one line each; not part of equality.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    source: str = ""
    notes: tuple[str, ...] = field(default=(), compare=False)


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
        """Format like a compiler diagnostic, so editors and grep can jump to the line; always
        one line (see :func:`one_line`)."""
        if self.line is None:
            return one_line(f"{self.source}: {self.message}")
        return one_line(f"{self.source}:{self.line}: {self.message}")
