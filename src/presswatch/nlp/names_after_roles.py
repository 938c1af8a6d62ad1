"""Names the NER missed right after the role phrase that introduces them: `Le chef de la
diplomatie chinoise Wang Yi a souligné …`, `la ministre sud-coréenne Kang Kyung-wha`.

Why a module of its own: the French model tags most European names but often misses names
from other languages, and the parser then splits them (`Wang` apposed to the role, `Yi` the
subject), so the speaker became `Yi`. `name_spans.person_spans` gathers names from several
sources; this one reads the press's commonest way of introducing a foreign official, a
role phrase then the bare name, with no comma between.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.textutil import fold

LOOK_BACK = 8
"""How many words a role phrase may hold between its role noun and the name (`chef de la
diplomatie chinoise` is four)."""


def _name_word(t: Token) -> bool:
    return t.text.replace("-", "").isalpha() and t.text[:1].isupper() and not t.is_stop


def not_a_place(t: Token, lex: Lexicon) -> bool:
    """Not a country, a capital, a nationality nor an organisation the model tagged (the
    one test of `name_spans` and of this module)."""
    word = fold(t.text)
    return word not in lex.nationalities and word not in lex.countries and \
        word not in lex.capitals and t.ent_type_ != "ORG"


def _a_place_or_body(t: Token, lex: Lexicon) -> bool:
    return not not_a_place(t, lex) or t.ent_type_ == "LOC"


def _names_a_body(t: Token, lex: Lexicon) -> bool:
    """Whether `t` is a noun for a body, a group or a publication that is no role (`le
    groupe`, `l'association`, `le festival`, `l'école`): the capitalised words after it
    are that body's own name (`le patron du groupe Total Energies`, `le directeur du
    festival Jazz Vienne`), not the person holding the role (second reader, h40-review2)."""
    return t.pos_ == "NOUN" and (lex.noun_class(t) in {"institution", "group", "media"} or
                                 fold(t.lemma_) in lex.organisation_nouns)


def _role_before(doc: Doc, lo: int, lex: Lexicon) -> bool:
    """Whether the words right before `lo` close a role phrase: the word before the name is
    a lower-case role noun or adjective (`chinoise`, never a determiner or a preposition,
    `de la Culture Rachida Dati` being a ministry's name), and a role noun opens the phrase
    within `LOOK_BACK` words, with no punctuation or verb between."""
    before = doc[lo - 1]
    if not before.text[:1].islower() or before.pos_ not in {"NOUN", "ADJ", "PROPN"} or \
            _names_a_body(before, lex):
        return False
    for k in range(lo - 1, max(lo - 1 - LOOK_BACK, -1), -1):
        t = doc[k]
        if t.is_punct or t.pos_ in {"VERB", "AUX", "PRON"} or "\n" in t.whitespace_:
            return False
        if t.text[:1].islower() and lex.noun_class(t) == "role":
            return True
    return False


def names_after_roles(doc: Doc, lex: Lexicon, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words (hyphenated parts included) that no other
    source took, right after a role phrase, none of them a country, a capital, a
    nationality or a word the NER tagged a body or a place."""
    out = []
    k = 1
    while k < len(doc):
        if k in taken or not _name_word(doc[k]) or not _role_before(doc, k, lex):
            k += 1
            continue
        end, words = k, 0
        while end < len(doc) and end not in taken and (
                _name_word(doc[end]) or (doc[end].text == "-" and end + 1 < len(doc) and
                                         doc[end].whitespace_ == "" and
                                         doc[end + 1].text[:1].isupper())):
            words += doc[end].text != "-"
            if "\n" in doc[end].whitespace_:
                end += 1
                break
            end += 1
        if words >= 2 and doc[end - 1].text != "-" and \
                not any(_a_place_or_body(t, lex) for t in doc[k:end]):
            out.append((k, end))
            taken.update(range(k, end))
        k = max(end, k + 1)
    return out
