"""Interviews published as questions and answers: every turn is a quote, though no
quotation mark or reporting verb marks it.

Three layouts are read, each as a run of paragraphs that alternate between the two sides:
`— Question ?` / `— Réponse.` (dashes), `Q :` / `R :`, and the two sides' names as
prefixes (`Le Journal : …` / `Lina Morvan : …`, `Radio Causses – …`, after a dash or not).
The side whose turns end with a question mark is the interviewer. A transcript of several
speakers (`NOM EN CAPITALES. – …`, minutes' `M. Nom. – …`) gives each turn to its line's
name, and stage directions (`(Applaudissements …)`, `(rires)`) cut a turn in two.
An answer is a direct quote of the interviewee: the prefix's name, else the person the
headline or the chapeau quotes or names. A question is a direct quote of the interviewer
(GUIDELINE: questions put by journalists count, with the journalist or outlet as speaker
when named): the prefix's outlet, else the journalist of a `Propos recueillis par X`
line, else nobody.

An answer is the interviewee's words as a quotation is: reports found inside it are not
quotes of their own. A question often relays what someone else said (`Le ministre dit
que … Que lui répondez-vous ?`): reports inside it stay, but for those whose subject is
the interviewer or the interviewee (`Avez-vous sollicité la région ?`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc

from presswatch.nlp.candidates import Candidate
from presswatch.nlp.marks import find_segments
from presswatch.nlp.spans import last_content_char
from presswatch.textutil import doc_ents, doc_text, fold

UNNAMED_QUESTION = "question-unnamed"
"""The rule of a question whose interviewer the article does not name: its speaker stays
empty (`speakers` reads this rule) rather than taking the answer's before it."""

INTERVIEW_QUESTIONS = frozenset({"question", UNNAMED_QUESTION})
"""The rules of an interviewer's turns: their act is `question` (GUIDELINE)."""

# a run must hold this many turns to be read as an interview
MIN_TURNS = 4

_DASH = re.compile(r"[—–-][ \u00a0]+(?=\S)")
_QR = re.compile(r"(?:(?P<q>Q|Question)|(?P<r>R|Réponse))[ \u00a0]*[:.–—-][ \u00a0]+(?=\S)")
_NAMED = re.compile(r"(?:[—–-][ \u00a0]+)?"  # (`— Nom : …`, a transcript's dash)
                    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\s:–—]*(?:[ \u00a0][^\s:–—]+){0,5}?)"
                    r"[ \u00a0]*(?::|[ \u00a0][–—-])[ \u00a0]+(?=\S)")
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+"
_TRANSCRIPT = re.compile(
    r"(?:[—–-][ \u00a0]+)?(?P<name>(?:M\.|Mme|Mlle|Me|Mgr|Dr)[ \u00a0][^\n.:,;–—()«»]{1,60}?"
    rf"|{_CAPS_WORD}(?:[ \u00a0]{_CAPS_WORD}){{1,3}})"
    r"(?:,[ \u00a0][^\n:–—()«»]{1,80}?)?"
    r"(?:\.[ \u00a0]*[–—-]|[ \u00a0][–—]|[ \u00a0]*:)[ \u00a0]+(?=\S)")
"""A transcript's turn (a debate on air, a parliament's minutes): `LOÏC TANGUY. – …`,
`M. Laurent Pichon. – …`, `Mme Claire Ferrandi, vice-présidente. – …`, `Mme la présidente.
– …`: a name in capitals or after a civility, a role after a comma left out of the side."""
STAGE_DIRECTION = re.compile(
    r"\((?:[Vv]ives |[Nn]ouvelles |[Qq]uelques )?(?:[Aa]pplaudissements|[Ee]xclamations|"
    r"[Pp]rotestations|[Rr]ires?|[Ss]ourires?|[Hh]uées|[Mm]urmures|[Mm]ouvements divers|"
    r"[Bb]rouhaha|[Ss]ilence|[Ii]nterruptions?)\b[^()\n]{0,100}\)[ \u00a0]*")
"""A stage direction inside a turn (`(Exclamations sur les bancs de la majorité.)`,
`(rires)`): the reporter's, not the speaker's words; a turn it stands inside is two quotes."""
_JOURNALIST = re.compile(r"(?:Propos|Entretien|Interview|Questions)[ \u00a0]+"
                         r"(?:recueillis|réalisée?|menée?|posées)[ \u00a0]+par[ \u00a0]+"
                         r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’ \u00a0.-]*?)[ \u00a0.]*$")
