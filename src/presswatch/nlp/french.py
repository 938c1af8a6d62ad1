"""French function words the quote rules share: conjunctions, prepositions, clitics.

One definition each, so a rule that needs `que` in all its spellings, or the clitics that
stand for an object, reads the same set as every other rule.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from presswatch.nlp.docfacts import morph, sentence_bounds, strings

QUE = {"que", "qu'", "qu’"}



PERSON_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux"}

# subjects that name nobody: `que l'on demande`, `c'est peu dire`, `il faut dire`
IMPERSONAL = {"on", "l'on", "l’on", "l'", "l’", "c'", "c’", "ce", "cela", "ceci", "ça", "tout",
              "rien"}


INDEFINITE_SPEAKERS = {"on", "l'on", "l’on"}
"""`on` as the subject of a verb of saying: a report from nobody identifiable, which the
guideline keeps with no speaker."""


def is_indefinite_speaker(word: str) -> bool:
    """`on`, `l'on`, and the `-on` / `-t-on` an inversion writes (`a-t-on appris`, `peut-on
    lire`): one test for every rule that asks whether nobody identifiable speaks."""
    return word.lower().lstrip("-").removeprefix("t-") in INDEFINITE_SPEAKERS

PURPOSE = {"pour", "afin", "sans", "avant"}


ADVERBIAL_AFTER_DE = {"nouveau", "même", "plus", "suite", "fait", "surcroît", "toute"}


OPENING_MARKS = frozenset({"«", "“", '"'})
"""Marks that open a quotation."""
DASHES = ("-", "–", "—")
"""Dashes that set off an aside or a signature when they stand alone (`- « … » selon X -`,
`« … » — Jean Roux`)."""
CLOSING_MARKS = set('»”"›')
"""Marks that close a quotation; an incise follows them (`», a-t-il dit`)."""

CLITICS = frozenset({"le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "me",
                     "m'", "te", "t'", "nous", "vous"})
"""Object pronouns that may stand between a clause's subject and its verb."""

DEFINITE_ARTICLES = frozenset({"le", "la", "l'", "l’", "les"})
"""The definite articles, elided or not (`le`, `l'`, `les`)."""


DE_FORMS = frozenset({"de", "du", "des", "d'", "d’"})
"""`de` with its contractions and elisions, `des` included: what opens a noun's complement
(`le ministre des Finances`, `le porte-parole du ministre`). One set for every rule that
reads a `de` complement, so none forgets a form (``circumstances.DE_PREPOSITIONS`` leaves
`des` out on purpose: after `au micro`, `des` is a plural article)."""


A_PREPOSITIONS = {"à", "a", "au", "aux"}
"""`à` and its contractions, which open the content of `appeler à`, `exhorter à`."""


ADDRESSEE_STOP = frozenset({"de", "d'", "que", "qu'", "si", "s'", "sur", "pour", "des", "du"})


TRAILING = " \t\r\n\u00a0\u202f.,;:"


TOPIC_PRONOUNS = {"lui", "elle", "eux", "elles"}
"""Stressed pronouns that repeat a detached subject: `Mbappé, lui, a refusé`."""


ROLE_AFTER_EN = {"charge", "exercice", "poste", "fonction", "fonctions", "activité", "chef"}
"""`le ministre en charge des Transports`: `en` + these words is part of the role."""


COMPLEMENT_PREPOSITIONS = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "pour"})


DIRECT_OBJECT_CLITICS = frozenset({"le", "l'", "la", "les"})
"""Direct-object pronouns (`l'a souligné`); with `DATIVE_CLITICS`, every object pronoun."""


DATIVE_CLITICS = frozenset({"lui", "leur", "me", "m'", "te", "t'", "nous", "vous"})


def is_present_participle(token: Token) -> bool:
    """`ajoutant`, `l'opposant`: a present participle, by its morphology or, where the
    tagger left none on a verb (or took a cue for an adjective: `Reprochant à X de …`), by
    its form in -ant. Meant for verbs and cues, not for any word (`important`)."""
    if "Part" in morph(token, "VerbForm") and "Pres" in morph(token, "Tense"):
        return True
    return token.pos_ in {"VERB", "ADJ"} and not morph(token, "VerbForm") and \
        token.lower_.endswith("ant")


