"""The kinds of clause that end a forward cue's content, each read from the words after a
comma: an inverted incise (`…, a-t-il tweeté`), a participle clause of the subject's own
(`…, les qualifiant de …`) or of another subject (`…, le second étant …`), the reporter's
adjunct (`…, sans préciser …`), a comparison with another report (`…, comme l'a rappelé
X`), `ce que` taking the words up, a new report, a quotation with its incise, a part with a
source of its own (`…, selon lui`), and the clause the report was set in (`Les parents de
X, qui s'est plaint …, sont sortis …`). Split from `presswatch.nlp.content_end`, which
walks the content and asks these where it may stop.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.candidates import Cue
from presswatch.nlp.content_objects import object_clitic
from presswatch.nlp.cues import THIRD_PERSON_CLITICS, clitic_subject_at
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    CLITICS,
    NEGATION,
    OPENING_MARKS,
    PRE_VERB_CLITICS,
    SUBORDINATORS,
    is_present_participle,
    opening_word,
    participle_after_clitics,
)
from presswatch.nlp.marks import find_segments
from presswatch.nlp.mention_forms import ORDINALS
from presswatch.nlp.spans import LINKING_WORDS, inside_segment, only_glue
from presswatch.textutil import doc_cache, doc_text, fold

IMPERSONAL_ASIDES = frozenset({"sembler", "paraître", "falloir", "être"})
"""Verbs of inverted asides that report nobody's words (`semble-t-il`, `faut-il le dire`)."""


def inverted_incise(doc: Doc, k: int, limit: int) -> bool:
    """`a-t-il tweeté`, `a-t-elle ajouté`, `dit-il`: a verb with an inverted clitic subject
    after a comma, whatever the verb, is an incise about the words before it."""
    if k + 1 >= limit or doc[k].lemma_ in IMPERSONAL_ASIDES:
        return False  # `l'accord était, semble-t-il, conclu`: no one reports it
    return doc[k].pos_ in {"AUX", "VERB"} and \
        clitic_subject_at(doc, k + 1, THIRD_PERSON_CLITICS, limit) is not None


def absolute_participle_clause(doc: Doc, k: int, limit: int) -> bool:
    """`le second étant à peine moins optimiste`, `les autres restant prudents`: a short
    noun phrase with its own present participle after a comma opens a clause of its own."""
    if k >= limit or doc[k].pos_ != "DET" or doc[k].lower_ in {"des", "un", "une", "de", "d'"}:
        return False  # (`…, des retraités venant de toute la région`: an apposition)
    for m in range(k + 1, min(k + 5, limit)):
        if is_present_participle(doc[m]) and doc[m].pos_ in {"VERB", "AUX"}:
            return all(doc[x].pos_ in {"DET", "NOUN", "ADJ", "PROPN", "NUM", "PRON"} for x in
                       range(k + 1, m))  # (`l'autre restant prudent`)
        if doc[m].is_punct:
            return False
    return False


def bare_noun_apposition(doc: Doc, k: int, limit: int) -> bool:
    """`…, condition exigée par les socialistes`, `…, option qui n'attire pas l'exécutif`: a
    noun with no article and a past participle or a relative after a comma describe the
    noun phrase before; the writer adds them (a speaker's own words go on with a clause or
    an article)."""
    if k + 2 < limit and doc[k].lower_ in {"un", "une"} and doc[k + 1].pos_ == "NOUN" and \
            doc[k + 2].lower_.replace("’", "'") in {"que", "qu'", "qui", "dont"}:
        return True  # `…, un chiffre que son adversaire conteste`, `…, une version qui …`:
        # an indefinite noun taking up what was said, then a relative on it
    return k + 1 < limit and doc[k].pos_ == "NOUN" and doc[k].text[:1].islower() and (
        ("Part" in morph(doc[k + 1], "VerbForm") and "Past" in morph(doc[k + 1], "Tense")) or
        doc[k + 1].lower_ == "qui")


