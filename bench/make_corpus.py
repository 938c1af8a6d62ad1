"""Build a large corpus of distinct articles from the real paragraphs of examples/*.txt.

    python bench/make_corpus.py --n 10000 --out /tmp/presswatch-corpus.jsonl
    python bench/make_corpus.py --n 1000 --out corpus.jsonl --people 300 --seed 7

Each article recombines 4 to 12 paragraphs of the examples and substitutes, consistently
within the article, every person's name (a first name of the general lexicon and the
surname after it, then the surname alone) with one of ``--people`` synthetic people, every
weekday and every number; each gets its own date within ``--days`` days, outlet and URL.
So no two texts are alike (deduplication, which hashes the normalised text, keeps them
all) while the same synthetic people recur across articles, as real people do, and
linking, stories and events have work to do. Output: JSON Lines that ``presswatch ingest``
reads (id, url, date, outlet, text).

:func:`annotated_articles` makes pre-annotated records instead (no spaCy): events of two or
three synthetic people, each reported by one to four outlets within a few days, with the
people entries, quotes (some reprinted verbatim, some reworded), interactions and keywords
an annotation would give, for benchmarks of what is derived across articles. By default each
event is told in its own words (``vocabulary="event"``): the examples' sentences with their
long words swapped for words of the event's own vocabulary, as real reports of one event share
its organisations, places and topic words that other events lack. Measured on real text
(2026-12-05): of the 150 articles of ``../shared/corpus/articles.jsonl``, 5 pairs reach the
story threshold and the largest connected part of that graph has 2 articles; of the 50 tuning
texts of the dev set (built as stories of 3 to 5 reports), the largest has 13. The older
``vocabulary="shared"`` draws every event's sentences from the same 65 example sentences, so
at 2,000 articles nearly every compared pair reaches the threshold and the whole store is one
part: a worst case for story grouping, kept for comparison (``bench/incremental.py
--vocabulary shared``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from presswatch.lexicon import load_first_names
from presswatch.store.rows import text_hash

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_NUMBER = re.compile(r"\d+")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_SYLLABLES = ("ka", "ro", "vi", "lan", "mer", "to", "sa", "bel", "dri", "no", "ga", "ler",
              "mi", "sko", "tra", "ven", "du", "chon", "fa", "rel", "po", "zin", "ma", "ton")
_ENDINGS = ("ov", "ier", "ard", "ski", "elli", "son", "ez", "aud", "ens", "ani", "et", "in")


@dataclass(frozen=True, slots=True)
class Someone:
    """A synthetic person: first name (from the lexicon), surname (made up), gender."""

    first: str
    last: str
    gender: str


def synthetic_people(n: int, rng: random.Random, *, syllables: int = 2) -> list[Someone]:
    """``n`` distinct people: lexicon first names, surnames built from one to ``syllables``
    syllables (two give about 7,000 distinct surnames, three about 160,000)."""
    firsts = [(name, g) for name, g in load_first_names().items() if g in ("m", "f")]
    people, seen = [], set()
    while len(people) < n:
        first, gender = rng.choice(firsts)
        last = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, syllables)))
        last = (last + rng.choice(_ENDINGS)).capitalize()
        if last not in seen:
            seen.add(last)
            people.append(Someone(first.title(), last, gender))
    return people


def paragraphs() -> list[str]:
    """Every non-empty line of the examples (their paragraphs)."""
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        out += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
                if len(ln.strip()) > 40]
    return out


def _names_in(text: str, first_names: dict[str, str]) -> dict[str, str]:
    """Surname → gender of the people a text names as ``Firstname Surname``."""
    found = {}
    for m in re.finditer(r"\b([A-ZÉ][a-zéèëïîç]+)\s+([A-Z][A-Za-zéèëïîç-]+)\b", text):
        first, last = m.group(1), m.group(2)
        gender = first_names.get(first.lower().replace("é", "e").replace("ï", "i"))
        if gender in ("m", "f") and last.lower() not in first_names:
            found[last] = gender
    return found


def rewrite(text: str, cast: dict[str, Someone], rng: random.Random) -> str:
    """Swap each surname (with the first name before it) for its synthetic person, and
    every weekday and number for another."""
    for last, who in cast.items():
        text = re.sub(rf"\b[A-ZÉ][\wéèëïîç]+(?:\s+[A-ZÉ][\wéèëïîç]+)?\s+{re.escape(last)}\b",
                      f"{who.first} {who.last}", text)
        text = re.sub(rf"\b{re.escape(last)}\b", who.last, text)
    text = _WEEKDAY.sub(lambda _m: rng.choice(WEEKDAYS), text)
    return _NUMBER.sub(lambda m: str(rng.randint(1, 10 ** len(m.group(0)) - 1)), text)


def articles(n: int, *, people: int = 500, days: int = 730, seed: int = 1,
             start: date = date(2021, 1, 1)) -> Iterator[dict]:
    """``n`` distinct article records (see the module docstring)."""
    rng = random.Random(seed)
    pool = synthetic_people(people, rng)
    by_gender = {g: [p for p in pool if p.gender == g] for g in ("m", "f")}
    first_names = load_first_names()
    source = paragraphs()
    names = [_names_in(p, first_names) for p in source]
    outlets = [f"La Gazette de {p.last}" for p in rng.sample(pool, min(60, len(pool)))]
    seen: set[str] = set()
    made = 0
    while made < n:
        picks = rng.sample(range(len(source)), rng.randint(4, min(12, len(source))))
        cast: dict[str, Someone] = {}
        for i in picks:
            for last, gender in names[i].items():
                if last not in cast:
                    cast[last] = rng.choice(by_gender[gender])
        text = "\n\n".join(rewrite(source[i], cast, rng) for i in picks)
        digest = text_hash(text)
        if digest in seen:
            continue
        seen.add(digest)
        yield {"id": f"bench-{made:06d}", "url": f"https://bench.example/{made}",
               "date": (start + timedelta(days=rng.randrange(days))).isoformat(),
               "outlet": rng.choice(outlets), "text": text}
        made += 1


PLACES = ("Genève", "Moscou", "Bruxelles", "Pékin", "Ryad", "Vienne", "Berlin", "Rome",
          "Madrid", "Ankara", "Tunis", "Dakar", "Québec", "Lisbonne", "Oslo", "Varsovie")
ROLES = ("le ministre des Affaires étrangères", "le porte-parole du gouvernement",
         "le président de la commission", "la secrétaire d'État", "le chef de la diplomatie",
         "le Premier ministre", "la ministre de la Défense", "le président du Sénat")
KINDS = ("meeting", "talks", "phone_call", "visit", "press_conference")
VERBS = ("a déclaré", "a affirmé", "a estimé", "a averti", "a dénoncé", "a assuré")


def sentences(shortest: int = 20) -> list[str]:
    """Sentences of the examples, without quotation marks, ``shortest`` to 300 characters."""
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("«", " ").replace("»", " ")
        for s in re.split(r"(?<=[.!?])\s+|\n+", text.replace('"', " ")):
            s = " ".join(s.split())
            if shortest <= len(s) <= 300:
                out.append(s.rstrip("."))
    return out


def _reworded(text: str, rng: random.Random) -> str:
    """Another outlet's rendering of one quote: a few words dropped."""
    words = text.split()
    drop = set(rng.sample(range(len(words)), k=min(len(words) // 6, 4)))
    return " ".join(w for i, w in enumerate(words) if i not in drop)


TOPIC_WORDS = 3000
"""Words of the general vocabulary events draw their own words from (each event takes
EVENT_WORDS of them, so two events share a few topic words now and then, as real news
shares `sanctions` or `élection`)."""
EVENT_WORDS = 12
_LONG_WORD = re.compile(r"\b[^\W\d_]{6,}\b")


def topic_words(rng: random.Random, n: int = TOPIC_WORDS) -> list[str]:
    """``n`` distinct made-up words of two to four syllables."""
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(out)


def in_own_words(sentence: str, words: list[str], rng: random.Random) -> str:
    """One sentence told with an event's words: each word of six letters or more becomes
    one of ``words`` (capitalised where it was); short words (articles, verbs) stay."""
    def swap(m: re.Match[str]) -> str:
        word = rng.choice(words)
        return word.capitalize() if m.group()[0].isupper() else word
    return _LONG_WORD.sub(swap, sentence)


def annotated_articles(n: int, *, people: int = 500, days: int = 730, seed: int = 1,
                       start: date = date(2021, 1, 1), prefix: str = "syn",
                       vocabulary: str = "event") -> Iterator[tuple[dict, str]]:
    """``n`` pre-annotated records, each with its text: (record, text) pairs in the shape
    ``presswatch annotate --format jsonl`` gives (see the module docstring; ``vocabulary``
    is "event" or "shared")."""
    from presswatch.linking.story_text import keywords

    if vocabulary not in ("event", "shared"):
        raise ValueError(f"vocabulary must be 'event' or 'shared', not {vocabulary!r}")
    rng = random.Random(seed)
    pool = synthetic_people(people, rng)
    role_of = {p.last: rng.choice(ROLES) for p in pool if rng.random() < 0.4}
    general = sentences(40)
    topics = topic_words(random.Random(seed + 1)) if vocabulary == "event" else []
    outlets = [f"La Gazette de {p.last}" for p in rng.sample(pool, min(60, len(pool)))]
    made = 0
    while made < n:
        cast = rng.sample(pool, rng.randint(2, 3))
        day = start + timedelta(days=rng.randrange(days))
        place, kind = rng.choice(PLACES), rng.choice(KINDS)
        said = general
        if topics:
            own = rng.sample(topics, EVENT_WORDS)
            said = [in_own_words(s, own, rng) for s in rng.sample(general, 12)]
        statements = [(rng.choice(cast), rng.choice(said)) for _ in range(rng.randint(2, 5))]
        for _report in range(min(rng.choice((1, 1, 2, 3, 4)), n - made)):
            text, quotes = f"{place} : {cast[0].first} {cast[0].last} et {cast[1].first} " \
                f"{cast[1].last} se sont entretenus.\n\n", []
            for who, words in rng.sample(statements, rng.randint(1, len(statements))):
                words = words if rng.random() < 0.5 else _reworded(words, rng)
                speaker = rng.choice((f"{who.first} {who.last}", who.last, f"M. {who.last}"))
                if who.last in role_of and rng.random() < 0.2:
                    speaker = role_of[who.last]
                text += f"{speaker} {rng.choice(VERBS)} : « "
                quotes.append({"id": f"q{len(quotes) + 1}", "start": len(text),
                               "end": len(text) + len(words), "text": words,
                               "type": "direct", "speaker": speaker, "act": "statement"})
                text += words + " ».\n\n"
            text += " ".join(rng.sample(said, 3)) + ".\n"
            aid = f"{prefix}-{made:06d}"
            reported = day + timedelta(days=rng.randint(0, 2))
            entries = [{"name": f"{p.first} {p.last}", "gender": p.gender,
                        "names": [f"{p.first} {p.last}", p.last],
                        "roles": [role_of[p.last]] if p.last in role_of else [],
                        "mentions": [0]} for p in cast]
            meets = [{"type": kind, "participants": [f"{p.first} {p.last}" for p in cast[:2]],
                      "place": place if rng.random() < 0.7 else None,
                      "date": day.isoformat() if rng.random() < 0.3 else None,
                      "trigger": kind, "trigger_start": 0, "trigger_end": 1}]
            record = {"id": aid, "url": f"https://bench.example/{prefix}/{made}",
                      "date": reported.isoformat() if rng.random() < 0.8 else None,
                      "outlet": rng.choice(outlets), "title": None, "story": None,
                      "quotes": quotes, "interactions": meets, "people": entries,
                      "boilerplate": [], "keywords": keywords(text)}
            yield record, text
            made += 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to write")
    parser.add_argument("--out", required=True, help="JSON Lines file to write ('-': stdout)")
    parser.add_argument("--people", type=int, default=500, help="synthetic people to cast")
    parser.add_argument("--days", type=int, default=730, help="dates spread over this many days")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for record in articles(args.n, people=args.people, days=args.days, seed=args.seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"wrote {args.n} distinct articles to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
