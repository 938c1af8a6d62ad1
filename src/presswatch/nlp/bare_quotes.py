"""Quotations standing alone: no reporting verb introduces them, and the article still
makes clear who said them (GUIDELINE: a quotation after a sentence naming its speaker, a
pull-quote line, a headline whose words the body gives to someone). The finders in
`quotes` run first; what they left unclaimed is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.boilerplate import start_past
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.colon_speakers import colon_clause_subject
from presswatch.nlp.french import (
    FIRST_PERSON_SINGULAR,
    FIRST_PERSON_WORDS,
    is_indefinite_speaker,
)
from presswatch.nlp.incises import subject_before_quoted_predicate
from presswatch.nlp.marks import Segment
from presswatch.nlp.noun_sources import document_source, speech_noun_source
from presswatch.nlp.people import is_title
from presswatch.nlp.pull_quote_lines import (
    LIVE_STAMP_LEAD,
    embedded_posts,
    pull_quote_name,
    role_pull_quote,
    signature_after,
    signed_paragraphs,
    source_in_brackets,
)
from presswatch.nlp.quotes_continued import continued_fragment
from presswatch.nlp.quotes_named_after import speaker_named_after
from presswatch.nlp.quotes_said_again import (
    HEADING_MAX_CHARS,
    MIN_BARE_QUOTE_WORDS,
    folded_words,
    foreign_term,
    heading_repeat,
    repeated_in,
    said_again_later,
)
from presswatch.nlp.round_up_lines import (
    a_name_given,
    kicker_headline,
    posts_under_headers,
    pull_quote_clause,
)
from presswatch.nlp.sentences import layout_line_of, layout_lines
from presswatch.nlp.spans import last_content_char, unit_of_char
from presswatch.nlp.subjects import subject_mention
from presswatch.textutil import doc_text

_QUOTATION = r"(?:«[^»]*»|“[^”]*”|\"[^\"]*\")"
WRITTEN_LEAD = re.compile(
    r"(?:\bon\s+(?:peut|pouvait|pourra|pouvaient|pourrait)\s+(?:y\s+)?lire|"
    r"\b(?:peut|pouvait|pourra|pourrait)-on\s+(?:y\s+)?lire|\bon\s+(?:y\s+)?(?:lit|lisait)|"
    r"\b(?:lit|lisait)-on)\b[^«“\"]{0,40}:\s*"
    rf"(?:{_QUOTATION}\s*(?:,\s*)?(?:ou|et|,)\s*)*$", re.I)
"""`Sur les pancartes, on pouvait lire : « A », ou « B »`: words written on a sign or a
wall that someone wrote for all to read; the text names no author, so the quotation stays
with no speaker (GUIDELINE: `on` with no identifiable source)."""


def _whole_quotation(doc: Doc, seg: Segment, *, mention: tuple[int, int] | None = None,
                     speaker_ref: Candidate | None = None, rule: str = "bare") -> Candidate:
    """A direct quote of the whole quotation `seg` (its final period left out), spoken by
    the `mention` tokens or by the speaker of the quote `speaker_ref`."""
    cand = Candidate(seg.start, last_content_char(doc_text(doc), seg.start, seg.end), rule,
                     type="direct")
    cand.mention, cand.speaker_ref = mention, speaker_ref
    return cand


def bare_quotations(doc: Doc, lex: Lexicon, unit_list: list[tuple[int, int]],
                    unit_of: list[int], segments: list[Segment], cands: list[Candidate]
                    ) -> list[Candidate]:
    """Quotations no cue claimed, given to a speaker the text makes clear: a pull-quote
    line (`Nom : « … »`, `« … » - Nom`), a colon after a clause or a speech noun naming
    the speaker, a quotation after a sentence about a person, or one continuing (or
    repeating) a quote found before."""
    found = _BareQuotations(doc, lex, unit_list, unit_of, segments, cands)
    for seg in segments:
        if any(c.start < seg.end and seg.start < c.end for c in cands + found.out):
            continue
        span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        if span is not None:
            found.read(seg, span)
    out = found.out
    for cand in found.guessed:
        # a line of quoted words given to the person named just before, which the body
        # then gives to someone else: `« On est chanceux » … L'autre qualifié est X : « … On
        # est chanceux »` (a sub-headline, as the guideline says)
        later = said_again_later(doc_text(doc), cand, cands + out)
        if later is not None:
            cand.mention, cand.speaker_ref = None, later
    out.extend(embedded_posts(doc, cands + out))
    out.extend(posts_under_headers(doc, cands + out))
    out.extend(heading_lines(doc_text(doc), segments, cands + out))
    out.extend(signed_paragraphs(doc, lex, cands + out))
    return out


class _BareQuotations:
    """One article's quotations no cue claimed, read one at a time (`read`): first what
    the quotation's own line says (a heading repeated, a fragment of a report, a headline,
    a paper, a signature), then what the words before it on its line say (a colon after a
    clause or a name, brackets, a document), then the quotes and people before it."""

    def __init__(self, doc: Doc, lex: Lexicon, unit_list: list[tuple[int, int]],
                 unit_of: list[int], segments: list[Segment], cands: list[Candidate]) -> None:
        self.doc, self.lex, self.segments, self.cands = doc, lex, segments, cands
        self.unit_list, self.unit_of = unit_list, unit_of
        self.text = doc_text(doc)
        self.out: list[Candidate] = []
        self.guessed: list[Candidate] = []  # given to the person named before: maybe a heading
        self._debris: frozenset[int] | None = None  # (read when a quotation needs it)

    @property
    def debris(self) -> frozenset[int]:
        if self._debris is None:
            self._debris = _debris_units(self.doc, self.unit_list)
        return self._debris

    def read(self, seg: Segment, span: Span) -> None:
        """Add the quotation `seg` (its tokens `span`) to `out` when the text says whose
        it is."""
        if a_name_given(self.doc, seg):
            return  # `surnommé « le Capitaine »`: a name given, nobody's words
        cand = self._by_its_line(seg, span)
        if cand is not None:
            self.out.append(cand)
            return
        at = self._lead_of(seg, span)
        done, cand = self._by_its_lead(seg, span, at)
        if cand is not None:
            self.out.append(cand)
        found = len(self.out)
        if not done:
            self._by_what_came_before(seg, span, at)
        if cand is None and len(self.out) == found and \
                (going_on := self._going_on(seg, span)) is not None:
            self.out.append(going_on)  # (the last resort: the sentence's own words first)

    def _whole(self, seg: Segment, *, mention: tuple[int, int] | None = None,
               speaker_ref: Candidate | None = None, rule: str = "bare") -> Candidate:
        return _whole_quotation(self.doc, seg, mention=mention, speaker_ref=speaker_ref,
                                rule=rule)

    def _by_its_line(self, seg: Segment, span: Span) -> Candidate | None:
        """A quotation whose own line or sentence says whose it is."""
        doc, cands = self.doc, self.cands
        if (heading := heading_repeat(self.text, seg, cands)) is not None and \
                not foreign_term(span):
            # a sub-heading `Des maisons « emportées par la rivière »` whose words the
            # body gives to someone
            return self._whole(seg, speaker_ref=heading)
        u0 = self.unit_list[self.unit_of[span[0].i]][0]
        if (speaking := _fragment_of(doc, span, self.unit_list[self.unit_of[span[0].i]],
                                     cands)):
            # `assure-t-il, après avoir « vu des caravanes emportées »`, `Le pape,
            # « profondément attristé », dit prier …`: words quoted in the sentence of a
            # speaker's report are that speaker's
            return self._whole(seg, speaker_ref=speaking, rule="fragment")
        if (on := _written_for_all(doc, u0, span[0].i, seg)) is not None:
            # `on`: the speaker stays unknown
            return self._whole(seg, mention=(on, on + 1))
        return None

    def _going_on(self, seg: Segment, span: Span) -> Candidate | None:
        """Quoted words inside a sentence that continues the quote the sentence before
        (same line) ends on (`quotes_continued`)."""
        u = self.unit_of[span[0].i]
        k = _back(u, 1, self.debris)
        if k < 0 or not _same_paragraph(self.doc, self.unit_list, k, u):
            return None
        before = _quote_ending_in(self.doc, self.cands + self.out, self.unit_of, k,
                                  self.doc[self.unit_list[u][0]].idx)
        return None if before is None else continued_fragment(
            self.doc, self.unit_list[u], self.segments, seg, before)

    def _lead_of(self, seg: Segment, span: Span) -> _Lead:
        """The quotation's sentence unit and the words before it there (a live blog's
        time or a digest's topic set aside)."""
        doc = self.doc
        u = self.unit_of[span[0].i]
        u0, u1 = self.unit_list[u]
        lead = self.text[doc[u0].idx: seg.open]
        topic = bool(lead) and TOPIC_LEAD.fullmatch(lead) is not None
        debris = doc._.boilerplate or [] if doc.has_extension("boilerplate") else []
        if lead and (topic or LIVE_STAMP_LEAD.fullmatch(lead) or
                     start_past(self.text, doc[u0].idx, seg.open + 1, debris) == seg.open):
            # `11:47 « … »`: a live blog entry that is the quotation alone; `Sur les
            # accidents : « … »`: one of a digest's answers, by topic; ` date 2023-07
            # « … »`: the quotation opens the text after a scraped date marker
            lead, u0 = "", next(t.i for t in span.doc[u0:] if t.idx >= seg.open)
        return _Lead(u, u0, u1, lead, topic)

    def _by_its_lead(self, seg: Segment, span: Span, at: _Lead
                     ) -> tuple[bool, Candidate | None]:
        """What the quotation's line says around it: (True, the quote or None when it
        is none) when that decides, (False, None) to look before it."""
        doc, lex, cands = self.doc, self.lex, self.cands
        words = [t for t in span if t.is_alpha]
        if (clause := pull_quote_clause(doc, seg, span, self.segments)) is not None:
            return True, clause  # `• X (RN) : le texte est « une usine à gaz »`
        if (kicker := kicker_headline(doc, seg, lex)) is not None:
            return True, self._whole(seg, mention=kicker)  # `X, maire` / `« … »`
        if not at.lead.strip() and (said := _headline_colon_subject(doc, seg, lex)) is not None:
            # `« Sauvons la ligne » : quarante maires interpellent le ministre`
            return True, self._whole(seg, mention=said)
        if not at.lead.strip() and len(words) >= MIN_BARE_QUOTE_WORDS and (
                paper := source_in_brackets(doc, seg, at.u1)) is not None:
            # a press review's `« … » (Le Quotidien du Nord).`: the paper's words
            return True, self._whole(seg, mention=paper)
        verbless = not any(t.pos_ in {"VERB", "AUX"} for t in span) and \
            not _a_sentence(self.text, seg, words)
        if len(words) < MIN_BARE_QUOTE_WORDS or verbless:
            if len(words) >= MIN_BARE_QUOTE_WORDS and not at.lead.strip() and \
                    (repeated := repeated_in(self.text, seg, cands)) is not None:
                # `« Perte de contrôle à grande vitesse. » « Il s'agit d'une perte de
                # contrôle à grande vitesse », a dit X`: a verbless quotation standing as
                # its own sentence, which an attributed quote then says in full
                return True, self._whole(seg, speaker_ref=repeated)
            return True, None
        if not at.lead.strip() and (signed := signature_after(doc, seg, at.u1)):
            # a pull-quote signed after a dash: `« … » - Paul Martin, maire de Saint-Jean`
            return True, self._whole(seg, mention=signed)
        if not at.lead.strip() and (taken := speaker_named_after(
                doc, next((j for j in range(span.end, len(doc)) if doc[j].idx >=
                           seg.outer_end), len(doc)), lex)) is not None:
            # `« … » Cette intervention de X, habitant du quartier, a …`, `« … » Telle
            # était la question posée par X`, `« … », X donne le ton`
            return True, self._whole(seg, mention=taken)
        if not at.lead.strip() and at.u > 0 and \
                doc[self.unit_list[at.u - 1][1] - 1].text in {":", ")"}:
            at.u0 = self.unit_list[at.u - 1][0]  # the parser may cut at `… : « `
            at.lead = self.text[doc[at.u0].idx: seg.open]
            if TOPIC_LEAD.fullmatch(at.lead):
                at.topic, at.lead = True, ""
                at.u0 = next(t.i for t in doc[at.u0:] if t.idx >= seg.open)
        colon_at = seg.open - len(at.lead) + at.lead.find(":")
        if at.lead.strip() == ":" and self.text[:colon_at].rstrip(" \t").endswith("\n"):
            # `Une salariée, Maryse Couderc` / `: « … »`: the bold name and its colon, which
            # the scrape put on two lines
            nl = self.text[:colon_at].rstrip(" \t\n")
            first = next(t for t in doc if t.idx >= nl.rfind("\n") + 1)
            at.u0 = self.unit_list[self.unit_of[first.i]][0]
            at.lead = self.text[doc[at.u0].idx: seg.open]
        u0, lead = at.u0, at.lead
        if lead.rstrip().endswith(":") and (
                said := colon_clause_subject(doc, u0, span[0].i, lex)
                or pull_quote_name(doc, u0, span[0].i)
                or speech_noun_source(doc, u0, span[0].i, lex)
                or role_pull_quote(doc, u0, span[0].i, lex)):
            # `Interrogé sur sa retraite, le Toulousain a botté en touche : « … »`
            return True, self._whole(seg, mention=said)
        if lead.rstrip().endswith(")") and (
                named := pull_quote_name(doc, u0, span[0].i, colon=False)):
            # `Jean Dupont (Debout la France) « … »`: a round-up whose colon (or line
            # break after a bold name) the page lost
            return True, self._whole(seg, mention=named)
        if lead.rstrip().endswith(",") and (
                written := document_source(doc, u0, span[0].i, lex)) is not None:
            # `Dans un bilan fait par les autorités, « … »`: the document's author's
            return True, self._whole(seg, mention=written)
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[u0: span[0].i - 1]) and \
                not lead.rstrip().endswith(","):
            return True, None
        if lead.strip() and not lead.rstrip().endswith((",", ":")):
            return True, None
        if _listed_after_a_title(self.text, seg, self.segments, cands + self.out):
            return True, None
        return False, None

    def _by_what_came_before(self, seg: Segment, span: Span, at: _Lead) -> None:
        """A quotation after quotes or a sentence about someone: it goes on with the
        quote before it, or is the person's named in the sentence before."""
        doc, lex, cands, unit_list, unit_of = \
            self.doc, self.lex, self.cands, self.unit_list, self.unit_of
        u, u0, lead, topic = at.u, at.u0, at.lead, at.topic
        repeated = repeated_in(self.text, seg, cands)
        debris = self.debris
        previous = [k for k, c in enumerate(cands) if c.end <= seg.open and
                    unit_of_char(doc, c.end - 1, unit_of) >= _back(u, 2, debris)]
        if topic and not previous and (before := _quote_ending_in(
                doc, self.out, unit_of, _back(u, 1, debris), seg.open)) is not None:
            # `Sur les randonneurs : « … »` after `Sur les accidents : « … »`: the digest
            # goes on with the same speaker
            self.out.append(self._whole(seg, speaker_ref=before))
            return
        if repeated is None and not previous:
            k = _back(u, 1, debris)  # (the sentence before, past debris lines)
            k = _back(k, _quotation_line_before(doc, unit_list, k + 1, self.segments), debris)
            if topic and k >= 0 and doc[unit_list[k][1] - 1].text == ":":
                k = _back(k, 1, debris)  # (the topic, which the parser cut off)
            said = None if lead.strip() else person_subject_before(
                doc, unit_list, k + 1, lex, self.text[seg.start:seg.end])
            if said is None and not lead.strip() and k > 0 and (k2 := _back(k, 1, debris)) \
                    >= 0 and _same_paragraph(doc, unit_list, k2, k):
                # `Le docteur X arrive vers minuit. Cinquante ans, la voix calme.\n« … »`:
                # a sentence of scenery between the person and the quotation
                said = person_subject_before(doc, unit_list, k2 + 1, lex,
                                             self.text[seg.start:seg.end])
            if said is not None:
                # `Le maire est apparu très ému. « Nous reconstruirons tout. »`
                cand = self._whole(seg, mention=said)
                self.out.append(cand)
                self.guessed.append(cand)
            return
        if repeated is None and not lead.strip() and not any(
                unit_of_char(doc, cands[k].end - 1, unit_of) >= _back(u, 1, debris)
                for k in previous) and (said := person_subject_before(
                    doc, unit_list, _back(u, 1, debris) + 1, lex,
                    self.text[seg.start:seg.end])) is not None and any(
                    t.ent_type_ == "PER" for t in doc[said[0]: said[1]]):
            # `« A », souffle X. Son gardien, Y, a multiplié les parades. « B »`: a
            # sentence about someone else, named, stands between; the quotation is theirs
            # (an institution's act between, `L'association a lancé une enquête`, is
            # what the speaker before goes on about)
            self.out.append(self._whole(seg, mention=said))
            return
        cand = Candidate(seg.start, last_content_char(self.text, seg.start, seg.end),
                         "bare", type="direct")
        if subject_before_quoted_predicate(doc, u0, span[0].i - 1, span.end):
            # `Trois autres vols, « pourraient leur être reprochés ».`: the subject
            # before the quoted predicate is part of the clause reported
            cand = Candidate(doc[u0].idx, seg.outer_end, "bare", type="mixed")
        cand.speaker_ref = repeated or cands[max(previous, key=lambda k: cands[k].end)]
        self.out.append(cand)


