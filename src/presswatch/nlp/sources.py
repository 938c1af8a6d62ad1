"""Quotes whose source a preposition names: `selon X`, `d'après X`, `pour X,`, and the
phrases that work alike (`tel que rapporté par X,`, `comme le rapporte X,`).

The content is the clause the preposition sits in or opens; a source in the middle of a
clause (`La réforme, selon lui, est prête`) leaves the clause to the same source. This
module puts a quote together; what counts as a source phrase and its source is
`source_phrases`, where the content starts and ends is `source_clauses`, and quotations a
speech noun or a document attributes (`Réponse du ministre : « … »`) are `noun_sources`.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.colon_quotations import closing_quotation
from presswatch.nlp.content_end import semicolon_or_end
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import DASHES, RELATIVE_WORDS
from presswatch.nlp.marks import Segment
from presswatch.nlp.source_asides import aside_on_the_source, role_apposition_end
from presswatch.nlp.source_clauses import (
    after_adverbs_and_comma,
    after_source_relative,
    before_next_source,
    clause_resumed,
    clause_start_before,
    connectives_before,
    fronted_adverbial,
    only_connectives,
    opens_a_clause,
    past_connectives,
    quotation_taken_up,
    relative_end,
    to_clause_end,
)
from presswatch.nlp.source_phrases import (
    ON_CLITICS,
    READING_FORMS,
    SOURCE_WORD_IDS,
    apposed_name_end,
    is_source,
    is_source_span,
    names_a_text,
    possessive_source,
    relative_antecedent,
    selon_qui,
    source_end,
    source_phrase,
)
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
from presswatch.textutil import doc_text

FOR_WHOM = frozenset({"pour", "à", "au", "aux"})
"""Prepositions of the one a measure is for (`une aide prévue pour les étudiants`): that
noun before `, pour qui …` is whom it concerns, not a source (an agent, `par la ministre,
pour qui …`, is one)."""


def source_prepositions(doc: Doc, lex: Lexicon, unit_list: list[tuple[int, int]],
                        unit_of: list[int], segments: list[Segment]) -> list[Candidate]:
    """Quotes whose source a preposition gives: `selon X, …`, `… d'après X`, `Pour X, …`,
    `Aux yeux de X, …`, and `… selon lesquelles …` after a source noun."""
    out = []
    # only these words can open a source phrase: the other tokens are never built
    lowers = doc.to_array(LOWER).tolist()
    for token in (doc[k] for k, low_id in enumerate(lowers) if low_id in SOURCE_WORD_IDS):
        rest = None
        low = token.lower_.replace("’", "'")
        if low == "selon":
            prep_start, np_start = token.i, token.i + 1
        elif low == "après" and token.i > 0 and doc[token.i - 1].lower_ in {"d'", "d’"}:
            prep_start, np_start = token.i - 1, token.i + 1
        elif low == "pour" and (is_unit_start(doc, token.i, unit_list, unit_of) or
                                opens_a_clause(doc, token.i, with_et=False) or
                                (token.i + 1 < len(doc) and selon_qui(doc, token, token.i + 1))):
            prep_start, np_start = token.i, token.i + 1  # (`…, explique X, pour qui …`)
        elif (phrase := source_phrase(doc, token)) and \
                (is_unit_start(doc, phrase[0], unit_list, unit_of) or
                 opens_a_clause(doc, phrase[0])):
            # `Aux yeux du ministre, …`, `Aux dires de X, …`, `De l'aveu même de X, …`,
            # `À en croire X, …`: the same frame as a sentence-initial `pour X,`
            (prep_start, np_start), low = phrase, "pour"
        elif (phrase := source_phrase(doc, token)) and phrase[0] > 0 and \
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
                                      selon_qui(doc, token, np_start))
        if relative:
            mention = np_span(doc, token.head) if token.head.i < token.i else None
            antecedent = relative_antecedent(doc, token)
            beneficiary = low == "pour" and antecedent is not None and any(
                c.dep_ == "case" and c.lower_ in FOR_WHOM for c in antecedent.children)
            while antecedent is not None and doc[np_start].lower_ == "qui" and \
                    antecedent.dep_ == "nmod" and antecedent.head.i < antecedent.i and \
                    antecedent.head.pos_ in {"NOUN", "PROPN"}:
                antecedent = antecedent.head  # `La directrice de l'école, selon qui …`
            if antecedent is None or not is_source(antecedent, lex) or beneficiary or (
                    low == "pour" and antecedent.dep_ in {"obj", "iobj"}):
                continue  # (`a recruté un entraîneur, pour qui c'est une première`, `une
                # aide prévue pour les étudiants, pour qui …`: whom it concerns; `explique
                # X, pour qui …`, `l'avis du parquet, pour qui …` speak)
            mention = np_span(doc, antecedent)
            np_end = np_start + 1
        elif possessive_source(doc, np_start):
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
            mention = (np_start, source_end(doc, np_start, np_end))
            np_end = role_apposition_end(doc, np_end, u1, lex)
            if token.lower_ in READING_FORMS:
                if not names_a_text(doc, mention, lex):
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
            only_connectives(doc, u0, prep_start) or opens_a_clause(doc, prep_start) or \
            (low != "pour" and fronted_adverbial(doc, u0, prep_start))
        if at_start or relative:
            c0 = after_adverbs_and_comma(doc, np_end, u1)
            while c0 < u1 and ((doc[c0].is_punct and doc[c0].text not in '«"“') or
                               doc[c0].is_space):
                c0 += 1
            c0 = after_source_relative(doc, c0, u1)
            if c0 >= u1:
                continue
            start = doc[c0].idx
            end_tok = before_next_source(doc, c0, semicolon_or_end(doc, c0, u1))
            if doc[np_start].lower_ == "qui":  # (`X, selon qui A, fait B`: the aside ends)
                end_tok = min(end_tok, relative_end(doc, c0, u1, segments))
            elif relative and (k := relative_end(doc, c0, end_tok, segments)) < end_tok and \
                    any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
                        for t in doc[c0:k]):
                end_tok = k  # `les accusations selon lesquelles elle aurait menti, a
                # indiqué X`: the relative ends where a finite verb follows a comma, once
                # it has its own verb (`selon lesquelles le club, racheté en 2019, serait …`)
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
            edge = connectives_before(doc, prep_start, u0)  # `…, toujours selon X`
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
            start = past_connectives(doc_text(doc), start, doc[edge].idx)
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
                start, end = to_clause_end(doc, np_end + 1,
                                           relative_end(doc, np_end + 1, u1, segments))
            elif comma_before:
                rest = clause_resumed(doc, np_end, u1, doc[u0:edge])
            start, end = quotation_taken_up(doc_text(doc), start, end, segments)
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
