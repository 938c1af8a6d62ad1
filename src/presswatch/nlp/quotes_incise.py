"""The quote finder's pass for verbs after their content: an incise (`« … », a-t-il dit`,
`Le conflit durera, estime X`, `…, comme l'a rappelé X`), an incise inside a quotation
(`« A, raconte-t-elle. B »`), the clause an incise cuts in two (`Cette réforme, dit-il,
passe par …`), and `C'est ce qu'a dit X` after the sentence said. Split from
`presswatch.nlp.quotes`, whose `QuoteFinder` routes each cue to this pass or to
`presswatch.nlp.quotes_forward`; the words around an incise are `presswatch.nlp.incises`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate, Cue, make_candidate
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import CLAUSE_OPENERS, RELATIVE_WORDS
from presswatch.nlp.incise_cues import ainsi_que_at
from presswatch.nlp.incises import (
    adverbial_lead,
    after_opening_incise,
    lead_about_the_speaker,
    opens_on_a_subject,
    quotation_after_colon,
    quotation_after_incise,
    quotation_beside,
    subject_before_quoted_predicate,
)
from presswatch.nlp.inverted_subjects import LEARNT_FROM, inverted_subject
from presswatch.nlp.marks import Segment
from presswatch.nlp.spans import (
    first_char,
    has_quoted_lead,
    inside_segment,
    is_content_lead,
    last_content_char,
    only_glue,
)
from presswatch.nlp.subjects import np_end
from presswatch.textutil import doc_text


def what_was_said_before(doc: Doc, cue: Cue, previous: tuple[int, int], lex: Lexicon,
                         mention: tuple[int, int] | None = None) -> list[Candidate]:
    """`… dans l'eau. C'est ce qu'annonce l'Institut royal.`: the sentence before is
    what the inverted subject said (or `mention`, a subject before the verb: `C'est ce
    que le maire a affirmé`)."""
    text = doc_text(doc)
    start = first_char(text, doc[previous[0]].idx)
    last = doc[previous[1] - 1]
    end = last_content_char(text, start, last.idx + len(last))
    if end - start < 12:
        return []
    return [make_candidate(start, end, "incise", cue,
                           mention or inverted_subject(doc, cue, lex))]


def incise_quotes(doc: Doc, cue: Cue, unit: tuple[int, int], segments: list[Segment],
                  claimed: set[int], cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Quotes of a cue that follows its content (`« … », a-t-il dit`, `Le conflit durera,
    estime X`): the quotation closing right before it, else the clause before it, and what
    the incise cuts off after it; `claimed` and `cands` are what the finder has so far."""
    comme = cue.start > 0 and doc[cue.start - 1].lower_ == "comme"
    cue_char = doc[cue.start - 1 if comme else cue.start].idx
    mention = inverted_subject(doc, cue, lex)
    if mention is None and cue.verb.lemma in LEARNT_FROM:
        return []  # `…, a-t-on appris lundi`: learnt from nobody said
    out: list[Candidate] = []
    ainsi = ainsi_que_at(doc, cue.start)
    lead = ainsi if ainsi is not None else cue.start - 1
    if (comme or ainsi is not None) and \
            all(t.is_punct or t.is_space for t in doc[unit[0]:lead]):
        return after_opening_incise(doc, cue, mention, unit)
    # the quotation closing just before the cue
    before = [k for k, s in enumerate(segments)
              if s.outer_end <= cue_char and only_glue(doc_text(doc)[s.outer_end:cue_char])]
    unit_start_char = doc[unit[0]].idx
    if before:
        k = before[-1]
        seg = segments[k]
        # a clause opening the sentence before the quotation belongs to the content
        start = seg.start
        pre = doc_text(doc)[unit_start_char:seg.open]
        marks = doc.char_span(seg.open, seg.outer_end, alignment_mode="expand")
        if seg.open > unit_start_char and not lead_about_the_speaker(
                doc, cue, unit[0], marks.start, marks.end) and (
                is_content_lead(pre) or (
                opens_on_a_subject(doc, unit[0]) and
                has_quoted_lead(doc_text(doc), unit_start_char, seg, segments)
                and not any(c.cue and unit_start_char <= doc[c.cue.i].idx < seg.open
                            for c in cands)) or
                subject_before_quoted_predicate(doc, unit[0], marks.start, marks.end)):
            start = first_char(doc_text(doc), unit_start_char)
        out.append(make_candidate(start, seg.end if start == seg.start else seg.outer_end,
                              "incise", cue, mention))
        if start == seg.start and k > 0 and opens_on_a_subject(doc, unit[0]):
            out.extend(quotation_beside(doc_text(doc), unit_start_char, segments, k, cue,
                                         mention, cands))
        # « A », a-t-il dit, « B »: the quotation right after the incise shares it
        out.extend(quotation_after_incise(doc, cue, mention, unit, segments, claimed))
        return out
    # a clause before the cue: "La Russie est opposée à …, a déclaré X"
    lead = doc[unit[0]: cue.start]
    if len(lead) > 1 and (lead[0].lower_ in {"selon", "pour"} or (
            lead[0].lower_ in {"d'", "d’"} and lead[1].lower_ == "après")) and \
            not any(t.pos_ in {"VERB", "AUX"} for t in lead):
        return out  # `Pour le maire, interrogé par nos soins, …`: a source, not a clause
    start = first_char(doc_text(doc), unit_start_char)
    end = last_content_char(doc_text(doc), start, cue_char)
    semicolon = doc_text(doc).rfind(";", start, end)
    if semicolon > start and not inside_segment(semicolon, segments) and any(
            c.cue is not None and start <= c.start < semicolon for c in cands):
        start = first_char(doc_text(doc), semicolon + 1)  # `X a dit que … ; les travaux,
        # a-t-il précisé, …`: the clause before the semicolon was reported already
    # a leading "Selon X," or previous incise ends before: keep the clause after it
    for c in cands:
        if c.rule == "incise" and start <= c.end <= end and c.cue and c.cue.i < cue.start:
            start = first_char(doc_text(doc), doc[np_end(doc, c.cue, c.mention)].idx)
    # `Retraites : le texte passera, assure X`, `X ne cède pas : la grève aura lieu,
    # lance-t-il`: what the colon announces, after a verbless topic or words about
    # someone named; `Le constat est simple : nous devons agir` was all said
    colon = doc_text(doc).rfind(":", start, end)
    if colon > start and end - colon > 12 and not inside_segment(colon, segments):
        lead = [t for t in doc[unit[0]:cue.start] if t.idx < colon]
        if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
                   for t in lead) or any(t.ent_type_ == "PER" for t in lead):
            start = first_char(doc_text(doc), colon + 1)
    if cue.start > 1 and doc[cue.start - 1].text == "," and \
            doc[cue.start - 2].lower_.replace("’", "'") in CLAUSE_OPENERS:
        # `… car, a-t-elle expliqué, « rien n'est signé »`: the incise cuts the clause
        # it reports right after its first word (without marks, the clause path below)
        after = quotation_after_incise(doc, cue, mention, unit, segments, claimed)
        if after:
            return after
    conjunct = _subject_after_conjunction(doc, unit[0], cue)
    rest = _clause_after_incise(doc, cue, mention, unit, doc_text(doc)[start:end])
    if not rest and conjunct is not None and doc[conjunct].idx > start:
        # `Il a parlé et cette protection, dit-il, passe …`: the incise cuts the second
        # clause between its subject and its verb
        rest = _clause_after_incise(doc, cue, mention, (conjunct, unit[1]),
                                    doc_text(doc)[doc[conjunct].idx:end])
        if rest:
            start = doc[conjunct].idx
    rest = rest or quotation_after_colon(doc, cue, mention, segments)
    quoted_rest = any(seg.open <= r.start <= seg.start for r in rest for seg in segments)
    if end - start < (2 if rest else 12) or (quoted_rest and
                                             adverbial_lead(doc, unit[0], cue)):
        return out + rest  # `Après la victoire du club, a réagi le maire, « … »`
    out.append(make_candidate(start, end, "incise-clause", cue, mention))
    out.extend(rest)
    return out


