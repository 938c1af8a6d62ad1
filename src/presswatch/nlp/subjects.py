"""Who the subject of a reporting verb is: the mention a quote's speaker is resolved from.

Before the verb (`Le ministre, lui, a déclaré`), after `selon`, before a colon, or signing a
pull-quote; inverted after the verb is `nlp/inverted_subjects.py`. The result is a token
span; `nlp/speakers.py` turns it into a name or a description. This module decides which
reading applies and trims the span (a topic pronoun, an aside, a credit line); the subject
as parsed and repaired is `nlp/parsed_subjects.py`, the speaker of a verb without a subject
of its own (`l'occasion pour X de dire`, `Estimant que …, X`) `nlp/implicit_subjects.py`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.candidates import Cue
from presswatch.nlp.cues import SUBJECT_PRONOUNS, auxiliary_before_aside
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    CLITICS,
    DE_FORMS,
    NEGATION,
    TOPIC_PRONOUNS,
    is_present_participle,
    participle_after_clitics,
)
from presswatch.nlp.implicit_subjects import (
    dative_controller,
    pour_before_infinitive,
    selon_source_before,
)
from presswatch.nlp.misread_verbs import (
    ADVERBIAL_LOCUTIONS,
    before_stressed_aside,
    hung_on_its_subject,
    misread_after_et,
    misread_after_object_clitic,
    misread_after_subject,
    opening_noun_phrase,
    present_tense_form,
    subject_after_relative_que,
)
from presswatch.nlp.parsed_subjects import parsed_subject
from presswatch.nlp.people import is_title
from presswatch.nlp.spans import with_rank
from presswatch.nlp.speaker_voices import voice_of
from presswatch.nlp.verb_forms import glued_to_a_name


def bare_past_participle(doc: Doc, token: Token, cue: Cue) -> bool:
    """A past participle with no auxiliary opening its clause (`Interrogé par …, X a dit`)."""
    if "Part" not in morph(token, "VerbForm") or "Past" not in morph(token, "Tense") \
            or cue.clitic is not None or present_tense_form(token, cue.verb.lemma) or \
            token.lower_.endswith("ant"):
        return False  # (`proclame-t-il`: a subject after it makes the verb finite; `…,
        # déplore que`, `Reprochant à X de …`: spelled as a present or a present
        # participle, whatever the tagger says)
    if any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in token.children) \
            or any(t.lemma_ in {"avoir", "être"} for t in doc[cue.start:token.i]):
        return False  # (`a de son côté parlé`: the cue holds an auxiliary the parse lost)
    prev = doc[cue.start - 1] if cue.start > 0 else None
    return prev is None or prev.is_punct or prev.is_space or bool(doc[cue.start].is_sent_start)


def subject_mention(doc: Doc, verb: Token, tail: int | None = None
                    ) -> tuple[int, int] | None:
    """The subject of a forward reporting verb, as a token span (or None); the person a
    `par la voix de` aside names rather than the body that speaks through them."""
    span = _subject(doc, verb, tail)
    if span is None and _hung_on_the_next_word(verb, tail):
        verb = verb.head
        span = _subject(doc, verb, tail)
    if span is not None:
        span = _holder_of_relative_aside(doc, verb, span) or span
    return voice_of(doc, verb, span) or span


RELATIVE_OPENERS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})
"""Words that open a relative clause set off after a noun (`X, dont la maison …,`)."""


def _holder_of_relative_aside(doc: Doc, verb: Token, span: tuple[int, int]
                              ) -> tuple[int, int] | None:
    """`Martine Garnier, 54 ans, dont le magasin jouxte l'entrepôt, raconte : « … »`: a
    subject found inside a relative clause set off by commas, which closes right before
    the verb (or its negation, clitics, auxiliary), is that clause's own subject; the
    parser, meeting a verb of the relative it misread (`surplombe` as an adjective), hung
    the sentence's verb in the relative. The verb's subject is the noun phrase the
    relative hangs on, opening the sentence with its appositions (`, 54 ans,`). Not when
    a comma follows the found subject (`dont le fils, élu local, affirme`: an apposition
    of the relative's subject, whose verb this is; nor when the relative holds no verb
    of its own)."""
    g = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    while g > 0 and doc[g - 1].lower_ in NEGATION | CLITICS:
        g -= 1
    lo, hi = span
    start = verb.sent.start
    if g < 2 or doc[g - 1].text != "," or not start < lo < hi <= g - 1:
        return None
    opener = next((k for k in range(lo, start, -1) if doc[k].lower_ in RELATIVE_OPENERS and
                   doc[k - 1].text == ","), None)
    if opener is None or any(doc[k].is_punct for k in range(opener + 1, lo)):
        return None
    clause = doc[opener + 1: g - 1]
    if any(t.text == "," or t.is_space for t in clause) or not any(
            t.pos_ in {"VERB", "AUX"} or (t.pos_ in {"ADJ", "NOUN"} and t.i + 1 < g and
                                          doc[t.i + 1].pos_ == "DET") for t in clause):
        return None  # (the relative's verb, or a word the tagger misread with its object
        # after it, must be there: `dont le fils, affirme` has none, the verb is its own)
    comma = opener - 1
    opening = doc[start:comma]
    if not all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or t.text == "," or
               t.lower_ in DE_FORMS for t in opening) or \
            not any(t.pos_ in {"NOUN", "PROPN"} for t in opening):
        return None
    return start, comma


def _hung_on_the_next_word(verb: Token, tail: int | None) -> bool:
    """Whether the parser hung the verb on a word whose subject is the verb's: an
    expression's verb on the word after it (`a tenu à faire remarquer que`), a participle
    as the object of its own auxiliary (`Il a tweeté que`). Asked when the verb itself
    has no subject."""
    head = verb.head
    return (verb.dep_ in {"dep", "aux:caus"} and tail is not None and
            verb.i < head.i < tail) or (
        verb.dep_ == "obj" and head.i == verb.i - 1 and head.lemma_ == "avoir")


def _subject(doc: Doc, verb: Token, tail: int | None) -> tuple[int, int] | None:
    if (beneficiary := pour_before_infinitive(doc, verb)) is not None:
        return beneficiary
    if (allowed := dative_controller(doc, verb)) is not None:
        return allowed
    if is_present_participle(verb) and (source := selon_source_before(doc, verb)):
        return source  # `…, selon le chef de l'agence, promettant que …`
    if is_present_participle(verb) and verb.i >= 3 and doc[verb.i - 3].text == "," and \
            doc[verb.i - 2].pos_ == "DET" and doc[verb.i - 1].pos_ in {"ADJ", "NOUN", "NUM"}:
        return verb.i - 2, verb.i  # `…, le premier assurant que …`, `…, la seconde
        # affirmant …`: a determiner and one word after a comma are the participle's own
        # subject (an absolute clause), whatever verb the parser hangs it on
    if participle_after_clitics(verb) and not is_present_participle(verb) and \
            (root := verb.sent.root).i < verb.i and root.pos_ in {"VERB", "AUX"}:
        return subject_mention(doc, root)  # `X a rejeté les accusations, les qualifiant
        # de …`: the participle the tagger read as a future shares the sentence's subject
    if (relative := subject_after_relative_que(doc, verb)) is not None:
        return relative  # `Un choix que l'opposition juge « injuste »`, `juge` misread
    if (verb.pos_ not in {"VERB", "AUX"} and misread_after_subject(doc, verb)) or \
            hung_on_its_subject(doc, verb) or glued_to_a_name(doc, verb):
        # `Le ministre juge que`, `Le maire, lui, juge que`: the parse broke
        return opening_noun_phrase(doc, before_stressed_aside(doc, verb.i))
    if verb.pos_ not in {"VERB", "AUX"} and misread_after_object_clitic(doc, verb):
        return opening_noun_phrase(doc, verb.i - 1)  # `Le maire la juge « … »`
    if verb.pos_ not in {"VERB", "AUX"} and misread_after_et(doc, verb):
        first = next(t for t in doc[verb.sent.start:verb.i - 1]
                     if t.pos_ == "VERB" and "Fin" in morph(t, "VerbForm"))
        return subject_mention(doc, first)  # `X parle d'… et dément …`: X's second verb
    if verb.pos_ not in {"VERB", "AUX"} and verb.i > 0 and \
            doc[verb.i - 1].lower_ in SUBJECT_PRONOUNS:
        return verb.i - 1, verb.i  # `Elle dément toute implication`
    span = parsed_subject(doc, verb, tail)
    if span is not None and _an_aside(doc, span):
        # `Ce dernier, qui brigue un mandat, a de son côté promis`: the parser made the
        # aside between the auxiliary and the participle the subject
        span = opening_before_relative(doc, verb)
    if span is None and ("Fin" in morph(verb, "VerbForm") or
                         present_tense_form(verb, verb.lemma_.lower()) or
                         _present_read_as_participle(doc, verb)):
        span = opening_noun_phrase(doc, verb.i)  # `Retraites : la CGT juge que …`, hung
        # as an apposition
    if span is None or (span[1] - span[0] == 1 and doc[span[0]].lower_ in TOPIC_PRONOUNS):
        return _topic_before(doc, verb) or _quant_a_topic(doc, span) or span
    if span[1] - span[0] == 1 and doc[span[0]].lower_ in {"il", "ils"}:
        return _quant_a_topic(doc, span) or span
    span = _whole_opening_phrase(doc, verb, span)
    span = _head_before_bare_apposition(doc, span)
    aux = auxiliary_before_aside(doc, verb.i)
    if aux is not None and span[0] < aux < span[1]:
        span = (span[0], aux)  # `La ministre a, de son côté, estimé`: the parser's subject
        # may run over the auxiliary the aside cut off
    return with_rank(doc, _without_aside(doc, _without_topic_pronoun(doc, span)))


def _an_aside(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the span opens with an adverbial locution (`de son côté`, `pour sa part`,
    `quant à lui`): an aside, never a subject."""
    words = tuple(t.lower_ for t in doc[span[0]:span[1]])
    return any(words[:len(w)] == w for w in ADVERBIAL_LOCUTIONS)


