"""Passive verbs of saying whose agent is given: `X est accusé par ses opposants d'avoir
menti`, `La réforme a été saluée par les syndicats`.

Why apart: the guideline counts a passive report only when the agent is named, and then
the roles turn around: the agent (after `par`) speaks, and the content is the `de`
complement (`accusé … d'avoir menti`) or, for a verb whose object is what was said, the
passive subject (`la réforme` was praised).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate, Cue, make_candidate
from presswatch.nlp.circumstances import says_when
from presswatch.nlp.content_end import content_end, opening_clause_end
from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.marks import Segment, find_segments
from presswatch.nlp.source_phrases import is_source_span
from presswatch.nlp.spans import last_content_char, np_span
from presswatch.textutil import doc_cache, doc_text

# Acts whose passive still reports words: the `de` complement of `accusé par X de …`,
# `remercié par X de …`, `sommé par X de …`; the subject of `critiquée par X`, `saluée par
# X`, `démentie par X`. Other passives (`décidée par`, `acceptée par`) tell what was done.
DE_ACTS = frozenset({"accusation", "demand", "praise"})
TOLD_ACTS = frozenset({"announcement", "warning"})
"""Acts whose passive subject is the one told and whose `de` complement is what they were
told (`Les parents ont été informés par le rectorat d'une fermeture`, `avertis par la
mairie d'une coupure`)."""
NP_ACTS = frozenset({"criticism", "praise", "announcement", "demand"})  # (`rejeté par le
# Sénat` is a vote; `annoncée par le ministère` makes known; `dix ans de prison ont été
# requis par le parquet`, `réclamée par l'opposition` ask for it)
SAID_WHEN_PASSIVE = frozenset({"démentir", "nier", "réfuter", "écarter",
                               "évoquer", "mentionner", "promettre", "reprocher", "confirmer",
                               "suggérer", "préconiser", "recommander", "signaler"})
"""Verbs outside NP_ACTS whose passive subject is still what was said (`Cette piste a été
démentie par le parquet`, `Une reprise a été évoquée par le délégué`, `Une prime a été
promise par la direction`, `Une fraude lui était reprochée par le fisc`): denying,
mentioning, promising, charging, confirming, advising are only done in words. Not
`proposer` (`La réunion, proposée par le président`, a meeting called, not words), nor
`contester`: `Sa candidature, contestée par le collectif` tells a standing dispute."""
PERSONAL_DECISIONS = frozenset({"rejeter", "refuser", "accepter", "approuver"})
"""Verbs whose passive is a vote or a ruling with a body as agent (`rejeté par le Sénat`)
but words with a person as agent (`Une option aussitôt rejetée par la ministre`)."""
JUDICIAL = frozenset({"condamner", "juger"})
"""Verbs whose passive with a court as agent is a sentence, not speech."""

QUE = frozenset({"que", "qu'", "qu’"})
QUE_AFTER_AGENT = 4
"""How far after its agent a passive's `que` may stand (`par la région, mardi, que`)."""


