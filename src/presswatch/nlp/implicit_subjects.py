"""Who speaks for a reporting verb with no subject of its own: an infinitive whose speaker
another word names (`l'occasion pour X de dire`, `a permis à X de dire`), a participle
whose speaker the sentence names elsewhere (`…, selon X, promettant`, `Estimant que …, X
recommande`, `avec X, …, exprimant`). Split from `presswatch.nlp.subjects`, which tries
these before the parsed subject; content ends ask `main_clause_subject` too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import Lexicon, load_seats
from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.french import is_present_participle
from presswatch.nlp.spans import np_span, pp_np_end
from presswatch.textutil import fold


def named_after_avec(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`Le débat a commencé avec Paul Martin, représentant des riverains, exprimant leurs
    craintes`: a present participle whose clause's subject is a thing (`le débat`) says
    what the person named after `avec` does, however far the commas of an apposition set
    it off (None when no name follows `avec` in the clause before it)."""
    if not is_present_participle(verb):
        return None
    start = sentence_bounds(verb)[0]
    avec = next((k for k in range(verb.i - 1, start - 1, -1) if doc[k].lower_ == "avec"),
                None)
    if avec is None or avec + 1 >= verb.i or doc[avec + 1].pos_ != "PROPN" or any(
            t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
            for t in doc[avec + 1:verb.i]):
        return None
    end = pp_np_end(doc, avec + 1, verb.i)
    return (avec + 1, end) if end > avec + 1 and doc[end - 1].pos_ == "PROPN" else None


OCCASION_WORDS = frozenset({"occasion", "opportunité"})
"""`l'occasion pour X de dire que …`: nouns that make `pour X` the one who speaks."""


def pour_before_infinitive(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`l'occasion pour la ministre de souligner que …`, `il était temps pour lui de
    rappeler que …`: `pour X` before an infinitive hung on a noun or an adjective names
    who speaks."""
    if "Inf" not in morph(verb, "VerbForm") or verb.head.i == verb.i or \
            verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    # the parser hangs the infinitive on `X` itself or on the noun `pour X` qualifies;
    # only an occasion says X spoke (`il est temps pour X de reconnaître` says nothing)
    for c in (verb.head, *verb.head.children):
        occasion = c.head if c.i == verb.head.i else verb.head
        if c.i < verb.i and c.pos_ in {"NOUN", "PROPN"} and \
                occasion.lemma_.lower() in OCCASION_WORDS and \
                any(k.dep_ == "case" and k.lower_ == "pour" for k in c.children):
            lo, hi = np_span(doc, c)
            lo = max(lo, next(k.i for k in c.children if k.lower_ == "pour") + 1)
            return lo, min(hi, verb.i)
    return None


ENABLING_VERBS = frozenset({"permettre"})
"""Verbs whose `à X` does what their infinitive says (`a permis aux habitants de dire`)."""


def dative_controller(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`La réunion a permis aux riverains de dire que …`: the infinitive's speaker is
    the one `à X` (or `lui`, `leur`) names, not the subject of `permettre`."""
    head = verb.head
    if "Inf" not in morph(verb, "VerbForm") or verb.dep_ != "xcomp" or \
            head.lemma_.lower() not in ENABLING_VERBS:
        return None
    for c in head.children:
        if c.i < verb.i and (c.dep_ == "iobj" or (c.dep_.startswith("obl") and any(
                k.dep_ == "case" and k.lower_ in {"à", "au", "aux"} for k in c.children))):
            lo, hi = np_span(doc, c)
            while lo < hi and doc[lo].pos_ == "ADP":
                lo += 1  # `aux habitants`: the people, not the preposition
            return lo, min(hi, verb.i)
    return None


def selon_source_before(doc: Doc, participle: Token) -> tuple[int, int] | None:
    """The source of a `selon X,` right before a participle: X speaks on in it."""
    start = sentence_bounds(participle)[0]
    for k in range(participle.i - 2, max(start, participle.i - 12) - 1, -1):
        if doc[k].lower_ == "selon":
            end = pp_np_end(doc, k + 1, participle.i)
            if end == participle.i - 1 and doc[end].text == ",":
                return k + 1, end
            return None
    return None


def main_clause_subject(doc: Doc, participle: Token) -> tuple[int, int] | None:
    """`Estimant que la crise va durer, les économistes recommandent …`: the noun phrase
    after a comma that a finite verb follows is the main clause's subject, which an opening
    participle shares, whatever the parse made of the sentence."""
    end = sentence_bounds(participle)[1]
    for k in range(participle.i + 1, end - 1):
        if doc[k].text != ",":
            continue
        m = _noun_phrase_end(doc, k + 1, end)
        subject_end = m
        if m > k + 1 and m + 1 < end and doc[m].text == ",":
            after = _noun_phrase_end(doc, m + 1, end)  # `le président de l'office, Bruno
            if after > m + 1 and after < end and doc[after].text == ",":  # X, a …`: an
                m = after + 1  # apposition between the subject and its verb
        if m > k + 1 and m < end and doc[k + 1].pos_ in {"DET", "PROPN"} and \
                doc[m].pos_ in {"VERB", "AUX"} and "Fin" in morph(doc[m], "VerbForm"):
            return k + 1, subject_end
    return None


def _noun_phrase_end(doc: Doc, k: int, end: int) -> int:
    """The first token from `k` that is no word of a noun phrase (determiners, nouns,
    names, adjectives, `de`)."""
    while k < end and (doc[k].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} or
                       doc[k].lower_ in {"de", "du", "des", "d'", "d’"}):
        k += 1
    return k


