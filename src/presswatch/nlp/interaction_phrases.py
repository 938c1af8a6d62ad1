"""The words that name a party: the noun phrase a parse head heads, and the lexicons that say
which nouns can head one.

``nlp/interaction_parties.py`` decides *who* a parse head stands for (a person of the
article, a pronoun or role resolved, a pair referred back to); this module only reads the
words: whether a noun can head a party (a role, a group, an institution of the speaker
lexicon or of ``data/interaction_party_nouns.txt``), how far its phrase runs (its
determiners, adjectives and ``de`` complements, not a clause, a place or a date hung on it),
a name written beside a role the recogniser missed, and the cleaning of a party list. Kept
apart so the triggers, heads and places modules can read phrases without the article-wide
resolver.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.tokens import Span, Token

from presswatch.lexicon import load_speaker_nouns
from presswatch.nlp.docfacts import morph
from presswatch.nlp.interaction_nations import is_nationality
from presswatch.textutil import fold, span_ents

__all__ = ["FUNCTION_WORDS", "MAX_PARTY_TOKENS", "NOT_OWNERS", "OWNER_CASES", "WHEN_WORDS",
           "apposed_name", "clean_parties", "description", "is_party_noun", "is_role",
           "party_phrase", "role_span"]

OWNER_CASES = {"de", "du", "des", "d'"}
NOT_OWNERS = {"etat", "travail", "urgence", "presse", "courtoisie", "pouvoir", "adieu",
              "quelque", "heure", "jour", "semaine", "crise", "haut", "niveau", "trois",
              "deux", "quatre", "cinq"}
"""``de`` complements that say what kind of visit or meeting it is, not whose
(``visite d'État``, ``réunion de travail``, ``passation de pouvoir``, ``réunion de crise``)."""
WHEN_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
              "demain", "matin", "soir", "aujourd'hui", "dernier", "prochain"}
"""Words that end a party's noun phrase when the parse hung a date on it."""
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
FUNCTION_WORDS = {"le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'", "ce", "cet",
                  "cette", "ces", "son", "sa", "ses", "leur", "leurs", "et", "ou", "a"}
NAME_PARTS = {"flat:name", "flat", "dep"}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "ben", "bin", "al", "el", "da", "dos"}
"""Lower-case words inside a name (`Ursula von der Leyen`, `Mohammed ben Salmane`)."""
MAX_PARTY_TOKENS = 8


@functools.cache
def _group_nouns() -> frozenset[str]:
    """Nouns that can head a party: roles, groups, institutions of the speaker lexicon
    (not its outlets and documents: `a reçu le communiqué` is no meeting)."""
    return frozenset(fold(lemma) for lemma, (cls, _g) in load_speaker_nouns().items()
                     if cls != "media") | _party_nouns()


@functools.cache
def _party_nouns() -> frozenset[str]:
    """`data/interaction_party_nouns.txt`: nouns that head a party though they seldom head
    a speaker's mention (`les partenaires sociaux`, `l'émissaire`), editable."""
    text = resources.files("presswatch.data").joinpath(
        "interaction_party_nouns.txt").read_text("utf-8")
    return frozenset(fold(w.strip()) for w in text.splitlines()
                     if w.strip() and not w.startswith("#"))


@functools.cache
def _roles() -> dict[str, str]:
    """Folded noun → its class in the speaker lexicon (role, group, institution…)."""
    return {fold(lemma): cls for lemma, (cls, _g) in load_speaker_nouns().items()}


def _heads_a_group(tok: Token) -> bool:
    """The noun's lemma, or its plural form made singular when the lemmatiser went astray
    (`parties` → `party`), is a noun that heads a party."""
    nouns = _group_nouns()
    return fold(tok.lemma_) in nouns or (
        tok.lower_.endswith("s") and fold(tok.lower_[:-1]) in nouns)


def is_party_noun(tok: Token) -> bool:
    """`les syndicats`, `la délégation`, `le ministre`: a noun that can head a party."""
    return _heads_a_group(tok)


def is_role(tok: Token) -> bool:
    """`la chancelière`, `le ministre`: a noun naming one person by their function."""
    return _roles().get(fold(tok.lemma_)) == "role"


