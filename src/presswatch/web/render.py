"""Server-side rendering: the Jinja environment, article highlighting, search-term marks.

The environment is built once with ``autoescape=True``: every value a template prints is
escaped unless it is :class:`markupsafe.Markup`, and the only Markup made here comes from
:func:`highlight` and :func:`mark_terms` (which escape every piece of text themselves)
and :mod:`.chart`. Citations are :func:`presswatch.formats.citation.cite`'s.
"""

from __future__ import annotations

import re
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
from presswatch.textutil import fold
from presswatch.web.i18n import LANGS, act_label, counted, interaction_label, label, noun_for

__all__ = ["highlight", "lang_of", "mark_terms", "page", "quote_anchor", "render_error",
           "search_terms"]

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


_WORD = re.compile(r"\w+")


def search_terms(q: str) -> list[str]:
    """The words of a search, folded (case and accents), as full-text search matches them."""
    return [fold(w) for w in _WORD.findall(q or "")]


def mark_terms(text: str | None, terms: list[str]) -> Markup:
    """``text`` escaped, with each word that starts like a search term in ``<mark
    class="hit">`` (folded: ``Genève`` finds ``geneve``)."""
    text = text or ""
    if not terms:
        return Markup.escape(text)
    out, last = [], 0
    for word in _WORD.finditer(text):
        if any(fold(word.group()).startswith(t) for t in terms):
            out += [Markup.escape(text[last:word.start()]),
                    Markup('<mark class="hit">'), Markup.escape(word.group()),
                    Markup("</mark>")]
            last = word.end()
    out.append(Markup.escape(text[last:]))
    return Markup("").join(out)


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


def _here_maker(request: Request):
    def here(**changes: Any) -> str:
        """This page's URL with some parameters changed (None removes one); a change of
        filters starts again from the first page."""
        query = {k: v for k, v in request.query_params.items() if k != "cursor"}
        for key, value in changes.items():
            if value is None or value == "":
                query.pop(key, None)
            else:
                query[key] = str(value)
        return request.url.path + ("?" + urlencode(query) if query else "")

    return here


def page(request: Request, template: str, status: int = 200, **context: Any) -> str:
    """Render a page with the helpers every template uses: ``t`` (labels), ``act``,
    ``itype`` (an interaction type), ``n`` (a count and its noun, agreed), ``noun`` (the
    noun alone), ``href`` (language-keeping links), ``here`` (this page with other
    parameters), ``link`` (a stored URL as an ``href``, or None when it is not an http(s)
    URL: it is then shown as text), ``cite``, ``verbatim`` (whether a quote may be shown
    in guillemets), ``anchor`` and ``hits`` (search terms marked)."""
    lang = lang_of(request)
    other = "en" if lang == "fr" else "fr"
    switch = dict(request.query_params) | {"lang": other}
    return _env.get_template(template).render(
        request=request, lang=lang, t=lambda key: label(lang, key),
        act=lambda a: act_label(lang, a), itype=lambda k: interaction_label(lang, k),
        n=lambda count, noun: counted(lang, count, noun),
        noun=lambda count, noun: noun_for(lang, count, noun), href=_href_maker(lang),
        here=_here_maker(request), link=web_link, cite=cite, verbatim=is_verbatim,
        anchor=quote_anchor, hits=mark_terms, version=__version__,
        switch_lang=request.url.path + "?" + urlencode(switch), status=status, **context)


def render_error(request: Request, status: int, message: str) -> str:
    """The HTML error page (the JSON twin is :func:`presswatch.web.errors.envelope`)."""
    return page(request, "error.html", status=status, message=message)
