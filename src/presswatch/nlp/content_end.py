"""Where the reported content of a forward cue stops: the unit end, a semicolon, a sibling
cue (`…, ajoutant que`, `et a dû …`), a clause of the report's own (`…, tandis que Y a salué
…`), the reporter's adjunct (`…, sans préciser …`), the occasion of the words (`…, lors de sa
conférence de presse`), or the clause the report was set in (`Les parents de X, qui s'est
plaint de …, sont sortis …`). Where it starts is `presswatch.nlp.content`. This module
walks the content and decides; the clause kinds read after a comma are
`presswatch.nlp.content_clauses`, the reporter's occasion and time words
`presswatch.nlp.content_occasions`.
"""

from __future__ import annotations

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Cue
from presswatch.nlp.content_additions import (
    channel_end,
    writers_words_after_comma,
)
from presswatch.nlp.content_clauses import (
    absolute_participle_clause,
    bare_noun_apposition,
    clitic_participle_clause,
    enclosing_clause_resumes,
    in_opening_subordinate,
    inverted_incise,
    new_report_after_comma,
    opens_a_subject,
    own_source_follows,
    participle_aside,
    quotation_with_incise,
    report_compared,
    reporter_adjunct_after,
    subject_report_after_comma,
    taken_up_by_ce,
)
from presswatch.nlp.content_occasions import (
    after_an_event,
    an_act_at_the_occasion,
    infinitive_adjunct,
    manner_to_the_end,
    occasion_to_the_end,
    only_when_left,
)
from presswatch.nlp.docfacts import column, morph, sentence_bounds, strings
from presswatch.nlp.french import (
    CLOSING_MARKS,
    CONTRAST_HEADS,
    NEGATION,
    OPENING_MARKS,
    POSSESSIVES,
    PRE_VERB_CLITICS,
    QUE,
    is_present_participle,
)
from presswatch.nlp.implicit_subjects import main_clause_subject
from presswatch.nlp.marks import find_segments
from presswatch.nlp.misread_verbs import relative_quotation_end
from presswatch.nlp.sentence_frames import gerund_start
from presswatch.nlp.spans import completes_a_noun, inside_segment, reports_the_clause_before
from presswatch.textutil import doc_cache


def semicolon_or_end(doc: Doc, start: int, limit: int) -> int:
    """Where a clause that runs to its sentence's end stops: a semicolon, or a comma before
    an inverted incise (`Pour X, « … », a-t-il dit à l'AFP`: the incise is never inside
    the words it reports) or before `ce que` and a verb that takes the clause up again."""
    for j in range(start, limit):
        if doc[j].text == ";" or (doc[j].text == "," and j > start + 1 and (
                inverted_incise(doc, j + 1, limit) or
                (j + 3 < limit and reports_the_clause_before(doc, j + 3, start) == j and
                 doc[j + 3].pos_ in {"VERB", "AUX"}))):
            return j  # (or `…, ce qu'a confirmé X`: X's words, taken up again)
    return limit


def content_end(doc: Doc, cue: Cue, start: int, limit: int, cues: list[Cue],
                 lex: Lexicon) -> int:
    """Where the content of a forward cue stops: the unit end, a semicolon, or a sibling
    of the cue verb (a coordinated or participial verb: `…, ajoutant que`, `et a dû …`).
    A relative pronoun left alone after the last comma is cut with it (`a défendu la
    réforme, qui, selon ses opposants, …`: the aside ended the content, the relative
    opens a clause of its own)."""
    end = _content_end(doc, cue, start, limit, cues, lex)
    if end - 2 > start and doc[end - 2].text == "," and \
            doc[end - 1].lower_ in {"qui", "que", "qu'", "qu’", "dont", "où"}:
        return end - 2
    return end


