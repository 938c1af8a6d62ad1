"""Role words that a frame beside a name implies without a role noun of its own: an age
(`X, 54 ans,` → `le quinquagénaire`), a headship (`X, à la tête de l'établissement,` → `la
directrice`, `le responsable`, `le patron`), a counterpart (`Son homologue de Coussac, X` →
`le maire de Coussac`), a predecessor (`X a succédé à Y comme président` → Y is `l'ancien
président`).

Why: the press introduces someone once by such a frame and later speaks by the noun it
implies (`a précisé le quinquagénaire`, `Selon la directrice, …`). `people_roles.py` reads
the role nouns written next to a name and `predicate_roles.py` those its verb says; these
frames have no role noun, so without these words the later mention ties to nobody and is
kept as a description or given to whoever spoke last. Each frame reads only the words right
after the name (an apposition or a predicate), general French grammar.
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc, Token

from presswatch.nlp.french import DE_FORMS
from presswatch.textutil import fold


class Person(Protocol):
    """What these frames read and add of `people.Person` (which imports this module)."""

    descriptors: set[str]
    roles: list[str]
    positions: list[int]
    functions: list[tuple[str, frozenset[str]]]


AGE_NOUNS = (("trentenaire", 30), ("quadragenaire", 40), ("quinquagenaire", 50),
             ("sexagenaire", 60), ("septuagenaire", 70), ("octogenaire", 80),
             ("nonagenaire", 90), ("centenaire", 100))
"""The nouns French gives a person by the decade of their age (folded), each with the
decade's first year: `un homme de 54 ans` is `le quinquagénaire`."""
HEADSHIP_WORDS = frozenset({"dirigeant", "dirigeante", "responsable", "patron", "patronne",
                            "chef", "cheffe", "directeur", "directrice"})
"""What someone `à la tête de` a body is called later (folded, both genders): its head in
general terms. Not `président`, which names one office among several heads a body may have."""
AGE_BEFORE = frozenset({",", "(", "âgé", "âgée", "de"})
"""What opens an age after a name: `X, 54 ans`, `X (54 ans)`, `X, âgé de 54 ans`."""
HEAD_TAKERS = frozenset({"à", "prendre", "reprendre"})
"""What stands before `la tête de` when it is a headship: `à la tête de`, `a pris la tête
de` (by the verb's lemma), not `la tête de liste` as a subject."""
NOT_HEADED = frozenset({"course", "classement", "peloton", "championnat", "cortege",
                        "defile", "manifestation", "marche", "fortune", "patrimoine"})
"""What one is `à la tête de` without heading a body (folded lemmas): a race or a ranking
one leads (`a pris la tête de la course`), a procession one walks in front of, a fortune
one owns. Its holder is no `directeur` (`le directeur de course` is someone else)."""
WINDOW = 8
"""Tokens after a name in which a frame is read: an apposition's or a short predicate's."""


def frame_words(doc: Doc, start: int, end: int) -> set[str]:
    """The role words the frames right after the name at tokens [start, end) imply: an
    age noun, headship words with the nouns of what is headed (`à la tête de la
    fédération` → dirigeant, …, fédération). Empty when no frame follows."""
    return _age_words(doc, end) | _headship_words(doc, end)


def _age_words(doc: Doc, end: int) -> set[str]:
    """`X, 54 ans,` / `X (54 ans)` / `X, âgé de 54 ans,`: the noun of the age's decade."""
    k = end
    while k < len(doc) and k < end + 4 and doc[k].lower_ in AGE_BEFORE:
        k += 1
    if k == end or k + 1 >= len(doc) or doc[k + 1].lower_ != "ans" or \
            not doc[k].text.isdigit() or (k + 2 < len(doc) and doc[k + 2].lower_ in DE_FORMS):
        return set()  # (`X, 30 ans de métier,`: a length of service, no age)
    years = int(doc[k].text)
    return {noun for noun, first in AGE_NOUNS if first <= years < first + 10}


