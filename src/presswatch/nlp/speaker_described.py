"""Role descriptions that take up a source the article left a description: `ce
responsable` after `un haut responsable de l'Union` (a demonstrative with the same noun),
`l'édile` after `le maire` (a synonym of its role, data/role_synonyms.tsv).

Why apart from `speaker_roles.py`: roles there take up *people*; here a description takes up
an earlier *description* (nobody named), which is the same source written again, so its
quotes are one speaker's, not two.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.french import SINGULAR_DEMONSTRATIVES, STRESSED_PRONOUNS
from presswatch.nlp.people import People, Person
from presswatch.nlp.speaker_salience import Referent
from presswatch.textutil import doc_text, fold

DEFINITE = frozenset({"le", "la", "l'", "l’"})
NAME = re.compile(r"\b[A-ZÀ-Ý][\w-]+ [A-ZÀ-Ý][\w-]+")
"""Two capitalised words in a row: a person's name inside a description (`le porte-parole
du ministre Paul Roux` is no description a bare `le porte-parole` shortens: it names
someone else)."""


def _words(text: str) -> list[str]:
    return re.findall(r"[\w-]+", fold(text))


def described_alike_before(referents: list[Referent], tokens: list[Token], head: Token
                           ) -> tuple[str, str, bool] | None:
    """`Un haut responsable de l'Union a estimé … « … », a ajouté ce responsable`: a
    demonstrative role continues the source quoted last when that one was left a
    description with the same noun (a name holds no such noun), not the person in focus."""
    if tokens[0].lower_ not in SINGULAR_DEMONSTRATIVES:
        return None
    said = [r for r in referents if r.is_speaker and r.char < tokens[0].idx]
    last = max(said, key=lambda r: r.char, default=None)
    if last is not None and fold(head.lemma_) in _words(last.speaker):
        return last.speaker, last.gender, last.is_person
    return None


INDEFINITE_OPENINGS = frozenset({"un", "une"})
"""How a description of someone the article will not name opens (`Un ancien salarié`)."""


def demonstrative_after_indefinite(referents: list[Referent], tokens: list[Token]
                                   ) -> tuple[str, str, bool] | None:
    """`Un ancien salarié, cité comme témoin, a affirmé … Ce témoin a ajouté …`, `Un interne
    a confié … Ce jeune médecin a ajouté`: a demonstrative role phrase with a noun of its
    own takes up the source quoted last when the article introduced that source with an
    indefinite and named nobody since (French introduces an unnamed person by `un`, then
    takes them up by `ce` + another noun: not a person named earlier who holds that noun).
    The gender the demonstrative says must agree."""
    if tokens[0].lower_ not in SINGULAR_DEMONSTRATIVES or len(tokens) < 2:
        return None
    start = tokens[0].idx
    said = [r for r in referents if r.is_speaker and r.char < start]
    last = max(said, key=lambda r: r.char, default=None)
    if last is None or last.gender == "p" or \
            _words(last.speaker)[:1] not in ([w] for w in INDEFINITE_OPENINGS):
        return None
    gender = "f" if tokens[0].lower_ == "cette" else "m"
    if (_words(last.speaker)[0] == "une") != (gender == "f"):
        return None  # (the indefinite's own gender: the stored one may be a relative's)
    doc = tokens[0].doc
    after = [t.lower_ for t in doc[tokens[-1].i + 1:tokens[-1].i + 4]]
    if len(after) == 3 and after[0] == after[2] == "," and after[1] in STRESSED_PRONOUNS:
        return None  # `Ce chef d'entreprise, lui, affirme`: the stressed pronoun sets the
        # new source against the one just quoted, so it is somebody else
    if doc_text(doc).count("\n", last.char, start) > 0:
        return None  # (a paragraph later the reader no longer holds the unnamed source)
    if any(r.is_person and last.char < r.char < start and not r.is_speaker and
           r.speaker != last.speaker for r in referents):
        return None  # somebody named since is the one in focus
    return last.speaker, gender, last.is_person


def synonym_described_before(referents: list[Referent], tokens: list[Token], lex: Lexicon
                             ) -> tuple[str, str, bool] | None:
    """`Le maire, lui, promet … Interrogé, l'édile a reconnu …`: a definite role phrase
    whose synonyms (`edile` → maire) hold the noun of a source the article quoted as a
    description (nobody named) is that source again; the last such source before it. So
    is the bare role noun of such a description (`Le directeur a répondu` after `Le
    directeur de l'Ehpad a réfuté …`), which adds nothing to it."""
    if tokens[0].lower_ not in DEFINITE:
        return None
    doc = tokens[0].doc
    phrase = fold(doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])])
    synonyms = lex.role_words(phrase) - set(_words(phrase))
    bare = _words(phrase)[1:] if len(_words(phrase)) == 2 else []
    if not synonyms and not bare:
        return None
    said = [r for r in referents if r.is_speaker and r.char < tokens[0].idx and
            r.gender != "p"]
    for r in sorted(said, key=lambda r: -r.char):
        words = _words(r.speaker)
        # (a description: a definite article first; a name has none)
        if words and words[0] in {"le", "la", "l"} and (
                synonyms & set(words) or (len(words) > 2 and words[1:2] == bare and
                                          not NAME.search(r.speaker))):
            return r.speaker, r.gender, r.is_person
    return None


def named_after_preposition(doc: Doc, lex: Lexicon, tokens: list[Token]) -> tuple[int, int] | None:
    """`Record battu pour Airbus, qui vient d'annoncer …`, `Victoire pour Greenpeace
    qui salue …`: a headline-like phrase whose head noun can say nothing (no speaker
    noun, no name) stands for the organisation or person named at its end, behind a
    preposition; that name is the source."""
    head = doc[tokens[0].i: tokens[-1].i + 1].root  # (a root heads itself)
    if head.pos_ != "NOUN" or head.ent_type_ or lex.noun_class(head):
        return None
    last = tokens[-1]
    if last.ent_type_ not in {"ORG", "PER"}:
        return None
    lo = last.i
    while lo - 1 >= tokens[0].i and doc[lo - 1].ent_type_ == last.ent_type_ and \
            doc[lo].ent_iob_ != "B":
        lo -= 1
    if lo - 1 < tokens[0].i or doc[lo - 1].pos_ != "ADP" or any(
            t.ent_type_ or t.pos_ == "PROPN" for t in doc[tokens[0].i: lo - 1]):
        return None  # `une estimation Ipsos pour France Télévisions`: Ipsos estimated
    return lo, last.i + 1


def written_before_a_name(people: People, tokens: list[Token], head: Token) -> Person | None:
    """`… et la maraîchère Inès Barthas, tête de liste …` then `La maraîchère a répliqué`:
    a definite description of a noun the speaker lexicon lacks is the one person the
    article wrote that noun for, right before their name, with an article (the lexicon's
    roles are tied elsewhere; an unlisted noun is tied by its own words only)."""
    if len(tokens) != 2 or tokens[0].lower_ not in DEFINITE or head.i != tokens[1].i or \
            head.pos_ != "NOUN":
        return None
    doc, word = head.doc, fold(head.text)
    found = {m.person.full_name: m.person for m in people.mentions
             if not m.quoted and m.start >= 2 and doc[m.start - 1].idx < head.idx and
             fold(doc[m.start - 1].text) == word and doc[m.start - 2].pos_ == "DET"}
    return next(iter(found.values())) if len(found) == 1 else None
