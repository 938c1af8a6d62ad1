"""The checks every article passes, whichever way it came in (files, standard input, the
HTTP API): :func:`check_article`, so the CLI and the API refuse the same things with the
same sentence (the CLI prints it after the file's name, the API answers 422 with it).

What is refused: a text of only whitespace ("empty article"); a date that is not a real
calendar date (``2022-13-45``, ``2023-02-29``) or not ISO at all (``hier``); a NUL
character (U+0000) in any field. NUL is refused rather than replaced because no French text
holds one: it means a binary or a broken export, and SQLite and PostgreSQL would cut or
refuse the text at that point, so storing it could only lose what follows.

URLs get a policy rather than a refusal. An article's URL is metadata that pages turn into
a "source" link, and a browser runs ``javascript:`` (or ``JavaScript:``, or `` javascript:``:
browsers ignore surrounding spaces and any tab or newline inside) when it is clicked. So a
value is a *link* only when it is an absolute ``http``/``https`` URL with a host and
nothing a browser would silently drop; anything else is kept as text, stored as given and
shown as text, never written into an ``href``. Pages ask :func:`web_link` again when they
render, so a store written before this check existed is as safe.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from urllib.parse import urlsplit

from presswatch.reading.language import not_french
from presswatch.reading.model import Article, InputError, one_line

__all__ = ["ARTICLE_FIELDS", "DATE_HINT", "DATE_PATTERN", "DAY_PATTERN", "NO_NUL_PATTERN",
           "TEXT_PATTERN",
           "WEB_SCHEMES", "check_article", "check_date", "clean_url", "refuse_nul", "web_link"]

ARTICLE_FIELDS = ("id", "text", "title", "url", "date", "outlet")
"""The fields of an input article, in the order their problems are reported."""

DATE_HINT = "expected YYYY, YYYY-MM or YYYY-MM-DD, a time may follow the day"
"""What a date must look like, as error messages say it."""

_YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"  # 0001 to 9999
_LEAP_YEAR = ("(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])"
              "|(?:0[48]|[2468][048]|[13579][26])00)")
_MONTH = "(?:0[1-9]|1[0-2])"
_MONTH_DAY = (f"(?:{_MONTH}-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
              "|(?:0[13578]|1[02])-31)")
_TIME = ("[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,6})?)?"
         "(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])?")
_DAY = f"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"

DATE_PATTERN = rf"^\s*(?:{_YEAR}|{_YEAR}-{_MONTH}|{_DAY}(?:{_TIME})?)?\s*$"
"""Every date the checks accept, as one regular expression (the API's schema publishes it):
years 0001-9999, months 01-12, days that exist (29 February in leap years only), and an
optional ISO time; blank means no date. :func:`check_date` is this pattern, verified
again by Python's own calendar."""

DAY_PATTERN = rf"^(?:{_YEAR}|{_YEAR}-{_MONTH}|{_DAY})$"
"""A date as filters take it (``since``, ``until``): the store's forms YYYY, YYYY-MM and
YYYY-MM-DD, of a month and a day that exist; ``2022-13`` filters nothing, so it is refused."""

PYTHON_SPACE = (r"\t\n\u000b\u000c\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a"
                r"\u2028\u2029\u202f\u205f\u3000")
"""Every character `str.isspace()` calls whitespace, spelled out: a pattern's `\\s` means
less in some regex engines (`\\u001d` is not `\\s` to Hypothesis), and the server's check
is `text.strip()`."""
TEXT_PATTERN = rf"^[^\u0000]*[^\u0000{PYTHON_SPACE}][^\u0000]*$"
"""An article text: something other than whitespace, and no NUL character."""

NO_NUL_PATTERN = r"^[^\u0000]*$"
"""Any other field: no NUL character."""

_DATE = re.compile(DATE_PATTERN)

WEB_SCHEMES = frozenset({"http", "https"})
"""The only URL schemes that become links."""

_URL_EDGES = "".join(map(chr, range(0x21)))
"""What the URL standard strips from both ends of a URL: C0 controls and the space."""

_INSIDE_DROPPED = re.compile(r"[\x00-\x20\x7f]")
"""Characters inside a URL that a browser drops or that no real URL holds unescaped (tabs
and newlines are removed by the URL parser, which is how ``java\\nscript:`` runs)."""


def clean_url(value: str | None) -> str | None:
    """The URL as stored: surrounding spaces and control characters removed (the URL
    standard ignores them too, so `` https://a.fr/x`` and ``https://a.fr/x`` are one
    article's URL); None for a missing or blank value. Nothing else is changed: a value that
    is not a web link is kept, as text.
    """
    if value is None:
        return None
    value = value.strip(_URL_EDGES)
    return value or None


def web_link(value: str | None) -> str | None:
    """``value`` as an ``href`` when it is an absolute http(s) URL with a host, else None.

    Case does not matter for the scheme (``HTTPS://`` is a link) but any space, tab, newline
    or control character inside does: a browser would drop it and read another URL than the
    one checked here.
    """
    url = clean_url(value)
    if url is None or _INSIDE_DROPPED.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return url


def refuse_nul(value: str, what: str) -> None:
    """Raise InputError when ``value`` holds a NUL character, saying where (the offset
    indexes ``value``: the decoded text, the JSON line or the field named ``what``)."""
    at = value.find("\0")
    if at >= 0:
        raise InputError(f"{what} contains a NUL character (U+0000) at offset {at}: refused "
                         "rather than cut there")


def check_date(value: str | None) -> str | None:
    """A date as the store keeps it (surrounding spaces removed), None for a blank one.

    Accepted: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, and a day followed by an ISO time
    (``2022-02-10T08:30:00+01:00``, as scrapers export it; the store keeps its day). The day
    must exist: ``2022-13-45`` or ``2023-02-29`` would otherwise be stored cut to a month
    that does not exist, or silently dropped.

    Raises:
        InputError: Anything else, with :data:`DATE_HINT`.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if _DATE.fullmatch(value) is not None:
        try:  # the pattern knows the calendar; Python's check costs nothing
            if len(value) > 10:
                datetime.fromisoformat(value)
            date.fromisoformat((value + "-01-01")[:10])
        except ValueError:
            pass
        else:
            return value
    raise InputError(f'date "{_shown(value)}" is not a real date: {DATE_HINT}')


def _shown(value: str, limit: int = 80) -> str:
    """A value quoted in a message: one line, cut when long."""
    value = one_line(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def check_article(article: Article, *, max_chars: int | None = None) -> Article:
    """``article`` checked as every input is, with its URL and date as they are stored.

    Refuses (InputError, one sentence): a NUL character in any field, a text of only
    whitespace, a text over ``max_chars`` characters, an impossible date. Keeps, with a note
    (``Article.notes``): a URL that is not an http(s) link, stored as text; a text that
    reads as another language than French (``language.not_french``).

    Args:
        article: As read from a file, standard input or an API request.
        max_chars: Longest text accepted; None for no limit (the caller has its own).
    """
    for name in ARTICLE_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str):
            refuse_nul(value, name)
    if not article.text.strip():
        raise InputError("empty article")
    if max_chars is not None and len(article.text) > max_chars:
        raise InputError(f"article has {len(article.text)} characters, over the limit of "
                         f"{max_chars} (use --max-chars)")
    url = clean_url(article.url)
    notes = article.notes
    if url is not None and web_link(url) is None:
        notes += (f'url "{_shown(url)}" is not an http(s) URL: kept as text, never shown as '
                  "a link",)
    language = not_french(article.text)
    if language:
        notes += (language,)
    return dataclasses.replace(article, url=url, date=check_date(article.date), notes=notes)
