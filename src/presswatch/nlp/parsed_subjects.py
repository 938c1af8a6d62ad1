"""The subject the parse gives a reporting verb, corrected where the parser misplaced or
lost it: a subject hung on the auxiliary or another word of the expression, two noun
phrases read as one, an object pronoun read as the subject, and, with no subject at all,
the name, aside, relative clause or opening noun phrase standing before the verb.
Split from `presswatch.nlp.subjects`, which asks this first and then trims what it gets
(a topic pronoun, an aside); the repairs grew to outweigh the rest.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.cues import auxiliary_before_aside, stressed_pronoun_aside
from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.french import (
    DIRECT_OBJECT_CLITICS,
    PRE_VERB_CLITICS,
    RELATIVE_WORDS,
    is_present_participle,
)
from presswatch.nlp.implicit_subjects import main_clause_subject
from presswatch.nlp.mention_forms import DEFINITE_SINGULAR
from presswatch.nlp.relative_antecedents import relative_antecedent_span
from presswatch.nlp.sentences import starts_after_initial
from presswatch.nlp.spans import governor, np_span
from presswatch.nlp.subject_names import (
    leading_name_before_role,
    name_before_bare_role,
    particle_name_before,
    with_coordinated_name,
    with_whole_name,
)
from presswatch.nlp.verb_forms import participle_before_que


def parsed_subject(doc: Doc, verb: Token, tail: int | None = None
                   ) -> tuple[int, int] | None:
    """The subject of `verb` as a token span, from the parse and repaired where it erred;
    `tail` ends the cue's words the parser may have hung the subject on (`ont fait savoir`)."""
    # `X a, elle, salué`: the parser may hang the subject on the auxiliary
    aside = verb.i - 4 if stressed_pronoun_aside(doc, verb.i) else \
        auxiliary_before_aside(doc, verb.i)  # or `a, de son côté, salué`
    aside_aux = [doc[aside]] if aside is not None else []
    # `Il a d'ailleurs indiqué`: the parser may also hang the subject on the auxiliary
    aside_aux += [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    decided, span = _subject_in_parse(doc, verb, tail, aside_aux)
    if decided:
        return span
    # `…, Gérard Collomb, le ministre de l'Intérieur, a indiqué que`: the parser lost the
    # subject; take the name (or role) standing right before the verb
    auxiliary_before = verb.i > 0 and doc[verb.i - 1].pos_ == "AUX"  # `a fait savoir`
    if "Fin" in morph(verb, "VerbForm") or auxiliary_before or aside_aux or any(
            c.dep_.startswith("aux") for c in verb.children):
        span = _subject_before_verb(doc, verb, aside_aux)
        if span is not None:
            return span
    # a present participle shares the subject of the verb it hangs from (`…, ajoutant que`)
    # or, opening the sentence, of the sentence's main verb (`Reprochant à X de …, Y a …`)
    if is_present_participle(verb) or participle_before_que(doc, verb):
        return _participle_subject(doc, verb)  # (`en argumentant que`, read as a noun)
    return None


def _subject_in_parse(doc: Doc, verb: Token, tail: int | None, aside_aux: list[Token]
                      ) -> tuple[bool, tuple[int, int] | None]:
    """The subject the parse hangs on `verb`, on a word of its expression, on an
    auxiliary or on its governor, repaired where the parse erred: (True, the span, or None
    when the parse says there is none to look for), or (False, None) when it gives none."""
    gov = governor(verb)
    # `ont fait savoir`: the parser may hang the subject on any word of the expression
    words = [doc[k] for k in range(verb.i + 1, tail or verb.i + 1) if doc[k].pos_ == "VERB"]
    for tok in (verb, *words, *aside_aux, gov):
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}
                and c.lower_ != "-t"]
        # `Procès X : le parquet requiert …`: a headline's topic before a colon is not
        # the subject the parser also hung on the verb; nor is one in an earlier sentence
        # that the parser joined to this one (`… le réseau social X. Interrogé …`)
        subj = [c for c in subj if not _colon_between(doc, c.i, tok.i)] or subj
        subj = [c for c in subj if not _sentence_end_between(doc, c.i, verb.i)]
        if subj:
            # two subjects on one verb are a misparse: the nearer one before it is its own
            # (`Ce n'est pas …, surtout que le ministre a affirmé`)
            before = [c for c in subj if c.i < tok.i]
            # (`Cette réforme, le syndicat l'a qualifiée …`: a topic the object pronoun
            # takes up, before the subject)
            nearer_is_own = len(before) > 1 and (any(
                (doc[k].lower_ in {"que", "qu'", "qu’"} and doc[k].head.i == tok.i) or (
                    k > before[-1].i and doc[k].dep_ == "obj" and
                    doc[k].lower_.replace("’", "'") in DIRECT_OBJECT_CLITICS)
                for k in range(before[0].i, tok.i)) or (
                    # (`que X, c'était Y, il promet`: a pronoun right after a comma)
                    before[-1].pos_ == "PRON" and doc[before[-1].i - 1].text == ","))
            s = before[-1] if nearer_is_own or _names_in_apposition(before) or \
                _apposed_to_a_complement(before) else subj[0]
            if (object_pronoun := _object_pronoun_subject(doc, s, tok)) is not None:
                return True, object_pronoun
            if s.lower_ in {"qui"} and tok.dep_.startswith("acl") and tok.head.i != tok.i:
                return True, relative_antecedent_span(doc, tok.head, s)
            span = _up_to_verb(doc, np_span(doc, s), tok)
            if span[1] <= verb.i and (lead := leading_name_before_role(doc, span)):
                return True, lead
            if (described := _described_before(doc, span)) is not None:
                return True, described
            return True, with_coordinated_name(doc, with_whole_name(doc, name_before_bare_role(
                doc, _last_np_before_verb(doc, span, tok))), tok)
        if tok.dep_ == "acl:relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return True, relative_antecedent_span(doc, tok.head, None)
    return False, None


