"""Quotes whose source a preposition names: `selon X`, `d'après X`, `pour X,`, and the
phrases that work alike (`tel que rapporté par X,`, `comme le rapporte X,`).

The content is the clause the preposition sits in or opens; a source in the middle of a
clause (`La réforme, selon lui, est prête`) leaves the clause to the same source.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.circumstances import ADDRESSEE_PREPOSITIONS, addressee_end, says_when
from presswatch.nlp.colon_quotations import closing_quotation
from presswatch.nlp.content_end import semicolon_or_end
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    CLAUSE_OPENERS,
    CONJUNCTION_HEADS,
    DASHES,
    DE_FORMS,
    PERSON_PRONOUNS,
    RELATIVE_WORDS,
    SUBORDINATORS,
    is_present_participle,
)
from presswatch.nlp.incise_cues import verb_comes_first
from presswatch.nlp.marks import Segment
from presswatch.nlp.reported_as import REPORTED_FORMS, reported_as
from presswatch.nlp.source_asides import aside_on_the_source, role_apposition_end
from presswatch.nlp.spans import (
    first_char,
    inside_segment,
    is_unit_start,
    last_content_char,
    np_span,
    only_glue,
    pp_np_end,
    segment_before,
)
from presswatch.nlp.subjects import (
    after_source_relative,
    apposed_name_end,
    clause_start_before,
    relative_antecedent,
)
from presswatch.textutil import doc_text, fold


def source_prepositions(doc: Doc, lex: Lexicon, unit_list: list[tuple[int, int]],
                        unit_of: list[int], segments: list[Segment]) -> list[Candidate]:
    """Quotes whose source a preposition gives: `selon X, …`, `… d'après X`, `Pour X, …`,
    `Aux yeux de X, …`, and `… selon lesquelles …` after a source noun."""
    out = []
    # only these words can open a source phrase: the other tokens are never built
    lowers = doc.to_array(LOWER).tolist()
    for token in (doc[k] for k, low_id in enumerate(lowers) if low_id in _SOURCE_WORD_IDS):
        rest = None
        low = token.lower_.replace("’", "'")
        if low == "selon":
            prep_start, np_start = token.i, token.i + 1
        elif low == "après" and token.i > 0 and doc[token.i - 1].lower_ in {"d'", "d’"}:
            prep_start, np_start = token.i - 1, token.i + 1
        elif low == "pour" and (is_unit_start(doc, token.i, unit_list, unit_of) or
                                _opens_a_clause(doc, token.i, with_et=False)):
            prep_start, np_start = token.i, token.i + 1
        elif (phrase := _source_phrase(doc, token)) and \
                (is_unit_start(doc, phrase[0], unit_list, unit_of) or
                 _opens_a_clause(doc, phrase[0])):
            # `Aux yeux du ministre, …`, `Aux dires de X, …`, `De l'aveu même de X, …`,
            # `À en croire X, …`: the same frame as a sentence-initial `pour X,`
            (prep_start, np_start), low = phrase, "pour"
        elif (phrase := _source_phrase(doc, token)) and phrase[0] > 0 and \
                doc[phrase[0] - 1].text in {",", "»", "”", '"'}:
            # `…, aux dires des secouristes.`, `« … » de l'aveu même du ministre`: set
            # off after the clause or the quotation, the source speaks like `selon X`
            (prep_start, np_start), low = phrase, "selon"
        else:
            continue
        if inside_segment(token.idx, segments):
            continue
        u0, u1 = unit_list[unit_of[token.i]]
        cue_end = None
        relative = np_start < u1 and (doc[np_start].lower_ in {"lesquelles", "lesquels",
                                                                "laquelle", "lequel"} or
                                      _selon_qui(doc, token, np_start))
        if relative:
            mention = np_span(doc, token.head) if token.head.i < token.i else None
            antecedent = relative_antecedent(doc, token)
            while antecedent is not None and doc[np_start].lower_ == "qui" and \
                    antecedent.dep_ == "nmod" and antecedent.head.i < antecedent.i and \
                    antecedent.head.pos_ in {"NOUN", "PROPN"}:
                antecedent = antecedent.head  # `La directrice de l'école, selon qui …`
            if antecedent is None or not is_source(antecedent, lex):
                continue
            mention = np_span(doc, antecedent)
            np_end = np_start + 1
        elif _possessive_source(doc, np_start):
            # `À ses yeux, …`: the possessive names the source, as `lui` in `selon lui`
            mention, np_end = (np_start, np_start + 1), np_start + 2
            cue_end = np_end
            if np_end >= u1 or doc[np_end].text != ",":
                continue
        else:
            np_end = pp_np_end(doc, np_start, u1)
            if np_end <= np_start:
                continue
            np_end = apposed_name_end(doc, np_end, u1)
            mention = (np_start, _source_end(doc, np_start, np_end))
            np_end = role_apposition_end(doc, np_end, u1, lex)
            if token.lower_ in READING_FORMS:
                if not _names_a_text(doc, mention, lex):
                    continue  # (what is read in names its source: a text, not a face)
            elif not is_source_span(doc, mention, lex, possessive=low != "pour"):
                continue
            if token.lower_ in READING_FORMS:  # the cue is `peut-on lire`, `lit-on`
                cue_end = token.i + 1 + (doc[token.i + 1].lower_ in ON_CLITICS)
            if token.lower_ == "entendre" and any(
                    "Inf" in morph(t, "VerbForm") for t in doc[np_start:np_end]):
                continue  # `À entendre les enfants rire, …`: hearing them do it, no source
            if low == "pour" and (np_end >= u1 or doc[np_end].text != ","):
                continue
        at_start = is_unit_start(doc, prep_start, unit_list, unit_of) or \
            _only_connectives(doc, u0, prep_start) or _opens_a_clause(doc, prep_start) or \
            (low != "pour" and _fronted_adverbial(doc, u0, prep_start))
        if at_start or relative:
            c0 = _after_adverbs_and_comma(doc, np_end, u1)
            while c0 < u1 and ((doc[c0].is_punct and doc[c0].text not in '«"“') or
                               doc[c0].is_space):
                c0 += 1
            c0 = after_source_relative(doc, c0, u1)
            if c0 >= u1:
                continue
            start = doc[c0].idx
            end_tok = _before_next_source(doc, c0, semicolon_or_end(doc, c0, u1))
            if doc[np_start].lower_ == "qui":  # (`X, selon qui A, fait B`: the aside ends)
                end_tok = min(end_tok, _relative_end(doc, c0, u1, segments))
            if found := closing_quotation(doc, c0, end_tok, segments, lex, after_clause=True):
                end_tok, rest = found[0], (found[1].start, found[1].end)  # `Selon X, A : « B »`
            last = doc[end_tok - 1]
            end = last_content_char(doc_text(doc), start, last.idx + len(last))
        elif (seg := segment_before(doc_text(doc), doc[prep_start].idx, segments)):
            # `« … » selon X`; `Le préjudice est « important » selon X`: the clause
            start, end = seg.start, seg.end
            lead = clause_start_before(doc, prep_start, u0)
            before = doc_text(doc)[lead:seg.open]
            cut = max(before.rfind(":"), *(before.rfind(f" {d} ") for d in DASHES))
            if cut >= 0:  # `Retraites : le gouvernement « ne reculera pas », selon X`, or
                # a quotation in an aside set off by a dash (`au port - « … » selon X -`)
                lead = first_char(doc_text(doc), lead + cut + 1)
            if lead < seg.open and not any(m in doc_text(doc)[lead:seg.open]
                                           for m in ':«»“”"'):
                start, end = lead, seg.outer_end  # a mixed quote keeps its closing mark
        else:
            edge = _connectives_before(doc, prep_start, u0)  # `…, toujours selon X`
            start = clause_start_before(doc, edge, u0)
            # `A, selon X, et B, d'après Y`: B starts after the earlier source
            for k in range(edge - 1, u0, -1):
                if doc[k].lower_ == "selon" or (doc[k].lower_ == "après" and
                                                doc[k - 1].lower_ in {"d'", "d’"}):
                    k2 = pp_np_end(doc, k + 1, edge)
                    while k2 < edge and (doc[k2].is_punct or doc[k2].lower_ == "et"):
                        k2 += 1
                    if k2 < edge:
                        start = max(start, doc[k2].idx)
                    break
            start = _past_connectives(doc_text(doc), start, doc[edge].idx)
            end = last_content_char(doc_text(doc), start, doc[edge].idx)
            # `…, sur un an,\nselon le communiqué`: a text wrapped mid-sentence puts a line
            # break between the comma and the source
            comma = edge - 1
            while comma > u0 and doc[comma].is_space:
                comma -= 1
            comma_before = edge > u0 and doc[comma].text == ","
            trailing = doc[np_end:u1]
            if np_end < u1 and doc[np_end].lower_ in {"qui", "dont"} and \
                    doc[np_end - 1].pos_ != "PRON" and \
                    not any(t.text == "," for t in trailing):
                trailing = doc[u1:u1]  # `… deux ans selon le maire qui s'exprimait lundi`:
                # the relative describes the source; the clause ended before it
            elif aside_on_the_source(doc, np_end, u1, lex):
                trailing = doc[u1:u1]  # `… fera date selon l'avocat, Me Paul Girard.`
            if not all(t.is_punct or t.is_space for t in trailing) and \
                    not only_glue(trailing.text) and not comma_before:
                # mid-clause "selon lui": the whole clause is the content
                end_tok = semicolon_or_end(doc, np_end, u1)
                last = doc[end_tok - 1]
                end = last_content_char(doc_text(doc), start, last.idx + len(last))
            elif comma_before and edge - 2 > u0 and \
                    doc[edge - 2].lower_.replace("’", "'") in RELATIVE_WORDS:
                # `les commerçants qui, selon lui, sont « les plus touchés »`: the source
                # speaks for the relative clause it interrupts, not for the main clause
                if np_end >= u1 or doc[np_end].text != "," or np_end + 1 >= u1:
                    continue
                start, end = _to_clause_end(doc, np_end + 1,
                                            _relative_end(doc, np_end + 1, u1, segments))
            elif comma_before:
                rest = _clause_resumed(doc, np_end, u1, doc[u0:edge])
            start, end = _quotation_taken_up(doc_text(doc), start, end, segments)
        spans = [(start, end)] + ([rest] if rest else [])
        if end - start < (2 if rest else 12):
            continue
        for start, end in spans:
            cand = Candidate(start, end, "selon")
            cand.cue_span = (prep_start, cue_end or np_start + (1 if relative else 0))
            cand.cue_lemma = "selon" if low != "pour" else "pour"
            cand.mention = mention
            out.append(cand)
    return out


_CONNECTIVES = re.compile(
    r"(?:(?:et|mais|car|or|donc|puis)\s+)?"
    r"(?:(?:alors|tandis|parce|bien)\s+qu(?:e\s+|['’])|puisqu(?:e\s+|['’]))?", re.I)


_PRESENTATIVE = re.compile(r"\s*:\s*(?:voilà|voici|c['’]est|tel(?:le)?s?\s+(?:est|sont))\b",
                           re.I)


def _quotation_taken_up(text: str, start: int, end: int, segments: list[Segment]
                        ) -> tuple[int, int]:
    """`« Une nuit calme » : voilà le bilan de la soirée, selon les pompiers`: a quotation
    opens the clause and a presentative after a colon takes it up (`voilà`, `c'est`, `tel
    est`); the source's words are the quotation, the rest is the writer presenting them."""
    seg = next((s for s in segments if s.open == start and s.closed), None)
    if seg is None or seg.outer_end >= end or not _PRESENTATIVE.match(text, seg.outer_end, end):
        return start, end
    return seg.start, seg.end


