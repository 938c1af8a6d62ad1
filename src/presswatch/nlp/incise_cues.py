"""Whether a verb of saying stands after its content with an inverted subject.

An incise (`…, a déclaré la ministre`, `», estime-t-il`, `…, comme l'a rappelé X`) reports
what came before it, a verb before its content reports what follows. The parser's subject
is the first evidence and the weakest: it often hangs the reported clause's subject on
the incise's verb, so the words before the comma, the noun phrase after the verb and
agreement decide together.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from presswatch.lexicon import default_lexicon
from presswatch.nlp.candidates import Cue
from presswatch.nlp.circumstances import (
    ADDRESSEE_PREPOSITIONS,
    addressee_end,
    skip_circumstance,
)
from presswatch.nlp.docfacts import is_infinitive, morph, sentence_bounds, strings
from presswatch.nlp.french import (
    CLITICS,
    CLOSING_MARKS,
    NEGATING_WORDS,
    OPENING_MARKS,
    PLURAL_DETERMINERS,
    RELATIVE_WORDS,
    STRESSED_PRONOUNS,
    is_restrictive_que,
    opens_with_subordinator,
)
from presswatch.nlp.marks import find_segments
from presswatch.nlp.participle_subjects import subject_after_opening_participle
from presswatch.nlp.people import is_title
from presswatch.textutil import doc_cache


def _clause_before(doc: Doc, comma: int, subject: int | None = None) -> bool:
    """Whether the words from the sentence start to `comma` hold a finite verb of their
    own: a clause, so a verb after the comma with a noun phrase after it is an incise.
    A subject standing after every such verb and a comma (`Alors que X a annoncé Y, le
    président, Z, a rejeté …`) is the verb's own: the clause before it was subordinate."""
    sent_start = sentence_bounds(doc[comma])[0]
    verbs = [t.i for t in doc[sent_start:comma] if t.pos_ in {"VERB", "AUX"} and
             "Fin" in morph(t, "VerbForm") and not _subordinate(t) and
             not _under_non_finite(t, sent_start)]
    if not verbs:
        return False
    if subject is None or subject < max(verbs) or not opens_with_subordinator(doc[comma]):
        return True
    commas = [t.i for t in doc[max(verbs):subject] if t.text == ","]
    return not commas or not all(
        t.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} for t in doc[commas[-1] + 1:subject])


def _under_non_finite(verb: Token, sent_start: int) -> bool:
    """`Après avoir rappelé que la saison avait été bonne, le président a annoncé …`: a
    finite verb inside the complement of an infinitive or a participle with no finite
    auxiliary belongs to that opening phrase, not to a clause of the sentence's own."""
    head, seen = verb.head, 0
    while head.i != verb.i and head.i >= sent_start and seen < 8:
        if head.pos_ in {"VERB", "AUX"} and head.i < verb.i and \
                ("Inf" in morph(head, "VerbForm") or "Part" in morph(head, "VerbForm")) and \
                not any(c.dep_.startswith("aux") and "Fin" in morph(c, "VerbForm")
                        for c in head.children):
            return True
        if head.head.i == head.i:
            return False
        verb, head, seen = head, head.head, seen + 1
    return False


def _subordinate(verb: Token) -> bool:
    """Whether a finite verb (or its auxiliary) belongs to a clause that describes a noun.
    The parser also calls the main verb of `Les enquêteurs privilégient la piste, a
    indiqué X` a reduced relative of `enquêteurs`; a finite clause describing a noun opens
    on a relative word or `que`, so one without any is the sentence's own clause."""
    for head in (verb, verb.head):
        if head.dep_ == "acl:relcl":
            return True
        if head.dep_ != "acl":
            continue
        finite = "Fin" in morph(head, "VerbForm") or any(
            "Fin" in morph(c, "VerbForm") for c in head.children if c.dep_.startswith("aux"))
        opened = any(c.i < head.i and (c.dep_ == "mark" or
                                       c.lower_.replace("’", "'") in RELATIVE_WORDS)
                     for c in head.children)
        if opened or not finite:
            return True
    return False