def _content_end(doc: Doc, cue: Cue, start: int, limit: int, cues: list[Cue],
                 lex: Lexicon) -> int:
    verb = doc[cue.i]
    limit = min(limit, opening_clause_end(doc, verb) or limit)
    # (`ont fait valoir`: the parser may make the last word of the expression the relative)
    relative = next((v for v in (verb, verb.head) if v.dep_ == "acl:relcl"), None)
    if relative is not None:  # `Le parquet, qui avait requis X, n'a pas …`: X only
        clause = {t.i for t in relative.subtree}
        comma = next((k for k in range(start + 1, limit) if doc[k].text == "," and
                      k + 1 < limit and (doc[k + 1].head.i not in clause or
                                         _main_verb_resumes(doc, relative, start, k + 1,
                                                            limit))),
                     None)
        limit = comma if comma is not None else limit
        edge = max(clause) + 1
        if start < edge < limit and doc[edge].pos_ in {"VERB", "AUX"} and \
                "Fin" in morph(doc[edge], "VerbForm"):
            limit = edge  # `Des ministres qui ont fait valoir leur malaise pourraient …`:
            # the main clause's verb after the relative, without a comma
    if (main := relative_quotation_end(doc, verb, start)) is not None:
        limit = min(limit, main)  # `Le rapport que la commission juge « … » sera publié`
    if participle_aside(doc, cue):  # `La ministre, ayant déclaré que …, recevra …`
        limit = next((k for k in range(start + 1, limit) if doc[k].text == "," and
                      verb_resumes(doc, start, k + 1, limit)), limit)
    other_cue_starts = {c.start: c for c in cues if c.i != cue.i}
    segments = doc_cache(doc, "segments", find_segments)
    # after `que`, a clause with its own subject may continue what was said (`a ajouté que
    # X, mais au moins on peut …`); a noun phrase cannot go on into one (`admet le meurtre
    # mais il a contesté …`)
    after_que = start > 0 and doc[start - 1].lower_.replace("’", "'") in QUE
    idxs, texts = column(doc, IDX), strings(doc, ORTH)  # (a Token only outside quotations)
    if after_que:
        limit = _quoted_clause_end(doc, start, limit, segments, idxs)
    # `Alors que le président avait assuré que l'objectif était le maintien, le club
    # pointe …`: a main clause follows the subordinate, whatever the tagger made of its verb
    subordinate = after_que and in_opening_subordinate(verb)
    verbless = after_que  # `que le gouvernement, selon ses informations, préparait …`: the
    # clause after `que` has not reached its verb yet, so an aside cannot end it
    for j in range(start, limit):
        before_its_verb = verbless
        if verbless and doc[j].pos_ in {"VERB", "AUX"}:
            verbless = False  # (inside quotation marks too: `qu'un accord « reste »`)
        if inside_segment(idxs[j], segments):
            continue  # nothing inside a quotation ends the content
        t, text = doc[j], texts[j]
        if before_its_verb and text == ",":
            continue
        if text == ":" and j > start and not after_que and _noun_phrase_said(doc, start) \
                and _enumeration_to_the_end(doc, j + 1, limit):
            return limit  # `a évoqué les mesures : gratuité des soins, …`: the list spells
            # out the noun phrase said (a word of it the tagger took for a verb included)
        if text == ";" or (text == ":" and j > start and not (
                j + 1 < limit and doc[j + 1].text in '«"“')):
            return j
        if not after_que and j > start + 1 and _noun_phrase_ends(doc, j, start, limit, texts,
                                                                 lex):
            return j
        if text == "," and j > start + 1 and _comma_ends(doc, j, start, limit, verb, cues,
                                                         other_cue_starts, after_que, lex):
            return j
        if subordinate and not before_its_verb and text == "," and j > start + 1 and \
                opens_a_subject(doc, j + 1):
            return j  # the first comma past the reported verb before a subject
        if after_que and not before_its_verb and text in {"et", "mais"} and \
                _speakers_next_verb(doc, verb, j + 1, limit):
            return j  # `a affirmé que le budget serait tenu et n'exclut pas une hausse`
        # (cheapest tests first, the subject last: few tokens are verbs of the cue's own)
        sibling = j > start and t.pos_ in {"VERB", "AUX"} and t.head.i == verb.i and \
            t.lower_ not in NO_SIBLING_WORDS and not completes_a_noun(doc, t, start) and \
            not _second_attribute(cue, t) and (
            (t.dep_ in {"conj", "parataxis"} and (
                not after_que or (not any(c.dep_.startswith("nsubj") for c in t.children)
                                  and _tensed_like_the_cue(doc, verb, t)))) or
            (t.dep_ == "advcl" and (
                is_present_participle(t) or
                _adverbial_clause_of_the_report(t, start))) or
            # `a fait écho aux menaces en prévenant que …`: a gerund the parse calls a
            # complement is the subject's adjunct all the same
            (t.dep_ == "xcomp" and is_present_participle(t) and
             any(c.lower_ == "en" for c in t.children)))
        sibling_cue = j in other_cue_starts and _starts_sibling(doc, other_cue_starts[j], start)
        if (sibling or sibling_cue) and not before_its_verb:
            b = t.left_edge.i if sibling else j
            b = max(b, start + 1)
            while b > start + 1 and (doc[b - 1].lower_ in {"et", "mais", ",", "en", "tout", "puis",
                                                           "de", "d'", "d’", "avant"}
                                     or doc[b - 1].is_space or doc[b - 1].dep_.startswith("aux")):
                b -= 1
            if (b > start + 1 or (b == start + 1 and doc[start].pos_ in {"NOUN", "PROPN"} and
                                  doc[b].lower_ == "et")) and _boundary_ok(doc, b):
                return b  # (one noun said before `et`: `a appelé au calme et a …`; a lone
                # verb is more often one whose complement the parser hung on the cue)
    return limit


