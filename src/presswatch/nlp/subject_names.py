"""Names the parser cuts off a reporting verb's subject, put back.

Two misparses seen on fresh corpus gold (set B), both around a person's name:

- `Me Roussel puis Me Benard avaient plaidé`: the parser makes the last of two coordinated
  names the whole subject, and a later `selon eux` then has no plural to go back to;
- `Paul Roux, le chef des élus et chef du parti, Terre Vive, a rejeté`: the parser makes
  the role the subject and the name opening the sentence a stray word, and the name after
  the role's last comma (an apposition of the role's own complement) is then taken for the
  speaker.

Two more, met on names the model does not know (`bench/perturbations.py`): `Oluwaseun
Lestrade-Iparraguirre a rappelé`, whose subject the parser cuts to the word after the hyphen,
and `Przemysław Kowalczyk, syndic, expliquait`, whose subject it cuts to the bare role.

Split from `subjects.py`, which calls these on the span it parsed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.name_spans import NAME_PARTICLES, TITLES, glued_start
from presswatch.textutil import fold

COORDINATORS = frozenset({"et", "puis"})
"""Words that join two names into one plural subject (`X puis Y ont plaidé`)."""
_FOLDED_TITLES = frozenset(fold(t) for t in TITLES)


def _is_title_word(t: Token) -> bool:
    """`maître`, `Me`, `Dr` before a name; lower-case `me` is a pronoun, not a title."""
    return fold(t.text) in _FOLDED_TITLES and (t.text[:1].isupper() or len(t.text) > 3)


def _plural_verb(verb: Token) -> bool:
    """The verb or one of its auxiliaries is plural: its subject is more than one name."""
    return any("Plur" in morph(t, "Number")
               for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))])


def _name_word(t: Token) -> bool:
    """A word of a name: the NER's person, or a capitalised proper noun (it tags `Boris
    Johnson` after `et` as MISC and nothing)."""
    return (t.ent_type_ == "PER" or (t.pos_ == "PROPN" and t.text[:1].isupper())) and \
        not t.is_punct


def _name_start(doc: Doc, hi: int, floor: int) -> int:
    """Where the person name (with a title before it) ending at `hi` begins."""
    lo = hi
    while lo > floor and _name_word(doc[lo - 1]):
        lo -= 1
    if lo < hi and lo > floor and _is_title_word(doc[lo - 1]):
        lo -= 1
    return lo


def _written_sentence_start(doc: Doc, k: int) -> int:
    """Where the sentence holding token `k` starts as written: the parser's start, or
    further back when no punctuation ends the words before it (`Olaf Scholz et Boris
    Johnson ont appelé …`, parsed as two sentences at `Johnson`)."""
    start = sentence_bounds(doc[k])[0]
    while start > 0 and not (doc[start - 1].is_punct or doc[start - 1].is_space):
        start = sentence_bounds(doc[start - 1])[0]  # (any mark, a comma too, ends it)
    return start


def with_coordinated_name(doc: Doc, span: tuple[int, int], verb: Token) -> tuple[int, int]:
    """`maître Roussel puis maître Benard avaient pris la parole`: when the parsed subject is
    a name right after `et`/`puis` and another name, and the verb is plural, the subject is
    both names (a singular verb keeps the parse: `… puis Benard a répondu`)."""
    lo, hi = span
    floor = _written_sentence_start(doc, lo)
    if hi > verb.i or not any(_name_word(t) for t in doc[lo:hi]):
        return span
    if (both := _apposed_pair_start(doc, lo, floor)) is not None and _plural_verb(verb):
        return both, hi
    if (end := _apposed_pair_end(doc, hi, verb)) > hi:
        return lo, end  # (the parse took the first of the pair as the subject)
    while lo > floor and _name_word(doc[lo - 1]):
        lo -= 1  # (`Boris` of `Boris Johnson`, left out of the parsed subject)
    k = lo - 1 if lo > floor and _is_title_word(doc[lo - 1]) else lo
    k = _role_start(doc, k, floor)  # `… et le Premier ministre Boris Johnson ont`
    if k - 2 < floor or doc[k - 1].lower_ not in COORDINATORS or \
            not _name_word(doc[k - 2]) or not _plural_verb(verb):
        return span
    first = _role_start(doc, _name_start(doc, k - 1, floor), floor)
    return (first, hi) if first < k - 1 else span


def _apposed_pair_start(doc: Doc, lo: int, floor: int) -> int | None:
    """`Le porte-parole de la police, Marc Roux, et le maire, Paul Petit, ont appelé …`: the
    parsed subject at `lo` is the name apposed to a role after `et`, and before `et` a
    name apposed to a role opens the sentence; where the pair starts (the first role), or
    None when the words do not stand so."""
    if lo - 1 <= floor or doc[lo - 1].text != ",":
        return None
    et = next((k for k in range(lo - 2, max(floor, lo - 9), -1)
               if doc[k].lower_ == "et" or doc[k].is_punct), None)
    if et is None or doc[et].lower_ != "et" or et + 1 >= lo - 1 or \
            doc[et + 1].pos_ != "DET" or et - 2 <= floor or doc[et - 1].text != ",":
        return None
    first = _name_start(doc, et - 1, floor)
    if first == et - 1:
        return None  # (no name before `, et`)
    if first == floor:
        return floor
    if doc[first - 1].text != "," or doc[floor].pos_ != "DET" or \
            any(t.is_punct for t in doc[floor:first - 1]):
        return None
    return floor


def _apposed_pair_end(doc: Doc, hi: int, verb: Token) -> int:
    """The same pair parsed the other way: the subject ends at the first name (`hi`), then
    `, et` + a role + `,` + a name + `,` before the plural verb; the end of the second name,
    or `hi`."""
    if not _plural_verb(verb) or hi + 3 >= verb.i or doc[hi].text != "," or \
            doc[hi + 1].lower_ != "et" or doc[hi + 2].pos_ != "DET":
        return hi
    comma = next((k for k in range(hi + 3, min(verb.i, hi + 10)) if doc[k].is_punct), None)
    if comma is None or doc[comma].text != "," or not _name_word(doc[comma + 1]):
        return hi
    end = comma + 1
    while end < verb.i and _name_word(doc[end]):
        end += 1
    return end if doc[end].text == "," and all(
        t.pos_ in {"AUX", "ADV"} for t in doc[end + 1:verb.i]) else hi


def _role_start(doc: Doc, k: int, floor: int) -> int:
    """Where a role phrase right before a name at `k` starts (`le Premier ministre` +
    `Boris Johnson`, `Le chancelier` + `Olaf Scholz`): four words at most, a determiner
    first; `k` when there is none."""
    for lo in range(k - 1, max(floor, k - 5) - 1, -1):
        if doc[lo].pos_ == "DET":
            words = doc[lo + 1:k]
            if words and all(t.pos_ in {"NOUN", "ADJ"} for t in words):
                return lo
            return k
        if doc[lo].is_punct or doc[lo].lower_ in COORDINATORS:
            return k
    return k


def leading_name_before_role(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Paul Roux, le chef du parti rural, Terre Vive, a rejeté …`: a person's name opening
    the sentence, then a comma and the parsed subject (a role with a determiner, its own
    apposition after a further comma): the name is the subject and the role its
    apposition. None when the span does not stand so (`Le chef du parti, Paul Roux, …`
    keeps its name after the role)."""
    lo, hi = span
    floor = sentence_bounds(doc[lo])[0]
    if lo - 2 < floor or doc[lo - 1].text != "," or doc[lo].pos_ != "DET" or \
            not any(doc[k].text == "," for k in range(lo, hi)):
        return None
    name_hi = lo - 1
    name_lo = _name_start(doc, name_hi, floor)
    if name_lo == name_hi or name_lo != floor:
        return None
    return name_lo, name_hi


def name_before_bare_role(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`Przemysław Kowalczyk, syndic, expliquait`: a role without its article (a noun, an
    adjective or two, maybe an age: `bénévole de 18 ans`), set off by commas before the
    verb, is the apposition of the name before it; the parser, not knowing the name (it
    may even start a sentence inside it), makes the bare role the subject. The name is the
    subject (with the words before it that belong to it); any other span is kept."""
    lo, hi = span
    role_hi = hi - 3 if hi - lo > 3 and doc[hi - 1].lower_ == "ans" and \
        doc[hi - 2].like_num and doc[hi - 3].lower_ == "de" else hi  # (`bénévole de 18 ans`:
    # the age a vox pop gives with the role)
    if not (0 < role_hi - lo <= 3 and lo > 1 and hi < len(doc) and doc[hi].text == "," and
            doc[lo - 1].text == "," and doc[lo].pos_ in {"NOUN", "PROPN"} and
            all(t.is_alpha and t.text[:1].islower() and t.pos_ in {"NOUN", "PROPN", "ADJ"}
                for t in doc[lo:role_hi])):  # (a lower-case `syndic` the tagger made a name)
        return span
    floor = _written_sentence_start(doc, lo - 1)
    name_lo = lo - 1  # (name words the tagger may read as adjectives: capitalised ones)
    while name_lo > floor and (_name_word(doc[name_lo - 1]) or (
            doc[name_lo - 1].is_alpha and doc[name_lo - 1].is_title and
            not doc[name_lo - 1].is_stop)):
        name_lo -= 1
    if name_lo > floor and _is_title_word(doc[name_lo - 1]):
        name_lo -= 1
    if name_lo == lo - 1 or name_lo != floor:
        return span
    return name_lo, lo - 1