COMPLEMENT_DEPS = frozenset({"nmod", "obl", "obl:arg", "obl:mod", "obj", "iobj"})
"""Dependencies of a name that is a complement, not a subject (`à propos de X`, `la
victoire de X`, `a reçu X`)."""


def _apposed_to_a_complement(subjects: list[Token]) -> bool:
    """`Interrogé à propos de Tom Roux, le grimpeur blessé, le médecin a assuré`, `Après
    la victoire de X, le champion du monde, le sélectionneur a estimé`: the parser made
    both noun phrases subjects, but the first stands between commas right after a
    person's name that is a complement (the topic or object of the sentence): it is
    that name's apposition, and the one nearer the verb is the subject (eighth speaker
    probe: a named person as topic while the speaker is a role)."""
    if len(subjects) < 2:
        return False
    first, last = subjects[0], subjects[-1]
    doc = first.doc
    start = min(t.i for t in first.subtree)
    end = max(t.i for t in first.subtree)
    if start < 2 or doc[start - 1].text != "," or end + 1 >= last.i or \
            doc[end + 1].text != ",":
        return False
    name = doc[start - 2]
    while name.dep_.startswith("flat") and name.head.i < name.i:
        name = name.head
    return name.ent_type_ == "PER" and name.dep_ in COMPLEMENT_DEPS and not any(
        t.text in {".", "!", "?", ":", ";"} for t in doc[name.i:last.i])


def _names_in_apposition(subjects: list[Token]) -> bool:
    """`Leur porte-parole, la ministre kényane de l'Environnement, Grace Wanjiru, a
    dénoncé`: two subjects the parser split from one chain of appositions, the last one
    holding the name (the first none): the last, which names the person, is the subject."""
    if len(subjects) < 2:
        return False
    first, last = subjects[0], subjects[-1]
    doc = first.doc
    return doc[first.i + 1].text == "," and all(
        t.ent_type_ != "PER" for t in first.subtree) and any(
        t.ent_type_ == "PER" for t in last.subtree) and not any(
        t.text in {".", "!", "?", ":", ";"} for t in doc[first.i:last.i])