def _second_attribute(cue: Cue, word: Token) -> bool:
    """`s'est dit « très déçu » mais déterminé à revenir`: after a verb taking an attribute,
    a past participle with no auxiliary of its own is a second attribute said, not the
    speaker's next verb."""
    return "attr" in cue.verb.frames and "Part" in morph(word, "VerbForm") and \
        "Past" in morph(word, "Tense") and \
        not any(c.dep_.startswith("aux") for c in word.children)


def _finite_part(verb: Token) -> Token:
    """The word of a verb that carries its tense and person: its auxiliary when it has one
    (`a déclaré`: `a`), else the verb itself."""
    return next((c for c in verb.children if c.dep_.startswith("aux") and
                 "Fin" in morph(c, "VerbForm")), verb)


def _tensed_like_the_cue(doc: Doc, cue_verb: Token, other: Token,
                         fields: tuple[str, ...] = ("Number", "Tense", "Mood")) -> bool:
    """`a fait remarquer que ces manœuvres étaient routinières et ne visaient aucun pays`:
    a finite verb after `que … et` that differs from the reporting verb in number, tense
    or mood goes on with the reported clause (reported speech shifts its tenses: the
    imperfect, the conditional), whatever the parse hung it on; the speaker's next verb
    shares the report's own (`a affirmé que … et n'exclut pas`, `a dit que … et a
    ajouté`). A cue with no finite form of its own (`Soulignant que`) is not compared.
    Another subject's verb is compared in tense and mood only (`fields`)."""
    mine, theirs = _finite_part(cue_verb), _finite_part(other)
    if "Fin" not in morph(mine, "VerbForm") or "Fin" not in morph(theirs, "VerbForm"):
        return True
    for field in fields:
        a, b = morph(mine, field), morph(theirs, field)
        if a and b and a != b:
            return False
    return True


def _speakers_next_verb(doc: Doc, cue_verb: Token, k: int, limit: int) -> bool:
    """`a affirmé que le budget serait tenu et n'exclut pas …`, `a assuré que la banque
    disposait de réserves mais refuse de …`: after `et` / `mais` at `k`, a finite verb in
    the present (or simple past) with no subject, joined to a reported verb in the
    conditional or the imperfect and agreeing with the reporting verb in number, is the
    speaker's next verb, however the parser hung it: reported speech shifts its tenses,
    the speaker's own verbs keep the report's."""
    while k < limit and doc[k].lower_.replace("’", "'") in NEGATION | PRE_VERB_CLITICS:
        k += 1
    if k >= limit or doc[k].pos_ not in {"VERB", "AUX"} or doc[k].dep_ != "conj":
        return False
    nxt = doc[k].head if doc[k].pos_ == "AUX" else doc[k]
    if any(c.dep_.startswith("nsubj") for c in nxt.children):
        return False
    theirs, content, mine = _finite_part(nxt), _finite_part(nxt.head), _finite_part(cue_verb)
    if not all("Fin" in morph(x, "VerbForm") for x in (theirs, content, mine)):
        return False
    shifted = "Cnd" in morph(content, "Mood") or \
        bool(set(morph(content, "Tense")) & {"Imp", "Pqp"})
    plain = "Ind" in morph(theirs, "Mood") and \
        not set(morph(theirs, "Tense")) & {"Imp", "Pqp", "Fut"}
    return shifted and plain and morph(theirs, "Number") == morph(mine, "Number") and \
        not set(morph(mine, "Tense")) & {"Imp", "Pqp"}


