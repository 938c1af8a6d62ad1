"""What stands around an incise (`», a-t-il ajouté`, `, estime le maire,`): the words before
it that are, or are not, what was said, and the quotations beside it that share its speaker.
`quotes.py` decides which quotes an incise makes; these helpers read the sentence around it.
"""

from __future__ import annotations

from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER
from spacy.tokens import Doc

from presswatch.nlp.candidates import Candidate, Cue, make_candidate
from presswatch.nlp.circumstances import skip_circumstance
from presswatch.nlp.docfacts import column, morph, strings
from presswatch.nlp.french import (
    ARTICLED_PREPOSITIONS,
    DE_FORMS,
    FIRST_PERSON_WORDS,
    INVERSION_ADVERBS,
)
from presswatch.nlp.incise_cues import verb_comes_first
from presswatch.nlp.marks import Segment
from presswatch.nlp.spans import first_char, is_content_lead, last_content_char, only_glue
from presswatch.nlp.subjects import np_end
from presswatch.textutil import doc_text


def quotation_after_colon(doc: Doc, cue: Cue, mention: tuple[int, int] | None,
                           segments: list[Segment]) -> list[Candidate]:
    """`Face aux critiques, réplique le ministre : « … »`: an inverted subject, a colon and
    a quotation; the quotation is what the verb reports."""
    after = np_end(doc, cue, mention)
    if mention is None or after >= len(doc) or doc[after].text != ":":
        return []
    colon = doc[after].idx
    seg = next((s for s in segments if s.open > colon and
                not doc_text(doc)[colon + 1:s.open].strip()), None)
    return [make_candidate(seg.start, seg.end, "chain", cue, mention)] if seg else []