def apposed_name(role: Token) -> Span | None:
    """`son homologue chinois Wang Yi`, `la présidente de la Commission Ursula von der
    Leyen`: the name written beside a role description, which the recogniser missed (no
    person of the article): the role's proper-noun apposition, else the capitalised words
    right after the role and its adjectives; None when there are none."""
    doc = role.doc
    for c in role.children:
        if c.dep_ == "appos" and c.i > role.i and c.pos_ == "PROPN" and \
                c.text[:1].isupper() and c.ent_type_ != "LOC":
            words = [c, *(g for g in c.children if g.dep_ in NAME_PARTS)]
            return doc[c.i: max(t.i for t in words) + 1]
    start = role.i + 1
    while start < len(doc) and doc[start].dep_ == "amod" and doc[start].head == role:
        start += 1
    end = start
    while end < len(doc) and (_name_word(doc[end]) or (
            doc[end].lower_ in NAME_PARTICLES | {"-"} and end + 1 < len(doc)
            and _name_word(doc[end + 1]) and end > start)):
        end += 1
    if end == start or doc[start].ent_type_ in {"LOC", "ORG"}:
        return None
    return doc[start:end]


def _name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in {"PROPN", "X", "NOUN"} and not tok.is_punct


def role_span(tok: Token) -> tuple[int, int]:
    """Token span of a role description: the head, its determiner and adjectives, and
    `de` complements (`le chef de la diplomatie russe`)."""
    keep = [tok]
    for c in tok.children:
        if c.dep_ in {"det", "amod", "fixed", "compound"}:
            keep.append(c)
        elif c.dep_ == "nmod" and c.pos_ != "PROPN" and any(
                g.lower_ in OWNER_CASES for g in c.children):
            keep += [t for t in c.subtree if t.dep_ not in {"acl", "acl:relcl", "punct"}]
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    return lo, min(hi + 1, tok.i + MAX_PARTY_TOKENS)


def party_phrase(tok: Token) -> str | None:
    """A group or institution named by a noun phrase (``les syndicats``, ``la direction de
    l'usine``, ``le Conseil des ministres``), or None when its head is no such noun."""
    if (tok.pos_ == "NOUN" or not tok.text[:1].isupper()) and \
            not _heads_a_group(tok):
        return None
    keep = [tok]
    for c in tok.children:
        if c.dep_ in {"det", "amod", "flat:name", "fixed", "compound"}:
            if c.pos_ == "ADV" and c.i > tok.i:
                continue  # `la ministre lors d'un déplacement`: the parser's adverb is
                # the circumstance, no word of the party
            keep.append(c)
            if c.dep_ == "amod":  # `les délégations russe et ukrainienne`
                keep += [t for t in c.children if t.dep_ in {"conj", "cc"} and t.pos_ in {
                    "ADJ", "CCONJ"}]
        elif c.dep_ == "conj" and c.pos_ == "ADJ":  # however the parse hung the second
            keep += [c, *(t for t in c.children if t.dep_ == "cc")]
        elif c.dep_ == "nmod" and c.i == tok.i + 1 and c.pos_ == "NOUN" and not any(
                g.dep_ == "case" for g in c.children):
            keep.append(c)  # `les États membres`, `les pays voisins` read as a noun
        elif c.dep_ == "nmod" and any(g.lower_ in OWNER_CASES for g in c.children):
            keep += [t for t in c.subtree if t.dep_ not in {"acl", "acl:relcl", "punct"}]
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    if hi - lo + 1 > MAX_PARTY_TOKENS:  # `les représentants de la FNSEA et des Jeunes …`:
        hi = max(tok.i, lo + MAX_PARTY_TOKENS - 1)  # its first words
        while hi > tok.i and (tok.doc[hi].lower_ in FUNCTION_WORDS or tok.doc[hi].is_punct):
            hi -= 1
    stop = next((t.i for t in tok.doc[tok.i + 1: hi + 1] if _ends_phrase(t)), None)
    if stop is not None:  # `les dirigeants du G20, réunis à Rome`, `les chefs de partis à
        hi = stop - 1     # Matignon`: a clause or a place hung inside the phrase ends it
    when = next((t.i for t in tok.doc[tok.i + 1: hi + 1] if fold(t.lower_) in WHEN_WORDS), None)
    if when is not None:  # `les syndicats de policiers mardi`: the date hung on the party
        hi = when - 1
        while hi > tok.i and tok.doc[hi].lower_ in FUNCTION_WORDS:
            hi -= 1  # `du conseil de mercredi soir`: not `conseil de`
    if (cut := next((e for e in span_ents(tok.sent) if lo <= e.start <= hi < e.end - 1), None)):
        hi = cut.end - 1  # `du conseil de Attijari Al-Wafa`: a name the parse cut, read whole
    span = tok.doc[lo:hi + 1]
    if span[0].lower_ in {"ce", "cet", "cette", "ces"} or (
            span[0].lower_ in POSSESSIVES and not _identifying(tok, hi) and (
                is_role(tok) or "Plur" not in morph(tok, "Number"))):
        return None  # `son homologue`: whom the article does not say (but `ses
        # administrés`, `ses citoyens`: a group of the subject's own, named by its noun)
    if (named := _apposed_body(tok)) is not None and named.start > hi:
        return f"{span.text}, {named.text}"  # `le propriétaire du journal, Lagardère,`
    return span.text


