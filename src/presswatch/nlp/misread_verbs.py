"""Verbs of saying the tagger misread: `Le ministre juge que` (a noun), `Moscou dément
toute implication` (an adverb), `…, dément le ministère.`, `et dément toute pression`,
`…, l'appelant à` (a participle read as a noun). Read from the tokens around the word,
not the parse, which breaks around the misread verb.

Why a module of its own: `cues.py` finds every cue; these tests say when a word the
tagger did not call a verb is one, and `subjects.py` and `quote_filters.py` ask them too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    CLOSING_MARKS,
    DE_FORMS,
    DEFINITE_ARTICLES,
    DIRECT_OBJECT_CLITICS,
    OPENING_MARKS,
    STRESSED_PRONOUNS,
)

MISREAD_POS = frozenset({"NOUN", "ADJ", "ADV"})
"""What the tagger calls a present-tense verb after a short subject (`Le ministre juge
que`: a noun; `déplore`, `critique`: adjectives; `Moscou dément`: an adverb)."""
NP_WORDS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
SENTENCE_EDGES = frozenset({".", "!", "?", ":", ";"})


def opening_noun_phrase(doc: Doc, i: int) -> tuple[int, int] | None:
    """The noun phrase that opens token `i`'s sentence (or a headline's part after a
    colon) and runs up to `i` with nothing else: determiners, nouns, names, adjectives and
    `de` complements (`Le syndicat des cheminots` before `juge que`); None when other
    words, a comma or nothing stand there. Read from the tokens, not the parse, which
    breaks around a verb the tagger misread."""
    k = _before_short_form(doc, i - 1)
    while k >= 0 and not doc[k].is_space and (
            doc[k].pos_ in NP_WORDS or doc[k].lower_ in DE_FORMS) and not doc[k].is_punct:
        k -= 1
    if k > 0 and doc[k].text == "," and (opened := _apposition_opens(doc, k)) is not None:
        k = opened  # `Le député X, rapporteur du texte, juge que`: the apposition and the
        # name before it are one subject
        while k >= 0 and not doc[k].is_space and (
                doc[k].pos_ in NP_WORDS or doc[k].lower_ in DE_FORMS) and not doc[k].is_punct:
            k -= 1
    if k >= 0 and not (doc[k].is_space or doc[k].text in SENTENCE_EDGES or
                       _after_fronted_adverbial(doc, k)):
        return None
    first = k + 1
    if first >= i or doc[i - 1].pos_ == "DET" or doc[i - 1].lower_ in DE_FORMS or not any(
            doc[m].pos_ in {"NOUN", "PROPN"} for m in range(first, i)):
        return None
    return first, i


def _apposition_opens(doc: Doc, comma: int) -> int | None:
    """The token before the comma that opens an apposition closed by `comma` (`X, rapporteur
    du texte,`): the words between the two commas are a noun phrase without a determiner
    (a role) or a person's name (`Le président du centre, Claude Esmonts, avance que`, the
    role first: the corpus's wire copy writes it so), or where a person named before the
    first comma works (`L'économiste Marc Lenglet, de la banque X, prédit`, `, du CNRS,`),
    and a noun phrase stands before the first; None otherwise."""
    k = comma - 1
    while k >= 0 and (doc[k].pos_ in NP_WORDS or doc[k].lower_ in DE_FORMS) and \
            not doc[k].is_punct:
        k -= 1
    if k <= 0 or doc[k].text != "," or k + 1 >= comma or not _nominal(doc, k - 1) or not (
            doc[k + 1].pos_ == "NOUN" or _name_between(doc, k + 1, comma) or (
                doc[k + 1].lower_ in AFFILIATION_DE | DEFINITE_ARTICLES and
                doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper())):
        return None
    return k - 1


AFFILIATION_DE = frozenset({"de", "du", "des", "d'", "d’"})
"""How an aside naming where a person works opens (`Marc Lenglet, de la banque X,`)."""


NAME_MAX = 4
"""Words at most of a name set off by commas after its role (`, Jean-Marc Sollier,`)."""


def _name_between(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens `start` … `end - 1` are only a capitalised name (`Claude Esmonts`)."""
    return end - start <= NAME_MAX and all(
        doc[m].pos_ == "PROPN" and doc[m].text[:1].isupper() for m in range(start, end))


