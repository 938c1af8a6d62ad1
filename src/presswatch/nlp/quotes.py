"""Where a quote is made: find quotations and reported clauses in a parsed French article.

Three sources of quotes, combined per sentence unit (see `sentences.units`):

1. reporting verbs (`cues.find_cues`): before their content (`X a déclaré que …`,
   `a demandé de …`, `a nié les allégations …`, `a déclaré : « … »`) or after it as an
   incise (`« … », a-t-il ajouté`, `Le conflit durera, estime X`);
2. source prepositions: `selon X`, `d'après X`, sentence-initial `pour X,`;
3. quotations standing alone after a quote whose speaker is known.

The type follows from the quotation marks inside the content: none → indirect, the whole
content → direct, part of it → mixed. Speakers are left as *mentions* (token spans) or
references to another quote; `presswatch.nlp.speakers` resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon, ReportingVerb
from presswatch.nlp.cues import (
    CHANNEL_NOUNS,
    CIRCUMSTANCE_PREPOSITIONS,
    CLOSING_MARKS,
    DE_PREPOSITIONS,
    WEEKDAYS,
    Cue,
    addressee_end,
    find_cues,
    is_title,
    skip_circumstance,
)
from presswatch.nlp.marks import Segment, find_segments
from presswatch.nlp.sentences import starts_after_initial, units
from presswatch.textutil import doc_cache, doc_text, fold

QUE = {"que", "qu'", "qu’"}
DE = {"de", "d'", "d’", "des", "du"}
PERSON_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux"}
# subjects that name nobody: `que l'on demande`, `c'est peu dire`, `il faut dire`
IMPERSONAL = {"on", "l'on", "l’on", "l'", "l’", "c'", "c’", "ce", "cela", "ceci", "ça", "tout",
              "rien"}
PURPOSE = {"pour", "afin", "sans", "avant"}
ADVERBIAL_AFTER_DE = {"nouveau", "même", "plus", "suite", "fait", "surcroît", "toute"}
# inside another quote's content, a verb whose object is its content (`reconnaissait la
# souveraineté`, `répondront à toute agression`) describes rather than reports speech
OPENING_MARKS = {"«", "“", '"'}
A_PREPOSITIONS = {"à", "a", "au", "aux"}
"""`à` and its contractions, which open the content of `appeler à`, `exhorter à`."""
NESTED_WEAK_FRAMES = {"np", "a", "sur"}
ADDRESSEE_STOP = frozenset({"de", "d'", "que", "qu'", "si", "sur", "pour", "des", "du"})
TRAILING = " \t\n\u00a0\u202f.,;:"
# a clause must carry this many word tokens to be taken as a quote standing alone
MIN_BARE_QUOTE_WORDS = 4

# Confidence by rule: set by hand from precision on the seed-* and dip-* dev articles.
CONFIDENCE = {"incise": 0.9, "colon": 0.9, "que": 0.85, "si": 0.8, "de": 0.75, "inf": 0.75,
              "a": 0.7, "sur": 0.6, "np": 0.6, "selon": 0.8, "bare": 0.6, "incise-clause": 0.8,
              "chain": 0.85, "attr": 0.7}


@dataclass(slots=True)
class Candidate:
    """A quote before speaker resolution; offsets are characters, spans are tokens."""

    start: int
    end: int
    rule: str
    cue: Cue | None = None
    cue_span: tuple[int, int] | None = None
    cue_lemma: str | None = None
    verb: ReportingVerb | None = None
    mention: tuple[int, int] | None = None
    speaker_ref: Candidate | None = None  # the candidate whose speaker this one shares
    addressee: tuple[int, int] | None = None
    type: str = "indirect"
    extra: dict = field(default_factory=dict)


class QuoteFinder:
    """Stateless quote finder over one parsed Doc."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def __call__(self, doc: Doc) -> list[Candidate]:
        segments = doc_cache(doc, "segments", find_segments)
        unit_list = units(doc, segments)
        cues = find_cues(doc, self.lex)
        unit_of = _unit_index(doc, unit_list)
        cands: list[Candidate] = []
        claimed: set[int] = set()  # segment indexes used as direct quotes
        for cue in cues:
            if _inside_segment(doc[cue.i].idx, segments):
                # « A, raconte-t-elle. B »: an incise inside the marks splits the quotation;
                # any other speech verb there belongs to the quotation
                if cue.start > 0 and doc[cue.start - 1].text == "," and (
                        cue.incise or _inverted_name_follows(doc, cue)):
                    cands.extend(self._split_quotation(doc, cue, segments))
                continue
            u = unit_list[unit_of[cue.i]]
            if cue.incise:
                found = self._incise(doc, cue, u, segments, claimed, cands)
                addressee = _incise_addressee(doc, cue)
                for c in found:
                    c.addressee = c.addressee or addressee
                cands.extend(found)
            else:
                k = unit_of[cue.i]
                if doc[u[1] - 1].text == ":" and k + 1 < len(unit_list):
                    u = (u[0], unit_list[k + 1][1])  # the parser may cut at `… : « `
                cands.extend(self._forward(doc, cue, u, segments, cues))
        cands.extend(self._source_prepositions(doc, unit_list, unit_of, segments))
        cands = _drop_nested_non_persons(doc, _drop_embedded_statements(doc, _dedupe(cands)),
                                         self.lex)
        _share_sibling_speakers(doc, cands, unit_of)
        for c in cands:
            _set_type(doc, c, segments)
            for k, seg in enumerate(segments):
                if c.type == "direct" and seg.start <= c.start and c.end <= seg.end:
                    claimed.add(k)
        cands.extend(self._bare(doc, unit_list, unit_of, segments, cands))
        cands.sort(key=lambda c: (c.start, -c.end))
        return cands

    # -- verbs after their content ------------------------------------------------------
    def _incise(self, doc: Doc, cue: Cue, unit: tuple[int, int], segments: list[Segment],
                claimed: set[int], cands: list[Candidate]) -> list[Candidate]:
        cue_char = doc[cue.start].idx
        mention = _inverted_subject(doc, cue, self.lex)
        out: list[Candidate] = []
        # the quotation closing just before the cue
        before = [k for k, s in enumerate(segments)
                  if s.outer_end <= cue_char and _only_glue(doc_text(doc)[s.outer_end:cue_char])]
        unit_start_char = doc[unit[0]].idx
        if before:
            k = before[-1]
            seg = segments[k]
            # a clause opening the sentence before the quotation belongs to the content
            start = seg.start
            pre = doc_text(doc)[unit_start_char:seg.open]
            if seg.open > unit_start_char and _is_content_lead(pre):
                start = _first_char(doc_text(doc), unit_start_char)
            out.append(self._make(doc, start, seg.end if start == seg.start else seg.outer_end,
                                  "incise", cue, mention))
            # « A », a-t-il dit, « B »: the quotation right after the incise shares it
            after_char = doc[_np_end(doc, cue, mention)].idx if _np_end(doc, cue, mention) \
                < len(doc) else len(doc_text(doc))
            for k2, s2 in enumerate(segments):
                if s2.open >= after_char and _only_glue(doc_text(doc)[after_char:s2.open]) and \
                        s2.open < doc[unit[1] - 1].idx + len(doc[unit[1] - 1]):
                    out.append(self._make(doc, s2.start, s2.end, "chain", cue, mention))
                    claimed.add(k2)
                    break
            return out
        # a clause before the cue: "La Russie est opposée à …, a déclaré X"
        start = _first_char(doc_text(doc), unit_start_char)
        end = _last_content_char(doc_text(doc), start, cue_char)
        # a leading "Selon X," or previous incise ends before: keep the clause after it
        for c in cands:
            if c.rule == "incise" and start <= c.end <= end and c.cue and c.cue.i < cue.start:
                start = _first_char(doc_text(doc), doc[_np_end(doc, c.cue, c.mention)].idx)
        if end - start < 12:
            return out
        out.append(self._make(doc, start, end, "incise-clause", cue, mention))
        return out

    def _split_quotation(self, doc: Doc, cue: Cue, segments: list[Segment]
                         ) -> list[Candidate]:
        seg = next(s for s in segments if s.open < doc[cue.i].idx < s.outer_end)
        mention = _inverted_subject(doc, cue, self.lex)
        after = _np_end(doc, cue, mention)
        while after < len(doc) and doc[after].text in {",", ".", "!", "?", "…"}:
            after += 1
        first_end = _last_content_char(doc_text(doc), seg.start, doc[cue.start].idx)
        out = []
        if first_end - seg.start >= 2:
            out.append(self._make(doc, seg.start, first_end, "incise", cue, mention))
        if after < len(doc) and doc[after].idx < seg.end:
            second_start = _first_char(doc_text(doc), doc[after].idx)
            second_end = _last_content_char(doc_text(doc), second_start, seg.end)
            if second_end - second_start >= 2:
                out.append(self._make(doc, second_start, second_end, "chain", cue, mention))
        for c in out:
            c.type = "direct"
            c.extra["fixed_type"] = True
        return out

    # -- verbs before their content ----------------------------------------------------
    def _forward(self, doc: Doc, cue: Cue, unit: tuple[int, int], segments: list[Segment],
                 cues: list[Cue]) -> list[Candidate]:
        token = doc[cue.i]
        if cue.verb.kind == "thought" and not _governed_by_speech(token, self.lex):
            return []
        if any(c.dep_ == "aux:pass" for c in token.children) or (
                "Inf" in token.morph.get("VerbForm") and
                any(c.dep_ == "aux:pass" for c in token.head.children)):
            return []  # `sont invités à s'engager …`: the subject is the addressee
        if _bare_past_participle(doc, token, cue):
            return self._passive_question(doc, cue, unit)
        if "Inf" in token.morph.get("VerbForm") and (
                token.head.pos_ == "NOUN" or any(
                    doc[k].lower_ in PURPOSE for k in range(max(0, cue.start - 2), cue.start))):
            return []  # `pour garantir sa sécurité`, `le refus d'exclure …`
        if "Inf" in token.morph.get("VerbForm") and _governed_by_speech(token, self.lex):
            return []  # the governing verb takes the infinitive as its content
        found = _complement_start(doc, cue, unit[1], self.lex)
        if found is None:
            return []
        start_tok, frame, addressee = found
        if start_tok >= unit[1]:
            return []
        end_tok = _content_end(doc, cue, start_tok, unit[1], cues, self.lex)
        if end_tok <= start_tok:
            return []
        start = doc[start_tok].idx
        last = doc[end_tok - 1]
        end = _last_content_char(doc_text(doc), start, last.idx + len(last))
        if end - start < 2:
            return []
        if cue.verb.kind in {"thought", "fragment"} and not any(s.start < end and
                                                               start < s.end for s in segments):
            return []
        colon_quote = None
        if frame not in {"que", "colon"}:
            # `Il a précisé les exigences de la Russie : « … »`: the NP, then the quotation
            for k in range(start_tok, end_tok - 1):
                if doc[k].text == ":" and doc[k + 1].text in '«"“':
                    seg = next((s for s in segments if s.open == doc[k + 1].idx), None)
                    if seg is not None:
                        colon_quote = seg
                        last = doc[k - 1]
                        end = _last_content_char(doc_text(doc), start, last.idx + len(last))
                    break
        mention = _subject_mention(doc, token, cue.tail)
        if mention and doc[mention[0]: mention[1]].text.lower() in IMPERSONAL:
            return []  # `que l'on demande à …`: nobody in particular says it
        cand = self._make(doc, start, end, frame, cue, mention)
        cand.addressee = addressee
        out = [cand]
        if colon_quote is not None:
            quoted = self._make(doc, colon_quote.start, colon_quote.end, "colon", cue, mention)
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
                end = _pp_np_end(doc, j + 1, unit[1], frozenset({"sur", "à", "au", "de"}))
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
        end = _last_content_char(doc_text(doc), start, last.idx + len(last))
        return [self._make(doc, start, end, "sur", cue, agent)]

    def _make(self, doc: Doc, start: int, end: int, rule: str, cue: Cue | None,
              mention: tuple[int, int] | None) -> Candidate:
        cand = Candidate(start, end, rule)
        if cue is not None:
            cand.cue = cue
            cand.cue_span = (cue.start, cue.end)
            cand.cue_lemma = cue.lemma
            cand.verb = cue.verb
        cand.mention = mention
        return cand

    # -- selon X, d'après X, pour X ----------------------------------------------------
    def _source_prepositions(self, doc: Doc, unit_list: list[tuple[int, int]],
                             unit_of: list[int], segments: list[Segment]) -> list[Candidate]:
        out = []
        for token in doc:
            low = token.lower_.replace("’", "'")
            if low == "selon":
                prep_start, np_start = token.i, token.i + 1
            elif low == "après" and token.i > 0 and doc[token.i - 1].lower_ in {"d'", "d’"}:
                prep_start, np_start = token.i - 1, token.i + 1
            elif low == "pour" and _is_unit_start(doc, token.i, unit_list, unit_of):
                prep_start, np_start = token.i, token.i + 1
            else:
                continue
            if _inside_segment(token.idx, segments):
                continue
            u0, u1 = unit_list[unit_of[token.i]]
            relative = np_start < u1 and doc[np_start].lower_ in {"lesquelles", "lesquels",
                                                                   "laquelle", "lequel"}
            if relative:
                mention = _np_span(doc, token.head) if token.head.i < token.i else None
                antecedent = _relative_antecedent(doc, token)
                if antecedent is None or not self._is_source(doc, antecedent):
                    continue
                mention = _np_span(doc, antecedent)
                np_end = np_start + 1
            else:
                np_end = _pp_np_end(doc, np_start, u1)
                if np_end <= np_start:
                    continue
                np_end = _apposed_name_end(doc, np_end, u1)
                mention = (np_start, np_end)
                if not self._is_source_span(doc, mention):
                    continue
                if low == "pour" and (np_end >= u1 or doc[np_end].text != ","):
                    continue
            at_start = _is_unit_start(doc, prep_start, unit_list, unit_of)
            if at_start or relative:
                c0 = np_end
                while c0 < u1 and ((doc[c0].is_punct and doc[c0].text not in '«"“') or
                                   doc[c0].is_space):
                    c0 += 1
                c0 = _after_source_relative(doc, c0, u1)
                if c0 >= u1:
                    continue
                start = doc[c0].idx
                end_tok = _semicolon_or_end(doc, c0, u1)
                last = doc[end_tok - 1]
                end = _last_content_char(doc_text(doc), start, last.idx + len(last))
            elif (seg := _segment_before(doc_text(doc), doc[prep_start].idx, segments)):
                start, end = seg.start, seg.end  # « … » selon X
            else:
                start = _clause_start_before(doc, prep_start, u0)
                # `A, selon X, et B, d'après Y`: B starts after the earlier source
                for k in range(prep_start - 1, u0, -1):
                    if doc[k].lower_ == "selon" or (doc[k].lower_ == "après" and
                                                    doc[k - 1].lower_ in {"d'", "d’"}):
                        k2 = _pp_np_end(doc, k + 1, prep_start)
                        while k2 < prep_start and (doc[k2].is_punct or doc[k2].lower_ == "et"):
                            k2 += 1
                        if k2 < prep_start:
                            start = max(start, doc[k2].idx)
                        break
                end = _last_content_char(doc_text(doc), start, doc[prep_start].idx)
                comma_before = prep_start > u0 and doc[prep_start - 1].text == ","
                if np_end < u1 and not _only_glue(doc[np_end:u1].text) and not comma_before:
                    # mid-clause "selon lui": the whole clause is the content
                    end_tok = _semicolon_or_end(doc, np_end, u1)
                    last = doc[end_tok - 1]
                    end = _last_content_char(doc_text(doc), start, last.idx + len(last))
            if end - start < 12:
                continue
            cand = Candidate(start, end, "selon")
            cand.cue_span = (prep_start, np_start + (1 if relative else 0))
            cand.cue_lemma = "selon" if low != "pour" else "pour"
            cand.mention = mention
            out.append(cand)
        return out

    def _is_source(self, doc: Doc, head: Token) -> bool:
        if head.ent_type_ in {"PER", "ORG"} or head.pos_ == "PROPN":
            return True
        if head.lower_ in PERSON_PRONOUNS:
            return True
        return head.lemma_.lower() in self.lex.speaker_nouns

    def _is_source_span(self, doc: Doc, span: tuple[int, int]) -> bool:
        tokens = doc[span[0]: span[1]]
        if any(t.lower_ in {"moi", "nous", "toi", "vous"} for t in tokens[:1]):
            return False
        if tokens[:1] and tokens[0].lower_ in {"sa", "son", "ses", "leur", "rappel", "cela",
                                                "ça", "autant", "le", "la", "les", "l'", "l’"} \
                and len(tokens) >= 2 and tokens[1].lower_ in {"part", "moment", "instant"}:
            return False
        if tokens[:1] and tokens[0].lower_ in {"rappel", "cela", "ça", "autant", "sa", "son"}:
            return False
        return any(self._is_source(doc, t) for t in tokens)

    # -- quotations standing alone -----------------------------------------------------
    def _bare(self, doc: Doc, unit_list: list[tuple[int, int]], unit_of: list[int],
              segments: list[Segment], cands: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        for seg in segments:
            if any(c.start < seg.end and seg.start < c.end for c in cands + out):
                continue
            span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
            if span is None:
                continue
            words = [t for t in span if t.is_alpha]
            if len(words) < MIN_BARE_QUOTE_WORDS or not any(
                    t.pos_ in {"VERB", "AUX"} for t in span):
                continue
            u = unit_of[span[0].i]
            u0, u1 = unit_list[u]
            lead = doc_text(doc)[doc[u0].idx: seg.open]
            if not lead.strip() and (signed := _signature_after(doc, seg, u1)):
                # a pull-quote signed after a dash: `« … » - Paul Martin, maire de Saint-Jean`
                cand = Candidate(seg.start, _last_content_char(doc_text(doc), seg.start,
                                                                seg.end), "bare", type="direct")
                cand.mention = signed
                out.append(cand)
                continue
            if lead.rstrip().endswith(":") and (said := _colon_clause_subject(doc, u0, span[0].i)):
                # `Interrogé sur sa retraite, le Toulousain a botté en touche : « … »`
                cand = Candidate(seg.start, _last_content_char(doc_text(doc), seg.start,
                                                                seg.end), "bare", type="direct")
                cand.mention = said
                out.append(cand)
                continue
            if any(t.pos_ in {"VERB", "AUX"} for t in doc[u0: span[0].i - 1]) and \
                    not lead.rstrip().endswith(","):
                continue
            if lead.strip() and not lead.rstrip().endswith((",", ":")):
                continue
            repeated = _repeated_in(doc_text(doc), seg, cands)
            previous = [k for k, c in enumerate(cands) if c.end <= seg.open and
                        unit_of_char(doc, c.end - 1, unit_of) >= u - 2]
            if repeated is None and not previous:
                continue
            cand = Candidate(seg.start, _last_content_char(doc_text(doc), seg.start, seg.end),
                             "bare", type="direct")
            cand.speaker_ref = repeated or cands[max(previous, key=lambda k: cands[k].end)]
            out.append(cand)
        return out


# ---------------------------------------------------------------------------------------
# helpers on tokens and characters


SIGNATURE_DASHES = ("-", "–", "—")


def _signature_after(doc: Doc, seg: Segment, u1: int) -> tuple[int, int] | None:
    """The name that signs a quotation after a dash, up to a comma or the unit's end, when
    the quotation and its signature make the whole unit and the name is a person's."""
    text = doc_text(doc)
    last = doc[u1 - 1]
    trail = text[seg.outer_end: last.idx + len(last)]
    stripped = trail.lstrip()
    if not stripped.startswith(SIGNATURE_DASHES):
        return None
    name_char = seg.outer_end + len(trail) - len(stripped) + 1
    while name_char < len(text) and text[name_char].isspace():
        name_char += 1
    first = next((t for t in doc[: u1] if t.idx >= name_char), None)
    if first is None or not (first.ent_type_ == "PER" or first.pos_ == "PROPN"):
        return None
    end = first.i
    while end < u1 and doc[end].text != "," and not doc[end].is_space:
        end += 1
    return first.i, end


def _colon_clause_subject(doc: Doc, u0: int, quote_tok: int) -> tuple[int, int] | None:
    """The subject of the clause that a colon ends right before a quotation, when it names
    someone (a person or a role, not `la question` or `le texte`)."""
    verbs = [t for t in doc[u0: quote_tok] if t.pos_ in {"VERB", "AUX"} and
             ("Fin" in t.morph.get("VerbForm") or any(c.dep_.startswith("aux")
                                                      for c in t.children))]
    if not verbs:
        return None
    verbs = [t.head if t.dep_.startswith("aux") else t for t in verbs]
    main = next((t for t in verbs if t.dep_ == "ROOT"), verbs[-1])
    mention = _subject_mention(doc, main)
    if mention is None:
        return None
    head = max(doc[mention[0]: mention[1]], key=lambda t: t.pos_ in {"PROPN", "NOUN"})
    if head.ent_type_ == "PER" or head.pos_ == "PROPN" or head.lower_ in PERSON_PRONOUNS:
        return mention
    return None


def _apposed_name_end(doc: Doc, np_end: int, limit: int) -> int:
    """`Selon la procureure, Fabienne Lefebvre, …`: a name set off by commas right after a
    source's role is part of the source; returns the end past it (or ``np_end``)."""
    if np_end + 2 >= limit or doc[np_end].text != "," or doc[np_end + 1].ent_type_ != "PER":
        return np_end
    k = np_end + 1
    while k < limit and doc[k].ent_type_ == "PER" and (k == np_end + 1 or doc[k].ent_iob_ == "I"):
        k += 1
    return k if k < limit and doc[k].text == "," else np_end


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _repeated_in(text: str, seg: Segment, cands: list[Candidate]) -> Candidate | None:
    """The attributed quote that repeats a bare quotation's words: a sub-headline
    (`« L'eau gelait sur les toits »`) whose words the body gives to someone."""
    words = _words(text[seg.start: seg.end])
    if len(words.split()) < MIN_BARE_QUOTE_WORDS:
        return None
    for c in cands:
        if c.rule != "bare" and words in _words(text[c.start: c.end]):
            return c
    return None


def _unit_index(doc: Doc, unit_list: list[tuple[int, int]]) -> list[int]:
    out = [0] * len(doc)
    for k, (a, b) in enumerate(unit_list):
        for i in range(a, b):
            out[i] = k
    return out


def unit_of_char(doc: Doc, char: int, unit_of: list[int]) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return unit_of[span[0].i] if span is not None and len(span) else 0


def _only_glue(text: str) -> bool:
    """Between a quotation and its incise only spaces, commas and closing marks may stand."""
    return all(ch in " ,\u00a0\u202f\n-–—" or ch in CLOSING_MARKS for ch in text) and \
        text.count("\n") <= 1


def _is_content_lead(pre: str) -> bool:
    """`Il a précisé : « … », a-t-il …` is rare; a lead before a quotation is content only
    when it is a clause that runs straight into the quotation (`Les Européens « …`)."""
    stripped = pre.strip()
    return bool(stripped) and not stripped.endswith((":", ".", ",", "!", "?")) and \
        len(stripped.split()) >= 2


def _first_char(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\n\u00a0\u202f-–—•":
        i += 1
    return i


def _last_content_char(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    # a final "…" or closing mark stays; a dangling opening mark does not
    while end > start and text[end - 1] in "«“":
        end -= 1
        while end > start and text[end - 1] in TRAILING:
            end -= 1
    return end


def _segment_before(text: str, char: int, segments: list[Segment]) -> Segment | None:
    """The quotation that closes right before `char`, with only glue in between."""
    for seg in segments:
        if seg.outer_end <= char and _only_glue(text[seg.outer_end:char]):
            return seg
    return None


def _inside_segment(char: int, segments: list[Segment]) -> bool:
    return any(s.open < char < s.outer_end for s in segments)


def _is_unit_start(doc: Doc, i: int, unit_list: list[tuple[int, int]], unit_of: list[int]) -> bool:
    u0 = unit_list[unit_of[i]][0]
    j = u0
    while j < i and (doc[j].is_space or doc[j].is_punct or
                     doc[j].lower_ in {"et", "mais", "or", "car", "donc", "ainsi", "puis"}):
        j += 1
    return j == i


def _bare_past_participle(doc: Doc, token: Token, cue: Cue) -> bool:
    """A past participle with no auxiliary opening its clause (`Interrogé par …, X a dit`)."""
    if "Part" not in token.morph.get("VerbForm") or "Past" not in token.morph.get("Tense"):
        return False
    if any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in token.children):
        return False
    prev = doc[cue.start - 1] if cue.start > 0 else None
    return prev is None or prev.is_punct or prev.is_space or bool(doc[cue.start].is_sent_start)


def _governor(token: Token) -> Token:
    """The verb whose subject a participle or coordinated verb shares."""
    seen = 0
    while token.dep_ in {"conj", "advcl", "xcomp", "acl", "parataxis"} and token.head is not \
            token and seen < 6:
        if any(c.dep_.startswith("nsubj") for c in token.children):
            break
        token = token.head
        seen += 1
    return token


def _governed_by_speech(token: Token, lex: Lexicon) -> bool:
    head = token.head
    return head.i != token.i and token.dep_ in {"xcomp", "ccomp", "obj"} and \
        lex.verb(head.lemma_.lower()) is not None and lex.verb(head.lemma_.lower()).kind == \
        "speech"


def _np_span(doc: Doc, head: Token) -> tuple[int, int]:
    """The noun phrase headed by `head`, without relative clauses or trailing punctuation."""
    keep = {head.i}
    for child in head.children:
        if child.dep_ in {"acl:relcl", "acl", "advcl", "punct", "parataxis", "dep", "cc:preconj"}:
            if child.dep_ == "punct":
                continue
            if child.dep_ == "acl" and child.i < head.i:
                continue
            if child.dep_ != "acl" or "Part" not in child.morph.get("VerbForm"):
                continue
        keep.update(t.i for t in child.subtree)
    lo, hi = min(keep), max(keep) + 1
    # nothing left of the head beyond a comma or colon: `…Anthony Blinken, le ministre …`
    for k in range(head.i - 1, lo - 1, -1):
        if doc[k].text in {",", ":", ";"}:
            lo = k + 1
            break
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    # cut at a relative pronoun or a comma that opens a non-appositive clause
    for j in range(lo, hi):
        if doc[j].lower_ in {"qui", "dont", "lequel", "laquelle", "que"} and j > head.i:
            hi = j
            while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
                hi -= 1
            break
    # `Le Parquet national financier (PNF)`: keep a parenthesis closed
    opened = sum(doc[k].text == "(" for k in range(lo, hi)) - \
        sum(doc[k].text == ")" for k in range(lo, hi))
    if opened > 0 and hi < len(doc) and doc[hi].text == ")":
        hi += 1
    return lo, hi


def _subject_mention(doc: Doc, verb: Token, tail: int | None = None
                     ) -> tuple[int, int] | None:
    """The subject of a forward reporting verb, as a token span (or None)."""
    span = _parsed_subject(doc, verb, tail)
    if span is None or (span[1] - span[0] == 1 and doc[span[0]].lower_ in TOPIC_PRONOUNS):
        return _topic_before(doc, verb) or span
    return _without_aside(doc, _without_topic_pronoun(doc, span))


def _without_aside(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`Le chef de l'État, de son côté, a appelé`: an aside after a comma that names
    nobody (no person, no title) is not part of the subject, nor is what stands before a
    colon."""
    lo, hi = span
    # `Iran Press/ Le Monde : La Russie, quant à elle, a nié`: a credit line before a
    # colon is not part of the subject
    colon = max((k for k in range(lo, hi - 1) if doc[k].text == ":"), default=None)
    if colon is not None:
        after = colon + 1
        while after < hi and (doc[after].is_space or doc[after].is_punct):
            after += 1
        lo = after if after < hi else lo
    for k in range(lo + 1, hi):
        if doc[k].text == "," and doc[k + 1: hi] and not any(
                t.ent_type_ == "PER" or is_title(t) for t in doc[k + 1: hi]) and \
                doc[k + 1].pos_ in {"ADP", "ADV"}:
            return lo, k
    return lo, hi


TOPIC_PRONOUNS = {"lui", "elle", "eux", "elles"}
"""Stressed pronouns that repeat a detached subject: `Mbappé, lui, a refusé`."""


def _topic_before(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`Mbappé, lui, a refusé …`: the noun phrase before `, lui,` (the parser often
    attaches it anywhere but as the subject)."""
    k = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")]) - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 2 or doc[k].lower_ not in TOPIC_PRONOUNS or doc[k - 1].text != ",":
        return None
    hi = lo = k - 1
    while lo > 0 and doc[lo - 1].pos_ in {"PROPN", "NOUN", "DET", "ADJ"} and \
            not doc[lo - 1].is_punct and hi - lo < 8:
        lo -= 1
    return (lo, hi) if lo < hi else None


def _without_topic_pronoun(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`les syndicats, eux,` → `les syndicats`."""
    lo, hi = span
    while hi - lo > 2 and (doc[hi - 1].text == "," or doc[hi - 1].lower_ in TOPIC_PRONOUNS):
        if doc[hi - 1].lower_ in TOPIC_PRONOUNS and doc[hi - 2].text != ",":
            break
        hi -= 1
    return lo, hi


def _parsed_subject(doc: Doc, verb: Token, tail: int | None = None
                    ) -> tuple[int, int] | None:
    gov = _governor(verb)
    # `ont fait savoir`: the parser may hang the subject on any word of the expression
    words = [doc[k] for k in range(verb.i + 1, tail or verb.i + 1) if doc[k].pos_ == "VERB"]
    for tok in (verb, *words, gov):
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}
                and c.lower_ != "-t"]
        # `Procès X : le parquet requiert …`: a headline's topic before a colon is not
        # the subject the parser also hung on the verb; nor is one in an earlier sentence
        # that the parser joined to this one (`… le réseau social X. Interrogé …`)
        subj = [c for c in subj if not _colon_between(doc, c.i, tok.i)] or subj
        subj = [c for c in subj if not _sentence_end_between(doc, c.i, verb.i)]
        if subj:
            s = subj[0]
            if s.lower_ in {"qui"} and tok.dep_.startswith("acl") and tok.head.i != tok.i:
                return _np_span(doc, tok.head)
            return _last_np_before_verb(doc, _up_to_verb(doc, _np_span(doc, s), tok), tok)
        if tok.dep_ == "acl:relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return _np_span(doc, tok.head)
    # `…, Gérard Collomb, le ministre de l'Intérieur, a indiqué que`: the parser lost the
    # subject; take the name (or role) standing right before the verb
    auxiliary_before = verb.i > 0 and doc[verb.i - 1].pos_ == "AUX"  # `a fait savoir`
    if "Fin" in verb.morph.get("VerbForm") or auxiliary_before or any(
            c.dep_.startswith("aux") for c in verb.children):
        start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
        while start > 0 and doc[start - 1].pos_ == "AUX":
            start -= 1
        k = start - 1
        while k >= max(0, start - 14) and not (doc[k].is_punct and doc[k].text in {".", ";",
                                                                                  ":"}):
            t = doc[k]
            if t.ent_type_ == "PER" and not _after_de(doc, k, 0):
                lo = k
                while lo > 0 and doc[lo - 1].ent_type_ == "PER":
                    lo -= 1
                hi = k + 1
                return lo, hi
            if t.pos_ in {"VERB"} and t.i != verb.i:
                break
            k -= 1
        # `Marine Le Pen a fait savoir`: a capitalised name the NER missed, right before
        name = _capitalised_run_before(doc, start)
        if name is not None:
            return name
    # a present participle shares the subject of the verb it hangs from (`…, ajoutant que`)
    # or, opening the sentence, of the sentence's main verb (`Reprochant à X de …, Y a …`)
    if "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
        up = verb.head
        for _ in range(4):
            if up.i == up.head.i:
                break
            if up.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubj:pass"}
                                                 for c in up.children):
                break
            up = up.head
        subj = [c for c in up.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if up.pos_ in {"VERB", "AUX", "ADJ"} and subj and up.i < verb.i:
            return _np_span(doc, subj[0])
        root = verb.sent.root
        subj = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if subj and subj[0].i > verb.i:
            return _np_span(doc, subj[0])
    return None


def _after_source_relative(doc: Doc, i: int, limit: int) -> int:
    """`Selon Le Parisien, qui cite des sources internes, …`: a relative clause about the
    source is not what the source says; the content starts after its closing comma."""
    if i >= limit or doc[i].lower_ not in {"qui", "dont"}:
        return i
    k = i + 1
    while k < limit and k - i < 25 and doc[k].text != ",":
        k += 1
    if k >= limit or doc[k].text != ",":
        return i
    k += 1
    while k < limit and doc[k].is_space:
        k += 1
    return k


def _sentence_end_between(doc: Doc, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return any(doc[k].text in {".", "!", "?"} or starts_after_initial(doc, k + 1)
               for k in range(lo + 1, hi))


def _colon_between(doc: Doc, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return any(doc[k].text == ":" for k in range(lo + 1, hi))


def _capitalised_run_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """The run of capitalised words (with name particles) ending right before token
    `start` and opening its sentence or clause: a proper name the parser left without
    a role. None if the run does not begin at a sentence start or after punctuation."""
    hi = start
    lo = hi
    while lo > 0 and (doc[lo - 1].pos_ in {"PROPN", "NOUN", "DET", "ADP"} and
                      doc[lo - 1].text[:1].isupper() and doc[lo - 1].is_alpha):
        lo -= 1
    if lo == hi or doc[hi - 1].pos_ != "PROPN":
        return None
    if lo > 0 and not (doc[lo - 1].is_punct or doc[lo - 1].is_space or doc[lo].is_sent_start):
        return None
    return lo, hi


def _up_to_verb(doc: Doc, span: tuple[int, int], verb: Token) -> tuple[int, int]:
    """`Le constructeur automobile Stellantis a annoncé`: when the parser splits one subject
    in two, the words left between it and the verb's auxiliaries belong to it."""
    lo, hi = span
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") or
                            c.dep_ == "expl:comp"])
    if not hi < first <= hi + 4:
        return span
    if all(doc[k].pos_ in {"PROPN", "NOUN", "ADJ"} and not doc[k].is_punct
           for k in range(hi, first)):
        return lo, first
    return span


def _last_np_before_verb(doc: Doc, span: tuple[int, int], verb: Token) -> tuple[int, int]:
    """`Lors d'un appel avec X, le ministre Y a qualifié …`: when the parser hangs two
    comma-separated noun phrases together, the one right before the verb is the subject."""
    lo, hi = span
    if hi > verb.i or hi < verb.i - 6:
        return span
    commas = [k for k in range(lo, hi) if doc[k].text == ","]
    if not commas:
        return span
    tail = (commas[-1] + 1, hi)
    named = any(t.ent_type_ == "PER" for t in doc[lo: commas[-1]])
    tail_named = any(t.ent_type_ == "PER" and not _after_de(doc, t.i, tail[0])
                     for t in doc[tail[0]: tail[1]])
    if named and not tail_named:
        return span  # `Le professeur X, le responsable du service, rappelle …`
    if any(t.pos_ in {"NOUN", "PROPN"} for t in doc[tail[0]: tail[1]]) and \
            tail[1] - tail[0] >= 1 and doc[tail[0]].pos_ in {"DET", "PROPN", "NOUN"}:
        return tail
    return span


def _after_de(doc: Doc, i: int, lo: int) -> bool:
    """`du CHU Pellegrin`: the token sits in a de-complement of a noun."""
    return any(doc[k].lower_ in {"de", "du", "des", "d'", "d’"} for k in range(max(lo, i - 3), i))


def _inverted_name_follows(doc: Doc, cue: Cue) -> bool:
    """`« A, observe François Heisbourg, conseiller … B »`: a finite verb followed by a
    person's name, inside a quotation, is an incise even when the parser gave the verb a
    subject from the quoted words."""
    verb = doc[cue.i]
    if "Fin" not in verb.morph.get("VerbForm"):
        return False
    j = cue.tail
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    return j < len(doc) and (doc[j].ent_type_ == "PER" or is_title(doc[j]))


def _incise_addressee(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """`», a déclaré à l'AFP le ministre`: whom the inverted verb was said to."""
    j = cue.end if cue.clitic is not None else cue.tail
    while j < len(doc) and (doc[j].pos_ == "ADV" or doc[j].is_space):
        j += 1
    end = addressee_end(doc, j)
    return (j + 1, end) if end > j else None


def _clip_to_name(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`a déclaré Hervé Renard en conférence de presse`: the speaker is the name, not the
    prepositional phrase the parser hung on it."""
    lo, hi = span
    for k in range(lo, hi):
        if doc[k].ent_type_ == "PER" and doc[k].ent_iob_ == "B":
            end = k + 1
            while end < hi and doc[end].ent_iob_ == "I":
                end += 1
            if end < hi and doc[end].pos_ == "ADP":
                return lo, end
            break
    return span


def _inverted_subject(doc: Doc, cue: Cue, lex: Lexicon) -> tuple[int, int] | None:
    if cue.clitic is not None:
        return cue.clitic, cue.clitic + 1
    token = doc[cue.i]
    subj = [c for c in token.children if c.dep_.startswith("nsubj") and c.i > cue.i]
    if subj:
        lo, hi = _clip_to_name(doc, _np_span(doc, subj[0]))
        lo = max(lo, min(skip_circumstance(doc, lo), subj[0].i))  # `ce mercredi 24 août le …`
        return _without_circumstance(doc, (lo, hi), lex)
    j = skip_circumstance(doc, cue.tail)
    j = addressee_end(doc, j)  # `a expliqué à France Bleu Xavier Garrabé`
    if j < len(doc) and (doc[j].pos_ in {"DET", "PROPN", "NOUN", "PRON"} or
                         is_title(doc[j])):
        head = doc[j]
        if head.pos_ == "DET":  # `a affirmé le prévenu`: the parser may hang `le` elsewhere
            head = next((doc[k] for k in range(j + 1, min(j + 4, len(doc)))
                         if doc[k].pos_ in {"NOUN", "PROPN"}), head)
        # climb to the phrase head that stays after the verb
        while head.head.i != head.i and head.head.i >= j and head.dep_ in {
                "det", "amod", "flat:name", "case", "nmod", "compound"} and head.head.i < j + 12:
            head = head.head
        lo, hi = _np_span(doc, head)
        if doc[j].ent_type_ == "PER":
            k = j
            while k < len(doc) and doc[k].ent_type_ == "PER" and not (
                    k > j and doc[k].ent_iob_ == "B"):
                k += 1
            hi = k  # `a ajouté Bruno Le Maire`, not `… Le Maire en conférence de presse`
        return _without_circumstance(doc, (min(lo, j), hi), lex)
    return None


def _without_circumstance(doc: Doc, span: tuple[int, int], lex: Lexicon
                          ) -> tuple[int, int]:
    """`précise le groupe dans un communiqué`: where or how it was said is not the
    speaker; the inverted subject stops at such a preposition."""
    lo, hi = span
    hi = next((k for k in range(lo + 1, hi) if doc[k].lower_ in CIRCUMSTANCE_PREPOSITIONS
               and doc[k].pos_ == "ADP" and not (
                   k + 1 < len(doc) and doc[k + 1].lower_ in ROLE_AFTER_EN)), hi)
    # `a déclaré l'Espagnol, les larmes aux yeux`: after a comma, words that neither name
    # nor describe anyone are the circumstance, not an apposition
    for k in range(lo + 1, hi):
        if doc[k].text == "," and not any(
                t.pos_ == "PROPN" or t.ent_type_ == "PER" or is_title(t) or
                lex.speaker_nouns.get(t.lemma_.lower(), ("",))[0] == "role"
                for t in doc[k + 1: hi]):
            return lo, k
    return lo, hi


ROLE_AFTER_EN = {"charge", "exercice", "poste", "fonction", "fonctions", "activité", "chef"}
"""`le ministre en charge des Transports`: `en` + these words is part of the role."""




def _np_end(doc: Doc, cue: Cue, mention: tuple[int, int] | None) -> int:
    return max(cue.end, mention[1] if mention else cue.end)


def _pp_np_end(doc: Doc, start: int, limit: int, stop: frozenset[str] = frozenset()) -> int:
    """End of the noun phrase after `selon` (stops at a comma, a verb, a quote mark, or a
    word of `stop`)."""
    if start < limit and doc[start].pos_ == "PRON":
        return start + 1
    j = start
    while j < limit:
        t = doc[j]
        if j > start and t.lower_.replace("’", "'") in stop:
            break
        if t.text in {",", ".", ";", ":", "«", "»", '"', "“", "”"} or t.is_space:
            break
        if t.pos_ in {"VERB", "AUX"} and j > start and t.dep_ not in {"acl", "amod"}:
            break
        if t.lower_ in QUE | {"qui", "et"} and j > start:
            if t.lower_ == "et" and j + 1 < limit and doc[j + 1].pos_ in {"PROPN", "DET"}:
                j += 1
                continue
            break
        j += 1
    return j


def _relative_antecedent(doc: Doc, selon: Token) -> Token | None:
    j = selon.i - 1
    while j >= 0 and doc[j].pos_ not in {"NOUN", "PROPN"}:
        if doc[j].is_punct and doc[j].text != ",":
            return None
        j -= 1
    return doc[j] if j >= 0 else None


def _clause_start_before(doc: Doc, i: int, u0: int) -> int:
    j = i - 1
    while j > u0 and doc[j].text not in {",", ";", ":"}:
        j -= 1
    if j > u0 and doc[j].text == "," and j == i - 1:
        # "content, selon X": the content runs from the unit start
        return _first_char(doc_text(doc), doc[u0].idx)
    if j > u0:
        return _first_char(doc_text(doc), doc[j].idx + 1)
    return _first_char(doc_text(doc), doc[u0].idx)


def _semicolon_or_end(doc: Doc, start: int, limit: int) -> int:
    for j in range(start, limit):
        if doc[j].text == ";":
            return j
    return limit


COMPLEMENT_PREPOSITIONS = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "pour"})


def _is_person_np(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the noun phrase names a person, group or institution by its own head words:
    `le ministre des Affaires étrangères` does, `le soutien du Premier ministre` does not
    (its complement names one)."""
    seen_noun = False
    for t in doc[start:end]:
        if seen_noun and t.lower_.replace("’", "'") in COMPLEMENT_PREPOSITIONS:
            break
        seen_noun = seen_noun or t.pos_ in {"NOUN", "PROPN"}
        if t.ent_type_ == "PER" or is_title(t):
            return True
        if t.pos_ == "NOUN" and lex.speaker_nouns.get(t.lemma_.lower(), ("",))[0] in {
                "role", "group"}:
            return True
        if t.pos_ == "PROPN" and t.ent_type_ in {"LOC", "ORG"}:
            return True
    return False


def _complement_start(doc: Doc, cue: Cue, limit: int, lex: Lexicon
                      ) -> tuple[int, str, tuple[int, int] | None] | None:
    """Token where the reported content starts after a forward cue, the frame that
    introduced it, and an addressee (`a dit à M. Macron que …`)."""
    frames = cue.verb.frames
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
        if low in {"que", "qu'"} and t.pos_ in {"SCONJ", "PRON", "ADV"}:
            return j + 1, "que", addressee
        if low == "qu" and _followed_by_apostrophe(doc, j, limit):
            return j + 2, "que", addressee  # `assure qu'« aucune … »`, split by the tokenizer
        if low == "si" and ("si" in frames or cue.verb.act == "question"):
            return j + 1, "si", addressee
        if low == ":":
            return j + 1, "colon", addressee
        nxt = doc[j + 1] if j + 1 < limit else None
        if low in {"de", "d'"} and nxt is not None and nxt.lower_ in ADVERBIAL_AFTER_DE:
            j += 2  # `de nouveau`, `de même`: adverbs, not a complement
            continue
        if low in {"de", "d'"} and nxt is not None:
            if nxt.pos_ in {"VERB", "AUX"} or nxt.lower_ in {"ne", "n'", "se", "s'", "y"} or (
                    nxt.text in OPENING_MARKS and j + 2 < limit and
                    doc[j + 2].pos_ in {"VERB", "AUX"}):  # reproché de « passer en force »
                return j + 1, "de", addressee
            if "de" in frames and "np" in frames and cue.verb.act == "opinion":
                return j + 1, "de", addressee  # qualifier de « francs » les entretiens
            if "np" in frames or "de" in frames:  # se féliciter de la décision
                return (j + 1 if nxt.pos_ == "DET" else j), "np", addressee
        if low in {"des", "du"} and ("np" in frames or "de" in frames) and addressee:
            return j, "np", addressee
        if low in OPENING_MARKS and appeal and any(
                doc[k].lower_ in {"à", "a"} and doc[k].pos_ == "ADP"
                for k in range(j + 1, min(j + 5, limit))):
            return j, "a", addressee  # a appelé « à la retenue », « chacun à la raison »
        if t.pos_ == "ADP" and (low in {"à", "a"} or (
                low in A_PREPOSITIONS and appeal)):
            if nxt is not None and "a" in frames and (nxt.pos_ in {"VERB", "AUX"} or
                                                     not _is_person_np(doc, j + 1, j + 4, lex)):
                return j + 1, "a", addressee
            end = _pp_np_end(doc, j + 1, limit, ADDRESSEE_STOP)
            if end > j + 1:
                addressee = (j + 1, end)
                j = end
                continue
        if t.pos_ in {"VERB", "AUX"} and "Inf" in t.morph.get("VerbForm"):
            if "inf" in frames or cue.verb.act in {"statement", "opinion", "promise"}:
                return j, "inf", addressee
            return None
        if low == "sur" and nxt is not None and _is_channel(doc, j + 1):
            j = _channel_end(doc, j + 1, limit)
            continue  # `a déclaré sur Europe 1 que …`: the medium, not the content
        if low in {"sur", "contre"} and ("sur" in frames or "np" in frames):
            return j + 1, "sur", addressee
        if low == "pour" and cue.verb.act == "praise":
            return j + 1, "sur", addressee
        if t.pos_ in {"ADV", "PART"} or low in {"ne", "n'", "pas", "plus", "jamais"}:
            j += 1
            continue
        attribute = _attribute_then_que(doc, j, limit)
        if attribute is not None:
            return j, "que", addressee  # s'est dit « convaincu » qu'… : the attribute counts
        if low in WEEKDAYS or t.ent_type_ == "DATE" or (t.dep_ in {"obl:mod"} and \
                t.head.i == cue.i):
            sub = list(t.subtree) if t.dep_ == "obl:mod" else [t]
            j = max(max(x.i for x in sub) + 1, j + 1)
            continue
        if low == "pour" and nxt is not None and j + 2 < limit and doc[j + 2].lower_ == "part":
            j += 3  # `pour sa part`
            continue
        if (t.pos_ == "ADP" or low == "lors") and low not in {"de", "d'", "à", "pour"} and (
                low not in {"sur", "contre"} or not frames & {"sur", "np"}):
            if low == "lors":
                end = _pp_np_end(doc, j + 2, limit, ADDRESSEE_STOP | {"que"})
                j = max(end, j + 2)
                continue
            # `par la même occasion`, `lors de l'appel`, `dans un communiqué`
            edge = max((x.i for x in t.head.subtree), default=j) if t.head.i > j else j
            k = j + 1
            while k <= edge and k < limit and doc[k].lower_.replace("’", "'") not in QUE:
                k += 1
            while k < limit and k - j < 12 and doc[k].lower_ not in QUE and (
                    (doc[k].pos_ in {"DET", "NOUN", "ADJ", "PROPN"} and doc[k].head.i < k) or
                    (doc[k].lower_ in {"de", "du", "des", "d'", "d’"} and k + 1 < limit and
                    doc[k + 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}) or
                    (doc[k].pos_ in {"DET", "ADJ"} and doc[k - 1].lower_ in {"de", "du", "des",
                                                                          "d'", "d’"})):
                k += 1
            j = k
            continue
        if low == ",":
            after_date = skip_circumstance(doc, j + 1)
            if after_date > j + 1 and after_date + 1 < limit and \
                    doc[after_date].text == "," and \
                    doc[after_date + 1].lower_ not in {"sur", "contre"}:
                j = after_date + 1  # `a déclaré, dimanche 10 juin, « pouvoir … »`
                continue
            # a parenthetical between the verb and its content: ", citant des sources,"
            k = j + 1
            while k < limit and doc[k].text != "," and k - j < 15:
                k += 1
            if k < limit and doc[k].text == "," and k + 1 < limit and \
                    doc[k + 1].lower_.replace("’", "'") in {"que", "qu'", "de", "d'"}:
                j = k + 1
                continue
            if "np" in frames and k + 1 < limit and doc[k].text == "," and k - j <= 5 and \
                    doc[j + 1].pos_ in {"ADV", "ADP"} and \
                    not any(x.pos_ in {"VERB", "AUX"} for x in doc[j + 1: k]) and \
                    (doc[k + 1].pos_ in {"DET", "NOUN"} or doc[k + 1].text in OPENING_MARKS):
                j = k + 1  # `a souligné, par ailleurs, l'importance de …`
                continue
            return None
        if t.pos_ in {"DET", "NOUN", "PROPN", "NUM", "ADJ"} or low in {"«", '"', "“"} or \
                is_title(t):
            head = t
            while head.head.i != head.i and head.head.i > cue.i and head.head.i < limit and \
                    head.dep_ in {"det", "amod", "nummod", "flat:name", "punct", "case"}:
                head = head.head
            _lo, hi = _np_span(doc, head)
            hi = max(hi, j + 1)
            if appeal:
                # `a appelé les deux camps à la retenue`: the noun phrase swallowed the
                # `à` complement that is the content
                hi = next((k for k in range(j + 1, hi) if doc[k].lower_ in A_PREPOSITIONS and
                           doc[k].pos_ == "ADP" and k + 1 < limit and
                           doc[k + 1].pos_ in {"DET", "NOUN", "VERB"}), hi)
            # `les États-Unis et leurs alliés européens d'…`: coordinated objects
            while hi + 1 < limit and doc[hi].lower_ in {"et", "ou"} and \
                    doc[hi + 1].pos_ in {"DET", "PROPN", "NOUN"}:
                hi = _pp_np_end(doc, hi + 1, limit, ADDRESSEE_STOP)
            after = doc[hi] if hi < limit else None
            if _is_person_np(doc, j, hi, lex) and after is not None and \
                    after.lower_.replace("’", "'") in {"que", "qu'", "de", "d'", "des", "du",
                                                      "sur", "si", "pour", "à"}:
                addressee = (j, hi)
                j = hi
                continue
            to_verb = after is not None and after.lower_ in {"à", "a"} and hi + 1 < limit and (
                doc[hi + 1].pos_ in {"VERB", "AUX"} or
                (appeal and doc[hi + 1].pos_ in {"DET", "NOUN"}))
            to_noun = appeal and after is not None and after.lower_ in {"au", "aux"} and \
                after.pos_ == "ADP"
            if ("a" in frames and to_verb) or to_noun:
                # `appelle le gouvernement à baisser les charges`, `les deux camps à la
                # retenue`, `les supporters au calme`
                addressee = (j, hi)
                j = hi
                continue
            if "attr" in frames and _attribute_at(doc, j, limit):
                return j, "attr", addressee  # s'est dite « prête à entendre … »
            if "np" not in frames and "sur" not in frames:
                return None
            if _object_clitic_before(doc, cue.start):
                return None  # `comme le lui demandait l'opposition`: the object is `le`
            if head.pos_ in {"PROPN", "PRON", "NUM"} or head.ent_type_ in {"PER", "ORG",
                                                                          "LOC"}:
                return None  # `a appelé le SAMU`: a named object is not what was said
            if lex.speaker_nouns.get(head.lemma_.lower(), ("",))[0] == "role":
                return None
            return j, "np", addressee
        if t.pos_ == "PRON" and low in {"lui", "leur", "me", "m'", "nous", "vous", "les", "la",
                                        "le", "l'", "y", "en", "se", "s'"}:
            j += 1
            continue
        return None
    return None


OBJECT_CLITICS = frozenset({"le", "l'", "la", "les"})
DATIVE_CLITICS = frozenset({"lui", "leur", "me", "m'", "te", "t'", "nous", "vous"})


def _object_clitic_before(doc: Doc, start: int) -> bool:
    """Whether the verb group starting at `start` has its direct object as a clitic right
    before it (`le lui demandait`, `l'a souligné`), whatever tag the parser gave it: what
    follows the verb is then its subject or an adjunct, never what was said."""
    k = start - 1
    if k >= 0 and doc[k].lower_.replace("’", "'") in DATIVE_CLITICS:
        k -= 1
    return k >= 0 and doc[k].lower_.replace("’", "'") in OBJECT_CLITICS


def _attribute_at(doc: Doc, j: int, limit: int) -> bool:
    """An attribute starts at `j`: an adjective or a participle, maybe after an opening mark
    and adverbs (`s'est dite « prête à … »`, `s'est dit "profondément attristé"`)."""
    k = j + 1 if doc[j].text in OPENING_MARKS else j
    while k < limit and doc[k].pos_ == "ADV" and doc[k].lower_ not in {"ne", "n'", "pas"}:
        k += 1
    return k < limit and (doc[k].pos_ == "ADJ" or (
        doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm") and k > j))


def _is_channel(doc: Doc, i: int) -> bool:
    """Whether the words at ``i`` (after `sur`) name a medium: a bare proper name (`Europe
    1`, `BFMTV`: places take an article after `sur`, `sur la Russie`), or a channel noun
    (`son compte X`, `le plateau de`)."""
    if doc[i].pos_ == "PROPN" or (doc[i].text[:1].isupper() and doc[i].pos_ != "DET"):
        return True
    k = i
    while k < len(doc) and k - i < 3 and doc[k].pos_ in {"DET", "ADJ"}:
        k += 1
    return k < len(doc) and doc[k].lemma_.lower() in CHANNEL_NOUNS


def _channel_end(doc: Doc, i: int, limit: int) -> int:
    """The token after a medium's name or channel phrase starting at ``i``."""
    k = i
    while k < limit and (doc[k].pos_ in {"DET", "ADJ", "NUM", "PROPN"} or doc[k].like_num or
                         doc[k].text[:1].isupper() or doc[k].lemma_.lower() in CHANNEL_NOUNS):
        k += 1
    if k < limit and doc[k].lower_ in DE_PREPOSITIONS and k > i and \
            doc[k - 1].lemma_.lower() in CHANNEL_NOUNS:  # le plateau de France 2
        return _channel_end(doc, k + 1, limit)
    return max(k, i + 1)


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
        if not seen_word and (t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm")):
            seen_word = True
            k += 1
            continue
        if seen_word and t.lower_.replace("’", "'") in {"que", "qu'"}:
            return k
        return None
    return None


def _content_end(doc: Doc, cue: Cue, start: int, limit: int, cues: list[Cue],
                 lex: Lexicon) -> int:
    """Where the content of a forward cue stops: the unit end, a semicolon, or a sibling
    of the cue verb (a coordinated or participial verb: `…, ajoutant que`, `et a dû …`)."""
    verb = doc[cue.i]
    if verb.dep_ == "acl:relcl":  # `Le parquet, qui avait requis X, n'a pas …`: X only
        clause = {t.i for t in verb.subtree}
        comma = next((k for k in range(start + 1, limit) if doc[k].text == "," and
                      k + 1 < limit and doc[k + 1].head.i not in clause), None)
        limit = comma if comma is not None else limit
    other_cue_starts = {c.start: c for c in cues if c.i != cue.i}
    segments = doc_cache(doc, "segments", find_segments)
    # after `que`, a clause with its own subject may continue what was said (`a ajouté que
    # X, mais au moins on peut …`); a noun phrase cannot go on into one (`admet le meurtre
    # mais il a contesté …`)
    after_que = start > 0 and doc[start - 1].lower_.replace("’", "'") in QUE
    for j in range(start, limit):
        t = doc[j]
        if _inside_segment(t.idx, segments):
            continue  # nothing inside a quotation ends the content
        if t.text == ";" or (t.text == ":" and j > start and not (
                j + 1 < limit and doc[j + 1].text in '«"“')):
            return j
        own_subject = any(c.dep_.startswith("nsubj") for c in t.children)
        sibling = t.head.i == verb.i and j > start and t.pos_ in {"VERB", "AUX"} and (
            (t.dep_ in {"conj", "parataxis"} and (not own_subject or not after_que)) or
            (t.dep_ == "advcl" and (
                ("Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense")) or
                _adverbial_clause_of_the_report(t, start))))
        sibling_cue = j in other_cue_starts and _starts_sibling(doc, other_cue_starts[j], start)
        if sibling or sibling_cue:
            b = t.left_edge.i if sibling else j
            b = max(b, start + 1)
            while b > start + 1 and (doc[b - 1].lower_ in {"et", "mais", ",", "en", "tout", "puis"}
                                     or doc[b - 1].is_space or doc[b - 1].dep_.startswith("aux")):
                b -= 1
            if b > start + 1 and _boundary_ok(doc, b):
                return b
    return limit


def _adverbial_clause_of_the_report(verb: Token, content_start: int) -> bool:
    """`…, tandis que Marie a salué …`, `…, alors qu'il avait promis …`: a clause with its own
    subject or conjunction, attached to the reporting verb after a comma, says when or
    against what the words were said; it is not part of what was said."""
    doc = verb.doc
    left = verb.left_edge.i
    if left <= content_start or doc[left - 1].text != ",":
        return False
    return any(c.dep_ == "mark" or c.dep_.startswith("nsubj") for c in verb.children
               if c.i < verb.i)


def _starts_sibling(doc: Doc, other: Cue, content_start: int) -> bool:
    """A later cue opens a new quote of the same speaker when it has no subject of its own
    and is joined by `, ajoutant` / `et a souligné` / `mais averti` / `, en précisant`."""
    verb = doc[other.i]
    if other.incise:
        return True
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    prev = doc[other.start - 1] if other.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ == "en":
        prev = doc[other.start - 2] if other.start > 1 else prev
    return prev.text == "," or prev.lower_ in {"et", "mais"}


def _boundary_ok(doc: Doc, b: int) -> bool:
    return not doc[b - 1].text.endswith(("«", "“"))


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
        if (_only_glue(lead) and _only_glue(tail.rstrip(".…"))) or (s.start <= c.start and
                                                                     c.end <= s.end):
            c.type = "direct"
            c.start, c.end = s.start, _last_content_char(text, s.start, s.end)
            return
    c.type = "mixed"


def _share_sibling_speakers(doc: Doc, cands: list[Candidate], unit_of: list[int]) -> None:
    """`X a noté que A, mais averti que B` / `…, ajoutant que B` / `et a promis de B`: a cue
    with no subject of its own, right after another quote of the same sentence, shares
    that quote's speaker (the parser often hangs it on the wrong verb)."""
    for c in cands:
        if c.cue is None or c.cue.incise:
            continue
        verb = doc[c.cue.i]
        if any(t.dep_.startswith("nsubj") or t.dep_ == "expl:subj" for t in verb.children):
            continue
        if verb.dep_ == "acl:relcl":
            continue
        prev = [p for p in cands if p is not c and p.cue is not None and p.cue.i < c.cue.i
                and unit_of[p.cue.i] == unit_of[c.cue.i] and p.end <= doc[c.cue.start].idx]
        if prev:
            c.speaker_ref = max(prev, key=lambda p: p.end)
            c.mention = None


def _drop_nested_non_persons(doc: Doc, cands: list[Candidate], lex: Lexicon
                             ) -> list[Candidate]:
    """Inside reported speech, `Kiev refusait de …` describes an action; only people and
    pronouns (`Lavrov avait averti que …`, `elle a répondu que …`) report speech there."""
    out = []
    for c in cands:
        if c.cue is not None and c.mention is not None and not c.cue.incise:
            anchor = doc[c.cue.start].idx
            containers = [o for o in cands if o is not c and o.start <= anchor < o.end]
            nested = bool(containers)
            in_verb_content = any(o.rule != "selon" for o in containers)
            head = doc[c.mention[0]: c.mention[1]].root
            personal = head.ent_type_ == "PER" or head.pos_ == "PRON" or \
                lex.speaker_nouns.get(head.lemma_.lower(), ("",))[0] in {"role", "group"} or \
                is_title(head)
            if nested and (not personal or (in_verb_content and c.rule in NESTED_WEAK_FRAMES)):
                continue
        out.append(c)
    return out


def _drop_embedded_statements(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`a assuré avoir observé un « vif intérêt »`: a neutral verb with no subject of its
    own inside another quote's content is part of that content, not a new quote. Verbs of
    a specific act (`a assuré avoir proposé de …`) still open a nested quote."""
    out = []
    for c in cands:
        if c.cue is not None and not c.cue.incise and c.verb is not None and \
                c.verb.act == "statement":
            verb = doc[c.cue.i]
            own_subject = any(t.dep_.startswith("nsubj") for t in verb.children)
            anchor = doc[c.cue.start].idx
            inside = any(o is not c and o.start <= anchor < o.end for o in cands)
            if (inside and not own_subject and "Part" in verb.morph.get("VerbForm") and \
                    "Pres" not in verb.morph.get("Tense")) or (inside and not own_subject and \
                    "Inf" in verb.morph.get("VerbForm")):
                continue
        out.append(c)
    return out


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Two rules may find the same content (an incise and a `selon`); keep the first by
    rule strength."""
    order = ["chain", "incise", "colon", "que", "si", "de", "inf", "a", "selon", "incise-clause",
             "sur", "attr", "np", "bare"]
    ranked = sorted(range(len(cands)), key=lambda k: order.index(cands[k].rule))
    kept: list[int] = []
    for k in ranked:
        c = cands[k]
        dup = any(abs(cands[m].start - c.start) <= 2 and abs(cands[m].end - c.end) <= 2
                  for m in kept)
        if not dup:
            kept.append(k)
    return [cands[k] for k in sorted(kept)]
