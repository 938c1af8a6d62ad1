"""Participles of `dire` that give a name rather than report words: `Paul Roux, dit « le
Lion »`, `ces capteurs dits « intelligents »`, `le festival principal, dit le « In »`. Asked
by `cues.find_cues` before a form of `dire` becomes a cue; split from `cues.py`, whose concern
is finding the verbs that do report.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.french import CLITICS, CLOSING_MARKS, DEFINITE_ARTICLES, OPENING_MARKS

ALIAS_PARTICIPLES = frozenset({"dit", "dite", "dits", "dites", "surnommé", "surnommée"})


def so_called(doc: Doc, token: Token, lex: Lexicon) -> bool:
    """`Ces capteurs dits « intelligents »`, `la méthode dite douce`: `dite(s)`, `dits`
    right after a noun names what a thing is called; nobody says anything (the masculine
    singular `dit` is also the present: `Le ministre dit « non »`; set off after a noun and
    before a short quoted name, it names too: `le festival principal, dit le « In », …`)."""
    i = token.i
    if _apposed_name(doc, token, lex):
        return True
    return token.lower_ in {"dits", "dite", "dites"} and 0 < i < len(doc) - 1 and \
        doc[i - 1].pos_ in {"NOUN", "ADJ"} and not doc[i - 1].is_punct and \
        (doc[i + 1].text in OPENING_MARKS or doc[i + 1].pos_ == "ADJ") and \
        not any(t.dep_.startswith("aux") for t in token.children)


def names_an_alias(doc: Doc, token: Token) -> bool:
    """`le militant Karim Saadi, dit Brahim, …`, `Paul Roux, dit « le Lion », a …`: a
    participle of `dire` right after a person's name and before a capitalised word, an
    article or a quotation gives a nickname; nobody says anything. A single name followed
    by the clause's verb is the incise that cuts it (`Poutine, dit Lavrov, ne veut pas`)."""
    if token.lower_ not in ALIAS_PARTICIPLES or token.i < 2 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    named = doc[token.i - 2] if before.text == "," else before
    if named.ent_type_ != "PER" or any(t.dep_.startswith("aux") for t in token.children):
        return False
    if before.text != "," and any(t.dep_.startswith("nsubj") for t in token.children):
        return False  # `Paul Martin dit « compter » sur …`: its subject, no comma: it says
    if after.text in OPENING_MARKS and token.i + 2 < len(doc) and (
            doc[token.i + 2].pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or
            doc[token.i + 2].lower_.replace("’", "'") in {"ne", "n'", "que", "qu'"}):
        return False  # `Rémi Tassin, dit « ne pas être inquiet »`: a quoted clause is
        # what he says; a nickname is a name
    if after.lower_ in DEFINITE_ARTICLES or after.text in OPENING_MARKS:
        return True  # `dit Le Lion`, `dit « le Lion »`: a nickname's article or marks
    if not (after.text[:1].isupper() and after.is_alpha):
        return False
    k = token.i + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    resumed = k + 1 < len(doc) and doc[k].text == "," and (
        doc[k + 1].pos_ in {"VERB", "AUX"} or doc[k + 1].lower_ in {"ne", "n'", *CLITICS})
    return not resumed


NAME_WORDS = 4
"""How many words a quoted name given by `dit` may hold (`« des Fleurs »`, `« In »`)."""


def _apposed_name(doc: Doc, token: Token, lex: Lexicon) -> bool:
    """`Le quartier, dit « des Fleurs », sera rénové`, `le festival principal, dit le
    « In », mais surtout …`: `dit` between commas after a common noun, then a short
    quotation (its article outside the marks, or its first word in lower case) that the
    sentence goes on after, gives the thing's name. An incise names its speaker there
    instead: a title in marks opens on a capital (`…, dit « Le Monde », …`), a speaker
    described with scare quotes goes on after them (`dit le « père » du projet`), and what
    they said is a clause, not a noun phrase (`Le projet est mort, dit le « patron », …`)."""
    i = token.i
    if token.lower_ != "dit" or i < 3 or i + 3 >= len(doc) or doc[i - 1].text != "," or \
            not _ends_a_noun_phrase(doc, i - 2):
        return False
    mark = i + 2 if doc[i + 1].lower_ in DEFINITE_ARTICLES else i + 1
    if doc[mark].text not in OPENING_MARKS or mark + 1 >= len(doc) or (
            mark == i + 1 and not doc[mark + 1].text[:1].islower()):
        return False
    close = next((k for k in range(mark + 2, min(mark + 2 + NAME_WORDS, len(doc)))
                  if doc[k].text in CLOSING_MARKS), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].text == "," and \
        not _a_person_in_marks(doc, mark + 1, close, lex)


def _a_person_in_marks(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """`L'accord, dit le « médiateur », reste fragile`: a role noun of
    data/speaker_nouns.tsv in the marks describes who speaks, with scare quotes; the
    incise cuts what they said, it gives nothing a name (`le « In »`, `« des Fleurs »`)."""
    return any("role" in (lex.noun_class(t), lex.speaker_nouns.get(t.lower_, ("",))[0])
               for t in doc[start:end] if t.pos_ in {"NOUN", "ADJ", "PROPN"})


def _ends_a_noun_phrase(doc: Doc, k: int) -> bool:
    """Whether token `k` ends a noun phrase opened by a determiner, nouns and adjectives
    only between (`le festival principal`, `Le quartier`), its head no person's name."""
    m = k
    while m > 0 and doc[m].pos_ in {"NOUN", "ADJ"}:
        m -= 1
    return m < k and doc[m].pos_ == "DET" and any(
        t.pos_ == "NOUN" and t.ent_type_ != "PER" for t in doc[m + 1:k + 1])
