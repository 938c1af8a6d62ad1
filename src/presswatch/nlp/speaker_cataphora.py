"""A role written before its holder's name: `La directrice des ressources humaines a
expliqué que … « … », a précisé Valérie Chassagne.` The press often opens a paragraph
with the role and gives the name in the next sentence, as the speaker of the next quote.

Split from `speaker_roles.py` (near its size limit) by concern: there a role is tied to
someone the article named with that role, or taken up as variation for someone in focus;
here, untied and with no one to take up, it looks ahead for the name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from presswatch.nlp.french import POSSESSIVES
from presswatch.nlp.people import People, Person
from presswatch.textutil import doc_text, fold


def named_next(people: People, compatible: list[Person], head: Token, said_gender: str,
               mention_chars: frozenset[int]) -> Person | None:
    """The person a definite role mention at `head` names when the article gives the name
    only after it: the first person named after the mention, in its own sentence or the
    next (two, for a quotation the parser set apart from its incise), who is named there
    as the speaker of a quote, was named nowhere before, has no role of their own
    written with the name (someone the article introduces with a role is someone new),
    is compatible with the role and of the gender it is said in when both are known;
    nobody else may be named, and no other quote's speaker mentioned, between the role
    and that name. Else None (the role stays a description)."""
    doc = head.doc
    char = head.idx
    end = head.sent.end
    for _ in range(2):  # (the parser often ends a sentence at a quotation's close, before
        # its incise: the next sentence may be `« … »` alone, the name in the one after)
        if end < len(doc):
            end = doc[end].sent.end
    end_char = doc[end - 1].idx + len(doc[end - 1])
    later = sorted((x, p.key, p) for p in people.persons for x in p.positions
                   if char < x < end_char)
    if not later:
        return None
    first_at, _key, first = later[0]
    other_gender = said_gender in {"m", "f"} and first.gender in {"m", "f"} and \
        first.gender != said_gender  # (`l'adjoint` is no Corinne)
    if first not in compatible or first.roles or other_gender or \
            min(first.positions) < char or first_at not in mention_chars:
        return None
    if any(char < x < first_at for x in mention_chars):
        return None  # (`Le premier adjoint a expliqué … Il a promis … Dans l'opposition, X
        # a jugé`: the role spoke again before the name, which is someone else's)
    return first


def of_the_gender(people: list[Person], said_gender: str) -> list[Person]:
    """`people` without those of the other gender than a role is said in (`l'adjoint`
    is no Martine): a name the article gives only later never takes up a role of the
    other gender."""
    if said_gender not in {"m", "f"}:
        return people
    return [p for p in people if p.gender not in {"m", "f"} or p.gender == said_gender]


def named_ahead(in_the_lead: Callable[[list[Person]], Person | None], people: People,
                compatible: list[Person], tokens: list[Token], head: Token,
                words: frozenset[str], said_gender: str, mention_chars: frozenset[int]
                ) -> Person | None:
    """Who an untied role names by a name given after it: in a lead that names nobody
    yet, the person `in_the_lead` finds (speaker_roles.py); else `named_next`, and the
    role is then written for them (its `words` among their descriptors), as if beside
    the name: a later role of another office (`la ministre du Travail` after `La DRH …
    a précisé X`) is someone else. Either way only someone of the role's gender."""
    fits = of_the_gender(compatible, said_gender)
    found = in_the_lead(fits)
    if found is not None and someone_of_theirs(found, words):
        return None  # `Le principal concurrent de X a annoncé … Son patron, Y, a dénoncé`
    if found is not None:
        return found  # (the lead's role is not written for them: `le président de la
        # République` before Emmanuel Macron is named must not make him `le président
        # chinois` later)
    found = named_next(people, fits, head, said_gender, mention_chars)
    if found is not None:
        found.roles.append(doc_text(head.doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])])
        found.descriptors |= words
    return found


def someone_of_theirs(person: Person, words: frozenset[str]) -> bool:
    """Whether `person` is written with a role of another noun behind a possessive (`Son
    patron, Y`, `Y, sa porte-parole`): someone of a party already told, the lead's subject
    (`Le principal concurrent de X`), so not that party itself. The same noun (`Le président
    du club … Paul Roux, son président`) may still be its holder."""
    for role in person.roles:
        parts = fold(role).split()
        if len(parts) >= 2 and parts[0] in POSSESSIVES and parts[1] not in words:
            return True
    return False
