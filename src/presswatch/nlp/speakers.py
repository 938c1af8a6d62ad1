"""Resolve each quote's speaker mention to what the article says the speaker is.

Names go to the fullest form of that person in the article; `M.`/`Mme` + surname and bare
surnames to the person with that surname (gender and recency separate namesakes);
pronouns to the most salient earlier referent of the same gender; role descriptions to
the person the article equates them with (apposition, or shared role words); institutions
and anonymous sources stay descriptions as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.people import STOP_DESCRIPTORS, TITLES, People, Person
from presswatch.textutil import fold

PRONOUN_GENDER = {"il": "m", "-t-il": "m", "-il": "m", "lui": "m", "elle": "f", "-t-elle": "f",
                  "-elle": "f", "ils": "p", "-ils": "p", "-t-ils": "p", "elles": "p",
                  "-elles": "p", "eux": "p", "on": "", "-on": "", "-t-on": ""}
DEMONSTRATIVES = {"ce dernier": "m", "cette dernière": "f", "celui-ci": "m", "celle-ci": "f"}
# how many sentence units back a pronoun may look for its antecedent
PRONOUN_WINDOW_CHARS = 600


@dataclass(slots=True)
class Referent:
    """Something a later pronoun may point to: a person or a quoted source."""

    char: int
    speaker: str
    gender: str  # m, f, p (plural) or ""
    is_person: bool
    is_subject: bool


class SpeakerResolver:
    """Turns mention spans into speaker strings for one Doc."""

    def __init__(self, doc: Doc, people: People, lex: Lexicon) -> None:
        self.doc = doc
        self.people = people
        self.lex = lex
        self.referents: list[Referent] = []
        for m in people.mentions:
            self.referents.append(Referent(doc[m.start].idx, m.person.full_name,
                                           m.person.gender, True, m.is_subject))

    def note_speaker(self, char: int, speaker: str, gender: str, is_person: bool) -> None:
        """Record a resolved quote speaker as a referent for later pronouns."""
        self.referents.append(Referent(char, speaker, gender, is_person, True))

    # -- public ------------------------------------------------------------------------
    def resolve(self, span: tuple[int, int]) -> tuple[str | None, str, bool]:
        """Return (speaker, gender, is_person) for a mention token span."""
        doc = self.doc
        tokens = [t for t in doc[span[0]: span[1]] if not t.is_space]
        if not tokens:
            return None, "", False
        text = " ".join(t.text for t in tokens)
        low = fold(text)
        if low in DEMONSTRATIVES:
            return self._antecedent(doc[span[0]].idx, DEMONSTRATIVES[low], persons_only=True,
                                    subjects_first=False)
        if len(tokens) == 1 and fold(tokens[0].text) in PRONOUN_GENDER:
            return self._antecedent(tokens[0].idx, PRONOUN_GENDER[fold(tokens[0].text)])
        if low in {"qui"}:
            return None, "", False
        persons = self._persons_in(span)
        if persons:
            names = []
            for p in persons:
                if p.full_name not in names:
                    names.append(p.full_name)
            gender = persons[0].gender if len(persons) == 1 else "p"
            return " et ".join(names), gender, True
        head = self._head(tokens)
        noun = self.lex.speaker_nouns.get(head.lemma_.lower())
        if noun and noun[0] == "role":
            person = self._by_role(tokens, head, doc[span[0]].idx)
            if person is not None:
                return person.full_name, person.gender, True
            gender = _det_gender(tokens) or (noun[1] if noun[1] in {"m", "f"} else "")
            return _description(text), gender, True
        gender = _morph_gender(head)
        if "Plur" in head.morph.get("Number"):
            gender = "p"
        return _description(text), gender, head.ent_type_ == "PER"

    # -- helpers -----------------------------------------------------------------------
    def _persons_in(self, span: tuple[int, int]) -> list[Person]:
        out: list[Person] = []
        for i in range(span[0], span[1]):
            m = self.people.mention_at(i)
            if m is not None and m.person not in out:
                out.append(m.person)
        if not out:
            # a surname that the NER did not tag in this sentence
            for t in self.doc[span[0]: span[1]]:
                if t.pos_ == "PROPN" and t.text[:1].isupper():
                    p = self.people.by_surname(t.text, before=t.idx)
                    if p is not None and p not in out:
                        out.append(p)
        return out

    @staticmethod
    def _head(tokens: list[Token]) -> Token:
        ids = {t.i for t in tokens}
        for t in tokens:
            if t.head.i not in ids or t.head is t:
                return t
        return tokens[0]

    def _by_role(self, tokens: list[Token], head: Token, char: int) -> Person | None:
        """A role-only mention (`le chef de la diplomatie russe`) names the person the
        article describes with the same role words."""
        words = {fold(t.lemma_) for t in tokens if t.pos_ in {"NOUN", "ADJ", "PROPN"}} - \
            STOP_DESCRIPTORS
        head_word = fold(head.lemma_)
        best, best_score = None, 0.0
        for p in self.people.persons:
            if not p.descriptors:
                continue
            shared = words & p.descriptors
            if not shared:
                continue
            score = len(shared) + (1.5 if head_word in p.descriptors else 0.0)
            if head_word not in p.descriptors and len(shared) < 1:
                continue
            before = [x for x in p.positions if x < char]
            score += 0.5 if before else 0.0
            score += 0.01 * len(p.positions)
            if score > best_score:
                best, best_score = p, score
        if best is not None and (head_word in best.descriptors or best_score >= 1.5):
            return best
        return None

    def _antecedent(self, char: int, gender: str, persons_only: bool = False,
                    subjects_first: bool = True) -> tuple[str | None, str, bool]:
        window = [r for r in self.referents
                  if char - PRONOUN_WINDOW_CHARS <= r.char < char]
        window.sort(key=lambda r: r.char)

        def agrees(r: Referent) -> bool:
            if gender == "p":
                return r.gender == "p"
            if gender in {"m", "f"}:
                return r.gender in {gender, ""} if r.is_person else r.gender in {gender, ""}
            return True

        pools = []
        if subjects_first:
            pools.append([r for r in window if r.is_subject and agrees(r) and
                          (r.is_person or not persons_only)])
        pools.append([r for r in window if agrees(r) and (r.is_person or not persons_only)])
        if gender in {"m", "f"}:
            pools.append([r for r in window if r.is_person and r.gender == ""])
        for pool in pools:
            if pool:
                r = pool[-1]
                return r.speaker, r.gender, r.is_person
        return None, gender, False


def _description(text: str) -> str:
    """A description as written, without a leading capital on its determiner."""
    text = " ".join(text.split())
    first, _, rest = text.partition(" ")
    if first in {"Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Ce", "Cette", "Ces"} and rest:
        return first.lower() + " " + rest
    return text


def _det_gender(tokens: list[Token]) -> str:
    for t in tokens:
        if t.pos_ == "DET":
            return {"la": "f", "une": "f", "le": "m", "un": "m", "cette": "f", "ce": "m"}.get(
                t.lower_, "")
        if t.lower_ in TITLES:
            return TITLES[t.lower_]
    return ""


def _morph_gender(token: Token) -> str:
    g = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(g[0], "") if g else ""