def _finite_or_subject_led(verb: Token) -> bool:
    """A finite verb, or a present tense the tagger calls a participle (`fait`, `dit`,
    `écrit` are spelled alike) whose own subject it keeps without an auxiliary: `Le
    ministre, Paul Roux, fait l'objet d'une enquête, rapporte X` is a clause."""
    return "Fin" in morph(verb, "VerbForm") or (
        "Part" in morph(verb, "VerbForm") and
        any(c.dep_ == "nsubj" for c in verb.children) and
        not any(c.dep_.startswith("aux") for c in verb.children))


def _named_subject_before(doc: Doc, comma: int) -> bool:
    """`Très populaire, Paul Mercier, qui avait fini deuxième, rejette ces reproches`,
    `L'arrêté, qui sera pris jeudi, prévoit une aide`: words before the comma with no verb
    of their own outside relative clauses, naming a person or holding a relative clause
    set off by commas, are the verb's subject, not content it reports (a verbless content
    such as `Une erreur, a jugé le ministre` names nobody)."""
    first = _written_sentence_start(doc, comma)
    words = doc[first:comma]
    clause = any(t.pos_ in {"VERB", "AUX"} and _finite_or_subject_led(t) and
                 not _subordinate(t) for t in words)
    if clause or _quoted(doc, doc[comma]) or \
            any(t.text[-1:] in CLOSING_MARKS or t.text in OPENING_MARKS for t in words):
        return False
    return any(_stands_as_a_phrase(t, first) for t in words
               if (t.ent_iob_ == "B" and t.ent_type_ == "PER") or is_title(t)) or any(
        t.lower_ == "qui" and t.i > 0 and doc[t.i - 1].text == "," and
        t.head.dep_ == "acl:relcl" and _stands_as_a_phrase(doc[t.head.head.left_edge.i], first)
        for t in words)


RELATIVE_PRONOUNS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles",
                               "quoi"})
"""Relative pronouns that follow their preposition (`pour qui`, `selon lequel`)."""
ASIDE_SUBORDINATORS = frozenset({"si", "s'", "quand", "lorsque", "lorsqu'", "bien",
                                 "même", "comme", "tandis", "alors", "après", "avant"})
"""First words of a subordinate clause set off by commas after a subject (`s'ils`,
`bien qu'ils`, `même s'il`, `quand il le faut`)."""
ASIDE_PREPOSITIONS = frozenset({"dans", "lors", "après", "avant", "depuis", "en", "par",
                                "devant", "à", "au", "aux", "dès", "pendant", "outre"})
"""Prepositions that open an aside describing a subject or setting its circumstance
(`La mission, dans un rapport préliminaire, a relevé …`)."""


def _subject_with_aside(doc: Doc, comma: int) -> bool:
    """`L'opposition, réunie au sein de la coalition, a rejeté ces résultats`, `Marsollier,
    qui a appris la nouvelle hier, a dit sa déception`, `La mission, dans un rapport, a
    relevé …`: a noun phrase opening the sentence, then one aside set off by commas (a
    relative clause, a participle phrase, a prepositional phrase) closed by `comma`. The
    noun phrase is the next verb's subject and the aside describes it: a content before
    an incise is a clause or a bare noun phrase (`Une erreur, a jugé le ministre`), and
    the parser, which often leaves such a subject without its verb, cannot tell them
    apart."""
    first = _written_sentence_start(doc, comma)
    commas = [t.i for t in doc[first:comma] if t.text == ","]
    if len(commas) != 1 or commas[0] == first or commas[0] + 1 >= comma:
        return False
    head, aside = doc[first:commas[0]], doc[commas[0] + 1:comma]
    if _quoted(doc, doc[comma]) or not (head[0].pos_ in {"DET", "PROPN", "NOUN"} or
                                        is_title(head[0])) or \
            any(t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or t.text[-1:] in CLOSING_MARKS or
                t.text in OPENING_MARKS for t in head):
        return False
    opener = aside[0]
    if opener.lower_.replace("’", "'") in RELATIVE_WORDS - {"que", "qu'"}:
        return True  # a relative clause: its finite verb is its own
    if opener.pos_ == "ADP" and len(aside) > 1 and aside[1].lower_ in RELATIVE_PRONOUNS:
        return True  # `Le docteur X, pour qui …, salue …`, `…, selon lequel …,`: a
        # relative opened by its preposition
    if opener.lower_.replace("’", "'") in ASIDE_SUBORDINATORS:
        return True  # `Les syndicats, s'ils saluent l'annonce, réclament …`: a clause of
        # condition or time inside the subject's sentence, with a verb of its own
    if any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm") for t in aside):
        return False
    return "Part" in morph(opener, "VerbForm") or opener.lower_ in ASIDE_PREPOSITIONS


