"""A fixture store for the web app's tests, screenshots and demos.

The Store's own fixtures (:mod:`presswatch.store.fixtures`) plus three articles that
exercise what only pages show: a third outlet in the Geneva story with a reworded
statement (alignment), an article with a reporting-verb cue, flagged boilerplate and a
quote nested in another, and one whose scraped text, title and speaker contain
``<script>`` (it must render as text). Built without spaCy, deterministic.
"""

from __future__ import annotations

import re
from typing import Any

from presswatch.reading import Article
from presswatch.store import Store
from presswatch.store.fixtures import sample_articles

__all__ = ["HOSTILE", "GuillemetAnnotator", "extra_articles", "populate",
           "reported_speech_article"]

HOSTILE = "<script>alert('pw')</script>"
"""Markup planted in the fixture store; no page may ever execute it."""


def _quote(text: str, piece: str, qid: str, **fields: Any) -> dict[str, Any]:
    start = text.index(piece)
    quote = {"id": qid, "start": start, "end": start + len(piece), "text": piece,
             "type": "direct", "act": "statement", "cue": None, "cue_start": None,
             "cue_end": None, "mention": None, "addressee": None, "said_on": None,
             "said_at": None, "parent": None, "confidence": 0.9, "in_boilerplate": False}
    cue = fields.pop("cue", None)
    if cue:
        quote.update(cue=cue, cue_start=text.index(cue), cue_end=text.index(cue) + len(cue))
    quote.update(fields)
    return quote


def _person(name: str, *names: str, roles: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"name": name, "gender": "m", "names": [name, *names], "roles": list(roles),
            "mentions": [0]}


def _record(aid: str, article: Article, quotes: list[dict[str, Any]], people: list[dict],
            interactions: list[dict] = (), boilerplate: list[dict] = ()) -> dict[str, Any]:
    return {"id": aid, "url": article.url, "date": article.date, "outlet": article.outlet,
            "title": article.title, "story": None, "quotes": quotes,
            "interactions": list(interactions), "people": people,
            "boilerplate": list(boilerplate)}


def extra_articles() -> list[tuple[Article, dict[str, Any]]]:
    """The three web-only articles as (article, record) pairs."""
    out = []
    text = ("GENÈVE — Sergueï Lavrov a rencontré Antony Blinken à Genève. « Nous restons "
            "attachés au principe de sécurité indivisible », a affirmé Sergueï Lavrov. "
            "Selon Antony Blinken, Lavrov lui aurait dit : « Nous ne voulons pas la guerre ».\n"
            "Lire aussi : nos autres articles sur la Russie.\n")
    art = Article(id="geneve-3", text=text, url="https://ex.org/6", date="2022-01-21",
                  outlet="Le Soir", title="Lavrov et Blinken à Genève",
                  source="fixtures/geneve-3.json")
    outer = text[text.index("Lavrov lui aurait dit"):text.index("guerre »") + len("guerre »")]
    quotes = [
        _quote(text, "Nous restons attachés au principe de sécurité indivisible", "q1",
               speaker="Sergueï Lavrov", cue="a affirmé", mention="Sergueï Lavrov"),
        _quote(text, outer, "q2", type="indirect", speaker="Antony Blinken", act="statement"),
        _quote(text, "Nous ne voulons pas la guerre", "q3", speaker="Lavrov", act="denial",
               parent="q2"),
    ]
    start = text.index("Lire aussi")
    boiler = [{"start": start, "end": text.index("\n", start), "kind": "read_more"}]
    meeting = {"type": "meeting", "participants": ["Sergueï Lavrov", "Antony Blinken"],
               "place": "Genève", "date": None, "trigger": "rencontré", "trigger_start": 0,
               "trigger_end": 1}
    out.append((art, _record("geneve-3", art, quotes,
                             [_person("Sergueï Lavrov", "Lavrov"),
                              _person("Antony Blinken", "Blinken")], [meeting], boiler)))

    text = (f"Un commentaire a injecté {HOSTILE} dans la page. Le porte-parole "
            f"Jean <b>Dupont</b> a déclaré : « Rien à signaler {HOSTILE} ».\n")
    art = Article(id="hostile", text=text, url="https://ex.org/7", date="2023-05-02",
                  outlet="Le Web <i>Libre</i>", title=f"Titre {HOSTILE}",
                  source="fixtures/hostile.json")
    quotes = [_quote(text, f"Rien à signaler {HOSTILE}", "q1",
                     speaker="Jean <b>Dupont</b>", cue="a déclaré")]
    out.append((art, _record("hostile", art, quotes, [_person("Jean <b>Dupont</b>")])))
    return out


def reported_speech_article() -> tuple[Article, dict[str, Any]]:
    """An article of unknown outlet and date whose two quotes are reported speech: one
    indirect, one mixed (its quoted words in « »). Not in :func:`populate`: tests of
    reported speech and of unknown sources add it to a store of their own."""
    text = ("La ministre Camille Marchand a expliqué que le budget serait voté avant l'été. "
            "Elle a estimé qu'il faudrait « un effort de chacun » pour tenir les comptes.\n")
    art = Article(id="rapporte", text=text, url="https://ex.org/9", date=None, outlet=None,
                  title="Le budget avant l'été", source="fixtures/rapporte.json")
    quotes = [
        _quote(text, "le budget serait voté avant l'été", "q1", type="indirect",
               speaker="Camille Marchand", act="announcement", cue="a expliqué"),
        _quote(text, "il faudrait « un effort de chacun » pour tenir les comptes", "q2",
               type="mixed", speaker="Camille Marchand", act="opinion", cue="a estimé"),
    ]
    return art, _record("rapporte", art, quotes, [_person("Camille Marchand", "Marchand")])


def populate(store: Store) -> dict[str, str]:
    """Store every fixture article, recompute people and stories; input id → stored id."""
    ids = {}
    for article, record in [*sample_articles(), *extra_articles()]:
        ids[article.id] = store.add_article(article, record, pipeline_version="fixtures")
    store.recompute()
    return ids


class GuillemetAnnotator:
    """A stand-in for the spaCy pipeline: every « … » is a direct statement by one fixed
    speaker. Lets tests and screenshots show /analyze without loading a model."""

    version = "guillemets 1"

    def __init__(self, speaker: str = "Jean Fake") -> None:
        self.speaker = speaker

    def __call__(self, article: Article) -> dict[str, Any]:
        quotes = [_quote(article.text, m.group(1), f"q{i + 1}", speaker=self.speaker)
                  | {"start": m.start(1), "end": m.end(1)}
                  for i, m in enumerate(re.finditer(r"« ([^»]+?) »", article.text))]
        return {"id": article.id, "url": article.url, "date": article.date,
                "outlet": article.outlet, "title": article.title, "story": None,
                "quotes": quotes, "interactions": [], "boilerplate": [],
                "people": [{"name": self.speaker, "gender": "m", "names": [self.speaker],
                            "roles": [], "mentions": [0]}]}
