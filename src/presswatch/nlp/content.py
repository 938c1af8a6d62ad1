"""Where the reported content of a forward cue starts.

After `que`, `de` + infinitive, `:`, a noun phrase (`a nié les allégations`), an attribute
(`s'est dite « prête »`) or `sur`; past addressees, media and circumstances (`a déclaré
sur Europe 1 à la presse que`). Where it stops is `presswatch.nlp.content_end`; who the
addressee walked past is, and whether a noun phrase names a person at all, is
`presswatch.nlp.content_addressees`. The walk's shared state is
`presswatch.nlp.content_scan`; the step for a noun phrase, `presswatch.nlp.content_noun_phrase`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Cue
from presswatch.nlp.circumstances import (
    ADDRESSEE_PREPOSITIONS,
    DE_PREPOSITIONS,
    MOMENT_NOUNS,
    POSSESSIVES,
    PREPOSITIONAL_NOUNS,
    again_at,
    again_before,
    channel_end,
    date_end,
    is_channel,
    says_when,
    skip_circumstance,
)
from presswatch.nlp.content_addressees import addressee_np_end, is_person_np
from presswatch.nlp.content_noun_phrase import noun_phrase_content
from presswatch.nlp.content_objects import indefinite_des, object_clitic, shows_a_carrier
from presswatch.nlp.content_openings import (
    OCCASION_OPENERS,
    adjective_then_infinitive,
    adverbs_or_dates,
    attribute_at,
    attribute_then_que,
    infinitive_opens,
    naming_attribute,
    object_after_addressee,
    occasion_aside,
    quoted_clause,
    relative_attribute,
    said_opens,
)
from presswatch.nlp.content_scan import Found, Outcome, Scan, Walk
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    A_PREPOSITIONS,
    ADDRESSEE_STOP,
    ADVERBIAL_AFTER_DE,
    ADVERBS_BEFORE_QUE,
    CLITICS,
    CONJUNCTION_HEADS,
    NEGATION,
    OPENING_MARKS,
    QUE,
)
from presswatch.nlp.spans import pp_np_end, tagged_verb

QUESTION_WORDS = frozenset({"pourquoi", "comment", "combien", "quand", "où", "qui"})
"""Words that open an indirect question after a verb of asking, as `si` does."""

INFINITIVE_ACTS = frozenset({"statement", "opinion", "promise"})
"""Acts whose verbs report with a bare infinitive, the lexicon's `inf` frame or not (`a
indiqué avoir reçu …`, `a estimé pouvoir …`, `a promis venir`)."""

FREE_RELATIVES = frozenset({"que", "qu'", "qui", "dont"})
"""What follows `ce` in a free relative said as a noun phrase (`ce que la France avait
promis`, `ce qui constitue une avancée`)."""


def _quoted_infinitive(doc: Doc, k: int, limit: int) -> bool:
    """Whether the quoted words at `k` open on a verb, after at most a negation or a
    pronoun or two (`« passer en force »`, `« tout faire »`, `« ne pas céder »`): `de`
    introduced an infinitive, not a noun phrase (`de « graves manquements »`)."""
    m = k
    while m < min(limit, k + 3) and (doc[m].pos_ in {"PRON", "ADV"} or
                                     doc[m].lower_.replace("’", "'") in NEGATION):
        m += 1
    return m < limit and doc[m].pos_ in {"VERB", "AUX"} and (
        m == k or "Inf" in morph(doc[m], "VerbForm"))


def _ends_a_conjunction(doc: Doc, que: int, cue: Cue) -> bool:
    """`relayé par la radio ainsi que la presse`: `ainsi que` joins two noun phrases;
    right after the verb (`a dit ainsi que …`, `a reconnu depuis que …`) the first word
    is an adverb and `que` opens the content. The last word of a multi-word cue is no
    conjunction's head (`a mis en avant que …` is not `avant que`)."""
    before = doc[que - 1].lower_ if que > 0 else ""
    return que > cue.tail and before in CONJUNCTION_HEADS and not again_before(doc, que) and not (
        before in ADVERBS_BEFORE_QUE and que - 1 == cue.tail)  # (`une nouvelle fois que`)


def complement_start(doc: Doc, cue: Cue, limit: int, lex: Lexicon) -> Found | None:
    """Token where the reported content starts after a forward cue, the frame that
    introduced it, and an addressee (`a dit à M. Macron que …`).

    Each word after the cue is offered to the steps of `STEPS` in turn (their order is
    part of the rules: a `que` is read before a date, a date before a noun phrase); the
    first that recognises it decides (`presswatch.nlp.content_scan`)."""
    if (called := relative_attribute(doc, cue.i, cue.lemma, cue.tail, limit)) is not None:
        return called, "attr", None  # `ce qu'ils dénoncent comme une trahison`
    scan = Scan(doc, cue, limit, lex, j=cue.tail)
    steps = 0
    while scan.j < limit and steps < 40:
        steps += 1
        scan.look()
        if scan.token.is_space:
            scan.j += 1
            continue
        for step in STEPS:
            outcome = step(scan)
            if outcome is Walk.NEXT:
                break
            if outcome is not None:
                return None if outcome is Walk.STOP else outcome
        else:
            return None
    return None