def opening_before_relative(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`Ce dernier, qui brigue un troisième mandat, a …`: the noun phrase opening the
    verb's sentence, before a relative clause set off by commas that ends right before
    the verb's auxiliary (or the verb); None when the words are otherwise."""
    start = verb.sent.start
    comma = next((k for k in range(start + 1, min(verb.i, start + 8)) if doc[k].text == ","),
                 None)
    if comma is None or comma + 1 >= verb.i or doc[comma + 1].lower_ not in {
            "qui", "que", "qu'", "qu’", "dont"} or not all(
            doc[k].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} for k in range(start, comma)):
        return None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")] +
                [k for k in range(comma + 1, verb.i) if doc[k].lower_ in {"a", "ont"}])
    return (start, comma) if doc[first - 1].text == "," else None


def _whole_opening_phrase(doc: Doc, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """`Une étude publiée mercredi dans la revue Nature Geoscience estime que …`: a parse
    that made the sentence's opening noun its root, and the last word of that noun's own
    complement the verb's subject, cut the subject off its head; the whole opening phrase
    is the subject (the study, not the journal)."""
    if span[0] == 0 or span[1] != verb.i or doc[span[0] - 1].is_punct or \
            doc[span[0] - 1].is_space:
        return span
    top = doc[span[0] - 1]
    start = top.sent.start  # (the parse may have begun a sentence at the cut)
    while top.head.i != top.i and top.head.i < span[0]:
        top = top.head
    if top.dep_ != "ROOT" or top.pos_ != "NOUN" or top.i == verb.i or \
            top.left_edge.i != start or top.right_edge.i != span[0] - 1:
        return span
    return start, span[1]


def _head_before_bare_apposition(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`Le porte-parole du parti, membre de la coalition, a indiqué …`, `La directrice,
    mère de trois enfants, a expliqué …`, `Une salariée de l'usine, vingt ans d'ancienneté,
    a confié …` (a number opens it): an apposition without article set off after the
    subject is what the parse may make the subject; the noun phrase opening the clause
    before its comma is."""
    lo = span[0]
    if lo < 3 or doc[lo - 1].text != "," or doc[lo].pos_ not in {"NOUN", "ADJ", "NUM"} or any(
            t.pos_ == "PROPN" or t.ent_type_ == "PER" or is_title(t)
            for t in doc[lo:span[1]]):
        return span  # (`…, maître X puis maître Y avaient …`, `…, Mme X a déclaré`: names)
    k = lo - 2
    while k > 0 and not doc[k - 1].is_punct and not doc[k - 1].is_space and (
            doc[k - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or
            doc[k - 1].lower_ in {"de", "du", "des", "d'", "d’", "aux", "au"}):
        k -= 1
    opens = k == 0 or doc[k - 1].is_punct or doc[k - 1].is_space or doc[k].is_sent_start
    named = all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[k:lo - 1])
    if not opens or (doc[k].pos_ != "DET" and not named) or not any(
            t.pos_ in {"NOUN", "PROPN"} for t in doc[k:lo - 1]):
        return span
    return k, lo - 1  # (a name set off after its role is the subject too: `Le maire,
    # Benoît Payan, présent à ses côtés, a salué`)


def _present_read_as_participle(doc: Doc, verb: Token) -> bool:
    """`La maire décrit la situation comme …`, `Le syndicat dit sa colère`: verbs in -ire
    spell the present like the participle (`décrit`, `dit`, `écrit`), and the parser reads
    one after the opening noun as a participle describing it; with a determiner right
    after (its object), it is the sentence's verb."""
    return verb.lemma_.lower().endswith("ire") and verb.lower_.endswith("it") and \
        verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "DET"


def _without_aside(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`Le chef de l'État, de son côté, a appelé`: an aside after a comma that names
    nobody (no person, no title) is not part of the subject, nor is what stands before a
    colon."""
    lo, hi = span
    # `Iran Press/ Le Monde : La Russie, quant à elle, a nié`: a credit line before a
    # colon is not part of the subject
    colon = max((k for k in range(lo, hi - 1) if doc[k].text == ":"), default=None)
    if colon is not None:
        after = colon + 1
        while after < hi and (doc[after].is_space or doc[after].is_punct):
            after += 1
        lo = after if after < hi else lo
    for k in range(lo + 1, hi):
        aside = doc[k + 1: hi]
        # `L'association, présidée par Claire Bres, a appelé …`: the agent of a
        # participle in the aside is not the subject, named or not
        agent_aside = len(aside) > 2 and "Part" in morph(doc[k + 1], "VerbForm") and \
            "Past" in morph(doc[k + 1], "Tense") and doc[k + 2].lower_ == "par"
        if doc[k].text == "," and aside and (agent_aside or not any(
                t.ent_type_ == "PER" or is_title(t) for t in aside)) and (
                doc[k + 1].pos_ in {"ADP", "ADV"} or doc[k + 1].text in '«"“' or
                "Part" in morph(doc[k + 1], "VerbForm") or _adjective_heads(doc[k + 1], hi) or
                not any(t.pos_ in {"NOUN", "PROPN"} for t in aside)):
            return lo, k  # `, de son côté,`; `, « profondément attristé »,`; `, ému,`;
            # `, interrogé par la radio,`; `, présent à Lyon ce jour-là,`
    return lo, hi


def _adjective_heads(token: Token, end: int) -> bool:
    """An adjective that opens an aside and qualifies no noun in it (`présent à Lyon ce
    jour-là`, `seul rescapé` aside): it describes the subject's state, which is no part
    of who they are; `ancien maire de X` (the adjective of a role noun) stays."""
    return token.pos_ == "ADJ" and not (token.i < token.head.i < end)


def _quant_a_topic(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """`Quant au ministre, il estime …`: a sentence opened by `quant à` names its topic,
    which the subject pronoun right after the comma takes up (its words from `à` on:
    `au ministre` says `le ministre`)."""
    if span is None or span[0] < 4 or doc[span[0] - 1].text != ",":
        return None
    start = doc[span[0]].sent.start
    if doc[start].lower_ != "quant" or doc[start + 1].lower_ not in QUANT_A:
        return None
    if any(t.is_punct and not (t.text == "-" and not doc[t.i - 1].whitespace_)
           for t in doc[start + 2: span[0] - 1]):
        return None  # (a hyphen inside a name, `M. Verdier-Lamy`, is no break)
    # `à la présidente`: from the article on; `au ministre`: the article is in `au`
    return (start + 2 if doc[start + 1].lower_ == "à" else start + 1), span[0] - 1


QUANT_A = frozenset({"à", "au", "aux"})
"""What follows `quant` in `quant à X`: the topic's preposition, contracted or not."""


SUBJECT_CLITICS = frozenset({"elle", "elles"})
"""Topic pronouns that are also plain subjects: stressed only when commas set them off."""


def _topic_before(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`Mbappé, lui, a refusé …`: the noun phrase before `, lui,` (the parser often
    attaches it anywhere but as the subject)."""
    k = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")]) - 1
    set_off = k >= 0 and doc[k].text == ","
    if set_off:
        k -= 1
    if k < 2 or doc[k].lower_ not in TOPIC_PRONOUNS or doc[k - 1].text != ",":
        return None
    if not set_off and doc[k].lower_ in SUBJECT_CLITICS:
        return None  # `Dans un communiqué publié lundi, elle a annoncé`: `elle` is the
        # subject itself, not a stressed pronoun repeating one
    hi = lo = k - 1
    while lo > 0 and doc[lo - 1].pos_ in {"PROPN", "NOUN", "DET", "ADJ"} and \
            not doc[lo - 1].is_punct and hi - lo < 8:
        lo -= 1
    if lo > 0 and doc[lo - 1].pos_ == "ADP":
        return None  # `Dans un appel, elle a demandé …`: a circumstance, not a topic
    return (lo, hi) if lo < hi else None


def _without_topic_pronoun(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`les syndicats, eux,` → `les syndicats`."""
    lo, hi = span
    while hi - lo > 2 and (doc[hi - 1].text == "," or doc[hi - 1].lower_ in TOPIC_PRONOUNS):
        if doc[hi - 1].lower_ in TOPIC_PRONOUNS and doc[hi - 2].text != ",":
            break
        hi -= 1
    return lo, hi


def np_end(doc: Doc, cue: Cue, mention: tuple[int, int] | None) -> int:
    return max(cue.end, mention[1] if mention else cue.end)