def _main_verb_resumes(doc: Doc, relative: Token, start: int, k: int, limit: int) -> bool:
    """`Le maire, qui a assuré que les travaux seraient financés, a quitté la salle`: in a
    `qui` relative set off by a comma, a finite verb with no subject right after a later
    comma is the antecedent's own verb, however the parser hung it (it may make it the
    content's): the relative, and its content, ended at the comma."""
    rel = next((c for c in relative.children if c.dep_.startswith("nsubj") and
                c.lower_ == "qui"), None)
    if rel is None or rel.i == 0 or doc[rel.i - 1].text != ",":
        return False
    return verb_resumes(doc, start, k, limit)


def verb_resumes(doc: Doc, start: int, k: int, limit: int) -> bool:
    """Whether a finite verb with no subject of its own stands at `k` (after a comma),
    once the content from `start` has had a finite verb: the verb of the clause an aside
    holding the report cut (`X, qui a assuré que …, a quitté …`, `X, ayant déclaré que
    …, recevra …`)."""
    if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
               for t in doc[start:k - 1]):
        return False  # (`que les travaux, prévus en mai, seraient …`: the content's own
        # verb is still to come)
    m = k
    while m < limit and doc[m].lower_.replace("’", "'") in PRE_VERB_CLITICS:
        m += 1
    return m < limit and doc[m].pos_ in {"VERB", "AUX"} and \
        "Fin" in morph(doc[m], "VerbForm") and doc[m].text[:1].islower() and \
        not any(c.dep_.startswith("nsubj") and c.i < m for c in doc[m].head.children
                if c.i >= k)


def _quoted_clause_end(doc: Doc, start: int, limit: int, segments: list, idxs) -> int:
    """`Quand X affirme que « … », on se prend à douter`: a clause after `que` that is one
    quotation ends at its closing mark when a comma and another clause follow; the marks
    say where the speaker's words stop (a second `et que …` still goes on)."""
    if doc[start].text not in OPENING_MARKS:
        return limit
    seg = next((s for s in segments if s.open == idxs[start]), None)
    if seg is None or not seg.closed:
        return limit
    close = next((k for k in range(start + 1, limit) if idxs[k] == seg.close), None)
    if close is None or close + 2 >= limit or doc[close + 1].text != ",":
        return limit
    after = doc[close + 2]
    if after.text in OPENING_MARKS or (after.lower_ in {"et", "mais", "ou"} and
                                       doc[close + 3].lower_.replace("’", "'") in QUE):
        return limit
    return close + 1


def opening_clause_end(doc: Doc, verb: Token) -> int | None:
    """`Reprochant à la direction de mentir, les salariés ont voté la grève`, `Accusé par
    ses rivaux de tricher, le coureur …`: a participle opening its sentence (or a clause
    after punctuation), with no auxiliary or subject of its own, heads a clause that ends
    at the comma before the main clause's subject; None when it opens nothing."""
    first = gerund_start(doc, verb, _opening_phrase_start(doc, verb))  # (`en …ant`)
    if not ("Part" in morph(verb, "VerbForm") or is_present_participle(verb) or
            first < verb.i) or not (
            first == sentence_bounds(verb)[0] or doc[first - 1].is_punct) or any(
            (c.dep_.startswith("aux") and c.i < first) or c.dep_.startswith("nsubj")
            for c in verb.children):
        return None
    main = main_clause_subject(doc, verb)
    return main[0] - 1 if main is not None else None


