"""Pair quotation marks into quoted segments.

French news mixes « », “ ” and straight quotes, sometimes in one article, and scraped text
often leaves a quotation unclosed at the end of a paragraph. Pairing works paragraph by
paragraph: an unclosed quotation runs to the end of its paragraph (the usual typographic
convention for multi-paragraph quotations), and a stray closing mark is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "»", "“": "”", "„": "”", "‹": "›"}
CLOSERS = {"»", "”", "›"}
STRAIGHT = '"'
MARKS = re.compile("[" + "".join(OPENERS) + "".join(CLOSERS) + STRAIGHT + "]")
"""Every character the pairing reads."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One quoted segment: `open`/`close` are the offsets of the marks (close is the offset
    of the closing mark, or the paragraph end when unclosed); `start`/`end` delimit the
    content with surrounding spaces trimmed."""

    open: int
    close: int
    start: int
    end: int
    closed: bool = True

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark."""
        return self.close + 1 if self.closed else self.close


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    while (i := text.find("\n", start)) >= 0:  # (found in C, not char by char)
        bounds.append((start, i))
        start = i + 1
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if b > a]


def _is_straight_opener(text: str, i: int) -> bool:
    """A straight quote opens when it does not follow a word character (`le "gène"`)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and not nxt.isalnum():
        return False
    return not (prev.isalnum() and nxt.isspace())


def _opens_a_word(text: str, i: int, p_start: int) -> bool:
    """Whether the mark at `i` stands where a quotation opens: at the paragraph start or
    after a space, an apostrophe or a bracket, and right before a letter or digit."""
    prev = text[i - 1] if i > p_start else " "
    return text[i + 1: i + 2].isalnum() and (prev.isspace() or prev in "'’([—–-")


def _nested_straight_opener(text: str, i: int, p_start: int, p_end: int) -> bool:
    """Inside a straight-quoted quotation, a straight mark after a space and before a word
    opens a quotation within it (`"Il m'a dit "reste" et je suis resté"`) when an odd
    number of straight marks is left in the paragraph from it: its own closer and the
    outer one (an even number is the outer quotation closed with a stray space before)."""
    return _opens_a_word(text, i, p_start) and text[i - 1: i].isspace() and \
        text.count(STRAIGHT, i, p_end) % 2 == 1 and text.count(STRAIGHT, i, p_end) >= 3


def _stray_closer(text: str, i: int) -> bool:
    """A straight mark that can only close (`… du macronisme" et du "dépassement"`, a
    doubled `""` after a closing one): after a word or a sentence's end, before a space, a
    punctuation mark or the line's end. With nothing open it is a stray, not an opener."""
    prev, nxt = text[i - 1: i], text[i + 1: i + 2]
    return (prev.isalnum() or prev in {".", "!", "?", "…", '"'}) and \
        (nxt == "" or nxt.isspace() or nxt in ",.;:!?)")


def _reversed_closer(text: str, i: int, p_end: int) -> bool:
    """`« … pour l'Europe« , avait-il ajouté`: an opening guillemet glued to the word before
    and followed by a comma, a stop or the paragraph's end can only close."""
    prev = text[i - 1: i]
    rest = text[i + 1: p_end].lstrip(" \u00a0\u202f")
    return bool(prev) and not prev.isspace() and prev not in "'’([—–-" and \
        (not rest or rest[0] in ",.;:)")


def _opens_after_unclosed(text: str, open_: tuple[str, int], ch: str, i: int, p_start: int,
                          p_end: int) -> bool:
    """Whether the mark at `i` opens a new quotation although `open_` (the one open
    quotation) was never closed: a straight mark before a word after a space, that cannot
    open a quotation nested inside (an even number of straight marks from it on), or a
    `«` when the `»` left in the paragraph cannot close both. A paragraph's unclosed
    quotation used to end at its line break; run together with the next paragraph, it
    would swallow it."""
    expected, _ = open_
    if ch == STRAIGHT and expected == STRAIGHT:
        return _opens_a_word(text, i, p_start) and text[i - 1: i].isspace() and \
            text.count(STRAIGHT, i, p_end) % 2 == 0
    if ch == "«" and expected == "»":
        return text.count("»", i, p_end) < text.count("«", i, p_end) + 1
    return False


_SENTENCE_END = re.compile(r"[.!?…][»\"”]?(?=[ \u00a0]+[«\"“A-ZÀ-ÖØ-Þ])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bMM?|\bMme|\bDr|\bSt)\.$")