def _a_sentence(text: str, seg: Segment, words: list[Token]) -> bool:
    """A quotation the tagger left without a verb that still reads as a sentence said: five
    words or more, a capital first and a full stop or question mark inside the marks
    (`« Pourquoi la salle ferme-t-elle le samedi ? »`, `« Le sol bouge chaque jour. »`:
    `ferme`, `bouge` read as adjectives); a title or a label has no stop of its own."""
    inner = text[seg.start: seg.end].rstrip()
    return len(words) >= 5 and words[0].text[:1].isupper() and inner.endswith((".", "?"))


@dataclass(slots=True)
class _Lead:
    """A quotation's sentence unit (`u`, its tokens `u0` to `u1`), the words before the
    quotation in it (`lead`), and whether they only name a digest's topic."""

    u: int
    u0: int
    u1: int
    lead: str
    topic: bool


_COLON_AFTER = re.compile(r"[ \u00a0\u202f]*:[ \u00a0\u202f]*")


def _headline_colon_subject(doc: Doc, seg: Segment, lex: Lexicon) -> tuple[int, int] | None:
    """`« Sauvons la ligne » : quarante maires interpellent le ministre`: a headline line
    opening on a quotation, then a colon and a clause whose subject names someone (as
    `colon_clause_subject` reads it): the quotation is that subject's words."""
    text = doc_text(doc)
    line_start, line_end = layout_line_of(layout_lines(text), seg.open)
    colon = _COLON_AFTER.match(text, seg.outer_end)
    if colon is None or text[line_start: seg.open].strip() or line_end - line_start > \
            HEADING_MAX_CHARS or text[line_start:line_end].rstrip().endswith("."):
        return None
    toks = [t.i for t in doc if colon.end() <= t.idx < line_end]
    if len(toks) < 2:
        return None
    said = colon_clause_subject(doc, toks[0], toks[-1] + 1, lex)
    return said if said is not None and said[0] >= toks[0] else None


