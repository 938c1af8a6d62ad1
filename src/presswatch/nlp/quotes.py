"""Where a quote is made: find quotations and reported clauses in a parsed French article.

Three sources of quotes, combined per sentence unit (see `sentences.units`):

1. reporting verbs (`cues.find_cues`): before their content (`X a déclaré que …`,
   `a demandé de …`, `a nié les allégations …`, `a déclaré : « … »`) or after it as an
   incise (`« … », a-t-il ajouté`, `Le conflit durera, estime X`);
2. source prepositions: `selon X`, `d'après X`, sentence-initial `pour X,` (`sources`);
3. quotations standing alone whose speaker the text makes clear (`bare_quotes`).

The type follows from the quotation marks inside the content: none → indirect, the whole
content → direct, part of it → mixed. Speakers are left as *mentions* (token spans) or
references to another quote; `presswatch.nlp.speakers` resolves them.

`QuoteFinder` routes each cue and combines what the passes find, then filters; the passes
themselves are `quotes_forward` (a verb before its content) and `quotes_incise` (a verb
after it).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.bare_quotes import bare_quotations
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.cues import find_cues
from presswatch.nlp.debris_incises import incises_past_debris
from presswatch.nlp.dialogue_lines import dialogue_quotes
from presswatch.nlp.headline_reports import unmarked_headlines
from presswatch.nlp.incises import inverted_after_adverb, subject_first_comme
from presswatch.nlp.interviews import interview_quotes
from presswatch.nlp.inverted_subjects import (
    incise_addressee,
    inverted_name_follows,
    inverted_subject,
)
from presswatch.nlp.marks import Segment, find_segments, translation_pairs
from presswatch.nlp.quote_filters import (
    dedupe,
    drop_embedded_statements,
    drop_impossible_mentions,
    drop_incise_over_a_report,
    drop_negated_reports,
    drop_nested_non_persons,
    share_sibling_speakers,
    start_after_debris,
)
from presswatch.nlp.quotes_forward import forward_quotes
from presswatch.nlp.quotes_incise import incise_quotes, split_quotation, what_was_said_before
from presswatch.nlp.round_up_lines import past_live_times
from presswatch.nlp.sentence_frames import (
    clause_taken_up,
    cleft_in_sentence,
    names_what_went_before,
    said_after_cest,
)
from presswatch.nlp.sentences import units
from presswatch.nlp.sources import source_prepositions
from presswatch.nlp.spans import (
    inside_segment,
    last_content_char,
    only_glue,
    points_back,
    reports_the_clause_before,
    subject_before_cue,
    unit_index,
)
from presswatch.nlp.subjects import subject_mention
from presswatch.textutil import doc_cache, doc_text


class QuoteFinder:
    """Stateless quote finder over one parsed Doc."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def __call__(self, doc: Doc) -> list[Candidate]:
        segments = doc_cache(doc, "segments", find_segments)
        unit_list = units(doc, segments)
        cues = find_cues(doc, self.lex)
        unit_of = unit_index(doc, unit_list)
        cands: list[Candidate] = []
        claimed: set[int] = set()  # segment indexes used as direct quotes
        for cue in cues:
            if inside_segment(doc[cue.i].idx, segments):
                # « A, raconte-t-elle. B »: an incise inside the marks splits the quotation;
                # any other speech verb there belongs to the quotation
                if cue.start > 0 and doc[cue.start - 1].text == "," and (
                        cue.incise or inverted_name_follows(doc, cue)):
                    cands.extend(split_quotation(doc, cue, segments, self.lex))
                continue
            u = unit_list[unit_of[cue.i]]
            if unit_of[cue.i] > 0 and points_back(doc, u[0], cue.start):
                mention = None
                if subject_before_cue(doc, u[0], cue.start):
                    if cue.verb.kind != "speech" or names_what_went_before(doc, cue):
                        continue  # `C'est ce que les locataires craignent`: a fear, not words
                    mention = subject_mention(doc, doc[cue.i], cue.tail)
                cands.extend(what_was_said_before(
                    doc, cue, _unit_before(doc, unit_list, unit_of[cue.i]), self.lex, mention))
                continue
            if cue.verb.kind == "speech" and (said := said_after_cest(doc, cue, u, self.lex)):
                cands.extend(said)  # `Ce que réclament les syndicats, c'est …`
                continue
            if cue.verb.kind == "speech" and \
                    (comma := cleft_in_sentence(doc, u[0], cue.start)) is not None:
                # `X, c'est ce qu'a affirmé Y` (not `ce qu'a décidé Y`): the clause before
                before = subject_before_cue(doc, comma + 1, cue.start)
                if before and names_what_went_before(doc, cue):
                    continue  # `X, c'est ce qu'on appelle un passage en force`
                mention = subject_mention(doc, doc[cue.i], cue.tail) if before else None
                cands.extend(what_was_said_before(doc, cue, (u[0], comma), self.lex, mention))
                continue
            if cue.verb.kind == "speech" and \
                    (comma := clause_taken_up(doc, cue, u[0])) is not None:
                # `La piscine fermera : le maire l'a annoncé`: the clause `l'` takes up
                cands.extend(what_was_said_before(doc, cue, (u[0], comma), self.lex,
                                                  subject_mention(doc, doc[cue.i], cue.tail)))
                continue
            if (comma := reports_the_clause_before(doc, cue.start, u[0])) is not None:
                # `Selon X, les prix baisseront, ce qu'a confirmé Y`: Y confirms the clause
                # after the source phrase
                opening = doc[u[0]].lower_ == "selon" or doc[u[0] + 1].lower_ == "après"
                first = next((k + 1 for k in range(u[0], comma) if doc[k].text == ","),
                             u[0]) if opening else u[0]
                cands.extend(what_was_said_before(doc, cue, (first, comma), self.lex))
                continue
            if cue.incise and inverted_after_adverb(doc, cue, u):
                forward = dataclasses.replace(cue, tail=max(cue.tail, cue.end))
                # `Aussi dit-il que`
                found = forward_quotes(doc, forward, u, segments, cues, self.lex)
                for c in found:
                    c.mention = c.mention or inverted_subject(doc, cue, self.lex)
                cands.extend(found)
            elif cue.incise:
                found = incise_quotes(doc, cue, u, segments, claimed, cands, self.lex)
                addressee = incise_addressee(doc, cue)
                for c in found:
                    c.addressee = c.addressee or addressee
                cands.extend(found)
            elif not any(u[0] <= c.i < cue.start for c in cues) and \
                    (found := subject_first_comme(doc, cue, u)):
                cands.extend(found)  # `…, comme le ministre l'a rappelé.` (not after a
                # report of another verb: `X a confirmé que …, comme Y l'avait annoncé`)
            else:
                k = unit_of[cue.i]
                last = u[1] - 1
                while last > u[0] and doc[last].is_space:
                    last -= 1  # (`raconte :` ending a paragraph, the quotation the next)
                if doc[last].text == ":" and k + 1 < len(unit_list):
                    u = (u[0], unit_list[k + 1][1])  # the parser may cut at `… : « `
                cands.extend(forward_quotes(doc, cue, u, segments, cues, self.lex))
        cands.extend(source_prepositions(doc, self.lex, unit_list, unit_of, segments))
        cands = drop_nested_non_persons(doc, drop_embedded_statements(doc, dedupe(doc, cands)),
                                         self.lex)
        cands = drop_incise_over_a_report(doc, cands)
        drop_impossible_mentions(doc, cands)
        share_sibling_speakers(doc, cands, unit_of)
        start_after_debris(doc, cands)
        past_live_times(doc, cands)
        cands = _translations_apart(doc, cands, segments)
        for c in cands:
            _set_type(doc, c, segments)
            for k, seg in enumerate(segments):
                if c.type == "direct" and seg.start <= c.start and c.end <= seg.end:
                    claimed.add(k)
        cands = drop_negated_reports(doc, cands)
        cands = incises_past_debris(doc, cands, segments, self.lex)
        cands.extend(bare_quotations(doc, self.lex, unit_list, unit_of, segments, cands))
        cands.extend(unmarked_headlines(doc, self.lex, cands))  # `Nom : clause`
        cands = interview_quotes(doc, cands)
        cands = dialogue_quotes(doc, cands, self.lex)
        cands.sort(key=lambda c: (c.start, -c.end))
        return cands