def participle_after_clitics(token: Token) -> bool:
    """`…, les qualifiant de …`, `…, y voyant …`: a word in -ant after object pronouns
    after a comma is a present participle clause of the sentence's subject, whatever the
    tagger made of it (a future, an adjective). Only the clitics make it one: `, les
    manifestants` after a comma may be one more noun of a list."""
    if not token.lower_.endswith("ant") or token.pos_ in {"NOUN", "PROPN"}:
        return False
    doc, k = token.doc, token.i
    while k > 0 and doc[k - 1].lower_.replace("’", "'") in CLITICS:
        k -= 1
    return k < token.i and k > 0 and doc[k - 1].text == ","


SUBORDINATORS = frozenset({"alors", "si", "quand", "lorsque", "lorsqu'", "puisque",
                           "puisqu'", "comme", "tandis", "bien", "même", "parce", "dès"})
"""First words of a subordinate clause that can open a sentence (`Alors que`, `Si`)."""
CLAUSE_OPENERS = frozenset({"puisque", "puisqu'", "car", "mais", "que", "qu'"})
"""Words after which an incise may cut a clause before it has begun (`puisque, a-t-il dit,
« … »`): what follows the incise is the content."""
CONJUNCTION_HEADS = frozenset({"ainsi", "bien", "tandis", "parce", "afin", "avant", "sans",
                               "dès", "depuis", "alors", "tant", "pendant", "fois",
                               "mesure", "longtemps", "plutôt"})
"""Words that make a following `que` part of a conjunction (`ainsi que`, `bien que`,
`parce que`, `tant que`, `une fois que`, `à mesure que`, `aussi longtemps que`, `plutôt
que`), not the complementizer of a verb of saying. (Not `pour`: `plaider pour que …` is
what was pleaded.)"""
ADVERBS_BEFORE_QUE = frozenset({"ainsi", "depuis", "alors"})
"""Conjunction heads that, right after a verb, are adverbs (`a dit ainsi que …`, `a reconnu
depuis que …`, `a dit alors que …`): the `que` after them opens the content."""
CONTRAST_HEADS = frozenset({"alors", "tandis"})
"""Heads of `alors que`, `tandis que`: the writer's contrast set after a noun phrase said
(`a critiqué le budget alors que …`), not part of it (a reason, `parce que …`, may be the
speaker's own: `a qualifié la réunion de « constructive », parce que …`)."""


def marks_a_contrast(sentence: Span, mention_start: int) -> bool:
    """`De son côté, il a …`, `Le président chinois, pour sa part, a …`, `Quant à elle, …`:
    a contrastive topic marker right around the subject says the sentence turns to
    someone other than who spoke last (`en revanche` contrasts what is said, not who); so
    does a verb of retort right by it (`», a rétorqué le ministre`, `», a-t-il répliqué`:
    one answers someone else)."""
    near = [t for t in sentence if mention_start - 4 <= t.i < mention_start + 6]
    text = " " + " ".join(t.lower_.replace("’", "'") for t in near) + " "
    return any(marker in text for marker in CONTRAST_MARKERS) or any(
        t.lemma_ in RETORT_VERBS and t.pos_ in {"VERB", "AUX"} for t in near)


RETORT_VERBS = frozenset({"rétorquer", "répliquer", "riposter", "objecter"})
"""Verbs of answering back: their speaker is not the one who spoke last."""


CONTRAST_MARKERS = (" de son côté ", " pour sa part ", " pour leur part ", " de leur côté ",
                    " quant à lui ", " quant à elle ", " quant à eux ", " quant à elles ")
"""Contrastive topic markers, lower case, space-delimited."""


NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais", "rien", "guère", "point"})
"""Words of a negation before an infinitive (`ne pas vouloir`, `n'avoir jamais`)."""
NEGATING_WORDS = frozenset({"pas", "jamais", "plus", "aucun", "aucune", "rien", "guère",
                            "nullement"})
"""The second word of a French negation (`ne … pas`, `n'… jamais`)."""