TIME_NOUNS = frozenset({"minutes", "heures", "jours", "semaines", "mois", "années", "ans"})
"""`», annonce quelques minutes après le verdict X`: a plural phrase of time after the verb
is when, not what (`quelques` and `plusieurs` are no `PLURAL_DETERMINERS` for it)."""


def _disagrees_in_number(doc: Doc, verb: Token, nxt: Token) -> bool:
    """Whether a noun phrase opened by `nxt` after the verb cannot be its inverted subject
    because the verb is singular and the phrase plural (`a rejeté ces résultats`, `a relevé
    des irrégularités`): a verb agrees with its subject, inverted or not."""
    finite = [t for t in (verb, *verb.children)
              if (t is verb or t.dep_.startswith("aux")) and "Fin" in morph(t, "VerbForm")]
    if not finite or morph(finite[-1], "Number") != ["Sing"] or \
            morph(finite[-1], "Person") not in ([], ["3"]):
        return False
    return nxt.lower_ in PLURAL_DETERMINERS and not (
        nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in TIME_NOUNS)


SOURCE_ASIDE_OPENERS = frozenset({"selon", "d'après", "d’après"})
"""Prepositions that name a source in an aside set off by commas (`, selon X,`)."""


def _closes_source_aside(doc: Doc, comma: int) -> bool:
    """Whether `comma` closes a `selon X` / `d'après X` aside that follows words of the
    same clause (`Le syndicat, selon son secrétaire, …`): the aside names the source of
    that clause, so a verb after it is the clause's own, never an incise."""
    first = _written_sentence_start(doc, comma)
    k = comma - 1
    while k > first and doc[k].text not in {",", ";", ":"} and \
            doc[k].text[-1:] not in CLOSING_MARKS:
        k -= 1
    if k <= first or doc[k].text != ",":
        return False
    opener = doc[k + 1].lower_.replace("’", "'")
    if opener == "d'" and k + 2 < comma and doc[k + 2].lower_ == "après":
        opener = "d'après"
    return opener in SOURCE_ASIDE_OPENERS and k + 2 < comma


def _written_sentence_start(doc: Doc, i: int) -> int:
    """The first token after the last full stop (or line break) before `i`: the parser's
    sentences sometimes end at a comma (`L'arrêté, qui sera pris lundi` | `, prévoit …`)."""
    texts = strings(doc, ORTH)  # (the words as a list: this walks back over many)
    k = i
    while k > 0 and not (texts[k - 1] in {".", "!", "?"} or "\n" in texts[k - 1]):
        k -= 1
    return k


def _quotation_follows(doc: Doc, cue: Cue) -> bool:
    """`Emmanuel Macron en 2017, résume un conseiller, « … »`: a quotation opening after the
    verb's noun phrase and a comma is what an incise cuts, whatever came before."""
    for k in range(cue.tail, min(cue.tail + 14, len(doc) - 1)):
        if doc[k].text in {".", "!", "?", ";"}:
            return False
        if doc[k].text == "," and doc[k + 1].text in OPENING_MARKS:
            return True
    return False


def _stands_as_a_phrase(name: Token, first: int) -> bool:
    """A name (or a noun phrase's first word) opening the sentence or set off by a comma
    (`…, Paul Mercier, qui …`), after its role or none (`L'économiste Marc Lenglet, de la
    banque X, prédit …`: the role noun and its adjectives are the same phrase), not inside
    a prepositional phrase (`Après la victoire de Paul Martin`)."""
    k = name.i - 1
    while k >= first and (name.doc[k].pos_ in {"DET", "NOUN", "ADJ"} or
                          is_title(name.doc[k])):
        k -= 1
    return k < first or name.doc[k].text == ","


