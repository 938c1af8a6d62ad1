"""What an article's words say about which event it reports: compact text features for
story grouping.

Outlets name one event's parties differently and most articles carry no date, but they
share the event's distinctive words: the names of its places and people, the organisation,
`sommet`, `élection`, `Genève`, `CAQ`. An article is reduced to its most frequent content
words (:func:`keywords`, title and lead counted twice), which is small enough to keep for
every article of a run or a store; :mod:`presswatch.linking.stories` weighs them by how
rare they are in general news (TF-IDF with frozen document frequencies, so that two
articles' similarity never depends on the other articles of a run or store) and compares
articles by cosine. Plain regular expressions, no parse: the store can compute them from a stored
text, and they cost a fraction of a millisecond per article.
"""

from __future__ import annotations

import functools
import math
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from importlib import resources

from presswatch.nlp.dates import MONTHS, WEEKDAYS
from presswatch.textutil import fold

__all__ = ["MAX_KEYWORDS", "WHEN_MARK", "cosine", "event_words", "general_idf", "is_name",
           "keywords", "term_of", "weigh", "when_said"]

MAX_KEYWORDS = 80
"""Words kept per article: enough for cosine to separate events, small for a store."""
LEAD_CHARS = 400
"""The title and lead, whose words are counted twice: they name the event."""
MIN_LEN = 3

_WORD = re.compile(r"[^\W\d_]+(?:[-][^\W\d_]+)*")
_INSIDE = r'[^\s.!?«"—:|]'  # a character no sentence starts after (a line break is \s)
_WORD_IN_SENTENCE = re.compile(
    rf"(?:(?<={_INSIDE})|(?<={_INSIDE}\s)|(?<={_INSIDE}\s\s))({_WORD.pattern})|({_WORD.pattern})")
"""Each :data:`_WORD` match (the same places: both alternatives need one there), in the first
group when the last non-space character of the three before it is no sentence start."""
_TERMS: dict[str, tuple[str | None, bool]] = {}
"""Word as written → its term (:func:`term_of`) and whether it is capitalised, for
:func:`keywords`: a stream's articles share most of their words. Emptied past
:data:`_MAX_TERMS` entries, so a long stream's memory stays flat."""
_MAX_TERMS = 1 << 16
# news words that every story uses, on top of spaCy's French stop words
_GENERIC = {
    "selon", "dit", "fait", "faire", "ete", "etre", "avoir", "annee", "ans", "jour", "jours",
    "mois", "semaine", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre", "declare", "affirme", "indique",
    "explique", "ajoute", "precise", "souligne", "estime", "annonce", "lire", "aussi",
    "article", "photo", "afp", "reuters", "heure", "heures", "fois", "monsieur", "madame",
}


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's French stop words and the news words above, folded. Read on first use:
    importing spaCy's French package takes seconds, which a store read must not pay."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    return frozenset({fold(w) for w in STOP_WORDS} | _GENERIC)


_ACCENTS = {c: unicodedata.normalize("NFKD", chr(c))[0] for c in range(0xC0, 0x250)
            if len(unicodedata.normalize("NFKD", chr(c))) > 1}
_ACCENTS[ord("’")] = "'"


def term_of(word: str) -> str | None:
    """The matching form of one word (folded, a plural s/x dropped), or None for a word
    too short, too common or not a word."""
    f = fold(word.split("'")[-1]).lower()
    if len(f) < MIN_LEN or f in _stop_words():
        return None
    if len(f) > MIN_LEN + 1 and f[-1] in "sx":
        f = f[:-1]
    return f


def keywords(text: str, skip: Iterable[tuple[int, int]] = ()) -> dict[str, int]:
    """The article's most frequent content words → counts (title and lead twice), at most
    :data:`MAX_KEYWORDS`; character spans in ``skip`` (boilerplate) are left out.

    A word capitalised inside a sentence (the last non-space character of the three before
    it is no sentence start) votes for its term being a name, one in lower case there
    against. Why it is written this way: an article's 270 words are about 160 distinct
    (word, inside a sentence or not) pairs, which one ``findall`` of
    :data:`_WORD_IN_SENTENCE` and a ``Counter`` (both in C) give; each pair is then looked
    at once in Python, and accents come off each distinct word rather than the whole text
    (a match object and a slice per word, and the text's translation, cost twice this);
    a word's term is worked out once per process (:data:`_TERMS`)."""
    for a, b in skip:
        text = text[:a] + " " * (b - a) + text[b:]
    counts: dict[str, int] = {}
    named: dict[str, int] = {}  # capitalised inside a sentence (+1 each) or not (-1)
    seen = _TERMS
    if len(seen) > _MAX_TERMS:
        seen.clear()

    def term(word: str) -> tuple[str | None, bool]:
        found = seen.get(word)
        if found is None:
            bare = word.translate(_ACCENTS)  # (no accented letter stops being a letter)
            found = seen[word] = (term_of(bare.lower()), bare[0].isupper())
        return found

    for (inside, other), n in Counter(_WORD_IN_SENTENCE.findall(text)).items():
        t, upper = term(inside or other)
        if t is None:
            continue
        counts[t] = counts.get(t, 0) + n
        if inside:
            named[t] = named.get(t, 0) + (n if upper else -n)
    for m in _WORD.finditer(text):  # the title and lead: their words count once more
        if m.start() >= LEAD_CHARS:
            break
        if (t := term(m.group())[0]) is not None:
            counts[t] += 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_KEYWORDS]
    return {(t.capitalize() if named.get(t, 0) > 0 else t): n for t, n in top}


