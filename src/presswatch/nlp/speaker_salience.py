"""How salient each earlier referent is where a mention stands: the people named and the
speakers already resolved, ranked by recency, subjecthood and centering.

Split from `speakers.py`: pronouns, demonstratives and role phrases all ask the same
question (who, of those agreeing, was in focus just before?), so the referents and their
ranking live here once.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import marks_a_contrast
from presswatch.nlp.marks import find_segments
from presswatch.nlp.people import People, Person
from presswatch.nlp.spans import inside_segment
from presswatch.nlp.speaker_pronouns import (
    credit_spans,
    in_the_lede_opening,
    plural_subject_between,
)
from presswatch.textutil import doc_cache, doc_text

# Salience of antecedents, in characters of recency (a subject 150 characters further back
# ties with a non-subject right before). Set on the seed-* and dip-* dev articles.
PRONOUN_WINDOW_CHARS = 700
T = TypeVar("T")
# `…, expliquent-ils` takes up a group quoted before from further back: plural speakers
# are few, and a singular one between them cannot be what `ils` means
PLURAL_SPEAKER_WINDOW_CHARS = 1400
SUBJECT_BONUS = 150
PERSON_BONUS = 60
UNKNOWN_GENDER_PENALTY = 120
SPEAKER_BONUS = 200
# Centering: the subject of the sentence just before (or of the pronoun's own sentence) is
# what a pronoun continues, over an earlier speaker (`X, se préparant …, s'est remémoré …
# Il a ajouté : « … »` after Y spoke). 250 outweighs SPEAKER_BONUS (200), so a speaker two
# sentences back loses to the last sentence's subject; set on the tuning part, neutral on
# the blind part.
PREVIOUS_SUBJECT_BONUS = 250
# a role description (`l'édile`) may point back to anyone introduced earlier
ROLE_WINDOW_CHARS = 4000
# how far after a quotation its incise's mention stands (`», a-t-elle déclaré mardi à …`)
INCISE_CHARS = 40
# `l'intéressé` takes up a person named as an object this far back (in sentences)
CONCERNED_SENTENCES_BACK = 2
# how many sentences back the pair an ordinal takes up may be named, those between naming
# nobody (the ordinals' own sentences among them)
ORDINAL_GAP = 3
CLAUSE_PUNCTUATION = frozenset({",", ";", ")", "]"})
"""Marks inside a sentence: a sentence the parser opens on one continues the one before."""


@dataclass(slots=True)
class Referent:
    """Something a later pronoun may point to: a person or a quoted source."""

    char: int
    speaker: str
    gender: str  # m, f, p (plural) or ""
    is_person: bool
    is_subject: bool
    is_speaker: bool = False

SOURCE_OPENINGS = frozenset({"selon", "d'après", "d’après"})


def relayed_by_source(token: Token) -> bool:
    """Whether `token` follows the comma of a source phrase opening its sentence
    (`Selon l'agence X, il a déclaré …`)."""
    sent = token.sent
    first = " ".join(t.lower_ for t in sent[:2]).replace("d' ", "d'").replace("d’ ", "d’")
    comma = next((t.i for t in sent if t.text == ","), None)
    return (sent[0].lower_ in SOURCE_OPENINGS or first.startswith(("d'après", "d’après"))) \
        and comma is not None and comma < token.i


class Salience:
    """The referents of one Doc (its named people, then each resolved speaker) and the
    antecedent searches over them."""

    def __init__(self, doc: Doc, people: People) -> None:
        self.doc = doc
        self.people = people
        self.referents: list[Referent] = []
        # sentences of the narration: one that starts inside a quotation (`« A ? B »,
        # dit-il`) continues the sentence the quotation opened, for centering
        segments = doc_cache(doc, "segments", find_segments)
        # (nor one the parser opened on a comma, `, la levée de …`: no French sentence
        # starts there, and counting it would push the subject before out of centering)
        # (nor one the parser opened inside a name or right after it on a word,
        # `Ilias` | `Koronen` | `s'est montré …`)
        inside_names = {doc[k].idx for m in people.mentions for k in range(m.start + 1, m.end)
                        } | {doc[m.end].idx for m in people.mentions if m.end < len(doc) and
                             not doc[m.end].is_punct and not doc[m.end].is_space}
        self.sentence_starts = [sent[0].idx for sent in doc.sents
                                if not inside_segment(sent[0].idx, segments) and
                                sent[0].text not in CLAUSE_PUNCTUATION and
                                sent[0].idx not in inside_names] or [0]
        # where each quotation ends: the one right before a mention is its speaker's words
        self._quoted_ends = [seg.outer_end for seg in segments]
        self._quoted_spans = [(seg.open, seg.outer_end) for seg in segments]
        credits = credit_spans(doc)  # (`(Photo Marie Gouin)`: who took the picture)
        for m in people.mentions:
            if m.quoted or any(a <= doc[m.start].idx < b for a, b in credits):
                continue
            self.referents.append(Referent(doc[m.start].idx, m.person.full_name,
                                           m.person.gender, True, m.is_subject))

    def _distance(self, before: int, char: int) -> int:
        """Characters between an antecedent and a mention, less the quotation that ends
        right before the mention (`« … », a-t-elle déclaré`): those are the words of the
        speaker the mention names, and they push nobody out of reach."""
        k = bisect.bisect_right(self._quoted_ends, char) - 1
        if k >= 0 and char - self._quoted_ends[k] <= INCISE_CHARS and \
                self._quoted_spans[k][0] > before:
            return char - before - (self._quoted_spans[k][1] - self._quoted_spans[k][0])
        return char - before

    def _sentence_of(self, char: int) -> int:
        """Index of the sentence holding `char` (for centering)."""
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def note_speaker(self, char: int, speaker: str, gender: str, is_person: bool) -> None:
        """Record a resolved quote speaker as a referent for later pronouns."""
        self.referents.append(Referent(char, speaker, gender, is_person, True, True))

    def _last_char_of(self, speaker: str, before: int) -> int:
        """Where the referent `speaker` was last mentioned before `before` (a character
        offset), or -1."""
        return max((r.char for r in self.referents if r.speaker == speaker and
                    r.char < before), default=-1)

    def _last_two_persons(self, char: int) -> str | None:
        """`les deux dirigeants`: the two people named last before `char`, in the order
        the article named them, as one joint speaker."""
        seen = _last_two(((r.char, r.speaker) for r in self.referents
                          if r.is_person and " et " not in r.speaker), char)
        return " et ".join(name for _c, name in sorted(seen)) if seen else None

    def _subject_pair_before(self, pronoun: Token) -> str | None:
        """`Marie Dupont et Paul Roux ont quitté le parti. Ils …`: two people named as the
        coordinated subject of this or the last sentence, as one joint speaker."""
        here = self._sentence_of(pronoun.idx)
        mentions = [m for m in self.people.mentions if m.start < pronoun.i and m.is_subject
                    and not m.quoted and here - self._sentence_of(self.doc[m.start].idx) <= 1]
        for first, second in reversed(list(itertools.pairwise(mentions))):  # latest first
            between = [t.lower_ for t in self.doc[first.end:second.start]]
            if between == ["et"] and first.person is not second.person:
                return f"{first.person.full_name} et {second.person.full_name}"
        return None

    def _pair_named_before(self, pronoun: Token, gender: str) -> str | None:
        """`… deux piliers, A et B. La présidente les a présentés. « … », ont-ils
        assuré`: with no plural referent, the last two people named side by side (`A et
        B`) within reach, as one joint speaker, when their genders agree with the pronoun
        (`elles`: no man; `ils`: a man or an unknown gender among them) and no plural
        subject of the narration came since (`Les commerçants ont manifesté. Ils …` is
        the group)."""
        if gender != "p":
            return None
        mentions = [m for m in self.people.mentions if m.start < pronoun.i and not m.quoted
                    and pronoun.idx - self.doc[m.start].idx <= PRONOUN_WINDOW_CHARS]
        for first, second in reversed(list(itertools.pairwise(mentions))):  # latest first
            if self._side_by_side([first, second]) is None:
                continue
            genders = {first.person.gender, second.person.gender}
            feminine = pronoun.lower_.lstrip("-").startswith("elle") or \
                "Fem" in morph(pronoun, "Gender")
            if (feminine and "m" in genders) or (not feminine and genders == {"f"}) or \
                    plural_subject_between(self.doc, second.end, pronoun.i):
                return None
            return f"{first.person.full_name} et {second.person.full_name}"
        return None

    def _paragraph_topic(self, pronoun: Token, gender: str,
                         found: tuple[str | None, str, bool]) -> tuple[str | None, str, bool]:
        """`Le maire, X, a présenté le projet. [a long paragraph naming nobody] « … »,
        a-t-il assuré`: with nobody of its gender within reach, a singular pronoun
        continues the last person of its gender who was a subject in its own paragraph
        (the paragraph's topic), before any institution named on the way (`financée
        par la région et le département`); else `found`."""
        if found[0] is not None or gender not in {"m", "f"}:
            return found
        text = doc_text(self.doc)
        topics = [r for r in self.referents if r.is_person and r.is_subject and
                  r.gender == gender and r.char < pronoun.idx and
                  "\n" not in text[r.char:pronoun.idx]]
        if not topics:
            return found
        r = max(topics, key=lambda r: r.char)
        return r.speaker, r.gender, True

    def _named_after_lede(self, pronoun: Token, gender: str,
                          found: tuple[str | None, str, bool]) -> tuple[str | None, str, bool]:
        """`Pour elle, ce match « est une renaissance ». Blessée …, la capitaine, Léa
        Ortiz, a retrouvé …`: a singular pronoun in the body's first sentence that nothing
        before takes up names the first person of its gender named after it, in its
        sentence or the next (cataphora); else `found` (nobody)."""
        if found[0] is not None or gender not in {"m", "f"} or \
                not in_the_lede_opening(self.doc, pronoun):
            return found
        here = self._sentence_of(pronoun.idx)
        for m in self.people.mentions:
            if m.start > pronoun.i and not m.quoted and m.person.gender == gender and \
                    self._sentence_of(self.doc[m.start].idx) - here <= 1:
                return m.person.full_name, gender, True
        return found

    def _pair_member_before(self, token: Token, which: int) -> Person | None:
        """`le président A et le directeur B …, le premier assurant que …`: the first
        (`which` 0) or second (1) of the last two people named side by side, joined by
        `et` and at most a title, in this sentence or the one before; else of the only
        two people the last sentence naming anyone names. (`A et B ont débattu. La
        première a dit … Le second a rétorqué …`: when the sentence before names nobody,
        the pair may be one sentence further back.)"""
        here = self._sentence_of(token.idx)
        named = [(self._sentence_of(self.doc[m.start].idx), m) for m in self.people.mentions
                 if m.start < token.i and not m.quoted]
        last = max((s for s, _m in named), default=here)
        # (a sentence or two naming nobody may come between: `A et B ont débattu. Jeudi,
        # les deux hommes … Le premier a promis … Le second a répondu …`)
        anchor = here if last >= here - 1 else last if last >= here - ORDINAL_GAP else here
        mentions = [m for s, m in named if anchor - s <= 1]
        if (pair := self._side_by_side(mentions)) is not None:
            return pair[which]
        # `Luc Berger a croisé Marco Rossi. « … », a lâché le premier`: the two people
        # one sentence names (and it names no third), in the order it names them
        for sent in sorted({self._sentence_of(self.doc[m.start].idx) for m in mentions},
                           reverse=True):
            persons: list[Person] = []
            for m in mentions:
                if self._sentence_of(self.doc[m.start].idx) == sent and \
                        m.person not in persons:
                    persons.append(m.person)
            if len(persons) == 2:
                return persons[which]
            if persons:
                break
        # `A et B ont signé …. Un supporter, C, a dénoncé …. Le second lui a répondu`: one
        # person named since is no pair; the pair named side by side before is
        pair = self._side_by_side([m for _s, m in named if token.idx - self.doc[m.start].idx
                                   <= PRONOUN_WINDOW_CHARS])
        return self._joint_member_before(token.idx, which) or (
            pair[which] if pair is not None else self._last_two_named(token.idx, which))

    def _last_two_named(self, char: int, which: int) -> Person | None:
        """`A a reçu son homologue B …. Les deux dirigeants ont esquivé. Le premier a jugé
        …`: with no pair named side by side, the two people named last, in the order the
        article introduced them."""
        seen = _last_two(((self.doc[m.start].idx, m.person) for m in self.people.mentions
                          if not m.quoted), char)
        return sorted((p for _c, p in seen), key=lambda p: min(p.positions))[which] \
            if seen else None

    def _side_by_side(self, mentions: list) -> tuple[Person, Person] | None:
        """The last two people of `mentions` named side by side, joined by `et` and at
        most a title (`le président A et le directeur B`), or None."""
        for first, second in reversed(list(itertools.pairwise(mentions))):  # latest first
            between = self.doc[first.end:second.start]
            if between[:1].text == "et" and len(between) <= 4 and \
                    first.person is not second.person and \
                    not any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in between):
                return first.person, second.person
        return None

    def _joint_member_before(self, char: int, which: int) -> Person | None:
        """`Les deux femmes ont été reçues … Elles ont réclamé … La première a rapporté`:
        the pair a plural mention just took up as one joint speaker (`A et B`), when no
        sentence names the two side by side; its first or second member."""
        joint = [r for r in self.referents if r.is_speaker and r.char < char and
                 char - r.char <= PRONOUN_WINDOW_CHARS and r.speaker.count(" et ") == 1]
        if not joint:
            return None
        names = max(joint, key=lambda r: r.char).speaker.split(" et ")
        return next((p for p in self.people.persons if p.full_name == names[which]), None)

    def _last_person(self, char: int, gender: str) -> tuple[str | None, str, bool]:
        """`Ce dernier`, `celle-ci`: the person named last before `char`."""
        before = [r for r in self.referents if r.is_person and r.char < char and
                  r.gender in {gender, ""} and not r.is_speaker]
        if not before:
            return None, gender, False
        r = max(before, key=lambda r: r.char)
        return r.speaker, r.gender, True

    def _talked_about(self, char: int, gender: str) -> tuple[str, str, bool] | None:
        """`l'intéressé`: the person the last sentences talked about, named last as an
        object or a complement there (`X a salué le buteur, Lucas Mirande. « … », s'est
        réjoui X. L'intéressé …`), not the one who spoke of them; None when those
        sentences name people only as subjects (`X a nié …. « … », a assuré l'intéressé`)."""
        here = self._sentence_of(char)
        about = [r for r in self.referents if r.is_person and not r.is_subject and
                 not r.is_speaker and r.char < char and r.gender in {gender, ""} and
                 here - self._sentence_of(r.char) <= CONCERNED_SENTENCES_BACK]
        if not about:
            return None
        r = max(about, key=lambda r: r.char)
        return r.speaker, r.gender, True

    def _contrasted_speaker(self, token: Token) -> str | None:
        """The last quote's speaker when a contrast marker (`de son côté`) says the
        mention at `token` is someone else; the source of an opening `Selon X,` when the
        mention is the subject of a report inside what X relays (`D'après l'agence, il a
        ajouté que …`: X tells what someone else said)."""
        # (`doc_text`, the doc's text once per doc: `Doc.text` joins every token's text
        # again at each call, and this runs once per resolved mention)
        start = token.sent.start_char if relayed_by_source(token) else len(doc_text(self.doc))
        if not marks_a_contrast(token.sent, token.i) and start >= token.idx:
            return None
        said = [r for r in self.referents if r.is_speaker and r.char < token.idx and
                (start >= token.idx or r.char >= start)]
        return max(said, key=lambda r: r.char).speaker if said else None

    def _antecedent(self, char: int, gender: str, persons_only: bool = False,
                    subjects_first: bool = True, window: int = 0,
                    among: set[str] | None = None, exclude: str | None = None
                    ) -> tuple[str | None, str, bool]:
        """The most salient earlier referent agreeing in gender: recent, preferably a
        subject or a quote's speaker (centering in its simplest form), other than
        `exclude`."""
        best, best_score = None, float("-inf")
        for r in self.referents:
            reach = window or (PLURAL_SPEAKER_WINDOW_CHARS if gender == "p" and
                               r.is_speaker else PRONOUN_WINDOW_CHARS)
            if not (r.char < char and self._distance(r.char, char) <= reach) or \
                    r.speaker == exclude:
                continue
            if (persons_only and not r.is_person) or (among is not None and
                                                      r.speaker not in among):
                continue
            if gender == "p":
                if r.gender != "p":
                    continue
                score = 0.0
            elif gender in {"m", "f"}:
                if r.gender not in {gender, ""}:
                    continue
                score = 0.0 if r.gender == gender else -UNKNOWN_GENDER_PENALTY
            else:
                score = 0.0
            score += r.char
            if subjects_first and r.is_subject:
                score += SUBJECT_BONUS
                if self._sentence_of(char) - self._sentence_of(r.char) in {0, 1}:
                    score += PREVIOUS_SUBJECT_BONUS
            if r.is_person:
                score += PERSON_BONUS
            if r.is_speaker:
                score += SPEAKER_BONUS
            if score > best_score:
                best, best_score = r, score
        if best is None:
            return None, gender, False
        return best.speaker, best.gender, best.is_person


def _last_two(mentions: Iterable[tuple[int, T]], char: int) -> list[tuple[int, T]]:
    """The last two different things (speaker strings, people) of `(offset, thing)`
    `mentions` before `char` and within the pronoun window, latest first; empty when
    there are fewer. `les deux dirigeants` and `le premier … le second` both look back for
    the last pair; what they look at and how they order it differ."""
    found: list[tuple[int, T]] = []
    for at, thing in sorted(mentions, key=lambda m: -m[0]):
        if at < char and char - at <= PRONOUN_WINDOW_CHARS and \
                thing not in [other for _a, other in found]:
            found.append((at, thing))
            if len(found) == 2:
                return found
    return []