def _clause_resumes(doc: Doc, cue: Cue) -> bool:
    """`La Russie, a affirmé le ministre, ne cherche pas …`: a short noun phrase after
    the verb, a comma, then the finite verb of the clause the incise cuts."""
    end = min(cue.tail + 8, sentence_bounds(doc[cue.i])[1])
    comma = next((k for k in range(cue.tail, end) if doc[k].text in {",", ".", ";", ":"}),
                 None)
    if comma is None or doc[comma].text != ",":
        return False
    return verb_comes_first(doc, comma + 1, sentence_bounds(doc[cue.i])[1])


def verb_comes_first(doc: Doc, k: int, end: int) -> bool:
    """Whether the words from `k` open with a finite verb (after `ne`, adverbs and object
    pronouns): the predicate of a clause whose subject came before."""
    while k < end and (doc[k].lower_ in {"ne", "n'", "n’"} or doc[k].pos_ == "ADV" or
                       doc[k].lower_.replace("’", "'") in CLITICS):
        k += 1
    return k < end and doc[k].pos_ in {"VERB", "AUX"} and (
        "Fin" in morph(doc[k], "VerbForm") or doc[k].lower_.endswith(FUTURE_ENDINGS))


FUTURE_ENDINGS = ("ra", "ront", "rait", "raient")
"""Endings of a future or conditional third person, which no participle has: the tagger
reads some of them as participles (`Le syndicat, selon X, mettra en œuvre …`)."""


GOVERNORS = {"tenir": {"à"}, "vouloir": {""}, "souhaiter": {""}, "préférer": {""},
             "oser": {""}, "hésiter": {"à"}, "manquer": {"de", "d'"}, "croire": {"bon"},
             "juger": {"bon", "utile", "nécessaire"}, "estimer": {"utile", "nécessaire"},
             "empresser": {"de", "d'"}, "contenter": {"de", "d'"}, "borner": {"à"},
             "finir": {"par"}, "permettre": {"de", "d'"}, "prendre": {"soin"}}
"""Verbs that govern a verb of saying in an incise (`», a tenu à préciser X`, `», a voulu
rassurer X`, `», n'a pas hésité à lancer X`, `», a cru bon d'ajouter X`): the word that must
stand between them (`""`: none; `bon`, `utile`, `soin`: that word, then `de`)."""
GOVERNORS_SAID_WHEN_NEGATED = frozenset({"hésiter", "manquer"})
"""`n'a pas hésité à`, `n'a pas manqué de`: said only with the negation (a negated `vouloir`
is a refusal to speak: `», n'a pas voulu commenter X` reports nothing)."""


def governed_incise_start(doc: Doc, verb: Token) -> int | None:
    """Where an incise starts when its verb of saying is an infinitive governed by one of
    GOVERNORS right after a quotation (`», a tenu à préciser le ministre`,
    `», n'a pas hésité à lancer l'élue`, `», a-t-il voulu rassurer`): the governor's
    auxiliary (or its `ne`), so the incise reads from there; None otherwise."""
    if not is_infinitive(verb):
        return None
    k = verb.i - 1
    while k > 0 and doc[k].lower_.replace("’", "'") in CLITICS | {"se", "s'"}:
        k -= 1  # the infinitive's own pronouns (`a tenu à s'expliquer`)
    link = ""
    if k > 0 and doc[k].lower_.replace("’", "'") in {"à", "de", "d'", "par"}:
        link, k = doc[k].lower_.replace("’", "'"), k - 1
        if k > 0 and doc[k].lower_ in {"bon", "utile", "nécessaire", "soin"}:
            link, k = doc[k].lower_, k - 1
    while k > 0 and doc[k].pos_ == "ADV" and doc[k].lower_ not in NEGATING_WORDS:
        k -= 1
    gov = doc[k]
    if gov.pos_ not in {"VERB", "AUX"} or link not in GOVERNORS.get(gov.lemma_, ()):
        return None
    lo = max(0, k - 5)
    lo = max([lo] + [m + 1 for m in range(lo, k) if doc[m].is_punct])  # (the incise's own
    words = {t.lower_.replace("’", "'") for t in doc[lo:k]}  # words, not the content's)
    negated = bool(words & {"ne", "n'"}) and bool(words & NEGATING_WORDS)
    if negated != (gov.lemma_ in GOVERNORS_SAID_WHEN_NEGATED):
        return None
    start = k
    while start > 0 and (doc[start - 1].pos_ in {"AUX", "ADV"} or doc[start - 1].lower_ in
                         NEGATING_WORDS | {"ne", "n'", "se", "s'"} or
                         doc[start - 1].lower_.startswith("-")) and k - start < 6:
        start -= 1  # `n'a pas`, `s'est`, `a-t-il`, `a aussi`
    prev = _prev_non_space(doc, start)
    if prev is not None and prev.text == ",":
        if any(doc[m].lower_ in INVERTED_SUBJECTS for m in range(start, k)):
            return start  # `…, a-t-il tenu à souligner`: the inverted subject makes the
            # governor an incise's verb after any comma
        if _clause_before(doc, prev.i) and _subject_to_the_end(doc, verb.i + 1) and \
                _agrees_with_subject_after(doc, start, k + 1, verb.i + 1) and \
                not _shares_subject_before(doc, prev.i, start, k + 1):
            return start  # `La réouverture interviendra en mai, a voulu rassurer le
            # président`: a clause, then the governed verb and only its subject
        prev = _prev_non_space(doc, prev.i)
    # only right after a quotation: after a plain comma the governor is as often the
    # sentence's own verb (`Le secrétaire, représentant la CFDT, préfère évoquer …`)
    return start if prev is not None and prev.text[-1:] in CLOSING_MARKS else None