NUMBER_WORDS = frozenset({"zéro", "deux", "trois", "quatre", "cinq", "six", "sept",
                          "huit", "neuf", "dix", "cent", "mille"})
"""Number words an organisation's capitalised name may open with (`Zéro Déchet`,
`Quatre Saisons`)."""


def with_whole_name(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`Oluwaseun Lestrade-Iparraguirre a rappelé`: a parsed subject that starts inside a
    hyphenated word (the tokenizer splits a surname it does not know at its hyphen) starts
    at that word, and at the name words right before it."""
    lo, hi = span
    if 0 < lo < hi and doc[lo].text[:1].isupper() and doc[lo - 1].lower_ in NUMBER_WORDS \
            and doc[lo - 1].text[:1].isupper() and doc[lo - 1].whitespace_ == " ":
        return lo - 1, hi  # `Zéro Déchet 48 a dénoncé`: a name opening on a number word,
        # which the parser leaves out of the subject
    start = glued_start(doc, lo)
    if start == lo:
        return span
    floor = sentence_bounds(doc[start])[0]
    return _name_start(doc, start, floor), hi


def particle_name_before(doc: Doc, hi: int) -> tuple[int, int] | None:
    """`Przemysław de la Fuente a appelé`, which the parser cut into two sentences before
    the auxiliary, the name tagged as a place: capitalised words, lower-case particles and
    a capitalised surname ending right before `hi` and opening the sentence or clause are
    the subject. None when the words before `hi` do not stand so."""
    if hi < 3 or not (doc[hi - 1].is_alpha and doc[hi - 1].is_title):
        return None
    k = hi - 2
    while k >= 0 and doc[k].lower_ in NAME_PARTICLES and doc[k].text[:1].islower():
        k -= 1
    if k == hi - 2 or k < 0 or not (doc[k].is_alpha and doc[k].is_title) or doc[k].is_stop:
        return None
    lo = k
    while lo > 0 and doc[lo - 1].is_alpha and doc[lo - 1].is_title and \
            not doc[lo - 1].is_stop and not doc[lo].is_sent_start:
        lo -= 1
    opens = lo == 0 or doc[lo - 1].is_punct or doc[lo - 1].is_space or doc[lo].is_sent_start
    return (lo, hi) if opens else None