def passive_with_agent(doc: Doc, cue: Cue, unit: tuple[int, int], lex: Lexicon
                       ) -> list[Candidate]:
    """The quote of a passive verb of saying with a `par` agent that can speak."""
    verb = doc[cue.i]
    # `Accusé par ses opposants d'avoir menti, le ministre …`: the agent is in the clause
    unit = (unit[0], opening_clause_end(doc, verb) or unit[1])
    agent = _agent(doc, verb, unit)
    if agent is None or not is_source_span(doc, agent, lex) or (
            cue.verb.act in TOLD_ACTS and _a_means(doc, agent)):
        return []
    text = doc_text(doc)
    frames = cue.verb.frames if cue.verb.lemma not in JUDICIAL else frozenset()
    # the verb's `de` stands before a clause of its own (`… par les pays du Sud mais les
    # pays riches ont renâclé, de peur que …`)
    bound = next((k for k in range(agent[1] + 1, unit[1])
                  if doc[k].lower_ in {"mais", "tandis", ";"} or doc[k].text == ","), unit[1])
    de = next((k for k in range(cue.tail, max(cue.tail, bound) - 1)
               if doc[k].lower_.replace("’", "'") in {"de", "d'"} and
               not agent[0] - 1 <= k < agent[1]), None)
    told = _told_de(doc, agent) if "de" in frames and cue.verb.act in TOLD_ACTS else None
    if told is not None:
        de, agent = told, (agent[0], told)
    if "de" in frames and de is None:
        # `accusé par ses opposants de corruption`: the parser hangs the verb's `de`
        # complement on the agent; the last `de` of the agent phrase is the verb's
        inner = [k for k in range(agent[0] + 1, agent[1] - 1)
                 if doc[k].lower_.replace("’", "'") in {"de", "d'"} and
                 doc[k + 1].pos_ in ({"VERB", "AUX"} if cue.verb.act == "demand" else
                                     {"VERB", "AUX", "NOUN"})]  # `de corruption`, not
        # `par des députés de la majorité`; a demand's `de` opens an infinitive (`sommé
        # par le juge de partir`): `réclamé par les élus d'opposition` is who asked
        if inner:
            de, agent = inner[-1], (agent[0], inner[-1])
    label = _quoted_label(doc, cue, agent)
    if label is not None:
        # `La lettre a été qualifiée de « honte » par X`, `jugée « scandaleuse » par X`:
        # the quoted words between the verb and its agent are the agent's own
        start, end = label.start, label.end
        rule = "attr"
    elif "de" in frames and de is not None and (cue.verb.act in DE_ACTS or (
            cue.verb.act in TOLD_ACTS and cue.verb.kind == "speech")):
        stop = agent[0] - 1 if agent[0] > de else content_end(doc, cue, de + 1, unit[1],
                                                              [cue], lex)
        last = doc[stop - 1]
        start = doc[de + 1].idx
        end = last_content_char(text, start, last.idx + len(last))
        rule = "de"
    elif "que" in frames and (que := next((k for k in range(agent[1], min(
            unit[1], agent[1] + QUE_AFTER_AGENT)) if doc[k].lower_ in QUE and
            doc[k].pos_ == "SCONJ"), None)) and not any(
                t.pos_ in {"VERB", "AUX"} for t in doc[agent[1]:que]):
        # `Il a été précisé par la région que …`: the agent said the clause (with no
        # agent, `il a été annoncé que …` reports nobody's words; a relative `que`,
        # `par le ministre que …`, describes the agent; `Le rapport, publié par la Cour,
        # souligne que …`: that `que` is another verb's)
        start, end = _content_from(doc, cue, que + 1, unit, lex)
        rule = "que"
    elif _names_speech(verb, lex) and \
            (colon := _colon_after(doc, agent, unit)) is not None:
        # `Une nouvelle a été notifiée aux habitants par les pompiers en fin de journée : X`
        start, end = _content_from(doc, cue, colon + 1, unit, lex)
        rule = "colon"
    elif "a" in frames and cue.verb.act in {"appeal", "demand"} and \
            (to := _infinitive_after(doc, agent, unit)) is not None:
        # `Les entreprises ont été invitées par la chambre à recruter des apprentis`
        start, end = _content_from(doc, cue, to + 1, unit, lex)
        rule = "a"
    elif cue.verb.act in REASON_ACTS and (why := _reason_after(doc, agent, unit)) is not None:
        # `L'hôpital a été épinglé par la Haute Autorité pour ses délais d'attente`: the
        # subject is whom it was said of, the `pour` phrase what was said
        start, end = _content_from(doc, cue, why + 1, unit, lex)
        rule = "np"
    elif "np" in frames and (cue.verb.act in NP_ACTS or cue.verb.lemma in SAID_WHEN_PASSIVE or (
            cue.verb.lemma in PERSONAL_DECISIONS and _a_person(doc, agent, lex))):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj:pass", "nsubj"}), None)
        described = described_noun(doc, verb) if subject is None else None
        if described is None and subject is None:
            described = preverbal_subject(doc, verb, unit)
        if described is not None:
            subject = doc[described[0]:described[1]].root
        if subject is None or subject.pos_ == "PRON" or subject.ent_type_ == "PER" or \
                lex.noun_class(subject) in {"role", "group"}:
            return []  # `Le maire a été critiqué par …`: a person is not what was said
        lo, hi = described or np_span(doc, subject)
        start, end = doc[lo].idx, last_content_char(text, doc[lo].idx,
                                                    doc[hi - 1].idx + len(doc[hi - 1]))
        rule = "np"
    else:
        return []
    if end - start < 2:
        return []
    return [make_candidate(start, end, rule, cue, agent)]