HEADING_WRAPS = {"'": "'", "‘": "’", "’": "’"}
"""Marks a heading may wrap its words in that are no quotation marks in running text (the
straight and curly single quotes, which are apostrophes there)."""


def heading_lines(text: str, segments: list[Segment], cands: list[Candidate]
                  ) -> list[Candidate]:
    """Sub-headings without quotation marks (or in single quotes) whose words a quotation
    of the body then gives to someone: `Donnez-nous du temps` … `« … : donnez-nous du
    temps »`, a direct quote of that quotation's speaker (GUIDELINE: a headline whose words
    the body gives to someone). A line of its own, short, with no full stop; four words at
    least, found within one later quotation's marks, so that a title merely echoing the
    body's prose is left alone."""
    out: list[Candidate] = []
    for a, b in layout_lines(text):  # (a heading run into the paragraph before: its tail)
        line = text[a:b]
        stripped = line.strip()
        if not stripped or len(stripped) > HEADING_MAX_CHARS or stripped[-1] in ".:,;":
            continue
        s = a + len(line) - len(line.lstrip())
        e = s + len(stripped)
        if HEADING_WRAPS.get(stripped[0]) == stripped[-1] and len(stripped) > 2:
            s, e = s + 1, e - 1
        if any(a <= seg.open < b for seg in segments) or \
                any(c.start < e and s < c.end for c in cands):
            continue
        words = folded_words(text[s:e])
        if len(words.split()) < MIN_BARE_QUOTE_WORDS:
            continue
        said = next((seg for seg in segments if seg.open > b and
                     f" {words} " in f" {folded_words(text[seg.start: seg.end])} "), None)
        owner = None if said is None else next(
            (c for c in cands if c.start < said.end and said.start < c.end), None)
        if owner is not None:
            cand = Candidate(s, last_content_char(text, s, e), "bare", type="direct")
            cand.speaker_ref = owner
            out.append(cand)
    return out