_INTERVIEW_WORDS = re.compile(r"(?:\bPropos recueillis|\b[Ii]nterview\b|\bnos questions\b|"
                              r"(?:^|\n)Entretien\b|\bEntretien (?:avec|réalisé|traduit)\b|"
                              r"\b(?:[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|\d) questions à\b)")
"""What an article that is an interview says of itself (not `entretien` alone, which is
also the upkeep of roads, nor `dans un entretien au Monde`, a source's occasion)."""
_INTERVIEW_LITERALS = ("Propos recueillis", "nterview", "nos questions", "Entretien",
                       " questions à")
"""A word each of `_INTERVIEW_WORDS`' forms contains: an article with none of them cannot
match, and five substring tests cost a tenth of what the pattern's search does (0.4 ms an
article: it tries its ten branches at every character)."""


def _says_interview(text: str) -> bool:
    """Whether `text` says it is an interview (`_INTERVIEW_WORDS`), the pattern searched
    only when one of its literal words is there."""
    return any(w in text for w in _INTERVIEW_LITERALS) and \
        _INTERVIEW_WORDS.search(text) is not None
_SPEAKING_PRONOUNS = frozenset({"vous", "tu", "je", "j'", "j’", "nous", "-vous", "-tu",
                                "-je", "-nous", "on"})
_NOT_A_SIDE = frozenset({"photo", "photos", "lire aussi", "à lire aussi", "crédit",
                         "crédit photo", "source", "sources", "légende", "vidéo", "voir aussi"})


@dataclass(frozen=True, slots=True)
class Turn:
    """One paragraph of an interview: its content's offsets (the prefix left out), whether
    the interviewer speaks, and the prefix naming the side (None for dashes and Q/R)."""

    start: int
    end: int
    question: bool
    side: tuple[int, int] | None = None  # character offsets of the prefix's name


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def _asks(text: str, a: int, b: int) -> bool:
    return text[a:b].rstrip(" \u00a0»\"”").endswith("?")


def _alternating(text: str, turns: list[tuple[int, int, int, tuple[int, int] | None]]
                 ) -> list[Turn]:
    """Dash turns `(line start, content start, end, None)`: the side is the parity whose
    turns end with a question mark, when most question marks fall on it."""
    if len(turns) < MIN_TURNS:
        return []
    asking = [k % 2 for k, (_, a, b, _) in enumerate(turns) if _asks(text, a, b)]
    if len(asking) < 2:
        return []
    parity, n = Counter(asking).most_common(1)[0]
    if n < 2 or 3 * n < 2 * len(asking):
        return []
    return [Turn(a, b, k % 2 == parity) for k, (_, a, b, _) in enumerate(turns)]


def _dash_turns(text: str, lines: list[tuple[int, int]]) -> list[Turn]:
    found = [(a, m.end(), b, None) for a, b in lines
             if (m := _DASH.match(text, a, b)) and not text[m.end()].isdigit()]
    return _alternating(text, found)


def _qr_turns(text: str, lines: list[tuple[int, int]]) -> list[Turn]:
    found = [(m.group("q") is not None, m.end(), b) for a, b in lines
             if (m := _QR.match(text, a, b))]
    asked = sum(q for q, _, _ in found)
    if len(found) < MIN_TURNS or asked < 2 or len(found) - asked < 2:
        return []
    return [Turn(a, b, q) for q, a, b in found]


def _named_turns(text: str, lines: list[tuple[int, int]]) -> list[Turn]:
    """`Le Journal : …` / `Nom : …`: the two prefixes most used, each at least twice,
    one of them asking (its turns end with a question mark more often)."""
    found = []
    for a, b in lines:
        m = _NAMED.match(text, a, b)
        if m and m.group("name").lower() not in _NOT_A_SIDE and \
                text[m.end()] not in "«“\"":  # `Nom : « … »`: a pull-quote line
            found.append((m.group("name"), m.start("name"), m.end(), b))
    counts = Counter(name for name, *_ in found)
    sides = [name for name, n in counts.most_common(2) if n >= 2]
    if len(sides) < 2:
        return []
    mine = [f for f in found if f[0] in sides]
    if len(mine) < MIN_TURNS:
        return []
    asks = {s: sum(_asks(text, a, b) for name, _, a, b in mine if name == s) for s in sides}
    interviewer = max(sides, key=lambda s: asks[s])
    if asks[interviewer] < 2 or asks[interviewer] <= asks[min(sides, key=lambda s: asks[s])]:
        return []
    return [Turn(a, b, name == interviewer, (p, p + len(name))) for name, p, a, b in mine]