REASON_ACTS = frozenset({"criticism", "praise"})
"""Acts whose passive may give, after the agent, what the subject was blamed or praised for
(`critiqué par X pour Y`, `salué par X pour Y`): that `pour` phrase is what was said."""


TIME_NOUNS = frozenset({"fois", "instant", "moment"})
"""Nouns of a `pour` phrase that tells when, not why (`pour la première fois`, `pour
l'instant`, `pour le moment`)."""


def _reason_after(doc: Doc, agent: tuple[int, int], unit: tuple[int, int]) -> int | None:
    """The `pour` right after the agent that opens a noun phrase or an infinitive (`par les
    coureurs pour le tracé`, `pour avoir menti`), or None."""
    k = agent[1]
    if any(t.lower_ in TIME_NOUNS for t in doc[k + 1:min(k + 4, unit[1])]):
        return None  # `critiqué par l'opposition pour la troisième fois`: when, not why
    if k + 1 < unit[1] and doc[k].lower_ == "pour" and (
            doc[k + 1].pos_ in {"DET", "NOUN"} or "Inf" in morph(doc[k + 1], "VerbForm") or
            doc[k + 1].lower_ in {"avoir", "être"}):
        return k
    return None


def preverbal_subject(doc: Doc, verb: Token, unit: tuple[int, int]) -> tuple[int, int] | None:
    """`Une semaine de quatre jours a été réclamée par X`: the noun phrase opening the
    clause right before the passive's auxiliaries, as tokens (start, end), when the parser
    gave the verb no subject (it may call that phrase a mere modifier); None when the words
    before the auxiliaries are not a noun phrase opened by a determiner."""
    k = verb.i
    while k > unit[0] and (doc[k - 1].pos_ == "AUX" or doc[k - 1].lower_ in {"lui", "leur"}):
        k -= 1
    if k == verb.i or k - unit[0] < 2 or doc[unit[0]].pos_ != "DET" or any(
            t.pos_ in {"VERB", "AUX", "PUNCT", "PRON", "SCONJ"} and t.dep_ != "fixed"
            for t in doc[unit[0]:k]):
        return None  # (`fixed` words inside a noun phrase are tagged anyhow: `et demi`)
    if not any(t.pos_ == "NOUN" for t in doc[unit[0]:k]):
        return None
    return unit[0], k


QUOTE_OPENERS = frozenset({"«", "“", '"', "‘", "'"})
AFTER_AGENT = 6
"""How far after its agent a passive's colon or `à` may stand (`par les pompiers en fin de
journée :`)."""


def _names_speech(verb: Token, lex: Lexicon) -> bool:
    """Whether the passive subject names a speech event (`une nouvelle`, `un message`),
    whose words a colon after the agent then gives; other subjects are what was said
    themselves, and a colon after them opens something else. (Any word of the subject:
    the tagger reads `Une nouvelle inquiétante` as an adjective and its noun.)"""
    return any(c.dep_ == "nsubj:pass" and any(
        t.lemma_.lower() in lex.speech_events or t.lower_ in lex.speech_events
        for t in c.subtree) for c in verb.children)