CAMP_OPENERS: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("du", "côté", "de"), False), (("du", "côté", "des"), False),
    (("du", "côté", "du"), False), (("du", "côté", "d'"), False),
    (("côté",), False), (("chez",), False),
    (("au", "sein", "de"), False), (("au", "sein", "des"), False),
    (("au", "sein", "du"), False), (("au", "sein", "d'"), False),
    (("dans", "l'", "entourage"), True), (("dans", "le", "camp"), True),
    (("dans", "les", "rangs"), True), (("dans", "l'", "équipe"), True))
"""Openings of a phrase that says whose camp `on` speaks for (`Du côté des syndicats, on
dénonce …`, `Dans l'entourage du ministre, on assure …`), each with whether the source
keeps the noun (`l'entourage du ministre`) or is what follows (`les syndicats`)."""


PLACE_OPENERS = frozenset({"à", "au", "aux"})
"""Openings of a fronted place whose people `on` may speak for (`À l'Élysée, on fait savoir
que …`, `Au ministère, on assure …`): only when the place is a body or a seat of power."""


def _a_named_body_or_seat(phrase: Span, lex: Lexicon) -> bool:
    """`l'Élysée`, `Matignon`, `la SNCF`, `le ministère de l'Intérieur`: a seat of power of
    `interaction_seats.tsv`, or a body named by its proper name (an organisation the NER
    tagged, or an institution noun with a capitalised complement). Not a town (`À Lyon, on
    …`) nor a body named by a common noun alone (`Au ministère, on assure …`): `on` there
    names nobody, as our annotators read it."""
    folded = fold(phrase.text)
    head = next((t for t in phrase if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None:
        return False
    named = any(t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"} for t in phrase)
    return any(seat.seat in folded for seat in load_seats() if seat.country != "*") or \
        (named and (head.ent_type_ == "ORG" or lex.noun_class(head) == "institution"))


def _second_place(phrase: Span) -> bool:
    """`À l'Élysée comme à Matignon, on …`, `À l'Élysée et au Sénat, on …`: a second
    place opened by `à` after `comme`, `et`, `ou`, `ni` makes `on` two camps, no one source
    (second reader, h40-review2); `Au ministère de l'Économie et des Finances` is one."""
    return any(t.lower_ in {"comme", "et", "ou", "ni"} and t.i + 1 < phrase.end and
               phrase.doc[t.i + 1].lower_ in PLACE_OPENERS for t in phrase)


def camp_of_on(doc: Doc, on: Token, lex: Lexicon | None = None) -> tuple[int, int] | None:
    """The source a fronted phrase names for `on` (`Du côté des associations, on se dit
    « soulagé »`: the associations; with `lex`, `À l'Élysée, on …`: a body or seat), as a
    token span; None when `on` opens no such clause (then it names nobody, as the guideline
    keeps it)."""
    if on.i < 3 or doc[on.i - 1].text != ",":
        return None
    start = on.i - 1  # (from the words, not the parse's sentence: it may cut at the comma)
    while start > max(on.i - 16, 0) and doc[start - 1].text not in {".", "!", "?", ";", ":"} \
            and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    while start < on.i and (doc[start].is_punct or doc[start].is_space or
                            doc[start].lower_ in {"mais", "et", "or"}):
        start += 1
    words = [t.lower_.replace("’", "'") for t in doc[start:on.i - 1]]
    for opener, keeps_noun in CAMP_OPENERS:
        n = len(opener)
        if tuple(words[:n]) != opener or len(words) <= n or len(words) > n + 10:
            continue
        phrase = doc[start + (1 if keeps_noun else n): on.i - 1]
        if any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in phrase) or \
                not any(t.pos_ in {"NOUN", "PROPN"} for t in phrase):
            return None
        return phrase.start, phrase.end
    if lex is not None and words and words[0] in PLACE_OPENERS and 1 < len(words) <= 8:
        phrase = doc[start + 1: on.i - 1]
        if not any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in phrase) and \
                not _second_place(phrase) and _a_named_body_or_seat(phrase, lex):
            return phrase.start, phrase.end
    return None
