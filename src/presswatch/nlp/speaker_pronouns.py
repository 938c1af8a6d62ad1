"""The words of a pronoun-like mention before it is resolved, and where a demonstrative
subject may stand: small readings `speakers.py` asks of `celle-ci`, `la première à la
sortie` and `Joint par téléphone, celui-ci confirme`.

Split from `speakers.py` (at its size limit): the tokenizer cuts `Celle-ci` into three
words and a parse may run an inverted ordinal into its circumstance; these readings say
which words are the mention, so the resolution steps see the form they know.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.bare_quotes import CAPTION_CREDIT
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import DEFINITE_ARTICLES
from presswatch.nlp.marks import find_segments
from presswatch.nlp.mention_forms import ORDINALS
from presswatch.nlp.spans import inside_segment, np_span
from presswatch.textutil import doc_cache, doc_text, fold

DEMONSTRATIVE_HEADS = frozenset({"celui", "celle", "ceux", "celles"})
"""Demonstrative pronouns the tokenizer may cut from their `-ci` / `-là`."""

DEMONSTRATIVE_SUFFIXES = frozenset({"ci", "la", "-ci", "-la"})
"""What follows a demonstrative head (folded) when the tokenizer cut it off."""

OPENING_PHRASE_TOKENS = 8
"""How far into its sentence a demonstrative subject may stand after an opening phrase set
off by a comma (`Joint par téléphone, celui-ci confirme`)."""


def with_demonstrative_suffix(doc: Doc, tokens: list[Token]) -> list[Token]:
    """`Celle` | `-` | `ci`: a demonstrative pronoun the tokenizer cut, with its suffix
    glued back (the mention then reads `celle-ci`, a demonstrative, not a noun phrase)."""
    if len(tokens) != 1 or tokens[0].lower_ not in DEMONSTRATIVE_HEADS:
        return tokens
    k = tokens[0].i + 1
    glued = []
    while k < len(doc) and len(glued) < 2 and not doc[k - 1].whitespace_ and \
            (doc[k].text == "-" or fold(doc[k].text) in DEMONSTRATIVE_SUFFIXES):
        glued.append(doc[k])
        k += 1
    return tokens + glued if glued and fold(glued[-1].text).lstrip("-") in {"ci", "la"} \
        else tokens


RELATIVE_DEMONSTRATIVES = {"celui": "m", "celle": "f"}
"""`celui qui …`, `celle qui …`: a person described by a relative, taken up like `ce
dernier` (plural `ceux qui` describe a group, left a description)."""


def relative_demonstrative(doc: Doc, tokens: list[Token]) -> str:
    """`… Claire Aubin. « Émue », celle qui compte retrouver son siège dit …`: a mention
    that is `celui` / `celle` before its relative `qui`, whose gender (`m`, `f`) then picks
    the last person named; "" for any other mention."""
    if len(tokens) != 1 or tokens[0].i + 1 >= len(doc) or doc[tokens[0].i + 1].lower_ != "qui":
        return ""
    return RELATIVE_DEMONSTRATIVES.get(tokens[0].lower_, "")


OBJECT_CLITICS = frozenset({"lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "y", "en"})
"""Object pronouns between a subject and its verb, which a mention may run on into."""


def ordinal_words(tokens: list[Token]) -> str | None:
    """`la première à la sortie`: an ordinal mention (`le premier`, `la seconde`) that the
    parse ran on into a circumstance after it; the ordinal's folded words, or None."""
    if len(tokens) < 2:
        return None
    words = fold(f"{tokens[0].text} {tokens[1].text}")
    if words not in ORDINALS:
        return None
    if len(tokens) == 2 or tokens[2].pos_ in {"ADP", "ADV", "PUNCT"} or \
            fold(tokens[2].text) in OBJECT_CLITICS:
        return words  # (`Le second lui a répondu`: the mention ran on into the clitic)
    return None


def demonstrative_openings(doc: Doc, lo: int, hi: int) -> list[int]:
    """Where a demonstrative subject may open the sentence `doc[lo:hi]`: at its start, or
    after an opening phrase set off by a comma (`Joint par téléphone, celui-ci …`,
    `Interrogée, cette dernière …`)."""
    starts = [lo]
    for k in range(lo + 1, min(hi, lo + OPENING_PHRASE_TOKENS)):
        if doc[k].text == ",":
            starts.append(k + 1)
            break
    return starts


def definite_description(span: Span, lex: Lexicon) -> bool:
    """`Les pêcheurs de Vestmark`: a noun with a definite article, a source a pronoun may
    take up as a last resort though the speaker lexicon lacks its noun; a possessive
    (`Son propos figurait …`) or a speech event, a carrier of words or a thing expressed
    (`La lettre précise`) is no such source. (Not a referent ranked with the people: `le
    maestro répond … ajoute-t-il` is the conductor named before, whom the pronoun takes up
    when the description is left out.)"""
    root = span.root
    return span[0].lower_ in DEFINITE_ARTICLES and root.pos_ == "NOUN" and \
        root.i > span[0].i and not root.ent_type_ and fold(root.lemma_) not in (
            lex.speech_events | lex.carriers | lex.expressions)