def opening_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The main clause's subject that an opening `après avoir` / `avant de` phrase shares
    (`Après avoir rappelé que …, le maire a annoncé …`), or None."""
    if gerund_start(doc, verb, _opening_phrase_start(doc, verb)) == verb.i:
        return None
    return main_clause_subject(doc, verb)


OPENING_LINKS = frozenset({"après", "avant", "de", "d'", "sans"})
"""Words that open an infinitive phrase at a sentence's head (`Après avoir rappelé que …,
X a …`, `Avant de préciser que …, X …`)."""


def _opening_phrase_start(doc: Doc, verb: Token) -> int:
    """Where an infinitive phrase opening with `après avoir`, `avant de`, `sans` starts
    (the verb's own index when no such words stand before it): only its infinitive
    auxiliary and those words come before the verb."""
    k = verb.i
    while k > 0 and doc[k - 1].pos_ == "AUX" and "Inf" in morph(doc[k - 1], "VerbForm"):
        k -= 1
    if "Inf" not in morph(doc[k], "VerbForm"):
        return verb.i
    m = k
    while m > 0 and doc[m - 1].lower_.replace("’", "'") in OPENING_LINKS:
        m -= 1
    return m if m < k else verb.i


def _enumeration_to_the_end(doc: Doc, k: int, limit: int) -> bool:
    """`a évoqué les mesures prises : gratuité des soins, distribution de moustiquaires et
    campagnes de dépistage`: after a colon, a verbless list of noun phrases in lower case
    to the end spells out the noun phrase said; a clause (`: il partira`) or a quotation
    after the colon is something else."""
    rest = doc[k:limit]
    return len(rest) >= 4 and rest[0].text[:1].islower() and rest[0].pos_ != "PRON" and \
        any(t.text == "," or t.lower_ == "et" for t in rest) and \
        not any((t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")) or
                t.text in '«»"“”:;' for t in rest)


def _possessive_phrase(doc: Doc, start: int) -> bool:
    """Whether a content opens with a possessive (`sa satisfaction`, `toute sa fierté`,
    `leur colère`): what the speaker says of their own feeling, stance or plan."""
    k = start + 1 if doc[start].lower_ in {"toute", "tout", "toutes", "tous"} else start
    return k < len(doc) and doc[k].lower_ in POSSESSIVES


def _noun_phrase_said(doc: Doc, start: int) -> bool:
    """Whether a content opens with a noun phrase (an article, a noun, a quotation of
    one), not an infinitive or a clause."""
    first = doc[start + 1] if doc[start].text in OPENING_MARKS and start + 1 < len(doc) \
        else doc[start]
    return first.pos_ in {"DET", "NOUN", "PROPN", "NUM"}


def _word_after_purpose(doc: Doc, k: int, limit: int) -> int | None:
    """Where the verb of a purpose opened at `k` (`pour`, `afin de`) should stand, past
    its negation and clitics (`pour ne pas se …`); None when `afin` has no `de`."""
    m = k + 1
    if doc[k].lower_ == "afin":
        if m >= limit or doc[m].lower_.replace("’", "'") not in {"de", "d'"}:
            return None
        m += 1
    while m < limit and doc[m].lower_.replace("’", "'") in NEGATION | {
            "se", "s'", "en", "y", "le", "la", "les", "l'", "lui", "leur"}:
        m += 1
    return m


def _purpose_of_speaking(doc: Doc, k: int, limit: int, lex: Lexicon) -> bool:
    """`pour` / `afin de` at `k` opening an infinitive of stating (`pour justifier son
    refus`, `afin d'expliquer`): the speaker's reason to speak, not part of what was
    said (a promise or a demand, `pour garantir la sécurité`, may be)."""
    m = _word_after_purpose(doc, k, limit)
    if m is None:
        return False
    verb = lex.verb(doc[m].lemma_) if m < limit else None
    return verb is not None and verb.act == "statement" and doc[m].pos_ == "VERB" and \
        "Inf" in morph(doc[m], "VerbForm")  # (`pour garantir la sécurité` is a purpose)


def _quoted_appeal(doc: Doc, start: int) -> bool:
    """`a appelé « à la retenue »`: a quotation that opens on `à` and a noun phrase, what
    an appeal is to (never `« de tout faire »`, whose purpose may be part of the promise)."""
    return doc[start].text in OPENING_MARKS and start + 2 < len(doc) and \
        doc[start + 1].lower_ in {"à", "au", "aux"} and \
        doc[start + 2].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}


def _purpose_after_quotation(doc: Doc, start: int, k: int, limit: int) -> bool:
    """`a réclamé « une enquête indépendante » pour faire la lumière sur …`: a noun phrase
    said wholly in quotation marks, its determiner at most outside, then `pour` / `afin
    de` and an infinitive at `k`: the marks close the words said, and the purpose after
    them is the writer's account of why, whatever the verb."""
    if k < 1 or doc[k - 1].text not in CLOSING_MARKS or not any(
            doc[m].text in OPENING_MARKS for m in range(start, min(start + 2, k))) or any(
            doc[m].text in CLOSING_MARKS for m in range(start, k - 1)):
        return False
    m = _word_after_purpose(doc, k, limit)
    if m is None:
        return False
    return m < limit and doc[m].pos_ in {"VERB", "AUX"} and "Inf" in morph(doc[m], "VerbForm")


