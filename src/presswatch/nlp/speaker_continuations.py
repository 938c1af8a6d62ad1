"""Which subject a pronoun continues when the parse or the referents miss it: a subject set
off by a stressed pronoun (`Les sages-femmes, elles, demandent …`), a plural group a lede
names only after its pronoun (`Ils promettent …. Les grévistes ont fait savoir …`), an
organisation a plural `ils` stands for (`Le collectif … a déposé un recours. Ils
estiment …`), and the impersonal `il se dit que`, which names nobody.

Split from `speakers.py` (at its size limit); written for the fifth speaker probe
(`eval/probes-speakers-5`), in general French grammar: no word list beyond the pronouns
and the verbs of hearsay.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.spans import np_span
from presswatch.nlp.speaker_pronouns import described_subject_before
from presswatch.textutil import doc_text, fold

STRESSED_PRONOUNS = {"lui": ("Masc", "Sing"), "elle": ("Fem", "Sing"),
                     "eux": ("Masc", "Plur"), "elles": ("Fem", "Plur")}
"""Stressed pronouns that repeat a subject between commas (`X, elle, a réclamé`), with the
gender and number of what they repeat (`eux` also repeats a mixed group)."""

PHRASE_BOUNDARIES = frozenset({",", ";", ":", "«", "»", "(", ")", "—", "–"})
"""Marks before which a dislocated subject cannot reach back."""

HEARSAY_VERBS = frozenset({"dire", "murmurer", "raconter", "chuchoter", "répéter",
                           "colporter", "prétendre"})
"""`Il se dit que …`, `il se murmure que …`: an impersonal `il` with these reflexive verbs
says `on dit que`, a report from nobody identifiable."""


def dislocated_subject(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """`Les sages-femmes de l'établissement, elles, demandent …`, `L'ancienne sénatrice,
    elle, s'est montrée …`: the noun phrase a stressed pronoun between commas repeats,
    which the parse often leaves for the pronoun as the verb's subject. It runs back from
    the comma to the sentence start or a mark, holds a noun or a name and no verb, and
    agrees with the pronoun where its head says a gender or a number."""
    said = STRESSED_PRONOUNS.get(fold(pronoun.text))
    i = pronoun.i
    if said is None or i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "," or \
            doc[i + 1].text != ",":
        return None
    hi = i - 1
    lo = hi
    while lo > 0 and (lo > pronoun.sent.start or not doc[lo - 1].whitespace_) and \
            doc[lo - 1].text not in PHRASE_BOUNDARIES and "\n" not in doc[lo - 1].text:
        lo -= 1  # (across a sentence start the parser put inside a word: `sages-` | `femmes`)
    words = doc[lo:hi]
    if not len(words) or words[0].pos_ not in {"DET", "PROPN", "NOUN"} or \
            any(t.pos_ in {"VERB", "AUX", "PRON"} for t in words) or \
            not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return None
    head = next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), words[0])
    gender, number = morph(head, "Gender"), morph(head, "Number")
    if head.pos_ == "NOUN" and ((gender and said[0] not in gender and said[1] == "Sing") or
                                (number and said[1] not in number)):
        return None  # (`eux` may repeat a group of men and women: its gender is no test)
    return lo, hi


def without_dislocation(doc: Doc, tokens: list[Token]) -> list[Token]:
    """A lone stressed pronoun that repeats a phrase before it replaced by that phrase (the
    parse made the pronoun the subject of `Les sages-femmes, elles, demandent`)."""
    if len(tokens) == 1 and (span := dislocated_subject(doc, tokens[0])) is not None:
        return list(doc[span[0]: span[1]])
    return tokens


def dislocated_subject_before(doc: Doc, pronoun: Token, gender: str) -> tuple[int, int] | None:
    """The subject a stressed pronoun repeated in the pronoun's sentence or the two before
    (`L'ancienne sénatrice, elle, s'est montrée plus sévère. « … », a-t-elle déploré`):
    the sentence's topic, which a following pronoun of its gender continues."""
    wanted = {"m": {"lui"}, "f": {"elle"}, "p": {"eux", "elles"}}.get(gender, set())
    first, back = pronoun.sent.start, 0
    while first > 0 and back < 2:  # (the parse may cut `« … »` from `, a-t-elle dit`)
        first = doc[first - 1].sent.start
        back += 1
    for t in reversed(doc[first: pronoun.i]):
        if fold(t.text) in wanted and (span := dislocated_subject(doc, t)) is not None:
            return span
    return None


HEARSAY_REACH = 5
"""How many words a circumstance may put between `il se dit` and its `que`."""


