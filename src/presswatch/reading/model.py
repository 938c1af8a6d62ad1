"""The values reading produces: an :class:`Article`, a :class:`ReadError`, and the
:class:`InputError` single-input helpers raise (turned into ReadErrors by the batch reader)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Article", "InputError", "ReadError"]


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