def adverbial_lead(doc: Doc, lo: int, cue: Cue) -> bool:
    """Words before an incise that say when or about what (`Après la victoire du club,`,
    `Interrogé sur son départ,`, `Face aux critiques,`) and hold no finite verb nor a
    first-person word: not what was said when a quotation follows the incise (`À mon
    avis, a-t-il confié, « … »` is the speaker's own). Unlike `opens_on_a_subject`, an
    adverb opens content here (`Pas question, a tranché X, de …`)."""
    words = [t for t in doc[lo:cue.start] if not (t.is_punct or t.is_space)]
    if not words:
        return False
    opens_adverbially = words[0].pos_ == "ADP" or "Part" in morph(words[0], "VerbForm") or (
        len(words) > 1 and words[0].pos_ in {"NOUN", "ADV"} and
        (words[1].pos_ == "ADP" or words[1].lower_ in ARTICLED_PREPOSITIONS))  # `Face aux`
    return opens_adverbially and not any(
        (t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")) or
        t.lower_ in FIRST_PERSON_WORDS for t in words)




def after_opening_incise(doc: Doc, cue: Cue, mention: tuple[int, int] | None,
                          unit: tuple[int, int]) -> list[Candidate]:
    """`Comme l'a rappelé X, la réforme sera appliquée`: the clause after the subject."""
    k = np_end(doc, cue, mention)
    if k >= unit[1] or doc[k].text != ",":
        return []
    start = first_char(doc_text(doc), doc[k + 1].idx)
    last = doc[unit[1] - 1]
    end = last_content_char(doc_text(doc), start, last.idx + len(last))
    return [make_candidate(start, end, "incise-clause", cue, mention)] if end - start >= 12 \
        else []


def opens_on_a_subject(doc: Doc, i: int) -> bool:
    """Whether the sentence unit starting at token `i` opens on its subject (or a
    quotation), not on the reporter's adverbial (`Face à la « colère » …`, `Après …`)."""
    while i < len(doc) and (doc[i].is_space or doc[i].text in {"-", "–", "—"}):
        i += 1
    if i >= len(doc) or doc[i].pos_ in {"ADP", "ADV", "SCONJ", "CCONJ"}:
        return False
    # `Face à …`, `Suite à …`, `Faute de …`: a bare noun and a preposition open an adverbial
    return not (i + 1 < len(doc) and doc[i].pos_ == "NOUN" and doc[i + 1].pos_ == "ADP")


def subject_before_quoted_predicate(doc: Doc, unit_start: int, mark: int, end: int) -> bool:
    """`Les deux suspects, « sont connus de la police », indique le procureur`: a noun
    phrase and a comma, then a quotation that opens on a finite verb: the noun phrase is
    the quoted predicate's subject, so the reported clause starts with it (a mixed quote).
    The lead holds no verb of its own (`Le maire a répondu, « … »` stays apart)."""
    lead = [t for t in doc[unit_start:mark] if not (t.is_space or t.text in {"-", "–", "—"})]
    if len(lead) < 2 or lead[-1].text != "," or not opens_on_a_subject(doc, unit_start) or \
            lead[0].pos_ not in {"DET", "PROPN", "NOUN", "NUM"}:
        return False
    if any((t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")) or
           t.text in {":", ";", ".", "«", "»", '"', "“", "”"} for t in lead[:-1]):
        return False
    return verb_comes_first(doc, mark + 1, end)


def quotation_beside(text: str, unit_start_char: int, segments: list[Segment], k: int,
                      cue: Cue, mention: tuple[int, int] | None, cands: list[Candidate]
                      ) -> list[Candidate]:
    """`Le vote « n'est pas bon », « les extrêmes montent », a-t-il ajouté`: a quotation
    right before the one an incise closes, with only a comma between, is the same speaker's
    (with the clause leading into it, a mixed quote)."""
    prev, seg = segments[k - 1], segments[k]
    if prev.open < unit_start_char or text[prev.outer_end:seg.open].strip() != "," or \
            any(c.start <= prev.start < c.end for c in cands):
        return []
    pre = text[unit_start_char:prev.open]
    if not pre.strip():
        return [make_candidate(prev.start, prev.end, "chain", cue, mention)]
    if is_content_lead(pre):
        return [make_candidate(first_char(text, unit_start_char), prev.outer_end, "chain", cue,
                               mention)]
    return []


def quotation_after_incise(doc: Doc, cue: Cue, mention: tuple[int, int] | None,
                           unit: tuple[int, int], segments: list[Segment], claimed: set[int]
                           ) -> list[Candidate]:
    """`« A », a-t-il dit, « B »`: the quotation opening right after the incise (only
    commas and spaces between) in the same sentence unit shares its speaker; its index
    goes into `claimed` so it is not taken again as a quotation standing alone."""
    after = np_end(doc, cue, mention)
    after_char = doc[after].idx if after < len(doc) else len(doc_text(doc))
    last = doc[unit[1] - 1]
    for k, seg in enumerate(segments):
        if seg.open >= after_char and only_glue(doc_text(doc)[after_char:seg.open]) and \
                seg.open < last.idx + len(last) and not _names_a_title(doc, seg):
            claimed.add(k)
            return [make_candidate(seg.start, seg.end, "chain", cue, mention)]
    return []


def _names_a_title(doc: Doc, seg: Segment) -> bool:
    """`a confié le chanteur d'« Et Cetera »`, `du groupe « Les Nuits »`: a quotation
    right after a noun, an article or a preposition of the subject, with no comma, ends
    that noun phrase (a title), not a second part of the words."""
    before = doc.char_span(seg.open, seg.open + 1, alignment_mode="expand")
    if before is None or before.start == 0:
        return False
    prev = doc[before.start - 1]
    return prev.text not in {",", "-", "–", "—"} and (
        prev.pos_ in {"NOUN", "PROPN", "DET", "ADP"} or
        prev.lower_.replace("’", "'") in {"d'", "de", "du", "des", "l'"})


def inverted_after_adverb(doc: Doc, cue: Cue, unit: tuple[int, int]) -> bool:
    """`Ainsi, estime-t-il que la réforme …`: an inverted verb that only an inversion
    adverb precedes in its clause reports what follows, not what came before."""
    lowers, punct, space = strings(doc, LOWER), column(doc, IS_PUNCT), column(doc, IS_SPACE)
    lead = " ".join(lowers[k] for k in range(unit[0], cue.start)  # (the doc's columns)
                    if not (punct[k] or space[k]))
    return lead in INVERSION_ADVERBS


ASSERTING_ACTS = frozenset({"statement", "announcement", "opinion"})
"""Acts whose verb after `comme` takes up the clause as what was said (`comme le ministre
l'a rappelé`); after a verb of demand or plan the clause is what was asked or planned
(`comme l'opposition le demandait`), not words."""


THIRD_PERSON_SUBJECTS = frozenset({"il", "elle", "ils", "elles"})
"""Subject pronouns that take up a speaker named before (`comme elle l'a rappelé`)."""


def subject_first_comme(doc: Doc, cue: Cue, unit: tuple[int, int]
                        ) -> list[Candidate]:
    """`La réforme passera en juin, comme le ministre l'a rappelé.`, `Comme le ministre l'a
    rappelé, la réforme …`: `comme`, a noun phrase subject, then the cue with its object
    pronoun taking up the clause before (or after) as what was said, as `comme l'a rappelé
    X` does with its subject after the verb; when the aside cuts the clause in two,
    its two parts (`_cut_clause`)."""
    if cue.verb.kind != "speech" or cue.verb.act not in ASSERTING_ACTS or \
            doc[cue.start].lower_.replace("’", "'") not in {"l'", "le"}:
        return []
    k = cue.start - 1
    while k > unit[0] and cue.start - k < 8 and doc[k].lower_ != "comme" and (
            doc[k].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} or doc[k].lower_ in DE_FORMS):
        # (`comme le ministre des Finances l'a rappelé`, `le ministre d'État`)
        k -= 1
    if k == cue.start - 1 and doc[k].lower_ in THIRD_PERSON_SUBJECTS and k > unit[0]:
        k -= 1  # `Comme elle l'a rappelé, …`: a pronoun subject (not `on`, often the
        # writer's own `comme on l'a dit`)
    if doc[k].lower_ != "comme" or k + 1 >= cue.start or not any(
            doc[m].pos_ in {"NOUN", "PROPN"} or doc[m].lower_ in THIRD_PERSON_SUBJECTS
            for m in range(k + 1, cue.start)):
        return []
    mention, text = (k + 1, cue.start), doc_text(doc)
    if all(doc[m].is_punct or doc[m].is_space for m in range(unit[0], k)):
        comma = next((m for m in range(cue.end, unit[1]) if doc[m].text == ","), None)
        if comma is None or comma + 1 >= unit[1]:
            return []
        start = first_char(text, doc[comma + 1].idx)
        last = doc[unit[1] - 1]
        end = last_content_char(text, start, last.idx + len(last))
    elif doc[k - 1].text == "," and all(doc[m].is_punct or doc[m].is_space for m in range(
            skip_circumstance(doc, cue.end, commas=False), unit[1])):  # (`… hier.`)
        start = first_char(text, doc[unit[0]].idx)
        end = last_content_char(text, start, doc[k - 1].idx)
    elif doc[k - 1].text == ",":
        return _cut_clause(doc, cue, mention, unit, k - 1)
    else:
        return []
    return [make_candidate(start, end, "incise-clause", cue, mention)] if end - start >= 12 \
        else []


def _cut_clause(doc: Doc, cue: Cue, mention: tuple[int, int] | None,
                unit: tuple[int, int], comma: int) -> list[Candidate]:
    """`La réforme, comme le ministre l'a souligné, sera appliquée en mars.`: the aside cuts
    the clause between its subject and its verb, so what was said is the two parts around
    it (an incise is never inside a span), the second opening on a finite verb."""
    after = skip_circumstance(doc, cue.end, commas=False)
    if after >= unit[1] - 1 or doc[after].text != "," or \
            not verb_comes_first(doc, after + 1, unit[1]) or any(
                t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
                for t in doc[unit[0]:comma]):
        return []
    text = doc_text(doc)
    head = first_char(text, doc[unit[0]].idx)
    head_end = last_content_char(text, head, doc[comma].idx)
    rest = first_char(text, doc[after + 1].idx)
    last = doc[unit[1] - 1]
    rest_end = last_content_char(text, rest, last.idx + len(last))
    if head_end - head < 2 or rest_end - rest < 12:
        return []
    return [make_candidate(head, head_end, "incise-clause", cue, mention),
            make_candidate(rest, rest_end, "chain", cue, mention)]


def lead_about_the_speaker(doc: Doc, cue: Cue, unit_start: int, quote_tok: int,
                           quote_end: int) -> bool:
    """`Paul Martin ne s'inquiète pas, car « la demande est là », a-t-il commenté`: the
    lead before the quotation has the person as its named subject and a finite verb, the
    quotation is a clause of its own (a subject and its verb inside the marks), and
    the incise takes the person up with a clitic (`a-t-il`): the lead is the writer's
    account of that person, and only the quotation was said. (A quoted fragment that ends
    the lead's clause, `X ne s'attend pas « à une percée », a-t-il dit`, keeps it.)"""
    if cue.clitic is None or \
            doc[cue.clitic].lower_.replace("-t-", "").lstrip("-") not in {"il", "elle"}:
        return False
    if not any(t.dep_.startswith("nsubj") and quote_tok < t.head.i < quote_end
               for t in doc[quote_tok:quote_end]):
        return False
    lead = doc[unit_start:quote_tok]
    verbs = [t for t in lead if t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")]
    return bool(verbs) and any(c.dep_.startswith("nsubj") and c.ent_type_ == "PER" and
                               c.i < verbs[0].i for v in verbs[:1] for c in v.children)