def _selon_qui(doc: Doc, selon: Token, np_start: int) -> bool:
    """`…, assure le préfet, selon qui les travaux dureront …`: `selon qui` after a comma
    is the relative twin of `selon lequel`, its antecedent the source; without the comma it
    means `depending on who` (`les chiffres varient selon qui les compte`)."""
    return doc[np_start].lower_ == "qui" and selon.lower_ == "selon" and selon.i > 0 and \
        doc[selon.i - 1].text == ","


def _past_connectives(text: str, start: int, limit: int) -> int:
    """`…, mais les exportations ont progressé selon les douanes`, `et alors que les prix
    ont progressé selon l'Insee`: the conjunction joins the clause to the sentence; what the
    source said starts after it."""
    m = _CONNECTIVES.match(text, start, limit)
    if m is None or m.end() == start or m.end() >= limit - 1:
        return start
    return m.end()


def _before_next_source(doc: Doc, c0: int, end: int) -> int:
    """`Selon la police, ils étaient 3 000, contre 10 000 selon les organisateurs`: a
    second source later in the sentence speaks for the part after the last comma before
    it; the first source's content stops at that comma."""
    nxt = next((k for k in range(c0 + 1, end) if doc[k].lower_ == "selon" or (
        doc[k].lower_ == "après" and doc[k - 1].lower_ in {"d'", "d’"})), None)
    if nxt is None:
        return end
    comma = next((k for k in range(nxt - 1, c0, -1) if doc[k].text == ","), None)
    return comma if comma is not None and comma > c0 + 1 else end


