"""A noun phrase after a forward cue: what was said (`a dénoncé un « simulacre »`), whom
it was said to (`a appelé les deux camps à la retenue`), or neither (`a appelé le SAMU`).

Why apart from `presswatch.nlp.content`: a noun phrase is the one place where the walk
must first measure a phrase (its head, coordinated objects, a swallowed `à` complement)
and only then decide what it is, from the word after it and the verb's frames.
"""

from __future__ import annotations

from spacy.tokens import Token

from presswatch.nlp.circumstances import DE_PREPOSITIONS, skip_circumstance
from presswatch.nlp.content_addressees import addressee_np_end, is_person_np, target_end
from presswatch.nlp.content_objects import (
    acted_upon,
    makes_famous,
    names_the_speech_event,
    object_clitic,
    own_expression,
    shows_a_standing,
)
from presswatch.nlp.content_openings import attribute_at, quotation_after_colon
from presswatch.nlp.content_scan import Outcome, Scan, Walk
from presswatch.nlp.french import (
    A_PREPOSITIONS,
    ADDRESSEE_STOP,
    ARTICLED_PREPOSITIONS,
    NEGATION,
    OPENING_MARKS,
    QUE,
)
from presswatch.nlp.people import is_title
from presswatch.nlp.quote_filters import asks_the_floor
from presswatch.nlp.source_phrases import apposed_name_end
from presswatch.nlp.spans import np_span, pp_np_end
from presswatch.textutil import fold

PROCLAIMING_VERBS = frozenset({"déclarer", "proclamer"})
"""Verbs that declare a person something (`a proclamé X vainqueur`)."""
DECLARED_RESULTS = frozenset({"vainqueur", "vainqueure", "gagnant", "gagnante", "elu", "elue",
                              "elus", "elues", "reelu", "reelue", "coupable", "coupables"})
"""What a person is declared (folded): the object and this attribute are what was said."""
AFTER_AN_ADDRESSEE = frozenset({"que", "qu'", "de", "d'", "des", "du", "sur", "si", "pour",
                                "à"})
"""Words after a person's noun phrase that make it the addressee (`a prévenu les élus que`)."""
TARGETING_ACTS = frozenset({"criticism", "accusation", "praise"})
"""Acts whose noun-phrase object is what was said of someone (`a dénoncé les ministres :
…`), not whom it was said to: a colon after it does not make it an addressee."""


def noun_phrase_content(scan: Scan) -> Outcome:
    """The noun phrase at `scan.j`: the content (`np`, or a quotation after a colon), an
    addressee walked past, or no content at all."""
    t, low = scan.token, scan.low
    if not (t.pos_ in {"DET", "NOUN", "PROPN", "NUM", "ADJ"} or low in OPENING_MARKS or
            is_title(t)):
        return None
    head, hi = _extent(scan)
    after = _word_after(scan, hi)
    cut = addressee_np_end(scan.doc, scan.j, scan.limit, ADDRESSEE_STOP | {"contre"})
    if scan.cue.verb.act in {"warning", "question"} and scan.j < cut < hi and \
            scan.doc[cut].lower_ in {"sur", "contre"} and \
            is_person_np(scan.doc, scan.j, cut, scan.lex):
        # `a mis en garde les parents contre …`: the parser hangs the topic on the addressee
        hi, after = cut, scan.doc[cut]
    target = target_end(scan.doc, scan.j, hi, scan.lex,
                        charge=scan.cue.verb.act == "accusation") if "de" in scan.frames and \
        scan.cue.verb.act != "opinion" else None
    if target is not None:
        # `a accusé le gouvernement de mentir`, `a averti les habitants du risque de crue`:
        # one noun phrase to the parser
        hi, after = target, scan.doc[target]
    if (passed := _as_addressee(scan, hi, after)) is not None:
        return passed
    return _as_content(scan, head, hi)


