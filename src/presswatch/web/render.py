"""Server-side rendering: the Jinja environment, article highlighting and citations.

The environment is built once with ``autoescape=True``: every value a template prints is
escaped unless it is :class:`markupsafe.Markup`, and the only Markup made here comes from
:func:`highlight` (which escapes every piece of article text itself) and :mod:`.chart`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from presswatch import __version__
from presswatch.formats.citation import cite, is_verbatim, speaker_name
from presswatch.formats.records import article_spans, highlight_spans
from presswatch.reading.checks import web_link
from presswatch.web.i18n import LANGS, act_label, label

__all__ = ["citation", "highlight", "lang_of", "page", "quote_anchor", "render_error"]

TEMPLATES = Path(__file__).parent / "templates"

_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                   lstrip_blocks=True)


def lang_of(request: Request) -> str:
    """The page language: ``?lang=en`` or French (an unknown value is not an error)."""
    lang = request.query_params.get("lang", "fr")
    return lang if lang in LANGS else "fr"


def _href_maker(lang: str):
    def href(path: str, **params: Any) -> str:
        """A link that keeps the page language; ``None`` parameters are left out."""
        query = {k: v for k, v in params.items() if v is not None and v != ""}
        if lang != "fr":
            query["lang"] = lang
        return path + ("?" + urlencode(query) if query else "")

    return href


def quote_anchor(quote: dict[str, Any]) -> str:
    """The element id of a quote on its article page (from its offsets, so any quote row,
    search hit included, can link to it)."""
    if quote.get("start") is not None and quote.get("end") is not None:
        return f"q-{quote['start']}-{quote['end']}"
    return "q-" + str(quote.get("key") or "").rpartition(":")[2]


def citation(quote: dict[str, Any], article_url: str | None = None) -> str:
    """How to cite a quote (:func:`presswatch.formats.citation.cite`: marks for a direct
    quote only, reported speech for the others)."""
    return cite(quote, article_url)


def highlight(text: str, quotes: list[dict[str, Any]], boilerplate: list[dict[str, Any]],
              lang: str) -> Markup:
    """``text`` escaped, with quotes as ``<mark>`` (hover title: resolved speaker and act),
    cues and greyed boilerplate, nested quotes nested: :mod:`presswatch.formats.records`'s renderer,
    fed with the stored offsets and display names."""
    shown = []
    for q in quotes:
        shown.append({**q, "id": f"{q['start']}-{q['end']}",
                      "speaker": speaker_name(q) or label(lang, "unknown_speaker"),
                      "act": act_label(lang, q.get("act"))})
    record = {"quotes": shown, "boilerplate": boilerplate}
    return Markup(highlight_spans(text, article_spans(record, len(text), "q")))


def page(request: Request, template: str, status: int = 200, **context: Any) -> str:
    """Render a page with the helpers every template uses: ``t`` (labels), ``act``,
    ``href`` (language-keeping links), ``link`` (a stored URL as an ``href``, or None when
    it is not an http(s) URL: it is then shown as text), ``cite``, ``verbatim`` (whether a
    quote is shown in « ») and ``anchor``."""
    lang = lang_of(request)
    other = "en" if lang == "fr" else "fr"
    switch = dict(request.query_params) | {"lang": other}
    return _env.get_template(template).render(
        request=request, lang=lang, t=lambda key: label(lang, key),
        act=lambda a: act_label(lang, a), href=_href_maker(lang), link=web_link, cite=citation,
        verbatim=is_verbatim,
        anchor=quote_anchor, version=__version__,
        switch_lang=request.url.path + "?" + urlencode(switch), status=status, **context)


def render_error(request: Request, status: int, message: str) -> str:
    """The HTML error page (the JSON twin is :func:`presswatch.web.errors.envelope`)."""
    return page(request, "error.html", status=status, message=message)