def _transcript_turns(text: str, lines: list[tuple[int, int]]) -> list[Turn]:
    """A transcript of several speakers (a debate, a session's minutes): lines opening with
    a name in capitals or after a civility, two sides at least speaking twice each. Every
    turn is the words of its side; one ending with a question mark is a question."""
    found = []
    for a, b in lines:
        m = _TRANSCRIPT.match(text, a, b)
        if m and m.group("name").lower() not in _NOT_A_SIDE:
            found.append((m.group("name").rstrip(), m.start("name"), m.end(), b))
    counts = Counter(name.lower() for name, *_ in found)
    if len(found) < MIN_TURNS or sum(n >= 2 for n in counts.values()) < 2:
        return []
    return [Turn(a, b, _asks(text, a, b), (p, p + len(name))) for name, p, a, b in found]


def _unmarked_turns(text: str, lines: list[tuple[int, int]]) -> list[Turn]:
    """Questions set in bold on the page, the bold lost: lines ending with a question
    mark, each followed by its answer's paragraphs, in an article that says it is an
    interview (`Propos recueillis par`, `Entretien`, `a répondu à nos questions`)."""
    if not _says_interview(text):
        return []
    asked = [k for k, (a, b) in enumerate(lines) if _asks(text, a, b) and b - a <= 300
             and "«" not in text[a:b] and k + 1 < len(lines) and
             not _asks(text, *lines[k + 1])]
    if len(asked) < 3:
        return []
    turns = []
    for k in asked:
        turns.append(Turn(lines[k][0], lines[k][1], True))
        turns.append(Turn(lines[k + 1][0], lines[k + 1][1], False))
    return turns


_NUMBERED = re.compile(r"(?P<n>\d{1,2})[.)][ \u00a0]+(?=\S)")


def _numbered_turns(text: str, lines: list[tuple[int, int]]) -> list[Turn]:
    """`Trois questions à X` and the like: numbered questions (`1. Pourquoi … ?`), each
    followed by its answer's paragraph, in an article that says it is an interview. The
    numbers run from 1 without a gap and most questions end with a question mark; one may
    be a statement put to the interviewee (`2. Vos opposants parlent d'un « … ».`)."""
    if not _says_interview(text):
        return []
    found = [(k, m) for k, (a, b) in enumerate(lines) if (m := _NUMBERED.match(text, a, b))]
    if len(found) < 2 or [int(m.group("n")) for _, m in found] != \
            list(range(1, len(found) + 1)) or \
            2 * sum(_asks(text, m.end(), lines[k][1]) for k, m in found) <= len(found):
        return []
    turns = []
    for k, m in found:
        if k + 1 >= len(lines) or _NUMBERED.match(text, *lines[k + 1]):
            return []
        turns.append(Turn(m.end(), lines[k][1], True))
        turns.append(Turn(lines[k + 1][0], lines[k + 1][1], False))
    return turns


def _continued(text: str, lines: list[tuple[int, int]], turns: list[Turn],
               skip: list[tuple[int, int]]) -> list[Turn]:
    """An answer's later paragraphs, up to the next turn: a paragraph with no turn mark of
    its own between two turns goes on with the answer (not debris, a heading or the
    interviewer's credit line)."""
    out = list(turns)
    for t, after in pairwise(turns):
        if t.question:
            continue
        for a, b in lines:
            if t.end < a and b <= after.start and b - a >= 20 and \
                    text[a:b].rstrip(" »\"”")[-1:] in ".!?…" and \
                    not any(x <= a < y for x, y in skip) and not _JOURNALIST.match(text, a, b):
                out.append(Turn(a, b, False, t.side))
    return sorted(out, key=lambda t: t.start)