def _unit_before(doc: Doc, unit_list: list[tuple[int, int]], k: int) -> tuple[int, int]:
    """The sentence unit before unit `k` that the article itself wrote: `• À lire aussi: …`
    lines (boilerplate) between a sentence and `C'est ce qu'a dit X` are skipped."""
    spans = [(b["start"], b["end"]) for b in doc._.boilerplate or []] \
        if doc.has_extension("boilerplate") else []
    j = k - 1
    while j > 0 and any(a <= doc[unit_list[j][0]].idx < b for a, b in spans):
        j -= 1
    return unit_list[j]


def _translations_apart(doc: Doc, cands: list[Candidate], segments: list[Segment]
                        ) -> list[Candidate]:
    """A quotation and its translation in brackets, found as one span, made two quotes of
    one speaker and cue (`marks.translation_pairs`)."""
    out = []
    for c in cands:
        pair = translation_pairs(doc_text(doc), c.start, c.end, segments)
        if pair is None or c.extra.get("fixed_type"):
            out.append(c)
            continue
        for seg in pair:
            out.append(dataclasses.replace(c, start=seg.start, end=seg.end, extra=dict(c.extra)))
    return out


def _set_type(doc: Doc, c: Candidate, segments: list[Segment]) -> None:
    if c.extra.get("fixed_type"):
        return
    text = doc_text(doc)
    while c.start < c.end and text[c.start] in " \n\u00a0\u202f":
        c.start += 1  # (`raconte :` ending a paragraph: the content opens the next one)
    inner = [s for s in segments if s.start < c.end and c.start < s.end]
    if not inner:
        c.type = "indirect"
        return
    for s in inner:
        lead = text[c.start: s.open] if c.start <= s.open else ""
        tail = text[s.outer_end: c.end] if c.end >= s.outer_end else ""
        if (only_glue(lead) and only_glue(tail.rstrip(".…"))) or (s.start <= c.start and
                                                                     c.end <= s.end):
            c.type = "direct"
            c.start, c.end = s.start, last_content_char(text, s.start, s.end)
            return
    c.type = "mixed"
