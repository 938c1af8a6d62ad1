"""A small, deterministic set of annotated articles for tests, demos and benchmarks.

The records have the shape ``presswatch annotate --format jsonl`` gives, built without a
spaCy model so that storage, linking and query tests run in milliseconds. The people in it
exercise cross-article linking: one person under three transliterations, a role-only
speaker whose holder changed between two dates, and two different people sharing a surname.
"""

from __future__ import annotations

from typing import Any

from presswatch.reading import Article

__all__ = ["annotated", "interaction", "person", "populate", "sample_articles"]


def _article(aid: str, *, date: str | None, outlet: str, url: str | None,
             parts: list[str | tuple[str, dict[str, Any]]], people: list[dict[str, Any]],
             interactions: list[dict[str, Any]] = ()) -> tuple[Article, dict[str, Any]]:
    """Join ``parts`` into a text; each (quote text, fields) part becomes a quote whose
    offsets point at it, so every record is internally consistent."""
    text, quotes = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        quote, fields = part
        start = len(text)
        text += quote
        quotes.append({"id": f"q{len(quotes) + 1}", "start": start, "end": len(text),
                       "text": quote, "type": "direct", "act": "statement", "cue": None,
                       "cue_start": None, "cue_end": None, "mention": None, "addressee": None,
                       "said_on": None, "said_at": None, "parent": None, "confidence": 0.9,
                       "in_boilerplate": False, **fields})
    record = {"id": aid, "url": url, "date": date, "outlet": outlet, "title": None,
              "story": None, "quotes": quotes, "interactions": list(interactions),
              "people": people, "boilerplate": []}
    return Article(id=aid, text=text, url=url, date=date, outlet=outlet,
                   source=f"fixtures/{aid}.json"), record


def _person(name: str, *names: str, roles: tuple[str, ...] = (), gender: str = "m") -> dict:
    return {"name": name, "gender": gender, "names": [name, *names], "roles": list(roles),
            "mentions": [0]}


def _meeting(kind: str, place: str | None, *participants: str) -> dict[str, Any]:
    return {"type": kind, "participants": list(participants), "place": place, "date": None,
            "trigger": kind, "trigger_start": 0, "trigger_end": 1}


def annotated(aid: str, *, date: str | None, outlet: str, url: str | None = None,
              parts: list[str | tuple[str, dict[str, Any]]],
              people: list[dict[str, Any]] = (),
              interactions: list[dict[str, Any]] = ()) -> tuple[Article, dict[str, Any]]:
    """One annotated article for a test: ``parts`` are text pieces and (quote, fields)
    pairs, as in :func:`sample_articles`."""
    return _article(aid, date=date, outlet=outlet, url=url, parts=parts, people=list(people),
                    interactions=interactions)


def person(name: str, *names: str, roles: tuple[str, ...] = (), gender: str = "m") -> dict:
    """A ``people`` entry of an annotated record."""
    return _person(name, *names, roles=roles, gender=gender)


def interaction(kind: str, place: str | None, *participants: str,
                date: str | None = None) -> dict[str, Any]:
    """An ``interactions`` entry of an annotated record (``date``: as resolved in the text)."""
    return {**_meeting(kind, place, *participants), "date": date}


def sample_articles() -> list[tuple[Article, dict[str, Any]]]:
    """Five annotated articles: (article, record) pairs ready for ``Store.add_article``."""
    return [
        _article("geneve-1", date="2022-01-21", outlet="Le Quotidien", url="https://ex.org/1",
                 parts=["Le ministre russe des Affaires étrangères Sergueï Lavrov a déclaré : « ",
                        ("Nous restons attachés à la sécurité indivisible",
                         {"speaker": "Sergueï Lavrov", "act": "statement"}),
                        " ». Le secrétaire d'État américain Antony Blinken a prévenu : « ",
                        ("Toute agression aura un coût sévère",
                         {"speaker": "Antony Blinken", "act": "warning",
                          "addressee": "Sergueï Lavrov"}),
                        " ». Les deux hommes se sont rencontrés à Genève.\n"],
                 people=[_person("Sergueï Lavrov", "Lavrov",
                                 roles=("le ministre russe des Affaires étrangères",)),
                         _person("Antony Blinken", "Blinken",
                                 roles=("le secrétaire d'État américain",))],
                 interactions=[_meeting("meeting", "Genève", "Sergueï Lavrov",
                                        "Antony Blinken")]),
        _article("geneve-2", date="2022-01-22", outlet="La Gazette", url="https://ex.org/2",
                 parts=["Le chef de la diplomatie russe a accusé l'Occident : « ",
                        ("Vous attisez les tensions", {"speaker": "le chef de la diplomatie "
                                                                  "russe",
                                                       "act": "accusation"}),
                        " ». Sergey Lavrov et Anthony Blinken se sont vus à Genève. « ",
                        ("La diplomatie reste possible",
                         {"speaker": "Anthony Blinken", "act": "opinion"}),
                        " », a dit M. Blinken.\n"],
                 people=[_person("Sergey Lavrov", "Lavrov"),
                         _person("Anthony Blinken", "Blinken")],
                 interactions=[_meeting("talks", "Genève", "Sergey Lavrov",
                                        "Anthony Blinken")]),
        _article("ryad", date="2025-02-18", outlet="Le Quotidien", url="https://ex.org/3",
                 parts=["À Ryad, le secrétaire d'État américain Marco Rubio a rencontré le "
                        "chef de la diplomatie russe Sergueï Lavrov. « ",
                        ("Ce fut une conversation utile",
                         {"speaker": "le secrétaire d'État américain", "act": "opinion"}),
                        " », a dit le secrétaire d'État américain.\n"],
                 people=[_person("Marco Rubio", "Rubio",
                                 roles=("le secrétaire d'État américain",)),
                         _person("Sergueï Lavrov", "Lavrov",
                                 roles=("le chef de la diplomatie russe",))],
                 interactions=[_meeting("talks", "Ryad", "Marco Rubio", "Sergueï Lavrov")]),
        _article("renard", date="2022-03-01", outlet="Le Sport", url="https://ex.org/4",
                 parts=["Le sélectionneur Hervé Renard a salué son équipe : « ",
                        ("Je suis fier de ce groupe", {"speaker": "Hervé Renard",
                                                       "act": "praise"}),
                        " ». La capitaine Wendie Renard a ajouté : « ",
                        ("Nous voulons le titre", {"speaker": "Wendie Renard",
                                                   "act": "statement"}),
                        " ».\n"],
                 people=[_person("Hervé Renard", roles=("le sélectionneur",)),
                         _person("Wendie Renard", roles=("la capitaine",), gender="f")]),
        _article("reprint", date="2022-01-23", outlet="L'Écho", url="https://ex.org/5",
                 parts=["Sergueï Lavrov a répété : « ",
                        ("Nous restons attachés à la sécurité indivisible",
                         {"speaker": "Lavrov", "act": "statement"}),
                        " ».\n"],
                 people=[_person("Sergueï Lavrov", "Lavrov")]),
    ]


def populate(store: Any, *, pipeline_version: str = "fixtures") -> list[str]:
    """Store :func:`sample_articles` and recompute people and stories; the stored ids."""
    ids = [store.add_article(article, record, pipeline_version=pipeline_version)
           for article, record in sample_articles()]
    store.recompute()
    return ids