def _listed_after_a_title(text: str, seg: Segment, segments: list[Segment],
                          cands: list[Candidate]) -> bool:
    """`Le congrès a adopté « la charte de Lyon », « une résolution sur … »`: a quotation
    listed after another that is no one's words (a title, a name) is one more item of the
    list, not words said."""
    before = [s for s in segments if s.outer_end <= seg.open and
              text[s.outer_end:seg.open].strip() == ","]
    return bool(before) and not any(c.start < before[-1].end and before[-1].start < c.end
                                    for c in cands)


def _fragment_of(doc: Doc, span: Span, unit: tuple[int, int], cands: list[Candidate]
                 ) -> Candidate | None:
    """The report whose cue is in the same sentence as a quotation of words in lower case
    that no report claimed, nearest first, when its speaker is named there; None when the
    quotation follows a noun it names (`une pancarte « … »`, `le pouvoir « bolivarien »`:
    a label, nobody's words) or is a short name after a determiner (`un « gilet jaune »`),
    or no report is in the sentence."""
    words = [t for t in span if t.is_alpha]
    mark = span[0].i if span[0].is_punct else span[0].i - 1  # the opening mark
    if not words or not words[0].text[:1].islower() or mark <= 0:
        return None
    if doc[mark - 1].pos_ in {"NOUN", "PROPN", "NUM"} or (
            doc[mark - 1].pos_ == "DET" and len(words) <= 2):
        return None  # (`un « gilet jaune »`: a thing named, in two words or fewer)
    here = [c for c in cands if c.cue_span is not None and c.mention is not None and
            unit[0] <= c.cue_span[0] < unit[1]]
    return min(here, key=lambda c: abs(c.cue_span[0] - span[0].i), default=None)