_CLAUSE_CONJUNCTIONS = (CLAUSE_OPENERS - {"que", "qu'"}) | {"or"}
"""Conjunctions after which a source phrase opens the clause that follows them."""


def _opens_a_clause(doc: Doc, prep_start: int, with_et: bool = True) -> bool:
    """`…, mais selon l'entraîneur, l'équipe a …`, `puisque de l'aveu même de X, …`,
    `alors que d'après eux, …`: a conjunction right before the source (a comma between
    them or not) starts a new clause, so the source speaks for the words after it, not
    for the sentence's clause before the conjunction, which is the writer's own. `et`
    counts after a comma only for `selon`-like sources (`pour` after `et` is too often a
    plain preposition: `pour Paris et pour Lyon`)."""
    k = prep_start - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 1:
        return False
    word = doc[k].lower_.replace("’", "'")
    if word == ":":
        return True  # `Grève : pour la FIQ, c'est tout ou rien`: a headline's second part
    if word in _CLAUSE_CONJUNCTIONS:
        return True
    if word in {"que", "qu'"}:  # `alors que`, `parce que`, `tandis que`, `bien que`
        head = doc[k - 1].lower_
        return head in SUBORDINATORS or head in CONJUNCTION_HEADS
    return with_et and word == "et" and doc[k - 1].text == ","