def impersonal_hearsay(token: Token) -> bool:
    """`Il se dit en ville que …`, `il se murmure que …`: `il` before a reflexive verb of
    hearsay is impersonal, as `on dit que` is; it names nobody."""
    doc = token.doc
    k = token.i + 1
    if fold(token.text) != "il" or k + 1 >= len(doc) or fold(doc[k].text) not in {"se", "s'"} \
            or not (doc[k + 1].lemma_ in HEARSAY_VERBS or fold(doc[k + 1].text) in {
                "dit", "murmure", "raconte", "chuchote", "repete", "colporte", "pretend"}):
        return False
    # the clause follows, a circumstance at most between (`il se dit en ville que`); a
    # personal `il se dit prêt à …` / `déterminé à …` says how he calls himself
    for t in doc[k + 2: k + 2 + HEARSAY_REACH]:
        if fold(t.text) in {"que", "qu'"}:
            return True
        if t.pos_ in {"ADJ", "VERB", "AUX", "PUNCT"} and t.text != ",":
            return False
    return False


def said_impersonally(doc: Doc, quote: dict) -> bool:
    """Whether a quote's speaker mention is the impersonal `il` of `il se dit que`."""
    if quote["mention_start"] is None:
        return False
    span = doc.char_span(quote["mention_start"], quote["mention_end"], alignment_mode="expand")
    return span is not None and len(span) == 1 and impersonal_hearsay(span[0])


def lede_group(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """`Ils promettent une riposte. Les grévistes de l'usine ont fait savoir …`: a plural
    pronoun opening the body's first sentence names the group the next sentence makes
    its subject (a definite plural description), not a group of the headline."""
    text = doc_text(doc)
    sent = pronoun.sent
    before = text[:sent.start_char].strip()
    if not before or "\n" in before or pronoun.i != sent.start or sent.end >= len(doc):
        return None  # (the headline alone comes before the lede)
    nxt = doc[sent.end].sent
    for t in nxt:
        if t.dep_ == "nsubj" and t.pos_ == "NOUN" and "Plur" in morph(t, "Number"):
            lo, hi = np_span(doc, t)
            if lo == nxt.start and fold(doc[lo].text) in {"les", "ces"}:
                return lo, hi
    return None


def organisation_subject_before(doc: Doc, pronoun: Token, lex: Lexicon) -> tuple[int, int] | None:
    """`Le collectif Rivière vivante a déposé un recours. Ils estiment …`: the press's
    plural `ils` for the people of an organisation that the sentence before (or this one)
    makes its subject: a definite singular noun of the lexicon's institutions."""
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for t in reversed(doc[first: pronoun.i]):
        if t.dep_ == "nsubj" and t.pos_ in {"NOUN", "PROPN"} and \
                lex.noun_class(t) == "institution" and "Plur" not in morph(t, "Number"):
            lo, hi = np_span(doc, t)
            if lo < t.i and fold(doc[lo].text) in {"le", "la", "l'"} and \
                    not _people_between(doc, hi, pronoun.i, lex):
                return lo, hi
    return None


def _people_between(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a plural noun of people (a role or a group of the lexicon) stands between
    the organisation and the pronoun: `L'entreprise X a licencié quarante salariés. Ils
    estiment …` — a plural pronoun agrees with that plural first; the organisation's
    loose `ils` is for when no plural takes it (`Le collectif … a déposé un recours`)."""
    return any(t.pos_ == "NOUN" and "Plur" in morph(t, "Number") and
               lex.noun_class(t) in {"role", "group"} for t in doc[lo:hi])


def in_headline(doc: Doc, i: int) -> bool:
    """Whether token `i` stands in the article's first line, its headline."""
    return "\n" in doc_text(doc)[doc[i].idx:].lstrip("\n") and \
        "\n" not in doc_text(doc)[:doc[i].idx].strip()


def organisation_over_headline(doc: Doc, pronoun: Token, gender: str, lex: Lexicon,
                               subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """`Barrage : les opposants saisissent la justice` / `Le collectif … a déposé un
    recours. Ils estiment …`: a plural the headline makes its subject is a label for the
    group the body then names; an organisation subject of the body's sentence before the
    pronoun is what `ils` continues. Any other subject is kept."""
    if gender != "p" or subject is None or not in_headline(doc, subject[0]) or \
            in_headline(doc, pronoun.i):
        return subject
    return organisation_subject_before(doc, pronoun, lex) or subject


def group_taken_up(doc: Doc, pronoun: Token, gender: str, lex: Lexicon) -> tuple[int, int] | None:
    """The last resort for a pronoun no person, speaker, role or organisation takes up:
    the later of a described subject before it (`Les pêcheurs … manifestaient. Ils
    réclament`) and, for a plural, an organisation subject of this sentence or the one
    before."""
    described = described_subject_before(doc, pronoun, gender, lex)
    if gender != "p":
        return described
    organisation = organisation_subject_before(doc, pronoun, lex)
    if organisation is None or (described is not None and described[0] > organisation[0]):
        return described
    return organisation


__all__ = ["dislocated_subject", "dislocated_subject_before", "group_taken_up",
           "impersonal_hearsay", "lede_group",
           "organisation_over_headline", "said_impersonally", "without_dislocation"]
