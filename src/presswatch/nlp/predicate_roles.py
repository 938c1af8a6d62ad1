"""Roles a sentence says a named person holds, as its predicate rather than beside the
name: `Paul Roux est le maire de Lyon`, `Anne Morel a été élue présidente de la région`,
`Paul Roux préside l'association`, `Anne Morel, qui entraîne le club, …`, `X a succédé à Y
comme président`. (A role given
through `en`, `Marc Dutil en est le trésorier`, is not read: the parser makes the first
name the sentence's root.)

Why: the press often gives a role once, in a sentence of its own, and later calls the
person by that role only (`… a répondu le président de la région`). `people.py` reads the
role phrases written next to a name; these are the ones its verb says, so that the same
role said later ties to that person rather than to whoever spoke last.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.dates import WEEKDAYS
from presswatch.nlp.french import DE_FORMS
from presswatch.textutil import fold

ROLE_TAKING_VERBS = frozenset({"elire", "reelire", "nommer", "renommer", "designer",
                               "devenir", "redevenir", "rester", "demeurer", "reconduire",
                               "installer", "investir"})
"""Verbs (folded lemmas) whose complement is a role their subject takes or keeps (`a été
élu président`, `est devenue présidente`): the complement describes the subject."""
SUCCEEDING_VERBS = frozenset({"succeder", "remplacer"})
"""Verbs (folded lemmas) by which the subject takes someone's role, named after `comme`
(`X a succédé à Y comme président du club`): the role describes the subject."""
OFFICE_NOUNS = {"presidence": "president", "direction": "directeur", "mairie": "maire"}
"""An office's noun (folded) and the role noun of its holder: `X a succédé à Y à la
présidence du club` says X is its président, as `comme président` does."""
NEGATIONS = frozenset({"ne", "n'", "n’", "pas"})
"""What negates a predicate: `ne` (written French keeps it: `n'est plus`, `ne dirige
jamais`) or `pas` (`c'est pas le maire`). Not `plus`, `jamais` or `point` alone: `est plus
que jamais le maire` affirms."""


def predicate_roles(doc: Doc, start: int, end: int, lex: Lexicon
                    ) -> tuple[list[list[Token]], set[str]]:
    """The role phrases predicated of the name at tokens [start, end) (token lists, as
    `people_roles.descriptor_tokens` gives those written beside it) and the role words its verb
    gives (`préside l'association` → président, association). A negated predicate (`n'est
    pas le maire`) says nothing."""
    name = _name_head(doc, start, end)
    groups: list[list[Token]] = []
    words: set[str] = set()
    for predicate in _predicates(name):
        if _negated(predicate):
            continue
        if predicate.pos_ in {"NOUN", "PROPN"} and lex.noun_class(predicate) == "role" and \
                any(c.dep_ == "cop" for c in predicate.children):
            groups.append(_role_phrase(predicate))  # `est le maire de Lyon`
            continue
        if predicate.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = fold(predicate.lemma_)
        if lemma in SUCCEEDING_VERBS:
            # `a succédé à Y comme président du club` (the parse may hang the role on Y)
            groups += [_role_phrase(t) for t in predicate.subtree if t.pos_ == "NOUN" and
                       lex.noun_class(t) == "role" and any(
                           c.dep_ == "case" and c.lower_ == "comme" for c in t.children)]
            words |= _office_taken(predicate)
        if lemma in ROLE_TAKING_VERBS:
            groups += [_role_phrase(c) for c in predicate.children
                       if c.dep_ in {"xcomp", "obj"} and c.pos_ == "NOUN" and
                       lex.noun_class(c) == "role"]  # `a été élue présidente de la région`
            if (after_date := _role_after_a_date(predicate, lex)) is not None:
                groups.append(_role_phrase(after_date))
        elif not _passive(predicate) and (verb := _role_verb(predicate, lex)) is not None:
            words |= lex.role_verbs[verb]
            # what is led: `préside l'association`, `entraîne Lens`
            words |= {fold(c.lemma_) for c in predicate.children
                      if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}}
        elif not _passive(predicate):
            # a verb and its object that say a role together (`porte la parole du
            # collectif` → porte-parole, `assure la défense de X` → avocat): an entry
            # `verbe objet` of the same file
            for c in predicate.children:
                if c.dep_ == "obj" and (pair := _verb_object(predicate, c, lex)) is not None:
                    whose = [g for g in c.children if g.dep_ == "nmod" and
                             g.pos_ in {"NOUN", "PROPN"}] or _of_after(c)  # (`du collectif`)
                    if whose and not any(g.pos_ == "PROPN" or g.ent_type_ or lex.noun_class(
                            g) in {"role", "group", "institution"} for g in whose):
                        continue  # of a thing: `a assuré la défense de son bilan` is
                        # no lawyer's (second reader, h40-review)
                    words |= lex.role_verbs[pair] | {fold(g.lemma_) for g in whose}
    return groups, words


def _of_after(obj: Token) -> list[Token]:
    """The noun of a `de` complement right after the object that the parser hung on the
    verb (`a assuré la défense | de son bilan`), as a list; empty when none follows."""
    k = obj.right_edge.i + 1
    doc = obj.doc
    if k < len(doc) and fold(doc[k].lower_) in {"de", "du", "des", "d'"} and \
            doc[k].head.i > k and doc[k].head.pos_ in {"NOUN", "PROPN"}:
        return [doc[k].head]
    return []


