"""Who a party the parse heads stands for when the trigger's own words do not name them,
and what a summit's attendees are in the gold's terms.

Why (round 10): on unseen articles the interactions are found with the right type but
their parties named otherwise than the annotators name them: a reception told with an
object pronoun (`Le président argentin X l'a reçu`) found no one received; a role whose
holder the article names elsewhere with that nationality (`son homologue américain` … `le
secrétaire d'État américain Y`) stayed a role; a summit's members are, in the gold
convention, countries (`macron|france`, `inde`, `chine`), where the text names their
leaders by nationality (`le Premier ministre indien X`).

The functions take what they need of the article (its people, where each is named, the
countries it ties them to) as arguments, so ``nlp/interaction_parties.py`` can call them
without either module importing the other.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping

from spacy.tokens import Doc, Token

from presswatch.lexicon import load_nationality_countries
from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.interaction_nations import countries_in, countries_named
from presswatch.textutil import fold

__all__ = [
    "GROUP_OBJECT_CLITICS",
    "OBJECT_CLITICS",
    "attendee_countries",
    "country_people",
    "group_antecedent",
    "holder_of_nationality",
    "holds_office",
    "named_after",
    "named_later",
    "object_antecedent",
    "subject_at",
    "summit_attendees",
]

OBJECT_CLITICS = {"l'", "l’", "le", "la"}
"""Object pronouns of one person (`l'a reçu`, `la rencontrera`); `les` is a group the
article's earlier pair may stand for, left to the plural rules, or a group named before
(:func:`group_antecedent`)."""
OFFICES = {"president", "presidente", "ministre", "premier", "premiere", "chancelier",
           "chanceliere", "roi", "reine", "emir", "prince", "monarque", "chef", "secretaire",
           "ambassadeur", "ambassadrice", "delegation", "dirigeant", "dirigeante", "souverain"}
"""Words of a role that make its holder stand for a country at a summit (`le Premier
ministre indien`, `la cheffe de la délégation`), unlike an activist or a writer."""
GROUP_OBJECT_CLITICS = {"les", "leur"}
"""Object pronouns of a group (`il les avait rencontrés`, `leur a rendu visite`): the
parties were told before (:func:`group_antecedent`)."""
INDIRECT_CLITICS = {"lui"}
"""The indirect object pronoun of one person (`Donald Trump lui a téléphoné`, `lui a rendu
visite`): the person named before, as an object pronoun is."""
CLITICS = OBJECT_CLITICS | INDIRECT_CLITICS | {"leur"}
"""Object pronouns that take up someone named before (`B lui a remis`)."""
ANTECEDENT_SENTENCES = 2
"""How many sentences before an object pronoun its person is looked for."""


def country_people(people: list[dict], nationalities: Mapping[str, set[str]]
                   ) -> dict[str, set[str]]:
    """Person → the folded countries the article ties them to: a nationality on the role
    written before their name (``nationalities_of``) or a country their roles name
    (`Luiz Souza, le président du Brésil`; `le président argentin`)."""
    out = {who: {fold(c) for c in found} for who, found in nationalities.items()}
    for p in people:
        for role in p.get("roles") or []:
            words = {fold(w.strip(",.;:()")) for w in role.replace("'", " ").split()}
            if found := countries_in(words):
                out.setdefault(p["name"], set()).update(found)
    return out


def holder_of_nationality(role: Token, by_country: Mapping[str, set[str]],
                          roles: Mapping[str, list[str]], described: bool = False) -> str | None:
    """The one person of the article a role description with a nationality stands for
    (`son homologue américain` → the person the article calls `le secrétaire d'État
    américain`): only when exactly one person is tied to that country, so a role that
    could be either of two compatriots stays as written, unless only one of them has a
    role (``roles``: person → role descriptions) that the description's noun heads.
    ``described`` asks for that one only: such a match goes before the speaker resolver's
    guess by salience (which read `l'opposant vénézuélien` as the Venezuelan president)."""
    said = {fold(c) for c in countries_named(role)}
    if len(said) != 1:
        return None
    found = [who for who, countries in by_country.items() if countries & said]
    if len(found) > 1 or described:  # `l'opposant vénézuélien`: the Venezuelan so described
        head = fold(role.lemma_)
        found = [who for who in found if any(head in fold(r) for r in roles.get(who, ()))]
    return found[0] if len(found) == 1 else None


def object_antecedent(pronoun: Token, person_at: Mapping[int, str], mention_starts: list[int],
                      people: list[dict], person: Callable[[Token], str | None]
                      ) -> str | None:
    """The person an object pronoun of a meeting verb stands for (`Carlos Reyes est arrivé
    à Buenos Aires. Le président argentin l'a reçu`: Reyes): the last person named before it
    in its sentence or the two before, not the verb's own subject (``person`` names whom a
    parse head names), of the pronoun's gender
    (`la`, or a feminine participle: `l'a rencontrée`) when the article knows it."""
    if not (pronoun.lower_ in OBJECT_CLITICS and pronoun.dep_ == "obj") and not (
            pronoun.lower_ in INDIRECT_CLITICS and pronoun.dep_ in {"iobj", "obl:arg"}):
        return None
    verb = pronoun.head
    subject = next((person(c) for c in verb.children if c.dep_.startswith("nsubj")), None)
    gender = morph(verb, "Gender")
    wanted = "f" if pronoun.lower_ == "la" or "Fem" in gender else (
        "m" if pronoun.lower_ == "le" or "Masc" in gender else "")
    genders = {p["name"]: p.get("gender") or "" for p in people}
    sents = list(pronoun.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    lo = sents[max(0, here - ANTECEDENT_SENTENCES)].start_char
    for m in reversed([m for m in mention_starts if lo <= m < pronoun.idx]):
        who = person_at[m]
        if who == subject or (wanted and genders.get(who) not in {wanted, "", None}):
            continue
        return who
    return None


def group_antecedent(pronoun: Token, party: Callable[[Token], str | None]) -> str | None:
    """The group a plural object pronoun of a meeting verb stands for (`Le ministre recevra
    lundi les syndicats. Il les avait déjà rencontrés en septembre`: the unions): the last
    plural noun heading its own phrase (not the complement of another: `d'enseignants`)
    before it in its sentence or the two before, not the verb's own subject, that
    ``party`` names as a group (a person's pair is the plural rules' business, so is a
    noun with names apposed: `Les deux dirigeants, X et Y`)."""
    if pronoun.lower_ not in GROUP_OBJECT_CLITICS or pronoun.dep_ not in {
            "obj", "iobj", "obl:arg"}:
        return None
    doc = pronoun.doc
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    for tok in reversed(doc[sents[max(0, here - ANTECEDENT_SENTENCES)].start:pronoun.i]):
        if tok.pos_ != "NOUN" or "Plur" not in morph(tok, "Number") or tok.dep_ == "nmod" or (
                tok.head.i == pronoun.head.i and tok.dep_.startswith("nsubj")):
            continue
        if any(c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN" for c in tok.children):
            return None  # `Les deux dirigeants, X et Y, …` (apposed, or joined by the
            # parser): the people named, a pair the plural rules take up
        if (found := party(tok)) is not None:
            return found
    return None


@functools.cache
def _written_countries() -> dict[str, str]:
    """Folded country → the country as ``data/nationality_countries.tsv`` writes it."""
    return {fold(c): c for c in load_nationality_countries().values()}


def attendee_countries(participants: Iterable[str], by_country: Mapping[str, set[str]],
                       roles: Mapping[str, list[str]]) -> list[str]:
    """The countries a summit's person parties represent, as the country is written,
    that the parties do not already name: the gold names a summit's members by country.
    Only for those whose role is an office of state (``OFFICES``)."""
    participants = list(participants)
    have = {fold(p) for p in participants}
    out: list[str] = []
    for who in participants:
        if not holds_office(roles.get(who, ())):
            continue  # `la militante suédoise`: at a summit, not her country's delegate
        for c in sorted(by_country.get(who, ())):
            name = _written_countries().get(c, c.capitalize())
            if fold(name) not in have and not any(fold(name) in h for h in have):
                have.add(fold(name))
                out.append(name)
    return out


def subject_at(doc: Doc, at: int, conjuncts: bool = False) -> bool:
    """The name starting at character ``at`` is (in apposition to) a clause's subject, or
    with ``conjuncts`` one of coordinated subjects (`X et Y évoqueront`)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    climb = {"flat:name", "appos", "conj"} if conjuncts else {"flat:name", "appos"}
    while tok is not None and tok.dep_ in climb and tok.head is not tok:
        tok = tok.head
    return tok is not None and tok.dep_.startswith("nsubj")