CONJUNCTIONS_BEFORE_QUE = frozenset({"alors", "tandis", "parce", "pendant", "afin", "bien",
                                     "sans", "dès", "avant", "après", "depuis", "maintenant"})
"""Words that make a conjunction with the `que` after them (`alors que`, `bien que`): after
a verb that takes no `que` clause, that `que` opens no content."""
ONLY_CONJUNCTIONS_BEFORE_QUE = frozenset({"tandis", "parce", "pendant", "afin", "après",
                                          "avant", "sans", "dès"})
"""Of those, the ones that never stand before a `que` of content, whatever the verb (`a
répondu après que les journalistes l'ont interrogé`: when, not what; `depuis`, `alors`,
`maintenant` may be adverbs before the content's `que`)."""


def _clause_openers(scan: Scan) -> Outcome:
    """`que`, `si`, `:`: a clause said; `et à …` a second addressee."""
    doc, cue, j, t, low, frames = scan.doc, scan.cue, scan.j, scan.token, scan.low, scan.frames
    if low in {"que", "qu'"} and j > cue.tail and \
            doc[j - 1].lower_ in CONJUNCTIONS_BEFORE_QUE and (
                "que" not in frames or doc[j - 1].lower_ in ONLY_CONJUNCTIONS_BEFORE_QUE):
        return Walk.STOP  # `Ces déclarations interviennent alors que la tension persiste`:
        # `alors que`, `tandis que` open a clause of time or contrast, not what was said
    if low in {"que", "qu'"} and t.pos_ in {"SCONJ", "PRON", "ADV"} and \
            not _ends_a_conjunction(doc, j, cue):
        if "que" not in frames and "Rel" in morph(t, "PronType") and \
                doc[j - 1].pos_ in {"NOUN", "PROPN"}:
            return Walk.STOP  # `réagissant à la victoire de la liste qu'il dirigeait`
        return scan.found(j + 1, "que")
    if low == "qu" and _followed_by_apostrophe(doc, j, scan.limit):
        return scan.found(j + 2, "que")  # `assure qu'« aucune … »`, split by the tokenizer
    if scan.addressee is not None and low == "et" and j + 1 < scan.limit and \
            doc[j + 1].lower_ in ADDRESSEE_PREPOSITIONS and doc[j + 1].pos_ == "ADP":
        return scan.walk_to(j + 1)  # `a demandé aux étudiants et à toute la communauté de …`
    if (low == "si" or (low == "s'" and j + 1 < scan.limit and doc[j + 1].lower_ in {
            "il", "ils"})) and ("si" in frames or cue.verb.act == "question"):
        return scan.found(j + 1, "si")  # (`s'il`: `si` elided before `il`)
    if low in QUESTION_WORDS and t.pos_ in {"ADV", "PRON", "SCONJ"} and \
            ("si" in frames or cue.verb.act == "question"):
        return scan.found(j, "si")  # `s'est demandé pourquoi …`: the question word is
        # part of the question asked
    if low == ":":
        return scan.found(j + 1, "colon")
    return None