CAPTION_CREDIT = re.compile(r"(?:^|[.)!?][ \u00a0]+|\()[ \u00a0]*(?:photos?|crédits?(?: photo)?|©)"
                            r"(?![\w'’])[^\n«»“”]{0,80}$", re.I)
"""A photo's credit ending its caption (`… mardi. (Photo L. Marty)`, `… Photo Le Journal`,
`… © AFP`): the caption line stands between a quote and the quotation going on with it."""


EXCERPTS = re.compile(r"(?i)(?:extraits?|morceaux choisis|verbatim|florilège)[ \u00a0]*[.:]?")
"""A sentence that only announces the excerpts to come (`… une lettre au ministre.
Extraits.`): the quotation after it belongs to the subject of the sentence before."""


def _debris_units(doc: Doc, unit_list: list[tuple[int, int]]) -> frozenset[int]:
    """The units that are scraping debris as a whole (`Lire aussi : …`, `PUBLICITÉ`, a
    date line: `boilerplate.py`; a photo caption with its credit; a line break the parser
    made a sentence of its own; `Extraits.`), and -1 so the set is never empty once read."""
    spans = [(b["start"], b["end"]) for b in doc._.boilerplate or []] \
        if doc.has_extension("boilerplate") else []
    text = doc_text(doc)
    out = [-1]
    for u, (lo, hi) in enumerate(unit_list):
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        end = start + len(text[start:end].rstrip())  # (a unit ends on its line break)
        start = end - len(text[start:end].lstrip())
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) % (len(text) + 1)
        line = text[line_start: line_end if line_end >= end else len(text)]
        if not text[start:end].strip() or EXCERPTS.fullmatch(text[start:end].strip()) or \
                any(a <= start and end <= b for a, b in spans) or (
                len(line) <= 300 and "«" not in line and CAPTION_CREDIT.search(line.rstrip())):
            out.append(u)
    return frozenset(out)


