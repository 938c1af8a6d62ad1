"""The checks every article passes, whichever way it came in (files, standard input, the
HTTP API): one function per field, so the CLI and the API refuse the same things with the
same sentence.

URLs get a policy rather than a refusal. An article's URL is metadata that pages turn into
a "source" link, and a browser runs ``javascript:`` (or ``JavaScript:``, or `` javascript:``:
browsers ignore surrounding spaces and any tab or newline inside) when it is clicked. So a
value is a *link* only when it is an absolute ``http``/``https`` URL with a host and
nothing a browser would silently drop; anything else is kept as text, stored as given and
shown as text, never written into an ``href``. Pages ask :func:`web_link` again when they
render, so a store written before this check existed is as safe.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["WEB_SCHEMES", "clean_url", "web_link"]

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