def _clause_after_incise(doc: Doc, cue: Cue, mention: tuple[int, int] | None,
                         unit: tuple[int, int], before: str) -> list[Candidate]:
    """`Cette réforme, dit-il, passe par …`: an incise that cuts a clause between its
    subject and its verb; the words after it are the same speaker's second part."""
    after = np_end(doc, cue, mention)
    lead = cue.start - 1
    if doc[lead].lower_ == "comme" and lead > 0:
        lead -= 1  # `La réforme, comme l'a souligné X, sera …`
    if after >= unit[1] or doc[after].text != "," or doc[lead].text != ",":
        return []
    after += 1
    if after >= unit[1] or doc[after].lower_ in RELATIVE_WORDS:
        return []  # (nothing after the comma); `…, a indiqué la ministre, qui présentait
        # le budget`: a relative after the speaker describes the speaker, it does not go
        # on with the clause
    tail = doc[after:unit[1]]
    finite = [t for t in tail if t.pos_ in ("VERB", "AUX")
              and "Fin" in morph(t, "VerbForm")]
    if not finite or len(before) > 80 or any(
            t.pos_ in ("VERB", "AUX") and "Fin" in morph(t, "VerbForm")
            for t in doc[unit[0]:cue.start - 1]):
        return []
    start = first_char(doc_text(doc), doc[after].idx)
    last = doc[unit[1] - 1]
    end = last_content_char(doc_text(doc), start, last.idx + len(last))
    if end - start < 12:
        return []
    return [make_candidate(start, end, "chain", cue, mention)]