def _headship_words(doc: Doc, end: int) -> set[str]:
    """`X, à la tête de l'établissement depuis 2018,`, `X, qui a pris la tête du
    syndicat,`: the head's general words and the headed body's nouns, read in the
    words right after the name and before the sentence ends."""
    stop = min(len(doc), end + WINDOW)
    for k in range(end, stop - 2):
        if doc[k].is_sent_start and k > end:
            return set()
        if doc[k].lower_ == "la" and doc[k + 1].lower_ == "tête" and \
                doc[k + 2].lower_ in DE_FORMS and k > end and \
                (doc[k - 1].lower_ in HEAD_TAKERS or fold(doc[k - 1].lemma_) in HEAD_TAKERS):
            body: list[str] = []
            for t in doc[k + 3: min(len(doc), k + 7)]:
                if t.is_punct or (t.pos_ in {"VERB", "AUX", "ADP"} and t.lower_ not in DE_FORMS):
                    break
                if t.pos_ in {"NOUN", "PROPN"}:
                    body.append(fold(t.lemma_))
            if body and body[0] in NOT_HEADED:
                return set()
            return set(HEADSHIP_WORDS) | set(body)
    return set()


COUNTERPARTS = frozenset({"homologue", "homologues"})
"""Role nouns that name the same office as someone else's (`son homologue de Coussac`)."""


def counterpart_offices(persons: list[Person]) -> None:
    """`Le maire de Saint-Yrieix, A, … Son homologue de Coussac, B, …`: B holds the office
    of the person last named before B with an office (here `maire`), with B's own
    complement (`Coussac`), so that `le maire de Coussac` said later is B, and A's
    complement tells them apart. Adds the office to B's descriptors and functions."""
    for p in persons:
        own = [f for f in p.functions if f[0] in COUNTERPARTS]
        said = any(COUNTERPARTS & set(re.findall(r"[\w-]+", fold(role))) for role in p.roles)
        if not said or not p.positions:
            continue
        first = min(p.positions)
        before = [q for q in persons if q is not p and q.functions and
                  any(x < first for x in q.positions)]
        if not before:
            continue
        other = max(before, key=lambda q: max(x for x in q.positions if x < first))
        for noun in {f[0] for f in other.functions} - COUNTERPARTS:
            p.descriptors.add(noun)
            p.functions += [(noun, f[1]) for f in own] or [(noun, frozenset())]


def predecessors(doc: Doc, people: list[tuple[Person, int, int]],
                 succeeding: frozenset[str]) -> None:
    """`X a succédé à Y comme président du club`: Y held the role before X, so Y is its
    former holder (`L'ancien président`) and X, not Y, the one `Le président` means now.
    Adds `ancien <role>` to Y's roles (`people`: each person with a name's token span)."""
    for person, start, end in people:
        name = next((t for t in doc[start:end] if not start <= t.head.i < end), doc[start])
        verb = name.head
        if fold(verb.lemma_) not in succeeding or name.dep_.startswith("nsubj"):
            continue
        roles = [t for t in verb.subtree if t.pos_ == "NOUN" and any(
            c.dep_ == "case" and c.lower_ == "comme" for c in t.children)]
        if roles and any(c.dep_.startswith("nsubj") for c in verb.children):
            role = roles[0]
            person.roles.append(f"ancien {role.lower_}")
            person.descriptors.add(fold(role.lemma_))


HANDOVER_VERBS = frozenset({"ceder", "transmettre", "passer", "remettre", "laisser"})
"""Verbs (folded lemmas) by which a holder hands an office to someone (`X a cédé son
écharpe de maire à Y`)."""
OFFICE_TOKENS = frozenset({"echarpe", "poste", "fauteuil", "fonction", "siege", "place",
                           "relais", "flambeau", "presidence", "direction", "mairie"})