def _subject_to_the_end(doc: Doc, k: int) -> bool:
    """Whether the words from `k` to the end of the sentence are a noun phrase alone (an
    article, a name or a title first; no finite verb, no `que`, no preposition first): the
    inverted subject of an incise, not the object of a verb of the sentence's own."""
    end = sentence_bounds(doc[k - 1])[1]
    if k >= end or not (doc[k].pos_ in {"DET", "PROPN"} or is_title(doc[k])):
        return False
    return not any((t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")) or
                   t.lower_.replace("’", "'") in {"que", "qu'", ":"} or
                   t.text in OPENING_MARKS for t in doc[k:end])


def _finite(doc: Doc, lo: int, hi: int) -> Token | None:
    """The first finite verb or auxiliary of `doc[lo:hi]`."""
    return next((t for t in doc[lo:hi] if t.pos_ in {"VERB", "AUX"} and
                 "Fin" in morph(t, "VerbForm")), None)


def _agrees_with_subject_after(doc: Doc, start: int, gov_end: int, k: int) -> bool:
    """Whether the noun phrase at `k` can be the incise's inverted subject by number: `…,
    a voulu rassurer les élus` has a singular verb and a plural phrase, the phrase is the
    infinitive's object and the verb's subject came before (`Le préfet a reçu les maires,
    a voulu rassurer les élus`: two verbs of one subject, no incise)."""
    finite = _finite(doc, start, gov_end)
    noun = next((t for t in doc[k:k + 4] if t.pos_ in {"DET", "NOUN"} and morph(t, "Number")),
                None)
    if finite is None or noun is None or not morph(finite, "Number"):
        return True
    return set(morph(finite, "Number")) & set(morph(noun, "Number")) != set()


SHARED_SUBJECT_CLASSES = frozenset({"role", "group", "institution", "media"})
"""Speaker-noun classes of a subject that can also be the governed verb's (`Le préfet a
reçu …, a voulu rassurer …`)."""


def _shares_subject_before(doc: Doc, comma: int, start: int, gov_end: int) -> bool:
    """Whether the governor after `comma` reads as the second verb of the clause before
    it: that clause's subject is one who speaks (a person, a role, a body) and its finite
    verb is written as the governor's (`La direction a fermé le site, a voulu rassurer le
    personnel`: `a … , a …`, one subject doing both). The content of an incise is seldom
    so (`La réouverture interviendra en mai, a voulu rassurer le président`)."""
    finite = _finite(doc, start, gov_end)
    if finite is None:
        return False
    sent_start = sentence_bounds(doc[comma])[0]
    if not any(t.lower_ == finite.lower_ and t.pos_ in {"VERB", "AUX"}
               for t in doc[sent_start:comma]):
        return False
    lex = default_lexicon()
    return any(t.dep_.startswith("nsubj") and (
        t.pos_ == "PROPN" or t.lower_ in {"il", "elle", "ils", "elles"} or
        (t.pos_ == "NOUN" and lex.noun_class(t) in SHARED_SUBJECT_CLASSES))
        for t in doc[sent_start:comma])


INVERTED_SUBJECTS = frozenset({"-t-il", "-il", "-t-elle", "-elle", "-t-on", "-on", "-ils",
                               "-elles", "-t-ils", "-t-elles"})
"""Third-person clitic subjects written after a verb (`a-t-il`, `a-t-elle`): only an
inverted clause, an incise or a question, has them."""


def _addressee_then_subject(doc: Doc, j: int) -> bool:
    """After an incise's verb, `à l'AFP une source proche du dossier.`: an addressee at
    `j`, then a noun phrase (an article, a name or a title first) that runs to the end of
    the sentence, or to a relative on it, with no verb and no `que` (not `a demandé à la
    ministre de répondre`)."""
    k = addressee_end(doc, j)
    if k <= j + 1 or k >= len(doc) or not (doc[k].pos_ in {"DET", "PROPN"} or
                                           is_title(doc[k])):
        return False
    end = k
    while end < len(doc) and not doc[end].is_sent_end and doc[end].text not in {".", ";"} \
            and not (doc[end].text == "," and end + 1 < len(doc) and
                     doc[end + 1].lower_ in {"qui", "dont"}):
        end += 1  # (`…, qui n'a pas souhaité en dire plus`: a relative on the subject)
    rest = doc[k:end + 1]
    return not any(t.pos_ in {"VERB", "AUX"} or t.lower_ in {"que", "qu'", "qu’"} or
                   t.text in {"«", "»", "\"", ":"} for t in rest)


def _prev_non_space(doc: Doc, i: int) -> Token | None:
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return doc[j] if j >= 0 else None


def is_incise(doc: Doc, cue: Cue) -> bool:
    """True when the cue follows its content with an inverted subject: `…», a dit X` or
    `…, estime-t-elle`."""
    prev = _prev_non_space(doc, cue.start)
    if prev is None:
        return False
    verb = doc[cue.i]
    if ("Pres" in morph(verb, "Tense") and "Part" in morph(verb, "VerbForm")) or \
            (verb.lower_.endswith("ant") and cue.clitic is None):
        return False  # `, ajoutant que …`, `, accusant X de …` open their content forward
    if is_infinitive(verb) and cue.clitic is None and \
            not any(c.dep_.startswith("aux") for c in verb.children) and \
            governed_incise_start(doc, verb) is None:
        return False  # `devra rassembler …, affirmer la ligne du parti`: no inverted subject
    if prev.lower_ == "comme" and prev.pos_ == "SCONJ":
        return _comme_incise(doc, cue, prev)
    if (ainsi := ainsi_que_at(doc, cue.start)) is not None:
        return _comme_incise(doc, cue, doc[ainsi])  # `Ainsi que l'a rappelé X, …`
    after_break = prev.text in {","} or prev.text[-1:] in CLOSING_MARKS
    if not after_break:
        return False
    if prev.text[-1:] in CLOSING_MARKS and cue.start == cue.i and cue.clitic is None and \
            "Part" in morph(verb, "VerbForm"):
        return False  # `la déclaration « éthique » publiée mardi`: it describes the noun
    if cue.clitic is not None:
        return not _complex_inversion(doc, cue)
    if _verb_of_a_que_clause(verb, cue.start):
        return False  # `précise que la France, depuis lundi, a condamné l'attaque`: the
        # verb of a clause after `que`, with its own subject before the aside
    if cue.start == cue.i and "Part" in morph(verb, "VerbForm") and cue.tail < len(doc) and \
            doc[cue.tail].lower_ == "par":
        return False  # `Le parti, soutenu par le mouvement de X, réclamait …`: a participle
        # with its agent describes the noun before it (a passive report is `passives`')
    if cue.start == cue.i and _describes_the_noun_before(verb, prev.i):
        return False  # `Leur étude, publiée dans la revue X, indique …`: the participle
        # of an aside describes the noun before it; the medium after it is no speaker
    if prev.text == "," and prev.i >= 3 and doc[prev.i - 1].lower_ in STRESSED_PRONOUNS and \
            doc[prev.i - 2].text == "," and doc[prev.i - 3].pos_ in {"NOUN", "PROPN"}:
        return False  # `Le ministre, lui, dément toute implication`: the pronoun repeats
        # the subject for contrast; the verb reports forward
    if prev.text == "," and subject_after_opening_participle(doc, prev.i):
        return False  # `Estimant que …, le maire, Paul Roux, a salué …`: its apposition
    if prev.text == "," and _closes_source_aside(doc, prev.i):
        return False  # `Le syndicat, selon son secrétaire, maintiendra la grève`: the verb
        # resumes the clause the source aside cut; its object is no inverted subject
    if prev.text == "," and (_named_subject_before(doc, prev.i) or
                             _subject_with_aside(doc, prev.i)) and \
            not _quotation_follows(doc, cue) and not _clause_resumes(doc, cue):
        return False
    token = doc[cue.i]
    for c in token.children:
        # a subject before the verb, unless the parser took it from inside the quotation,
        # or took it from a whole clause the comma closes (`La fusion est la priorité, a
        # déclaré la ministre`)
        if c.dep_.startswith("nsubj") and c.i < cue.start and not _quoted(doc, c) and \
                _may_govern(c, token) and \
                not (prev.text == "," and (_clause_before(doc, prev.i, c.i) or
                                           _clause_resumes(doc, cue)) and
                     not any(x.dep_ == "aux:pass" for x in token.children)):
            return False
    # inverted subject: a noun phrase right after the verb (skipping dates and adverbs)
    j = skip_circumstance(doc, cue.tail)
    if j >= len(doc):
        return prev.text[-1:] in CLOSING_MARKS
    nxt = doc[j]
    if _disagrees_in_number(doc, token, nxt):
        return False  # `L'opposition, réunie hier, a rejeté ces résultats`: a plural noun
        # phrase after a singular verb is its object, never its inverted subject
    after_quotation = prev.text[-1:] in CLOSING_MARKS or (
        prev.text == "," and prev.i > 0 and doc[prev.i - 1].text[-1:] in CLOSING_MARKS)
    if after_quotation and nxt.lower_ in ADDRESSEE_PREPOSITIONS:
        # `», a expliqué à France Bleu Xavier Garrabé`: an addressee, then the subject
        k = addressee_end(doc, j)
        return k < len(doc) and (doc[k].pos_ in {"DET", "PROPN", "NOUN"} or
                                 is_title(doc[k]))
    if prev.text == "," and nxt.lower_ in {"à", "au", "aux"} and \
            _addressee_then_subject(doc, j):
        return True  # `Les négociations reprendront, a indiqué à l'AFP une source proche
        # du dossier`: a medium or a person spoken to, then the subject ends the sentence
    if nxt.lower_ in {"que", "qu'", "qu’", "de", "d'", "d’", ":", "à", "si"}:
        return False
    if nxt.pos_ in {"DET", "PROPN", "NOUN"} or is_title(nxt) or nxt.ent_type_ in {"PER", "ORG"} \
            or nxt.like_url:
        return True  # (`, rapporte lefaso.net`, `, indique franceinfo`: a site or a brand)
    if nxt.pos_ == "PRON" and nxt.lower_ in {"il", "elle", "ils", "elles", "celui-ci",
                                              "celle-ci"}:
        return True
    if nxt.text[:1].isupper() and nxt.is_alpha and j + 1 < len(doc) and \
            doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
        return True  # `», a déclaré Per Eklund`: a first name the tagger read as a word
        # (`Per` a preposition), then a surname
    if any(x.dep_ == "aux:pass" for x in token.children):
        return False  # `Karim Saadi, dit « le Lion », a été condamné.`: a passive with
        # no agent reports nobody's words
    # bare participle after a quotation (`», commenté.`) still closes the quote
    return prev.text[-1:] in CLOSING_MARKS or (after_quotation and nxt.is_punct and
                                               nxt.text not in {"«", "“", '"'})


PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
"""Endings of a past participle that no present tense shares (`publiée`, not `écrit`,
`dit`, which an incise writes in the present: `…, écrit le syndicat`)."""


def _describes_the_noun_before(verb: Token, comma: int) -> bool:
    """A bare past participle (no auxiliary, no inverted clitic) that the parser hangs on
    a noun before the comma (`acl`): an aside describing that noun, never an incise,
    whose verb has an auxiliary (`…, a déclaré X`) or is in the present (`…, déclare X`)."""
    return verb.dep_ == "acl" and verb.head.i < comma and \
        verb.head.pos_ in {"NOUN", "PROPN"} and verb.lower_.endswith(PAST_PARTICIPLE_ENDINGS) and \
        "Part" in morph(verb, "VerbForm") and \
        not any(c.dep_.startswith("aux") for c in verb.children)


def _verb_of_a_que_clause(verb: Token, cue_start: int) -> bool:
    """Whether the parser gave the verb both a `que` that opens its clause and a subject,
    each before the cue: the verb of a reported clause, never an incise."""
    marks = [c.i for c in verb.children if c.dep_ == "mark" and c.i < cue_start and
             c.lower_.replace("’", "'") in {"que", "qu'"} and
             not is_restrictive_que(c.doc, c.i)]  # (`ne durera que …, ont annoncé X`)
    return bool(marks) and any(c.dep_.startswith("nsubj") and marks[0] < c.i < cue_start
                               for c in verb.children)


def _may_govern(subject: Token, verb: Token) -> bool:
    """Whether a subject the parser found could be the verb's: a plural common noun never
    governs a singular verb, so in `Les habitants qui sont partis reviendront, a assuré le
    maire` the plural noun is the reported clause's subject, not the incise's."""
    finite = [t for t in (verb, *verb.children)
              if (t is verb or t.dep_.startswith("aux")) and "Fin" in morph(t, "VerbForm")]
    return not (subject.pos_ == "NOUN" and morph(subject, "Number") == ["Plur"] and
                finite and morph(finite[-1], "Number") == ["Sing"])


INVERTING_ADVERBS = frozenset({"aussi", "ainsi", "peut-être", "encore", "sans", "du",
                               "à", "toujours"})
"""Sentence openers after which French repeats a noun subject as a clitic (`Aussi le
président a-t-il demandé que …`, `Sans doute X a-t-il …`, `Du moins`, `À peine`)."""


def _complex_inversion(doc: Doc, cue: Cue) -> bool:
    """`Aussi le président de la fédération, X, a-t-il demandé que …`: an inverting adverb
    opens the sentence, its subject follows, and the verb repeats it as a clitic; nothing
    before it is said (no finite verb, no quotation), so the verb reports forward."""
    first = _written_sentence_start(doc, cue.start)
    if first >= cue.start or doc[first].lower_ not in INVERTING_ADVERBS:
        return False
    words = doc[first + 1:cue.start]
    return any(t.pos_ in {"NOUN", "PROPN"} for t in words) and not any(
        (t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")) or
        t.text[-1:] in CLOSING_MARKS or t.text in OPENING_MARKS for t in words)


def ainsi_que_at(doc: Doc, start: int) -> int | None:
    """`Ainsi que l'a rappelé X, …`: `ainsi que` (and the object `l'`) before a verb with
    its subject after it compares the clause to what X said, as `comme` does; the index
    of `ainsi`, or None."""
    k = start - 1
    if k > 0 and doc[k].lower_.replace("’", "'") in {"l'", "le"}:
        k -= 1  # (the parser may call `l'` the subject and leave it out of the cue)
    if k > 0 and doc[k].lower_.replace("’", "'") in {"que", "qu'"} and \
            doc[k - 1].lower_ == "ainsi":
        return k - 1
    return None


def _comme_incise(doc: Doc, cue: Cue, comme: Token) -> bool:
    """`…, comme l'a expliqué X.` and `Comme l'a rappelé X, …`: the subject follows the
    verb, and `comme` opens the sentence or follows a comma."""
    before = _prev_non_space(doc, comme.i)
    if not (comme.is_sent_start or before is None or before.text in {",", ".", ";", ":"}):
        return False
    j = skip_circumstance(doc, cue.tail)
    return j < len(doc) and (doc[j].pos_ in {"DET", "PROPN", "NOUN"} or is_title(doc[j]))


def _quoted(doc: Doc, token: Token) -> bool:
    """Whether `token` lies inside a quotation (where a parser may find a false subject)."""
    segments = doc_cache(doc, "segments", find_segments)
    return any(s.open < token.idx < s.close for s in segments)