def _only_connectives(doc: Doc, start: int, end: int) -> bool:
    """`Toujours selon le journal, …`, `Mais d'après elle, …`: adverbs and conjunctions
    before the source leave it opening the sentence, whose clause after it is the content."""
    words = [t for t in doc[start:end] if not t.is_space and t.text != ","]
    return bool(words) and all(t.pos_ in {"ADV", "CCONJ"} for t in words)


def _fronted_adverbial(doc: Doc, start: int, prep: int) -> bool:
    """`En réalité, selon X, …`, `Par ailleurs, d'après Y, …`, `Mardi, selon Z, …`,
    `Dans la soirée, selon W, …`: a short adverbial and its comma opening the sentence
    before the source leave the source opening the clause, whose words after it are the
    content. A subject there (`Le ministre, selon ses proches, est …`) is not one: it
    opens on a determiner or a name, not on a preposition, an adverb or a time word."""
    if prep - 1 <= start or doc[prep - 1].text != ",":
        return False
    words = [t for t in doc[start:prep - 1] if not t.is_space]
    if not words or len(words) > 6 or any(
            t.pos_ in {"VERB", "AUX"} or t.text in ",;:«»“”\"" for t in words):
        return False
    first = words[0]
    if first.lower_ in DE_FORMS:
        return False  # `De nombreux habitants, selon X, …`: a subject, not an adverbial
    return first.pos_ in {"ADP", "ADV", "CCONJ"} or all(says_when(doc, t.i) for t in words)