"""Nouns (folded lemmas) standing for an office handed over: its role is their complement
(`son écharpe de maire`, `ses fonctions de directeur`) or their own (`la présidence`)."""
NEW_MARKERS = frozenset({"nouveau", "nouvel", "nouvelle", "futur", "future", "son", "sa",
                         "ses", "leur", "le", "la", "l'", "l’", "les"})
"""Words of a successor's role phrase that the predecessor's does not share (`son nouveau
directeur sportif` → `ancien directeur sportif`)."""


NEWLY = frozenset({"nouveau", "nouvel", "nouvelle"})
"""Words saying a role was just taken (folded)."""


def handovers(doc: Doc, people: list[tuple[Person, int, int]], role_nouns: frozenset[str],
              offices: dict[str, str]) -> None:
    """`X a cédé son écharpe de maire à Y`, `Y, qui succède à X`, `X est remplacé par Y`:
    X held the role before Y, so X is `l'ancien maire` and Y `la nouvelle maire` (`la
    maire`). Without it a later `L'ancien maire` goes to whoever holds the role now, the
    one in focus. Adds `ancien <role>` to X's roles and `nouveau <role>` to Y's when Y has
    no role with that noun yet (`people`: each person with a name's token span)."""
    at = {i: person for person, start, end in people for i in range(start, end)}
    for person, start, end in people:
        name = next((t for t in doc[start:end] if not start <= t.head.i < end), doc[start])
        verb = name.head
        lemma = fold(verb.lemma_)
        if lemma in HANDOVER_VERBS and name.dep_.startswith("nsubj"):
            role = _office_handed(verb, role_nouns, offices)
            taker = next((at[t.i] for t in verb.subtree if t.i > verb.i and t.i in at and
                          doc[t.i - 1].lower_ == "à" and at[t.i] is not person), None)
            if role and taker is not None:
                _held(person, taker, role)
        elif lemma in {"succeder", "remplacer"} and (
                not name.dep_.startswith("nsubj") or _object_read_as_subject(name, verb)) and \
                not any(c.lower_ == "comme" for t in verb.subtree for c in t.children):
            passive = any(c.dep_ == "aux:pass" for c in verb.children)
            other = verb.head if verb.dep_ == "acl:relcl" else next(
                (c for c in verb.children if c.dep_.startswith(("nsubj", "obl:agent"))), None)
            if other is not None and other.i not in at:
                other = _relative_antecedent(doc, other, at)
            if passive or other is None or other.i not in at or at[other.i] is person:
                continue
            taker = at[other.i]
            # the office said new first (`son nouveau président, le physicien X`)
            for phrase in sorted(taker.roles, key=lambda r: not NEWLY & set(fold(r).split())):
                words = [w[:-1] if w not in taker.descriptors and w[:-1] in taker.descriptors
                         else w for w in re.findall(r"[\w'’-]+", fold(phrase))]
                if any(w in role_nouns for w in words):  # (`présidente` by its lemma)
                    _held(person, taker, " ".join(w for w in words if w not in NEW_MARKERS))
                    break


def _object_read_as_subject(name: Token, verb: Token) -> bool:
    """`…, qui remplace Marc Vial, limogé`: a name after the verb of a relative whose
    subject is `qui`, which the parser may make a second subject: the one replaced."""
    return name.i > verb.i and any(c.lower_ == "qui" and c.dep_.startswith("nsubj")
                                   for c in verb.children)


def _relative_antecedent(doc: Doc, other: Token, at: dict[int, Person]) -> Token:
    """The person a successor's relative stands for when the parse hangs it elsewhere:
    `l'Argentin X, qui remplace Y` with the relative on `Argentin` (X is its apposition)
    or `qui` left as the verb's subject (X ends right before the comma). Else `other`."""
    apposed = next((c for c in other.children if c.dep_ == "appos" and c.i in at), None)
    if apposed is not None:
        return apposed
    k = other.i - 1
    if other.lower_ == "qui" and k > 0 and doc[k].text == "," and k - 1 in at:
        return doc[k - 1]
    return other