def split_quotation(doc: Doc, cue: Cue, segments: list[Segment], lex: Lexicon
                    ) -> list[Candidate]:
    """`« A, raconte-t-elle. B »`: an incise inside quotation marks splits the quotation
    into two direct quotes of the speaker it names."""
    seg = next(s for s in segments if s.open < doc[cue.i].idx < s.outer_end)
    mention = inverted_subject(doc, cue, lex)
    after = np_end(doc, cue, mention)
    if after < len(doc) and doc[after].text == "(":
        # `…, répond X, président de l'Union des pharmaciens (USPO). Il manque …`
        close = next((k for k in range(after + 1, min(after + 8, len(doc)))
                      if doc[k].text == ")" and doc[k].idx < seg.end), None)
        after = close + 1 if close is not None else after
    if after < len(doc) and doc[after].text == ",":
        # `…, répond Pierre Variot, pharmacien à Lyon. Il manque …`: the apposition
        # that describes the speaker ends at the sentence end
        stop = next((k for k in range(after + 1, min(after + 24, len(doc)))
                     if doc[k].text in {".", "!", "?"} or doc[k].pos_ in {"VERB", "AUX"}
                     or doc[k].idx >= seg.end), None)
        if stop is not None and doc[stop].text in {".", "!", "?"}:
            after = stop
    while after < len(doc) and doc[after].text in {",", ".", "!", "?", "…"}:
        after += 1
    first_end = last_content_char(doc_text(doc), seg.start, doc[cue.start].idx)
    out = []
    if first_end - seg.start >= 2:
        out.append(make_candidate(seg.start, first_end, "incise", cue, mention))
    if after < len(doc) and doc[after].idx < seg.end and (
            seg.closed or not doc[after].text[:1].islower()):
        # (an unclosed quotation whose incise runs on in lower case, `«… , a affirmé
        # le ministre lors d'une réunion, selon …`, lost its closing mark before the
        # incise: what follows is the writer's)
        second_start = first_char(doc_text(doc), doc[after].idx)
        second_end = last_content_char(doc_text(doc), second_start, seg.end)
        if second_end - second_start >= 2:
            out.append(make_candidate(second_start, second_end, "chain", cue, mention))
    for c in out:
        c.type = "direct"
        c.extra["fixed_type"] = True
    return out


def _subject_after_conjunction(doc: Doc, u0: int, cue: Cue) -> int | None:
    """`Il a parlé et cette protection, dit-il, passe par …`: the token after an `et` or
    `mais` that follows a finite verb and opens the verbless noun phrase the incise cuts
    from its verb (None when there is none)."""
    if cue.start < 2 or doc[cue.start - 1].text != ",":
        return None
    for k in range(cue.start - 2, u0, -1):
        t = doc[k]
        if t.pos_ in {"VERB", "AUX"} or t.is_punct:
            return None
        if t.lower_ in {"et", "mais"} and k + 1 < cue.start - 1 and \
                doc[k + 1].pos_ in {"DET", "PROPN", "NOUN"}:
            finite_before = any(x.pos_ in {"VERB", "AUX"} and "Fin" in morph(x, "VerbForm")
                                for x in doc[u0:k])
            return k + 1 if finite_before else None
    return None