def interview_turns(text: str, skip: list[tuple[int, int]] | None = None) -> list[Turn]:
    """The turns of the article's question-and-answer interview, or [] when it has none;
    `skip`: the debris spans (read-also lines, captions) an answer does not go on into."""
    lines = _lines(text)
    if turns := _transcript_turns(text, lines):
        return _without_stage_directions(text, _continued(text, lines, turns, skip or []))
    for finder in (_qr_turns, _named_turns, _dash_turns, _numbered_turns, _unmarked_turns):
        if (turns := finder(text, lines)) and (_someone_answers(text, turns) or (
                finder is _unmarked_turns and _someone_addressed(text, turns))):
            return _without_stage_directions(text, _continued(text, lines, turns, skip or []))
    return []


def _without_stage_directions(text: str, turns: list[Turn]) -> list[Turn]:
    """Each turn cut around its stage directions (`(rires) Ce n'est pas …`, `… chauffage.
    (Exclamations …) Ce n'est pas …`): the words on either side, each a quote."""
    out = []
    for t in turns:
        start = t.start
        for m in STAGE_DIRECTION.finditer(text, t.start, t.end):
            if text[start:m.start()].strip():
                out.append(Turn(start, m.start(), _asks(text, start, m.start()), t.side))
            start = m.end()
        if text[start:t.end].strip():
            out.append(Turn(start, t.end, t.question, t.side))
    return out


_FIRST_PERSON = re.compile(r"(?i)(?<![\w'’])(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos"
                           r")(?![\w'’])")


def _someone_answers(text: str, turns: list[Turn]) -> bool:
    """A person answers in the first person in at least a third of the answers; a page's
    own questions and answers (`- Qui peut en bénéficier ?` / `- Les ménages modestes.`)
    are no interview."""
    answers = [t for t in turns if not t.question]
    return bool(answers) and 3 * sum(bool(_FIRST_PERSON.search(text, t.start, t.end))
                                     for t in answers) >= len(answers)


_SECOND_PERSON = re.compile(r"(?i)(?<![\w'’-])-?(?:vous|votre|vos)(?![\w'’])")


def _someone_addressed(text: str, turns: list[Turn]) -> bool:
    """In an article that says it is an interview, questions put to someone (`vous`,
    `votre`, `vos` in at least a third of them) have an interviewee, though the answers
    (`Les chiffres sont clairs : …`, `Oui, énormément.`) may never say `je`."""
    questions = [t for t in turns if t.question]
    return bool(questions) and 3 * sum(bool(_SECOND_PERSON.search(text, t.start, t.end))
                                       for t in questions) >= len(questions) and any(
        not _given_elsewhere(text, m.start()) for m in _INTERVIEW_WORDS.finditer(text))


def _given_elsewhere(text: str, start: int) -> bool:
    """`a confirmé dans une interview au Parisien`: an interview a source gave another
    medium, which says nothing of the article itself; a page's own questions to its
    reader (`Êtes-vous concerné ?`, `Comment faire votre demande ?`) then have no
    interviewee (second reader, h39-review)."""
    return text[max(0, start - 4):start].lower() == "une " and \
        text[start:start + 9].lower() == "interview"