def _office_handed(verb: Token, role_nouns: frozenset[str], offices: dict[str, str]) -> str | None:
    """The role of the office a handover verb's object names (`son écharpe de maire`)."""
    for obj in (c for c in verb.children if c.dep_ == "obj"):
        if fold(obj.lemma_) not in OFFICE_TOKENS:
            continue
        if fold(obj.lemma_) in offices:
            return offices[fold(obj.lemma_)]
        for c in obj.children:
            if c.dep_ == "nmod" and fold(c.lemma_) in role_nouns:
                return fold(c.lemma_)
    return None


def _held(before: Person, after: Person, role: str) -> None:
    """`before` held `role` until `after` took it."""
    noun = role.split()[0]
    before.roles.append(f"ancien {role}")
    before.descriptors.update(role.split())
    if not any(noun in fold(r).split() for r in after.roles):
        after.roles.append(f"nouveau {role}")
        after.descriptors.update(role.split())


ELLIPTIC_PRONOUNS = frozenset({"celui", "celle"})
"""Pronouns standing for a role noun said just before (`L'entraîneur de A, X, et celui de
B, Y`)."""


def elliptic_offices(doc: Doc, people: list[tuple[Person, int, int]],
                     role_nouns: frozenset[str]) -> None:
    """`L'entraîneur de Saint-Clair, X, et celui de Pontarlieu, Y`: `celui` stands for the
    role noun of the person named before it in the sentence, with its own complement, so Y
    is `l'entraîneur de Pontarlieu` (without it Y holds no role and that mention goes to X,
    who holds the noun). Adds the role, its words and its function to Y."""
    for person, start, _end in people:
        if start < 4 or doc[start - 1].text != ",":
            continue
        k = start - 2
        while k > 0 and start - k < 8 and doc[k].lower_ not in ELLIPTIC_PRONOUNS and \
                not doc[k].is_punct:
            k -= 1
        if doc[k].lower_ not in ELLIPTIC_PRONOUNS or \
                doc[k + 1].lower_ not in DE_FORMS:
            continue
        sent_start = doc[k].sent.start
        before = [(s, p) for p, s, e in people if sent_start <= s and e <= k and p is not person]
        if not before:
            continue
        other = max(before, key=lambda sp: sp[0])[1]
        noun = next((w for role in other.roles for w in re.findall(r"[\w-]+", fold(role))
                     if w in role_nouns), None)
        if noun is None:
            continue
        complement = [t for t in doc[k + 1: start - 1] if t.pos_ in {"NOUN", "PROPN", "ADJ"}]
        words = {fold(t.lemma_) for t in complement} | {fold(t.text) for t in complement}
        person.roles.append(" ".join([noun, *(t.text for t in doc[k + 1: start - 1])]))
        person.descriptors |= {noun, *words}
        named = frozenset(fold(t.text) for t in complement if t.text[:1].isupper())
        person.functions.append((noun, named))


HEADING_PARTICIPLES = {"presider": "president", "diriger": "dirigeant"}
"""Participles by which a body is said to be led by someone (folded lemma → the role
noun they give that person): `L'association X, présidée par Y`."""


def heads_by_participle(doc: Doc, people: list[tuple[Person, int, int]]) -> None:
    """`L'association de victimes X, présidée par Y, réclame …`: Y is the body's
    `président` (`Son président a dénoncé …` is Y), the agent of a participle set on the
    body's noun. Adds the role with the body's noun to Y's roles and descriptors."""
    for person, start, end in people:
        name = next((t for t in doc[start:end] if not start <= t.head.i < end), doc[start])
        verb = name.head
        noun = HEADING_PARTICIPLES.get(fold(verb.lemma_))
        if noun is None or name.dep_ != "obl:agent" or verb.dep_ != "acl" or \
                verb.head.pos_ != "NOUN":
            continue
        body = fold(verb.head.lemma_)
        person.roles.append(f"{noun} de {body}")
        person.descriptors |= {noun, body}
