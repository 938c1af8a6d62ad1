"""Role phrases and the people they stand for: `le ministre` → the person the article
describes as minister, and the role or institution nouns a pronoun may take up.

Split from `speakers.py` by concern: this reads role words, complements and gender; the
ranking of candidates by salience is `speaker_salience.py`'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.attrs import IDX, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import column, morph
from presswatch.nlp.french import (
    ARTICLED_PREPOSITIONS,
    CONTRACTED_ARTICLES,
    SINGULAR_DEMONSTRATIVES,
)
from presswatch.nlp.interaction_nations import countries_in
from presswatch.nlp.mention_forms import (
    FORMER_MARKERS,
    GENERIC_QUALIFIERS,
    INDEFINITES,
    POSSESSIVE_DETERMINERS,
    determiner_gender,
    is_plural,
    morph_gender,
    names_the_place,
)
from presswatch.nlp.name_spans import TITLE_ROLES
from presswatch.nlp.people import STOP_DESCRIPTORS, People, Person, role_function
from presswatch.nlp.speaker_cataphora import named_ahead
from presswatch.nlp.speaker_contrasts import COUNTERPART_NOUNS, ContrastMentions
from presswatch.nlp.speaker_described import synonym_described_before
from presswatch.nlp.speaker_epithets import aged_role, free_age_noun
from presswatch.nlp.speaker_holders import unnamed_beside, unnamed_of_the_nation
from presswatch.nlp.speaker_offices import (
    RELATION_NOUNS,
    body_qualified_otherwise,
    office_synonyms,
    other_function,
    principal_words,
    shares_the_office,
    untold_handover,
)
from presswatch.nlp.speaker_possessors import only_former, qualified, serves_another
from presswatch.nlp.speaker_role_clashes import (
    OUTGOING,
    holds_it_now,
    of_another_body,
    other_holder,
)
from presswatch.nlp.speaker_salience import (
    PRONOUN_WINDOW_CHARS,
    ROLE_WINDOW_CHARS,
)
from presswatch.textutil import doc_text, fold

TITLE_WORDS = frozenset(TITLE_ROLES.values())
"""The professions a title before a name implies (`Me` a lawyer, `Dr` a physician)."""


class _RoleMention(NamedTuple):
    """What a role-only mention says of whom it may name: its role words (with the
    synonyms of its phrase and its countries), nationality and countries, the function
    of its complement, the role noun it stands for, the qualifiers after that noun,
    whether it is a former role or a current one, the gender it is said in, and whether
    the article brought in an unnamed holder of its nation."""

    words: frozenset[str]
    synonyms: frozenset[str]
    nationality: frozenset[str]
    countries: frozenset[str]
    function: tuple[str, frozenset[str]] | None
    head_word: str
    qualifiers: frozenset[str]
    former: bool
    current_role: bool
    said_gender: str
    compatriot: bool
    ex_words: frozenset[str] = frozenset()


class RoleMentions(ContrastMentions):
    """Salience plus what role and institution nouns say about who is meant."""

    def __init__(self, doc: Doc, people: People, lex: Lexicon,
                 mention_chars: frozenset[int] = frozenset()) -> None:
        super().__init__(doc, people)
        self.lex = lex
        self.mention_chars = mention_chars  # where the article's quotes name their speakers

    def _role_nouns_before(self, anchor: Token, gender: str, classes: set[str]
                           ) -> Iterator[Token]:
        """Nouns of a lexicon class before `anchor` (plural for a plural pronoun, singular
        otherwise), nearest first, within the pronoun window, outside quotations (`Selon
        lui, le président a évoqué …` is reported, not the topic), not contradicting
        `gender`."""
        doc = self.doc
        idxs, tags = column(doc, IDX), column(doc, POS)  # (a Token only for each noun)
        for k in range(anchor.i - 1, max(0, anchor.i - 150) - 1, -1):
            if anchor.idx - idxs[k] > PRONOUN_WINDOW_CHARS:
                return
            if tags[k] != NOUN:  # (the tag first: few words are nouns of the lexicon)
                continue
            t = doc[k]
            noun = self.lex.speaker_nouns.get(t.lemma_.lower()) or (
                ("group", "-") if gender == "p" and self._plural_demonym(t) else None)
            # a plural `ils` takes up a plural noun (`Les signataires … Ils ont appelé`)
            if not noun or noun[0] not in classes or \
                    ("Plur" in morph(t, "Number")) != (gender == "p"):
                continue
            if any(q["start"] <= t.idx < q["end"] and q["rule"] != "fragment"
                   for q in doc._.quotes or []):
                continue  # (words quoted inside the narration's sentence stay in view)
            own = determiner_gender(list(doc[t.left_edge.i: t.i + 1])) or morph_gender(t) or (
                noun[1] if noun[1] in {"m", "f"} else "")
            if gender in {"m", "f"} and own in {"m", "f"} and own != gender:
                continue
            yield t

    def _plural_demonym(self, noun: Token) -> bool:
        """`Les Maliens sont sous le choc. Ils ont condamné …`: a people named by its
        nationality, capitalised after a plural article, is a group a plural pronoun
        takes up, as the speaker nouns' groups (`les syndicats`)."""
        if not noun.text[:1].isupper() or noun.i == 0 or \
                self.doc[noun.i - 1].lower_ not in {"les", "des", "ces"}:
            return False
        word = fold(noun.lemma_)
        return word in self.lex.nationalities or fold(noun.text).removesuffix("s") in \
            self.lex.nationalities

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
            if gender == "p" and subjects_only and t.dep_ == "nmod" and \
                    t.head.dep_.startswith("nsubj") and (
                        self.lex.noun_class(t.head) in {"institution", "group"} or
                        fold(t.head.lemma_) in self.lex.quantities):
                t = t.head  # `Une équipe de chercheurs a publié … Ils`: the collective;
                # `Plusieurs dizaines d'éleveurs ont manifesté … ils`: the people counted
            if t.dep_.startswith("nsubj") or not subjects_only or \
                    self._subject_by_position(t):
                # the whole description: `le ministre de l'Intérieur`, `la présidente sortante`
                right = max([t.i] + [c.right_edge.i for c in t.children if c.i > t.i and
                                     c.dep_ in {"nmod", "amod", "flat:name", "appos"}])
                left = t.left_edge.i
                while not t.dep_.startswith("nsubj") and subjects_only and left < t.i and \
                        self.doc[left].is_punct:
                    left += 1  # (`…, les Maliens`: a comma the parse hung on the noun)
                return left, right + 1
        return None

    def _subject_by_position(self, noun: Token) -> bool:
        """`…, les Maliens, de tous bords, sont sous le choc`: a noun with its article
        opening a clause (after a comma or at a sentence start) and followed by its verb,
        an aside between commas aside, is that verb's subject however the parser hung it
        (here on the object of the clause before)."""
        doc = self.doc
        det = noun.i - 1
        if det < 0 or doc[det].pos_ != "DET" or not (
                det == 0 or doc[det - 1].text in {",", ".", ";"} or doc[det].is_sent_start):
            return False
        k = noun.i + 1
        if k < len(doc) and doc[k].text == ",":
            k = next((j + 1 for j in range(k + 1, min(len(doc), k + 7)) if doc[j].text == ","),
                     len(doc))
        return k < len(doc) and (doc[k].pos_ in {"AUX", "VERB"} or
                                 doc[k].lower_ in {"ne", "n'", "n’"})


    def _last_role_mention(self, demonstrative: Token, gender: str) -> tuple[int, int] | None:
        """`ce dernier`, `cette dernière`: the last role noun before it with an article of
        its own, subject or not (the last-named person competes in `resolve`). A role in
        apposition to a name is that person's (`Paul Roux, le président du Sénat`), and a
        role without article is a job title (`son poste de directeur`): neither counts."""
        doc = self.doc
        for t in self._role_nouns_before(demonstrative, gender, {"role"}):
            article = [c for c in t.children if c.dep_ == "det" and c.i < t.i and (
                c.lower_ not in POSSESSIVE_DETERMINERS or t.lower_ in COUNTERPART_NOUNS)]
            # (`son homologue chinois`: a person, unlike `son poste de directeur`)
            # `au proviseur`, `du président`: an article contracted with its preposition
            after_au = t.i > 0 and doc[t.i - 1].lower_ in CONTRACTED_ARTICLES
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

    def _by_role(self, tokens: list[Token], head: Token, char: int,
                 head_word: str | None = None) -> Person | None:
        """A role-only mention (`le chef de la diplomatie russe`) names a person only
        when the text ties them, else it stays a description (None). In order: the person
        the article describes with the same role words (the one in focus when several fit
        alike); else, as elegant variation, the compatible person in focus when nobody
        else took the floor since; else the other person a contrast points to; else, in a
        lead that names nobody yet, the first compatible person then quoted by name.
        Compatible: no other gender, nationality or country, no other office (the same
        role noun with another complement, or another function while untied)."""
        if is_plural(tokens, head) or tokens[0].lower_ in INDEFINITES:
            return None  # `les économistes de BNP Paribas`, `un conseiller`: nobody named
        role = self._role_mention(tokens, head, head_word)
        compatible, tied, scored = self._role_candidates(role, head, char)
        if any(any(x < char for x in p.positions) for _s, p in scored):
            # a role takes up someone named before it rather than someone the article
            # introduces later with a like role (`a souligné le chef de la région` after
            # the governor named; `Le chef de l'administration du village, X` at the end)
            tied = [(tie, p) for tie, p in tied if not self._named_only_after(p, char, head)]
            scored = [(score, p) for score, p in scored
                      if not self._named_only_after(p, char, head)]
        best, best_score = None, 0.0
        for score, p in scored:
            if score > best_score:
                best, best_score = p, score
        if best is not None and (role.head_word in best.descriptors or best_score >= 1.5) and (
                any(role.head_word in fold(r).split() for r in best.roles) or not unnamed_beside(
                    self.doc, self.people, self.lex, self._quoted_spans, role.head_word,
                    best.full_name, tokens[0].i, met=True)):  # (a synonym's tie yields to the
            return self._tied_choice(role, tokens, best, tied, char)  # unnamed one met)
        # untied, the role is the press's elegant variation for the last compatible person
        # in focus (`X a dévoilé sa liste. « … », a assuré le sélectionneur`), unless
        # another person took the floor since (`Hollande a salué … Le président américain
        # a salué … Le pape dit …`: the role names somebody the article does not tie it to).
        # Someone named in the mention's own sentence behind a preposition is someone else
        # (`Après la victoire de Paul Martin, a réagi le maire`), while a subject may be
        # taken up by a role in the same sentence (`X a souri : « … », a jubilé le chef`)
        return self._untied_choice(role, tokens, head, char, compatible)

    def _role_mention(self, tokens: list[Token], head: Token, head_word: str | None
                      ) -> _RoleMention:
        """What the role phrase says of whom it may name (`_RoleMention`)."""
        words = {fold(t.lemma_) for t in tokens if t.pos_ in {"NOUN", "ADJ", "PROPN"}} - \
            STOP_DESCRIPTORS
        words |= {fold(t.text) for t in tokens if t.pos_ in {"ADJ", "PROPN"} or (
            t.pos_ == "ADV" and t.dep_ == "amod")} - STOP_DESCRIPTORS
        ex_words = {w.removeprefix("ex-") for w in words} - words
        words |= ex_words  # (`L'ex-président`: a président, but only a former one's)
        # (`De Croo` tagged a proper noun shares no `de`; `polésien` read as an adverb)
        phrase = fold(doc_text(self.doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])])
        words |= self.lex.role_words(phrase)
        words -= principal_words(tokens, head, self.lex)  # (`du maire`: whose, not what)
        # `le chef du gouvernement` says `Premier ministre`: its generic head (`chef`)
        # weighs no more than any shared word
        synonyms = self.lex.role_words(phrase) & self.lex.role_nouns
        nationality = words & self.lex.nationalities
        # `malienne` and `du Mali` say one country: compared, and shared, as the country
        countries = countries_in(words)
        words |= countries
        # (`head_word`: the role the head noun stands for, `avocat` for `le conseil de X`,
        # whose complement's role is the client's, no function of the lawyer's)
        said_as = head_word
        function = None if said_as else role_function(tokens, self.lex)
        head_word = head_word or fold(head.lemma_).removeprefix("ex-")
        if said_as:
            words.add(said_as)
        qualifiers = {fold(t.text) for t in head.children if t.pos_ == "ADJ" and
                      t.dep_ in {"amod", "nmod"} and t.i > head.i} - \
            self.lex.nationalities - GENERIC_QUALIFIERS
        # a current function other than the one a person holds names someone else; a former
        # one (`l'ancien maire de Lyon` for the minister) is the press's elegant variation
        former = any((word := fold(t.text)) in FORMER_MARKERS or word.startswith("ex-")
                     for t in tokens)
        current_role = head_word in self.lex.role_nouns - self.lex.affiliations - \
            self.lex.generic_roles and not former and head.lower_ not in RELATION_NOUNS and \
            not aged_role(head)  # (`l'attaquant de 20 ans`: a portrait, speaker_epithets)
        # `l'avocate` elides the determiner: the noun's own form then says the gender
        said_gender = determiner_gender(tokens) or ("" if said_as else self._noun_gender(head))
        # `X a reçu son homologue polonais. « … », a dit le ministre polonais`: the article
        # brought in an unnamed holder of that nation; only someone given it may be meant
        compatriot = bool(countries and not former and
                          tokens[0].lower_ not in SINGULAR_DEMONSTRATIVES and
                          self._unnamed_of_the_nation(countries, tokens[0].i))
        return _RoleMention(frozenset(words), frozenset(synonyms), frozenset(nationality),
                            frozenset(countries), function, head_word, frozenset(qualifiers),
                            former, current_role, said_gender, compatriot,
                            frozenset(ex_words))

    def _role_candidates(self, role: _RoleMention, head: Token, char: int
                         ) -> tuple[list[Person], list[tuple[float, Person]],
                                    list[tuple[float, Person]]]:
        """The people the role may name (compatible: no other gender, nationality,
        country or office), and those it ties by shared role words: (tie score, person)
        and (score with position terms, person)."""
        tied: list[tuple[float, Person]] = []  # role score (no position terms), person
        scored: list[tuple[float, Person]] = []  # role score with position terms, person
        compatible: list[Person] = []
        for p in self.people.persons:
            if role.compatriot and not role.countries & countries_in(p.descriptors):
                continue
            if all(self.lex.speaker_nouns.get(n.lower(), ("",))[0] == "institution"
                   for n in p.names):
                continue  # `Matignon dément`, a seat the NER took for a person: no role's
                # holder (`le chef du gouvernement` is not `Matignon`)
            if role.said_gender == "f" and p.gender == "m":
                continue  # `la présidente du groupe` is no man
            if other_holder(role.words, role.head_word, role.said_gender, self._epicene(head),
                            p, self.lex, free_age_noun(self.doc, role.head_word, char)):
                continue  # `Le chef de l'État` is not `la présidente du groupe`, `l'avocat
                # général` not `L'avocate de la famille, X` (speaker_role_clashes.py)
            own = p.descriptors & self.lex.nationalities
            if role.nationality and own and not (role.nationality & own):
                continue
            own = countries_in(p.descriptors)
            if role.countries and own and not (role.countries & own):
                continue  # `le chef de la délégation malienne` is not `le ministre … du Niger`
            if self._named_only_after(p, char, head) and of_another_body(
                    role.words, role.head_word, p, self.lex):
                continue  # `Le directeur de la clinique` is not `Le directeur général de
                # l'agence …, X`, introduced later with a body of their own
            if (role.function is not None and other_function(role.function, p.functions, (
                    office_synonyms([*head.subtree], role.function[0], self.lex)))) \
                    or body_qualified_otherwise(head, p, self.lex) or \
                    serves_another(head, p, self.lex):
                continue  # `le ministre de la Défense` is not `le ministre de l'Intérieur X`
            if role.head_word in p.descriptors and qualified(p, role.head_word) and any(
                    q not in p.descriptors and not self.lex.role_words(q) & p.descriptors
                    and not any(names_the_place(q, d) for d in p.descriptors
                                if not countries_in({d}))  # (a country's is a role.nationality)
                    for q in role.qualifiers):
                continue  # `l'entraîneur lensois` is not `l'entraîneur parisien X`; `le
                # dirigeant syndicaliste` is the one who leads the `syndicat`. Only a role
                # noun written for the person has role.qualifiers to contradict: `dirigeant`
                # implied by `secrétaire général de la confédération` has none
            if role.current_role and not shares_the_office(
                    role.words, role.function, role.countries, p) and \
                    p.descriptors & (self.lex.role_nouns - self.lex.affiliations -
                                     self.lex.generic_roles):
                continue  # `l'avocat de la défense` is not `le procureur, Laure Beccuau`;
                # a party (`l'écologiste X`), a general position or a deed (`auteur d'un
                # but`) is no office: X may be `la candidate`, `l'attaquant`
            compatible.append(p)
            shared = role.words & p.descriptors
            if not only_former(p):  # `L'ex-président X … le président Y`: not Y
                shared -= role.ex_words
            if not shared or (shared <= TITLE_WORDS and not any(
                    x < char or head.sent.start_char <= x < head.sent.end_char
                    for x in p.positions)):
                continue  # someone named only in a later sentence ties by a role written
                # with the name, not by what a title implies (`l'avocat de la défense … Le
                # bâtonnier X, qui représente les victimes … Me X`: two lawyers); named
                # in the mention's own sentence, the name is its apposition (`explique
                # son avocat ce mardi, Me X`)
            score = len(shared) + (1.5 if role.head_word in p.descriptors and not (
                role.head_word in self.lex.generic_roles and role.synonyms) else 0.0)
            tie = score
            score += 0.5 if any(x < char for x in p.positions) else 0.0
            score += 0.01 * len(p.positions)
            tied.append((tie, p))
            scored.append((score, p))
        return compatible, tied, scored

    def _tied_choice(self, role: _RoleMention, tokens: list[Token], best: Person,
                     tied: list[tuple[float, Person]], char: int) -> Person | None:
        """Among the people the role ties, the best; of several alike, the one holding
        the role now (or before, for a former one), then the one in focus."""
        top = max(tie for tie, _p in tied)
        fits = {p.full_name for tie, p in tied if tie == top}
        # `L'ancien Premier ministre A a rencontré le Premier ministre, B. « … », a
        # estimé le chef du gouvernement`: a role said as held now is the one who
        # holds it, a role.former one the one who held it, when both fit alike
        # `la présidente sortante` is the one a handover made its former holder, if any,
        # else the one holding it (the parse may leave the participle out of the span)
        outgoing = any(fold(t.text) in OUTGOING for t in self.doc[tokens[0].i: tokens[-1].i + 2])
        handed = outgoing and any(only_former(p) for tie, p in tied if tie == top)
        timely = {p.full_name for tie, p in tied if tie == top and (
                  only_former(p) == (role.former or handed) or (outgoing and not handed))}
        if not timely and (not role.former or holds_it_now(best, role.head_word)):
            return None  # `L'ancien Premier ministre X a critiqué … Le Premier
            # ministre a répondu`: the role held now is not who held it before (nor the
            # reverse: `l'ancienne sénatrice` is not `la sénatrice sortante, X`)
        if len(fits) > 1 and timely:
            fits = timely
            best = next(p for _t, p in tied if p.full_name in fits)
        if len(fits) > 1:
            # several people the article describes alike (`le ministre` after two
            # ministers): the one in focus, as for a pronoun
            focus, _g, _is_person = self._antecedent(
                char, role.said_gender, persons_only=True, window=ROLE_WINDOW_CHARS,
                among=fits, exclude=self._contrasted_speaker(tokens[0]))
            if focus is not None:
                return next(p for _t, p in tied if p.full_name == focus)
        return best

    def _untied_choice(self, role: _RoleMention, tokens: list[Token], head: Token, char: int,
                       compatible: list[Person]) -> Person | None:
        """Untied: the compatible person in focus, unless someone else took the floor
        since; else the other person a contrast points to; else, in a lead that names
        nobody yet, the first compatible person then quoted by name."""
        if self._relative_to_another(tokens, head) or untold_handover(head) or \
                synonym_described_before(self.referents, tokens, self.lex) or (
                not role.former and tokens[0].lower_ not in SINGULAR_DEMONSTRATIVES and
                self._unnamed_of_the_nation(role.countries, tokens[0].i)):
            return None  # (`Cet ancien ambassadeur du Venezuela` takes up the one in focus)
        sent = head.sent
        names = {p.full_name for p in compatible if not any(
            sent.start_char <= x < sent.end_char and self._after_preposition(x)
            for x in p.positions) and not self._last_named_in_a_pair(p, char) and
            not self._named_only_in_reports(p, char)}
        other = self._contrasted_speaker(tokens[0]) or self._stressed_contrast(tokens) or \
            (self._national_contrast(head) if role.nationality else None) or \
            self._counterpart_of(tokens, head, char)
        speaker, _g, is_person = self._antecedent(char, role.said_gender, exclude=other,
                                                  persons_only=True,
                                                  window=ROLE_WINDOW_CHARS, among=names)
        if speaker in names and is_person and not self._restricted(tokens) and \
                self._in_focus(speaker, char) and \
                not unnamed_beside(self.doc, self.people, self.lex, self._quoted_spans,
                                   role.head_word, speaker, tokens[0].i) and \
                not self._took_the_floor_since(speaker, char, other, role.said_gender,
                                               self._of_another_nation(role.nationality)) and \
                not (role.head_word in self.lex.proxy_roles and
                     not self._spoke_last(speaker, char)):
            return next(p for p in compatible if p.full_name == speaker)
        if other is not None and len(names - {other}) == 1 and other in names and any(
                x in self.mention_chars for p in compatible if p.full_name in names - {other}
                for x in p.positions):
            # `Pour sa part, le président chinois a …` after Macron spoke, and Xi Jinping is
            # the only other person the article names and he speaks in it: the contrast
            # says it is him
            return next(p for p in compatible if p.full_name in names - {other})
        if role.head_word not in self.lex.role_nouns:
            return None  # (`le camp LR`: a group read as one, never a person named later)
        return named_ahead(lambda fits: self._named_after_the_lead(fits, char, (
            sent.start_char, sent.end_char)), self.people, compatible, tokens, head,
            role.words, role.said_gender, self.mention_chars)

    def _named_only_in_reports(self, p: Person, char: int) -> bool:
        """Whether every mention of `p` before `char` lies inside a quote's content, with
        no role written beside the name (`La présidente lui a demandé si Julien avait
        évoqué des menaces`): someone the speakers talk about, whom no role of the
        narration takes up untied. A content before its verb (`Le président X a limogé son
        Premier ministre, a annoncé la présidence`) is the narration's lead: it still
        introduces X."""
        spans = [(q["start"], q["end"]) for q in self.doc._.quotes or []
                 if q["cue_start"] is not None and q["cue_start"] < q["start"]]
        before = [x for x in p.positions if x < char]
        return bool(before) and not p.roles and all(
            any(lo <= x < hi for lo, hi in spans) for x in before)

    @staticmethod
    def _named_only_after(p: Person, char: int, head: Token) -> bool:
        """Whether `p` is named only after the sentence of the role mention at `char`."""
        return not any(x < char or head.sent.start_char <= x < head.sent.end_char
                       for x in p.positions)

    def _unnamed_of_the_nation(self, countries: set[str], before: int) -> bool:
        """`unnamed_of_the_nation` for this article (speaker_holders.py)."""
        return unnamed_of_the_nation(self.doc, self.people, self.lex, self._quoted_spans,
                                     countries, before)

    def _last_named_in_a_pair(self, person: Person, char: int) -> bool:
        """Whether `person` was last named before `char` as one of two coordinated names
        set off by commas after a plural description (`Les avocats, Mes A et B, ont
        plaidé …`): a singular role that follows is not one of the pair taken apart (`Le
        Français de 32 ans a affirmé …` is the accused). A pair as plain subject (`A et B
        sont revenus …, que le dirigeant russe a qualifié …`) may still be."""
        doc = self.doc
        last = max((m for m in self.people.mentions if m.person is person and
                    doc[m.start].idx < char), key=lambda m: m.start, default=None)
        if last is None:
            return False
        if last.end + 1 < len(doc) and doc[last.end].lower_ == "et":
            second = self.people.mention_at(last.end + 1)
            first = last
        elif last.start > 1 and doc[last.start - 1].lower_ == "et":
            first, second = self.people.mention_at(last.start - 2), last
        else:
            return False
        if first is None or second is None or first.start < 2:
            return False
        return doc[first.start - 1].text == "," and second.end < len(doc) and \
            doc[second.end].text == ","

    def _relative_to_another(self, tokens: list[Token], head: Token) -> bool:
        """`son avocat`, `Le frère de la victime`, `le porte-parole du président`: a role
        said of someone else (through a possessive, or a complement naming a person or a
        group) is a new person, not the one in focus, unless the article tied them."""
        if head.lower_ in COUNTERPART_NOUNS:
            return False  # `son homologue chinois`: the counterpart the article names
        if tokens[0].lower_ in POSSESSIVE_DETERMINERS:
            return True
        # (a bare complement characterises: `une mère de famille`, `un chef d'entreprise`)
        return any(t.dep_ == "nmod" and t.head == head and t.i > head.i and
                   t.text[:1].islower() and  # (`le chef de file des Républicains`: a party)
                   self.lex.noun_class(t) in {"role", "group"} and
                   any(c.dep_ == "case" for c in t.children) and
                   any(c.dep_ == "det" or (c.dep_ == "case" and c.lower_ in ARTICLED_PREPOSITIONS)
                       for c in t.children) for t in tokens)

    def _named_after_the_lead(self, compatible: list[Person], char: int,
                              sentence: tuple[int, int]) -> Person | None:
        """`…, a fait valoir le ministre de l'Agriculture. […] Stéphane Travert a assuré
        …`: a lead that names nobody yet says who speaks by role; the first compatible
        person the article then names, and who speaks by name, is the one it meant. Not
        someone named in the role's own sentence (`le président a demandé le soutien de
        Xi Jinping`): there the role and the name are two people."""
        if any(self._in_focus(p.full_name, char) for p in self.people.persons):
            return None  # (`sœur d'Apollon` long before names nobody the lead could mean)
        speaking = [p for p in compatible if any(x in self.mention_chars and x > char
                                                 for x in p.positions) and
                    not any(sentence[0] <= x < sentence[1] for x in p.positions)]
        first = min(speaking, key=lambda p: min(p.positions), default=None)
        if first is None or self._introduced(min(first.positions)):
            return None  # `Paul Roux, qui dirige l'association, a salué …`: someone new
        return first

    def _in_focus(self, name: str, char: int) -> bool:
        """Whether the person `name` was in focus before `char`: subject or speaker of an
        earlier sentence, or named at all in this sentence or the two before. A person
        named only in a complement further back (`le programme Artemis, sœur d'Apollon`)
        is no one a role takes up."""
        here = self._sentence_of(char)
        return any(r.speaker == name and r.char < char and (
            r.is_subject or r.is_speaker or here - self._sentence_of(r.char) <= 2 or
            r.char in self._relative_subjects) for r in self.referents)

    @property
    def _relative_subjects(self) -> set[int]:
        """Where a name is the subject of a relative clause set off after it (`au côté
        d'Emmanuel Macron, qui visitait le stand`): in focus as much as a subject."""
        doc = self.doc
        return {doc[m.start].idx for m in self.people.mentions if m.end + 1 < len(doc) and
                doc[m.end].text == "," and doc[m.end + 1].lower_ == "qui"}

    def _introduced(self, char: int) -> bool:
        """Whether the name at `char` comes with words that introduce its bearer (`X, qui
        dirige …`, `X, le président du club, …`): the press presents someone new that way,
        not the holder of a role it has just used."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        k = span[0].i
        while k + 1 < len(self.doc) and self.doc[k + 1].pos_ == "PROPN" and \
                self.doc[k + 1].text[:1].isupper():
            k += 1
        after = self.doc[k + 1: k + 4]
        return len(after) == 3 and after[0].text == "," and (
            after[1].lower_ in {"qui", "dont"} or (after[1].pos_ == "DET" and bool(
                self.lex.noun_class(after[2]))))  # (not `X, le 1er février, au Sénat`)

    def _epicene(self, head: Token) -> bool:
        """A role noun with one form for both genders (`porte-parole`, `ministre`)."""
        entry = self.lex.speaker_nouns.get(head.lemma_.lower()) or \
            self.lex.speaker_nouns.get(head.lower_)
        return bool(entry) and entry[1] == "-"

    def _restricted(self, tokens: list[Token]) -> bool:
        """`La personne qui a alerté la police`: a role phrase a relative clause restricts
        without a comma introduces someone, it does not take up a person named before."""
        nxt = tokens[-1].i + 1
        head = self.doc[tokens[0].i: nxt].root
        # (before its verb: `…, a dit le président qui s'exprimait` is a loose incise)
        return nxt < len(self.doc) and self.doc[nxt].lower_ in {"qui", "dont"} and \
            tokens[0].lower_ in {"la", "le", "l'", "l’", "les"} and \
            head.dep_.startswith("nsubj") and head.head.i > head.i

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