def is_name(term: str) -> bool:
    """A keyword the article mostly writes capitalised inside sentences: a place, a
    person, an organisation (``Geneve``), the words that identify one event."""
    return term[:1].isupper()


class _GeneralIdf(dict[str, float]):
    """Inverse document frequency of each term in general news; a term the table lacks
    weighs as one no article of it used."""

    def __init__(self, counts: Mapping[str, int], articles: int) -> None:
        super().__init__({t: math.log((articles + 1) / (n + 1)) + 1 for t, n in counts.items()})
        self.unseen = math.log(articles + 1) + 1

    def __missing__(self, term: str) -> float:
        return self.unseen


@functools.cache
def general_idf() -> Mapping[str, float]:
    """Weights of the shipped document frequencies (``data/story_words.tsv``, made by
    :mod:`presswatch.training.story_words`): the same for every run and every store."""
    text = resources.files("presswatch.data").joinpath("story_words.tsv").read_text("utf-8")
    articles, counts = 0, {}
    for line in text.splitlines():
        if line.startswith("# articles\t"):
            articles = int(line.split("\t")[1])
        elif line and not line.startswith(("#", "term\t")):
            term, _, n = line.partition("\t")
            counts[term] = int(n)
    return _GeneralIdf(counts, articles)


def weigh(terms: Mapping[str, int], idf: Mapping[str, float]) -> dict[str, float]:
    """Unit-length TF-IDF vector of one article's keywords (sublinear counts)."""
    vec = {t: (1 + math.log(n)) * idf[t] for t, n in terms.items() if n > 0}
    norm = math.sqrt(sum(x * x for x in vec.values()))
    return {t: x / norm for t, x in vec.items()} if norm else {}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two unit-length vectors (summed over the shared words in sorted order:
    the same value whatever the order of the arguments or of the dicts)."""
    shared = sorted(a.keys() & b.keys())
    return sum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


@functools.cache
def event_words() -> dict[str, str]:
    """The editable lexicon of event words (``data/event_words.tsv``): term → label."""
    text = resources.files("presswatch.data").joinpath("event_words.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", "word\t")):
            continue
        word, _, label = line.partition("\t")
        if (t := term_of(word.strip())) is not None:
            out.setdefault(t, label.strip() or word.strip())
    return out


WHEN_MARK = "@"
"""First character of the date evidence :func:`when_said` adds to an article's keywords (no
word starts with it): kept and stored with them, never compared as words."""
_MONTHS = tuple(dict.fromkeys(fold(m) for m in MONTHS))  # the twelve, folded, in order
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_DATELINE = re.compile(r"\s*date ((?:19|20)\d\d-[01]\d)\b")
_LEAD_DAY = re.compile(rf"\b(1er|[0-3]?\d) ({_MONTH})\b(?: ((?:19|20)\d\d)\b)?")
_SPAN_BOUND = re.compile(
    r"(?:\bdepuis|\bjusqu'(?:au|a)|\ba partir du|\bdes le|\bd'ici au|\bavant le)"
    r"(?: (?:le|ce))?(?: (?:" + "|".join(WEEKDAYS) + r"))? $")
"""What opens or closes a span before a day (`depuis le 24 février`, `jusqu'au 15 mars`):
that day is no event's, the one the lead tells later may be."""
_YEAR_AFTER = re.compile(rf"(?: [a-z']+){{0,3}}? en (?:{_MONTH} )?((?:19|20)\d\d)\b")
"""A year `en` puts within three words after a verb (`aura lieu en juin 2027`)."""


def when_said(text: str, skip: Iterable[tuple[int, int]] = (),
              futures: Iterable[int] = ()) -> dict[str, int]:
    """What an article's words say of its date, as keyword entries marked ``@`` (count 1):
    ``@dateline:2019-06`` (a ` date 2019-06` marker opening the text), ``@lead:08-04``
    (the first day and month its title and lead give, `dimanche 4 août`, when no year
    follows and it bounds no span, `depuis le 24 février`: about the day of the event it
    reports) and ``@until:2014`` (the latest year it puts after a verb in the future
    tense, `décollera en décembre 2014`: it was written that year or before; the latest,
    as one future may be told of the past, `il deviendra maire en 1995`).
    ``futures``: where the verbs the tagger read in the future tense end
    (:func:`presswatch.nlp.french.future_ends`); an ending alone does not tell a future
    from a passé simple (`se retira en 1969`) or a noun (`choléra en 2010`), nor finds
    `aura` or `nous reviendrons`.

    Why: most articles carry no date, and a recurring event (an epidemic declared again, a
    crew back from the space station every six months) is told in the same words each time;
    what keeps two of its reports apart is a date one of them gives in its text. Plain
    regular expressions on the folded text, like :func:`keywords`, after the tagger's
    verbs."""
    out: dict[str, int] = {}
    if m := _DATELINE.match(text):
        out[f"{WHEN_MARK}dateline:{m.group(1)}"] = 1
    for a, b in skip:
        text = text[:a] + " " * (b - a) + text[b:]
    folded = text.translate(_ACCENTS).lower()
    # a lead's date written with its year is as often a past one the event recalls
    lead = (m for m in _LEAD_DAY.finditer(folded, 0, LEAD_CHARS)
            if not _SPAN_BOUND.search(folded, max(0, m.start() - 40), m.start()))
    if (m := next(lead, None)) and not m.group(3):
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        if 1 <= day <= 31:
            out[f"{WHEN_MARK}lead:{_MONTHS.index(m.group(2)) + 1:02d}-{day:02d}"] = 1
    years = [int(m.group(1)) for end in futures
             if (m := _YEAR_AFTER.match(folded, end))]
    if years:
        out[f"{WHEN_MARK}until:{max(years)}"] = 1
    return out