NO_SIBLING_WORDS = frozenset({"envers", "attendant"})
"""Words the tagger may call a verb beside the cue that open no verb of the subject's:
`sa confiance envers la direction` (a preposition), `à la patience en attendant les
résultats` (`en attendant`: until)."""


def _adverbial_clause_of_the_report(verb: Token, content_start: int) -> bool:
    """`…, tandis que Marie a salué …`, `…, alors qu'il avait promis …`: a clause with its own
    subject or conjunction, attached to the reporting verb after a comma, says when or
    against what the words were said; it is not part of what was said."""
    doc = verb.doc
    left = verb.left_edge.i
    if left <= content_start or doc[left - 1].text != ",":
        return False
    if doc[left].lower_ in REASON_OPENERS and (any(
            t.text in OPENING_MARKS for t in doc[left: verb.right_edge.i + 1]) or
            doc[content_start - 1].lower_.replace("’", "'") in QUE):
        return False  # `a décrit l'entretien comme « utile », dans la mesure où les
        # Occidentaux étaient « endoctrinés »`, `a estimé que X, parce que Y`: a reason in
        # the speaker's own quoted words, or after a clause said (as the dev gold keeps it)
    return any(c.dep_ == "mark" or c.dep_.startswith("nsubj") for c in verb.children
               if c.i < verb.i)


REASON_OPENERS = frozenset({"parce", "puisque", "puisqu'", "puisqu’", "car", "dans"})
"""First words of a clause giving the reason of a report (`parce que`, `dans la mesure où`)."""


def _starts_sibling(doc: Doc, other: Cue, content_start: int) -> bool:
    """A later cue opens a new quote of the same speaker when it has no subject of its own
    and is joined by `, ajoutant` / `et a souligné` / `mais averti` / `, en précisant`."""
    verb = doc[other.i]
    if other.incise:
        return True
    if (any(c.dep_.startswith("nsubj") for c in verb.children) and
            after_restrictive_que(doc, verb) is None) or \
            completes_a_noun(doc, verb, content_start):
        return False  # (`leur volonté d'aller … et de demander …`: one noun's complements)
    prev = doc[other.start - 1] if other.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ == "en" or (prev.lower_.replace("’", "'") in {"de", "d'"} and
                               "Inf" in morph(verb, "VerbForm")):
        prev = doc[other.start - 2] if other.start > 1 else prev  # `, mais de rappeler`
    if other.start > 1 and doc[other.start - 1].lower_ == "en" and is_present_participle(verb) \
            and doc[content_start - 1].lower_.replace("’", "'") not in QUE:
        return True  # `a jugé ces travaux « indispensables » tout en déplorant …`, `a évoqué
        # la concurrence en dénonçant …`: after a noun phrase said, the gerund is the
        # speaker's next act (after `que` it may be the reported subject's: `que X avait
        # ignoré … tout en répétant`)
    return prev.text == "," or prev.lower_ in {"et", "mais", "puis", "avant"}
    # (`a reconnu que … avant d'assurer que …`: what the speaker said next)