def _de_openers(scan: Scan) -> Outcome:
    """`de` + an infinitive or a noun phrase, `des`/`du` + a noun phrase; `de nouveau` is
    an adverb."""
    doc, cue, j, t, low, nxt = scan.doc, scan.cue, scan.j, scan.token, scan.low, scan.next_token
    frames, limit = scan.frames, scan.limit
    if low in {"de", "d'"} and nxt is not None and nxt.lower_ in ADVERBIAL_AFTER_DE:
        return scan.walk_to(j + 2)  # `de nouveau`, `de même`: adverbs, not a complement
    if (manner := _manner_phrase_end(doc, j, limit)) is not None:
        return scan.walk_to(manner)  # `a réclamé d'une voix ferme la démission de …`: how
        # it was said, not what
    if low == "de" and nxt is not None and nxt.lower_ in POSSESSIVES and \
            j + 2 < limit and doc[j + 2].lower_ == "côté":
        return scan.walk_to(j + 3)  # `assure de son côté que …`: whose side, as `pour sa
        # part`, never what was said
    if low in {"de", "d'"} and nxt is not None:
        if nxt.pos_ in {"VERB", "AUX"} or nxt.lower_ in {"ne", "n'", "se", "s'", "y"} or (
                nxt.text in OPENING_MARKS and _quoted_infinitive(doc, j + 2, limit)):
            # reproché de « passer en force », promis de « tout faire »
            # an infinitive only where the verb takes one (`a refusé de collaborer`
            # is a refusal to act, not words; `admettant d'avoir …` is the bare
            # infinitive's frame written with `de`), or where quoted words show it
            # was said
            quoted = any(doc[m].text in OPENING_MARKS for m in range(j + 1, limit))
            return scan.found(j + 1, "de") if frames & {"de", "inf"} or quoted else Walk.STOP
        if "de" in frames and "np" in frames and cue.verb.act == "opinion" and \
                not object_clitic(doc, cue):
            return scan.found(j + 1, "de")  # qualifier de « francs » les entretiens
            # (`l'a qualifiée de « provocation »` keeps `de`: the label is all said)
        if "np" in frames or "de" in frames:  # se féliciter de la décision
            if "de" not in frames and object_clitic(doc, cue) and \
                    cue.verb.act != "opinion" and nxt.text not in OPENING_MARKS:
                return Walk.STOP  # `l'a écarté de l'équipe`: the object is `l'`, not `de …`
                # (but `l'a qualifiée de « provocation »` names what was said)
            return scan.found(j + 1 if nxt.pos_ == "DET" else j, "np")
    if low in {"des", "du"} and ("np" in frames or "de" in frames) and (
            scan.addressee or indefinite_des(doc, j, scan.lex) or (
                adverbs_or_dates(doc, cue.tail, j) and _plainly_a_verb(doc, cue))):
        # `a fait état des doutes de Berlin`, `a fait part aux élus du manque de …`:
        # `de` and the article in one word open the complement like `de la`
        if t.pos_ == "DET" and shows_a_carrier(doc, j, limit, t.head, scan.lex):
            return Walk.STOP  # `a dévoilé des images du télescope`: things shown
        return scan.found(j, "np")
    return None


MANNER_NOUNS = frozenset({"voix", "ton", "revers", "air", "trait"})
"""Nouns of `d'une voix ferme`, `d'un ton grave`, `d'un revers de main`: the manner of
saying, between a verb and its object."""


def _manner_phrase_end(doc: Doc, j: int, limit: int) -> int | None:
    """Where `d'un ton grave` / `d'une seule voix` / `d'un revers de main` at `j` ends, when
    a determiner or a quotation follows it (the object said comes next); else None."""
    if doc[j].lower_.replace("’", "'") not in {"de", "d'"} or j + 2 >= limit or \
            doc[j + 1].lower_ not in {"un", "une"}:
        return None
    k = j + 2
    while k < limit and doc[k].pos_ == "ADJ":
        k += 1  # `d'une seule voix`
    if k >= limit or doc[k].lower_ not in MANNER_NOUNS:
        return None
    k += 1
    while k < limit and doc[k].pos_ in {"ADJ", "ADV"}:
        k += 1  # `d'une voix très ferme`
    if k + 1 < limit and doc[k].lower_ == "de" and doc[k + 1].pos_ == "NOUN":
        k += 2  # `d'un revers de main`
    return k if k < limit and (doc[k].pos_ == "DET" or doc[k].text in OPENING_MARKS) else None