def _subject_before_verb(doc: Doc, verb: Token, aside_aux: list[Token]
                        ) -> tuple[int, int] | None:
    """A finite or compound `verb` whose subject the parse lost: the name, role or noun
    phrase standing right before it (and its auxiliaries and asides)."""
    start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")] +
                [t.i for t in aside_aux])
    while start > 0 and (doc[start - 1].pos_ == "AUX" or  # (and `s'` of `s'est dit`)
                         doc[start - 1].lower_.replace("’", "'") in {"se", "s'"} or
                         _object_clitic(doc[start - 1])):
        start -= 1
    named = _name_before_relative(doc, start)
    if named is not None:
        return named
    k = start - 1
    while k >= max(0, start - 14) and not (doc[k].is_punct and doc[k].text in {".", ";",
                                                                              ":"}) \
            and not (len(doc[k].text) > 1 and doc[k].text.endswith(".") and
                     doc[k + 1].is_sent_start):  # `sur X. Macron a publié`
        t = doc[k]
        if t.ent_type_ == "PER" and not _after_de(doc, k, 0):
            lo = k
            while lo > 0 and doc[lo - 1].ent_type_ == "PER":
                lo -= 1
            return with_coordinated_name(doc, (lo, k + 1), verb)
        if t.pos_ in {"VERB"} and t.i != verb.i:
            break
        k -= 1
    # `Marine Le Pen a fait savoir`: a capitalised name the NER missed, right before
    return _capitalised_run_before(doc, start) or _subject_before_aside(doc, start) or \
        _subject_before_relative(doc, start) or _opening_noun_phrase(doc, start) or \
        _noun_phrase_after_opening(doc, start)


def _object_clitic(token: Token) -> bool:
    """`Ce dernier lui a répondu`, `La maire l'a confirmé`: a clitic object or negation
    between the subject and its verb, which a subject looked for before the verb skips."""
    return token.lower_.replace("’", "'") in PRE_VERB_CLITICS and \
        not token.dep_.startswith("nsubj") and token.pos_ in {"PRON", "ADV"}