def after_restrictive_que(doc: Doc, verb: Token) -> Token | None:
    """`a assuré que le contrôle ne pèserait plus que 30 % de la note et a promis …`: the
    parser reads the `que` of `ne … plus que` / `ne … que` (only) as a subordinator and
    makes `30 %` the subject of the speaker's next verb; a `que` right after a verb
    negated by `ne` (adverbs between) opens no clause, so that subject is none. The
    negated verb (`pèserait`), whose head is the verb the speaker's next one joins, or
    None."""
    for mark in verb.children:
        if mark.dep_ != "mark" or mark.lower_.replace("’", "'") not in QUE or mark.i >= verb.i:
            continue
        k = mark.i - 1
        while k > 0 and doc[k].pos_ == "ADV" and doc[k].lower_ not in {"ne", "n'", "n’"}:
            k -= 1
        if doc[k].pos_ in {"VERB", "AUX"} and any(
                c.lower_.replace("’", "'") in {"ne", "n'"} for c in doc[k].children):
            return doc[k]
    return None


def _boundary_ok(doc: Doc, b: int) -> bool:
    return not doc[b - 1].text.endswith(("«", "“"))


def _noun_phrase_ends(doc: Doc, j: int, start: int, limit: int, texts: list[str],
                      lex: Lexicon) -> bool:
    """Whether a content that is no `que` clause (a noun phrase said, most often) ends
    before word `j`: an occasion, a contrast, a purpose of speaking, the subject's next
    verb, the event the words followed."""
    t = doc[j]
    if (t.pos_ == "ADP" or t.lower_ == "lors") and occasion_to_the_end(doc, j, next(
            (m for m in range(j, limit) if texts[m] == ","), limit)) and \
            not an_act_at_the_occasion(doc, start, j):
        return True  # `a exprimé leur colère lors d'une réunion publique`, `dans une
        # lettre`: a noun phrase said is not where it was said
    if j > start and _noun_phrase_said(doc, start) and manner_to_the_end(doc, j, limit) and \
            not any(doc[m].pos_ in {"VERB", "AUX"} for m in range(start, j)):
        return True  # `a nié les faits jusqu'au bout`: how the words were said (`a promis
        # de revenir une nouvelle fois`, `a dénoncé une réforme votée en bloc`, `des
        # gendarmes qui ont agi avec fermeté`: a verb said keeps its own adverbial)
    if t.lower_ in CONTRAST_HEADS and j + 1 < limit and \
            doc[j + 1].lower_.replace("’", "'") in QUE and _noun_phrase_said(doc, start):
        return True  # `a critiqué le budget alors que le gouvernement cherche …`
    if t.lower_ in {"pour", "afin"} and (
            (_noun_phrase_said(doc, start) and _purpose_of_speaking(doc, j, limit, lex)) or
            ((_noun_phrase_said(doc, start) or _quoted_appeal(doc, start)) and
             _purpose_after_quotation(doc, start, j, limit))):
        return True  # `a mis en avant « l'intérêt national » pour justifier son refus`:
        # why it was said is the narrator's (`des mesures pour aider …` stays)
    if _noun_phrase_said(doc, start) and infinitive_adjunct(doc, j, limit):
        return True  # `a confirmé la convocation sans en préciser la teneur`: the writer's
    if t.lower_ == "et" and j + 1 < limit and doc[j + 1].pos_ == "VERB" and \
            "Fin" in morph(doc[j + 1], "VerbForm") and doc[j + 1].lemma_ not in {"avoir", "être"}:
        return True  # `manifeste sa colère et réclame le départ du directeur`: a noun
        # phrase said does not go on into the subject's next finite verb, however the
        # parser hung it (it may read the first verb as an adjective); `et a …` may
        # be an auxiliary the tagger misread, whose participle comes later
    if t.lower_ == "sur" and _noun_phrase_said(doc, start) and (
            channel := channel_end(doc, j + 1, limit)) is not None and (
            _possessive_phrase(doc, start) or channel >= limit or
            doc[channel].text in {",", ".", ";"} or after_an_event(doc, channel, limit)):
        return True  # `a fait part de sa déception sur les réseaux sociaux`: where it was
        # said, not what (`les attaques sur les réseaux sociaux contre …` go on)
    if _possessive_phrase(doc, start) and after_an_event(doc, j, limit):
        return True  # `a confié toute sa satisfaction après ce succès`: the speaker's own
        # feeling or plan said, then the event it followed, told by the writer
    # `a dénoncé « une mascarade » lundi`: the day is the narrator's, as the event the
    # words followed (`a salué « un tournant » après le vote`)
    return doc[j - 1].text in CLOSING_MARKS and (
        only_when_left(doc, j, limit) or after_an_event(doc, j, limit))