def _tokens(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    span = doc.char_span(a, b, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _journalist(doc: Doc, text: str) -> tuple[int, int] | None:
    """The journalist of a `Propos recueillis par X` line, or of such a sentence ending a
    chapeau line (`Deux élus confrontent leurs positions. Propos recueillis par X.`)."""
    for a, b in _lines(text):
        if m := _JOURNALIST.match(text, a, b):
            return _tokens(doc, m.start("name"), m.end("name"))
    for a, b in _lines(text):
        k = text.find(". ", a, b)
        while k >= 0:
            if m := _JOURNALIST.match(text, k + 2, b):
                return _tokens(doc, m.start("name"), m.end("name"))
            k = text.find(". ", k + 2, b)
    return None


_ADDRESSED = re.compile(
    r"(?:Et[ \u00a0]+vous[ \u00a0]*,[ \u00a0]*)?(?P<name>(?:(?:Monsieur|Madame|M\.|Mme)"
    r"[ \u00a0]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3})[ \u00a0]*,")
"""A question's opening words addressing whom it is put to: `X Y, vous êtes …`,
`Monsieur X, que répondez-vous ?`, `Et vous, X Y, qui …`."""


def _addressed(doc: Doc, text: str, t: Turn) -> tuple[int, int] | None:
    """The person a question turn opens by addressing (`_ADDRESSED`) when the question
    speaks to them (`vous`): in a debate of several interviewees, the answer after it is
    theirs (issue 9, session 30)."""
    m = _ADDRESSED.match(text, t.start, t.end)
    if m is None or not re.search(r"\bvous\b|-vous\b", text[t.start:t.end], re.I):
        return None
    span = _tokens(doc, m.start("name"), m.end("name"))
    if span is None or not any(doc[k].ent_type_ == "PER" or
                               doc[k].text in {"Monsieur", "Madame", "M.", "Mme"}
                               for k in range(*span)):
        return None
    return span


def _interviewee(doc: Doc, text: str, first: int, journalist: tuple[int, int] | None,
                 cands: list[Candidate]) -> tuple[tuple[int, int] | None, Candidate | None]:
    """Who answers when no prefix names them: the speaker of a quote in the headline or
    chapeau (`Nom : « … »`, `« … », juge X`), else the first person the lead names."""
    for c in cands:
        if c.start < first and (c.mention is not None or c.speaker_ref is not None):
            return None, c
    skip = range(journalist[0], journalist[1]) if journalist else range(0)
    for ent in doc_ents(doc):
        if ent.start_char >= first:
            break
        if ent.label_ == "PER" and ent.start not in skip:
            return (ent.start, ent.end), None
    return None, None


def _inside(c: Candidate, t: Turn) -> bool:
    return t.start <= c.start < t.end + 1 or c.start < t.start < c.end


def _relayed(doc: Doc, c: Candidate) -> bool:
    """A report inside a question that relays a third party's words (not `Avez-vous
    sollicité …`, `Que demandez-vous …`)."""
    if c.mention is None:
        return False
    words = {t.lower_ for t in doc[c.mention[0]: c.mention[1]]}
    return not words & _SPEAKING_PRONOUNS


def interview_quotes(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with the interview's turns added as direct quotes, and the reports found
    inside its answers (or spoken by its two sides inside its questions) left out."""
    text = doc_text(doc)
    debris = [(b["start"], b["end"]) for b in doc._.boilerplate or []] \
        if doc.has_extension("boilerplate") else []
    turns = interview_turns(text, debris)
    if not turns:
        return cands
    journalist = _journalist(doc, text)
    mention, ref = _interviewee(doc, text, turns[0].start, journalist, cands)
    kept = [c for c in cands if not any(
        _inside(c, t) and (not t.question or not _relayed(doc, c)) for t in turns)]
    addressed: tuple[int, int] | None = None  # (whom the last question spoke to)
    for t in turns:
        end = last_content_char(text, t.start, t.end)
        if end <= t.start:
            continue
        if t.question:
            addressed = _addressed(doc, text, t)
        cand = Candidate(t.start, end, "question" if t.question else "answer", type="direct")
        cand.extra["fixed_type"] = True
        if t.side is not None:
            cand.mention = _tokens(doc, *t.side)
        elif t.question:
            cand.mention = journalist
            if journalist is None:
                cand.rule = UNNAMED_QUESTION
        elif addressed is not None:
            cand.mention = addressed  # `— X, vous siégez dans l'opposition. … ?` / `— …`
        else:
            cand.mention, cand.speaker_ref = mention, ref
        kept.append(cand)
    return kept + _headline_turns(text, turns[0].start, kept)


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", fold(text))) + " "


def _headline_turns(text: str, first: int, cands: list[Candidate]) -> list[Candidate]:
    """Quotations in the headline and chapeau (before the first turn) that no report
    claimed and whose words a turn says: the headline takes them from that turn
    (GUIDELINE: a headline whose words the body gives to someone), a direct quote of its
    speaker."""
    out = []
    turns = [c for c in cands if c.rule in {"answer", "question", UNNAMED_QUESTION}]
    answer = next((c for c in turns if c.rule == "answer"), None)
    headline_end = text.find("\n")
    for seg in find_segments(text[:first]):
        words = _words(text[seg.start: seg.end])
        if not seg.closed or len(words.split()) < 3 or \
                any(c.start < seg.end and seg.start < c.end for c in cands):
            continue
        said = next((c for c in turns if words in _words(text[c.start: c.end])), None)
        if said is None and seg.outer_end <= headline_end:
            # `Hôpital de Lavaur : « Nous manquons de vingt infirmières »` above an
            # interview: the headline quotes the interviewee, in words of its own
            said = answer
        if said is not None:
            cand = Candidate(seg.start, last_content_char(text, seg.start, seg.end), "bare",
                             type="direct")
            cand.extra["fixed_type"] = True
            cand.speaker_ref = said
            out.append(cand)
    return out