def _colon_after(doc: Doc, agent: tuple[int, int], unit: tuple[int, int]) -> int | None:
    """A colon a few words after the agent with no verb between and words after it."""
    for k in range(agent[1], min(unit[1] - 1, agent[1] + AFTER_AGENT)):
        if doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {";", ".", "«", "“"}:
            return None
        if doc[k].text == ":":
            # (a quotation after the colon is read as a quotation, with its own speaker)
            return k if doc[k + 1].text not in QUOTE_OPENERS else None
    return None


def _infinitive_after(doc: Doc, agent: tuple[int, int], unit: tuple[int, int]
                      ) -> int | None:
    """The `à` right after the agent that opens an infinitive (`par la chambre à recruter`)."""
    k = agent[1]
    if k + 1 < unit[1] and doc[k].lower_ == "à" and (
            "Inf" in morph(doc[k + 1], "VerbForm") or (doc[k + 1].pos_ == "PRON" and
            k + 2 < unit[1] and "Inf" in morph(doc[k + 2], "VerbForm"))):
        return k
    return None


def _told_de(doc: Doc, agent: tuple[int, int]) -> int | None:
    """`informés par l'inspection d'une fermeture`, `par la chambre d'agriculture d'un
    report`: the parser takes what they were told into the agent phrase; it is the first
    `de` there that a determiner and a common noun follow (a bare `d'agriculture`, `de
    l'Éducation nationale` name the agent)."""
    return next((k for k in range(agent[0] + 1, agent[1] - 1)
                 if doc[k].lower_.replace("’", "'") in {"de", "d'"} and
                 doc[k + 1].pos_ == "DET" and k + 2 < agent[1] and
                 doc[k + 2].pos_ != "PROPN" and not doc[k + 2].text[:1].isupper()), None)