def quotation_with_incise(doc: Doc, k: int, cues: list[Cue]) -> bool:
    """Whether a quotation opens at `k` and an incise closes it: another report."""
    if k >= len(doc) or doc[k].text not in OPENING_MARKS:
        return False
    segments = doc_cache(doc, "segments", find_segments)
    seg = next((s for s in segments if s.open == doc[k].idx), None)
    if seg is None:
        return False
    text = doc_text(doc)
    return any(c.incise and doc[c.start].idx >= seg.outer_end and
               only_glue(text[seg.outer_end:doc[c.start].idx]) for c in cues)


# Words opening an infinitive or gerund adjunct after a comma: `…, sans toutefois préciser
# comment`, `…, avant de conclure`, `…, après avoir rappelé`, `…, en se tournant vers X`.
ADJUNCT_OPENERS = frozenset({"sans", "avant", "après", "afin", "en"})


def new_report_after_comma(doc: Doc, k: int, start: int, cues: list[Cue]) -> bool:
    """Whether the words after a comma at `k - 1` open a report of their own: a subject
    pronoun and a reporting verb (`, il promet de …`, `, elle n'a pas exclu de …`), in a
    content that does not open on a condition or time clause (`que si X, il promet …` is
    one thought)."""
    if k + 1 >= len(doc) or doc[k].lower_ not in {"il", "elle", "ils", "elles"} or \
            doc[start].lower_.replace("’", "'") in SUBORDINATORS | {"s'"}:
        return False
    m = k + 1
    while m < len(doc) and (doc[m].lower_.replace("’", "'") in NEGATION or
                            doc[m].dep_.startswith("aux")):
        m += 1
    return any(c.i == m and not c.incise for c in cues)


INDEFINITE_SUBJECTS = frozenset({"certains", "certaines", "d'autres", "beaucoup", "plusieurs",
                                 "tous", "toutes", "chacun", "chacune", "aucun", "aucune"})
"""Pronouns that stand alone as the subject of a clause of their own (`…, et certains
évoquent …`)."""


def subject_report_after_comma(doc: Doc, k: int, start: int, limit: int, cues: list[Cue]
                               ) -> Cue | None:
    """The cue of a clause that opens at `k` after a comma (`et` or `mais` may follow it)
    with a subject of its own, a noun phrase or an indefinite pronoun, right before its
    verb of saying (`que A, le préfet a ajouté que B`, `que A, et certains évoquent un
    « fiasco »`): a new report joined by a comma, not more of the first. None otherwise,
    or when the content opens on a condition or time clause (`que si X, le gouvernement
    annoncerait …` is one thought). The caller still compares tenses."""
    if doc[start].lower_.replace("’", "'") in SUBORDINATORS | {"s'"}:
        return None
    m = k + (k < limit and doc[k].lower_ in {"et", "mais"})
    first = m
    if m < limit and doc[m].lower_.replace("’", "'") in INDEFINITE_SUBJECTS:
        m += 1
    else:
        while m < limit and m - first < 8 and (
                doc[m].pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM"} or
                (m > first and doc[m].lower_.replace("’", "'") in {"de", "d'", "du", "des"})):
            m += 1
        if m == first or not (any(doc[x].pos_ in {"NOUN", "PROPN"} for x in range(first, m))
                              or fold(doc[first:m].text) in ORDINALS):
            return None  # (`…, le second a estimé que …`: an ordinal is a subject too)
    subject_end = m
    while m < limit and (doc[m].lower_.replace("’", "'") in NEGATION | PRE_VERB_CLITICS or
                         doc[m].dep_.startswith("aux") or
                         (m > subject_end and doc[m].pos_ == "ADV")):
        m += 1  # (`…, et l'opposition a aussitôt répliqué que`: an adverb after the auxiliary)
    cue = next((c for c in cues if c.i == m and not c.incise), None)
    if cue is None or not any(c.dep_.startswith("nsubj") and first <= c.i < subject_end
                              for c in doc[m].children):
        return None
    return cue