LITOTES_VERBS = frozenset({"cacher", "dissimuler"})
"""Verbs of hiding whose negation says the thing (`ne cache pas son scepticisme`, `n'a pas
caché que …`): a report only when negated, and the negation does not cancel it."""


def is_negated(verb: Token) -> bool:
    """Whether `verb` carries both words of a negation (`n'a pas écarté`, `ne reconnaît
    pas`); `ne` alone is expletive (`avant qu'il ne parte`)."""
    words = {c.lower_.replace("’", "'") for c in verb.children}
    return bool(words & {"ne", "n'"}) and bool(words & NEGATING_WORDS)


def opening_word(token: Token, skip: frozenset[str] = frozenset()) -> Token:
    """The first word of `token`'s sentence (at most `token`), past punctuation, spaces
    and the lower-case words of `skip` (`Et disons-le` opens on `disons`)."""
    doc = token.doc
    k = sentence_bounds(token)[0]
    while k < token.i and (doc[k].is_punct or doc[k].is_space or doc[k].lower_ in skip):
        k += 1
    return doc[k]


def opens_with_subordinator(token: Token) -> bool:
    """Whether `token`'s sentence opens on a subordinate clause (`Alors que …`, `Si …`)."""
    return opening_word(token).lower_.replace("’", "'") in SUBORDINATORS


FIRST_PERSON_WORDS = frozenset({"je", "j'", "me", "m'", "moi", "nous", "mon", "ma", "mes",
                                "notre", "nos"})
"""First-person words anywhere in a stretch (not only subjects): the speaker's own voice."""
FIRST_PERSON_SINGULAR = FIRST_PERSON_WORDS - {"nous", "notre", "nos"}
"""The words of one person speaking (`je`, `moi`, `mon`), not of a group (`nous`)."""

ADVERBIAL_CLITICS = frozenset({"en", "y"})
"""`en` and `y` as pronouns before a verb (`en a conclu`, `y a ajouté`)."""

SINGULAR_DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})
"""Singular demonstrative determiners: what they open points back to something named."""
STRESSED_PRONOUNS = frozenset({"lui", "elle", "eux", "elles", "moi", "nous", "vous"})
"""Pronouns set off by commas for contrast (`X a, lui, déclaré`, `Le maire, lui, juge`)."""

RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "dont", "où", "lequel", "laquelle",
                            "lesquels", "lesquelles"})
"""Words that open a relative or complement clause a source may interrupt (`qui, selon lui,`)."""

INTENTION_VERBS = frozenset({"entendre", "compter", "compte", "envisager", "projeter"})
"""Verbs whose infinitive is intended or heard, never said by their subject (the
lemmatizer leaves the verb `compte` as is)."""


INVERSION_ADVERBS = frozenset({"aussi", "ainsi", "peut-être", "sans doute", "à peine",
                               "du moins", "au moins", "encore", "tout au plus", "en vain"})
"""Adverbs after which written French inverts the subject of a verb that still reports
forward (`Aussi estime-t-il que …`, `Ainsi, proclame-t-il la mise en place de …`)."""


FUTURE_ENDINGS = ("era", "erai", "eras", "erons", "erez", "ira", "irai", "iras", "rra",
                  "rrai", "rras", "dra", "drai", "dras", "drons", "drez", "ront")
"""Future endings no present form shares (`-éra`, `-érons` of `opérer` are accented)."""


def future_ends(doc: Doc) -> list[int]:
    """Where each verb in the future tense ends (the tagger's `Fut`, or
    :func:`looks_future`): the stories read a year put after one as still to come
    (`linking.story_text.when_said`), which an ending alone cannot tell from a passé simple
    (`se retira en 1969`) or a noun (`le choléra en 2010`).

    The parts of speech are read from the doc's column (`docfacts.strings`), a Token built
    only for the verbs: this runs on every article's record, and a loop over `doc` builds
    one per word."""
    tags = strings(doc, POS)
    return [t.idx + len(t) for t in (doc[i] for i, pos in enumerate(tags)
                                     if pos in ("VERB", "AUX"))
            if "Fut" in morph(t, "Tense") or looks_future(t)]


