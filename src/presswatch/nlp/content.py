"""Where the reported content of a forward cue starts.

After `que`, `de` + infinitive, `:`, a noun phrase (`a nié les allégations`), an attribute
(`s'est dite « prête »`) or `sur`; past addressees, media and circumstances (`a déclaré
sur Europe 1 à la presse que`). Where it stops is `presswatch.nlp.content_end`; who the
addressee walked past is, and whether a noun phrase names a person at all, is
`presswatch.nlp.content_addressees`.
"""

from __future__ import annotations

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
    channel_end,
    date_end,
    is_channel,
    says_when,
    skip_circumstance,
)
from presswatch.nlp.content_addressees import addressee_np_end, is_person_np, target_end
from presswatch.nlp.content_objects import (
    names_the_speech_event,
    object_clitic,
    own_expression,
    shows_a_carrier,
)
from presswatch.nlp.content_openings import (
    OCCASION_OPENERS,
    adverbs_or_dates,
    object_after_addressee,
    occasion_aside,
    quotation_after_colon,
    quoted_clause,
    relative_attribute,
    said_opens,
)
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
from presswatch.nlp.people import is_title
from presswatch.nlp.quote_filters import asks_the_floor
from presswatch.nlp.spans import np_span, pp_np_end, tagged_verb
from presswatch.textutil import fold

PROCLAIMING_VERBS = frozenset({"déclarer", "proclamer"})
"""Verbs that declare a person something (`a proclamé X vainqueur`)."""
DECLARED_RESULTS = frozenset({"vainqueur", "vainqueure", "gagnant", "gagnante", "elu", "elue",
                              "elus", "elues", "reelu", "reelue", "coupable", "coupables"})
