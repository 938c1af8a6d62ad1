"""Resolve the dates an article mentions (`mardi`, `ce vendredi`, `lundi dernier`,
`le 10 février`) against the article's own date.

News reports use the weekday of a recent past event, so a weekday resolves to the latest
such day on or before the article date; an event still to come (`rencontrera mardi`,
`samedi prochain`, `aura lieu le 12 avril`: the caller says so with `ahead`) to the first
such day after it. Other expressions go to dateparser with the article date as its
relative base. Without a full article date nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store parses article dates without loading spaCy
    from spacy.tokens import Doc

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}
MONTHS = ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
          "aout", "septembre", "octobre", "novembre", "décembre", "decembre")
_DAY_OF_MONTH = (r"\d{1,2}(?:er)?\s+(?:" + "|".join(MONTHS) +
                 r")(?:\s+\d{4})?(?:\s+(?:prochain|dernier))?")
"""`12 avril`, `1er mai 2024`, `10 janvier prochain`: `prochain` after the month is kept, so
that `resolve` dates it forwards whatever the tense (`prévue le 9 avril prochain`)."""
DATE_EXPRESSION = re.compile(
    r"\b(?:(?:ce|cette|le|la)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:dernier|prochain|soir|matin|après-midi))?(?:\s+" + _DAY_OF_MONTH + r")?|"
    + _DAY_OF_MONTH + r"|hier|aujourd['’]hui|avant-hier)\b", re.IGNORECASE)


def parse_article_date(value: str | None) -> date | None:
    """A full ISO date (`2022-02-10`, or a datetime); a bare month gives None."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()[:19]).date() if len(value.strip()) >= 10 \
            else None
    except ValueError:
        return None


def resolve(expression: str, article_date: str | None, *, ahead: bool = False) -> str | None:
    """ISO date of `expression`, or None when it cannot be resolved; `ahead` when it dates
    an event after the article (a future tense), as `prochain` does itself."""
    ref = parse_article_date(article_date)
    low = expression.lower().strip()
    words = low.replace("’", "'").split()
    ahead = ahead or "prochain" in words
    if ref is not None:
        if words and words[-1] in {"hier"}:
            return (ref - timedelta(days=1)).isoformat()
        if "avant-hier" in words:
            return (ref - timedelta(days=2)).isoformat()
        if "aujourd'hui" in words:
            return ref.isoformat()
    has_month = any(m in low for m in MONTHS)
    if not has_month:
        for w in words:
            if w in WEEKDAYS and ref is not None and ahead:
                return (ref + timedelta(days=(WEEKDAYS[w] - ref.weekday() - 1) % 7 + 1)
                        ).isoformat()
            if w in WEEKDAYS and ref is not None:
                delta = (ref.weekday() - WEEKDAYS[w]) % 7
                if "dernier" in words and delta == 0:
                    delta = 7
                return (ref - timedelta(days=delta)).isoformat()
        return None
    return _dateparse(low, ref.isoformat() if ref else None, ahead)


@lru_cache(maxsize=4096)
def _dateparse(text: str, ref: str | None, ahead: bool = False) -> str | None:
    import dateparser  # slow to import: only when a month name needs it

    settings = {"PREFER_DATES_FROM": "future" if ahead else "past",
                "REQUIRE_PARTS": ["day", "month"]}
    if ref:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(ref)
    else:
        return None
    text = re.sub(r"^(?:ce|cette|le|la)\s+", "", text)
    text = re.sub(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|prochain|dernier)"
                  r"\b", "", text)
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Date expressions in `text` as (start, end, expression), without a surname spelt
    like a weekday (`le député Paul Dimanche`)."""
    return [(m.start(), m.end(), m.group(0)) for m in DATE_EXPRESSION.finditer(text)
            if not _surname_like_a_day(text, m.start(), m.group(0))]


_ABBREVIATED_TITLE = re.compile(r"(?:M|MM|Dr|Pr)\.")
"""`M.` before a name: its full stop ends no sentence (`M. Dimanche`)."""


def _surname_like_a_day(text: str, start: int, expression: str) -> bool:
    """French writes weekdays in lower case: one capitalised (not shouted) inside a
    sentence, straight after a word or a title on the same line, is a name (`Paul
    Dimanche`, `M. Dimanche`, `le sénateur Dimanche`, `le Journal du Dimanche`), whereas
    `Mardi, …` opening a sentence or a line, or `CE MARDI` in a heading, stay dates."""
    first = expression.split()[0]
    if first.lower() not in WEEKDAYS or not first.istitle():
        return False
    before = text[:start].rstrip(" \u00a0")
    if len(before) == start or not before or before[-1].isspace():
        return False  # glued to the word before, or opening the text or a line
    word = before.rsplit(None, 1)[-1]
    return word[-1:].isalpha() or _ABBREVIATED_TITLE.fullmatch(word) is not None


def when_where(doc: Doc, verb_i: int, article_date: str | None) -> tuple[str | None,
                                                                          str | None]:
    """When and where the reporting verb at `verb_i` says the words were said: a weekday
    or date among its dependents (resolved against `article_date`), a place after `à`,
    `au`, `en`."""
    verb = doc[verb_i]
    said_on = said_at = None
    for child in verb.children:
        if child.dep_ not in {"obl:mod", "obl", "nmod", "advmod", "obl:arg", "obj"}:
            continue
        words = doc[child.left_edge.i: child.right_edge.i + 1]
        if said_on is None and (child.lower_ in WEEKDAYS or child.lower_ == "hier" or
                                child.ent_type_ == "DATE"):
            said_on = resolve(words.text.lower(), article_date)
        if said_at is None and child.ent_type_ == "LOC" and any(
                t.lower_ in {"à", "au", "en"} for t in child.children):
            said_at = child.text
    return said_on, said_at