def _nominal(doc: Doc, k: int) -> bool:
    """A noun or name, or an adjective used as one after its determiner (`la
    quadragénaire`, `le septuagénaire`: the tagger calls them adjectives), or ending a
    noun's phrase (`Le délégué syndical central`)."""
    m = k
    while m > 0 and doc[m].pos_ == "ADJ" and doc[m - 1].pos_ == "ADJ":
        m -= 1
    return doc[k].pos_ in {"NOUN", "PROPN"} or (
        doc[m].pos_ == "ADJ" and m > 0 and doc[m - 1].pos_ in {"DET", "NOUN", "PROPN"})


def _before_short_form(doc: Doc, k: int) -> int:
    """`L'Agence nationale de sécurité du médicament (ANSM) alerte`: where the noun phrase
    goes on before a short form in brackets that ends at token `k` (the token before `(`);
    `k` itself when no such form ends there."""
    if k < 2 or doc[k].text != ")":
        return k
    for m in range(k - 1, max(-1, k - 5), -1):
        if doc[m].text == "(":
            return m - 1 if m < k - 1 else k
        if not (doc[m].pos_ in {"PROPN", "NOUN"} or doc[m].text.isupper()):
            return k
    return k


FRONTED_MAX = 6
"""Words at most before the comma of a fronted adverbial (`Chaque jour ou presque,`)."""


def _after_fronted_adverbial(doc: Doc, comma: int) -> bool:
    """`Mardi, le syndicat juge que …`, `Chaque jour ou presque, l'agence alerte sur …`: a
    comma that closes a short verbless phrase opening the sentence, after which the noun
    phrase opens the clause."""
    if doc[comma].text != ",":
        return False
    k = comma - 1
    while k >= 0 and not (doc[k].is_space or doc[k].text in SENTENCE_EDGES):
        if comma - k > FRONTED_MAX or doc[k].pos_ in {"VERB", "AUX"} or doc[k].is_punct:
            return False
        k -= 1
    return k < comma - 1


def misread_incise(doc: Doc, token: Token) -> bool:
    """`La réforme est injuste, juge le ministre.`, `…, dément le ministère.`: a lower-case
    word the tagger calls a noun or an adverb, right after a comma and before a noun phrase
    that ends the sentence, is an incise's verb (its inverted subject after it)."""
    i = token.i
    if token.pos_ not in {"NOUN", "ADV"} or not token.text.islower() or i < 2 or \
            doc[i - 1].text != "," or i + 1 >= len(doc) or \
            doc[i + 1].pos_ not in {"DET", "PROPN"}:
        return False
    for k in range(i + 1, min(i + 10, len(doc))):
        t = doc[k]
        if t.text in {".", "!", "?", "…"} or t.is_space:
            return True
        if not (t.pos_ in NP_WORDS or t.lower_ in DE_FORMS or t.text == "-"):
            return False
    return False


def present_tense_form(token: Token, lemma: str) -> bool:
    """Whether `token` is spelled as a present-tense form of `lemma` (`rétorque`,
    `avertit`, `maintient`), which a past participle never is (`rétorqué`, `averti`,
    `maintenu`): the morphologizer reads some of them after a noun as participles. The
    simple past of a verb in -er (`analysa`, `avouèrent`) is read so too, and is no
    participle either."""
    low = token.lower_
    if lemma.endswith("er"):
        return low.endswith(("e", "ent", "a", "èrent")) and not low.endswith(("ée", "ées"))
    if lemma.endswith("ir"):
        return low.endswith(("it", "issent", "ient", "iennent"))
    return False


def misread_after_subject(doc: Doc, token: Token) -> bool:
    """`Le ministre juge que …`, `Moscou dément toute implication`, `Le collectif alerte
    sur les pénuries`: a lower-case word right after the noun phrase that opens its
    sentence, before `que`, a determiner, an infinitive's `avoir`/`être`/`ne`, `sur`/`contre`
    or a quotation, is the sentence's verb whatever the tagger says."""
    i = token.i
    if token.pos_ not in MISREAD_POS or not token.text.islower() or i + 1 >= len(doc):
        return False
    k = past_adverbials(doc, i + 1)
    if k >= len(doc):
        return False
    nxt = doc[k]
    return (nxt.lower_.replace("’", "'") in {"que", "qu'", "avoir", "être", "ne", "n'",
                                             "sur", "contre"} or
            (k == i + 1 and (nxt.pos_ == "DET" or nxt.text in OPENING_MARKS)) or
            _colon_then_quotation(doc, k)) and \
        opening_noun_phrase(doc, before_stressed_aside(doc, i)) is not None


