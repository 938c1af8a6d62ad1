"""Where the content of a source phrase starts and ends: whether the phrase opens its
clause (after a conjunction, a colon, a fronted adverbial), the connectives and adverbs
kept out of the content, the clause a mid-sentence source cuts in two (`La réforme, selon
lui, est prête`), a relative clause it interrupts, a second source later in the sentence.
Split from `presswatch.nlp.sources`, which recognises the source phrases and puts these
bounds together into quotes.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from presswatch.nlp.circumstances import says_when
from presswatch.nlp.content_end import semicolon_or_end
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    CLAUSE_OPENERS,
    CONJUNCTION_HEADS,
    DE_FORMS,
    SUBORDINATORS,
    is_present_participle,
)
from presswatch.nlp.incise_cues import verb_comes_first
from presswatch.nlp.marks import Segment
from presswatch.nlp.misread_verbs import present_tense_form
from presswatch.nlp.spans import first_char, inside_segment, last_content_char
from presswatch.textutil import doc_text

_CONNECTIVES = re.compile(
    r"(?:(?:et|mais|car|or|donc|puis)\s+)?"
    r"(?:(?:alors|tandis|parce|bien)\s+qu(?:e\s+|['’])|puisqu(?:e\s+|['’]))?", re.I)


_PRESENTATIVE = re.compile(r"\s*:\s*(?:voilà|voici|c['’]est|tel(?:le)?s?\s+(?:est|sont))\b",
                           re.I)


def quotation_taken_up(text: str, start: int, end: int, segments: list[Segment]
                       ) -> tuple[int, int]:
    """`« Une nuit calme » : voilà le bilan de la soirée, selon les pompiers`: a quotation
    opens the clause and a presentative after a colon takes it up (`voilà`, `c'est`, `tel
    est`); the source's words are the quotation, the rest is the writer presenting them."""
    seg = next((s for s in segments if s.open == start and s.closed), None)
    if seg is None or seg.outer_end >= end or not _PRESENTATIVE.match(text, seg.outer_end, end):
        return start, end
    return seg.start, seg.end


def past_connectives(text: str, start: int, limit: int) -> int:
    """`…, mais les exportations ont progressé selon les douanes`, `et alors que les prix
    ont progressé selon l'Insee`: the conjunction joins the clause to the sentence; what the
    source said starts after it."""
    m = _CONNECTIVES.match(text, start, limit)
    if m is None or m.end() == start or m.end() >= limit - 1:
        return start
    return m.end()


def before_next_source(doc: Doc, c0: int, end: int) -> int:
    """`Selon la police, ils étaient 3 000, contre 10 000 selon les organisateurs`: a
    second source later in the sentence speaks for the part after the last comma before
    it; the first source's content stops at that comma."""
    nxt = next((k for k in range(c0 + 1, end) if doc[k].lower_ == "selon" or (
        doc[k].lower_ == "après" and doc[k - 1].lower_ in {"d'", "d’"})), None)
    if nxt is None:
        return end
    comma = next((k for k in range(nxt - 1, c0, -1) if doc[k].text == ","), None)
    return comma if comma is not None and comma > c0 + 1 else end


_CLAUSE_CONJUNCTIONS = (CLAUSE_OPENERS - {"que", "qu'"}) | {"or"}
"""Conjunctions after which a source phrase opens the clause that follows them."""


def opens_a_clause(doc: Doc, prep_start: int, with_et: bool = True) -> bool:
    """`…, mais selon l'entraîneur, l'équipe a …`, `puisque de l'aveu même de X, …`,
    `alors que d'après eux, …`: a conjunction right before the source (a comma between
    them or not) starts a new clause, so the source speaks for the words after it, not
    for the sentence's clause before the conjunction, which is the writer's own. `et`
    counts after a comma only for `selon`-like sources (`pour` after `et` is too often a
    plain preposition: `pour Paris et pour Lyon`)."""
    k = prep_start - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 1:
        return False
    word = doc[k].lower_.replace("’", "'")
    if word == ":":
        return True  # `Grève : pour la FIQ, c'est tout ou rien`: a headline's second part
    if word in _CLAUSE_CONJUNCTIONS:
        return True
    if word in {"que", "qu'"}:  # `alors que`, `parce que`, `tandis que`, `bien que`
        head = doc[k - 1].lower_
        return head in SUBORDINATORS or head in CONJUNCTION_HEADS
    return with_et and word == "et" and doc[k - 1].text == ","


def only_connectives(doc: Doc, start: int, end: int) -> bool:
    """`Toujours selon le journal, …`, `Mais d'après elle, …`: adverbs and conjunctions
    before the source leave it opening the sentence, whose clause after it is the content."""
    words = [t for t in doc[start:end] if not t.is_space and t.text != ","]
    return bool(words) and all(t.pos_ in {"ADV", "CCONJ"} for t in words)


def fronted_adverbial(doc: Doc, start: int, prep: int) -> bool:
    """`En réalité, selon X, …`, `Par ailleurs, d'après Y, …`, `Mardi, selon Z, …`,
    `Dans la soirée, selon W, …`: a short adverbial and its comma opening the sentence
    before the source leave the source opening the clause, whose words after it are the
    content. A subject there (`Le ministre, selon ses proches, est …`) is not one: it
    opens on a determiner or a name, not on a preposition, an adverb or a time word."""
    if prep - 1 <= start or doc[prep - 1].text != ",":
        return False
    words = [t for t in doc[start:prep - 1] if not t.is_space]
    if not words or len(words) > 6 or any(
            t.pos_ in {"VERB", "AUX"} or t.text in ",;:«»“”\"" for t in words):
        return False
    first = words[0]
    if first.lower_ in DE_FORMS:
        return False  # `De nombreux habitants, selon X, …`: a subject, not an adverbial
    return first.pos_ in {"ADP", "ADV", "CCONJ"} or all(says_when(doc, t.i) for t in words)