def _quotation_openers(scan: Scan) -> Outcome:
    """An opening quotation mark that starts what was said."""
    doc, cue, j, t, low, frames = scan.doc, scan.cue, scan.j, scan.token, scan.low, scan.frames
    limit = scan.limit
    if low in OPENING_MARKS and frames & {"que", "colon"} and quoted_clause(doc, j, limit) and (
            j > cue.tail or ("que" in frames and j + 1 < limit and
                             doc[j + 1].lower_.replace("’", "'") in QUE)):
        # `a déclaré lors de son discours « nous sommes en guerre »`, `a assuré à ses
        # équipes « qu'aucun poste … »`: a quoted clause after the occasion or addressee;
        # right after the verb, a quoted `que` clause is its complement (`maintient « qu'il
        # n'a rien signé »`, `espère « que tout ira bien »`)
        return scan.found(j, "colon")
    if "quoted" in frames and (t.pos_ == "DET" or low in OPENING_MARKS) and \
            (mark := j + (t.pos_ == "DET")) < limit and doc[mark].text in OPENING_MARKS:
        return scan.found(mark, "quoted")  # `a scandé des « CGT démission »`
    if low in OPENING_MARKS and scan.appeal and any(
            doc[k].lower_ in {"à", "a"} and doc[k].pos_ == "ADP"
            for k in range(j + 1, min(j + 5, limit))):
        return scan.found(j, "a")  # a appelé « à la retenue », « chacun à la raison »
    return None


def _a_complement(scan: Scan) -> Outcome:
    """`à` + an infinitive said, or an addressee walked past; `au nom de X` walked past."""
    doc, j, t, low, nxt, limit = scan.doc, scan.j, scan.token, scan.low, scan.next_token, \
        scan.limit
    if low == "au" and nxt is not None and nxt.lower_ == "nom" and j + 3 < limit and \
            doc[j + 2].lower_.replace("’", "'") in DE_PREPOSITIONS | {"des"}:
        # `a rendu hommage au nom de la cour aux victimes`: on whose behalf the words were
        # said, never what was said nor to whom
        return scan.walk_to(max(pp_np_end(doc, j + 3, limit, A_PREPOSITIONS), j + 3))
    if t.pos_ == "ADP" and (low in {"à", "a"} or (
            low in A_PREPOSITIONS and (scan.appeal or "a" in scan.frames))):
        # (`a fait allusion aux menaces`: `aux` is `à` too)
        if nxt is not None and "a" in scan.frames and (
                tagged_verb(nxt) or nxt.text in OPENING_MARKS or
                not is_person_np(doc, j + 1, j + 4, scan.lex)):
            # (nobody is addressed in quotation marks: `a rendu hommage à « une femme de
            # conviction »` quotes the words of the tribute)
            return scan.found(j + 1, "a")
        end = addressee_np_end(doc, j + 1, limit)
        if "np" in scan.frames:
            end = object_after_addressee(doc, j + 1, end, limit)
        if end > j + 1:
            return scan.passed_addressee(j + 1, end)
    return None


def _name_or_infinitive(scan: Scan) -> Outcome:
    """A foreign name's second word walked past; an infinitive said (with its negation
    and pronouns)."""
    doc, cue, j, t = scan.doc, scan.cue, scan.j, scan.token
    if j > cue.tail and t.is_alpha and t.text[:1].isupper() and doc[j - 1].is_alpha and \
            doc[j - 1].text[:1].isupper():
        # `au journal suédois Dagens Nyheter qu'…`: a foreign name's second word, which
        # the tagger may read as an infinitive (`-er`), goes on with it
        return scan.walk_to(j + 1)
    if tagged_verb(t) and "Inf" in morph(t, "VerbForm"):
        if "inf" in scan.frames or cue.verb.act in INFINITIVE_ACTS:
            k = j  # `a indiqué ne pas vouloir …`, `a contesté l'avoir frappé`: the
            # negation and the infinitive's own pronouns are part of what was said
            while k > cue.tail and (doc[k - 1].lower_.replace("’", "'") in NEGATION or (
                    doc[k - 1].pos_ == "PRON" and doc[k - 1].lower_.replace("’", "'") in
                    CLITICS and doc[k - 1].head.i >= j)):
                k -= 1
            return scan.found(k, "inf")
        return Walk.STOP
    return None