def _colon_then_quotation(doc: Doc, k: int) -> bool:
    """`Le ministre critique : « … »`: a colon and a quotation after the word make it a
    verb introducing the quotation, as `que` does (session 29's verb × frame matrix)."""
    return doc[k].text == ":" and k + 1 < len(doc) and doc[k + 1].text in OPENING_MARKS


def subject_after_relative_que(doc: Doc, token: Token) -> tuple[int, int] | None:
    """`Un choix que l'opposition juge « injuste »`: a lower-case word the tagger misread
    right after `que` + a noun phrase, before a determiner or a quotation, is the
    relative clause's verb and that phrase its subject (the span), else None."""
    i = token.i
    if token.pos_ not in MISREAD_POS or not token.text.islower() or i + 1 >= len(doc) or \
            not (doc[i + 1].pos_ == "DET" or doc[i + 1].text in OPENING_MARKS):
        return None
    k = i - 1
    while k >= 0 and (doc[k].pos_ in NP_WORDS or doc[k].lower_ in DE_FORMS) and \
            not doc[k].is_punct:
        k -= 1
    if k < 1 or doc[k].lower_.replace("’", "'") not in {"que", "qu'"} or \
            doc[k - 1].pos_ not in {"NOUN", "PROPN"} or doc[k + 1].pos_ != "DET" or \
            not any(doc[m].pos_ in {"NOUN", "PROPN"} for m in range(k + 1, i)):
        return None
    return k + 1, i


def relative_quotation_end(doc: Doc, verb: Token, start: int) -> int | None:
    """`Le rapport que la commission juge « trop sévère » sera publié lundi`: what the
    misread verb of a relative `que` (:func:`subject_after_relative_que`) judged is the
    quotation right after it; a finite verb after its closing mark (`ne` or adverbs
    between) is the main clause's, where the content ends. None otherwise."""
    if doc[start].text not in OPENING_MARKS or subject_after_relative_que(doc, verb) is None:
        return None
    close = next((k for k in range(start + 1, verb.sent.end) if doc[k].text in CLOSING_MARKS),
                 None)
    if close is None:
        return None
    k = close + 1
    while k < verb.sent.end and (doc[k].pos_ == "ADV" or doc[k].lower_ in {"ne", "n'", "n’"}):
        k += 1
    return k if k < verb.sent.end and doc[k].pos_ in {"VERB", "AUX"} and \
        "Fin" in morph(doc[k], "VerbForm") else None


def hung_on_its_subject(doc: Doc, token: Token) -> bool:
    """`L'opposition juge ce choix « injuste »`: a finite verb the parser hung as an
    apposition on the noun right before it (then reading its object as its subject),
    after the noun phrase that opens its sentence, is that sentence's verb and the phrase
    its subject, as for a verb the tagger misread."""
    return token.pos_ == "VERB" and token.dep_ == "appos" and "Fin" in morph(
        token, "VerbForm") and token.head.i == token.i - 1 and \
        token.head.pos_ in {"NOUN", "PROPN"} and token.text.islower() and \
        opening_noun_phrase(doc, before_stressed_aside(doc, token.i)) is not None


ADVERBIAL_LOCUTIONS = (("au", "contraire"), ("en", "revanche"), ("pour", "sa", "part"),
                       ("pour", "leur", "part"), ("de", "son", "côté"), ("de", "leur", "côté"),
                       ("à", "son", "tour"), ("à", "leur", "tour"), ("lui", "aussi"),
                       ("elle", "aussi"), ("quant", "à", "lui"), ("quant", "à", "elle"))
"""Adverbial locutions a writer sets between a verb and its `que` (`juge au contraire
que`, `estime pour sa part que`)."""