def _extent(scan: Scan) -> tuple[Token, int]:
    """The phrase's head and end, coordinated objects included (`les États-Unis et leurs
    alliés`); an appeal's `à` complement the phrase swallowed is cut off."""
    doc, cue, j, t, low, limit = scan.doc, scan.cue, scan.j, scan.token, scan.low, scan.limit
    # an opening mark: the noun phrase inside it, whatever the parser hung the mark on
    # (`a réclamé à la ministre « de nouvelles élections »`)
    head = doc[j + 1] if low in OPENING_MARKS and j + 1 < limit and cue.i < t.head.i < j else t
    while head.head.i != head.i and head.head.i > cue.i and head.head.i < limit and \
            head.dep_ in {"det", "amod", "nummod", "flat:name", "punct", "case"}:
        head = head.head
    _lo, hi = np_span(doc, head)
    hi = max(hi, j + 1)
    if scan.appeal:
        # `a appelé les deux camps à la retenue`: the noun phrase swallowed the `à`
        # complement that is the content
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
        while scan.appeal and hi + 2 < limit and doc[hi].lower_.replace("’", "'") in \
                DE_PREPOSITIONS and doc[hi + 1].pos_ in {"DET", "NOUN", "PROPN"}:
            hi = pp_np_end(doc, hi + 1, limit, ADDRESSEE_STOP)  # `les forces de l'ordre`
    return head, hi


def _word_after(scan: Scan, hi: int) -> Token | None:
    """The word after the phrase, past an opening mark before `à`/`de` (`exhorte les
    États « à s'abstenir … »`)."""
    doc, limit = scan.doc, scan.limit
    after = doc[hi] if hi < limit else None
    if after is not None and after.text in OPENING_MARKS and hi + 1 < limit and \
            doc[hi + 1].lower_ in {"à", "de", "d'"}:
        after = doc[hi + 1]
    return after


def _as_addressee(scan: Scan, hi: int, after: Token | None) -> Outcome:
    """The phrase `j:hi` walked past as whom the words were said to, when a person's
    phrase is followed by what opens the words (`que`, `de`, `à` + an infinitive, an
    occasion then `que`)."""
    doc, cue, j, limit, lex, frames = scan.doc, scan.cue, scan.j, scan.limit, scan.lex, \
        scan.frames
    person = after is not None and is_person_np(doc, j, hi, lex)
    told = "colon" in frames and cue.verb.act not in TARGETING_ACTS
    if person and (past := skip_circumstance(doc, hi, commas=False)) > hi and \
            past < limit and (doc[past].lower_.replace("’", "'") in QUE or (
                doc[past].text == ":" and told)):
        return scan.passed_addressee(j, hi, go_on=past)  # `a averti les syndicats lors
        # d'une réunion que …`, `a prévenu les automobilistes lundi : …`
    if person and (after.lower_.replace("’", "'") in AFTER_AN_ADDRESSEE | (
            {"contre"} if cue.verb.act == "warning" else set()) or (
            after.text == ":" and told)):
        return scan.passed_addressee(j, hi)  # (`a rassuré les habitants : …`: a colon
        # after whom it was said to opens what was said)
    past_after = after_a = (after.i if after is not None else hi) + 1
    while after_a + 1 < limit and (doc[after_a].lower_.replace("’", "'") in
                                   NEGATION | {"se", "s'"} or doc[after_a].text in OPENING_MARKS):
        after_a += 1  # `à ne pas obéir`, `à se retirer`, `à « ne pas céder … »`
    to_verb = after is not None and after.lower_ in {"à", "a"} and after_a < limit and (
        doc[after_a].pos_ in {"VERB", "AUX"} or
        (scan.appeal and doc[past_after].pos_ in {"DET", "NOUN"}))
    to_noun = scan.appeal and after is not None and after.lower_ in {"au", "aux"} and \
        after.pos_ == "ADP"
    if "a" in frames and after is not None and after.text == ",":
        # `a appelé le Maroc, par la voix de sa commissaire, à empêcher …`
        k = next((m for m in range(hi + 1, min(hi + 15, limit)) if doc[m].text == ","), None)
        if k is not None and k + 2 < limit and doc[k + 1].lower_ in {"à", "a"} and \
                doc[k + 2].pos_ in {"VERB", "AUX"}:
            return scan.passed_addressee(j, hi, go_on=k + 1)
    if ("a" in frames and to_verb) or to_noun:
        # `appelle le gouvernement à baisser les charges`, `les deux camps à la retenue`,
        # `les supporters au calme`
        return scan.passed_addressee(j, hi)
    return None


OBSERVING_VERBS = frozenset({"noter", "relever", "constater", "observer", "rapporter"})
"""Verbs of saying whose noun-phrase object is most often a thing (`a relevé son taux`,
`a noté les copies`, `a rapporté 3 millions`), but what was said when it is a change
observed (`a noté une hausse des vols`, `a relevé une baisse des dons`)."""
TREND_NOUNS = frozenset({"hausse", "baisse", "augmentation", "diminution", "recul",
                         "progression", "amélioration", "dégradation", "détérioration",
                         "chute", "envolée", "flambée", "ralentissement", "accélération",
                         "stabilisation", "détente", "multiplication", "explosion", "regain",
                         "repli", "rebond", "essor"})