def _office_taken(verb: Token) -> set[str]:
    """`X a succédé à Y à la présidence de l'US Dax`, `remplace Y à la direction du
    théâtre`: the holder's role noun for the office after `à` (OFFICE_NOUNS) and the
    nouns saying whose office it is; the subject holds it now, Y held it before."""
    words: set[str] = set()
    for t in verb.subtree:
        office = OFFICE_NOUNS.get(fold(t.lemma_))
        if office is None or t.pos_ != "NOUN" or not any(
                c.dep_ == "case" and fold(c.text) in {"a", "au"} for c in t.children):
            continue
        words.add(office)
        words |= {fold(g.lemma_) for g in t.children if g.dep_ == "nmod" and
                  g.pos_ in {"NOUN", "PROPN"}}
    return words


DAY_WORDS = frozenset({*WEEKDAYS, "hier", "soir", "matin", "dernier", "dernière"})
"""Words of the day a role was taken (`élu dimanche soir`, `élue hier`)."""


def _role_after_a_date(verb: Token, lex: Lexicon) -> Token | None:
    """`a été élu dimanche maire de Vernoux`: the role right after the verb and the day
    it was taken, which the parser hangs on the day or makes an oblique; None when no day
    stands between (the complement is then the verb's own)."""
    doc, k = verb.doc, verb.i + 1
    while k < len(doc) and (doc[k].lower_ in DAY_WORDS or doc[k].pos_ == "ADV"):
        k += 1
    if k == verb.i + 1 or k >= len(doc) or doc[k].pos_ != "NOUN" or \
            lex.noun_class(doc[k]) != "role":
        return None
    return doc[k]


def _negated(predicate: Token) -> bool:
    """`n'est pas le maire`, `ne dirige plus le club`: `ne` or `pas` on the predicate or
    on its copula or auxiliary."""
    words = [*predicate.children, *(g for c in predicate.children
                                    if c.dep_ == "cop" or c.dep_.startswith("aux")
                                    for g in c.children)]
    return any(t.lower_ in NEGATIONS for t in words)


def _passive(verb: Token) -> bool:
    """`X est entraîné par Y`, `X, qui a été dirigée par Y,`: the subject is the one led,
    so a role verb gives it no role (an elected one is: `a été élu président` is read by
    its complement, not here)."""
    return any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children)


def _role_verb(verb: Token, lex: Lexicon) -> str | None:
    """The entry of `data/role_verbs.tsv` the verb is a form of: by its lemma, or, where
    the lemmatizer left a form as it stands (`préside`), by the stem of a verb in -er."""
    lemma = fold(verb.lemma_)
    if lemma in lex.role_verbs:
        return lemma
    form = fold(verb.text)
    return next((v for v in lex.role_verbs if v.endswith("er") and len(v) > 5 and
                 form.startswith(v[:-2])), None)


def _verb_object(verb: Token, obj: Token, lex: Lexicon) -> str | None:
    """The `verbe objet` entry of `data/role_verbs.tsv` a verb and its object are (`porte
    la parole` → `porter parole`): the verb by its lemma, or by the stem of a verb in -er
    where the lemmatizer left the form as it stands (`porte`)."""
    lemma, form, noun = fold(verb.lemma_), fold(verb.text), fold(obj.lemma_)
    for key in lex.role_verbs:
        head, _, thing = key.partition(" ")
        if thing == noun and (head == lemma or (head.endswith("er") and len(head) > 5 and
                                                 form.startswith(head[:-2]))):
            return key
    return None


def _name_head(doc: Doc, start: int, end: int) -> Token:
    """The token of the name whose head lies outside it (the name's own head)."""
    for t in doc[start:end]:
        if not start <= t.head.i < end or t.head is t:
            return t
    return doc[start]


def _predicates(name: Token) -> list[Token]:
    """What the name is the subject of: its clause's head, and a relative clause set off
    after it whose subject is `qui` (`Anne Morel, qui entraîne le club, …`)."""
    out = []
    if name.dep_ in {"flat:name", "appos"} and name.head.i < name.i and \
            name.head.dep_ in {"nsubj", "nsubj:pass"}:
        name = name.head  # `Le Norvégien Erik Haugen a remporté`: the parse hangs the name
        # on the title before it, which it makes the subject
    if name.dep_ in {"nsubj", "nsubj:pass"} and name.head is not name:
        out.append(name.head)
    out += [c for c in name.children if c.dep_ == "acl:relcl" and any(
        g.dep_.startswith("nsubj") and g.lower_ == "qui" for g in c.children)]
    return out


def _role_phrase(noun: Token) -> list[Token]:
    """A predicate role noun with its determiner, adjectives and `de` complements (`le
    maire de Lyon`), not the circumstances around it (`depuis 2020`)."""
    kept = [c for c in noun.children if c.dep_ in {"det", "amod"}]
    for c in noun.children:
        if c.dep_ == "nmod" and c.i > noun.i and any(
                g.dep_ == "case" and g.lower_ in DE_FORMS for g in c.children):
            kept += _noun_phrase(c)
    return sorted([noun, *kept], key=lambda t: t.i)


def _noun_phrase(token: Token) -> list[Token]:
    """`de la région` with its own complements, not a clause or a list hung on it (`du
    RCD, du CNDP et du M23 qui ont …`)."""
    out = [token]
    for c in token.children:
        if c.dep_ in {"det", "case", "amod", "flat:name", "fixed", "nummod"}:
            out.append(c)
        elif c.dep_ == "nmod" and c.i > token.i:
            out += _noun_phrase(c)
    return out