def _connectives_before(doc: Doc, prep: int, u0: int) -> int:
    """Where a source phrase ending a clause starts: `…, toujours selon le journal` keeps
    the adverbs between the comma and `selon` out of the content; without the comma
    (`a baissé fortement selon l'Insee`) they are the content's own."""
    k = prep
    while k - 1 > u0 and doc[k - 1].pos_ in {"ADV", "CCONJ"}:
        k -= 1
    return k if k < prep and doc[k - 1].text == "," else prep


def _after_adverbs_and_comma(doc: Doc, k: int, limit: int) -> int:
    """`Selon lui aussi, …`, `D'après elle toutefois, …`: adverbs between the source and
    its comma belong to the source phrase, not to what the source says."""
    j = k
    while j < limit and doc[j].pos_ == "ADV":
        j += 1
    return j if j > k and j < limit and doc[j].text == "," else k


def _source_end(doc: Doc, start: int, end: int) -> int:
    """The source named after `selon` ends before when it spoke and to whom (`selon les
    médias russes ce vendredi`, `selon une source judiciaire à l'AFP`), and before a
    participle left hanging by that cut (`selon des chiffres publiés mardi`); a place stays
    (`selon le correspondant du Monde à Washington`), and a parenthesis it opens is closed
    (`selon l'Agence nationale d'information (Ani, officielle)`)."""
    for k in range(start + 1, end):
        to_medium = doc[k].lower_ in ADDRESSEE_PREPOSITIONS and doc[k].pos_ == "ADP" and \
            k + 1 < end and addressee_end(doc, k) > k + 1 and not any(
                t.ent_type_ == "LOC" for t in doc[k + 1: addressee_end(doc, k)])
        if says_when(doc, k) or to_medium:
            end = k
            if end - 1 > start and "Part" in morph(doc[end - 1], "VerbForm"):
                end -= 1
            break
    if any(t.text == "(" for t in doc[start:end]) and not any(t.text == ")"
                                                              for t in doc[start:end]):
        close = next((k for k in range(end, min(end + 8, len(doc))) if doc[k].text == ")"),
                     None)
        if close is not None:
            return close + 1
        return next(k for k in range(start, end) if doc[k].text == "(")
    while end - 1 > start and doc[end - 1].text in DASHES:
        end -= 1  # `- « … » de l'aveu même du gouvernement - a fait …`: the aside closes
    return end


READING_FORMS = frozenset({"lire", "lit", "lisait"})
"""`…, peut-on lire dans X`, `…, lit-on dans X`: the words read there are X's."""
CAN_FORMS = frozenset({"peut", "pouvait", "pourra", "pourrait", "put"})
ON_CLITICS = frozenset({"-on", "-t-on"})
SOURCE_NOUNS = {"yeux": {"aux"}, "dires": {"aux"}, "dire": {"au"}, "aveu": {"l'"}}
"""`aux yeux de X`, `aux dires de X`, `de l'aveu de X`: a noun that makes X the source."""
_SOURCE_WORD_IDS = frozenset(hash_string(w) for w in
                             {"selon", "après", "pour", "croire", "croit", "entendre",
                              *READING_FORMS, *SOURCE_NOUNS, *REPORTED_FORMS})
"""The words `source_prepositions` starts from (string ids of lower-case forms)."""


POSSESSIVE_SOURCES = frozenset({"ses", "leurs"})
"""Possessives that name the source in `à ses yeux`, `à leurs yeux` (a pronoun's referent)."""


def _possessive_source(doc: Doc, np_start: int) -> bool:
    """Whether the source phrase's noun phrase is a possessive and its noun (`ses yeux`)."""
    return np_start + 1 < len(doc) and doc[np_start].lower_ in POSSESSIVE_SOURCES and \
        doc[np_start + 1].lower_ == "yeux"