def _topic_openers(scan: Scan) -> Outcome:
    """`sur`/`contre` a topic, `pour` what is pleaded for or praised, `en faveur de`; a
    medium after `sur` walked past."""
    doc, cue, j, low, nxt, frames = scan.doc, scan.cue, scan.j, scan.low, scan.next_token, \
        scan.frames
    if low == "sur" and nxt is not None and is_channel(doc, j + 1):
        # `a déclaré sur Europe 1 que …`: the medium, not the content
        return scan.walk_to(channel_end(doc, j + 1, scan.limit))
    if low in {"sur", "contre"} and ("sur" in frames or "np" in frames):
        return scan.found(j + 1, "sur")
    if low == "pour" and nxt is not None and nxt.lower_.replace("’", "'") in QUE and \
            frames & {"pour", "sur"}:
        return scan.found(j + 2, "que")  # `a insisté pour que le texte soit voté`
    if low == "pour" and (cue.verb.act == "praise" or "pour" in frames):
        return scan.found(j + 1, "sur")
    if low == "en" and frames & {"pour", "sur"} and j + 2 < scan.limit and \
            doc[j + 1].lower_ == "faveur" and doc[j + 2].lower_ in DE_PREPOSITIONS | {"des"}:
        # `a plaidé en faveur d'une taxe`, `s'est prononcé en faveur du projet`: the
        # same complement as `pour`
        return scan.found(j + (2 if doc[j + 2].lower_ in {"du", "des"} else 3), "sur")
    return None


def _adverbs_dates_attributes(scan: Scan) -> Outcome:
    """Adverbs, dates and `pour sa part` walked past; an attribute said (`s'est dit
    « convaincu » que`, `a estimé nécessaire de`)."""
    doc, cue, j, t, low, limit = scan.doc, scan.cue, scan.j, scan.token, scan.low, scan.limit
    if low in QUANTITY_ADVERBS and "np" in scan.frames and scan.next_token is not None and \
            scan.next_token.lower_.replace("’", "'") in {"de", "d'"}:
        return scan.found(j, "np")  # `réclament davantage de moyens`: the quantity is said
    if (t.pos_ in {"ADV", "PART"} and low != "lors") or low in NEGATION:
        return scan.walk_to(j + 1)
    if attribute_then_que(doc, j, limit) is not None:
        return scan.found(j, "que")  # s'est dit « convaincu » qu'… : the attribute counts
    if "attr" in scan.frames and attribute_at(doc, j, limit):
        return scan.found(j, "attr")  # s'est dit ouvert à réviser …
    if "inf" in scan.frames and adjective_then_infinitive(doc, j, limit):
        return scan.found(j, "attr")  # a estimé nécessaire de renforcer …
    if (date := date_end(doc, j, limit)) > j:
        # `a annoncé jeudi la fermeture …`: the date's words only, though the parser may
        # hang what was announced on the date
        return scan.walk_to(date)
    if says_when(doc, j) or t.ent_type_ == "DATE" or (t.dep_ in {"obl:mod"} and
                                                       t.head.i == cue.i):
        sub = list(t.subtree) if t.dep_ == "obl:mod" else [t]
        return scan.walk_to(max(max(x.i for x in sub) + 1, j + 1))
    if low == "pour" and scan.next_token is not None and j + 2 < limit and \
            doc[j + 2].lower_ == "part":
        return scan.walk_to(j + 3)  # `pour sa part`
    return None


QUANTITY_ADVERBS = frozenset({"plus", "moins", "davantage", "beaucoup", "autant", "peu",
                              "trop", "assez", "tant"})
"""Adverbs that quantify the noun after `de` (`plus de moyens`): the object starts on them."""


