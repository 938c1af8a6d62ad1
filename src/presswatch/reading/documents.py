"""PDF and Word (DOCX) files to one article each, through optional extras.

A PDF's text is what pypdf extracts, page after page (pages joined by a blank line); a
DOCX's is its paragraphs, one per line, as python-docx reads them. Offsets then index that
extracted text, as they index trafilatura's text for an HTML page. Both libraries are
optional (``pip install 'presswatch[pdf]'``, ``'presswatch[docx]'``): without one, each
such file is a one-line error saying what to install, and the batch goes on.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from presswatch.reading.model import InputError

__all__ = ["DOCUMENT_SUFFIXES", "document_text"]

LOGGER = logging.getLogger("presswatch.reading")

DOCUMENT_SUFFIXES = {".pdf": ("pypdf", "pdf"), ".docx": ("docx", "docx")}
"""File ending -> (module that reads it, presswatch extra that installs it)."""


def _needs(suffix: str) -> None:
    module, extra = DOCUMENT_SUFFIXES[suffix]
    if importlib.util.find_spec(module) is None:
        raise InputError(f"reading {suffix[1:].upper()} files needs {module}: "
                         f"pip install 'presswatch[{extra}]'")


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    if reader.is_encrypted:
        raise InputError("encrypted PDF: its text cannot be read")
    return "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)


def _docx_text(path: Path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def document_text(path: Path) -> str:
    """The text of a ``.pdf`` or ``.docx`` file.

    Raises:
        InputError: The reading library is not installed, or the file is not a readable
            document of its kind (damaged, encrypted, another format under that ending).
    """
    suffix = path.suffix.lower()
    _needs(suffix)
    try:
        return _pdf_text(path) if suffix == ".pdf" else _docx_text(path)
    except InputError:
        raise
    except Exception as err:  # the parsers raise many kinds on damaged files
        LOGGER.debug("cannot read %s", path, exc_info=True)
        kind = suffix[1:].upper()
        raise InputError(f"not a readable {kind} file ({type(err).__name__})") from None