def _source_phrase(doc: Doc, token: Token) -> tuple[int, int] | None:
    """Where a multi-word source expression at `token` starts and where its noun phrase
    starts: `Aux yeux du ministre`, `De l'aveu même de X`, `À en croire X`, `Si l'on en croit X`."""
    i, low = token.i, token.lower_
    before = doc[i - 1].lower_.replace("’", "'") if i > 0 else ""
    if low == "croire" and before == "en" and i > 1 and doc[i - 2].lower_ in {"à", "a"}:
        return i - 2, i + 1
    if low in READING_FORMS:
        return _reading_source(doc, i)
    if low == "entendre" and before in {"à", "a"}:
        return i - 1, i + 1  # `À entendre la ministre, …`, `…, à entendre la police`
    if low == "croit" and before == "en" and i > 2 and doc[i - 2].lower_ == "on":
        # `si l'on en croit X`, `si on en croit X`: the conditional twin of `à en croire X`
        k = i - 3 - (doc[i - 3].lower_.replace("’", "'") == "l'")
        return (k, i + 1) if k >= 0 and doc[k].lower_ == "si" else None
    if low in REPORTED_FORMS:
        return reported_as(doc, i)
    if low == "yeux" and before in POSSESSIVE_SOURCES and i > 1 and \
            doc[i - 2].lower_ in {"à", "a"}:
        return i - 2, i - 1  # `À ses yeux`, `à leurs yeux`
    if before not in SOURCE_NOUNS.get(low, ()):
        return None
    start = i - 1
    if low == "aveu":
        if i < 2 or doc[i - 2].lower_.replace("’", "'") not in {"de", "d'"}:
            return None
        start = i - 2
    k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "même")
    if k + 1 < len(doc) and doc[k].lower_.replace("’", "'") in {"de", "d'", "du", "des"}:
        return start, k + 1
    return None


def _reading_source(doc: Doc, i: int) -> tuple[int, int] | None:
    """`La hausse atteint 12 %, peut-on lire mardi dans le quotidien`, `…, lit-on dans le
    rapport`, `…, pouvait-on y lire sur le site du ministère`: an inverted `on` reading,
    set off after the clause, makes what `dans` or `sur` names the source of that clause.
    Returns where the phrase starts and where the source's noun phrase starts."""
    if doc[i].lower_ == "lire":
        k = i - 1 - (i > 1 and doc[i - 1].lower_ == "y")
        if k < 1 or doc[k].lower_ not in ON_CLITICS or doc[k - 1].lower_ not in CAN_FORMS:
            return None
        start, j = k - 1, i + 1
    elif i + 1 < len(doc) and doc[i + 1].lower_ in ON_CLITICS:
        start, j = i, i + 2
    else:
        return None
    if start < 1 or doc[start - 1].text not in {",", "»", "”", '"'}:
        return None
    while j < len(doc) and (says_when(doc, j) or doc[j].is_space or doc[j].pos_ == "ADV" or
                            doc[j].lower_ == "y"):
        j += 1
    return (start, j + 1) if j + 1 < len(doc) and doc[j].lower_ in {"dans", "sur"} else None


