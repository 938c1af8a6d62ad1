"""The writer's words a content runs into after a comma: a circumstance (`…, après huit
défaites`, `…, sur fond de crise`, `…, soit le double de l'an dernier`), a comment on what
was said (`…, une mesure attendue depuis des années`), a consequence told by the writer
(`…, entraînant la suppression de 140 postes`), background on a place or a person (`…,
envahie il y a deux ans` after `que`, `…, 31 ans`), a contrast the narrator draws in the present
(`…, alors que les riverains attendent depuis un an`), another subject's report (`…,
tandis que le maire a dénoncé …`); and where a noun phrase said ends before the channel it
was said on (`…, sur les réseaux sociaux`).

Why a module of its own (issue 9, spans that run on): `content_end.py` decides where a
content stops; this one reads the stretch after a comma as a whole
and says whether the writer, not the speaker, wrote it. Each test keeps to a shape the
speaker's own words rarely take, and leaves alone what the dev and corpus gold keep inside
a content: a reason or condition of the speaker's (`, parce que …`, `, à condition que …`),
a contrast in the report's shifted tenses (`, alors qu'il avait été averti …`), a part of
the noun phrase (`, dont quatre avec sursis`), a participle on a common noun after `que`
(`…, prévue pour durer sept ans`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Cue
from presswatch.nlp.circumstances import CHANNEL_NOUNS
from presswatch.nlp.circumstances import TIME_UNITS as COUNTED_TIME_UNITS
from presswatch.nlp.content_occasions import OCCASION_NOUNS
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import CLOSING_MARKS, OPENING_MARKS, QUE, is_present_participle
from presswatch.textutil import fold

TALK_NOUNS = OCCASION_NOUNS | {"discussion", "discussions", "negociation", "negociations",
                               "pourparlers", "entretiens", "echanges", "reunions", "debats",
                               "consultations", "concertation"}
"""What the words were said at (folded): `…, après deux heures de discussions` ends even a
`que` clause (the speaker's own `après` is a time of the plan: `que la route rouvrirait,
après deux mois de travaux`; `que X a changé, après sa rencontre avec Y`)."""
TIME_UNITS = frozenset(fold(unit) for unit in COUNTED_TIME_UNITS)
"""`…, à six mois des élections`: the writer's distance to an event (the units
`il y a deux semaines` counts, folded)."""
CONTRAST_SUBORDINATORS = frozenset({"alors", "tandis"})
"""`alors que`, `tandis que` after a comma."""


def _verbless(doc: Doc, k: int, limit: int) -> bool:
    """No finite verb, quotation mark, colon or semicolon from `k` to `limit`."""
    return not any(t.text in OPENING_MARKS or t.text in CLOSING_MARKS or t.text in {";", ":"}
                   or (t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm"))
                   for t in doc[k:limit])


def _low(token: Token) -> str:
    return fold(token.text).replace("’", "'")


def circumstance_after_comma(doc: Doc, k: int, limit: int, noun_said: bool) -> bool:
    """`…, sur fond de polémique`, `…, en référence au programme adopté en mars`, `…, soit un
    quart de l'effectif`, `…, à six mois des élections`, `…, après deux heures de
    discussions` and, after a noun phrase said, `…, après huit défaites consécutives`,
    `…, avant même la publication des résultats`, `…, faute de médecins`: a verbless
    stretch to the content's end that sets what was said in its time or context, or counts
    it again; the writer's. (After `que`, `faute de` may be the speaker's reason and
    `après` the time of the plan, unless talks follow.)"""
    if k + 2 >= limit:
        return False
    w = [_low(t) for t in doc[k:min(limit, k + 4)]]
    rest = k
    if w[:3] == ["sur", "fond", "de"] or w[:3] == ["sur", "fond", "d'"]:
        rest = k + 3
    elif w[:2] == ["en", "reference"]:
        rest = k + 2
    elif w[0] == "soit" and doc[k + 1].pos_ in {"DET", "NUM", "ADV"}:
        rest = k + 1
    elif w[0] == "a" and doc[k + 1].like_num and w[2] in TIME_UNITS:
        rest = k + 3
    elif noun_said and (w[:2] == ["avant", "meme"] or (w[0] == "faute" and w[1] in {"de", "d'"})):
        rest = k + 2
    elif w[0] == "apres" and doc[k].pos_ == "ADP" and doc[k + 1].pos_ in {"DET", "NUM"} and (
            noun_said or (any(_low(t) in TALK_NOUNS for t in doc[k + 1:limit]) and
                          any(_low(t) in TIME_UNITS for t in doc[k + 1:limit]))):
        rest = k + 1  # (after `que`, how long the talks lasted: `après sa rencontre avec X`
        # may be when what was said came true)
    return rest > k and _verbless(doc, rest, limit)


def comment_apposition(doc: Doc, k: int, limit: int) -> bool:
    """`…, une tendance observée depuis cinq ans`, `…, un projet attendu depuis dix ans par
    les habitants`, `…, un calendrier jugé ambitieux`, `…, une première pour l'entreprise`,
    `…, un objectif sur lequel …`: an indefinite noun (an adjective may follow it) taking up
    what was said, then a past participle, `pour` or a relative on it: the writer's comment
    (a list of things said goes on with nouns or `et`)."""
    if k + 2 >= limit or doc[k].lower_ not in {"un", "une"} or \
            doc[k + 1].pos_ not in {"NOUN", "ADJ"}:
        return False
    m = k + 2
    if m < limit and doc[m].pos_ == "ADJ" and "Part" not in morph(doc[m], "VerbForm"):
        m += 1
    if m >= limit:
        return False
    t = doc[m]
    if "Part" in morph(t, "VerbForm") and "Past" in morph(t, "Tense"):
        return True
    if t.lower_ == "pour" and doc[k + 1].lower_ in {"première", "premier"}:
        return True
    return t.pos_ == "ADP" and m + 1 < limit and \
        doc[m + 1].lower_ in {"lequel", "laquelle", "lesquels", "lesquelles"}


def writers_participle(doc: Doc, k: int, limit: int, lex: Lexicon) -> bool:
    """`a annoncé la fermeture du site, entraînant la suppression de 140 postes`, `…,
    mettant fin à quarante ans de présence`: after a noun phrase said, a present participle
    that is no verb of saying opens the consequence the writer draws (a verb of saying
    there is the speaker's next act, read elsewhere)."""
    t = doc[k]
    return t.pos_ == "VERB" and is_present_participle(t) and t.text[:1].islower() and \
        lex.verb(t.lemma_) is None and _verbless(doc, k + 1, limit)


def background_on_a_name(doc: Doc, k: int, start: int, limit: int, after_que: bool) -> bool:
    """`…, envahie il y a deux ans par les troupes de son voisin` after a place's name at a
    `que` clause's end: a past participle on the name, with no quotation marks, tells its
    background in the writer's voice; `…, 31 ans` and `…, ancien adjoint aux finances`
    after a person's name say who the person is. (A participle on a common noun is often
    said, after `que` or a noun phrase: `la mission, prévue pour durer …`, `le forfait de
    son capitaine, blessé à la cheville`; and an infinitive's object keeps its own:
    `avoir racheté la fromagerie X, installée à Y depuis 1921`.)"""
    t, before = doc[k], doc[k - 2] if k >= 2 else None
    if before is None or not (before.pos_ == "PROPN" or before.text[:1].isupper()):
        return False  # (a name the tagger does not know may be a NOUN: `l'Ostrovie`)
    if t.like_num and k + 1 < limit and doc[k + 1].lower_ == "ans":
        return k + 2 == limit or doc[k + 2].text == ","
    if t.pos_ == "ADJ" and t.lower_ in {"ancien", "ancienne", "ex", "futur", "future"}:
        return True
    if not after_que or not ("Part" in morph(t, "VerbForm") and "Past" in morph(t, "Tense")) \
            or t.text[:1].isupper() or not any(
            x.pos_ in {"VERB", "AUX"} and "Fin" in morph(x, "VerbForm") for x in doc[start:k - 1]):
        return False  # (`que le lancement de la sonde X, prévue pour …, était reporté`: the
        # clause's own verb is still to come)
    return not any(x.text in OPENING_MARKS or x.text in CLOSING_MARKS for x in doc[k:limit])


def writers_contrast(doc: Doc, k: int, limit: int, start: int, cues: list[Cue]) -> bool:
    """After a `que` clause in the report's shifted tenses (imperfect, pluperfect,
    conditional), `…, alors que les locataires attendent depuis huit mois` in the plain
    present is the narrator's contrast, not the speaker's (`…, alors qu'il avait été
    averti` keeps the shift and stays); `…, tandis que le maire a dénoncé …` with a subject
    and a verb of saying of its own is another report."""
    if k + 2 >= limit or doc[k].lower_ not in CONTRAST_SUBORDINATORS or \
            _low(doc[k + 1]) not in QUE:
        return False
    if any(c.start in range(k + 2, limit) and not c.incise and any(
            x.dep_ == "nsubj" and k + 2 <= x.i < c.i for x in doc[c.i].children)
           for c in cues):
        return True
    content = next((t for t in doc[start:k] if t.pos_ in {"VERB", "AUX"} and
                    "Fin" in morph(t, "VerbForm")), None)
    if content is None or not ("Cnd" in morph(content, "Mood") or
                               set(morph(content, "Tense")) & {"Imp", "Pqp"}):
        return False
    head = next((t for t in doc[k + 2:limit] if t.pos_ in {"VERB", "AUX"} and
                 "Fin" in morph(t, "VerbForm")), None)
    return head is not None and head.pos_ == "VERB" and "Ind" in morph(head, "Mood") and \
        morph(head, "Tense") == ["Pres"]


def writers_words_after_comma(doc: Doc, k: int, start: int, limit: int, after_que: bool,
                              noun_said: bool, cues: list[Cue], lex: Lexicon) -> bool:
    """Whether the words after a comma at `k - 1`, to the content's end, are the writer's:
    one of the tests above (see the module's docstring for what each leaves alone)."""
    if k >= limit:
        return False
    if circumstance_after_comma(doc, k, limit, noun_said) or comment_apposition(doc, k, limit) \
            or background_on_a_name(doc, k, start, limit, after_que):
        return True
    if noun_said and writers_participle(doc, k, limit, lex):
        return True
    return after_que and writers_contrast(doc, k, limit, start, cues)


def channel_end(doc: Doc, i: int, limit: int) -> int | None:
    """`les réseaux sociaux`, `son compte Instagram`, `son blog`: a channel noun after one
    or two determiners or adjectives, and its adjectives and names; where it ends, or None
    (a bare name after `sur` may be a topic: `sur Gaza`)."""
    k = i
    while k < limit and k - i < 2 and doc[k].pos_ in {"DET", "ADJ"}:
        k += 1
    if not (i < k < limit and doc[k].lemma_.lower() in CHANNEL_NOUNS):
        return None
    k += 1
    while k < limit and (doc[k].pos_ in {"ADJ", "PROPN"} or doc[k].text[:1].isupper() or
                         doc[k].lemma_.lower() in CHANNEL_NOUNS):
        k += 1
    return k
