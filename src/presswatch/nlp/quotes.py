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
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.bare_quotes import bare_quotations
from presswatch.nlp.candidates import Candidate, Cue, make_candidate
from presswatch.nlp.colon_quotations import closing_quotation
from presswatch.nlp.content import complement_start
from presswatch.nlp.content_end import content_end
from presswatch.nlp.cues import find_cues, is_passive
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    CLAUSE_OPENERS,
    IMPERSONAL,
    INDEFINITE_SPEAKERS,
    PURPOSE,
    RELATIVE_WORDS,
    opening_word,
)
from presswatch.nlp.implicit_subjects import named_after_avec, pour_before_infinitive
from presswatch.nlp.incises import (
    adverbial_lead,
    after_opening_incise,
    inverted_after_adverb,
    lead_about_the_speaker,
    opens_on_a_subject,
    quotation_after_colon,
    quotation_after_incise,
    quotation_beside,
    subject_before_quoted_predicate,
    subject_first_comme,
)
from presswatch.nlp.inverted_subjects import (
    LEARNT_FROM,
    incise_addressee,
    inverted_name_follows,
    inverted_subject,
)
from presswatch.nlp.marks import Segment, find_segments
from presswatch.nlp.passives import (
    agentive_participle,
    passive_with_agent,
    speech_verb_over_participle,
)
from presswatch.nlp.quote_filters import (
    THING_FRAMES,
    THING_VERBS,
    dedupe,
    describes_a_noun,
    drop_embedded_statements,
    drop_impossible_mentions,
    drop_negated_reports,
    drop_nested_non_persons,
    names_a_kind,
    names_no_source,
    sentences_someone,
    share_sibling_speakers,
    start_after_debris,
)
from presswatch.nlp.sentences import units
from presswatch.nlp.sources import source_prepositions
from presswatch.nlp.spans import (
    LINKING_WORDS,
    completes_a_noun,
    first_char,
    governed_by_speech,
    has_quoted_lead,
    inside_segment,
    is_content_lead,
    is_idiom_noun,
    last_content_char,
    only_glue,
    points_back,
    pp_np_end,
    reports_the_clause_before,
    subject_before_cue,
    unit_index,
)
from presswatch.nlp.subjects import bare_past_participle, np_end, subject_mention
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
                    cands.extend(self._split_quotation(doc, cue, segments))
                continue
            u = unit_list[unit_of[cue.i]]
            if unit_of[cue.i] > 0 and points_back(doc, u[0], cue.start):
                mention = None
                if subject_before_cue(doc, u[0], cue.start):
                    if cue.verb.kind != "speech":
                        continue  # `C'est ce que les locataires craignent`: a fear, not words
                    mention = subject_mention(doc, doc[cue.i], cue.tail)
                cands.extend(self._what_was_said_before(
                    doc, cue, _unit_before(doc, unit_list, unit_of[cue.i]), mention))
                continue
            if (comma := reports_the_clause_before(doc, cue.start, u[0])) is not None:
                # `Selon X, les prix baisseront, ce qu'a confirmé Y`: Y confirms the clause
                # after the source phrase
                opening = doc[u[0]].lower_ == "selon" or doc[u[0] + 1].lower_ == "après"
                first = next((k + 1 for k in range(u[0], comma) if doc[k].text == ","),
                             u[0]) if opening else u[0]
                cands.extend(self._what_was_said_before(doc, cue, (first, comma)))
                continue
            if cue.incise and inverted_after_adverb(doc, cue, u):
                forward = dataclasses.replace(cue, tail=max(cue.tail, cue.end))
                found = self._forward(doc, forward, u, segments, cues)  # `Aussi dit-il que`
                for c in found:
                    c.mention = c.mention or inverted_subject(doc, cue, self.lex)
                cands.extend(found)
            elif cue.incise:
                found = self._incise(doc, cue, u, segments, claimed, cands)
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
                if doc[u[1] - 1].text == ":" and k + 1 < len(unit_list):
                    u = (u[0], unit_list[k + 1][1])  # the parser may cut at `… : « `
                cands.extend(self._forward(doc, cue, u, segments, cues))
        cands.extend(source_prepositions(doc, self.lex, unit_list, unit_of, segments))
        cands = drop_nested_non_persons(doc, drop_embedded_statements(doc, dedupe(doc, cands)),
                                         self.lex)
        drop_impossible_mentions(doc, cands)
        share_sibling_speakers(doc, cands, unit_of)
        start_after_debris(doc, cands)
        for c in cands:
            _set_type(doc, c, segments)
            for k, seg in enumerate(segments):
                if c.type == "direct" and seg.start <= c.start and c.end <= seg.end:
                    claimed.add(k)
        cands = drop_negated_reports(doc, cands)
        cands.extend(bare_quotations(doc, self.lex, unit_list, unit_of, segments, cands))
        cands.sort(key=lambda c: (c.start, -c.end))
        return cands

    def _what_was_said_before(self, doc: Doc, cue: Cue, previous: tuple[int, int],
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
                               mention or inverted_subject(doc, cue, self.lex))]

    # -- verbs after their content ------------------------------------------------------
    def _incise(self, doc: Doc, cue: Cue, unit: tuple[int, int], segments: list[Segment],
                claimed: set[int], cands: list[Candidate]) -> list[Candidate]:
        comme = cue.start > 0 and doc[cue.start - 1].lower_ == "comme"
        cue_char = doc[cue.start - 1 if comme else cue.start].idx
        mention = inverted_subject(doc, cue, self.lex)
        if mention is None and cue.verb.lemma in LEARNT_FROM:
            return []  # `…, a-t-on appris lundi`: learnt from nobody said
        out: list[Candidate] = []
        if comme and all(t.is_punct or t.is_space for t in doc[unit[0]:cue.start - 1]):
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
        rest = self._clause_after_incise(doc, cue, mention, unit, doc_text(doc)[start:end])
        if not rest and conjunct is not None and doc[conjunct].idx > start:
            # `Il a parlé et cette protection, dit-il, passe …`: the incise cuts the second
            # clause between its subject and its verb
            rest = self._clause_after_incise(doc, cue, mention, (conjunct, unit[1]),
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

    def _clause_after_incise(self, doc: Doc, cue: Cue, mention: tuple[int, int] | None,
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
        if doc[after].lower_ in RELATIVE_WORDS:
            return []  # `…, a indiqué la ministre, qui présentait le budget`: a relative
            # after the speaker describes the speaker, it does not go on with the clause
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

    def _split_quotation(self, doc: Doc, cue: Cue, segments: list[Segment]
                         ) -> list[Candidate]:
        seg = next(s for s in segments if s.open < doc[cue.i].idx < s.outer_end)
        mention = inverted_subject(doc, cue, self.lex)
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

    # -- verbs before their content ----------------------------------------------------
    def _forward(self, doc: Doc, cue: Cue, unit: tuple[int, int], segments: list[Segment],
                 cues: list[Cue]) -> list[Candidate]:
        token = doc[cue.i]
        # a verb of thinking or a fragment verb reports words only where quotation marks
        # show they were said (`a craint une « dérive »`, `a dit craindre une « dérive »`)
        needs_quoted = cue.verb.kind in {"thought", "fragment"}
        if is_passive(token) or agentive_participle(doc, token, unit):
            # `sont invités à s'engager …`: the subject is the addressee; a report only
            # with its agent (`accusé par ses opposants de …`, `qualifiée de … par X`)
            found = passive_with_agent(doc, cue, unit, self.lex)
            if found or not bare_past_participle(doc, token, cue):
                return found
        if "Inf" in morph(token, "VerbForm") and \
                any(c.dep_ == "aux:pass" for c in token.head.children):
            return []
        if _authors_own_voice(doc, token):
            return []  # `Il faut souligner que …`, `Rappelons que …`: the article speaks
        if describes_a_noun(doc, token, cue, unit, segments):
            return []  # `l'autre qualifié`, `les suspects interpellés`, `chargé de se prononcer`
        if bare_past_participle(doc, token, cue):
            return self._passive_question(doc, cue, unit)
        if segments:  # (the two bounds read once, not twice per segment)
            after_cue, unit_last = doc[cue.end - 1].idx, doc[unit[1] - 1].idx
            quoted_after = any(after_cue < s.open < unit_last for s in segments)
        else:
            quoted_after = False
        if "Inf" in morph(token, "VerbForm"):
            spoken = cue.verb.kind == "speech" and (
                quoted_after or _clause_follows(doc, cue, unit, self.lex))
            purpose = any(doc[k].lower_ in PURPOSE
                          for k in range(max(0, cue.start - 2), cue.start))
            spoken = spoken or (purpose and cue.verb.kind == "speech" and (
                _takes_the_floor(token.head) or _after_avant_de(doc, cue)))
            if (((token.head.pos_ == "NOUN" and not is_idiom_noun(token.head)) or
                 completes_a_noun(doc, token, unit[0])) and not (
                    spoken and pour_before_infinitive(doc, token))) or (purpose and not spoken):
                # `pour garantir sa sécurité`, `le refus d'exclure …`; but a quoted fragment
                # or a clause makes words of it: `pour lui exprimer son « mécontentement »`,
                # `a pris la parole pour expliquer que …`, `l'occasion pour X de
                # rappeler que …`
                return []
        if "Inf" in morph(token, "VerbForm") and governed_by_speech(token, self.lex):
            return []  # the governing verb takes the infinitive as its content
        found = complement_start(doc, cue, unit[1], self.lex)
        if found is None:
            return []
        start_tok, frame, addressee = found
        if frame in {"np", "de", "a", "sur"} and any(
                c.i < token.i and "Rel" in morph(c, "PronType") and c.dep_ == "obj"
                for c in token.children):
            return []  # `les garanties que Moscou exige de l'Occident`: what is demanded
            # is the relative pronoun's antecedent, not the words after the verb
        while start_tok < unit[1] and doc[start_tok].text == ",":
            start_tok += 1  # `a expliqué que, d'une part, …`
        if start_tok >= unit[1]:
            return []
        end_tok = content_end(doc, cue, start_tok, unit[1], cues, self.lex)
        if frame == "quoted":  # the quotation's words only: `des « … » devant le siège`
            seg = next((s for s in segments if s.open == doc[start_tok].idx), None)
            if seg is None:
                return []
            end_tok = next((k for k in range(start_tok + 1, unit[1])
                            if doc[k].idx >= seg.end), unit[1] - 1) + 1
        if end_tok <= start_tok or sentences_someone(doc, cue, start_tok, end_tok):
            return []
        start = doc[start_tok].idx
        last = doc[end_tok - 1]
        end = last_content_char(doc_text(doc), start, last.idx + len(last))
        if end - start < 2:
            return []
        if needs_quoted and not any(s.start < end and start < s.end for s in segments):
            if not (cue.verb.kind == "fragment" and names_a_kind(doc, start_tok)):
                return []
            if doc[start_tok].lower_ in {"de", "d'", "d’"}:
                start = doc[start_tok + 1].idx  # `parle de malentendu`: what it is called
        colon_quote = None
        # `Il a précisé les exigences de la Russie : « … »`, `a assuré que X : « Nous … »`:
        # what was reported, then the quotation given as its proof
        if frame != "colon" and (found := closing_quotation(
                doc, start_tok, end_tok, segments, self.lex, after_clause=frame == "que")):
            colon_quote, last = found[1], doc[found[0] - 1]
            end = last_content_char(doc_text(doc), start, last.idx + len(last))
        mention = subject_mention(doc, token, cue.tail)
        if mention is None and (over := speech_verb_over_participle(doc, token, self.lex)):
            mention = subject_mention(doc, over)  # `X a critiqué la réforme, jugée « … »`
        subject = doc[mention[0]: mention[1]].text.lower() if mention else ""
        if subject in INDEFINITE_SPEAKERS and "Fin" in morph(token, "VerbForm") and not \
                any(t.lower_ in {"comme", "qu'", "que"} for t in doc[max(0, mention[0] - 1):
                                                                    mention[0]]):
            mention = None  # `On dit que …`: the report stays, its source is nobody named
        elif subject in IMPERSONAL:
            return []  # `que l'on demande à …`, `c'est peu dire`: nobody says it
        elif mention and (named := named_after_avec(doc, token)) is not None and \
                names_no_source(doc, mention, self.lex):
            mention = named  # `Le débat a commencé avec X, …, exprimant …`
        elif mention and frame in THING_FRAMES and cue.verb.lemma in THING_VERBS and not any(
                s.start < end and start < s.end for s in segments) and \
                names_no_source(doc, mention, self.lex):
            return []  # `ce vaccin requiert deux doses`: a thing does, it does not say
        cand = make_candidate(start, end, "colon" if frame == "quoted" else frame, cue, mention)
        cand.addressee = addressee
        cand.extra["uttered"] = frame == "quoted"  # (words of their own inside a report)
        out = [cand]
        if colon_quote is not None:
            quoted = make_candidate(colon_quote.start, colon_quote.end, "colon", cue, mention)
            quoted.addressee = addressee
            out.append(quoted)
        return out

    def _passive_question(self, doc: Doc, cue: Cue, unit: tuple[int, int]
                          ) -> list[Candidate]:
        """`Interrogé par un journaliste sur X, Y a répondu …`: the agent asked about X."""
        agent = None
        content = None
        j = cue.tail
        while j < unit[1] and doc[j].text not in {",", ".", ";", ":"}:
            low = doc[j].lower_
            if low == "par" and agent is None:
                end = pp_np_end(doc, j + 1, unit[1], frozenset({"sur", "à", "au", "de"}))
                agent = (j + 1, end) if end > j + 1 else None
                j = max(end, j + 1)
                continue
            if low in {"sur", "à", "au", "quant"} and content is None:
                content = j + 1
            j += 1
        if agent is None or content is None or j <= content:
            return []
        last = doc[j - 1]
        start = doc[content].idx
        end = last_content_char(doc_text(doc), start, last.idx + len(last))
        return [make_candidate(start, end, "sur", cue, agent)]


def _unit_before(doc: Doc, unit_list: list[tuple[int, int]], k: int) -> tuple[int, int]:
    """The sentence unit before unit `k` that the article itself wrote: `• À lire aussi: …`
    lines (boilerplate) between a sentence and `C'est ce qu'a dit X` are skipped."""
    spans = [(b["start"], b["end"]) for b in doc._.boilerplate or []] \
        if doc.has_extension("boilerplate") else []
    j = k - 1
    while j > 0 and any(a <= doc[unit_list[j][0]].idx < b for a, b in spans):
        j -= 1
    return unit_list[j]


FLOOR_NOUNS = frozenset({"parole", "occasion", "tribune", "micro", "apparition", "créneau",
                         "conférence", "communiqué", "lettre", "message", "discours",
                         "allocution", "déclaration", "tweet", "publication", "vidéo"})
"""`a pris la parole`, `a saisi l'occasion`, `est monté à la tribune`, `a fait une apparition
à la télévision`, `a publié un communiqué`: what a speaker takes to speak, so that a
purpose after it is the speech itself."""
FLOOR_VERBS = frozenset({"adresser", "exprimer", "intervenir", "parler", "prononcer",
                         "réagir", "profiter", "écrire"})
"""Verbs of addressing an audience (`s'est adressé aux élus pour …`, `est intervenu pour
…`), after which a purpose is what was said."""


def _after_avant_de(doc: Doc, cue: Cue) -> bool:
    """`…, avant de rappeler les liens entre …`: what the speaker went on to say, not a
    purpose (`pour garantir …`) or a thing left unsaid (`sans évoquer …`)."""
    return cue.start > 1 and doc[cue.start - 2].lower_ == "avant" and \
        doc[cue.start - 1].lower_.replace("’", "'") in {"de", "d'"}


def _takes_the_floor(verb: Token) -> bool:
    """`a pris la parole pour annoncer sa démission`, `s'est adressé aux élus pour leur
    demander de …`: a purpose after taking the floor or addressing someone is what was
    said; after a meeting, a trip or a march (`se sont entretenus pour évoquer`, `ont
    manifesté pour protester`) it is not."""
    return verb.lemma_.lower() in FLOOR_VERBS or any(
        c.lemma_.lower() in FLOOR_NOUNS for c in verb.children)


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


def _clause_follows(doc: Doc, cue: Cue, unit: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the verb's content is a `que` clause (what was said, not a topic)."""
    found = complement_start(doc, cue, unit[1], lex)
    return found is not None and found[1] == "que"


def _set_type(doc: Doc, c: Candidate, segments: list[Segment]) -> None:
    if c.extra.get("fixed_type"):
        return
    inner = [s for s in segments if s.start < c.end and c.start < s.end]
    if not inner:
        c.type = "indirect"
        return
    text = doc_text(doc)
    for s in inner:
        lead = text[c.start: s.open] if c.start <= s.open else ""
        tail = text[s.outer_end: c.end] if c.end >= s.outer_end else ""
        if (only_glue(lead) and only_glue(tail.rstrip(".…"))) or (s.start <= c.start and
                                                                     c.end <= s.end):
            c.type = "direct"
            c.start, c.end = s.start, last_content_char(text, s.start, s.end)
            return
    c.type = "mixed"


IMPERSONAL_GOVERNORS = frozenset({"falloir", "convenir", "importer", "rester", "convient",
                                  "importe", "reste", "faut", "fallait"})
"""`Il faut`, `il convient de`, `il importe de`, `il reste à` + a verb of saying: the
article's own voice, not a report (lemmas, and forms the lemmatiser misreads)."""


def _authors_own_voice(doc: Doc, verb: Token) -> bool:
    """`Il faut souligner que …`, `il convient de rappeler que …`, `Rappelons que …`,
    `Notons que …`, `À noter que …`: the writer addresses the reader; nobody is reported."""
    if opening_word(verb, LINKING_WORDS).i == verb.i and verb.lower_.endswith("ons") and \
            "Fin" in morph(verb, "VerbForm") and \
            not any(c.dep_.startswith("nsubj") for c in verb.children):
        return True  # `Rappelons que`: an imperative opening the sentence (the tagger's
        # person and mood for it are unreliable)
    if "Inf" not in morph(verb, "VerbForm"):
        return False
    if verb.i > 0 and doc[verb.i - 1].lower_ in {"à", "a"} and (
            verb.i == 1 or doc[verb.i - 2].is_punct or "\n" in doc[verb.i - 2].text or
            doc[verb.i - 2].is_space):
        return True  # `À noter que …`, `A souligner : …`
    if " ".join(t.lower_ for t in doc[max(0, verb.i - 3):verb.i]).replace("’", "'") in {
            "force est de", "force est d'"}:
        return True  # `force est de constater que …`
    gov = verb.head
    # (the lemmatiser may read `convient` as `convier`)
    if gov.i == verb.i or not ({gov.lemma_, gov.lower_} & IMPERSONAL_GOVERNORS):
        return False
    return any(c.lower_ == "il" and c.dep_ in {"nsubj", "expl:subj", "expl"}
               for c in gov.children)