SUBJECT_SENTENCES_BACK = 2
"""How many sentences before a pronoun its last-resort antecedent, a described subject,
may stand (`La programmatrice … quitte ses fonctions. Elle l'a annoncé … « … », écrit-elle`)."""

PRONOUN_MORPH = {"m": ("Gender", "Masc"), "f": ("Gender", "Fem"), "p": ("Number", "Plur")}


def described_subject_before(doc: Doc, pronoun: Token, gender: str, lex: Lexicon
                             ) -> tuple[int, int] | None:
    """The last resort for a pronoun no person, speaker, role or organisation takes up: the
    last subject of this sentence or the two before it that is a definite description
    agreeing with it (`Les pêcheurs de Vestmark manifestaient …. Ils réclament …`), though
    the speaker lexicon lacks its noun. Not a passive's subject: `le coup d'envoi a été
    donné par …` is what was done, not who acts."""
    if gender not in PRONOUN_MORPH:
        return None
    feature, value = PRONOUN_MORPH[gender]
    first, back = pronoun.sent.start, 0
    while first > 0 and back < SUBJECT_SENTENCES_BACK:
        first = doc[first - 1].sent.start
        back += any(t.is_alpha for t in doc[first].sent)  # (not a lone `«` the parser cut)
    # after its verb (`, a-t-elle souligné`) the pronoun's own sentence before it is what
    # was said, whose subjects (`L'inflation reste « trop élevée »`) are no speaker, but
    # for a person's role (`La directrice a reconnu des retards mais …, a-t-elle précisé`)
    last = pronoun.sent.start if pronoun.head.i < pronoun.i else pronoun.i
    segments = doc_cache(doc, "segments", find_segments)  # quotations: words said
    for t in reversed(doc[first:pronoun.i]):
        if t.dep_ != "nsubj" or t.pos_ != "NOUN" or inside_segment(t.idx, segments) or \
                in_reported_clause(t) or (
                t.i >= last and lex.noun_class(t) != "role") or \
                value not in morph(t, feature) or (
                    gender != "p" and "Plur" in morph(t, "Number")):
            continue
        lo, hi = np_span(doc, t)
        if lo < t.i and definite_description(doc[lo:hi], lex):
            return lo, hi
    return None



def credit_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the photo credits ending the article's lines (`… le 3 décembre.
    (Photo Marie Gouin)`, `Photo Le Journal`, `© AFP`; `bare_quotes.CAPTION_CREDIT`, the
    project's one reading of a credit): the people named there took the picture, so a
    later `Elle a promis` cannot take one of them up (the caption sits between a
    paragraph and the pronoun that continues it)."""
    text, spans, at = doc_text(doc), [], 0
    for line in text.split("\n"):
        if (m := CAPTION_CREDIT.search(line.rstrip())) is not None and len(line) <= 300:
            spans.append((at + m.start(), at + m.end()))
        at += len(line) + 1
    return spans


def in_reported_clause(token: Token) -> bool:
    """Whether `token` depends on a verb a `que` introduces (`Elle a assuré que les prix
    ne bougeraient pas`): the subject of what someone said or thought, which a later
    pronoun of the narration does not continue as a speaker."""
    return any(c.dep_ == "mark" and fold(c.text) in {"que", "qu'", "qu’"}
               for c in token.head.children)


def plural_subject_between(doc: Doc, lo: int, hi: int) -> bool:
    """Whether a plural noun is the subject of a clause of the narration between tokens
    `lo` and `hi` (`Les commerçants ont manifesté`): a group a later `ils` agrees with
    before any pair of people named earlier; the words of a quotation and the subjects
    of what was said (`que les prix …`) are no such group."""
    segments = doc_cache(doc, "segments", find_segments)
    return any(t.dep_ in {"nsubj", "nsubj:pass"} and t.pos_ == "NOUN" and
               "Plur" in morph(t, "Number") and not inside_segment(t.idx, segments) and
               not in_reported_clause(t) for t in doc[lo:hi])


def in_the_lede_opening(doc: Doc, pronoun: Token) -> bool:
    """Whether `pronoun` stands in the first sentence of the article's body, the headline
    alone (or nothing) before it: where the press may write `Pour elle, …` before naming
    her (cataphora), there being nobody yet for the pronoun to take up."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, pronoun.idx) + 1
    lines_before = [line for line in text[:line_start].split("\n") if line.strip()]
    opening = text[line_start:pronoun.idx]
    return len(lines_before) <= 1 and not any(c in opening for c in ".!?»")