def _a_person(doc: Doc, agent: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the agent phrase names a person (a name or a role noun), not a body."""
    root = doc[agent[0]:agent[1]].root
    return root.ent_type_ == "PER" or (root.pos_ == "PROPN" and any(
        t.ent_type_ == "PER" for t in doc[agent[0]:agent[1]])) or lex.noun_class(root) == "role"


ADVERBIAL_PHRASES = (("d'", "ores", "et", "déjà"), ("déjà",), ("récemment",))
"""Adverbs a participle describing a noun may follow, tagged anyhow (`ores` as a pronoun)."""


def described_noun(doc: Doc, participle: Token) -> tuple[int, int] | None:
    """`la hausse des frais, récemment annoncée par le gouvernement`, `Une option d'ores et
    déjà rejetée par X`: the noun phrase just before a participle with no subject of its own
    (set off by a comma or not, after adverbs), which the participle describes, as tokens
    (start, end); None when no noun ends there. Read from the words: the parser hangs such
    a participle on the main verb or on the adverb."""
    k = participle.i
    while k > 0:
        words = next((w for w in ADVERBIAL_PHRASES if k >= len(w) and tuple(
            t.lower_.replace("’", "'") for t in doc[k - len(w):k]) == w), None)
        if words is not None:
            k -= len(words)
        elif doc[k - 1].pos_ == "ADV":
            k -= 1
        else:
            break
    if k > 0 and doc[k - 1].text == ",":
        k -= 1
    if k == 0 or doc[k - 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    head = doc[k - 1]
    while head.dep_ in {"nmod", "amod", "flat:name"} and head.head.i < head.i and \
            head.head.pos_ in {"NOUN", "PROPN"} and head.head.i >= sentence_bounds(head)[0]:
        head = head.head  # `la hausse des frais` from `frais`
    lo, _ = np_span(doc, head)
    while lo < k and doc[lo].pos_ == "ADP":
        lo += 1  # (`contre la suppression …`: the preposition is the main verb's)
    # a determiner opens it: `…, condition exigée par X` is the writer's apposition
    return (lo, k) if lo < k and doc[lo].pos_ == "DET" and head.pos_ != "ADJ" else None


def agentive_participle(doc: Doc, verb: Token, unit: tuple[int, int]) -> bool:
    """`la réforme, qualifiée d'« injuste » par les syndicats`: a past participle with no
    auxiliary whose `par` agent the parser found is as passive as `a été qualifiée` (the
    tagger often calls such a participle an adjective)."""
    if any(c.dep_.startswith("aux") for c in verb.children) or \
            any(t.pos_ == "AUX" for t in doc[max(0, verb.i - 4):verb.i]):
        return False  # (`ont sans réserve condamné`: a compound tense the parse broke)
    participle = verb.pos_ == "ADJ" or (
        "Part" in morph(verb, "VerbForm") and "Past" in morph(verb, "Tense"))
    if not participle:
        return False
    agent = _agent(doc, verb, unit)
    # (the parser also calls `d'un « petit pas »` an agent: only `par` introduces one)
    return agent is not None and agent[0] > 0 and doc[agent[0] - 1].lower_ == "par" and (
        doc[agent[0]: agent[1]].root.head.i == verb.i or
        _only_a_label_between(doc, verb.i, agent[0] - 1))


LABEL_ACTS = frozenset({"opinion", "criticism", "praise", "accusation"})
"""Acts of verbs that give a judgement a passive may quote (`qualifié de`, `jugé`)."""


def _quoted_label(doc: Doc, cue: Cue, agent: tuple[int, int]) -> Segment | None:
    """A short quotation standing between the passive verb and its `par` agent, as the
    verb's attribute (`de « honte »`, `« scandaleuse »`), or None."""
    if cue.verb.act not in LABEL_ACTS or agent[0] <= cue.tail:
        return None
    return _label_between(doc, doc[cue.tail].idx, doc[agent[0]].idx)


def _only_a_label_between(doc: Doc, verb: int, by: int) -> bool:
    """Whether only `de`/`comme` and one quotation stand between the verb and `par`."""
    return _label_between(doc, doc[verb].idx + len(doc[verb]), doc[by].idx) is not None


def _label_between(doc: Doc, lo: int, hi: int) -> Segment | None:
    """The quotation between characters `lo` and `hi` with only `de`/`d'`/`comme` before
    it and at most `par` after it."""
    text = doc_text(doc)
    for seg in doc_cache(doc, "segments", find_segments):
        if lo <= seg.open and seg.outer_end <= hi and \
                text[lo:seg.open].strip().lower().replace("’", "'") in {"", "de", "d'", "comme"} \
                and text[seg.outer_end:hi].strip(" ,").lower() in {"par", ""}:
            return seg
    return None


def _a_means(doc: Doc, agent: tuple[int, int]) -> bool:
    """Whether the `par` phrase is a bare common noun, the means of telling and not who told
    (`informés par courrier d'une hausse`): an agent has a determiner or is a name. Asked
    of the verbs of telling someone only (`accusé par courrier anonyme de …`, older,
    keeps its reading)."""
    root = doc[agent[0]:agent[1]].root
    return root.pos_ == "NOUN" and not any(c.dep_ == "det" for c in root.children) and \
        not any(t.ent_type_ for t in doc[agent[0]:agent[1]])


def _agent(doc: Doc, verb: Token, unit: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase after `par` that the parser made the agent of `verb` (or of a
    word it governs: `accusé d'avoir menti par ses opposants`)."""
    for t in doc[verb.i + 1: unit[1]]:
        # the parser may call the agent a mere oblique of the verb or of its quoted label
        # (`qualifié de « honte » par l'opposition`, `jugé « insuffisant » par X`)
        par = next((c.i for c in t.children if c.dep_ == "case" and c.lower_ == "par"), None)
        by = t.dep_ == "obl:agent" or (t.dep_.split(":")[0] in {"obl", "nmod"} and
                                       par is not None and (
            t.head.i == verb.i or _only_a_label_between(doc, verb.i, t.left_edge.i) or
            _after_a_duration(t.head, verb) or _after_a_recipient(t.head, verb)))
        if not by or not any(a.i == verb.i for a in t.ancestors):
            continue
        lo, hi = np_span(doc, t)
        if par is not None and lo <= par:
            lo = par + 1  # (`depuis longtemps par les commerçants`: the parser may hang
            # the duration on the agent)
        elif doc[lo].lower_ == "par":
            lo += 1
        for k in range(lo + 1, hi):
            infinitive_after = doc[k].lower_.replace("’", "'") in {"de", "d'"} and \
                k + 1 < hi and doc[k + 1].pos_ in {"VERB", "AUX"}
            if infinitive_after or says_when(doc, k) or doc[k].text == ",":
                hi = k  # `par ses opposants d'avoir menti`, `par le ministère mardi`
                break
        return (lo, hi) if hi > lo else None
    return None



DURATION_PREPOSITIONS = frozenset({"depuis", "pendant", "durant"})
RECIPIENT_PREPOSITIONS = frozenset({"à", "aux", "au"})


def _after_a_recipient(head: Token, verb: Token) -> bool:
    """`a été notifiée aux habitants par les pompiers`: the parser hangs the agent on the
    recipient between the verb and `par`."""
    return head.head.i == verb.i and head.i > verb.i and head.dep_.startswith("obl") and any(
        c.dep_ == "case" and c.lower_ in RECIPIENT_PREPOSITIONS for c in head.children)


def _after_a_duration(head: Token, verb: Token) -> bool:
    """`était demandée depuis des années par les pays du Sud`: the parser hangs the agent
    on the duration between the verb and `par`."""
    return head.head.i == verb.i and head.dep_.startswith("obl") and any(
        c.dep_ in {"case", "advmod"} and c.lower_ in DURATION_PREPOSITIONS for c in head.children)


def speech_verb_over_participle(doc: Doc, participle: Token, lex: Lexicon) -> Token | None:
    """`X a critiqué, mardi soir sur RTL, la réforme, jugée « injuste »`: an agentless
    participle of judgement set off by a comma after the object of a verb of saying (the
    object being what was said) gives the judgement of that verb's subject; returns that
    verb, or None. Read from the words, not the parse: an aside with a quoted title
    (`dans l'émission « Les Grandes Gueules »`) makes the parser hang the object anywhere
    or open a sentence inside it."""
    if ("Part" not in morph(participle, "VerbForm") and participle.pos_ != "ADJ") or any(
            c.dep_.startswith("aux") for c in participle.children) or \
            any(t.pos_ == "AUX" for t in doc[max(0, participle.i - 4):participle.i]):
        return None  # (`ont clairement mis en garde`: a compound tense, whatever the parse)
    tok = participle
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # `jugée « … » et accusée de « … »`
    if tok.i < 3 or doc[tok.i - 1].text != ",":
        return None
    for k in range(tok.i - 2, max(-1, tok.i - 30), -1):
        t = doc[k]
        if t.text in {".", ";", ":", "?", "!"} or t.lower_ in RELATIVES:
            return None
        if t.pos_ in {"VERB", "AUX"}:
            reporting = lex.verb(t.lemma_.lower())
            # (a verb whose object is what was said: `a présenté la loi, jugée …` is not)
            ok = reporting is not None and reporting.kind == "speech" and \
                "np" in reporting.frames and k + 1 < tok.i - 1
            return t if ok else None
    return None


RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})
"""Words opening a clause of its own between the verb and the participle."""


def _content_from(doc: Doc, cue: Cue, first: int, unit: tuple[int, int], lex: Lexicon
                  ) -> tuple[int, int]:
    """The characters of what was said, from token `first` (after `que`, a colon or `à`)
    to where the content ends in the sentence unit."""
    last = doc[content_end(doc, cue, first, unit[1], [cue], lex) - 1]
    start = doc[first].idx
    return start, last_content_char(doc_text(doc), start, last.idx + len(last))