def _addressee_phrase(scan: Scan) -> Outcome:
    """`auprès de`, `aux`, `devant` …: a person spoken to walked past (`a proposé au
    président chinois de venir`)."""
    doc, j, t, low, limit, lex = scan.doc, scan.j, scan.token, scan.low, scan.limit, scan.lex
    if low not in ADDRESSEE_PREPOSITIONS - {"à"} or t.pos_ != "ADP" or scan.appeal:
        return None
    end = addressee_np_end(doc, j + 1, limit)
    short = pp_np_end(doc, j + 1, limit, ADDRESSEE_STOP)
    que_later = any(doc[k].lower_.replace("’", "'") in QUE for k in range(short, limit))
    if short < end and short + 1 < limit and doc[short + 1].lower_ in POSSESSIVES and \
            not que_later:
        end = short  # `a fait part aux habitants de sa colère`: a possessive after `de`
        # opens what was said, not the addressee's complement
    if "np" in scan.frames:
        end = object_after_addressee(doc, j + 1, end, limit)
    if j + 1 < end < limit and is_person_np(doc, j + 1, end, lex):
        return scan.passed_addressee(j + 1, end)  # `a proposé au président chinois de venir`
    end = short
    said_next = end + 1 < limit and (
        doc[end].lower_.replace("’", "'") in QUE or (
            doc[end].lower_.replace("’", "'") in {"de", "d'"} and
            (doc[end + 1].lower_ in POSSESSIVES or tagged_verb(doc[end + 1]))))
    if j + 1 < end < limit and said_next and not any(
            doc[k].lower_ in MOMENT_NOUNS | PREPOSITIONAL_NOUNS for k in range(j + 1, end)):
        return scan.passed_addressee(j + 1, end)  # `a fait part aux participants de son …`
    return None


def _occasion_phrase(scan: Scan) -> Outcome:
    """`lors de cette conférence`, `par la même occasion`, `dans un communiqué`: when and
    where it was said, walked past up to a `que` or what opens the words said."""
    doc, j, t, low, limit, frames = scan.doc, scan.j, scan.token, scan.low, scan.limit, \
        scan.frames
    if not ((t.pos_ == "ADP" or low == "lors") and low not in {"de", "d'", "à", "pour"} and (
            low not in {"sur", "contre"} or not frames & {"sur", "np"})):
        return None
    if low == "lors":  # `lors de cette conférence de presse à Dakar`
        end = pp_np_end(doc, j + 2, limit, frozenset({"que", "qu'", "si", "sur"}))
        return scan.walk_to(max(end, j + 2))
    # (a verb of stating takes a bare infinitive, listed or not: `_name_or_infinitive`)
    said_frames = frames | {"inf"} if scan.cue.verb.act in INFINITIVE_ACTS else frames
    edge = max((x.i for x in t.head.subtree), default=j) if t.head.i > j else j
    k = j + 1
    # (a quoted clause ends the phrase: `lors de son discours « nous sommes … »`; a quoted
    # name stays in it: `par le « Collectif des 11 »`)
    while k <= edge and k < limit and doc[k].lower_.replace("’", "'") not in QUE and \
            not _second_noun_phrase(doc, k, j, frames, scan.lex) and \
            not said_opens(doc, k, limit, scan.appeal) and \
            not _infinitive_said(doc, k, limit, said_frames):
        k += 1
    while k < limit and k - j < 12 and doc[k].lower_ not in QUE and \
            not said_opens(doc, k, limit, scan.appeal) and \
            not _infinitive_said(doc, k, limit, said_frames) and \
            not _second_noun_phrase(doc, k, j, frames, scan.lex) and (
            (doc[k].pos_ in {"DET", "NOUN", "ADJ", "PROPN"} and doc[k].head.i < k) or
            _title_article(doc, k, limit) or
            (doc[k].lower_ in {"de", "du", "des", "d'", "d’"} and k + 1 < limit and
             doc[k + 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}) or
            (doc[k].pos_ in {"DET", "ADJ"} and doc[k - 1].lower_ in {"de", "du", "des",
                                                                  "d'", "d’"})):
        k += 1
    return scan.walk_to(k)