def named_later(doc: Doc, after: int, person_at: Mapping[int, str], mention_starts: list[int],
                within: int) -> str | None:
    """The person a role description opening an article stands for: the first person named
    after its sentence (within ``within`` characters) when nobody is named before it, and
    only if named there as a subject that takes up no one named before, and not named
    beside the role in its own sentence. Why (round 15):
    `Le président chinois s'est rendu à Moscou. Il doit y rencontrer X`: X, the object met,
    was made the visitor; `Le président du Sénégal a reçu A. B lui a remis une lettre`: the
    clitic `lui` takes up the one described, so B, who acts on him, is someone else."""
    if any(m < after for m in mention_starts):
        return None
    span = doc.char_span(after, after + 1, alignment_mode="expand")
    end = span.sent.end_char if span is not None else after
    later = [m for m in mention_starts if end <= m < after + within]
    if not later or not subject_at(doc, later[0]) or any(
            person_at[m] == person_at[later[0]] for m in mention_starts if after < m < end):
        return None  # (`la présidente a sollicité l'aide de X. X a promis`: X is another)
    named = doc.char_span(later[0], later[0] + 1, alignment_mode="expand")
    tok = named[0] if named is not None and len(named) else None
    while tok is not None and tok.dep_ in {"flat:name", "appos"} and tok.head is not tok:
        tok = tok.head
    if tok is not None and tok.head.i > tok.i and any(  # the clitics before the verb, however
            t.pos_ == "PRON" and fold(t.lower_) in CLITICS  # the parse hangs them
            for t in doc[tok.i + 1: tok.head.i]):
        return None
    return person_at[later[0]]