def _apposed_body(tok: Token) -> Span | None:
    """`le propriétaire du journal, Lagardère, discute`: the proper name set off by
    commas beside a group or institution noun, which says who that party is (a role's
    name is its person's, found by the resolver)."""
    if is_role(tok):
        return None
    doc = tok.doc
    for c in tok.children:
        if c.dep_ in {"appos", "nmod"} and c.i > tok.i + 1 and c.pos_ == "PROPN" and \
                doc[c.i - 1].text == "," and not any(g.dep_ == "case" for g in c.children):
            end = max([c.i, *(g.i for g in c.children if g.dep_ in NAME_PARTS)]) + 1
            if end >= len(doc) or doc[end].is_punct:
                return doc[c.i:end]
    return None


def description(tok: Token) -> str | None:
    """The words of a role description that says whom it means (`son homologue russe`,
    `le pape`, `la reine`: a definite article takes its holder as known), for when the
    person the resolver chose for it is already another party."""
    definite = is_role(tok) and "Plur" not in morph(tok, "Number") and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    return party_phrase(tok) if definite or _identifying(tok, len(tok.doc)) else None


DEFINITE = {"le", "la", "l'", "l’"}
"""Articles by which a role names the one holder the reader knows (`a rencontré le pape`)."""


def _identifying(tok: Token, hi: int) -> bool:
    """`son homologue chinois`, `leurs homologues marocains`, `son homologue de la
    Défense`: a role description that says whom it means (a nationality or a `de`
    complement) though the article names no holder; the reader's party is that
    description."""
    return is_role(tok) and any(
        (c.dep_ == "amod" and is_nationality(c.text)) or (
            c.dep_ == "nmod" and any(g.lower_ in OWNER_CASES for g in c.children))
        for c in tok.children if c.i <= hi)


def _ends_phrase(tok: Token) -> bool:
    """A comma, the start of a clause, or a place after à/en/dans: where a party's noun
    phrase stops however the parse hung what follows."""
    return tok.is_punct or tok.dep_ in {"acl", "acl:relcl"} or (
        tok.dep_ == "case" and tok.lower_ in {"à", "au", "aux", "en", "dans"}
        and tok.head.ent_type_ == "LOC")


def clean_parties(names: list[str], place: str | None) -> list[str]:
    """Parties once each: no place given as a party, no short form of a full name."""
    out: list[str] = []
    for n in (n.strip(' «»"“”') for n in names):  # `le Premier ministre »`: a quote's end
        f = fold(n)
        if not f or (place and f == fold(place)) or set(f.split()) <= FUNCTION_WORDS:
            continue  # `Le` cut from `Le roi` by the recogniser names no one
        if place and fold(place).endswith((f" de {f}", f" d'{f}", f" du {f}")):
            continue  # the town of the venue (`à la chambre d'agriculture de Rodel`)
        last = f.split()[-1]
        if any(fold(o) == f or (fold(o).split()[-1] == last and len(o) >= len(n))
               for o in out):
            continue
        out = [o for o in out if fold(o).split()[-1] != last]
        out.append(n)
    return out
