"""Who a role mention is set against: a contrast (`de son côté`, `lui` set off, `Mais le
président chinois`, `son homologue`) names someone the role is not, and whoever took the
floor since the person in focus was named makes an untied role someone else.

Split from `speaker_roles.py` by concern: that module ties role words to people; this one
reads the turns of the narration around the mention.
"""

from __future__ import annotations

from spacy.tokens import Token

from presswatch.nlp.french import TOPIC_PRONOUNS, opening_word
from presswatch.nlp.mention_forms import POSSESSIVE_DETERMINERS
from presswatch.nlp.speaker_offices import RELATION_NOUNS
from presswatch.nlp.speaker_organisations import OrganisationMentions
from presswatch.nlp.speaker_salience import ROLE_WINDOW_CHARS

COUNTERPART_NOUNS = frozenset({"homologue", "homologues", "interlocuteur", "interlocutrice",
                               "hôte", "hôtes"}) | RELATION_NOUNS
"""Roles said of the possessor that name the other party of the same event, whom articles
name too (`Lavrov a reçu son homologue`): unlike `son avocat`, no new person. A rival or
an opponent is the other side of a contest (`X et son adversaire, Y … Son rival a
accusé`), a successor or a predecessor the other party of a handover (`X a succédé à Y
… Son prédécesseur a glissé`)."""


class ContrastMentions(OrganisationMentions):
    """Salience plus the turns and contrasts that set a role mention against someone."""

    def _counterpart_of(self, tokens: list[Token], head: Token, char: int) -> str | None:
        """`Liz Truss s'est rendue à Moscou. Son homologue russe l'a accusée …`: a
        counterpart said with a possessive is the other party of the one in focus, never
        that person; the one in focus (the possessor), to set aside."""
        if head.lower_ not in COUNTERPART_NOUNS or \
                tokens[0].lower_ not in POSSESSIVE_DETERMINERS:
            return None
        possessor, _g, is_person = self._antecedent(char, "", persons_only=True,
                                                    window=ROLE_WINDOW_CHARS)
        return possessor if is_person else None

    def _stressed_contrast(self, tokens: list[Token]) -> str | None:
        """`Le sélectionneur, lui, s'est montré prudent`, `Le dirigeant russe a, lui,
        dénoncé …`: a stressed pronoun set off after the subject or its auxiliary turns
        from whoever spoke last, like `de son côté`; that speaker."""
        doc = self.doc
        after = tokens[-1].i + 1
        if after < len(doc) and (doc[after].pos_ == "AUX" or
                                 doc[after].lemma_ in {"avoir", "être"}):
            after += 1
        aside = after + 2 < len(doc) and doc[after].text == "," and \
            doc[after + 1].lower_ in TOPIC_PRONOUNS and \
            doc[after + 2].text == ","
        if not aside and not any(t.lower_ in TOPIC_PRONOUNS and t.i > 0 and
                                 doc[t.i - 1].text == "," for t in tokens[1:]):
            return None
        said = [r for r in self.referents if r.is_speaker and r.char < tokens[0].idx]
        return max(said, key=lambda r: r.char).speaker if said else None

    def _national_contrast(self, head: Token) -> str | None:
        """`« … », a déclaré Paul Roux. Mais le président chinois est resté de marbre`: a
        sentence opened by `Mais` whose subject is a role qualified by a nationality turns
        from whoever spoke last to the other party (the nationality is what sets them
        apart); that speaker, unless the article gave them the nationality."""
        if not head.dep_.startswith("nsubj") or opening_word(head).lower_ != "mais":
            return None
        said = [r for r in self.referents if r.is_speaker and r.char < head.idx]
        if not said:
            return None
        last = max(said, key=lambda r: r.char).speaker
        person = next((p for p in self.people.persons if p.full_name == last), None)
        return last if person is None or not person.descriptors & self.lex.nationalities \
            else None

    def _of_another_nation(self, nationality: set[str]) -> frozenset[str]:
        """The people the article gave a nationality other than the mention's."""
        return frozenset(p.full_name for p in self.people.persons if nationality and (
            own := p.descriptors & self.lex.nationalities) and not nationality & own)

    def _took_the_floor_since(self, speaker: str, char: int, other: str | None, gender: str,
                              foreign: frozenset[str] = frozenset()) -> bool:
        """Whether another person the mention could name (not of the other gender, not
        given another nationality: `Le Français a répondu` after the German spoke) took
        the floor between the last mention of `speaker` and `char`. The contrasted speaker
        `other` aside: the contrast already says the role is not them."""
        last = self._last_char_of(speaker, char)
        return any(last < r.char < char and r.is_person and r.is_speaker
                   and r.speaker not in {speaker, other} and " et " not in r.speaker
                   and r.speaker not in foreign
                   and not (gender in {"m", "f"} and r.gender in {"m", "f"} and
                            r.gender != gender)
                   for r in self.referents)

    def _spoke_last(self, speaker: str, char: int) -> bool:
        """Whether `speaker` is the source of the last quote before `char`: the one a role
        held for someone else (data/proxy_roles.txt) may continue, unlike the principal
        the narration only names (`Vladimir Poutine a signé un décret. « … », a expliqué
        le porte-parole du Kremlin`: the spokesman)."""
        said = [r for r in self.referents if r.is_speaker and r.char < char]
        return bool(said) and max(said, key=lambda r: r.char).speaker == speaker