def connectives_before(doc: Doc, prep: int, u0: int) -> int:
    """Where a source phrase ending a clause starts: `…, toujours selon le journal` keeps
    the adverbs between the comma and `selon` out of the content; without the comma
    (`a baissé fortement selon l'Insee`) they are the content's own."""
    k = prep
    while k - 1 > u0 and doc[k - 1].pos_ in {"ADV", "CCONJ"}:
        k -= 1
    return k if k < prep and doc[k - 1].text == "," else prep


def after_adverbs_and_comma(doc: Doc, k: int, limit: int) -> int:
    """`Selon lui aussi, …`, `D'après elle toutefois, …`: adverbs between the source and
    its comma belong to the source phrase, not to what the source says."""
    j = k
    while j < limit and doc[j].pos_ == "ADV":
        j += 1
    return j if j > k and j < limit and doc[j].text == "," else k


def clause_resumed(doc: Doc, np_end: int, unit_end: int, before: Span
                   ) -> tuple[int, int] | None:
    """`La réforme, selon lui, est prête`, `Le déficit atteindra, selon lui, 5 % du PIB`:
    the source cuts the clause between its subject and its verb, or between its verb and
    what follows; the words after it, to the clause's end, are the second part."""
    if np_end >= unit_end or doc[np_end].text != ",":
        return None
    words = [t for t in before if not (t.is_punct or t.is_space)]
    first = np_end + 1
    if is_present_participle(doc[first]):
        return None  # `…, selon l'Insee, ajoutant que …`: the source's own participle clause
    # (`a estimé, selon la présidence, que …`: the verb's own clause, which its cue reports)
    after_verb = bool(words) and words[-1].pos_ in ("VERB", "AUX") and \
        doc[first].lower_.replace("’", "'") not in {"que", "qu'"}
    if not after_verb and (any(t.pos_ in ("VERB", "AUX") and "Fin" in morph(t, "VerbForm")
                               for t in before) or not verb_comes_first(doc, first, unit_end)):
        return None
    start, end = to_clause_end(doc, first, unit_end)
    return (start, end) if end - start >= 12 else None


def relative_end(doc: Doc, first: int, unit_end: int, segments: list[Segment]) -> int:
    """Where a relative clause ends: before a comma that a finite verb, or `et`/`mais`
    and a verb, follows (`…, et promet une aide`), outside quotation marks."""
    for k in range(first + 1, unit_end - 1):
        if doc[k].text != "," or inside_segment(doc[k].idx, segments):
            continue
        nxt = doc[k + 2] if doc[k + 1].lower_ in {"et", "mais"} and k + 2 < unit_end \
            else doc[k + 1]
        if nxt.pos_ in {"VERB", "AUX"} and "Fin" in morph(nxt, "VerbForm"):
            return k
        if nxt.pos_ in {"VERB", "ADJ"} and nxt.text.islower() and \
                present_tense_form(nxt, "er") and nxt.i + 1 < unit_end and (
                    doc[nxt.i + 1].pos_ == "DET" or
                    doc[nxt.i + 1].lower_.replace("’", "'") in {"que", "qu'"}):
            return k  # `X, selon qui A, déplore que …`, `…, inquiète les élus`: a word
            # the tagger calls a participle or an adjective, spelled as a present and
            # followed by its object, is the antecedent's own verb
    return unit_end


def to_clause_end(doc: Doc, first: int, unit_end: int) -> tuple[int, int]:
    """Characters from token `first` to the clause's end (a semicolon or the unit's end)."""
    start = doc[first].idx
    last = doc[semicolon_or_end(doc, first, unit_end) - 1]
    return start, last_content_char(doc_text(doc), start, last.idx + len(last))


def after_source_relative(doc: Doc, i: int, limit: int) -> int:
    """`Selon Le Parisien, qui cite des sources internes, …`, `Selon le maire, interrogé par
    France Bleu, …`: a relative or participle clause about the source is not what the
    source says; the content starts after its closing comma."""
    if i >= limit or not (doc[i].lower_ in {"qui", "dont"} or (
            doc[i].pos_ == "VERB" and "Part" in morph(doc[i], "VerbForm") and
            "Past" in morph(doc[i], "Tense"))):
        return i
    k = i + 1
    while k < limit and k - i < 25 and doc[k].text != ",":
        k += 1
    if k >= limit or doc[k].text != ",":
        return i
    k += 1
    while k < limit and doc[k].is_space:
        k += 1
    return k


def clause_start_before(doc: Doc, i: int, u0: int) -> int:
    last = i - 1
    while last > u0 and doc[last].is_space:  # a text wrapped mid-sentence: `…,\nselon X`
        last -= 1
    j = last
    while j > u0 and doc[j].text not in {",", ";", ":"}:
        j -= 1
    if j > u0 and doc[j].text == "," and j == last:
        # "content, selon X": the content runs from the unit start
        return first_char(doc_text(doc), doc[u0].idx)
    if j > u0:
        return first_char(doc_text(doc), doc[j].idx + 1)
    return first_char(doc_text(doc), doc[u0].idx)