def _participle_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The subject a present participle shares with the verb it hangs from, or with the
    main verb of the sentence it opens."""
    up = verb.head
    for _ in range(4):
        if up.i == up.head.i:
            break
        if up.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubj:pass"}
                                             for c in up.children):
            break
        up = up.head
    subj = [c for c in up.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if up.pos_ in {"VERB", "AUX", "ADJ"} and subj and up.i < verb.i:
        return np_span(doc, subj[0])
    finite_or_compound = "Part" not in morph(up, "VerbForm") or any(
        c.dep_.startswith("aux") for c in up.children)
    if up.pos_ == "VERB" and up.i < verb.i and finite_or_compound:
        # `Macron a publié une déclaration, appelant à …`: the subject the parse lost
        found = parsed_subject(doc, up)
        if found is not None:
            return found
    root = verb.sent.root
    subj = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if subj and subj[0].i > verb.i:
        return np_span(doc, subj[0])
    if verb.i == verb.sent.start or doc[verb.i - 1].is_punct:
        return main_clause_subject(doc, verb)
    return None


def _object_pronoun_subject(doc: Doc, pronoun: Token, verb: Token
                            ) -> tuple[int, int] | None:
    """`la directrice nous a promis …`: a first- or second-person pronoun the parser took
    for the subject of a third-person verb is its object; the noun phrase before it is the
    subject."""
    if pronoun.lower_ not in {"nous", "vous", "me", "m'", "m’", "te", "t'", "t’"}:
        return None
    finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if not any(morph(t, "Person") == ["3"] for t in finite):
        return None
    k = pronoun.i
    while k > 0 and doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ", "DET"} and \
            not doc[k - 1].is_punct:
        k -= 1
    if k == pronoun.i or not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[k:pronoun.i]):
        return None
    while k < pronoun.i and doc[k].pos_ not in {"DET", "NOUN", "PROPN"}:
        k += 1
    # `Au début la directrice`: the phrase starts at the last determiner
    last_det = max((m for m in range(k, pronoun.i) if doc[m].pos_ == "DET"), default=k)
    return last_det, pronoun.i


def _sentence_end_between(doc: Doc, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return any(doc[k].text in {".", "!", "?"} or starts_after_initial(doc, k + 1)
               for k in range(lo + 1, hi))


def _colon_between(doc: Doc, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return any(doc[k].text == ":" for k in range(lo + 1, hi))


def _name_before_relative(doc: Doc, start: int) -> tuple[int, int] | None:
    """`Denis Gagné, qui coanime l'émission depuis vingt ans, a annoncé …` parsed with no
    subject: a person's name, then a relative clause between commas that ends right
    before the verb group at `start`, is its subject whatever the relative's length (read
    from the words: the parser often makes such a relative a clause of its own)."""
    if start < 4 or doc[start - 1].text != ",":
        return None
    for c in range(start - 2, max(1, start - 60), -1):
        if doc[c].text in {".", ";", ":", "!", "?"}:
            return None
        if doc[c].text != "," or doc[c + 1].lower_.replace("’", "'") not in RELATIVE_WORDS:
            continue
        name = doc[c - 1]
        if name.ent_type_ != "PER":
            return None
        lo, hi = c - 1, c
        while lo > 0 and doc[lo - 1].ent_type_ == "PER":
            lo -= 1
        return lo, hi
    return None


def _subject_before_aside(doc: Doc, start: int) -> tuple[int, int] | None:
    """`Le pape, « profondément attristé », dit prier …`: an aside between commas cuts the
    subject, which opens the sentence, from its verb; quotation marks in the aside may
    make the parser split the sentence there."""
    if start < 4 or doc[start - 1].text != ",":
        return None
    comma = next((k for k in range(start - 2, max(0, start - 14), -1) if doc[k].text == ","),
                 None)
    # (`Deux responsables américains, s'exprimant sous couvert d'anonymat, ont affirmé`:
    # the phrase may end on an adjective after its noun and open on a number)
    if comma is None or comma < 1 or not (doc[comma - 1].pos_ in {"NOUN", "PROPN"} or (
            comma > 1 and doc[comma - 1].pos_ == "ADJ" and doc[comma - 2].pos_ == "NOUN")):
        return None
    lo = comma - 1
    while lo > 0 and doc[lo - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} and \
            not doc[lo - 1].is_punct:
        lo -= 1
    opens = lo == 0 or doc[lo - 1].is_punct or doc[lo - 1].is_space or doc[lo].is_sent_start
    return (lo, comma) if opens and doc[lo].pos_ in {"DET", "PROPN", "NUM"} else None


def _subject_before_relative(doc: Doc, start: int) -> tuple[int, int] | None:
    """`Les signataires de l'accord, qui comptent le Brésil (…), se sont prononcés pour
    …`: a relative clause set off by commas between the subject and its verb, which the
    parser then read as a participle of the subject's noun; the noun phrase opening the
    sentence, up to the relative, is the subject."""
    if start < 4 or doc[start - 1].text != ",":
        return None
    # (the sentence of the words before the comma: the parser may open one at the verb)
    sent_start = sentence_bounds(doc[start - 2])[0]
    opener = next((k for k in range(start - 2, sent_start + 1, -1)
                   if doc[k].lower_ in {"qui", "dont"} and doc[k - 1].text == ","), None)
    if opener is None:
        return None
    words = doc[sent_start: opener - 1]
    if len(words) < 2 or words[0].pos_ not in {"DET", "PROPN"} or any(
            t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or t.text in {",", ":", ";"}
            for t in words):
        return None
    return sent_start, opener - 1


def _opening_noun_phrase(doc: Doc, start: int) -> tuple[int, int] | None:
    """`La présidente de la Commission Ursula von der Leyen a, elle, salué …` parsed with no
    subject at all: a noun phrase that opens the sentence and runs, verbless, up to the
    auxiliary is its subject."""
    sent_start = sentence_bounds(doc[start])[0] if start < len(doc) else start
    words = doc[sent_start:start]
    if len(words) < 2 or words[0].pos_ not in {"DET", "PROPN"} or any(
            t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or t.text in {",", ":", ";"}
            for t in words):
        return None
    return sent_start, start


def _noun_phrase_after_opening(doc: Doc, start: int) -> tuple[int, int] | None:
    """`Interrogé par France Info, le secrétaire d'État a affirmé …` parsed with the
    participle as the root and no subject at all: after an opening phrase set off by a
    comma, a noun phrase that runs, verbless, up to the auxiliary is its subject."""
    sent_start = sentence_bounds(doc[start])[0] if start < len(doc) else start
    comma = next((k for k in range(start - 1, sent_start, -1) if doc[k].text == ","), None)
    if comma is None:
        return None
    words = doc[comma + 1:start]
    if not 2 <= len(words) <= 10 or words[0].pos_ != "DET" or any(
            t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or t.is_punct for t in words):
        return None
    return comma + 1, start


def _capitalised_run_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """The run of capitalised words (with name particles) ending right before token
    `start` and opening its sentence or clause: a proper name the parser left without
    a role. None if the run does not begin at a sentence start or after punctuation."""
    hi = start
    lo = hi
    while lo > 0 and (doc[lo - 1].pos_ in {"PROPN", "NOUN", "DET", "ADP"} and
                      doc[lo - 1].text[:1].isupper() and doc[lo - 1].is_alpha):
        lo -= 1
    if lo == hi and hi > 0 and doc[hi - 1].is_title and doc[hi - 1].is_alpha and \
            not doc[hi - 1].is_stop and (hi == 1 or doc[hi - 2].is_punct or
                                         doc[hi - 1].is_sent_start) and \
            doc[hi].pos_ == "AUX":
        return hi - 1, hi  # `Macron a également publié …`, the name tagged as an adverb
    if lo == hi or doc[hi - 1].pos_ != "PROPN":
        return particle_name_before(doc, hi)  # (`Adaeze de la Fuente a`, a place)
    if lo > 1 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and \
            not doc[lo - 2].whitespace_ and doc[lo - 2].is_alpha:
        # `Le gouvernement de la Fédération Wallonie-Bruxelles indiquait`: the end of a
        # compound name the parser cut at its hyphen; the noun phrase opening the clause
        k = lo - 2
        while k > 0 and (doc[k - 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ", "ADP"} or (
                doc[k - 1].text == "-" and not doc[k - 1].whitespace_)) and \
                not doc[k].is_sent_start and hi - k < 14:
            k -= 1
        opens = k == 0 or doc[k - 1].is_punct or doc[k - 1].is_space or doc[k].is_sent_start
        return (k, hi) if opens and doc[k].pos_ in {"DET", "PROPN"} else None
    if lo > 0 and not (doc[lo - 1].is_punct or doc[lo - 1].is_space or doc[lo].is_sent_start):
        return None
    return lo, hi


def _up_to_verb(doc: Doc, span: tuple[int, int], verb: Token) -> tuple[int, int]:
    """`Le constructeur automobile Stellantis a annoncé`: when the parser splits one subject
    in two, the words left between it and the verb's auxiliaries belong to it."""
    lo, hi = span
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") or
                            c.dep_ == "expl:comp"])
    if not hi < first <= hi + 4:
        return span
    if all(doc[k].pos_ in {"PROPN", "NOUN", "ADJ"} and not doc[k].is_punct
           for k in range(hi, first)):
        return lo, first
    return span