def past_adverbials(doc: Doc, k: int) -> int:
    """The first token at or after `k` past lower-case adverbs (`toutefois`, `aussi`) and
    ADVERBIAL_LOCUTIONS: `Son homologue, Annie X, juge au contraire que …` is the verb
    `juger` before its `que` whatever the tagger calls `juge`."""
    n = len(doc)
    while k < n:
        if doc[k].pos_ == "ADV" and doc[k].text.islower():
            k += 1
            continue
        words = next((w for w in ADVERBIAL_LOCUTIONS
                      if tuple(t.lower_ for t in doc[k:k + len(w)]) == w), None)
        if words is None:
            return k
        k += len(words)
    return k


def misread_after_et(doc: Doc, token: Token) -> bool:
    """`Le ministère évoque un malentendu et dément toute pression`: a lower-case word the
    tagger calls a noun, an adjective or an adverb (MISREAD_POS), right after `et`, before
    a determiner or `que`, in a sentence whose verb came before, is a second verb sharing
    that subject (the lexicon still has to know its form as a verb of saying)."""
    i = token.i
    if token.pos_ not in MISREAD_POS or not token.text.islower() or i < 3 or \
            i + 1 >= len(doc) or doc[i - 1].lower_ != "et":
        return False
    nxt = doc[i + 1]
    if not (nxt.pos_ == "DET" or nxt.lower_.replace("’", "'") in {"que", "qu'"}):
        return False
    start = token.sent.start
    return any(t.pos_ == "VERB" and "Fin" in morph(t, "VerbForm") for t in doc[start:i - 1])


def before_stressed_aside(doc: Doc, i: int) -> int:
    """Where the subject's noun phrase ends before token `i`: before a stressed pronoun set
    off by commas (`Le maire, lui, juge que …`, which contrasts the subject with others
    and changes nothing to its verb), else `i` itself."""
    if i >= 4 and doc[i - 1].text == "," and doc[i - 2].lower_ in STRESSED_PRONOUNS and \
            doc[i - 3].text == ",":
        return i - 3
    return i


OBJECT_CLITICS_BEFORE_PARTICIPLE = frozenset({"l'", "l’", "les", "lui", "leur"})
"""Object pronouns that open a participle clause after a comma (`, l'appelant à …`)."""


def participle_after_clitic(doc: Doc, token: Token) -> bool:
    """`…, l'appelant à ne pas suivre …`, `…, les exhortant à …`: a word in -ant after a
    comma and an object pronoun is a present participle whatever the tagger says (it
    reads `l'appelant`, `l'intimant` as nouns), as no determiner stands after a comma
    before a noun in -ant that a complement in `à`/`de` follows."""
    i = token.i
    if not (i > 1 and token.text.islower() and token.lower_.endswith("ant") and
            doc[i - 1].lower_ in OBJECT_CLITICS_BEFORE_PARTICIPLE and doc[i - 2].text == ","):
        return False
    for k in range(i + 1, min(i + 4, len(doc))):  # `l'appelant mardi à …`
        if doc[k].lower_ in {"à", "de", "d'", "d’"}:
            return True
        if doc[k].is_punct:
            return False
    return False


def misread_after_object_clitic(doc: Doc, token: Token) -> bool:
    """`Le ministre la présente comme « … »`, `Paul Roux le qualifie de « … »`, `X le
    décrit comme …`: the tagger reads the object pronoun as an article and the verb as its
    noun. A lower-case word after `le`/`la`/`les` that follows the noun phrase opening the
    sentence (no article stands right after a subject before a noun), before `comme`,
    `de`/`d'` + a quotation, `que` or a quotation, is the sentence's verb."""
    i = token.i
    if token.pos_ not in MISREAD_POS or not token.text.islower() or i < 2 or \
            i + 1 >= len(doc) or doc[i - 1].lower_ not in DIRECT_OBJECT_CLITICS:
        return False
    nxt = doc[i + 1].lower_.replace("’", "'")
    said = nxt in {"comme", "que", "qu'"} or doc[i + 1].text in OPENING_MARKS or (
        nxt in {"de", "d'"} and i + 2 < len(doc) and doc[i + 2].text in OPENING_MARKS)
    return said and opening_noun_phrase(doc, i - 1) is not None
