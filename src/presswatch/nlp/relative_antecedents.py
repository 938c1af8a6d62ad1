"""What a relative `qui` stands for when it is the subject of a reporting verb
(`…, a ajouté le conseil du ministre, qui a dénoncé …`): the noun phrase before it, as the
parser hung it, corrected where the parse is known to go wrong (a `selon` source, a
complement that agrees with the verb). Apart from `nlp/subjects.py`, which asks it, because
the antecedent's own rules grow with each parse they mend.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import default_lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.spans import np_span


def relative_antecedent_span(doc: Doc, head: Token, qui: Token | None) -> tuple[int, int]:
    """The noun phrase `qui` stands for, without the preposition of the phrase it is in
    (`a lancé aux deux avocats généraux, qui …`: `deux avocats généraux`). Where the parser
    hung the relative on a verb (`», a ajouté le conseil du ministre, qui …`), the noun
    phrase just before `qui` is the antecedent."""
    if head.pos_ not in {"NOUN", "PROPN", "PRON"} and qui is not None:
        k = qui.i - 1
        while k > 0 and doc[k].is_punct:
            k -= 1
        if doc[k].pos_ in {"NOUN", "PROPN"}:
            head = doc[k]
            while head.dep_ in {"nmod", "flat:name", "amod"} and head.head.i < head.i and \
                    head.head.pos_ in {"NOUN", "PROPN"}:
                head = head.head
    if qui is not None:
        head = _source_before(doc, qui) or _agreeing_antecedent(
            doc, _person_over_complement(head), qui)
    lo, hi = np_span(doc, head)
    # `…, sur plus de 9.000 selon l'association, qui …`: nothing before the antecedent's
    # own preposition belongs to it, whatever else the parse hung on it
    lo = max([lo] + [c.i + 1 for c in head.children if c.dep_ == "case" and c.i < head.i])
    while lo < hi - 1 and doc[lo].pos_ == "ADP":
        lo += 1
    return lo, hi


def _source_before(doc: Doc, qui: Token) -> Token | None:
    """`… selon l'organisation, qui espère …`: a relative right after a `selon` source
    is about the source, wherever the parser hung it."""
    k = qui.i - 1 if qui.i > 0 and doc[qui.i - 1].text == "," else qui.i
    noun = doc[k - 1] if k > 0 else None
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    case = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
    return noun if case and case[0].lower_ == "selon" else None


def _agreeing_antecedent(doc: Doc, head: Token, qui: Token) -> Token:
    """`les réquisitions du parquet (PNF) qui avait réclamé …`: where the relative's verb
    is singular and the parser's antecedent plural (or the reverse), the antecedent is the
    nearest noun of its complements that agrees with the verb."""
    verb = qui.head
    finite = [t for t in (verb, *verb.children) if t.i > qui.i and
              "Fin" in morph(t, "VerbForm")]
    number = morph(finite[0], "Number") if finite else []
    if not number or morph(head, "Number") in ([], number):
        return head
    for k in range(qui.i - 1, head.i, -1):
        t = doc[k]
        if t.pos_ in {"NOUN", "PROPN"} and morph(t, "Number") == number and \
                head in t.ancestors:
            return t
    return head


def _person_over_complement(head: Token) -> Token:
    """`les présidents des universités qui ont demandé …`, `les délégués des clubs, qui
    …`: the parser hangs the relative on the nearest noun, but where that noun is the
    complement of a noun for people (a role or a group) and names none itself (an
    institution, a place, a thing), the people are who speak."""
    gov = head.head
    if head.dep_ != "nmod" or gov.i >= head.i or gov.pos_ != "NOUN" or \
            head.pos_ != "NOUN" or head.ent_type_ == "PER":
        return head
    lex = default_lexicon()
    if lex.noun_class(gov) in {"role", "group"} and lex.noun_class(head) not in {
            "role", "group"}:
        return gov
    return head
