"""Resolve each quote's speaker mention to what the article says the speaker is.

Names go to the fullest form of that person in the article; `M.`/`Mme` + surname and bare
surnames to the person with that surname (gender and recency separate namesakes);
pronouns to the most salient earlier referent of the same gender; role descriptions to
the person the article equates them with (apposition, or shared role words); institutions
and anonymous sources stay descriptions as written.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import marks_a_contrast
from presswatch.nlp.marks import find_segments
from presswatch.nlp.mention_forms import (
    FORMER_MARKERS,
    GENERIC_QUALIFIERS,
    INDEFINITES,
    NAMING_POS,
    POSSESSIVE_DETERMINERS,
    definite_singular,
    described_as,
    description,
    determiner_gender,
    is_demonym,
    is_plural,
    morph_gender,
    relative_antecedent,
    unlisted_name,
)
from presswatch.nlp.people import STOP_DESCRIPTORS, People, Person, build_people, is_title
from presswatch.nlp.spans import inside_segment
from presswatch.nlp.speaker_consistency import (
    in_the_first_person_singular,
    neighbour_speaker,
    same_role_same_person,
)
from presswatch.textutil import doc_cache, doc_text, fold

PRONOUN_GENDER = {"il": "m", "-t-il": "m", "-il": "m", "lui": "m", "elle": "f", "-t-elle": "f",
                  "-elle": "f", "ils": "p", "-ils": "p", "-t-ils": "p", "elles": "p",
                  "-elles": "p", "eux": "p", "on": "", "-on": "", "-t-on": ""}
# folded, as mentions are compared folded
SAME_SOURCE = frozenset({"cette source", "la meme source", "cette meme source",
                         "ladite source"})
"""Mentions that take up the source quoted last rather than naming one (folded)."""
DEMONSTRATIVES = {"ce dernier": "m", "cette derniere": "f", "celui-ci": "m", "celle-ci": "f"}
# Salience of antecedents, in characters of recency (a subject 150 characters further back
# ties with a non-subject right before). Set on the seed-* and dip-* dev articles.
PRONOUN_WINDOW_CHARS = 700
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


@dataclass(slots=True)
class Referent:
    """Something a later pronoun may point to: a person or a quoted source."""

    char: int
    speaker: str
    gender: str  # m, f, p (plural) or ""
    is_person: bool
    is_subject: bool
    is_speaker: bool = False


class SpeakerResolver:
    """Turns mention spans into speaker strings for one Doc."""

    def __init__(self, doc: Doc, people: People, lex: Lexicon,
                 mention_chars: frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.people = people
        self.lex = lex
        self.mention_chars = mention_chars  # where the article's quotes name their speakers
        self.referents: list[Referent] = []
        # sentences of the narration: one that starts inside a quotation (`« A ? B »,
        # dit-il`) continues the sentence the quotation opened, for centering
        segments = doc_cache(doc, "segments", find_segments)
        self.sentence_starts = [sent[0].idx for sent in doc.sents
                                if not inside_segment(sent[0].idx, segments)] or [0]
        for m in people.mentions:
            if m.quoted:
                continue
            self.referents.append(Referent(doc[m.start].idx, m.person.full_name,
                                           m.person.gender, True, m.is_subject))

    def _sentence_of(self, char: int) -> int:
        """Index of the sentence holding `char` (for centering)."""
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def can_speak(self, start: int, end: int) -> bool:
        """Whether the mention at these characters is headed by a name or a noun of the
        speaker lexicon (`le parquet`, `la SNCF`): only those are taken up by a later `il`.
        A thing a faulty parse made a subject (`Son propos figurait …`) is not."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return bool(self.lex.noun_class(root)) or root.pos_ == "PROPN" or \
            bool(root.ent_type_) or is_title(root) or any(
                t.ent_type_ == "PER" or is_title(t) for t in span if t.i < root.i)

    def note_speaker(self, char: int, speaker: str, gender: str, is_person: bool) -> None:
        """Record a resolved quote speaker as a referent for later pronouns."""
        self.referents.append(Referent(char, speaker, gender, is_person, True, True))

    # -- public ------------------------------------------------------------------------
    def resolve(self, span: tuple[int, int], *, one_person: bool = False
                ) -> tuple[str | None, str, bool]:
        """Return (speaker, gender, is_person) for a mention token span. `one_person`
        says the words were one person's (`je`): a pronoun then does not take up an
        institution or a collective (`la majorité de la population …`)."""
        doc = self.doc
        tokens = [t for t in doc[span[0]: span[1]] if not t.is_space]
        if not tokens:
            return None, "", False
        text = doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])]
        low = fold(text)
        if low.lstrip("-") in {"on", "l'on"}:
            return None, "", False  # `confie-t-on`: nobody identifiable
        if low in SAME_SOURCE:
            # `Selon cette source`, `La même source ajoute`: the source quoted last
            before = [r for r in self.referents if r.is_speaker and r.char < tokens[0].idx]
            if before:
                last = max(before, key=lambda r: r.char)
                return last.speaker, last.gender, last.is_person
        if low in DEMONSTRATIVES:
            found = self._last_person(doc[span[0]].idx, DEMONSTRATIVES[low])
            role = self._last_role_mention(doc[span[0]], DEMONSTRATIVES[low])
            if role is not None and (found[0] is None or doc[role[0]].idx >
                                     self._last_char_of(found[0], doc[span[0]].idx)):
                # `… écrivent au proviseur. Ce dernier répond`: the role, or the person
                # the article describes with it
                head = doc[role[0]: role[1]].root
                described = [p for p in self.people.persons
                             if fold(head.lemma_) in p.descriptors]
                if len(described) == 1:
                    return described[0].full_name, described[0].gender, True
                text = doc_text(doc)[doc[role[0]].idx: doc[role[1] - 1].idx +
                                     len(doc[role[1] - 1])]
                if role[0] > 0 and doc[role[0] - 1].lower_ == "au":
                    text = "le " + text  # `écrivent au proviseur`
                return description(text), DEMONSTRATIVES[low], True
            return found
        if len(tokens) == 1 and fold(tokens[0].text) in PRONOUN_GENDER:
            gender = PRONOUN_GENDER[fold(tokens[0].text)]
            found = self._antecedent(tokens[0].idx, gender,
                                     exclude=self._contrasted_speaker(tokens[0]))
            # `La ministre a reçu … Elle s'est dite …`, or `Le sélectionneur, lui, s'est
            # montré prudent. « … », a-t-il écrit` after someone else was named: a role
            # subject more recent than any named antecedent is the one continued
            role = self._role_subject_before(tokens[0], gender)
            if role is not None and one_person and (
                    self.lex.noun_class(doc[role[0]: role[1]].root) == "institution" or
                    "Plur" in morph(doc[role[0]: role[1]].root, "Number")):
                role = None  # `je` is neither an institution nor several people
            if role is not None and (found[0] is None or self.doc[role[0]].idx >
                                     self._last_char_of(found[0], tokens[0].idx)):
                return self.resolve(role)
            if found[0] is None and gender == "p":
                pair = self._subject_pair_before(tokens[0])
                if pair is not None:
                    return pair, "p", True  # `A et B ont quitté le parti. Ils …`
            if found[0] is None and not one_person:
                # nobody to continue: an institution named just before, subject or not
                # (`il devient impossible pour la Société … de lutter », a-t-elle déclaré`)
                role = self._role_subject_before(tokens[0], gender, subjects_only=False) \
                    or self._organisation_before(tokens[0], gender)
                if role is not None:
                    return self.resolve(role)
            return found
        if low == "qui":
            # `l'opposition, qui conteste …` that the parse did not attach as a relative
            antecedent = relative_antecedent(tokens[0])
            return self.resolve(antecedent) if antecedent else (None, "", False)
        head = self._head(tokens)
        persons = self._persons_in(span)
        if persons:
            names = []
            for p in persons:
                if p.full_name not in names:
                    names.append(p.full_name)
            gender = persons[0].gender if len(persons) == 1 else "p"
            return " et ".join(names), gender, True
        unknown = unlisted_name(tokens, head, self.lex)
        if unknown:
            return unknown, determiner_gender(tokens), True
        # `l'ex-ministre` holds the role noun after its prefix
        # the text form too: a tagger may read a noun as a participle (`l'opposant`)
        noun = self.lex.speaker_nouns.get(head.lemma_.lower().removeprefix("ex-")) or \
            self.lex.speaker_nouns.get(head.lower_.removeprefix("ex-"))
        if noun is None and is_demonym(tokens, head, self.lex):
            noun = ("role", determiner_gender(tokens) or "-")  # `a admis l'Allemand`
        if noun and noun[0] == "group" and definite_singular(tokens, head):
            noun = ("role", noun[1])  # `l'opposant de 75 ans`: one person, described
        if ((noun and noun[0] == "role") or len(tokens) == 2) and \
                tokens[0].lower_ in {"les", "ces"} and tokens[1].lower_ == "deux":
            pair = self._last_two_persons(doc[span[0]].idx)
            if pair:
                return pair, "p", True  # `Les deux dirigeants ont appelé à …`
        if (noun and noun[0] == "role") or self.lex.role_words(low):
            noun = noun or ("role", "-")
            person = self._by_role(tokens, head, doc[span[0]].idx)
            if person is not None:
                return person.full_name, person.gender, True
            gender = "p" if is_plural(tokens, head) else \
                determiner_gender(tokens) or (noun[1] if noun[1] in {"m", "f"} else "")
            return description(text), gender, True
        if not any(t.pos_ in NAMING_POS or t.ent_type_ for t in tokens):
            # `Debout, …`, `Tous …`, `celle …`: the parse's subject is a word naming nobody
            return None, "", False
        named = self._named_after_preposition(tokens)
        if named is not None:
            return self.resolve(named)
        gender = morph_gender(head)
        if "Plur" in morph(head, "Number"):
            gender = "p"
        return description(text), gender, head.ent_type_ == "PER"

    # -- helpers -----------------------------------------------------------------------
    def _role_nouns_before(self, anchor: Token, gender: str, classes: set[str]
                           ) -> Iterator[Token]:
        """Nouns of a lexicon class before `anchor` (plural for a plural pronoun, singular
        otherwise), nearest first, within the pronoun window, outside quotations (`Selon
        lui, le président a évoqué …` is reported, not the topic), not contradicting
        `gender`."""
        doc = self.doc
        for t in reversed(doc[max(0, anchor.i - 150): anchor.i]):
            if anchor.idx - t.idx > PRONOUN_WINDOW_CHARS:
                return
            if t.pos_ != "NOUN":  # (the tag first: few words are nouns of the lexicon)
                continue
            noun = self.lex.speaker_nouns.get(t.lemma_.lower())
            # a plural `ils` takes up a plural noun (`Les signataires … Ils ont appelé`)
            if not noun or noun[0] not in classes or \
                    ("Plur" in morph(t, "Number")) != (gender == "p"):
                continue
            if any(q["start"] <= t.idx < q["end"] for q in doc._.quotes or []):
                continue
            own = determiner_gender(list(doc[t.left_edge.i: t.i + 1])) or morph_gender(t) or (
                noun[1] if noun[1] in {"m", "f"} else "")
            if gender in {"m", "f"} and own in {"m", "f"} and own != gender:
                continue
            yield t

    def _role_subject_before(self, pronoun: Token, gender: str, subjects_only: bool = True
                             ) -> tuple[int, int] | None:
        """The last subject before ``pronoun`` that is a role or institution noun agreeing
        with it: the antecedent when no named person or speaker is, or when it came after
        them (`Le parquet a ouvert une enquête. Il précise …`). With `subjects_only` off,
        the last institution noun in any function (the last resort when nobody else is)."""
        if gender not in {"m", "f", "p"}:
            return None
        classes = ({"role", "group", "institution"} if gender == "p" else
                   {"role", "institution"}) if subjects_only else {"institution"}
        for t in self._role_nouns_before(pronoun, gender, classes):
            if t.dep_.startswith("nsubj") or not subjects_only:
                # the whole description: `le ministre de l'Intérieur`, `la présidente sortante`
                right = max([t.i] + [c.right_edge.i for c in t.children if c.i > t.i and
                                     c.dep_ in {"nmod", "amod", "flat:name", "appos"}])
                return t.left_edge.i, right + 1
        return None

    def _organisation_before(self, pronoun: Token, gender: str) -> tuple[int, int] | None:
        """The last organisation named with an article agreeing with `pronoun`
        (`… force la SOPFEU à faire des choix. « … », a-t-elle déclaré`), outside
        quotations and within the pronoun window: the last resort when nobody else is."""
        doc = self.doc
        for ent in reversed([e for e in doc.ents if e.end <= pronoun.i]):
            if pronoun.idx - ent.start_char > PRONOUN_WINDOW_CHARS:
                return None
            if ent.label_ != "ORG" or ent.start == 0 or \
                    any(q["start"] <= ent.start_char < q["end"] for q in doc._.quotes or []):
                continue
            after_preposition = ent.start > 1 and doc[ent.start - 2].pos_ == "ADP"
            if determiner_gender([doc[ent.start - 1]]) == gender and not after_preposition:
                return ent.start - 1, ent.end  # (`un train de la SNCF` names no speaker)
        return None

    def _last_role_mention(self, demonstrative: Token, gender: str) -> tuple[int, int] | None:
        """`ce dernier`, `cette dernière`: the last role noun before it with an article of
        its own, subject or not (the last-named person competes in `resolve`). A role in
        apposition to a name is that person's (`Paul Roux, le président du Sénat`), and a
        role without article is a job title (`son poste de directeur`): neither counts."""
        doc = self.doc
        for t in self._role_nouns_before(demonstrative, gender, {"role"}):
            article = [c for c in t.children if c.dep_ == "det" and c.i < t.i and
                       c.lower_ not in POSSESSIVE_DETERMINERS]
            after_au = t.i > 0 and doc[t.i - 1].lower_ == "au"
            apposed = (t.dep_ == "appos" and t.head.ent_type_ == "PER") or any(
                c.dep_ == "appos" and c.ent_type_ == "PER" for c in t.children) or (
                t.i > 1 and doc[t.i - 1].pos_ == "DET" and doc[t.i - 2].text == "," and
                doc[t.i - 3].ent_type_ == "PER")
            if apposed:
                return None
            if not article and not after_au:
                continue
            left = min([t.i] + [c.i for c in t.children if c.dep_ in {"det", "amod"} and
                                c.i < t.i])
            right = max([t.i] + [c.right_edge.i for c in t.children if c.i > t.i and (
                c.dep_ == "amod" or (c.dep_ == "nmod" and any(
                    g.dep_ == "case" and g.lower_ in {"de", "du", "des", "d'", "d’"}
                    for g in c.children)))])
            return left, right + 1
        return None

    def _last_char_of(self, speaker: str, before: int) -> int:
        """Where the referent `speaker` was last mentioned before `before` (a character
        offset), or -1."""
        return max((r.char for r in self.referents if r.speaker == speaker and
                    r.char < before), default=-1)

    def _persons_in(self, span: tuple[int, int]) -> list[Person]:
        out: list[Person] = []
        for i in range(span[0], span[1]):
            m = self.people.mention_at(i)
            if m is None or m.person in out:
                continue
            # `le président de la République`, `le conseiller de M. X`: a name inside a
            # complement of the head noun is not the speaker
            if self._in_complement(span, m.start):
                continue
            out.append(m.person)
        if not out:
            # a surname that the NER did not tag in this sentence
            for t in self.doc[span[0]: span[1]]:
                if t.pos_ == "PROPN" and t.text[:1].isupper() and \
                        not self._in_complement(span, t.i):
                    prev = self.doc[t.i - 1] if t.i > span[0] else None
                    first = prev.text if prev is not None and prev.pos_ == "PROPN" and \
                        prev.text[:1].isupper() else None
                    p = self.people.by_surname(t.text, first=first, before=t.idx)
                    if p is not None and p not in out:
                        out.append(p)
        return out

    def _in_complement(self, span: tuple[int, int], i: int) -> bool:
        """`le président de la République`, `le responsable du CHU Pellegrin`: a name in a
        complement of the head noun is not the speaker."""
        return self.doc[span[0]].pos_ in {"DET", "NOUN"} and any(
            self.doc[k].lower_ in {"de", "du", "des", "d'", "d’"}
            for k in range(max(span[0], i - 3), i))

    @staticmethod
    def _head(tokens: list[Token]) -> Token:
        ids = {t.i for t in tokens}
        for t in tokens:
            if t.head.i not in ids or t.head is t:
                return t
        return tokens[0]

    def _by_role(self, tokens: list[Token], head: Token, char: int) -> Person | None:
        """A role-only mention (`le chef de la diplomatie russe`) names the person the
        article describes with the same role words; failing that, the most salient person
        whose description does not contradict it (another nationality)."""
        words = {fold(t.lemma_) for t in tokens if t.pos_ in {"NOUN", "ADJ", "PROPN"}} - \
            STOP_DESCRIPTORS
        words |= {fold(t.text) for t in tokens if t.pos_ in {"ADJ", "PROPN"}}
        phrase = fold(doc_text(self.doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])])
        words |= self.lex.role_words(phrase)
        if is_plural(tokens, head) or tokens[0].lower_ in INDEFINITES:
            return None  # `les économistes de BNP Paribas`, `un conseiller`: nobody named
        nationality = words & self.lex.nationalities
        head_word = fold(head.lemma_).removeprefix("ex-")
        qualifiers = {fold(t.text) for t in head.children if t.pos_ == "ADJ" and
                      t.dep_ in {"amod", "nmod"} and t.i > head.i} - \
            self.lex.nationalities - GENERIC_QUALIFIERS
        # a current function other than the one a person holds names someone else; a former
        # one (`l'ancien maire de Lyon` for the minister) is the press's elegant variation
        current_role = head_word in self.lex.role_nouns - self.lex.affiliations and not any(
            (word := fold(t.text)) in FORMER_MARKERS or word.startswith("ex-") for t in tokens)
        best, best_score = None, 0.0
        compatible: list[Person] = []
        # `l'avocate` elides the determiner: the noun's own form then says the gender
        said_gender = determiner_gender(tokens) or self._noun_gender(head)
        for p in self.people.persons:
            if said_gender == "f" and p.gender == "m":
                continue  # `la présidente du groupe` is no man
            if said_gender == "m" and described_as(p) == "f":
                continue  # `Le chef de l'État` is not `la présidente du groupe`; `le
                # Premier ministre` may still be Élisabeth Borne, so described before
            own = p.descriptors & self.lex.nationalities
            if nationality and own and not (nationality & own):
                continue
            if head_word in p.descriptors and any(
                    q not in p.descriptors and not self.lex.role_words(q) & p.descriptors
                    for q in qualifiers):
                continue  # `l'entraîneur lensois` is not `l'entraîneur parisien X`; `le
                # dirigeant syndicaliste` is the one who leads the `syndicat`
            if current_role and not (words & p.descriptors) and \
                    p.descriptors & self.lex.role_nouns:
                continue  # `l'avocat de la défense` is not `le procureur, Laure Beccuau`
            compatible.append(p)
            shared = words & p.descriptors
            if not shared:
                continue
            score = len(shared) + (1.5 if head_word in p.descriptors else 0.0)
            score += 0.5 if any(x < char for x in p.positions) else 0.0
            score += 0.01 * len(p.positions)
            if score > best_score:
                best, best_score = p, score
        if best is not None and (head_word in best.descriptors or best_score >= 1.5):
            return best
        gender = said_gender
        # someone named in the mention's own sentence behind a preposition is someone else
        # (`Après la victoire de Paul Martin, a réagi le maire`), while a subject may be
        # taken up by a role in the same sentence (`X a souri : « … », a jubilé le chef`)
        sent = head.sent
        names = {p.full_name for p in compatible if not any(
            sent.start_char <= x < sent.end_char and self._after_preposition(x)
            for x in p.positions)}
        other = self._contrasted_speaker(tokens[0])
        speaker, _g, is_person = self._antecedent(char, gender if gender else "",
                                                  exclude=other, persons_only=True,
                                                  window=ROLE_WINDOW_CHARS, among=names)
        if speaker in names and is_person:
            return next(p for p in compatible if p.full_name == speaker)
        if other is not None and len(names - {other}) == 1 and other in names and any(
                x in self.mention_chars for p in compatible if p.full_name in names - {other}
                for x in p.positions):
            # `Pour sa part, le président chinois a …` after Macron spoke, and Xi Jinping is
            # the only other person the article names and he speaks in it: the contrast
            # says it is him
            return next(p for p in compatible if p.full_name in names - {other})
        return None

    def _named_after_preposition(self, tokens: list[Token]) -> tuple[int, int] | None:
        """`Record battu pour Airbus, qui vient d'annoncer …`, `Victoire pour Greenpeace
        qui salue …`: a headline-like phrase whose head noun can say nothing (no speaker
        noun, no name) stands for the organisation or person named at its end, behind a
        preposition; that name is the source."""
        head = self.doc[tokens[0].i: tokens[-1].i + 1].root  # (a root heads itself)
        if head.pos_ != "NOUN" or head.ent_type_ or self.lex.noun_class(head):
            return None
        last = tokens[-1]
        if last.ent_type_ not in {"ORG", "PER"}:
            return None
        lo = last.i
        while lo - 1 >= tokens[0].i and self.doc[lo - 1].ent_type_ == last.ent_type_ and \
                self.doc[lo].ent_iob_ != "B":
            lo -= 1
        if lo - 1 < tokens[0].i or self.doc[lo - 1].pos_ != "ADP" or any(
                t.ent_type_ or t.pos_ == "PROPN" for t in self.doc[tokens[0].i: lo - 1]):
            return None  # `une estimation Ipsos pour France Télévisions`: Ipsos estimated
        return lo, last.i + 1

    def _noun_gender(self, head: Token) -> str:
        """The gender the lexicon gives the written form of a speaker noun (`avocate` f,
        `avocat` m), not its lemma, which the lemmatizer folds to the masculine."""
        entry = self.lex.speaker_nouns.get(head.lower_.removeprefix("ex-"))
        return entry[1] if entry and entry[1] in {"m", "f"} else ""

    def _after_preposition(self, char: int) -> bool:
        """Whether the name at `char` is the object of a preposition (`de Paul Martin`)."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return False
        name = span[0]
        while name.dep_ == "flat:name" and name.head.i < name.i:
            name = name.head
        return any(c.dep_ == "case" and c.i < name.i for c in name.children)

    def _last_two_persons(self, char: int) -> str | None:
        """`les deux dirigeants`: the two people named last before `char`, in the order
        the article named them, as one joint speaker."""
        seen: list[tuple[int, str]] = []
        for r in sorted(self.referents, key=lambda r: -r.char):
            if r.is_person and r.char < char and char - r.char <= PRONOUN_WINDOW_CHARS and \
                    " et " not in r.speaker and r.speaker not in {n for _c, n in seen}:
                seen.append((r.char, r.speaker))
            if len(seen) == 2:
                return " et ".join(name for _c, name in sorted(seen))
        return None

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

    def _last_person(self, char: int, gender: str) -> tuple[str | None, str, bool]:
        """`Ce dernier`, `celle-ci`: the person named last before `char`."""
        before = [r for r in self.referents if r.is_person and r.char < char and
                  r.gender in {gender, ""} and not r.is_speaker]
        if not before:
            return None, gender, False
        r = max(before, key=lambda r: r.char)
        return r.speaker, r.gender, True

    def _contrasted_speaker(self, token: Token) -> str | None:
        """The last quote's speaker when a contrast marker (`de son côté`) says the
        mention at `token` is someone else."""
        if not marks_a_contrast(token.sent, token.i):
            return None
        said = [r for r in self.referents if r.is_speaker and r.char < token.idx]
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
            if not (char - (window or PRONOUN_WINDOW_CHARS) <= r.char < char) or \
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


def resolve_speakers(doc: Doc, quotes: list[dict], lex: Lexicon) -> list[dict]:
    """Fill each quote's `speaker` and return the article's people as plain records.

    Quotes are resolved in the order their speakers are mentioned, so a pronoun can point
    back to the speaker of an earlier quote; a quote without a mention shares the speaker
    of the quote it continues, else of a quote just before it."""
    people = build_people(doc, lex)
    resolver = SpeakerResolver(doc, people, lex, frozenset(
        q["mention_start"] for q in quotes if q["mention_start"] is not None))
    by_id = {q["id"]: q for q in quotes}
    for q in sorted(quotes, key=lambda q: q["mention_start"] if q["mention_start"]
                    is not None else q["start"]):
        speaker, gender, is_person = None, "", False
        if q["mention_start"] is not None:
            span = doc.char_span(q["mention_start"], q["mention_end"], alignment_mode="expand")
            if span is not None:
                speaker, gender, is_person = resolver.resolve(
                    (span.start, span.end), one_person=in_the_first_person_singular(q["text"]))
        if speaker is None and q["speaker_ref"] in by_id:
            speaker = by_id[q["speaker_ref"]]["speaker"]
        if speaker is None:
            speaker = neighbour_speaker(q, quotes)
        q["speaker"] = speaker
        if speaker and q["mention_start"] is not None and q["parent"] is None and (
                is_person or resolver.can_speak(q["mention_start"], q["mention_end"])):
            resolver.note_speaker(q["mention_start"], speaker, gender, is_person)
    same_role_same_person(doc, quotes, {p.full_name for p in people.persons})
    for q in quotes:  # a sub-headline repeated later: its speaker is known only now
        ref = by_id.get(q["speaker_ref"])
        if q["mention_start"] is None and ref is not None and ref["start"] > q["start"] \
                and ref["speaker"]:
            q["speaker"] = ref["speaker"]
    return [{"name": p.full_name, "gender": p.gender or None, "names": p.names,
             "roles": p.roles, "mentions": sorted(p.positions)} for p in people.persons]