def taken_up_by_ce(doc: Doc, k: int, limit: int, cues: list[Cue], after_que: bool
                   ) -> bool:
    """Whether `ce que`/`ce qui` at `k` takes up what came before as a whole: after a noun
    phrase said, always the writer's or someone else's comment on it (`a annoncé une
    hausse des impôts, ce qui a provoqué la colère`); after `que`, only when another
    subject then reports it (`…, ce que l'OTAN conteste`), as the speaker may go on
    (`que les prix baisseront, ce qui aidera les ménages`)."""
    if k + 2 >= limit or doc[k].lower_ != "ce" or \
            doc[k + 1].lower_.replace("’", "'") not in {"que", "qu'", "qui"}:
        return False
    if not after_que:
        return True
    if doc[k + 1].lower_ == "qui":
        return False
    m = k + 2
    while m < limit and m - k < 8 and doc[m].pos_ in {"DET", "NOUN", "PROPN", "ADJ", "PRON"}:
        m += 1
    while m < limit and (doc[m].dep_.startswith("aux") or doc[m].lower_ in {"ne", "n'", "n’"}):
        m += 1
    return m > k + 2 and any(c.i == m or c.start == m for c in cues)


def clitic_participle_clause(doc: Doc, k: int, limit: int) -> bool:
    """Whether a comma at `k - 1` opens a participle clause after object pronouns
    (`, y voyant un signal`, `, les jugeant infondées`, `, se disant prêt`)."""
    m = k
    while m < limit and doc[m].lower_.replace("’", "'") in CLITICS:
        m += 1
    return m < limit and participle_after_clitics(doc[m])


def reporter_adjunct_after(doc: Doc, k: int, limit: int) -> bool:
    """Whether a comma at `k - 1` is followed by an infinitive or gerund adjunct: the
    reporter's words about the circumstances, which end a content (`a concédé quelques mots
    sur l'Ukraine, sans faire mention de …`)."""
    if k + 1 < limit and doc[k].lower_ == "tout" and doc[k + 1].lower_ == "en":
        k += 1  # `…, tout en soulignant les risques`
    if k >= limit or doc[k].lower_ not in ADJUNCT_OPENERS:
        return False
    opener = doc[k].lower_
    m = k + 1
    while m < limit and (doc[m].pos_ in {"ADV", "PRON"} or
                         doc[m].lower_.replace("’", "'") in {"de", "d'", "se", "s'", "ne",
                                                             "n'", "avoir", "être"}):
        if doc[m].lower_ in {"avoir", "être"} and m + 1 < limit and \
                "Part" in morph(doc[m + 1], "VerbForm"):
            return True  # `après avoir rappelé`
        m += 1
    if m < limit and opener == "en" and _gerund_form(doc[m]):
        return True
    if m >= limit or doc[m].pos_ not in {"VERB", "AUX"}:
        return False
    form = morph(doc[m], "VerbForm")
    if opener == "en":
        return "Part" in form and "Pres" in morph(doc[m], "Tense")
    return "Inf" in form


def report_compared(doc: Doc, k: int, limit: int, cues: list[Cue]) -> bool:
    """`…, comme Angela Merkel l'avait annoncé`, `…, comme l'a rappelé le préfet`, `…, comme
    prévu par l'accord`: after a comma, `comme` and a reporting verb whose object is the
    clitic `l'`/`le` (what was just said), or `comme` and a bare past participle, compare
    the words with another report or a plan; they are not part of them."""
    if k + 1 >= limit or doc[k].lower_ != "comme":
        return False
    nxt = doc[k + 1]
    if nxt.pos_ in {"VERB", "ADJ"} and "Part" in morph(nxt, "VerbForm") and \
            "Past" in morph(nxt, "Tense"):
        return True
    return any(k < c.start < min(limit, k + 8) and object_clitic(doc, c)
               for c in cues)


NOT_GERUNDS = frozenset({"tant", "avant", "pendant", "cependant", "maintenant", "durant"})
"""Words in -ant after `en` that are no gerund (`en tant que`, `en avant`)."""


def _gerund_form(word: Token) -> bool:
    """`tout en menaçant`, `en exigeant`: a lower-case word in -ant after `en` is a gerund
    whatever the tagger calls it (it reads `menaçant` as an adjective)."""
    return word.text.islower() and word.lower_.endswith("ant") and \
        word.lower_ not in NOT_GERUNDS and word.pos_ in {"VERB", "ADJ", "NOUN"}


