"""Organisations a speaker mention stands for: `le groupe` after `Le groupe Stellantis`,
`la centrale syndicale` after a union the article named, `a-t-elle déclaré` after `la
SOPFEU`.

Split from `speaker_roles.py` by concern: roles take up people; these take up the
organisations the article names, as quoted sources or as subjects, with the editable
organisation nouns of data/organisation_nouns.txt.
"""

from __future__ import annotations

from spacy.tokens import Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.mention_forms import (
    DEFINITE_SINGULAR,
    determiner_gender,
    is_plural,
    without_article,
)
from presswatch.nlp.speaker_salience import PRONOUN_WINDOW_CHARS, Referent, Salience
from presswatch.textutil import fold

MEDIA_NOUNS = frozenset({"radio", "chaine", "station", "journal", "quotidien", "hebdomadaire",
                         "magazine", "media", "site"})
"""Organisation nouns (folded) of an outlet: they take up a source quoted, not a subject."""
UNION_STEMS = frozenset({"syndica", "central", "intersy", "federat"})
"""First seven letters (folded) of the words that call an organisation a union."""
LABOUR_WORDS = frozenset({"travail", "travailleurs", "travailleuses", "salaries", "ouvriers",
                          "employes", "enseignants", "fonctionnaires"})
"""Whom a union is named after (folded): `l'Union générale tunisienne du travail`, `la
Confédération générale du travail`, `l'Union nationale des enseignants`."""


class OrganisationMentions(Salience):
    """Salience plus the organisations a description or pronoun takes up."""

    lex: Lexicon

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

    def _organisation_described(self, tokens: list[Token], head: Token,
                                sources: list[Referent]) -> str | None:
        """`Nestlé a accru ses ventes …, a indiqué le géant de l'agroalimentaire`, `… a
        déclaré la Fenprof. La structure syndicale indique …`: a definite or demonstrative
        singular description headed by a noun that describes an organisation
        (data/organisation_nouns.txt) and naming none itself is the organisation named
        last within the pronoun window, as a quote's source (`sources`: those no pronoun
        takes up) or as a subject, else the only one so named further back; None when
        there is none. An outlet's noun (`la
        radio`) takes up only a source, and a union's (`la centrale syndicale`) only an
        organisation the article calls a union: `Renault ferme une usine. Le syndicat
        dénonce …` names no union."""
        if fold(head.lemma_) not in self.lex.organisation_nouns and len(tokens) > 1 and \
                tokens[1].pos_ == "NOUN":
            head = tokens[1]  # (`la centrale syndicale`: the parser may head it on the
            # adjective)
        if tokens[0].lower_ not in DEFINITE_SINGULAR or is_plural(tokens, head) or \
                fold(head.lemma_) not in self.lex.organisation_nouns or any(
                t.ent_type_ or t.pos_ == "PROPN" or (t.i > tokens[0].i and t.text[:1].isupper())
                for t in tokens):
            return None
        char = tokens[0].idx
        # (a source the NER took for a person counts when the article calls it an
        # organisation: `la Fédération nationale des enseignants (Fenprof)`)
        found: list[tuple[int, str]] = [
            (r.char, r.speaker) for r in self.referents + sources
            if r.is_speaker and r.char < char and
            _names_something(r.speaker, self.lex.organisation_nouns) and
            (not r.is_person or self._called(r.speaker, union=False))]
        if fold(head.lemma_) not in MEDIA_NOUNS:
            found += self._organisation_subjects(char)
        union = any(fold(t.lemma_)[:7] in UNION_STEMS for t in tokens)
        found = [(c, s) for c, s in found if not union or self._called(s, union=True)]
        near = [(c, s) for c, s in found if self._distance(c, char) <= PRONOUN_WINDOW_CHARS]
        if not near and len({without_article(s) for _c, s in found}) == 1:
            near = found  # the one organisation named, further back (`Les Banques …`)
        return max(near)[1] if near else None

    def _organisation_subjects(self, char: int) -> list[tuple[int, str]]:
        """Organisations before `char` outside quotation marks (ORG entities, or a name
        after an organisation noun: `Le groupe Stellantis va …`, which the NER may call a
        person) that are a clause's subject, or name it, as (char, text)."""
        doc, out = self.doc, []
        for ent in doc.ents:
            kind = doc[ent.start - 1] if ent.start else None  # `le groupe Stellantis` (PER)
            if (ent.label_ != "ORG" and (kind is None or fold(kind.lemma_) not in
                                         self.lex.organisation_nouns)) or \
                    ent.start_char >= char or any(
                    lo <= ent.start_char < hi for lo, hi in self._quoted_spans):
                continue
            root = ent.root
            while root.dep_ in {"appos", "flat:name", "nmod"} and root.head.i < root.i and \
                    not any(c.dep_ == "case" for c in root.children):
                root = root.head
            if root.dep_.startswith("nsubj") and not any(c.dep_ == "case"
                                                         for c in ent.root.children):
                article = doc[ent.start - 1] if ent.start else None
                out.append((ent.start_char, f"{article.text_with_ws}{ent.text}"
                            if article is not None and article.lower_ in DEFINITE_SINGULAR
                            else ent.text))
        return out

    def _called(self, name: str, *, union: bool) -> bool:
        """Whether the article writes a union's noun with `name`, within six words before
        it and no comma between (`la Fédération nationale des enseignants (Fenprof)`, `le
        syndicat FO`) or in the name itself (`l'Union générale tunisienne du travail`), or,
        unless `union`, any organisation's noun right before it (`le groupe Stellantis`; not
        `le PDG du groupe, Paul Roux`)."""
        words = name.replace("’", "'").split()
        if words and words[0].lower() in {"le", "la", "les"}:
            words = words[1:]
        if words and words[0].lower().startswith("l'"):
            words[0] = words[0][2:]
        if not words:
            return False
        folded = [fold(w).strip("(),") for w in words]
        if union and any(w[:7] in UNION_STEMS or w in {"union", "confederation"}
                         for w in folded) and LABOUR_WORDS.intersection(folded):
            return True  # a union's own name says what it is
        doc, first = self.doc, words[0]
        for k in (k for k, tok in enumerate(doc) if tok.text == first and k):
            if not union and fold(doc[k - 1].lemma_) in self.lex.organisation_nouns:
                return True
            before = doc[max(0, k - 6): k]
            if any(fold(t.lemma_)[:7] in UNION_STEMS for t in before) and \
                    not any(t.text == "," for t in before):
                return True
        return False


def _names_something(speaker: str, kinds: frozenset[str] = frozenset()) -> bool:
    """`la Fenprof`, `France Info`, `l'AFP`: a source written with a name (a capital after
    the article), not a description (`le ministère`, `des témoins`). A name after the
    noun of its kind (`kinds`, folded: `le groupe Valmont`, `la société Nordéa`) is one too."""
    words = speaker.replace("’", "'").split()
    if not words:
        return False
    first = words[0].split("'")[-1] if words[0].lower().startswith("l'") else words[0]
    rest = words[1:] if first is not words[0] or first.lower() not in {"le", "la", "les"} \
        else words[2:]
    if first.lower() in {"le", "la", "les"} and len(words) > 1:
        first = words[1]
    if fold(first) in kinds and rest and rest[0][:1].isupper():
        return True
    return first[:1].isupper() and first.lower() not in {"le", "la", "les"}