def _back(u: int, n: int, debris: frozenset[int]) -> int:
    """The unit `n` units before `u`, debris lines not counted (`X est soulagé.\nLire
    aussi : …\n« … »`: the quotation continues X's sentence past the debris)."""
    while n > 0 and u >= 0:
        u -= 1
        if u not in debris:
            n -= 1
    return u  # (-1 before the first unit)


def _quotation_line_before(doc: Doc, unit_list: list[tuple[int, int]], u: int,
                           segments: list[Segment]) -> int:
    """1 when the sentence before unit `u` is a quotation alone (`X est soulagée.\n« A »\n
    « B »`: a line of quoted words, often a sub-heading, between the sentence naming the
    speaker and the quotation), so that the sentence before it is read; else 0."""
    if u < 2:
        return 0
    lo, hi = unit_list[u - 1]
    text = doc_text(doc)
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    return int(any(not re.search(r"\w", text[start:seg.open] + text[seg.outer_end:end])
                   for seg in segments if start <= seg.open and seg.outer_end <= end))


def _written_for_all(doc: Doc, u0: int, quote_tok: int, seg: Segment) -> int | None:
    """The `on` of `on pouvait lire : « … »` (or of `peut-on lire`) right before the
    quotation, when the lead is such a clause (WRITTEN_LEAD); None otherwise."""
    if quote_tok <= u0 or not WRITTEN_LEAD.search(doc_text(doc)[doc[u0].idx: seg.open]):
        return None
    return next((k for k in range(quote_tok - 1, u0 - 1, -1)
                 if is_indefinite_speaker(doc[k].lower_)), None)


