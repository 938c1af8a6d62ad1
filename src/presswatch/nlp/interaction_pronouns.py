"""Whom a subject pronoun (`il`, `elle`) that holds an interaction stands for where the
speaker resolver's answer cannot be the party: inside a speaker's own quotation marks
(`« Le président n'arrête pas … il recevait les maires »`, a dit X: `il` is not X, who says
`je`), or with no person named before it (`Le secrétaire d'État est arrivé à Riyad. Il
s'est entretenu avec Y`: the role the sentence before has as subject).

The functions take the party namer of ``nlp/interaction_parties.py`` as an argument, so
that module can call them without either importing the other.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from presswatch.nlp.docfacts import morph

__all__ = ["described_before", "not_the_quoter"]


def not_the_quoter(pronoun: Token, who: str | None, quotes: list[dict],
                   name: Callable[[Token], str | None],
                   is_role: Callable[[Token], bool]) -> str | None:
    """``who``, the person a third-person pronoun was resolved to, unless the pronoun sits
    in a direct quotation of ``who``'s own: then the nearest person or role subject before
    it in that speaker's quotations of the paragraph naming someone else (`« Le président
    de la République n'arrête pas », a insisté X. « … il recevait les maires »`; not `le
    gouvernement`), else no one."""
    own = [q for q in quotes if q.get("type") == "direct" and q.get("start") is not None
           and q.get("speaker") == who]
    if who is None or not any(q["start"] <= pronoun.idx < q["end"] for q in own):
        return who
    for t in reversed(pronoun.doc[:pronoun.i]):  # back to the paragraph's start, through
        if "\n" in t.text:  # the speaker's quotations and the incises between them
            break
        if t.dep_ == "nsubj" and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and is_role(t))) \
                and "Plur" not in morph(t, "Number") and any(
                    q["start"] <= t.idx < q["end"] for q in own) and (other := name(t)) and \
                other != who:
            return other
    return None


def described_before(pronoun: Token, is_role: Callable[[Token], bool],
                     phrase: Callable[[Token], str | None]) -> str | None:
    """`Le secrétaire d'État américain est arrivé à Riyad. Il s'est entretenu avec…`:
    with no person named before it, a subject pronoun opening its sentence stands for the
    role the sentence before has as its subject, as the article describes it."""
    start = pronoun.sent.start
    if start == 0 or pronoun.i - start > 2:
        return None
    before = pronoun.doc[start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not is_role(subject) or \
            "Plur" in morph(subject, "Number"):
        return None
    return phrase(subject)