def observed_trend(lemma: str, head: Token) -> bool:
    """Whether a verb of observing has a change, or a count of cases, as its object
    (`a noté une hausse des passages aux urgences`, `a rapporté 412 nouveaux cas`)."""
    if lemma not in OBSERVING_VERBS:
        return False
    noun = head.lemma_.lower()
    return noun in TREND_NOUNS or (noun == "cas" and any(
        c.pos_ == "NUM" or c.like_num for c in head.subtree))


def _as_content(scan: Scan, head: Token, hi: int) -> Outcome:
    """The phrase `j:hi` as what was said (`np`), the quotation after it (`a adressé un
    message aux supporters : « … »`), or nothing said (`a appelé le SAMU`)."""
    doc, cue, j, limit, lex, frames = scan.doc, scan.cue, scan.j, scan.limit, scan.lex, \
        scan.frames
    if "attr" in frames and attribute_at(doc, j, limit):
        return scan.found(j, "attr")  # s'est dite « prête à entendre … »
    colon = quotation_after_colon(doc, hi, limit) if "colon" in frames and not any(
        doc[k].lower_.replace("’", "'") in DE_PREPOSITIONS | {"des"}
        for k in range(j + 1, hi)) else None  # (`un message de l'accusé : « … »`: the
    # words' author is named, bare_quotes gives them the quotation)
    if "np" not in frames and not ("expr" in frames and own_expression(doc, j, hi, lex)) \
            and not observed_trend(cue.verb.lemma, head):
        # `a scandé des slogans : « … »`, `a adressé un message clair aux supporters :
        # « … »`: the words named, then the quotation that gives them
        return scan.found(colon, "colon") if colon is not None else Walk.STOP
    if object_clitic(doc, cue):
        return Walk.STOP  # `comme le lui demandait l'opposition`: the object is `le`
    if cue.lemma in PROCLAIMING_VERBS and any(
            fold(doc[k].text) in DECLARED_RESULTS for k in range(head.i + 1, min(limit, hi + 3))):
        # `a déclaré X grand vainqueur du scrutin`: the person and what they were declared
        # are said together
        return scan.found(j, "np")
    if head.pos_ in {"PROPN", "PRON", "NUM"} or head.ent_type_ in {"PER", "ORG", "LOC"}:
        return Walk.STOP  # `a appelé le SAMU`: a named object is not what was said
    if any(c.dep_ == "appos" and c.ent_type_ == "PER" and j <= c.i < hi and not any(
            w.is_punct or w.pos_ == "DET" or w.lower_ in ARTICLED_PREPOSITIONS
            for w in doc[head.i + 1:c.i])
           for c in head.children) and \
            not any(doc[k].text in OPENING_MARKS for k in range(j, min(hi, limit))):
        return Walk.STOP  # `a rappelé le milieu de terrain Yanis Belkacem`: a person
        # named after the noun, no comma between, is who was called, not what was said
        # (not `trois ans de prison contre l'ancien gérant, Didier Maury`, nor `la
        # victoire de la skieuse Léa Morel`, whose name the determined complement holds)
    if cue.verb.act == "opinion" and any(
            doc[k].text == "," and apposed_name_end(doc, k, limit) != k
            for k in range(j, min(hi + 1, limit))):
        return Walk.STOP  # `Le tribunal jugeait un agent de 31 ans, Dylan Peyrac, …`: a
        # person named in apposition is who is tried or judged, not a view said (not
        # `Jugeant la situation grave, Paul Roux a …`: the name opens the main clause)
    if (lex.noun_class(head) == "role" and not any(doc[k].text in OPENING_MARKS
                                                   for k in range(j, min(hi, limit)))) or (
            cue.verb.act in {"statement", "announcement"} and
            names_the_speech_event(doc, j, hi, head, lex)) or \
            asks_the_floor(doc, j, hi, head) or shows_a_standing(doc, j, hi, cue.lemma, lex) or \
            makes_famous(doc, j, hi, head, cue.lemma, lex) or \
            acted_upon(doc, j, hi, head, cue.lemma, lex):
        # (a role in quotation marks is a label said: `a salué une « immense championne »`)
        return scan.found(colon, "colon") if colon is not None else Walk.STOP
    return scan.found(j, "np")