def person_subject_before(doc: Doc, unit_list: list[tuple[int, int]], u: int,
                          lex: Lexicon, quoted: str = "") -> tuple[int, int] | None:
    """The subject of the sentence before unit `u` when it names a person (a name, a title,
    a role, `il`/`elle`): a quotation that opens the next sentence on its own is most often
    that person's words (`Le maire est apparu très ému. « Nous reconstruirons tout. »`)."""
    if u == 0:
        return None
    lo, hi = unit_list[u - 1]
    roots = [t for t in doc[lo:hi] if t.dep_ == "ROOT"]
    # (a name the parser does not know may be made a root of its own before the verb's:
    # `l'entraîneur Yannig de la Fuente a répondu`, the verb is the sentence's root)
    root = next((t for t in roots if t.pos_ in {"VERB", "AUX"}), roots[0] if roots else None)
    if root is not None and root.pos_ == "NOUN" and \
            not any(t.pos_ in {"VERB", "AUX"} for t in doc[lo:hi]):
        span = _feeling_for(doc, root)  # `Un véritable soulagement pour la joueuse X.`
    elif root is None or root.pos_ not in {"VERB", "AUX", "ADJ"}:
        return None
    else:
        span = subject_mention(doc, root) or _stray_root_subject(doc, lo, root)
    if span is None:
        return None
    head = doc[span[0]: span[1]].root if doc[span[1] - 1].dep_ != "ROOT" else doc[span[1] - 1]
    personal = head.ent_type_ == "PER" or is_title(head) or any(
        c.dep_ == "appos" and c.ent_type_ == "PER" for c in head.children) or \
        head.lower_ in {"il", "elle"} or \
        lex.noun_class(head) == "role"
    if not personal and (head.lower_ in {"ils", "elles"} or head.ent_type_ == "ORG" or
                         lex.noun_class(head) in {"group", "institution"}):
        # `Les syndicats restent mobilisés. « Nous ne lâcherons rien. »`, `Le ministère a
        # réagi. « … »`: a collective source speaks in the first person, or the sentence
        # before says that it spoke
        verb = lex.verb(root.lemma_) if root.pos_ == "VERB" else None
        words = {w.strip(".,;:!?«»\"“”").lower() for w in quoted.replace("’", "'").split()}
        personal = (bool(words & FIRST_PERSON_WORDS) and not words & FIRST_PERSON_SINGULAR) \
            or (verb is not None and verb.kind == "speech")  # (`mon dernier match`: one
        # member speaks, whom the text names elsewhere)
    return span if personal else None