"""What a person is declared (folded): the object and this attribute are what was said."""
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
    is an adverb and `que` opens the content."""
    before = doc[que - 1].lower_ if que > 0 else ""
    return before in CONJUNCTION_HEADS and not (before in ADVERBS_BEFORE_QUE and
                                                que - 1 == cue.tail)


def complement_start(doc: Doc, cue: Cue, limit: int, lex: Lexicon
                      ) -> tuple[int, str, tuple[int, int] | None] | None:
    """Token where the reported content starts after a forward cue, the frame that
    introduced it, and an addressee (`a dit à M. Macron que …`)."""
    frames = cue.verb.frames
    if (called := relative_attribute(doc, cue.i, cue.lemma, cue.tail, limit)) is not None:
        return called, "attr", None  # `ce qu'ils dénoncent comme une trahison`
    # `appeler à`, `exhorter à`: the content may open with `à`, `au`, a quotation or an
    # addressee
    appeal = "a" in frames and cue.verb.act == "appeal"
    j, steps, addressee = cue.tail, 0, None
    while j < limit and steps < 40:
        steps += 1
        t = doc[j]
        low = t.lower_.replace("’", "'")
        if t.is_space:
            j += 1
            continue
        if low in {"que", "qu'"} and t.pos_ in {"SCONJ", "PRON", "ADV"} and \
                not _ends_a_conjunction(doc, j, cue):
            if "que" not in frames and "Rel" in morph(t, "PronType") and \
                    doc[j - 1].pos_ in {"NOUN", "PROPN"}:
                return None  # `réagissant à la victoire de la liste qu'il dirigeait`
            return j + 1, "que", addressee
        if low == "qu" and _followed_by_apostrophe(doc, j, limit):
            return j + 2, "que", addressee  # `assure qu'« aucune … »`, split by the tokenizer
        if addressee is not None and low == "et" and j + 1 < limit and \
                doc[j + 1].lower_ in ADDRESSEE_PREPOSITIONS and doc[j + 1].pos_ == "ADP":
            j += 1  # `a demandé aux étudiants et à toute la communauté de …`: two addressees
            continue
        if (low == "si" or (low == "s'" and j + 1 < limit and doc[j + 1].lower_ in {
                "il", "ils"})) and ("si" in frames or cue.verb.act == "question"):
            return j + 1, "si", addressee  # (`s'il`: `si` elided before `il`)
        if low == ":":
            return j + 1, "colon", addressee
        nxt = doc[j + 1] if j + 1 < limit else None
        if low in {"de", "d'"} and nxt is not None and nxt.lower_ in ADVERBIAL_AFTER_DE:
            j += 2  # `de nouveau`, `de même`: adverbs, not a complement
            continue
        if low in {"de", "d'"} and nxt is not None:
            if nxt.pos_ in {"VERB", "AUX"} or nxt.lower_ in {"ne", "n'", "se", "s'", "y"} or (
                    nxt.text in OPENING_MARKS and _quoted_infinitive(doc, j + 2, limit)):
                # reproché de « passer en force », promis de « tout faire »
                # an infinitive only where the verb takes one (`a refusé de collaborer`
                # is a refusal to act, not words; `admettant d'avoir …` is the bare
                # infinitive's frame written with `de`), or where quoted words show it
                # was said
                quoted = any(doc[m].text in OPENING_MARKS for m in range(j + 1, limit))
                return (j + 1, "de", addressee) if frames & {"de", "inf"} or quoted \
                    else None
            if "de" in frames and "np" in frames and cue.verb.act == "opinion" and \
                    not object_clitic(doc, cue):
                return j + 1, "de", addressee  # qualifier de « francs » les entretiens
                # (`l'a qualifiée de « provocation »` keeps `de`: the label is all said)
            if "np" in frames or "de" in frames:  # se féliciter de la décision
                if "de" not in frames and object_clitic(doc, cue) and \
                        cue.verb.act != "opinion" and nxt.text not in OPENING_MARKS:
                    return None  # `l'a écarté de l'équipe`: the object is `l'`, not `de …`
                    # (but `l'a qualifiée de « provocation »` names what was said)
                return (j + 1 if nxt.pos_ == "DET" else j), "np", addressee
        if low in {"des", "du"} and ("np" in frames or "de" in frames) and (
                addressee or (adverbs_or_dates(doc, cue.tail, j) and
                              _plainly_a_verb(doc, cue))):
            # `a fait état des doutes de Berlin`, `a fait part aux élus du manque de …`:
            # `de` and the article in one word open the complement like `de la`
            if t.pos_ == "DET" and shows_a_carrier(doc, j, limit, t.head, lex):
                return None  # `a dévoilé des images du télescope`: things shown
            return j, "np", addressee
        if low in OPENING_MARKS and j > cue.tail and frames & {"que", "colon"} and \
                quoted_clause(doc, j, limit):
            # `a déclaré lors de son discours « nous sommes en guerre »`, `a assuré à ses
            # équipes « qu'aucun poste … »`: a quoted clause after the occasion or addressee
            return j, "colon", addressee
        if "quoted" in frames and (t.pos_ == "DET" or low in OPENING_MARKS) and \
                (mark := j + (t.pos_ == "DET")) < limit and doc[mark].text in OPENING_MARKS:
            return mark, "quoted", addressee  # `a scandé des « CGT démission »`
        if low in OPENING_MARKS and appeal and any(
                doc[k].lower_ in {"à", "a"} and doc[k].pos_ == "ADP"
                for k in range(j + 1, min(j + 5, limit))):
            return j, "a", addressee  # a appelé « à la retenue », « chacun à la raison »
        if low == "au" and nxt is not None and nxt.lower_ == "nom" and j + 3 < limit and \
                doc[j + 2].lower_.replace("’", "'") in DE_PREPOSITIONS | {"des"}:
            j = max(pp_np_end(doc, j + 3, limit, A_PREPOSITIONS), j + 3)
            continue  # `a rendu hommage au nom de la cour aux victimes`: on whose behalf
            # the words were said, never what was said nor to whom
        if t.pos_ == "ADP" and (low in {"à", "a"} or (
                low in A_PREPOSITIONS and (appeal or "a" in frames))):
            # (`a fait allusion aux menaces`: `aux` is `à` too)
            if nxt is not None and "a" in frames and (tagged_verb(nxt) or
                                                     not is_person_np(doc, j + 1, j + 4, lex)):
                return j + 1, "a", addressee
            end = addressee_np_end(doc, j + 1, limit)
            if "np" in frames:
                end = object_after_addressee(doc, j + 1, end, limit)
            if end > j + 1:
                addressee = (j + 1, end)
                j = end
                continue
        if j > cue.tail and t.is_alpha and t.text[:1].isupper() and doc[j - 1].is_alpha and \
                doc[j - 1].text[:1].isupper():
            j += 1  # `au journal suédois Dagens Nyheter qu'…`: a foreign name's second word,
            continue  # which the tagger may read as an infinitive (`-er`), goes on with it
        if tagged_verb(t) and "Inf" in morph(t, "VerbForm"):
            if "inf" in frames or cue.verb.act in {"statement", "opinion", "promise"}:
                k = j  # `a indiqué ne pas vouloir …`, `a contesté l'avoir frappé`: the
                # negation and the infinitive's own pronouns are part of what was said
                while k > cue.tail and (doc[k - 1].lower_.replace("’", "'") in NEGATION or (
                        doc[k - 1].pos_ == "PRON" and doc[k - 1].lower_.replace("’", "'") in
                        CLITICS and doc[k - 1].head.i >= j)):
                    k -= 1
                return k, "inf", addressee
            return None
        if low == "sur" and nxt is not None and is_channel(doc, j + 1):
            j = channel_end(doc, j + 1, limit)
            continue  # `a déclaré sur Europe 1 que …`: the medium, not the content
        if low in {"sur", "contre"} and ("sur" in frames or "np" in frames):
            return j + 1, "sur", addressee
        if low == "pour" and nxt is not None and nxt.lower_.replace("’", "'") in QUE and \
                frames & {"pour", "sur"}:
            return j + 2, "que", addressee  # `a insisté pour que le texte soit voté`
        if low == "pour" and (cue.verb.act == "praise" or "pour" in frames):
            return j + 1, "sur", addressee
        if low == "en" and frames & {"pour", "sur"} and j + 2 < limit and \
                doc[j + 1].lower_ == "faveur" and doc[j + 2].lower_ in DE_PREPOSITIONS | {"des"}:
            # `a plaidé en faveur d'une taxe`, `s'est prononcé en faveur du projet`: the
            # same complement as `pour`
            return j + (2 if doc[j + 2].lower_ in {"du", "des"} else 3), "sur", addressee
        if (t.pos_ in {"ADV", "PART"} and low != "lors") or low in NEGATION:
            j += 1
            continue
        attribute = _attribute_then_que(doc, j, limit)
        if attribute is not None:
            return j, "que", addressee  # s'est dit « convaincu » qu'… : the attribute counts
        if "attr" in frames and _attribute_at(doc, j, limit):
            return j, "attr", addressee  # s'est dit ouvert à réviser …
        if "inf" in frames and _adjective_then_infinitive(doc, j, limit):
            return j, "attr", addressee  # a estimé nécessaire de renforcer …
        if (date := date_end(doc, j, limit)) > j:
            j = date  # `a annoncé jeudi la fermeture …`: the date's words only, though the
            continue  # parser may hang what was announced on the date
        if says_when(doc, j) or t.ent_type_ == "DATE" or (t.dep_ in {"obl:mod"} and \
                t.head.i == cue.i):
            sub = list(t.subtree) if t.dep_ == "obl:mod" else [t]
            j = max(max(x.i for x in sub) + 1, j + 1)
            continue
        if low == "pour" and nxt is not None and j + 2 < limit and doc[j + 2].lower_ == "part":
            j += 3  # `pour sa part`
            continue
        if low in ADDRESSEE_PREPOSITIONS - {"à"} and t.pos_ == "ADP" and not appeal:
            end = addressee_np_end(doc, j + 1, limit)
            short = pp_np_end(doc, j + 1, limit, ADDRESSEE_STOP)
            que_later = any(doc[k].lower_.replace("’", "'") in QUE for k in range(short, limit))
            if short < end and short + 1 < limit and doc[short + 1].lower_ in POSSESSIVES and \
                    not que_later:
                end = short  # `a fait part aux habitants de sa colère`: a possessive after
                # `de` opens what was said, not the addressee's complement
            if "np" in frames:
                end = object_after_addressee(doc, j + 1, end, limit)
            if j + 1 < end < limit and is_person_np(doc, j + 1, end, lex):
                addressee = (j + 1, end)  # `a proposé au président chinois de venir`
                j = end
                continue
            end = short
            said_next = end + 1 < limit and (
                doc[end].lower_.replace("’", "'") in QUE or (
                    doc[end].lower_.replace("’", "'") in {"de", "d'"} and
                    (doc[end + 1].lower_ in POSSESSIVES or tagged_verb(doc[end + 1]))))
            if j + 1 < end < limit and said_next and not any(
                    doc[k].lower_ in MOMENT_NOUNS | PREPOSITIONAL_NOUNS for k in range(j + 1, end)):
                addressee = (j + 1, end)  # `a fait part aux participants de son intention`
                j = end
                continue
        if (t.pos_ == "ADP" or low == "lors") and low not in {"de", "d'", "à", "pour"} and (
                low not in {"sur", "contre"} or not frames & {"sur", "np"}):
            if low == "lors":  # `lors de cette conférence de presse à Dakar`
                end = pp_np_end(doc, j + 2, limit, frozenset({"que", "qu'", "si", "sur"}))
                j = max(end, j + 2)
                continue
            # `par la même occasion`, `lors de l'appel`, `dans un communiqué`
            edge = max((x.i for x in t.head.subtree), default=j) if t.head.i > j else j
            k = j + 1
            # (a quoted clause ends the phrase: `lors de son discours « nous sommes … »`;
            # a quoted name stays in it: `par le « Collectif des 11 »`)
            while k <= edge and k < limit and doc[k].lower_.replace("’", "'") not in QUE and \
                    not _second_noun_phrase(doc, k, j, frames) and \
                    not said_opens(doc, k, limit, appeal):
                k += 1
            while k < limit and k - j < 12 and doc[k].lower_ not in QUE and \
                    not said_opens(doc, k, limit, appeal) and \
                    not _second_noun_phrase(doc, k, j, frames) and (
                    (doc[k].pos_ in {"DET", "NOUN", "ADJ", "PROPN"} and doc[k].head.i < k) or
                    (doc[k].lower_ in {"de", "du", "des", "d'", "d’"} and k + 1 < limit and
                    doc[k + 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}) or
                    (doc[k].pos_ in {"DET", "ADJ"} and doc[k - 1].lower_ in {"de", "du", "des",
                                                                          "d'", "d’"})):
                k += 1
            j = k
            continue
        if low == "," and j > cue.tail and nxt is not None and \
                nxt.lower_.replace("’", "'") in {"que", "qu'"}:
            j += 1  # `a indiqué, jeudi, au cours d'une conférence de presse, que …`: the
            continue  # comma closing the last aside
        if low == ",":
            after_date = max(skip_circumstance(doc, j + 1, commas=False),
                             date_end(doc, j + 1, limit))  # (`, début juillet,`)
            if after_date > j + 1 and after_date + 1 < limit and \
                    doc[after_date].text == "," and \
                    doc[after_date + 1].lower_ not in {"sur", "contre"}:
                j = after_date + 1  # `a déclaré, dimanche 10 juin, « pouvoir … »`
                continue
            # a parenthetical between the verb and its content: ", citant des sources,"
            k = j + 1
            while k < limit and doc[k].text != "," and k - j < 15:
                k += 1
            if k + 1 < limit and doc[k].text == "," and doc[k + 1].lower_ in OCCASION_OPENERS \
                    and not any(t.pos_ in {"VERB", "AUX"} for t in doc[j + 1:k]):
                second = next((m for m in range(k + 1, min(k + 15, limit))
                               if doc[m].text == ","), None)  # `, lors du conseil, devant
                if second is not None and second + 1 < limit and \
                        doc[second + 1].lower_.replace("’", "'") in {"que", "qu'"}:
                    k = second  # une salle comble, que …`: two asides
            if k < limit and doc[k].text == "," and k + 1 < limit and \
                    doc[k + 1].lower_.replace("’", "'") in {"que", "qu'", "de", "d'"} | (
                        A_PREPOSITIONS if "a" in frames and _plainly_a_verb(doc, cue) else set()):
                j = k + 1
                continue
            if "np" in frames and k + 1 < limit and doc[k].text == "," and (
                    (k - j <= 5 and doc[j + 1].pos_ in {"ADV", "ADP"} and
                     not any(x.pos_ in {"VERB", "AUX"} for x in doc[j + 1: k])) or
                    occasion_aside(doc, j + 1, k)) and \
                    (doc[k + 1].pos_ in {"DET", "NOUN"} or doc[k + 1].text in OPENING_MARKS):
                j = k + 1  # `a souligné, par ailleurs, l'importance de …`, `a salué, lors
                continue  # d'une conférence de presse à Lyon, les efforts de …`
            return None
        if (again := again_at(doc, j)):
            j += again  # `a expliqué une nouvelle fois le verdict`: how often, not what
            continue
        if "np" in frames and low == "ce" and nxt is not None and \
                nxt.lower_.replace("’", "'") in FREE_RELATIVES and not object_clitic(doc, cue):
            return j, "np", addressee  # `a dénoncé ce qu'il appelle une « provocation »`
        if t.pos_ in {"DET", "NOUN", "PROPN", "NUM", "ADJ"} or low in {"«", '"', "“"} or \
                is_title(t):
            # an opening mark: the noun phrase inside it, whatever the parser hung the mark on
            # (`a réclamé à la ministre « de nouvelles élections »`)
            head = doc[j + 1] if low in {"«", '"', "“"} and j + 1 < limit and \
                cue.i < t.head.i < j else t
            while head.head.i != head.i and head.head.i > cue.i and head.head.i < limit and \
                    head.dep_ in {"det", "amod", "nummod", "flat:name", "punct", "case"}:
                head = head.head
            _lo, hi = np_span(doc, head)
            hi = max(hi, j + 1)
            if appeal:
                # `a appelé les deux camps à la retenue`: the noun phrase swallowed the
                # `à` complement that is the content
                hi = next((k for k in range(j + 1, hi) if doc[k].lower_ in A_PREPOSITIONS and
                           doc[k].pos_ == "ADP" and k + 1 < limit and
                           doc[k + 1].pos_ in {"DET", "NOUN", "VERB"}), hi)
            # `les États-Unis et leurs alliés européens d'…`: coordinated objects
            while hi + 1 < limit and (doc[hi].lower_ in {"et", "ou"} or (
                    doc[hi].lower_ == "ainsi" and doc[hi + 1].lower_ == "que")):
                nxt_np = hi + (2 if doc[hi].lower_ == "ainsi" else 1)  # `ainsi que les …`
                if nxt_np >= limit or doc[nxt_np].pos_ not in {"DET", "PROPN", "NOUN"}:
                    break
                hi = pp_np_end(doc, nxt_np, limit, ADDRESSEE_STOP)
                while appeal and hi + 2 < limit and doc[hi].lower_.replace("’", "'") in \
                        DE_PREPOSITIONS and doc[hi + 1].pos_ in {"DET", "NOUN", "PROPN"}:
                    hi = pp_np_end(doc, hi + 1, limit, ADDRESSEE_STOP)  # `les forces de l'ordre`
            after = doc[hi] if hi < limit else None
            if after is not None and after.text in OPENING_MARKS and hi + 1 < limit and \
                    doc[hi + 1].lower_ in {"à", "de", "d'"}:
                after = doc[hi + 1]  # `exhorte les États « à s'abstenir … »`
            cut = addressee_np_end(doc, j, limit, ADDRESSEE_STOP | {"contre"})
            if cue.verb.act in {"warning", "question"} and j < cut < hi and \
                    doc[cut].lower_ in {"sur", "contre"} and is_person_np(doc, j, cut, lex):
                hi, after = cut, doc[cut]  # `a mis en garde les parents contre …`: the
                # parser hangs the topic on the addressee
            target = target_end(doc, j, hi, lex) if "de" in frames and \
                cue.verb.act != "opinion" else None
            if target is not None:
                hi, after = target, doc[target]  # `a accusé le gouvernement de mentir`,
                # `a averti les habitants du risque de crue`: one noun phrase to the parser
            if after is not None and after.lower_ == "lors" and is_person_np(doc, j, hi, lex) \
                    and (past := skip_circumstance(doc, hi, commas=False)) < limit and \
                    doc[past].lower_.replace("’", "'") in QUE:
                addressee = (j, hi)  # `a averti les syndicats lors d'une réunion que …`
                j = past
                continue
            if is_person_np(doc, j, hi, lex) and after is not None and \
                    after.lower_.replace("’", "'") in {"que", "qu'", "de", "d'", "des", "du",
                                                      "sur", "si", "pour", "à"} | (
                        {"contre"} if cue.verb.act == "warning" else set()):
                addressee = (j, hi)
                j = hi
                continue
            past_after = after_a = (after.i if after is not None else hi) + 1
            while after_a + 1 < limit and doc[after_a].lower_.replace("’", "'") in \
                    NEGATION | {"se", "s'"}:
                after_a += 1  # `à ne pas obéir`, `à se retirer`
            to_verb = after is not None and after.lower_ in {"à", "a"} and after_a < limit and (
                doc[after_a].pos_ in {"VERB", "AUX"} or
                (appeal and doc[past_after].pos_ in {"DET", "NOUN"}))
            to_noun = appeal and after is not None and after.lower_ in {"au", "aux"} and \
                after.pos_ == "ADP"
            if "a" in frames and after is not None and after.text == ",":
                # `a appelé le Maroc, par la voix de sa commissaire, à empêcher …`
                k = next((m for m in range(hi + 1, min(hi + 15, limit)) if doc[m].text == ","),
                         None)
                if k is not None and k + 2 < limit and doc[k + 1].lower_ in {"à", "a"} and \
                        doc[k + 2].pos_ in {"VERB", "AUX"}:
                    addressee = (j, hi)
                    j = k + 1
                    continue
            if ("a" in frames and to_verb) or to_noun:
                # `appelle le gouvernement à baisser les charges`, `les deux camps à la
                # retenue`, `les supporters au calme`
                addressee = (j, hi)
                j = hi
                continue
            if "attr" in frames and _attribute_at(doc, j, limit):
                return j, "attr", addressee  # s'est dite « prête à entendre … »
            colon = quotation_after_colon(doc, hi, limit) if "colon" in frames and not any(
                doc[k].lower_.replace("’", "'") in DE_PREPOSITIONS | {"des"}
                for k in range(j + 1, hi)) else None  # (`un message de l'accusé : « … »`:
            # the words' author is named, bare_quotes gives them the quotation)
            if "np" not in frames and not (
                    "expr" in frames and own_expression(doc, j, hi, lex)):
                # `a scandé des slogans : « … »`, `a adressé un message clair aux
                # supporters : « … »`: the words named, then the quotation that gives them
                return (colon, "colon", addressee) if colon is not None else None
            if object_clitic(doc, cue):
                return None  # `comme le lui demandait l'opposition`: the object is `le`
            if cue.lemma in PROCLAIMING_VERBS and any(
                    fold(doc[k].text) in DECLARED_RESULTS
                    for k in range(head.i + 1, min(limit, hi + 3))):
                return j, "np", addressee  # `a déclaré X grand vainqueur du scrutin`: the
                # person and what they were declared are said together
            if head.pos_ in {"PROPN", "PRON", "NUM"} or head.ent_type_ in {"PER", "ORG",
                                                                          "LOC"}:
                return None  # `a appelé le SAMU`: a named object is not what was said
            if (lex.noun_class(head) == "role" and low not in OPENING_MARKS) or (
                    cue.verb.act in {"statement", "announcement"} and
                    names_the_speech_event(doc, j, hi, head, lex)) or \
                    asks_the_floor(doc, j, hi, head):
                return (colon, "colon", addressee) if colon is not None else None
            return j, "np", addressee
        if t.pos_ == "PRON" and low in {"lui", "leur", "me", "m'", "nous", "vous", "les", "la",
                                        "le", "l'", "y", "en", "se", "s'"}:
            j += 1
            continue
        return None
    return None


def _plainly_a_verb(doc: Doc, cue: Cue) -> bool:
    """A cue with an auxiliary or pronoun inside it (`a fait état`, `s'est félicité`) or
    a subject of its own is a verb; a bare form may be a noun set off by commas
    (`Navalny, critique du Kremlin,`)."""
    return cue.start < cue.i or any(c.dep_.startswith(("nsubj", "aux"))
                                    for c in doc[cue.i].children)


def _second_noun_phrase(doc: Doc, k: int, pp_start: int, frames: frozenset[str]) -> bool:
    """`a salué en présence du ministre les réformes`: for a verb taking a noun phrase, a
    determiner right after a noun of the circumstance opens the object, however the parser
    attached it."""
    return "np" in frames and k > pp_start + 2 and doc[k].pos_ == "DET" and \
        doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ"} and not doc[k - 1].is_punct


def _attribute_at(doc: Doc, j: int, limit: int) -> bool:
    """An attribute starts at `j`: an adjective or a participle, maybe after an opening mark
    and adverbs (`s'est dite « prête à … »`, `s'est dit "profondément attristé"`)."""
    k = j + 1 if doc[j].text in OPENING_MARKS else j
    while k < limit and doc[k].pos_ == "ADV" and doc[k].lower_ not in {"ne", "n'", "pas"}:
        k += 1
    # a bare participle is an attribute when the parse makes it one (`s'est dit ouvert à
    # réviser …`), not when it starts a clause of its own
    return k < limit and (doc[k].pos_ == "ADJ" or (
        doc[k].pos_ == "VERB" and "Part" in morph(doc[k], "VerbForm") and
        (k > j or doc[k].dep_ == "xcomp")))


def _followed_by_apostrophe(doc: Doc, j: int, limit: int) -> bool:
    return j + 1 < limit and doc[j + 1].text in {"'", "’"}


def _attribute_then_que(doc: Doc, j: int, limit: int) -> int | None:
    """`convaincu que`, `« convaincu » qu'`, `persuadé que`: an adjective or participle
    (possibly quoted) right before a que-clause."""
    k = j
    seen_word = False
    while k < limit and k - j < 5:
        t = doc[k]
        if t.text in '«»"“”' or t.is_space:
            k += 1
            continue
        if not seen_word and (t.pos_ == "ADJ" or "Part" in morph(t, "VerbForm")):
            seen_word = True
            k += 1
            continue
        if seen_word and t.lower_.replace("’", "'") in {"que", "qu'"}:
            return k
        return None
    return None


def _adjective_then_infinitive(doc: Doc, j: int, limit: int) -> bool:
    """`a estimé nécessaire de renforcer les sanctions`, `a jugé urgent d'agir`: an
    adjective right after the verb, then `de` and an infinitive, is what the speaker
    judges (the infinitive's clause with it), not an object."""
    return j + 2 < limit and doc[j].pos_ == "ADJ" and \
        doc[j + 1].lower_.replace("’", "'") in {"de", "d'"} and \
        "Inf" in morph(doc[j + 2], "VerbForm")