def _unclosed_end(text: str, opener: int, i: int) -> int | None:
    """Where an unclosed quotation opened at `opener` ends, another opening at `i`: right
    before it when a sentence ends there (`… fin. « Suite`), else at the first sentence's
    end after the opening mark; None when no sentence ends in between (a quotation
    nested in the same sentence)."""
    before = text[opener + 1: i].rstrip(" \u00a0\u202f")
    if before[-1:] in {".", "!", "?", "…"} and not _ABBREVIATION.search(before):
        return opener + 1 + len(before)
    for m in _SENTENCE_END.finditer(text, opener + 1, i):
        if not _ABBREVIATION.search(text[max(0, m.start() - 4): m.start() + 1]):
            return m.end()
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \u00a0\u202f\t\r":
        start += 1
    while end > start and text[end - 1] in " \u00a0\u202f\t\r":
        end -= 1
    return start, end


def find_segments(text: str) -> list[Segment]:
    """Return the outermost quoted segments of `text`, in order.

    Nested quotations (« … “ … ” … ») are part of their outer segment. Empty segments are
    dropped.
    """
    segments: list[Segment] = []
    left_open: list[int] = []  # openers of quotations a paragraph's end left open
    strays: list[int] = []  # closing marks with nothing open
    for p_start, p_end in _paragraph_bounds(text):
        stack: list[tuple[str, int]] = []  # (expected closer, offset of opener)
        for mark in MARKS.finditer(text, p_start, p_end):  # other characters change nothing
            i, ch = mark.start(), mark.group()
            if ch == "»" and i == _first_char(text, p_start, p_end) and \
                    _continues(text, segments, p_start):
                ch = "«"  # `» Aujourd'hui …`: the older convention's mark carrying a
                # quotation into the next paragraph
            if ch == "«" and _reversed_closer(text, i, p_end):
                ch = "»"  # `… pour l'Europe« , avait-il ajouté`: the closing mark typed reversed
            if len(stack) == 1 and _opens_after_unclosed(text, stack[0], ch, i, p_start, p_end) \
                    and (end := _unclosed_end(text, stack[0][1], i)) is not None:
                # `"A. B, a déclaré X. "C", a-t-elle ajouté`: the first quotation was left
                # unclosed where a paragraph ended, then the paragraphs were run together
                _, opener = stack.pop()
                _unclosed(text, opener, end, segments, least=1)
            if ch == "“" and stack and stack[-1][0] == "”" and not text[i + 1 : i + 2].isalnum():
                # “ used as a closing mark by careless typesetting
                _close(text, stack, i, segments)
            elif ch in OPENERS:
                stack.append((OPENERS[ch], i))
            elif ch == STRAIGHT:
                if stack and stack[-1][0] == STRAIGHT and \
                        _nested_straight_opener(text, i, p_start, p_end):
                    stack.append((STRAIGHT, i))  # `"Il m'a dit "reste" et je suis resté"`
                elif stack and stack[-1][0] == STRAIGHT:
                    _close(text, stack, i, segments)
                elif not stack and _stray_closer(text, i):
                    continue
                elif _is_straight_opener(text, i) or not stack:
                    stack.append((STRAIGHT, i))
            elif ch in CLOSERS:
                if ch == "”" and _opens_a_word(text, i, p_start) and \
                        not any(exp == ch for exp, _ in stack):
                    # `”Nous avons gagné”, a déclaré X`, `qu'”il y a eu …”`: the closing
                    # mark typed as the opener too, before a word
                    stack.append(("”", i))
                elif not stack:
                    strays.append(i)
                elif any(exp == ch for exp, _ in stack):
                    while stack and stack[-1][0] != ch:
                        stack.pop()
                    _close(text, stack, i, segments)
                elif ch == "”" and stack and stack[-1][0] == "”":
                    _close(text, stack, i, segments)
                elif stack and (stack[-1][0] in {"»", "”"} or (
                        ch == "”" and stack[-1][0] == STRAIGHT)) and \
                        not text[i + 1: i + 2].isalnum():
                    # `«On dirait … parlerons”, a-t-il déclaré`, `"sous contrôle”.`: a
                    # quotation opened with one typeface and closed with another by careless
                    # typesetting
                    _close(text, stack, i, segments)
        if stack:
            left_open.append(stack[0][1])
            _unclosed(text, stack[0][1], p_end, segments)
    segments = _closed_paragraphs_later(text, _run_on(text, segments), left_open, strays)
    segments.sort(key=lambda s: s.open)
    outer: list[Segment] = []
    for seg in segments:
        if outer and seg.open < outer[-1].outer_end:
            continue
        outer.append(seg)
    return outer


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \u00a0\u202f\t\r":
        start += 1
    return start


def _continues(text: str, segments: list[Segment], p_start: int) -> bool:
    """Whether the paragraph before the one at `p_start` (blank lines skipped) ends in a
    quotation left open: a mark opening this paragraph carries it on."""
    before = text[:p_start].rstrip(" \u00a0\u202f\t\r\n")
    return bool(segments) and not segments[-1].closed and \
        segments[-1].close >= len(before) and segments[-1].close <= p_start