TOPIC_LEAD = re.compile(r"[ \u00a0]*(?:Sur|Concernant|À propos d[eu']|A propos d[eu']|"
                        r"Au sujet d[eu']|Quant à|Quant aux?)[ \u00a0'’][^«»“”\n:]{1,80}?"
                        r"[ \u00a0]*:[ \u00a0]*")
"""A digest's topic before a quotation (`Sur les accidents : « … »`): the speaker's
answers listed by subject after a line that names them (`Voici ses principales
déclarations.`); the topic names no one."""


def _quote_ending_in(doc: Doc, quotes: list[Candidate], unit_of: list[int], u: int,
                     before: int) -> Candidate | None:
    """The last of `quotes` that ends in unit `u` or later, before offset `before`."""
    found = [c for c in quotes if c.end <= before and
             unit_of_char(doc, c.end - 1, unit_of) >= u]
    return max(found, key=lambda c: c.end, default=None)


def _same_paragraph(doc: Doc, unit_list: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether units `a` and `b` stand on one line of the text (no line break between)."""
    return "\n" not in doc_text(doc)[doc[unit_list[a][0]].idx: doc[unit_list[b][0]].idx]


def _stray_root_subject(doc: Doc, lo: int, verb: Token) -> tuple[int, int] | None:
    """`Quatre-vingts maires de la vallée ont adressé …`, parsed as roots of their own: the
    sentence's opening noun (with its number and determiner), when the parser left the
    verb with no subject and nothing but that noun phrase stands before it."""
    if verb.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    head = next((t for t in doc[lo: verb.i] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or head.dep_ != "ROOT" or any(
            t.pos_ not in {"DET", "NUM", "ADJ", "SPACE"} for t in doc[lo: head.i]) or any(
            t.pos_ in {"VERB", "PUNCT"} for t in doc[head.i + 1: verb.i]):
        return None
    return lo, head.i + 1


def _feeling_for(doc: Doc, root: Token) -> tuple[int, int] | None:
    """In a sentence with no verb (`Un véritable soulagement pour la joueuse Léa Martin.`,
    `Grosse déception chez l'entraîneur Paul Morel.`), the person a `pour` or `chez`
    phrase on its noun names: who the quotation after it most often belongs to."""
    for t in root.children:
        case = [c for c in t.children if c.dep_ == "case" and c.lower_ in {"pour", "chez"}]
        if t.dep_ == "nmod" and case and case[0].i < t.i:
            words = [x.i for x in t.subtree if x.i > case[0].i and not x.is_punct]
            if words:
                return min(words), max(words) + 1
    return None