def own_source_follows(doc: Doc, k: int, limit: int) -> bool:
    """`…qu'il était possible de trouver une voie, de nouveaux mécanismes étant selon lui
    nécessaires`: a part after a comma that names its own source (`selon lui`, `d'après
    elle`) is another quote, which that source phrase makes."""
    segments = doc_cache(doc, "segments", find_segments)
    if k + 1 < limit and doc[k].lower_ == "pour" and doc[k + 1].lower_ == "qui":
        return True  # `…, contre l'avis du parquet, pour qui « … »`: the relative's source
    for m in range(k, limit):
        if doc[m].text in {",", ";"}:
            return False
        if inside_segment(doc[m].idx, segments):
            continue
        if (doc[m].lower_ == "selon" and not (
                m + 1 < limit and doc[m + 1].lower_ in RELATIVE_LEQUEL)) or (
                doc[m].lower_ == "après" and m > k and doc[m - 1].lower_ in {"d'", "d’"}):
            return True  # (`les études selon lesquelles …`: a relative, the noun's source)
    return False


RELATIVE_LEQUEL = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})


def enclosing_clause_resumes(doc: Doc, verb: Token, k: int) -> bool:
    """`Les parents de Nicolas, qui s'est plaint de harcèlement, sont sortis du silence`:
    a finite verb right after a comma, outside the cue's own clause, is the clause the
    report was set inside; the content stops before it."""
    if _opening_participle(verb) or _opening_subordinate(_governing_verb(verb)):
        # `Reprochant à l'Otan de …, le chef du Kremlin a estimé …`, `Alors que X a annoncé
        # Y, le président, Z, a rejeté …`: a subject (with its apposition) and its finite
        # verb after the comma are the sentence's main clause (whatever the parse)
        m = k
        while m < min(len(doc), k + 12) and (
                doc[m].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} or doc[m].lower_ in
                {"de", "du", "des", "d'", "d’"} or (doc[m].text == "," and m > k) or
                (m > k and doc[m - 1].pos_ == "DET" and _participle_as_noun(doc[m]))):
            m += 1  # (`…, l'accusé garde …`: a participle after its article is a noun)
        while m < min(len(doc), k + 14) and m > k and \
                doc[m].lower_.replace("’", "'") in PRE_VERB_CLITICS:
            m += 1  # `…, la salle s'est vidée`, `…, les élus n'ont pas applaudi`
        if m > k and m < len(doc) and doc[m].pos_ in {"VERB", "AUX"} and \
                "Fin" in morph(doc[m], "VerbForm"):
            return True
    if k >= len(doc) or doc[k].pos_ not in {"VERB", "AUX"} or \
            "Fin" not in morph(doc[k], "VerbForm"):
        return False
    if doc[k].pos_ == "AUX" and doc[k].head.i != doc[k].i:
        k = doc[k].head.i
    governs = doc[k]
    while governs.head.i != governs.i and governs.i != verb.i:
        governs = governs.head
    inside_cue_clause = governs.i == verb.i
    return not inside_cue_clause and verb.dep_ in {"acl:relcl", "acl", "advcl", "xcomp"}


def in_opening_subordinate(verb: Token) -> bool:
    """Whether a cue is the verb of a subordinate clause opening its sentence (`Alors que
    X avait assuré que …, Y …`, `Après que X a annoncé …, Y …`): its content ends before
    the sentence's main clause."""
    return _opening_subordinate(_governing_verb(verb))


SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "celui-ci", "celle-ci",
                              "ceux-ci", "celles-ci", "chacun", "tous", "certains"})
"""Pronouns that can open a main clause as its subject."""


def opens_a_subject(doc: Doc, k: int) -> bool:
    """Whether the word at `k` can open a main clause's subject: an article or a
    determiner, a name, a subject pronoun (`…, le club pointe …`, `…, l'Union sportive …`,
    `…, il …`)."""
    return k < len(doc) and (doc[k].pos_ in {"DET", "PROPN"} or
                             doc[k].lower_ in SUBJECT_PRONOUNS)


def _participle_as_noun(word: Token) -> bool:
    """`l'accusé`, `les blessés`: a past participle with no auxiliary, tagged a verb."""
    return word.pos_ == "VERB" and "Part" in morph(word, "VerbForm") and \
        not any(c.dep_.startswith("aux") for c in word.children)