def _run_on(text: str, segments: list[Segment]) -> list[Segment]:
    """One quotation over several paragraphs, by the French convention: a quotation left
    open at a paragraph's end and the next paragraph opening with a mark (`«`, or `»` in
    the older usage; `"` or `“` where the page typed those) is one quotation up to the
    mark that finally closes it. Each
    paragraph read alone would give the words of the first to nobody."""
    out: list[Segment] = []
    for seg in sorted(segments, key=lambda s: s.open):
        prev = out[-1] if out else None
        if prev is not None and not prev.closed and prev.close < seg.open and \
                text[prev.close: seg.open].strip(" \u00a0\u202f\t\r\n") == "" and \
                "\n" in text[prev.close: seg.open] and text[seg.open] in "«»\"“":
            out[-1] = Segment(prev.open, seg.close, prev.start, seg.end, seg.closed)
        else:
            out.append(seg)
    return out


# a quotation left open may run over at most this many paragraphs with no mark at all
MAX_UNMARKED_PARAGRAPHS = 8


def _closed_paragraphs_later(text: str, segments: list[Segment], left_open: list[int],
                             strays: list[int]) -> list[Segment]:
    """A quoted letter or statement set as a block: `« Monsieur le ministre,` opening its
    first paragraph, the paragraphs after it with no mark at all, and the mark closing it
    at the end of a later one (`… concernées. »`, a closing mark with nothing open). One
    quotation from the opening mark to that closing mark."""
    for opener in left_open:
        line_start = text.rfind("\n", 0, opener) + 1
        if text[line_start:opener].strip(" \u00a0\u202f\t"):
            continue  # (opening its paragraph only)
        p_end = text.find("\n", opener) % (len(text) + 1)
        closer = next((i for i in strays if i > p_end), None)
        if closer is None or MARKS.search(text, p_end, closer) or \
                text.count("\n", p_end, closer) > MAX_UNMARKED_PARAGRAPHS or \
                text[closer - 1: closer].strip(" \u00a0\u202f") not in {".", "!", "?", "…", ""}:
            continue
        start, end = _trim(text, opener + 1, closer)
        segments = [seg for seg in segments if not opener <= seg.open < closer] + \
            [Segment(opener, closer, start, end)]
    return segments


def _unclosed(text: str, opener: int, close: int, out: list[Segment], least: int = 15
              ) -> None:
    """Add the segment of a quotation never closed, up to `close`, when it carries `least`
    characters: at a paragraph's end some words (a stray mark opens short ones); where the
    next quotation opens after a sentence's end, any."""
    start, end = _trim(text, opener + 1, close)
    if end - start >= least:
        out.append(Segment(opener, close, start, end, closed=False))


def _close(text: str, stack: list[tuple[str, int]], i: int, out: list[Segment]) -> None:
    _, opener = stack.pop()
    if stack:  # nested: the outer segment will cover it
        return
    start, end = _trim(text, opener + 1, i)
    if end > start:
        out.append(Segment(opener, i, start, end))


_GLOSS_BETWEEN = re.compile(r"[ \u00a0\u202f]*\([ \u00a0\u202f]*")
_GLOSS_AFTER = re.compile(r"[ \u00a0\u202f]*(?:,[^()«»“”\n]{0,40})?\)?[ \u00a0\u202f]*[.,]?")


def translation_pairs(text: str, start: int, end: int, segments: list[Segment]
                      ) -> tuple[Segment, Segment] | None:
    """The two quotations of a span that is one quotation and its translation in brackets
    (`« We failed our customers » (« Nous avons failli envers nos clients », en anglais)`):
    the same words said twice, each a quotation of its own (one quote each, the speaker and
    cue shared); None for any other span. A span of the bracket alone (`« I played well »
    (« J'ai bien joué »), a résumé X`: the incise's content stopped at the bracket) takes
    the quotation right before it."""
    if text[start:start + 1] == "(" and (before := next(
            (s for s in segments if s.closed and s.outer_end <= start and
             not text[s.outer_end:start].strip(" \u00a0\u202f")), None)) is not None:
        start = before.open
    inner = [s for s in segments if start <= s.open < end and s.closed]
    if len(inner) != 2 or text[start: inner[0].open].strip(" \u00a0\u202f"):
        return None
    first, second = inner
    if not _GLOSS_BETWEEN.fullmatch(text, first.outer_end, second.open) or \
            "(" not in text[first.outer_end: second.open] or \
            not _GLOSS_AFTER.fullmatch(text, second.outer_end, max(end, second.outer_end)):
        return None
    return first, second
