"""Dialogue set with dashes in a reportage (issue 9, `eval/probes-formats-3`): each line
opening with `—` or `–` is a turn, the words of whoever the incise after them names
(`— On cherche un kayakiste, explique-t-il.`, `— Il est parti quand ? demande son
équipier, Karim Belhadj.`); a turn with no incise is the answer of the one spoken to, the
speaker of the turn before the last (`— Vers 17 heures.`). French prints dialogue so, with
no quotation mark, and the turns are direct speech (GUIDELINE: the words said, marks or not).
Interviews in dashes (`— Question ?` / `— Réponse.`) are `interviews`' and left to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon, ReportingVerb
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.interviews import INTERVIEW_QUESTIONS
from presswatch.nlp.spans import last_content_char
from presswatch.textutil import doc_text

_TURN = re.compile(r"^[ \t]*[—–][ \t\u00a0]+(?=[^\s\d])", re.M)
"""A dialogue turn's line: an em or en dash, a space, then words (a hyphen is a list's)."""
_CLITICS = frozenset({"lui", "leur", "me", "m'", "m’", "nous", "vous", "l'", "l’", "le", "la"})
_ENDS = frozenset({",", ".", "!", "?", "…", ";", ":"})
MIN_TURN_LINES = 2  # an article needs this many dash lines for them to read as a dialogue


def speech_verb(lex: Lexicon, lemma: str, form: str) -> ReportingVerb | None:
    """The verb of saying a token is, from its lemma or, where the tagger took the verb for
    a noun's lemma (`demande`, `bredouille`), from its form as a first-group verb."""
    for guess in (lemma, form.lower() + "r" if form.lower().endswith("e") else ""):
        entry = lex.verb(guess) if guess else None
        if entry is not None and entry.kind == "speech":
            return entry
    return None


def _incise(doc: Doc, lex: Lexicon, a: int, b: int
            ) -> tuple[int, int, ReportingVerb, tuple[int, int], int] | None:
    """The first incise of the turn tokens `a`..`b`: (the punctuation before it, the
    verb, its entry, the speaker's tokens, the token after the incise)."""
    for k in range(a + 1, b - 1):
        if doc[k].text not in {",", "?", "!", "…"}:
            continue
        v = k + 1 + (doc[k + 1].lower_ in _CLITICS and doc[k + 2].pos_ in {"VERB", "NOUN"})
        if v >= b or (entry := speech_verb(lex, doc[v].lemma_, doc[v].text)) is None:
            continue
        s = v + 1
        while s < b and doc[s].text.startswith("-") and doc[s].text != "-":
            s += 1  # `explique-t-il`: the clitic subject
        if s > v + 1:
            return k, v, entry, (s - 1, s), s
        end = s
        while end < b and doc[end].text not in _ENDS and not doc[end].is_space:
            end += 1
        if end == s or doc[s].pos_ not in {"DET", "PROPN", "NOUN", "PRON"}:
            continue
        mention = (s, end)
        if end + 1 < b and doc[end].text == "," and doc[end + 1].pos_ == "PROPN":
            name_end = end + 1
            while name_end < b and doc[name_end].pos_ == "PROPN":
                name_end += 1
            mention, end = (end + 1, name_end), name_end  # `son équipier, Karim Belhadj`
        return k, v, entry, mention, end
    return None


def dialogue_quotes(doc: Doc, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """`cands` with a reportage's dash dialogue read as turns: what the parser made of a
    turn's line (`demande son équipier` as a request of `son équipier`) is replaced by the
    turn's own quote."""
    text = doc_text(doc)
    turns = list(_TURN.finditer(text))
    if len(turns) < MIN_TURN_LINES or not _spoken(doc, text, turns):
        return cands
    out: list[Candidate] = []
    dropped: set[int] = set()
    previous: list[Candidate | None] = []
    for m in turns:
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if any(c.rule in INTERVIEW_QUESTIONS | {"answer"} and c.start < line_end and
               m.end() <= c.end for c in cands):
            return cands  # an interview's turns
        span = doc.char_span(m.end(), len(text[:line_end].rstrip()), alignment_mode="expand")
        if span is None or "«" in span.text[:2] or "“" in span.text[:2]:
            previous.append(None)
            continue
        found = _incise(doc, lex, span.start, span.end)
        if found is None:
            ref = previous[-2] if len(previous) >= 2 and previous[-1] is not None else None
            turn = None if ref is None else _turn(text, m.end(), line_end, None, ref)
        else:
            punct, verb, entry, mention, after = found
            stop = doc[punct].idx + (doc[punct].text != ",")
            turn = _turn(text, m.end(), stop, mention, None)
            turn.cue_span, turn.cue_lemma = (verb, verb + 1), entry.lemma
            if after + 3 < span.end and doc[after].text == "," and not (
                    doc[after + 1].lower_ == "en" and doc[after + 2].pos_ == "VERB"):
                # `— Il faut, dit-il, partir avant la nuit.`: the turn goes on after its
                # incise, a second quote of the same speaker (not `…, dit-il, en riant`)
                rest = _turn(text, doc[after + 1].idx, line_end, None, turn)
                rest.cue_span, rest.cue_lemma = turn.cue_span, turn.cue_lemma
                out.append(rest)
        previous.append(turn)
        if turn is None:
            continue
        for k, c in enumerate(cands):
            if c.start < line_end and m.end() <= c.end + 1 and c.end <= line_end:
                dropped.add(k)
        out.append(turn)
    if not out:
        return cands
    return [c for k, c in enumerate(cands) if k not in dropped] + out


SPEAKERS_PERSONS = frozenset({"1", "2"})


def _spoken(doc: Doc, text: str, turns: list[re.Match[str]]) -> bool:
    """Whether the dash lines read as talk, not as a bullet list: some line asks or
    exclaims (`?`, `!`) or has a first- or second-person pronoun (`je`, `nous`, `vous`),
    as turns of a dialogue do. A list of points (`– La cantine passera au bio, explique
    l'adjoint.` / `– Le stade attendra.`) speaks of things in the third person; its incise
    lines are the indirect reports the incise reader finds, not unmarked direct turns."""
    for m in turns:
        line_end = text.find("\n", m.end())
        line = text[m.end(): len(text) if line_end < 0 else line_end]
        if "?" in line or "!" in line:
            return True
        span = doc.char_span(m.end(), m.end() + len(line.rstrip()), alignment_mode="expand")
        if span is not None and any(t.pos_ == "PRON" and
                                    set(t.morph.get("Person")) & SPEAKERS_PERSONS
                                    for t in span):
            return True
    return False


def _turn(text: str, start: int, stop: int, mention: tuple[int, int] | None,
          ref: Candidate | None) -> Candidate:
    cand = Candidate(start, last_content_char(text, start, stop), "dialogue", type="direct")
    cand.extra["fixed_type"] = True
    cand.mention, cand.speaker_ref = mention, ref
    return cand