def _opening_participle(verb: Token) -> bool:
    """`Reprochant à X de …, Y a …`: a present participle opening its sentence."""
    return is_present_participle(verb) and (
        verb.is_sent_start or verb.i == 0 or verb.doc[verb.i - 1].is_punct)


def _governing_verb(verb: Token) -> Token:
    """The verb whose clause an infinitive cue belongs to: `quand le maire a tenu à
    rappeler …`, `lorsqu'il prend le temps d'expliquer …` (through a noun of a verbal
    idiom); the cue itself when it is not an infinitive."""
    v = verb
    for _ in range(3):
        if not ("Inf" in morph(v, "VerbForm") or v.pos_ == "NOUN") or v.head.i == v.i:
            break
        v = v.head
    return v if v.pos_ in {"VERB", "AUX"} else verb


def _opening_subordinate(verb: Token) -> bool:
    """`Alors que le président a annoncé …, le Parlement …`: the verb of a subordinate
    clause that opens its sentence, or the part of it after a colon or a semicolon (`Le
    vote a fait débat : alors que X proposait …, Y …`)."""
    first = opening_word(verb, LINKING_WORDS - SUBORDINATORS)  # `Et quand le maire …`
    doc = verb.doc
    colon = next((k for k in range(verb.i - 1, first.i - 1, -1) if doc[k].text in {":", ";"}),
                 None)
    if colon is not None:
        first = doc[colon + 1]
        while first.i < verb.i and first.lower_ in LINKING_WORDS - SUBORDINATORS:
            first = doc[first.i + 1]
    marks = [c for c in verb.children if c.dep_ == "mark"]
    opener = first.lower_.replace("’", "'")
    return bool(marks) and (opener in SUBORDINATORS or (
        opener in TIME_HEADS_OF_QUE and first.i + 1 < len(doc) and
        doc[first.i + 1].lower_.replace("’", "'") in {"que", "qu'"})) and \
        first.i <= marks[0].i <= first.i + 1


TIME_HEADS_OF_QUE = frozenset({"après", "avant", "depuis", "pendant", "maintenant", "sitôt"})
"""Words that open a subordinate clause of time with `que` (`Après que le ministre a
annoncé X, les syndicats …`): like `alors que`, the clause ends before the main one."""


def participle_aside(doc: Doc, cue: Cue) -> bool:
    """`La ministre, ayant déclaré que …, recevra …`, `Les agents, affirmant que …, ont
    déposé …`: a participle (or `ayant` + participle) set off by a comma right after its
    subject's noun phrase is an aside inside the subject's clause; its content ends where
    that clause's verb resumes."""
    first = doc[cue.start]
    participle = first.lower_ in {"ayant", "étant"} or (
        cue.start == cue.i and first.lower_.endswith("ant") and first.pos_ in {"VERB", "ADJ"})
    return participle and cue.start > 1 and doc[cue.start - 1].text == "," and \
        doc[cue.start - 2].pos_ in {"NOUN", "PROPN"} and _opening_subject(doc, cue) is not None


def _opening_subject(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """The noun phrase before the aside's comma when it opens its sentence (`La juge,
    ayant rappelé …`), not a date or a complement further on (`…, jeudi 7 septembre,
    annonçant …`)."""
    hi = cue.start - 1
    lo = hi
    while lo > 0 and (doc[lo - 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} or
                      doc[lo - 1].lower_ in {"de", "du", "des", "d'", "d’"}) and \
            not doc[lo - 1].is_sent_start:
        lo -= 1
    if lo > 0 and doc[lo - 1].is_sent_start and doc[lo - 1].pos_ in {"DET", "NOUN", "PROPN"}:
        lo -= 1
    opens = lo == 0 or doc[lo].is_sent_start or doc[lo - 1].text in {".", "!", "?", ";"}
    return (lo, hi) if lo < hi and opens and doc[lo].pos_ in {"DET", "PROPN"} else None


def aside_subject(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """Who speaks in a participle aside (`La juge, ayant rappelé que …, fera …`): the noun
    phrase opening the sentence before its comma; None when the cue opens no such aside."""
    return _opening_subject(doc, cue) if participle_aside(doc, cue) else None
