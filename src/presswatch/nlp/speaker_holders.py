"""Role phrases that name nobody, and the unnamed people they bring into an article: a
later role mention of the same kind is that person, not the named one in focus.

Split from `speaker_roles.py` by concern: there a role is tied to a named person; here
the text says the role's holder is someone the article never names.
"""

from __future__ import annotations

from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph, strings
from presswatch.nlp.interaction_nations import countries_in
from presswatch.nlp.people import People
from presswatch.textutil import doc_text, fold

ARGUMENT_DEPS = ("nsubj", "obj", "iobj", "obl")
"""Dependencies of a verb's own participants (`Le juge a entendu X`: subject and object)."""


def _unnamed_role_phrase(doc: Doc, t: Token, named: set[int],
                         quoted: list[tuple[int, int]], lex: Lexicon,
                         places: bool = False) -> list[Token] | None:
    """The role phrase headed by the singular role noun `t` when it names nobody (no
    name, no proper noun inside, outside quotation marks), else None. With `places`, a
    proper noun that is no person may stand in it (`l'ambassadeur de France`)."""
    if t.pos_ != "NOUN" or lex.noun_class(t) != "role" or "Plur" in morph(t, "Number") or \
            any(lo <= t.idx < hi for lo, hi in quoted):
        return None
    phrase = [t] + [d for c in t.children if c.i > t.i and c.dep_ in {"amod", "nmod"}
                    for d in c.subtree]
    if any(d.i in named or d.ent_type_ == "PER" or (d.pos_ == "PROPN" and not places)
           for d in phrase):
        return None
    return phrase


def _apposed_to_a_name(doc: Doc, t: Token, phrase: list[Token], named: set[int]) -> bool:
    """`Le nouveau Premier ministre, X, a succédé à Y`: a role phrase set off before a
    name (or hung on it as an apposition) names that person, however the parse left the
    name out of the phrase."""
    after = max(d.i for d in phrase) + 1
    return (after + 1 < len(doc) and doc[after].text == "," and after + 1 in named) or \
        (t.dep_ == "appos" and t.head.i in named)


def unnamed_of_the_nation(doc: Doc, people: People, lex: Lexicon,
                          quoted: list[tuple[int, int]], countries: set[str],
                          before: int) -> bool:
    """`Lavrov a reçu son homologue turc. « … », a déclaré le ministre turc`: an
    earlier role phrase of the same nation that names nobody, as an object or a
    complement (`a reçu le chef de la diplomatie turque`, `s'est entretenu avec le
    Premier ministre indien`), brought in a person the article never names; a role of
    that nation is then that person, not the one in focus. A subject is left out: an
    untied role as subject (`Le président turc a …`) is itself elegant variation."""
    if not countries:
        return False
    named = {k for m in people.mentions for k in range(m.start, m.end)}
    # (the doc's columns: `_unnamed_role_phrase` takes nouns only, and this runs once per
    # role mention over every word before it, so a Token is built for the nouns alone)
    deps, tags = strings(doc, DEP), strings(doc, POS)
    for i in range(min(before, len(doc))):
        if deps[i].startswith("nsubj") or tags[i] != "NOUN":
            continue
        t = doc[i]
        phrase = _unnamed_role_phrase(doc, t, named, quoted, lex)
        if phrase is None:
            continue
        if countries_in({fold(d.text) for d in phrase} | {fold(d.lemma_) for d in phrase}
                        ) & countries:
            return True
    return False


def unnamed_beside(doc: Doc, people: People, lex: Lexicon, quoted: list[tuple[int, int]],
                   head_word: str, person: str, before: int, *, met: bool = False) -> bool:
    """`Le juge d'instruction a entendu Paul Roux. Le magistrat a estimé …`: a role phrase
    that names nobody and `person` are two participants of one verb (subject and object),
    so two people; a later mention whose head is that role, or a word the role implies
    or that implies it (data/role_synonyms.tsv: `juge` → `magistrat`, `technicien` →
    `entraineur`), is the unnamed one, not `person`.
    Only the mention's sentence and the two before are read. `met`: only an object the
    person's verb met (`X, chef de la délégation, a rencontré le négociateur …`), for a
    role that ties `person` through a synonym (a parse may split a subject in two)."""
    if not head_word or before <= 0:
        return False
    sent = doc[before].sent
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    said = {head_word} | lex.role_words(head_word)  # (`le technicien`: the coach)
    named = {k for m in people.mentions for k in range(m.start, m.end)}
    own = {m.start for m in people.mentions if m.person.full_name == person}
    for t in doc[lo:before]:
        if not t.dep_.startswith(("obj",) if met else ARGUMENT_DEPS) or \
                t.head.pos_ not in {"VERB", "AUX"}:
            continue
        phrase = _unnamed_role_phrase(doc, t, named, quoted, lex, places=True)
        if phrase is None or _apposed_to_a_name(doc, t, phrase, named):
            continue
        words = {fold(t.lemma_), fold(t.text)}
        text = doc_text(doc)[min(d.idx for d in phrase):
                             max(d.idx + len(d) for d in phrase)]
        words |= lex.role_words(fold(text))
        if not words & said:
            continue
        verb = t.head
        if any(c.i != t.i and c.dep_.startswith(ARGUMENT_DEPS) and _names(c, own)
               for c in verb.children):
            return True
    return False


def _names(token: Token, starts: set[int]) -> bool:
    """Whether `token`'s phrase holds a name mention starting at one of `starts`."""
    return any(d.i in starts for d in token.subtree)
