"""Where the reported content of a forward cue stops: the unit end, a semicolon, a sibling
cue (`…, ajoutant que`, `et a dû …`), a clause of the report's own (`…, tandis que Y a salué
…`), the reporter's adjunct (`…, sans préciser …`), the occasion of the words (`…, lors de sa
conférence de presse`), or the clause the report was set in (`Les parents de X, qui s'est
plaint de …, sont sortis …`). Where it starts is `presswatch.nlp.content`.
"""

from __future__ import annotations

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Cue
from presswatch.nlp.circumstances import says_when
from presswatch.nlp.content_objects import object_clitic
from presswatch.nlp.content_occasions import occasion_to_the_end
from presswatch.nlp.cues import THIRD_PERSON_CLITICS, clitic_subject_at
from presswatch.nlp.dates import MONTHS
from presswatch.nlp.docfacts import column, morph, sentence_bounds, strings
from presswatch.nlp.french import (
    CLITICS,
    CLOSING_MARKS,
    CONTRAST_HEADS,
    NEGATION,
    OPENING_MARKS,
    QUE,
    SUBORDINATORS,
    is_present_participle,
    opening_word,
    participle_after_clitics,
)
from presswatch.nlp.implicit_subjects import main_clause_subject
from presswatch.nlp.marks import find_segments
from presswatch.nlp.spans import (
    LINKING_WORDS,
    completes_a_noun,
    inside_segment,
    only_glue,
    reports_the_clause_before,
)
from presswatch.textutil import doc_cache, doc_text