def _last_np_before_verb(doc: Doc, span: tuple[int, int], verb: Token) -> tuple[int, int]:
    """`Lors d'un appel avec X, le ministre Y a qualifié …`: when the parser hangs two
    comma-separated noun phrases together, the one right before the verb is the subject."""
    lo, hi = span
    if hi > verb.i or hi < verb.i - 6:
        return span
    commas = [k for k in range(lo, hi) if doc[k].text == ","]
    if not commas:
        return span
    tail = (commas[-1] + 1, hi)
    named = any(t.ent_type_ == "PER" for t in doc[lo: commas[-1]])
    tail_named = any(t.ent_type_ == "PER" and not _after_de(doc, t.i, tail[0])
                     for t in doc[tail[0]: tail[1]])
    if named and not tail_named:
        return span  # `Le professeur X, le responsable du service, rappelle …`
    if not tail_named and doc[lo].lower_.replace("’", "'") in DEFINITE_SINGULAR and \
            doc[tail[0]].lower_ in {"un", "une"}:
        return lo, commas[-1]  # `Le suspect, un homme de 32 ans, a affirmé …`: an
        # indefinite apposition describes the subject; the subject is the phrase it follows
    if any(t.pos_ in {"NOUN", "PROPN"} for t in doc[tail[0]: tail[1]]) and \
            tail[1] - tail[0] >= 1 and doc[tail[0]].pos_ in {"DET", "PROPN", "NOUN"}:
        return tail
    return span


def _described_before(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Le suspect, un homme de 32 ans, a affirmé …` parsed with the apposition as the
    subject and the opening phrase as a modifier: an indefinite phrase set off by commas
    describes the definite, verbless phrase that opens the sentence before it, which is
    the subject."""
    lo, hi = span
    if lo < 3 or doc[lo].lower_ not in {"un", "une"} or doc[lo - 1].text != "," or \
            hi >= len(doc) or doc[hi].text != "," or \
            any(t.ent_type_ == "PER" for t in doc[lo:hi]):
        return None
    start = sentence_bounds(doc[lo])[0]
    words = doc[start:lo - 1]
    if not 2 <= len(words) <= 8 or words[0].lower_.replace("’", "'") not in \
            DEFINITE_SINGULAR or any(t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or
                                     t.is_punct for t in words):
        return None
    return start, lo - 1


def _after_de(doc: Doc, i: int, lo: int) -> bool:
    """`du CHU Pellegrin`: the token sits in a de-complement of a noun."""
    return any(doc[k].lower_ in {"de", "du", "des", "d'", "d’"} for k in range(max(lo, i - 3), i))
