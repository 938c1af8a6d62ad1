"""Resolve each quote's speaker mention to what the article says the speaker is.

Names go to the fullest form of that person in the article; `M.`/`Mme` + surname and bare
surnames to the person with that surname (gender and recency separate namesakes);
pronouns to the most salient earlier referent of the same gender; role descriptions to
the person the article equates them with (apposition, or shared role words); institutions
and anonymous sources stay descriptions as written.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    CONTRACTED_ARTICLES,
    is_indefinite_speaker,
)
from presswatch.nlp.interviews import UNNAMED_QUESTION
from presswatch.nlp.mention_forms import (
    CONCERNED,
    DEMONSTRATIVE_PRONOUNS,
    LAWYER,
    NAMING_POS,
    ORDINALS,
    PLURAL_INDEFINITES,
    PRONOUN_GENDER,
    after_a_possessive_source,
    definite_singular,
    description,
    determiner_gender,
    is_counsel,
    is_demonym,
    is_plural,
    morph_gender,
    relative_antecedent,
    same_source_before,
    singular_of_enir,
    unlisted_name,
    without_age,
)
from presswatch.nlp.name_spans import glued_start
from presswatch.nlp.people import People, Person, build_people, is_title
from presswatch.nlp.people_roles import complement_role
from presswatch.nlp.quote_filters import said_by_on
from presswatch.nlp.shared_surnames import kin_of_the_last_speaker
from presswatch.nlp.speaker_consistency import (
    continued_speaker,
    description_named_elsewhere,
    in_the_first_person_singular,
    neighbour_speaker,
    phrase_key,
    same_role_same_person,
)
from presswatch.nlp.speaker_continuations import (
    dislocated_subject_before,
    group_taken_up,
    impersonal_hearsay,
    lede_group,
    organisation_over_headline,
    said_impersonally,
    without_dislocation,
)
from presswatch.nlp.speaker_described import (
    demonstrative_after_indefinite,
    described_alike_before,
    named_after_preposition,
    synonym_described_before,
    written_before_a_name,
)
from presswatch.nlp.speaker_documents import document_issuer
from presswatch.nlp.speaker_pronouns import (
    demonstrative_openings,
    ordinal_words,
    relative_demonstrative,
    with_demonstrative_suffix,
)
from presswatch.nlp.speaker_roles import RoleMentions
from presswatch.nlp.speaker_salience import Referent
from presswatch.nlp.speaker_short_forms import expand_short_forms
from presswatch.textutil import doc_text, fold

COMPANION_PREPOSITIONS = frozenset({"avec", "par", "contre", "chez", "auprès"})
"""Prepositions whose object inside a mention is someone beside the speaker, never them."""

PLACE_PREPOSITIONS = frozenset({"à", "dans", "en", "au", "aux"})
"""Prepositions of a place the press sets off between a description and its name."""


class SpeakerResolver(RoleMentions):
    """Turns mention spans into speaker strings for one Doc."""

    def __init__(self, doc: Doc, people: People, lex: Lexicon,
                 mention_chars: frozenset[int] = frozenset()) -> None:
        super().__init__(doc, people, lex, mention_chars)
        # sources quoted that no pronoun takes up (`aouaga.com`), for `cette source` only
        self.sources: list[Referent] = []
        # role phrases (folded) earlier quotes' mentions resolved to people
        self.role_people: dict[str, set[tuple[str, str]]] = {}

    def _demonstrative_subject_before(self, pronoun: Token, gender: str
                                      ) -> tuple[int, int] | None:
        """`Ce dernier` / `Celle-ci` opening the sentence before `pronoun`'s (or its own,
        earlier), agreeing with it and followed by its verb, not a noun (`Ce dernier
        rapport`): the person a following `il` continues, whom the narration named as an
        object just before (`X a reçu Y. Ce dernier …`). Read from the words: the parser
        seldom makes such a subject one."""
        doc = self.doc
        sent = pronoun.sent
        starts = demonstrative_openings(doc, sent.start, pronoun.i)
        if sent.start > 0:
            starts[:0] = demonstrative_openings(doc, doc[sent.start - 1].sent.start,
                                                sent.start)
        for lo in reversed(starts):
            for hi in range(lo + 1, min(lo + 4, pronoun.i) + 1):
                words = fold(doc_text(doc)[doc[lo].idx: doc[hi - 1].idx + len(doc[hi - 1])])
                said = DEMONSTRATIVE_PRONOUNS.get(words) or CONCERNED.get(words.replace("’", "'"))
                if said == gender and hi < len(doc) and \
                        doc[hi].pos_ not in {"NOUN", "PROPN", "ADJ"}:
                    return lo, hi
        return None

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

    def resolve(self, span: tuple[int, int], *, one_person: bool = False
                ) -> tuple[str | None, str, bool]:
        """Return (speaker, gender, is_person) for a mention token span. `one_person`
        says the words were one person's (`je`): a pronoun then does not take up an
        institution or a collective (`la majorité de la population …`)."""
        doc = self.doc
        tokens = without_dislocation(doc, with_demonstrative_suffix(doc, self._without_companion(
            [t for t in doc[span[0]: span[1]] if not t.is_space])))
        if not tokens:
            return None, "", False
        if len(tokens) == 1 and tokens[0].lower_ in {"ce", "cette"} and \
                tokens[0].i + 1 < len(doc) and \
                fold(doc[tokens[0].i + 1].text) in {"dernier", "derniere"}:
            # `», a déclaré ce dernier`: the parse made `dernier` the verb's object and
            # left the subject its determiner alone
            tokens = [tokens[0], doc[tokens[0].i + 1]]
        span = (tokens[0].i, tokens[-1].i + 1)
        text = doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])]
        low = fold(text)
        if low.lstrip("-") in {"on", "l'on"} or impersonal_hearsay(tokens[0]):
            return None, "", False  # `confie-t-on`, `il se dit que`: nobody identifiable
        if (same := same_source_before(low, tokens, self.referents + self.sources,
                                       self.lex)) is not None:
            # `Selon cette source`, `La même source ajoute`, `la même agence`: the source
            # quoted last (`…, rapporte aouaga.com. Selon cette source`)
            return same.speaker, same.gender, same.is_person
        ordinal = ordinal_words(tokens) or low  # (`a rapporté la première à la sortie`)
        if ordinal in ORDINALS and (
                paired := self._pair_member_before(tokens[0], ORDINALS[ordinal])):
            return paired.full_name, paired.gender, True
        if (said := DEMONSTRATIVE_PRONOUNS.get(low) or relative_demonstrative(doc, tokens)):
            return self._demonstrative(span, said)  # (`celle qui compte … dit`, too)
        if low.replace("’", "'") in PLURAL_INDEFINITES:
            return None, "p", False  # `Certains parlent d'un « fiasco »`: several, unnamed
        if low.replace("’", "'") in CONCERNED:
            gender = CONCERNED[low.replace("’", "'")]
            found = self._talked_about(tokens[0].idx, gender) or \
                self._antecedent(tokens[0].idx, gender, persons_only=True)
            if found[0] is not None:
                return found  # `X a démenti. « … », a assuré l'intéressé`
        if len(tokens) == 1 and fold(tokens[0].text) in PRONOUN_GENDER:
            return self._pronoun(tokens[0], one_person)
        if low == "qui":
            # `l'opposition, qui conteste …` that the parse did not attach as a relative
            antecedent = relative_antecedent(tokens[0])
            return self.resolve(antecedent) if antecedent else (None, "", False)
        return self._noun_phrase(tokens, span, text, low)

    def _demonstrative(self, span: tuple[int, int], gender: str) -> tuple[str | None, str, bool]:
        """`celui-ci`, `ce dernier`: the last person before, or a role named after them
        (or the person the article describes with that role)."""
        doc = self.doc
        found = self._last_person(doc[span[0]].idx, gender)
        role = self._last_role_mention(doc[span[0]], gender)
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
            fused = CONTRACTED_ARTICLES.get(doc[role[0] - 1].lower_) if role[0] else None
            if fused:
                text = f"{fused} {text}"  # `écrivent au proviseur`
            return description(text), gender, True
        return found

    def _pronoun(self, pronoun: Token, one_person: bool) -> tuple[str | None, str, bool]:
        """A personal pronoun: the antecedent of its gender, unless a role subject, a
        `ce dernier` subject or a pair named more recently is the one continued."""
        doc = self.doc
        gender = PRONOUN_GENDER[fold(pronoun.text)]
        verb = doc[pronoun.i - 1] if pronoun.i > 0 else None
        if gender in {"m", "f"} and pronoun.text.startswith("-") and verb is not None \
                and "Plur" in morph(verb, "Number") and verb.lower_.endswith("ent") \
                and not singular_of_enir(verb):
            gender = "p"  # `écrivent-il`: the verb's plural says what the typo does not
        if gender in {"m", "f"} and after_a_possessive_source(pronoun):
            kept = self._antecedent(pronoun.idx, gender, persons_only=True)
            if kept[0] is not None:
                return kept  # `Selon son avocat, il conteste les faits`: the client
        if gender == "p" and (lede := lede_group(doc, pronoun)) is not None:
            return self.resolve(lede)  # `Ils promettent …. Les grévistes ont fait savoir …`
        found = self._paragraph_topic(pronoun, gender, self._antecedent(
            pronoun.idx, gender, exclude=self._contrasted_speaker(pronoun)))
        # `La ministre a reçu … Elle s'est dite …`, or `Le sélectionneur, lui, s'est
        # montré prudent. « … », a-t-il écrit` after someone else was named: a role
        # subject more recent than any named antecedent is the one continued
        role = organisation_over_headline(doc, pronoun, gender, self.lex,
                                          self._role_subject_before(pronoun, gender))
        if role is not None and one_person and (
                self.lex.noun_class(doc[role[0]: role[1]].root) == "institution" or
                "Plur" in morph(doc[role[0]: role[1]].root, "Number")):
            role = None  # `je` is neither an institution nor several people
        latter = self._demonstrative_subject_before(pronoun, gender)
        dislocated = dislocated_subject_before(doc, pronoun, gender)  # `X, elle, a …`
        if role is not None and (found[0] is None or self.doc[role[0]].idx >
                                 self._last_char_of(found[0], pronoun.idx)) and \
                all(x is None or x[0] < role[0] for x in (latter, dislocated)):
            return self._resolved_at(role) or self.resolve(role)
        if latter is not None and (found[0] is None or self.doc[latter[0]].idx >
                                   self._last_char_of(found[0], pronoun.idx)):
            taken = self.resolve(latter)  # `… le syndicaliste X. Ce dernier a remis
            if taken[0] is not None:      # une pétition. « … », a-t-il insisté`
                return taken
        if dislocated is not None and (found[0] is None or doc[dislocated[0]].idx >
                                       self._last_char_of(found[0], pronoun.idx)) and \
                (taken := self.resolve(dislocated))[0] is not None:
            return taken
        if found[0] is None and gender == "p":
            pair = self._subject_pair_before(pronoun) or \
                self._pair_named_before(pronoun, gender)  # (`A et B` as objects)
            if pair is not None:
                return pair, "p", True  # `A et B ont quitté le parti. Ils …`
        if found[0] is None and not one_person:
            # nobody to continue: an institution named just before, subject or not
            # (`il devient impossible pour la Société … de lutter », a-t-elle déclaré`)
            role = self._role_subject_before(pronoun, gender, subjects_only=False) \
                or self._organisation_before(pronoun, gender)
            if role is not None:
                return self.resolve(role)
        if found[0] is None and (described := group_taken_up(doc, pronoun, gender, self.lex)):
            return self.resolve(described)  # `Les pêcheurs … manifestaient. Ils réclament`
        return self._named_after_lede(pronoun, gender, found)  # (`Pour elle, … Léa X`)

    def _noun_phrase(self, tokens: list[Token], span: tuple[int, int], text: str, low: str
                     ) -> tuple[str | None, str, bool]:
        """A noun phrase: the people named in it or apposed to it, a name the people list
        lacks, a role taken up by its holder or kept as a description, an organisation
        described, or the description itself."""
        doc = self.doc
        if (issuer := document_issuer(doc, tokens)) is not None:
            return self.resolve(issuer)  # `Selon le communiqué`: who published it
        head = self._head(tokens)
        persons = self._persons_in(span)
        if self._named_in_a_complement(tokens) and not self._apposed_people(tokens):
            # `le porte-parole du ministre X`, `l'entourage du président X`: X is the one
            # the complement's role names, the speaker someone of theirs
            return description(text), determiner_gender(tokens), True
        if persons:
            names = []
            for p in persons:
                if p.full_name not in names:
                    names.append(p.full_name)
            gender = persons[0].gender if len(persons) == 1 else "p"
            return " et ".join(names), gender, True
        apposed = self._apposed_people(tokens)
        if len(apposed) == 1:
            return apposed[0].full_name, apposed[0].gender, True
        if apposed:  # `Les avocats de l'accusé, Mes A et B, …`: both
            return " et ".join(p.full_name for p in apposed), "p", True
        unknown = unlisted_name(tokens, head, self.lex)
        if unknown:
            return unknown, determiner_gender(tokens), True
        # `l'ex-ministre` holds the role noun after its prefix
        # the text form too: a tagger may read a noun as a participle (`l'opposant`)
        noun = self.lex.speaker_nouns.get(head.lemma_.lower().removeprefix("ex-")) or \
            self.lex.speaker_nouns.get(head.lower_.removeprefix("ex-"))
        lawyer = is_counsel(tokens, head, self.lex)
        if lawyer:
            noun = ("role", "-")  # `le conseil du ministre`: his lawyer, not a council
        if noun is None and is_demonym(without_age(tokens), head, self.lex):
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
            same = described_alike_before(self.referents, tokens, head) or \
                demonstrative_after_indefinite(self.referents + self.sources, tokens)
            if same is not None:
                return same
            person = self._by_role(without_age(tokens), head, doc[span[0]].idx,
                                   head_word=LAWYER if lawyer else None)
            if person is not None:
                return person.full_name, person.gender, True
            earlier = self.role_people.get(phrase_key(text), set())
            if len(earlier) == 1:
                # `le syndicaliste` named X in an earlier quote: the same phrase is X
                # again, even after someone else spoke (as speaker_consistency would
                # make it once all are read; a pronoun after it needs it now)
                name, gender = next(iter(earlier))
                return name, gender, True
            if (same := synonym_described_before(self.referents + self.sources, tokens, self.lex)):
                return same  # `le maire` quoted, then `l'édile`: one source
            gender = "p" if is_plural(tokens, head) else \
                determiner_gender(tokens) or (noun[1] if noun[1] in {"m", "f"} else "")
            return description(text), gender, True
        if not any(t.pos_ in NAMING_POS or t.ent_type_ or t.like_url for t in tokens):
            # `Debout, …`, `Tous …`, `celle …`: the parse's subject is a word naming nobody
            return None, "", False
        if (written := written_before_a_name(self.people, tokens, head)) is not None:
            return written.full_name, written.gender, True  # `la maraîchère X` … `La maraîchère`
        named = named_after_preposition(doc, self.lex, tokens)
        if named is not None:
            return self.resolve(named)
        organisation = self._organisation_described(tokens, head, self.sources)
        if organisation is not None:
            return organisation, "", False
        gender = morph_gender(head)
        if "Plur" in morph(head, "Number"):
            gender = "p"
        return description(text), gender, head.ent_type_ == "PER"

    def _resolved_at(self, span: tuple[int, int]) -> tuple[str, str, bool] | None:
        """What a quote's speaker mention at `span` was resolved to, if it is one: `«
        A », explique le syndicaliste. « B », ajoute-t-il` continues whoever the role
        named there, not the role read again once another speaker came between."""
        char = self.doc[span[0]].idx
        noted = [r for r in self.referents if r.is_speaker and r.char == char]
        return (noted[-1].speaker, noted[-1].gender, noted[-1].is_person) if noted else None

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
            one_word = span[1] - span[0] == 1  # (`Macron a publié`, tagged an adverb)
            for t in self.doc[span[0]: span[1]]:
                if (t.pos_ == "PROPN" or (one_word and t.is_title and t.is_alpha and
                                          not t.is_stop)) and t.text[:1].isupper() and \
                        not self._in_complement(span, t.i):
                    # (`Lestrade-Iparraguirre`, split at its hyphen: the whole word)
                    lo = max(span[0], glued_start(self.doc, t.i))
                    prev = self.doc[lo - 1] if lo > span[0] else None
                    first = prev.text if prev is not None and prev.pos_ == "PROPN" and \
                        prev.text[:1].isupper() else None
                    hi = t.i + 1  # (`a dit Okafor-Reyes`: a mention cut at the hyphen)
                    while hi + 1 < len(self.doc) and glued_start(self.doc, hi + 1) <= t.i:
                        hi += 2
                    p = self.people.by_surname(self.doc[lo:hi].text, first=first,
                                               before=t.idx)
                    if p is None and hi > t.i + 1:
                        p = self.people.by_surname(self.doc[lo:t.i + 1].text, first=first,
                                                   before=t.idx)
                    if p is not None and p not in out:
                        out.append(p)
        return out

    @staticmethod
    def _without_companion(tokens: list[Token]) -> list[Token]:
        """`la Première ministre avec le député X`, `l'association, présidée par X`: a
        description the parse ran on into someone beside the speaker ends before them
        (and before the participle set off by a comma that introduces them)."""
        if not tokens or tokens[0].pos_ != "DET":
            return tokens
        cut = next((k for k, t in enumerate(tokens) if k > 1 and t.pos_ == "ADP" and
                    t.lower_ in COMPANION_PREPOSITIONS), None)
        if cut is None:
            return tokens
        j = cut
        while j > 1 and tokens[j - 1].pos_ in {"VERB", "ADJ"}:
            j -= 1
        if tokens[j - 1].text == ",":  # (`le ministre français avec X` keeps `français`)
            cut = j - 1
        elif tokens[cut].lower_ == "par":
            return tokens  # `les propos rapportés par RFI`: the agent is the source
        return tokens[:cut]

    def _apposed_people(self, tokens: list[Token]) -> list[Person]:
        """`Pour l'un des principaux opposants au régime, Paul Roux, président du parti,
        …`: a description the parse cut before its apposition is the person named right
        after it, between commas (not a name that opens the next clause: `Selon le
        ministre, Paul Roux a menti`). Its complements (`au régime`) may come between.
        A plural description is the two people coordinated there (`Les avocats de
        l'accusé, Mes Anne Roux et Marc Petit, avaient plaidé …`)."""
        if tokens[0].pos_ != "DET" or not any(t.pos_ in {"NOUN", "PRON"} for t in tokens):
            return []
        head = self._head(tokens)
        if is_plural(tokens, head):
            return self._apposed_pair(tokens)
        person = self._apposed_person(tokens)
        return [person] if person is not None else []

    def _apposed_pair(self, tokens: list[Token]) -> list[Person]:
        """The two people named between commas right after a plural description, `A et
        B` (each a name the article's people hold), or []."""
        doc = self.doc
        k = tokens[-1].i + 1
        if k + 1 >= len(doc) or doc[k].text != ",":
            return []
        first = self.people.mention_at(k + 1)
        if first is None or first.start != k + 1 or first.end + 1 >= len(doc) or \
                doc[first.end].lower_ != "et":
            return []
        second = self.people.mention_at(first.end + 1)
        if second is None or second.start != first.end + 1 or second.end >= len(doc) or \
                doc[second.end].text not in {",", ")"} or second.person is first.person:
            return []
        return [first.person, second.person]

    def _apposed_person(self, tokens: list[Token]) -> Person | None:
        """The one person named between commas after a singular description."""
        doc = self.doc
        k = tokens[-1].i + 1
        while k < min(len(doc), tokens[-1].i + 8) and doc[k].pos_ in {
                "ADP", "DET", "NOUN", "ADJ", "NUM"} and not doc[k].is_sent_start:
            k += 1
        j = tokens[-1].i
        while j + 1 < len(doc) and ((not doc[j].whitespace_ and doc[j + 1].is_alpha) or
                                    doc[j + 1].text == "-"):
            j += 1
        glued = self.people.mention_at(j + 1)
        if j > tokens[-1].i and doc[tokens[-1].i + 1].text.startswith("-") and \
                glued is not None and glued.start == j + 1:
            return glued.person  # `le lieutenant` | `-colonel Paul Roux`, cut at its hyphen
        said = determiner_gender(tokens)
        right = self.people.mention_at(tokens[-1].i + 1)
        if right is not None and right.start == tokens[-1].i + 1 and \
                tokens[-1].pos_ == "NOUN" and tokens[-1].whitespace_ and not (
                said in {"m", "f"} and right.person.gender in {"m", "f"} and
                said != right.person.gender):
            return right.person  # `l'influenceuse` | `Léa Fontaine`: a noun the speaker
            # lexicon lacks ended the mention before the name it describes
        if k + 1 >= len(doc) or doc[k].text != ",":
            return None
        if doc[k + 1].pos_ == "ADP" and doc[k + 1].lower_ in PLACE_PREPOSITIONS:
            # `le président du festival, dans le Gers, Paul Roux`: a place set off between
            k = next((j for j in range(k + 2, min(len(doc), k + 8)) if doc[j].text == ","), 0)
            if not k or k + 1 >= len(doc):
                return None
        n = k + 1
        if doc[n].pos_ == "DET" and self.people.mention_at(n) is None:
            # `Son adversaire, l'Ukrainienne Olena Bondar, …`: a second description
            # before the name
            n += 1
            while n < min(len(doc), k + 5) and self.people.mention_at(n) is None and \
                    doc[n].pos_ in {"NOUN", "ADJ", "PROPN"}:
                n += 1
        m = self.people.mention_at(n)
        if m is None or m.start != n or m.end >= len(doc) or \
                doc[m.end].text not in {",", ")", "."}:
            return None
        said = determiner_gender(tokens)
        if said in {"m", "f"} and m.person.gender in {"m", "f"} and said != m.person.gender:
            return None
        return m.person

    def _in_complement(self, span: tuple[int, int], i: int) -> bool:
        """`le président de la République`, `le responsable du CHU Pellegrin`: a name in a
        complement of the head noun is not the speaker."""
        return self.doc[span[0]].pos_ in {"DET", "NOUN"} and (any(
            self.doc[k].lower_ in {"de", "du", "des", "d'", "d’"} and
            not any(t.text == "," for t in self.doc[k + 1: i])  # (`de X, Paul Roux`)
            for k in range(max(span[0], i - 3), i)) or any(
            # `la Première ministre avec le député X`, `l'association, présidée par X`
            self.doc[k].lower_ in COMPANION_PREPOSITIONS and self.doc[k].pos_ == "ADP"
            for k in range(span[0] + 1, i)))

    def _named_in_a_complement(self, tokens: list[Token]) -> bool:
        """Whether the name in a role mention belongs to a role of its complement: the
        last role noun before the name comes after a `de` of the head (`le porte-parole
        du ministre de l'Intérieur X`, `un proche de l'ancien ministre X`), not the head
        itself (`le ministre de l'Intérieur X`, `la présidente du club Anne Morel`). A
        titled name (`l'avocat de la victime, Me X`) or one after a comma is left alone."""
        if tokens[0].pos_ != "DET":
            return False
        head = next((t for t in tokens if t.pos_ != "DET"), None)
        for t in tokens:
            m = self.people.mention_at(t.i)
            if m is None or m.start != t.i or head is None or t.i <= head.i or \
                    is_title(t) or any(u.text == "," for u in tokens if head.i < u.i < t.i):
                continue
            between = [head] + [u for u in tokens if head.i < u.i < t.i]
            if complement_role(between, self.lex) is not None:
                return True
        return False

    @staticmethod
    def _head(tokens: list[Token]) -> Token:
        """The mention's head word: the first whose head lies outside it, a determiner
        the parse hung elsewhere aside (`L'` | `accusé, qui conteste …`)."""
        ids = {t.i for t in tokens}
        found = next((t for t in tokens if t.head.i not in ids or t.head is t), tokens[0])
        if found.pos_ == "DET" and len(tokens) > 1:
            # (`L'` | `accusé`: the noun the parse hung on its article)
            return next((u for u in tokens if u.pos_ in {"NOUN", "PROPN"}), found)
        return found


def resolve_speakers(doc: Doc, quotes: list[dict], lex: Lexicon) -> list[dict]:
    """Fill each quote's `speaker` and return the article's people as plain records.

    Quotes are resolved in the order their speakers are mentioned, so a pronoun can point
    back to the speaker of an earlier quote; a quote without a mention shares the speaker
    of the quote it continues, else of a quote just before it."""
    people = build_people(doc, lex, tuple(
        (q["mention_start"], q["mention_end"]) for q in quotes
        if q["mention_start"] is not None))
    resolver = SpeakerResolver(doc, people, lex, frozenset(
        q["mention_start"] for q in quotes if q["mention_start"] is not None))
    by_id = {q["id"]: q for q in quotes}
    narration = [q for q in quotes if not q["in_boilerplate"]]
    names = {p.full_name for p in people.persons}
    plural: set[str] = set()  # speakers resolved as several people or a plural group
    for q in sorted(quotes, key=lambda q: q["mention_start"] if q["mention_start"]
                    is not None else q["start"]):
        speaker, gender, is_person = None, "", False
        if q["mention_start"] is not None:
            span = doc.char_span(q["mention_start"], q["mention_end"], alignment_mode="expand")
            if span is not None and q["in_boilerplate"] and all(t.pos_ == "PRON" for t in span):
                span = None  # `À LIRE AUSSI : Ils accusent …`: another article's headline;
                # its pronoun takes up nobody of this one
            if span is not None:
                speaker, gender, is_person = resolver.resolve(
                    (span.start, span.end), one_person=in_the_first_person_singular(q["text"]))
        resolved = speaker is not None
        nobody = q["rule"] == UNNAMED_QUESTION or (q["mention_start"] is not None and
                                                   is_indefinite_speaker(doc_text(doc)[
                                                       q["mention_start"]:q["mention_end"]])) \
            or (q["mention_start"] is None and said_by_on(doc, q)) or \
            said_impersonally(doc, q)  # (no camp before `on`; `il se dit que`)
        if speaker is None and q["speaker_ref"] in by_id:
            speaker = continued_speaker(q, by_id[q["speaker_ref"]], narration)
        if speaker is None and not q["in_boilerplate"] and not nobody:
            # (`on pouvait lire : « … »` names nobody and continues nobody;
            # a read-also line is another article's: it neither continues the narration
            # nor is continued by it)
            speaker = neighbour_speaker(q, narration)
        if gender == "p" and not resolved and speaker is not None and \
                speaker not in plural and " et " not in speaker:
            speaker = None  # `…, expliquent-ils` continues no one speaker quoted before
        if gender == "p" and speaker:
            plural.add(speaker)
        q["speaker"] = speaker
        if resolved and is_person and speaker in names:
            said = phrase_key(doc_text(doc)[q["mention_start"]:q["mention_end"]])
            if said != fold(speaker):
                resolver.role_people.setdefault(said, set()).add((speaker, gender))
        if speaker and q["mention_start"] is not None and q["parent"] is None and \
                not q["in_boilerplate"]:
            if is_person or resolver.can_speak(q["mention_start"], q["mention_end"]):
                resolver.note_speaker(q["mention_start"], speaker, gender, is_person)
            else:
                resolver.sources.append(Referent(q["mention_start"], speaker, gender, False,
                                                 True, True))
    same_role_same_person(doc, quotes, names)
    description_named_elsewhere(doc, quotes, people.persons)
    expand_short_forms(doc, quotes, lex)
    kin_of_the_last_speaker(doc, quotes, people.persons)  # `Son mari` of Mme X: M. X
    for q in quotes:  # a sub-headline repeated later: its speaker is known only now
        ref = by_id.get(q["speaker_ref"])
        if q["mention_start"] is None and ref is not None and ref["start"] > q["start"] \
                and ref["speaker"]:
            q["speaker"] = ref["speaker"]
    return [{"name": p.full_name, "gender": p.gender or None, "names": p.names,
             "roles": p.roles, "mentions": sorted(p.positions)} for p in people.persons]