def semicolon_or_end(doc: Doc, start: int, limit: int) -> int:
    """Where a clause that runs to its sentence's end stops: a semicolon, or a comma before
    an inverted incise (`Pour X, « … », a-t-il dit à l'AFP`: the incise is never inside
    the words it reports) or before `ce que` and a verb that takes the clause up again."""
    for j in range(start, limit):
        if doc[j].text == ";" or (doc[j].text == "," and j > start + 1 and (
                _inverted_incise(doc, j + 1, limit) or
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
                      k + 1 < limit and doc[k + 1].head.i not in clause), None)
        limit = comma if comma is not None else limit
        edge = max(clause) + 1
        if start < edge < limit and doc[edge].pos_ in {"VERB", "AUX"} and \
                "Fin" in morph(doc[edge], "VerbForm"):
            limit = edge  # `Des ministres qui ont fait valoir leur malaise pourraient …`:
            # the main clause's verb after the relative, without a comma
    other_cue_starts = {c.start: c for c in cues if c.i != cue.i}
    segments = doc_cache(doc, "segments", find_segments)
    # after `que`, a clause with its own subject may continue what was said (`a ajouté que
    # X, mais au moins on peut …`); a noun phrase cannot go on into one (`admet le meurtre
    # mais il a contesté …`)
    after_que = start > 0 and doc[start - 1].lower_.replace("’", "'") in QUE
    idxs, texts = column(doc, IDX), strings(doc, ORTH)  # (a Token only outside quotations)
    if after_que:
        limit = _quoted_clause_end(doc, start, limit, segments, idxs)
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
        if not after_que and j > start + 1 and (t.pos_ == "ADP" or t.lower_ == "lors") and \
                occasion_to_the_end(doc, j, next(
                    (m for m in range(j, limit) if texts[m] == ","), limit)):
            return j  # `a exprimé leur colère lors d'une réunion publique`, `dans une
            # lettre`: a noun phrase said is not where it was said
        if not after_que and j > start + 1 and t.lower_ in CONTRAST_HEADS and \
                j + 1 < limit and doc[j + 1].lower_.replace("’", "'") in QUE and \
                _noun_phrase_said(doc, start):
            return j  # `a critiqué le budget alors que le gouvernement cherche …`
        if not after_que and j > start + 1 and t.lower_ in {"pour", "afin"} and \
                _noun_phrase_said(doc, start) and _purpose_of_speaking(doc, j, limit, lex):
            return j  # `a mis en avant « l'intérêt national » pour justifier son refus`:
            # why it was said is the narrator's (`des mesures pour aider …` stays)
        if not after_que and j > start + 1 and t.lower_ == "et" and j + 1 < limit and \
                doc[j + 1].pos_ == "VERB" and "Fin" in morph(doc[j + 1], "VerbForm") and \
                doc[j + 1].lemma_ not in {"avoir", "être"}:
            return j  # `manifeste sa colère et réclame le départ du directeur`: a noun
            # phrase said does not go on into the subject's next finite verb, however the
            # parser hung it (it may read the first verb as an adjective); `et a …` may
            # be an auxiliary the tagger misread, whose participle comes later
        if not after_que and j > start + 1 and doc[j - 1].text in CLOSING_MARKS and (
                _only_when_left(doc, j, limit) or _after_an_event(doc, j, limit)):
            return j  # `a dénoncé « une mascarade » lundi`: the day is the narrator's, as
            # the event the words followed (`a salué « un tournant » après le vote`)
        if text == "," and j > start + 1 and _inverted_incise(doc, j + 1, limit):
            return j  # `croit qu'un accord « reste possible », a-t-il tweeté`: the incise
            # reports the same words again; it is not part of them
        if text == "," and j > start + 1 and not after_que and j + 2 < limit and \
                doc[j + 1].lower_ in {"où", "qui"} and \
                doc[j - 1].pos_ in {"NOUN", "PROPN"} and \
                not any("Fut" in morph(t, "Tense") or "Cnd" in morph(t, "Mood")
                        for t in doc[j + 2:limit]):
            return j  # `a exigé un débat à Strasbourg, où le Parlement siège`: the writer
            # says what the place is; a noun phrase said stops before (not a plan's own
            # `où seront réunis …`); so does `, qui` (`a rappelé les rencontres avec les
            # riverains, qui se plaignent …`: the writer describes, not `, qui sera …`)
        if text == "," and j > start + 1 and not after_que and \
                _bare_noun_apposition(doc, j + 1, limit):
            return j  # `en annonçant la suspension de la réforme, condition exigée par les
            # socialistes`: the writer's comment on what was said, not part of it
        if text == "," and j > start + 1 and _clitic_participle_clause(doc, j + 1, limit):
            return j  # `a rejeté les accusations, les qualifiant de mensongères`: the
            # subject's next act, not more of what was rejected
        if text == "," and j > start + 1 and _absolute_participle_clause(doc, j + 1, limit):
            return j  # `…, le premier assurant que « … », le second étant moins optimiste`
        if text == "," and j > start + 1 and j + 3 in other_cue_starts and \
                reports_the_clause_before(doc, j + 3, start) == j:
            return j  # `affirme n'avoir rien vu, ce que conteste la police`
        if text == "," and j > start + 1 and _taken_up_by_ce(doc, j + 1, limit, cues,
                                                             after_que):
            return j  # `a annoncé le retrait des troupes, ce que l'OTAN conteste`
        if text == "," and j > start + 1 and _new_report_after_comma(doc, j + 1, start, cues):
            return j  # `a précisé que l'enjeu, c'était l'économie, il promet d'…`: a
            # new sentence the scraper or the writer joined with a comma
        if text == "," and j > start + 1 and _quotation_with_incise(doc, j + 1, cues):
            return j  # `a parlé d'un « tournant », « nous reconstruirons », a ajouté X`
        if text == "," and j > start + 1 and (_reporter_adjunct_after(doc, j + 1, limit) or
                                                occasion_to_the_end(
                                                    doc, j + 1, limit, noun_said=not after_que
                                                    and _noun_phrase_said(doc, start)) or
                                                _report_compared(doc, j + 1, limit, cues) or
                                                _enclosing_clause_resumes(doc, verb, j + 1) or
                                                _own_source_follows(doc, j + 1, limit)):
            return j
        # (cheapest tests first, the subject last: few tokens are verbs of the cue's own)
        sibling = j > start and t.pos_ in {"VERB", "AUX"} and t.head.i == verb.i and \
            t.lower_ not in NO_SIBLING_WORDS and not completes_a_noun(doc, t, start) and (
            (t.dep_ in {"conj", "parataxis"} and (
                not after_que or not any(c.dep_.startswith("nsubj") for c in t.children))) or
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
                                                           "de", "d'", "d’"}
                                     or doc[b - 1].is_space or doc[b - 1].dep_.startswith("aux")):
                b -= 1
            if b > start + 1 and _boundary_ok(doc, b):
                return b
    return limit


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
    if not ("Part" in morph(verb, "VerbForm") or is_present_participle(verb)) or not (
            verb.i == sentence_bounds(verb)[0] or doc[verb.i - 1].is_punct) or any(
            c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
        return None
    main = main_clause_subject(doc, verb)
    return main[0] - 1 if main is not None else None


PRE_VERB_CLITICS = frozenset({"se", "s'", "ne", "n'", "y", "en", "lui", "leur", "l'", "le",
                              "la", "les", "me", "m'", "nous", "vous"})
"""Words between a main clause's subject and its finite verb (`la salle s'est vidée`)."""


IMPERSONAL_ASIDES = frozenset({"sembler", "paraître", "falloir", "être"})
"""Verbs of inverted asides that report nobody's words (`semble-t-il`, `faut-il le dire`)."""


def _inverted_incise(doc: Doc, k: int, limit: int) -> bool:
    """`a-t-il tweeté`, `a-t-elle ajouté`, `dit-il`: a verb with an inverted clitic subject
    after a comma, whatever the verb, is an incise about the words before it."""
    if k + 1 >= limit or doc[k].lemma_ in IMPERSONAL_ASIDES:
        return False  # `l'accord était, semble-t-il, conclu`: no one reports it
    return doc[k].pos_ in {"AUX", "VERB"} and \
        clitic_subject_at(doc, k + 1, THIRD_PERSON_CLITICS, limit) is not None


def _absolute_participle_clause(doc: Doc, k: int, limit: int) -> bool:
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


def _bare_noun_apposition(doc: Doc, k: int, limit: int) -> bool:
    """`…, condition exigée par les socialistes`, `…, option qui n'attire pas l'exécutif`: a
    noun with no article and a past participle or a relative after a comma describe the
    noun phrase before; the writer adds them (a speaker's own words go on with a clause or
    an article)."""
    return k + 1 < limit and doc[k].pos_ == "NOUN" and doc[k].text[:1].islower() and (
        ("Part" in morph(doc[k + 1], "VerbForm") and "Past" in morph(doc[k + 1], "Tense")) or
        doc[k + 1].lower_ == "qui")


def _only_when_left(doc: Doc, j: int, limit: int) -> bool:
    """Whether the words from `j` to `limit` only say when (`lundi`, `ce matin`, `le 3
    mai 2024`), with punctuation."""
    words = [k for k in range(j, limit) if not (doc[k].is_punct or doc[k].is_space)]
    return bool(words) and all(_date_word(doc, k, limit) for k in words)


def _after_an_event(doc: Doc, j: int, limit: int) -> bool:
    """Whether the words from `j` to `limit` are `après` and a verbless noun phrase (`après
    la victoire annoncée du parti`): the event the words answered, told by the writer."""
    return doc[j].lower_ == "après" and doc[j].pos_ == "ADP" and j + 1 < limit and \
        doc[j + 1].pos_ == "DET" and not any(
            doc[k].text in {",", ";", ":"} or doc[k].text in OPENING_MARKS or
            (doc[k].pos_ in {"VERB", "AUX"} and "Fin" in morph(doc[k], "VerbForm"))
            for k in range(j + 1, limit))


def _date_word(doc: Doc, k: int, limit: int) -> bool:
    """A word of a date: a weekday or time word, a month, a day number or year beside a
    month, or the article before a day number."""
    t = doc[k]
    if says_when(doc, k) or t.ent_type_ == "DATE" or t.lower_ in MONTHS:
        return True
    beside_month = (k + 1 < limit and doc[k + 1].lower_ in MONTHS) or doc[k - 1].lower_ in MONTHS
    if t.like_num:
        return beside_month
    return t.lower_ == "le" and k + 1 < limit and doc[k + 1].like_num


def _quotation_with_incise(doc: Doc, k: int, cues: list[Cue]) -> bool:
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


def _new_report_after_comma(doc: Doc, k: int, start: int, cues: list[Cue]) -> bool:
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


def _taken_up_by_ce(doc: Doc, k: int, limit: int, cues: list[Cue], after_que: bool
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


def _noun_phrase_said(doc: Doc, start: int) -> bool:
    """Whether a content opens with a noun phrase (an article, a noun, a quotation of
    one), not an infinitive or a clause."""
    first = doc[start + 1] if doc[start].text in OPENING_MARKS and start + 1 < len(doc) \
        else doc[start]
    return first.pos_ in {"DET", "NOUN", "PROPN", "NUM"}


def _purpose_of_speaking(doc: Doc, k: int, limit: int, lex: Lexicon) -> bool:
    """`pour` / `afin de` at `k` opening an infinitive of stating (`pour justifier son
    refus`, `afin d'expliquer`): the speaker's reason to speak, not part of what was
    said (a promise or a demand, `pour garantir la sécurité`, may be)."""
    m = k + 1
    if doc[k].lower_ == "afin":
        if m >= limit or doc[m].lower_.replace("’", "'") not in {"de", "d'"}:
            return False
        m += 1
    while m < limit and doc[m].lower_.replace("’", "'") in NEGATION | {
            "se", "s'", "en", "y", "le", "la", "les", "l'", "lui", "leur"}:
        m += 1
    verb = lex.verb(doc[m].lemma_) if m < limit else None
    return verb is not None and verb.act == "statement" and doc[m].pos_ == "VERB" and \
        "Inf" in morph(doc[m], "VerbForm")  # (`pour garantir la sécurité` is a purpose)


def _clitic_participle_clause(doc: Doc, k: int, limit: int) -> bool:
    """Whether a comma at `k - 1` opens a participle clause after object pronouns
    (`, y voyant un signal`, `, les jugeant infondées`, `, se disant prêt`)."""
    m = k
    while m < limit and doc[m].lower_.replace("’", "'") in CLITICS:
        m += 1
    return m < limit and participle_after_clitics(doc[m])


def _reporter_adjunct_after(doc: Doc, k: int, limit: int) -> bool:
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


def _report_compared(doc: Doc, k: int, limit: int, cues: list[Cue]) -> bool:
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


def _own_source_follows(doc: Doc, k: int, limit: int) -> bool:
    """`…qu'il était possible de trouver une voie, de nouveaux mécanismes étant selon lui
    nécessaires`: a part after a comma that names its own source (`selon lui`, `d'après
    elle`) is another quote, which that source phrase makes."""
    segments = doc_cache(doc, "segments", find_segments)
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
NO_SIBLING_WORDS = frozenset({"envers", "attendant"})
"""Words the tagger may call a verb beside the cue that open no verb of the subject's:
`sa confiance envers la direction` (a preposition), `à la patience en attendant les
résultats` (`en attendant`: until)."""


def _enclosing_clause_resumes(doc: Doc, verb: Token, k: int) -> bool:
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
    return bool(marks) and first.lower_.replace("’", "'") in SUBORDINATORS and \
        first.i <= marks[0].i <= first.i + 1


def _adverbial_clause_of_the_report(verb: Token, content_start: int) -> bool:
    """`…, tandis que Marie a salué …`, `…, alors qu'il avait promis …`: a clause with its own
    subject or conjunction, attached to the reporting verb after a comma, says when or
    against what the words were said; it is not part of what was said."""
    doc = verb.doc
    left = verb.left_edge.i
    if left <= content_start or doc[left - 1].text != ",":
        return False
    if doc[left].lower_ in REASON_OPENERS and any(
            t.text in OPENING_MARKS for t in doc[left: verb.right_edge.i + 1]):
        return False  # `a décrit l'entretien comme « utile », dans la mesure où les
        # Occidentaux étaient « endoctrinés »`: a reason in the speaker's own quoted words
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
    if any(c.dep_.startswith("nsubj") for c in verb.children) or \
            completes_a_noun(doc, verb, content_start):
        return False  # (`leur volonté d'aller … et de demander …`: one noun's complements)
    prev = doc[other.start - 1] if other.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ == "en" or (prev.lower_.replace("’", "'") in {"de", "d'"} and
                               "Inf" in morph(verb, "VerbForm")):
        prev = doc[other.start - 2] if other.start > 1 else prev  # `, mais de rappeler`
    return prev.text == "," or prev.lower_ in {"et", "mais", "puis"}


def _boundary_ok(doc: Doc, b: int) -> bool:
    return not doc[b - 1].text.endswith(("«", "“"))