def _commas(scan: Scan) -> Outcome:
    """A comma closing an aside (`a indiqué, jeudi, que …`) walked past; any other comma
    ends the search."""
    doc, cue, j, low, nxt, limit = scan.doc, scan.cue, scan.j, scan.low, scan.next_token, \
        scan.limit
    frames = scan.frames
    if low != ",":
        return None
    if j > cue.tail and nxt is not None and nxt.lower_.replace("’", "'") in {"que", "qu'"}:
        # `a indiqué, jeudi, au cours d'une conférence de presse, que …`: the comma closing
        # the last aside
        return scan.walk_to(j + 1)
    after_date = max(skip_circumstance(doc, j + 1, commas=False),
                     date_end(doc, j + 1, limit))  # (`, début juillet,`)
    if after_date > j + 1 and after_date + 1 < limit and doc[after_date].text == "," and \
            doc[after_date + 1].lower_ not in {"sur", "contre"}:
        return scan.walk_to(after_date + 1)  # `a déclaré, dimanche 10 juin, « pouvoir … »`
    # a parenthetical between the verb and its content: ", citant des sources,"
    k = j + 1
    while k < limit and doc[k].text != "," and k - j < ASIDE_MAX:
        k += 1
    if k + 1 < limit and doc[k].text == "," and doc[k + 1].lower_ in OCCASION_OPENERS \
            and not any(t.pos_ in {"VERB", "AUX"} for t in doc[j + 1:k]):
        second = next((m for m in range(k + 1, min(k + 15, limit))
                       if doc[m].text == ","), None)  # `, lors du conseil, devant une
        if second is not None and second + 1 < limit and \
                doc[second + 1].lower_.replace("’", "'") in {"que", "qu'"}:
            k = second  # salle comble, que …`: two asides
    if k < limit and doc[k].text == "," and k + 1 < limit and \
            doc[k + 1].lower_.replace("’", "'") in {"que", "qu'", "de", "d'"} | (
                A_PREPOSITIONS if "a" in frames and _plainly_a_verb(doc, cue) else set()):
        return scan.walk_to(k + 1)
    if k + 1 < limit and doc[k].text == "," and k > j + 1 and infinitive_opens(doc, k + 1, limit) \
            and ("inf" in frames or cue.verb.act in INFINITIVE_ACTS) and \
            occasion_aside(doc, j + 1, k):
        return scan.walk_to(k + 1)  # `a annoncé lundi, dans un communiqué, avoir finalisé …`
    if "np" in frames and k + 1 < limit and doc[k].text == "," and (
            (k - j <= 5 and doc[j + 1].pos_ in {"ADV", "ADP"} and
             not any(x.pos_ in {"VERB", "AUX"} for x in doc[j + 1: k])) or
            occasion_aside(doc, j + 1, k)) and \
            (doc[k + 1].pos_ in {"DET", "NOUN"} or doc[k + 1].text in OPENING_MARKS):
        # `a souligné, par ailleurs, l'importance de …`, `a salué, lors d'une conférence
        # de presse à Lyon, les efforts de …`
        return scan.walk_to(k + 1)
    return Walk.STOP


ASIDE_MAX = 22
"""Tokens at most between the commas of an aside after the verb (`a officialisé lundi, au
terme d'un conseil des ministres extraordinaire présidé par le chef de l'État à X, la
création …`: 18); session 23 raised it from 15 with the second indirect probe, the dev
set's annotations unchanged."""


def _again_or_free_relative(scan: Scan) -> Outcome:
    """`une nouvelle fois` walked past; `ce que` / `ce qui` said as a noun phrase."""
    if (again := again_at(scan.doc, scan.j)):
        return scan.walk_to(scan.j + again)  # `a expliqué une nouvelle fois le verdict`
    nxt = scan.next_token
    if "np" in scan.frames and scan.low == "ce" and nxt is not None and \
            nxt.lower_.replace("’", "'") in FREE_RELATIVES and \
            not object_clitic(scan.doc, scan.cue):
        return scan.found(scan.j, "np")  # `a dénoncé ce qu'il appelle une « provocation »`
    return None


def _reason_after_par(scan: Scan) -> Outcome:
    """`a justifié la décision par la baisse des dotations`, `a justifié ces fermetures, au
    nombre de 38, par …`: for a verb taking `par`, the thing justified is walked past and
    what it is put down to is what was said."""
    doc, j, limit = scan.doc, scan.j, scan.limit
    if "par" not in scan.frames or \
            scan.token.pos_ not in {"DET", "NOUN", "PROPN", "PRON", "ADP"}:
        return None
    for k in range(j, min(limit, j + 20)):
        low = doc[k].lower_.replace("’", "'")
        if doc[k].text in {";", ":"} or low in QUE or \
                (k > j and doc[k].pos_ in {"VERB", "AUX"} and "Fin" in morph(doc[k], "VerbForm")):
            return None
        if low == "par" and doc[k].pos_ == "ADP" and k + 1 < limit:
            return scan.found(k + 1, "np")
    return None


