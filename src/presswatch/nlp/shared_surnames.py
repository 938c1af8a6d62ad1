"""People who share a surname: a couple or siblings named with one surname for two first
names (`Anne et Pierre Roussel`, `les jumeaux Théo et Maxime Keller`), and which of them a
title with the surname alone names (`Mme Roussel` is the woman, `M. Roussel` the man).

The guideline keys such people by first name and surname (Settled cases: speaker keys), so a
speaker given as `Roussel` or as the wrong Roussel is wrong (issue 9, session 30:
`eval/probes-speakers-9/README.md`). `people.build_people` reads these before it merges the
article's name mentions into people, and `kin_inverses` once it has: who is whose
father, mother, husband or sister, so that `le père` names the father, not the son who
shares his surname; `kin_of_the_last_speaker` gives `son mari` the husband who shares
the surname of the woman quoted just before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.textutil import doc_text, fold


class Person(Protocol):
    """What these rules read and write of `people.Person` (a protocol: `people` imports this
    module, which may not import it back)."""

    key: str
    gender: str
    roles: list[str]
    descriptors: set[str]
    positions: list[int]

    @property
    def full_name(self) -> str: ...


class NameMention(Protocol):
    """What these rules read of `people.NameMention`."""

    start: int
    quoted: bool
    is_subject: bool

    @property
    def person(self) -> Person: ...


class People(Protocol):
    """What these rules read of `people.People`."""

    @property
    def mentions(self) -> Sequence[NameMention]: ...

COORDINATORS = frozenset({"et", "ou"})


def shared_surname_firsts(doc: Doc, pending: list[tuple[int, int, list[str], str]],
                          lex: Lexicon) -> list[tuple[int, int, list[str], str]]:
    """`pending` (name spans, their words and gender) with each lone first name that `et`
    joins to a full name given the surname too (`Anne et Pierre Roussel` names Anne
    Roussel), its gender the first-name list's when no title gave one. A lone word that is
    no known first name (`Dupont et Pierre Roussel`) is left as it is."""
    by_start = {a: (a, b, words, gender) for a, b, words, gender in pending}
    out = []
    for a, b, words, gender in pending:
        full = by_start.get(b + 1)
        if len(words) == 1 and b < len(doc) and doc[b].lower_ in COORDINATORS and \
                full is not None and len(full[2]) >= 2 and \
                (first := fold(words[0].split("-")[0])) in lex.first_names and \
                fold(full[2][0].split("-")[0]) in lex.first_names:
            words = [words[0], *full[2][1:]]
            gender = gender or lex.first_names[first]
        out.append((a, b, words, gender))
    return out


KIN_INVERSES: dict[str, tuple[str, str]] = {
    "fils": ("pere", "mere"), "fille": ("pere", "mere"),
    "pere": ("fils", "fille"), "mere": ("fils", "fille"),
    "frere": ("frere", "soeur"), "soeur": ("frere", "soeur"),
    "mari": ("", "femme"), "epoux": ("", "epouse"),
    "femme": ("mari", ""), "epouse": ("epoux", ""),
    "compagnon": ("", "compagne"), "compagne": ("compagnon", ""),
}
"""A kin noun (folded) that names Y as X's (`son fils Y`), and the nouns that then name X
as Y's, for a man and for a woman X: `X entraîne son fils Y` makes X `le père`."""
POSSESSIVES = frozenset({"son", "sa"})


def kin_inverses(doc: Doc, people: People) -> None:
    """Give each person whom a sentence names as someone's kin (`X, 58 ans, entraîne son
    fils Y`, `X passe la main à sa fille, Y`) the converse kin noun as a descriptor of the
    possessor, the sentence's subject named before Y, else its first person named before Y
    (`le père` then names X, not Y, who shares the surname). Nothing when the possessor's
    gender is unknown."""
    for m in people.mentions:
        if m.quoted:
            continue
        k = m.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1  # `sa fille, Émilie Barthe`
        if k < 1 or doc[k - 1].lower_ not in POSSESSIVES:
            continue
        inverse = KIN_INVERSES.get(fold(doc[k].text))
        if inverse is None:
            continue
        sent = doc[m.start].sent
        before = [o for o in people.mentions if sent.start <= o.start < k - 1 and
                  not o.quoted and o.person is not m.person]
        # (the subject, else the sentence's first person: `À Cholet, X, 61 ans, a confié …
        # à son fils Y`, whose subject the parse may miss behind the apposition)
        owner = next((o for o in reversed(before) if o.is_subject), before[0] if before
                     else None)
        if owner is None or owner.person.gender not in {"m", "f"}:
            continue
        word = inverse[0] if owner.person.gender == "m" else inverse[1]
        if word:
            owner.person.descriptors.add(word)
        kin = fold(doc[k].text)
        if not any(kin in fold(role).split() for role in owner.person.roles):
            # (`X entraîne son fils Y`: the verb's object gave X the words `fils` and `Y`
            # as what X does; X is Y's father, no `fils`)
            owner.person.descriptors.discard(kin)


KIN_GENDER = {"mari": "m", "epoux": "m", "compagnon": "m", "fils": "m", "pere": "m",
              "frere": "m", "femme": "f", "epouse": "f", "compagne": "f", "fille": "f",
              "mere": "f", "soeur": "f"}
"""Kin nouns (folded) and the gender of the person they name."""
KIN_MENTION = re.compile(r"(?:son|sa)\s+(?P<kin>[^\s,]+)(?:\s*,.*)?$", re.I | re.S)
"""A speaker mention that is someone's kin (`son mari`, `sa femme, ancienne comptable`)."""


def kin_of_the_last_speaker(doc: Doc, quotes: list[dict], persons: Sequence[Person]
                            ) -> None:
    """`Anne et Pierre Roussel … « … », explique Mme Roussel. Son mari … reconnaît que …`:
    a quote still spoken by a possessive kin description is the one person of the kin's
    gender who shares the surname of the person quoted just before (the possessor), when
    the article names exactly one such person before the mention."""
    text = doc_text(doc)
    ordered = sorted(quotes, key=lambda q: q["start"])
    for k, q in enumerate(ordered):
        said = q.get("mention_start")
        if said is None or q.get("speaker") is None:
            continue
        mention = text[said:q["mention_end"]]
        match = KIN_MENTION.match(mention)
        if match is None or fold(q["speaker"]) != fold(mention) or \
                (gender := KIN_GENDER.get(fold(match.group("kin")))) is None:
            continue
        owner = next((p for o in reversed(ordered[:k]) if o.get("speaker")
                      for p in persons if p.full_name == o["speaker"]), None)
        if owner is None:
            continue
        kin = [p for p in persons if p is not owner and p.key == owner.key and
               p.gender == gender and any(x < said for x in p.positions)]
        if len(kin) == 1:
            q["speaker"] = kin[0].full_name