def looks_future(token: Token) -> bool:
    """A finite verb with a future ending the tagger read as a present (`augmenteront`,
    `baisserons`). A tense the tagger gives as past stays past (`la police tira`).

    Only endings that no present form shares (`FUTURE_ENDINGS`; `-éra`, `-érons` of
    `opérer` are accented)."""
    if token.pos_ not in ("VERB", "AUX") or "Inf" in morph(token, "VerbForm") or \
            morph(token, "Tense") not in ([], ["Pres"]):
        return False
    return token.lower_.endswith(FUTURE_ENDINGS) and token.lower_ != token.lemma_.lower()


POSSESSIVES = frozenset({"sa", "son", "ses", "leur", "leurs", "ma", "mon", "mes", "notre",
                         "nos", "votre", "vos"})
"""Possessive determiners, every person and number (`sa popularité`, `nos ministres`)."""

FUTURE_READ_AS_PAST_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
"""Endings of every future; `future_read_as_past` asks them only of a verb tagged as past."""


def future_read_as_past(verb: Token) -> bool:
    """A future the tagger read as a past (`recevra` tagged as a passé simple): a future
    ending on a finite verb that is no passé simple of an `-er` verb (`rencontra` is one,
    `rencontrera` is not). (`looks_future` is the same guess for a future read as a
    present.)"""
    word, lemma = verb.lower_, verb.lemma_.lower()
    if "Fin" not in morph(verb, "VerbForm") or not word.endswith(FUTURE_READ_AS_PAST_ENDINGS) \
            or "Past" not in morph(verb, "Tense"):
        return False
    return not (lemma.endswith("er") and word in {lemma[:-2] + "a", lemma[:-2] + "èrent"})


PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "ses", "leurs", "nos", "vos", "mes",
                                "tes"})
"""Determiners that make a noun phrase plural (`ces résultats`, `leurs avocats`): it names
more than one, so no single speaker and no singular verb's subject. (`quelques`,
`plusieurs` are left out: `quelques minutes après` is a time.)"""
PRE_VERB_CLITICS = frozenset({"se", "s'", "ne", "n'", "y", "en", "lui", "leur", "l'", "le",
                              "la", "les", "me", "m'", "nous", "vous"})
"""Words between a main clause's subject and its finite verb (`la salle s'est vidée`)."""
ARTICLED_PREPOSITIONS = frozenset({"au", "aux", "du", "des"})
"""A preposition and an article in one word, tagged as either."""
CONTRACTED_ARTICLES = {"au": "le", "du": "le", "aux": "les"}
"""A preposition fused with the definite article, and the article it holds (`au
proviseur`, `du président`; `quant au ministre` → `le ministre`)."""
THING_VERBS = frozenset({
    "requérir", "menacer", "confirmer", "répondre", "promettre", "acter", "annoncer",
    "montrer", "révéler", "prévoir", "exiger", "demander", "réclamer", "souligner",
    "traduire", "illustrer", "témoigner", "rappeler", "évoquer", "marquer", "signaler",
    "indiquer", "prouver", "démontrer", "justifier", "imposer", "refléter", "mettre en évidence",
    "proposer", "offrir", "garantir", "assurer", "prédire", "trahir", "exprimer", "expliquer",
    "suggérer", "s'élever", "faire référence", "faire allusion", "faire écho", "signifier"})
"""Verbs of saying that as often tell what things do (`ce vaccin requiert deux doses`, `la
réforme annonce un front syndical`, `ce chiffre montre un recul`): a thing subject of one
says nothing (quotes_forward), and a thing may do the one joined to its own clause (spans)."""


def is_restrictive_que(doc: Doc, i: int) -> bool:
    """`ne durera que trois jours`, `n'a plus que deux élus`: a `que` after a verb negated
    by `ne` (adverbs between) means `only` and opens no clause."""
    k = i - 1
    while k > 0 and doc[k].pos_ == "ADV" and doc[k].lower_ not in {"ne", "n'", "n’"}:
        k -= 1
    return doc[k].pos_ in {"VERB", "AUX"} and any(
        c.lower_.replace("’", "'") in {"ne", "n'"} for c in doc[k].children)