def _comma_ends(doc: Doc, j: int, start: int, limit: int, verb: Token, cues: list[Cue],
                other_cue_starts: dict[int, Cue], after_que: bool, lex: Lexicon) -> bool:
    """Whether the content ends at the comma `j`: what follows reports the words again,
    describes a place or a person, comments on what was said, is the subject's next act,
    a new report, or the writer's adjunct."""
    if inverted_incise(doc, j + 1, limit):
        return True  # `croit qu'un accord « reste possible », a-t-il tweeté`: the incise
        # reports the same words again; it is not part of them
    if not after_que and j + 2 < limit and \
            doc[j + 1].lower_ in {"où", "qui"} and \
            doc[j - 1].pos_ in {"NOUN", "PROPN"} and \
            not any("Fut" in morph(t, "Tense") or "Cnd" in morph(t, "Mood")
                    for t in doc[j + 2:limit]):
        return True  # `a exigé un débat à Strasbourg, où le Parlement siège`: the writer
        # says what the place is; a noun phrase said stops before (not a plan's own
        # `où seront réunis …`); so does `, qui` (`a rappelé les rencontres avec les
        # riverains, qui se plaignent …`: the writer describes, not `, qui sera …`)
    if not after_que and j + 2 < limit and \
            doc[j + 1].lower_.replace("’", "'") in {"que", "qu'"} and \
            doc[j - 1].pos_ in {"NOUN", "PROPN"} and \
            any(c.start in range(j + 2, j + 6) for c in other_cue_starts.values()):
        return True  # `a rejeté ces critiques, qu'elle a qualifiées de « … »`: the
        # relative reports the speaker's judgement of the noun phrase, a quote of its own
    if not after_que and bare_noun_apposition(doc, j + 1, limit):
        return True  # `en annonçant la suspension de la réforme, condition exigée par les
        # socialistes`: the writer's comment on what was said, not part of it
    if clitic_participle_clause(doc, j + 1, limit):
        return True  # `a rejeté les accusations, les qualifiant de mensongères`: the
        # subject's next act, not more of what was rejected
    if absolute_participle_clause(doc, j + 1, limit):
        return True  # `…, le premier assurant que « … », le second étant moins optimiste`
    if j + 3 in other_cue_starts and reports_the_clause_before(doc, j + 3, start) == j:
        return True  # `affirme n'avoir rien vu, ce que conteste la police`
    if taken_up_by_ce(doc, j + 1, limit, cues, after_que):
        return True  # `a annoncé le retrait des troupes, ce que l'OTAN conteste`
    if new_report_after_comma(doc, j + 1, start, cues):
        return True  # `a précisé que l'enjeu, c'était l'économie, il promet d'…`: a
        # new sentence the scraper or the writer joined with a comma
    if after_que and (other := subject_report_after_comma(doc, j + 1, start, limit, cues)) \
            and _tensed_like_the_cue(doc, verb, doc[other.i], ("Tense", "Mood")):
        return True  # `a expliqué que A, le préfet a ajouté que B`: another subject's
        # report in the report's own tense (a reported clause shifts its tenses)
    if quotation_with_incise(doc, j + 1, cues):
        return True  # `a parlé d'un « tournant », « nous reconstruirons », a ajouté X`
    return bool(reporter_adjunct_after(doc, j + 1, limit) or occasion_to_the_end(
        doc, j + 1, limit, noun_said=not after_que and _noun_phrase_said(doc, start)) or
        report_compared(doc, j + 1, limit, cues) or
        enclosing_clause_resumes(doc, verb, j + 1) or own_source_follows(doc, j + 1, limit) or
        writers_words_after_comma(doc, j + 1, start, limit, after_que, not after_que and
                                  _noun_phrase_said(doc, start), cues, lex))
