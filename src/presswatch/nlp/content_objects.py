"""What a noun phrase or clitic right after a verb of saying is, before it can be taken
for what was said: the speech event itself (`a annoncé la nouvelle`), a thing shown (`a
publié des photos`), what the speaker expresses (`ses condoléances`), or a direct object
already said as a clitic (`l'a souligné`: what follows is then no content).

Why a module of its own: `content.py` decides frame by frame where a content starts; these
tests judge the words it would take and are asked from several of its branches.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Cue
from presswatch.nlp.circumstances import says_when
from presswatch.nlp.french import DATIVE_CLITICS, DIRECT_OBJECT_CLITICS, OPENING_MARKS, POSSESSIVES
from presswatch.nlp.spans import counted_noun
from presswatch.textutil import fold


def names_the_speech_event(doc: Doc, start: int, end: int, head: Token, lex: Lexicon
                            ) -> bool:
    """`a annoncé la nouvelle`, `a livré son analyse`: a bare noun phrase (determiner,
    noun, adjectives) headed by a noun of data/speech_event_nouns.txt names the act of
    speaking, not what was said. The caller asks only for verbs that state or announce:
    what a demand asks for (`a demandé une réponse`) or a judgement targets (`a démenti la
    nouvelle`, `a dénoncé ces propos`) is content."""
    if shows_a_carrier(doc, start, end, head, lex):
        return True
    if fold(head.lemma_) not in lex.speech_events and fold(head.text) not in lex.speech_events:
        return False
    return all(t.pos_ in {"DET", "ADJ", "NOUN"} or t.is_punct or t.is_space or
               t.i == head.i or says_when(doc, t.i) for t in doc[start:end]) and \
        not any(t.text in OPENING_MARKS for t in doc[start:end])


STANDING_VERBS = frozenset({"confirmer", "reconfirmer", "révéler", "faire valoir", "démontrer",
                            "prouver"})
"""Verbs of saying that also mean showing by deeds (`a confirmé sa place de leader`, `a
révélé son talent`, `a fait valoir ses droits`): with a possessive and a noun of
data/standing_nouns.txt their object is what the subject showed, not what it said. Not
`affirmer`: `a réaffirmé son droit à se défendre` is said."""


def shows_a_standing(doc: Doc, start: int, end: int, lemma: str, lex: Lexicon) -> bool:
    """`a confirmé sa place de leader en battant Orlac`, `avait révélé son talent dès 16
    ans`: a possessive, then (past adjectives) a noun of a standing of the subject's own,
    after a verb that also means to show (`STANDING_VERBS`); no quoted words inside. `a
    confirmé son départ`, `a révélé sa décision` name what was said and stay content."""
    if lemma not in STANDING_VERBS or end - start < 2 or doc[start].lower_ not in POSSESSIVES:
        return False
    k = start + 1
    while k < end - 1 and doc[k].pos_ == "ADJ":
        k += 1  # `sa nouvelle place`
    return (fold(doc[k].lemma_) in lex.standings or fold(doc[k].text) in lex.standings) and \
        not any(t.text in OPENING_MARKS for t in doc[start:end])


OWN_TRAIT_VERBS = frozenset({"affirmer"})
"""Verbs of data/acted_objects.tsv whose acting sense needs the subject's own trait, a
possessive (`a affirmé son style`, `sa personnalité`): `a affirmé le caractère temporaire
de la mesure` states a property of something else, it is said."""


def acted_upon(doc: Doc, start: int, end: int, head: Token, lemma: str, lex: Lexicon) -> bool:
    """`avaient reconnu le terrain`, `a reconnu l'état de catastrophe naturelle`, `jugera
    l'affaire`, `a avancé la réunion`: a verb of saying with a second sense that acts on
    things, and an object headed by a noun that selects that sense (data/acted_objects.tsv):
    nothing said. No quoted words inside (`a jugé l'affaire « exemplaire »` says a view)."""
    nouns = lex.acted_objects.get(lemma)
    if lemma in OWN_TRAIT_VERBS and doc[start].lower_ not in POSSESSIVES:
        return False
    return bool(nouns) and (fold(head.lemma_) in nouns or fold(head.text) in nouns) and \
        not any(t.text in OPENING_MARKS for t in doc[start:end])


MAKING_KNOWN_VERBS = frozenset({"faire connaître"})
"""Verbs that announce (`a fait connaître sa décision`) and also make famous (`a fait
connaître ses produits dans toute l'Europe`, `ses films ont fait connaître le cinéma
iranien`): only an object naming something decided or said is what was announced."""

MADE_KNOWN_NOUNS = frozenset(fold(w) for w in (
    "décision", "choix", "candidature", "condition", "exigence", "proposition", "résultat",
    "date", "identité", "nom", "calendrier", "montant", "verdict", "conclusion"))
"""Nouns (folded lemmas) of what is decided or found and then announced, besides
data/expression_nouns.txt (`son intention`) and data/speech_event_nouns.txt (`sa
position`): `a fait connaître le nom du lauréat`, `ses conditions`."""


def makes_famous(doc: Doc, start: int, end: int, head: Token, lemma: str, lex: Lexicon
                 ) -> bool:
    """`a fait connaître ses produits`, `a fait connaître son travail grâce aux réseaux
    sociaux`: after a verb that also means to make famous (`MAKING_KNOWN_VERBS`), an
    object naming nothing decided or said (`MADE_KNOWN_NOUNS`, expression and speech-event
    nouns) is what became known, not an announcement; `son nom` after a possessive is the
    subject's own name made famous, `le nom du lauréat` one announced. Quoted words inside
    stay said."""
    if lemma not in MAKING_KNOWN_VERBS or any(t.text in OPENING_MARKS for t in doc[start:end]):
        return False
    words = {fold(head.lemma_), fold(head.text)}
    if "nom" in words and doc[start].lower_ in POSSESSIVES:
        return True
    return not words & (MADE_KNOWN_NOUNS | lex.expressions | lex.speech_events)


def shows_a_carrier(doc: Doc, start: int, end: int, head: Token, lex: Lexicon) -> bool:
    """`a dévoilé un courrier qu'ils avaient reçu`, `a publié des photos du chantier`: an
    object headed by a noun of data/carrier_nouns.txt is a thing shown, whatever follows
    it, unless quoted words inside it were said; `la totalité des images` is judged by
    the noun counted (data/quantity_nouns.txt)."""
    head = counted_noun(doc, head, end, lex.quantities)
    return (fold(head.lemma_) in lex.carriers or fold(head.text) in lex.carriers) and \
        head.i >= start and not any(t.text in OPENING_MARKS for t in doc[start:end])


def object_clitic(doc: Doc, cue: Cue) -> bool:
    """Whether the cue's verb has its direct object as a clitic, before the cue
    (`le lui demandait`) or inside it (`l'écarter`, `l'a écarté`)."""
    return _object_clitic_before(doc, cue.start) or any(
        (doc[k].pos_ == "PRON" or doc[k].dep_ == "obj") and
        doc[k].lower_.replace("’", "'") in DIRECT_OBJECT_CLITICS
        for k in range(cue.start, cue.i))


def _object_clitic_before(doc: Doc, start: int) -> bool:
    """Whether the verb group starting at `start` has its direct object as a clitic right
    before it (`le lui demandait`, `l'a souligné`), whatever tag the parser gave it: what
    follows the verb is then its subject or an adjunct, never what was said."""
    k = start - 1
    if k >= 0 and doc[k].lower_.replace("’", "'") in DATIVE_CLITICS:
        k -= 1
    return k >= 0 and doc[k].lower_.replace("’", "'") in DIRECT_OBJECT_CLITICS


def own_expression(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """`ses condoléances`, `toute sa satisfaction`: a possessive and a noun of what a
    speaker expresses (data/expression_nouns.txt)."""
    words = doc[start:end]
    return any(t.lower_ in POSSESSIVES for t in words[:3]) and any(
        t.pos_ == "NOUN" and (fold(t.lemma_) in lex.expressions or fold(t.text) in lex.expressions)
        for t in words[:4])


def indefinite_des(doc: Doc, k: int, lex: Lexicon) -> bool:
    """`a condamné dans un communiqué des arrestations « arbitraires »`: `des` after the
    noun of a circumstance, before a lower-case noun that names no source, is the plural
    article opening the object, not `de` + `les` completing that noun (the tagger calls it a
    preposition either way); `la réunion des ministres`, `un communiqué des syndicats` keep
    their complement (speaker nouns, `data/speaker_nouns.tsv`), and so does `dans le
    bulletin des vacances la fermeture …`, where a determiner right after the noun (and
    its adjectives) opens the object."""
    if doc[k].lower_ != "des" or k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    if nxt.text in OPENING_MARKS and k + 2 < len(doc) and doc[k + 2].text.islower() and \
            doc[k + 2].pos_ in {"NOUN", "ADJ"} and not lex.noun_class(doc[k + 2]):
        return True  # `a dénoncé dans un message sur les réseaux sociaux des « promesses
        # recyclées »`: quoted words said, not the noun's complement
    if nxt.pos_ != "NOUN" or not nxt.text.islower() or lex.noun_class(nxt):
        return False
    m = k + 2
    while m < len(doc) and doc[m].pos_ == "ADJ":
        m += 1
    return m >= len(doc) or doc[m].pos_ != "DET"