def _names_a_text(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """`…, peut-on lire dans La Dernière Heure`, `dans le rapport de la Cour`, `sur une
    banderole des grévistes`: what one reads in is a title (capitalised), a source or a
    thing that carries words (data/carrier_nouns.txt, a speech noun), named before the
    phrase's first preposition; not `sur son visage`, `sur les visages des supporters`."""
    words = lex.carriers | lex.speech_events
    for t in doc[span[0]:span[1]]:
        if t.pos_ == "ADP":
            return False
        if t.pos_ != "DET" and (t.text[:1].isupper() or is_source(t, lex) or
                                fold(t.lemma_) in words or fold(t.text) in words):
            return True
    return False


def _clause_resumed(doc: Doc, np_end: int, unit_end: int, before: Span
                    ) -> tuple[int, int] | None:
    """`La réforme, selon lui, est prête`, `Le déficit atteindra, selon lui, 5 % du PIB`:
    the source cuts the clause between its subject and its verb, or between its verb and
    what follows; the words after it, to the clause's end, are the second part."""
    if np_end >= unit_end or doc[np_end].text != ",":
        return None
    words = [t for t in before if not (t.is_punct or t.is_space)]
    first = np_end + 1
    if is_present_participle(doc[first]):
        return None  # `…, selon l'Insee, ajoutant que …`: the source's own participle clause
    # (`a estimé, selon la présidence, que …`: the verb's own clause, which its cue reports)
    after_verb = bool(words) and words[-1].pos_ in ("VERB", "AUX") and \
        doc[first].lower_.replace("’", "'") not in {"que", "qu'"}
    if not after_verb and (any(t.pos_ in ("VERB", "AUX") and "Fin" in morph(t, "VerbForm")
                               for t in before) or not verb_comes_first(doc, first, unit_end)):
        return None
    start, end = _to_clause_end(doc, first, unit_end)
    return (start, end) if end - start >= 12 else None


def _relative_end(doc: Doc, first: int, unit_end: int, segments: list[Segment]) -> int:
    """Where a relative clause ends: before a comma that a finite verb, or `et`/`mais`
    and a verb, follows (`…, et promet une aide`), outside quotation marks."""
    for k in range(first + 1, unit_end - 1):
        if doc[k].text != "," or inside_segment(doc[k].idx, segments):
            continue
        nxt = doc[k + 2] if doc[k + 1].lower_ in {"et", "mais"} and k + 2 < unit_end \
            else doc[k + 1]
        if nxt.pos_ in {"VERB", "AUX"} and "Fin" in morph(nxt, "VerbForm"):
            return k
    return unit_end


def _to_clause_end(doc: Doc, first: int, unit_end: int) -> tuple[int, int]:
    """Characters from token `first` to the clause's end (a semicolon or the unit's end)."""
    start = doc[first].idx
    last = doc[semicolon_or_end(doc, first, unit_end) - 1]
    return start, last_content_char(doc_text(doc), start, last.idx + len(last))

def is_source(head: Token, lex: Lexicon) -> bool:
    """Whether `head` can be a source: a name, a person pronoun or a speaker noun."""
    if head.ent_type_ in {"PER", "ORG"} or head.pos_ == "PROPN":
        return True
    if head.lower_ in PERSON_PRONOUNS:
        return True
    return head.lemma_.lower() in lex.speaker_nouns

def is_source_span(doc: Doc, span: tuple[int, int], lex: Lexicon, *,
                   possessive: bool = False) -> bool:
    """Whether the noun phrase `span` after `selon` names a source (not `selon moi`,
    `selon le moment`). With `possessive`, a source noun after a possessive counts (`selon
    son avocat`, `d'après ses proches`); after `pour`, whose possessive phrases are more
    often whom something is for (`pour ses enfants`), it does not."""
    tokens = doc[span[0]: span[1]]
    if any(t.lower_ in {"moi", "nous", "toi", "vous"} for t in tokens[:1]):
        return False
    if tokens[:1] and tokens[0].lower_ in {"sa", "son", "ses", "leur", "rappel", "cela",
                                            "ça", "autant", "le", "la", "les", "l'", "l’"} \
            and len(tokens) >= 2 and tokens[1].lower_ in {"part", "moment", "instant"}:
        return False
    if tokens[:1] and tokens[0].lower_ in {"rappel", "cela", "ça", "autant"} | (
            set() if possessive else {"sa", "son"}):
        return False
    return any(is_source(t, lex) for t in tokens)


# -- quotations standing alone -----------------------------------------------------
def speech_noun_source(doc: Doc, u0: int, quote_tok: int, lex: Lexicon
                       ) -> tuple[int, int] | None:
    """`Réponse du ministre : « … »`, `La réaction du maire ne s'est pas fait attendre :
    « … »`, `Le désarroi des maires : « … »`: a noun naming a speech event or what a
    speaker expresses (data/expression_nouns.txt), then `de` and a source, then a colon, introduce
    the quotation after the colon as that source's words (GUIDELINE: reporting by nouns
    counts with an explicit quotation after a colon). Returns the source's tokens."""
    colon = next((k for k in range(quote_tok - 1, u0 - 1, -1) if doc[k].text == ":"), None)
    if colon is None:
        return None
    for k in range(u0, colon - 1):
        if (source := _noun_of_source(doc, k, colon, lex)) is not None:
            return source
    return None


def _noun_of_source(doc: Doc, k: int, stop: int, lex: Lexicon) -> tuple[int, int] | None:
    """The source after the speech noun at `k` (`réponse du ministre`, `l'intervention de
    Paul Martin`), before `stop`; None when `k` is no such noun or what follows names no
    source."""
    if k + 2 >= stop:
        return None
    noun = doc[k].pos_ == "NOUN" or (doc[k].pos_ == "PROPN" and doc[k].text.islower())
    if not noun or (fold(doc[k].text) not in lex.speech_events and
                    fold(doc[k].text) not in lex.expressions):
        return None  # (`La colère des riverains : « … »`: what they express, then it)
    de = doc[k + 1].lower_.replace("’", "'")
    if de not in {"de", "d'", "du", "des"}:
        return None
    first = k + 2  # (after `du`, `des`: the noun phrase without its article)
    end = pp_np_end(doc, first, stop, frozenset({"à", "aux", "au", "sur", "pour", "ne",
                                                 "n'"}))
    if first < end and is_source_span(doc, (first, end), lex):
        return first, end
    return None


def document_source(doc: Doc, u0: int, quote_tok: int, lex: Lexicon
                    ) -> tuple[int, int] | None:
    """`Dans un bilan fait par les autorités, à la date du 4 juin, « … »`, `Dans un
    communiqué de la préfecture, « … »`: a quotation right after a lead that names the
    statement or document holding it and its author is that author's (as `selon`); not
    whoever spoke before. Returns the author's tokens."""
    if quote_tok - u0 < 5 or doc[u0].lower_ != "dans" or doc[u0 + 1].pos_ != "DET":
        return None
    k = u0 + 2
    if k < quote_tok and doc[k].pos_ == "ADJ":
        k += 1  # `dans son dernier rapport`
    if fold(doc[k].text) not in lex.speech_events | lex.carriers and \
            fold(doc[k].lemma_) not in lex.speech_events | lex.carriers:
        return None
    if (source := _noun_of_source(doc, k, quote_tok, lex)) is not None:
        return source
    j = k + 1
    if j + 2 < quote_tok and "Part" in morph(doc[j], "VerbForm") and \
            doc[j + 1].lower_ == "par":
        end = pp_np_end(doc, j + 2, quote_tok, frozenset({"à", "aux", "au", "sur", "pour"}))
        if j + 2 < end and is_source_span(doc, (j + 2, end), lex):
            return j + 2, end
    return None


def taken_up_by_speech_noun(doc: Doc, after: int, lex: Lexicon) -> tuple[int, int] | None:
    """`« Je pars tôt, mon train est à midi. » Cette intervention de Marc Leroy a fait
    sourire la salle`: a quotation standing as its own sentence, which the next sentence
    takes up by a demonstrative and a speech noun with its source, is that source's words
    (the article makes clear who said them). `after` is the first token after the closing
    mark; returns the source's tokens."""
    while after < len(doc) and doc[after].text in {".", "!", "?", "…"}:
        after += 1
    if after + 3 >= len(doc) or doc[after].lower_ not in {"ce", "cet", "cette", "ces"}:
        return None
    stop = next((j for j in range(after, len(doc)) if doc[j].text in {".", "!", "?", ";"}
                 or doc[j].pos_ in {"VERB", "AUX"}), len(doc))
    return _noun_of_source(doc, after + 1, stop, lex)