ANY_OFFICE = {"homologue", "dirigeant", "dirigeante", "responsable", "chef", "cheffe", "leader",
              "interlocuteur", "interlocutrice", "hote", "visiteur", "visiteuse", "invite",
              "invitee"}
"""Role nouns that say whom they mean by the relation, not the office (`son homologue`, `le
chef de la diplomatie`, `son hôte`): any person's role fits them."""


def named_after(role: Token, person_at: Mapping[int, str], people: list[dict],
                by_country: Mapping[str, set[str]], besides: set[str],
                speakers_at: frozenset[int] = frozenset()) -> str | None:
    """The person a role description stands for when the article names them only after
    it: news tells the other party of a meeting by a role, then names them as the subject
    of the next clause (`X a reçu le ministre français. Jean-Noël Barrot a évoqué…`, `Il
    s'est entretenu avec son homologue. Ahmed Attaf a salué…`, `… reçu par le président
    algérien. « … », a déclaré Y`). The first person named as a subject (or as a quote's
    speaker: ``speakers_at``, where those mentions start) after the role, in the rest of
    its sentence or the next, who is none of ``besides`` (the interaction's other parties)
    and whom neither the role's nationality, its gender nor the roles the article gives
    them contradict (`le ministre` is not `Y, le porte-parole`); None when there is none
    (the role then stays as written)."""
    doc = role.doc
    end = sentence_bounds(role)[1]
    while end < len(doc) and not any(t.is_alpha for t in doc[end].sent):
        end = doc[end].sent.end  # a quotation mark the parser made a sentence of its own
    hi = doc[end].sent.end_char if end < len(doc) else doc[-1].idx + len(doc[-1])
    said = {fold(c) for c in countries_named(role)}
    gender = morph(role, "Gender")
    wanted = "f" if "Fem" in gender else ("m" if "Masc" in gender else "")
    genders = {p["name"]: p.get("gender") or "" for p in people}
    roles = {p["name"]: [fold(r) for r in p.get("roles") or []] for p in people}
    head = fold(role.lemma_)
    for at in sorted(m for m in person_at if role.idx < m < hi):
        who = person_at[at]
        if who in besides or not (at in speakers_at or subject_at(doc, at, True)):
            continue
        if (said and by_country.get(who) and not said & by_country[who]) or (
                wanted and genders.get(who) not in {wanted, "", None}) or (
                head not in ANY_OFFICE and roles.get(who)
                and not any(head in r.split() for r in roles[who])):
            continue
        return who
    return None


def holds_office(roles: Iterable[str]) -> bool:
    """One of a person's role descriptions is an office of state (``OFFICES``: `le
    Premier ministre indien`, `la secrétaire générale de l'OIF`), not `la militante`."""
    return any(set(fold(r).replace("-", " ").split()) & OFFICES for r in roles)


def summit_attendees(participants: list[str], roles: Mapping[str, list[str]],
                     told_in: list[int], opening: int) -> list[str]:
    """The office holders an article about one summit names anywhere, not yet among its
    parties: such an article names heads of state and government and ministers because
    they attend (`Le sommet sur l'IA s'est achevé à Paris. … Le Premier ministre indien
    X, qui le coprésidait, …`), and the gold lists attendees. ``told_in``: where the
    article's summit words start (sentence starts, in tokens); only when the summit is
    the article's subject: told in two sentences or more, or in the sentences before
    token ``opening`` (its first two), so that a summit met in passing (`trois mois avant
    un sommet clé à Glasgow`) draws no one in."""
    if not told_in or (len(set(told_in)) < 2 and min(told_in) >= opening):
        return []
    return [who for who in roles if who not in participants and holds_office(roles[who])]
