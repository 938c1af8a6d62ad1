"""What follows a source phrase and describes the source, not what it says: a role or an
affiliation set off by commas (`Selon Ed Hawkins, de l'Université de Reading, …`), a
participle aside and the time set off beside it (`Pour le ministre, à peine revenu de
Bruxelles, la semaine dernière, …`), a name or relative after a trailing source (`…, selon
l'avocat, Me Paul Girard.`). Split from `presswatch.nlp.sources`, which finds the source
phrases and their content.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.circumstances import DAY_QUALIFIERS, PERIODS, TIMES_OF_DAY, WEEKDAYS
from presswatch.nlp.dates import MONTHS
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import OPENING_MARKS, SINGULAR_DEMONSTRATIVES
from presswatch.nlp.people import is_title


def role_apposition_end(doc: Doc, k: int, limit: int, lex: Lexicon) -> int:
    """`Pour Jean Dupont, maire de la ville, « … »`: a role set off by commas after the
    source is part of the source phrase; the content starts after it (returns the
    closing comma, or `k` when there is no such apposition). A named source may carry
    several (`Selon le professeur Ed Hawkins, de l'Université de Reading, au Royaume-Uni,
    un des auteurs du rapport, …`): where it works and where, then its role."""
    named = any(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in doc[max(0, k - 4):k])
    end = k
    while (nxt := _one_apposition_end(doc, end, limit, lex, named)) != end or \
            (nxt := _participle_aside_end(doc, end, limit)) != end:
        end = nxt
    return end


PARTICIPLE_LEADS = frozenset({"à", "peine", "tout", "juste", "déjà", "encore"})
"""Words before the participle of an aside on the source (`à peine revenu`, `tout juste
rentré`), besides adverbs and words in -ment the tagger may misread (`fraîchement nommé`)."""
PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "ues")
"""Endings of a participle after such words that the tagger read as a noun (`tout juste revenu`)."""


TIME_NOUNS = WEEKDAYS | set(MONTHS) | TIMES_OF_DAY | PERIODS | {"hier", "veille", "jour"}
TIME_GLUE = DAY_QUALIFIERS | SINGULAR_DEMONSTRATIVES | {"la", "le", "l'", "l’", "passé", "passée",
                                                        "même"}
"""The words of a time phrase set off by commas after an aside (`, la semaine dernière,`)."""


def _participle_aside_end(doc: Doc, k: int, limit: int) -> int:
    """`Pour le ministre, à peine revenu de Bruxelles, la semaine dernière, il …`,
    `Selon l'ambassadrice, interrogée par la radio, …`: a past participle set off by commas
    after the source says where it was or what happened to it; what it says starts after
    the aside, and after a time phrase set off next to it (returns the closing comma, or
    `k` when there is none)."""
    if k >= limit or doc[k].text != ",":
        return k
    close = next((m for m in range(k + 1, min(k + 16, limit)) if doc[m].text == ","), None)
    if close is None or close + 1 >= limit:
        return k
    words = list(doc[k + 1:close])
    lead = 0
    while lead < min(len(words), 3) and (words[lead].pos_ == "ADV" or
                                         words[lead].lower_ in PARTICIPLE_LEADS or
                                         words[lead].lower_.endswith("ment")):
        lead += 1
    if lead >= len(words) or not (("Part" in morph(words[lead], "VerbForm") and
                                   "Past" in morph(words[lead], "Tense")) or
                                  (lead and words[lead].lower_.endswith(PARTICIPLE_ENDS)) or
                                  _with_its_agent(words, lead)) or any(
            (t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")) or
            t.text in '«»“”"' for t in words):
        return k
    nxt = next((m for m in range(close + 1, min(close + 6, limit)) if doc[m].text == ","), None)
    time = [doc[m].lower_ for m in range(close + 1, nxt)] if nxt is not None else []
    if nxt is not None and nxt + 1 < limit and any(w in TIME_NOUNS for w in time) and all(
            w in TIME_NOUNS or w in TIME_GLUE for w in time):
        return nxt  # `…, la semaine dernière,`: when it came back, not what it says
    return close


def _with_its_agent(words: list, k: int) -> bool:
    """`cité par l'agence TASS`, `joint par téléphone`: a word in -é or -i followed by `par`
    is a participle with its agent, though the tagger reads `cité` as the noun `cité`."""
    return k + 1 < len(words) and words[k].text.islower() and \
        words[k].lower_.endswith(PARTICIPLE_ENDS) and words[k + 1].lower_ == "par"


AFFILIATION_OPENERS = frozenset({"de", "du", "d'", "d’", "des", "à", "au", "aux"})
"""Words that open where a named source works or lives, set off by commas after it."""


def aside_on_the_source(doc: Doc, k: int, limit: int, lex: Lexicon) -> bool:
    """After a trailing `selon X`, a comma then a name, a title, a role, a relative or a
    participle (`…, Me Paul Girard.`, `…, joint par téléphone.`, `…, qui …`) says
    more about the source: the clause it qualifies ended before `selon`."""
    if k + 1 >= limit or doc[k].text != ",":
        return False
    first = doc[k + 1]
    if first.ent_type_ == "PER" or is_title(first) or lex.noun_class(first) == "role":
        return True
    if first.lower_ in {"qui", "dont"}:
        return True  # `…, sur 900 en France selon l'association, qui espère …`: a
        # relative on the source, not the rest of the clause it qualifies
    if first.pos_ == "DET" and any(lex.noun_class(t) == "role" for t in doc[k + 2:k + 4]):
        # `…, l'avocat de la famille.`; not `…, le ministre l'a confirmé` (a clause)
        return not any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
                       for t in doc[k + 2:limit])
    return first.pos_ in {"VERB", "ADJ"} and "Part" in morph(first, "VerbForm") and \
        "Past" in morph(first, "Tense")


def _one_apposition_end(doc: Doc, k: int, limit: int, lex: Lexicon, named: bool) -> int:
    """One apposition of `role_apposition_end` starting at the comma `k`."""
    if k >= limit or doc[k].text != ",":
        return k
    close = next((m for m in range(k + 1, min(k + 16, limit)) if doc[m].text == ","), None)
    if close is None or close == k + 1:
        return k
    words = doc[k + 1:close]
    if any((t.pos_ in {"VERB", "AUX"} and "Part" not in morph(t, "VerbForm")) or
           (t.is_punct and t.text not in "()-/") for t in words):
        return k  # (a participle, `chargée des crimes`, an acronym in parentheses,
        # `de l'Agence spatiale (ASE)`, and a hyphenated name, `UNI-FLNKS`, stay in it)
    if named and words[0].lower_ in AFFILIATION_OPENERS and \
            any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words[1:]) and \
            close + 1 < limit and (
                doc[close + 1].pos_ in {"DET", "NUM", "NOUN", "PRON", "ADP", "PROPN"} or
                doc[close + 1].text in OPENING_MARKS):
        return close  # `, de l'Université de Reading,`, `, au Royaume-Uni,`, `, du
        # cabinet Xerfi, « … »`
    if named and close + 1 < limit and doc[close + 1].text in OPENING_MARKS and \
            words[0].text.islower() and (words[0].pos_ in {"NOUN", "ADJ"} or
                                         "Part" in morph(words[0], "VerbForm")):
        return close  # `Pour Julien Faure, gérant chez Breizh Immo, « … »`: a bare noun
        # phrase between a name and a quotation describes the name, whatever the noun
        # (`gérant`, a participle to the tagger)
    role = any(lex.noun_class(t) == "role" for t in words)
    # with a determiner it may be the content's own subject (`Selon X, le directeur,
    # Marc Petit, a menti`): only when another subject or a quotation opens the content
    # after it (`Selon l'Unef, le deuxième syndicat étudiant, il y avait …`, `Pour X, son
    # secrétaire général, « … »`)
    if words[0].pos_ == "DET" and (close + 1 >= limit or (
            doc[close + 1].pos_ not in {"PRON", "DET"} and
            doc[close + 1].text not in OPENING_MARKS)):
        return k
    # (`un des auteurs du rapport`, `l'une des organisatrices`: a role among several)
    among = len(words) > 2 and words[0].lower_ in {"un", "une", "l'un", "l'une"} | {
        "l'", "l’"} and any(t.lower_ in {"des", "d'entre"} for t in words[1:3])
    # (a role noun opening it is one whatever its tag: `économiste` read as an adjective)
    return close if role and (words[0].pos_ in {"NOUN", "DET"} or among or
                              lex.noun_class(words[0]) == "role") else k