def _object_pronoun(scan: Scan) -> Outcome:
    """`lui`, `leur`, `nous`, `y`, `en` …: the cue's own pronouns, walked past."""
    if scan.token.pos_ == "PRON" and scan.low in {"lui", "leur", "me", "m'", "nous", "vous",
                                                  "les", "la", "le", "l'", "y", "en", "se",
                                                  "s'"}:
        return scan.walk_to(scan.j + 1)
    return None


STEPS: tuple[Callable[[Scan], Outcome], ...] = (
    naming_attribute, _clause_openers, _de_openers, _quotation_openers, _a_complement,
    _name_or_infinitive, _topic_openers, _adverbs_dates_attributes, _addressee_phrase,
    _occasion_phrase, _commas, _again_or_free_relative, _reason_after_par, noun_phrase_content,
    _object_pronoun)
"""The steps in the order they are asked about each word."""


def _plainly_a_verb(doc: Doc, cue: Cue) -> bool:
    """A cue with an auxiliary or pronoun inside it (`a fait état`, `s'est félicité`) or
    a subject of its own is a verb; a bare form may be a noun set off by commas
    (`Navalny, critique du Kremlin,`)."""
    return cue.start < cue.i or any(c.dep_.startswith(("nsubj", "aux"))
                                    for c in doc[cue.i].children)


def _title_article(doc: Doc, k: int, limit: int) -> bool:
    """`dans un entretien au quotidien Le Littoral que …`: an article written with a
    capital inside a sentence, before a capitalised word, opens a title (a newspaper,
    a book), which stays in the circumstance however the parser hung it."""
    return doc[k].pos_ == "DET" and doc[k].text[:1].isupper() and k > 0 and \
        not doc[k - 1].is_punct and k + 1 < limit and doc[k + 1].text[:1].isupper()


def _infinitive_said(doc: Doc, k: int, limit: int, frames: frozenset[str]) -> bool:
    """`a promis pendant la campagne de maintenir l'école ouverte`: for a verb taking `de`
    and an infinitive, `de` and an infinitive (past a negation or object pronouns) after
    a noun of the circumstance open what was said, however the parser hung them on it;
    for a verb taking a bare infinitive, the infinitive itself (`a indiqué dans un
    communiqué avoir intercepté vingt drones`)."""
    if "inf" in frames and k > 0 and doc[k - 1].pos_ in {"NOUN", "PROPN"}:
        m = k
        while m < min(limit, k + 3) and doc[m].lower_.replace("’", "'") in NEGATION | CLITICS:
            m += 1  # `n'avoir visé aucun civil`, `ne pas vouloir`, `l'avoir dit`
        if m < limit and doc[m].pos_ in {"VERB", "AUX"} and "Inf" in morph(doc[m], "VerbForm"):
            return True
    if "de" not in frames or doc[k].lower_.replace("’", "'") not in {"de", "d'"} or \
            k == 0 or doc[k - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    m = k + 1
    while m < limit and m < k + 4 and (doc[m].lower_.replace("’", "'") in NEGATION or
                                       doc[m].lower_.replace("’", "'") in CLITICS):
        m += 1
    return m < limit and doc[m].pos_ in {"VERB", "AUX"} and "Inf" in morph(doc[m], "VerbForm")


def _second_noun_phrase(doc: Doc, k: int, pp_start: int, frames: frozenset[str],
                        lex: Lexicon) -> bool:
    """`a salué en présence du ministre les réformes`: for a verb taking a noun phrase, a
    determiner (or `des` opening no source: `indefinite_des`) right after a noun of the
    circumstance opens the object, however the parser attached it."""
    return "np" in frames and k > pp_start + 2 and (
        doc[k].pos_ == "DET" or indefinite_des(doc, k, lex)) and \
        doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ"} and not doc[k - 1].is_punct and \
        not doc[k].text[:1].isupper()  # (`au quotidien Le Littoral`: a title's article)


def _followed_by_apostrophe(doc: Doc, j: int, limit: int) -> bool:
    return j + 1 < limit and doc[j + 1].text in {"'", "’"}
