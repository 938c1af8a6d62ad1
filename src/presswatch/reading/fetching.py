"""A URL given as an input: the page fetched with trafilatura, then read as a file is.

``presswatch annotate https://…`` downloads the page with trafilatura's own fetcher (its
timeouts, size limit and retries), decodes the bytes by the rules of
:mod:`presswatch.reading.decoding` and extracts the article as for an ``.html`` file; the
article's ``url`` is the address the page was served from. Nothing is fetched unless the
user names a URL.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from presswatch.reading.decoding import decode_bytes
from presswatch.reading.model import InputError

__all__ = ["fetch_page", "is_url", "url_id"]

_NOT_ID = re.compile(r"[^\w.-]+")


def is_url(name: str) -> bool:
    """Whether an input names a web page (``http://`` or ``https://``) rather than a path."""
    return name[:8].lower().startswith(("http://", "https://"))


def url_id(url: str) -> str:
    """An article id for a fetched page: its last path segment without an ending
    (``/2022/02/10/sommet-geneve.html`` -> ``sommet-geneve``), else its host."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    name = segments[-1].rsplit(".", 1)[0] if segments else parts.netloc
    return _NOT_ID.sub("-", name).strip("-") or parts.netloc or "page"


def fetch_page(url: str, *, private_addresses: bool = True) -> tuple[str, str]:
    """The decoded page at ``url`` and the URL it was served from.

    Args:
        url: An ``http(s)://`` address.
        private_addresses: Whether a host on a private network or this machine may be
            fetched. The command line reads what its own user names, an intranet page
            included; trafilatura's SSRF protection (False here) is for a server fetching
            addresses that strangers send.

    Raises:
        InputError: The page could not be fetched (no answer, an HTTP error status) or is
            not text.
    """
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if private_addresses else "on")
    response = fetch_response(url, config=config)
    if response is None or response.data is None:
        raise InputError("cannot fetch the page: no answer")
    if response.status != 200:
        raise InputError(f"cannot fetch the page: HTTP status {response.status}")
    return decode_bytes(response.data), response.url or url
