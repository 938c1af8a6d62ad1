"""The parse heads of a noun trigger's parties (`la réunion du conseil`, `une rencontre
avec X`, `des pourparlers entre X et Y`, `sa visite`, `un appel de Y`): the noun's own
`avec` / `entre` / `par` and `de` owner complements however the parse hung them, the body a
sitting is held at, and, for an event the clause frames or holds (`à l'issue de
pourparlers`, `X a tenu une session`, `lors de sa visite`), the clause's subject; with the
small readings of a noun phrase those heads need (a city, a body that sits, a summit's
name, envoys of two senders, a visit's destination, a meeting presided or a working
session). A verb trigger's heads, and the clause subjects both use, are
``nlp/interaction_heads.py``'s; turning heads into names is
``nlp/interaction_parties.py``'s.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.interaction_heads import (
    CALLED_TO,
    HOST_VERBS,
    PARTY_CASES,
    cut_subject,
    first_conjunct,
    subjects_of,
)
from presswatch.nlp.interaction_parties import SITTINGS, ArticleParties
from presswatch.nlp.interaction_phrases import NOT_OWNERS, OWNER_CASES, is_party_noun, is_role
from presswatch.textutil import fold

__all__ = ["MEASURE_NOUNS", "bound_for", "is_city", "noun_parties", "presided", "sent_by_two",
           "summit_name", "working_session"]

SESSION_NOUNS = {"conseil", "sommet", "réunion", "assemblée", "session", "comité",
                 "commission", "conférence", "séance"}
"""Nouns whose ``de`` complement names the body that meets (``une réunion du conseil
régional``): such a meeting may have that one party."""
BODY_NOUNS = {"parlement", "sénat", "assemblée", "congrès", "conseil", "chambre", "comité",
              "commission", "cabinet", "gouvernement"}
"""Institutions that hold sittings (`une séance au Sénat`)."""
BODIES = {fold(w) for w in BODY_NOUNS}
ENVOY_NOUNS = {"representant", "delegation", "delegue", "emissaire", "envoye", "negociateur",
               "diplomate"}
"""People sent by a party, who stand for it in talks (`les représentants de X et de Y`)."""
DESTINATION_CASES = {"à", "au", "aux", "en", "dans", "chez"}
"""Cases of a visit noun's destination (`son séjour au Japon`)."""
CALLS_RECEIVED = {"appel", "coup"}
"""Nouns of a call its object receives (`a reçu un appel de Y`, `un coup de fil de Y`)."""
PLENARY = {"pleniere", "plenieres"}
"""`(séance) plénière`: a parliament's full sitting, whatever body the article leaves
unnamed."""
SAT_AT = {"à", "au"}
"""Cases of the body a sitting is held in (`une séance au Conseil`)."""
FRAME_NOUNS = {"issue", "terme", "cours", "marge", "suite", "lendemain", "veille", "sortie",
               "fin", "début", "occasion", "cadre", "lors", "moment", "sortir"}
"""Nouns of the adverbials that frame an event (``à l'issue de pourparlers``, ``en marge du
sommet``): the clause around them says who held it."""
MEASURE_NOUNS = {"jour", "journee", "heure", "semaine", "mois", "nuit", "serie", "cycle", "round",
                 "tour", "salve", "session", "seance"}
"""Nouns that measure or count the talks their `de` complement names (`deux jours de
discussions`, `un nouveau cycle de négociations`): the clause holds them."""
OUTCOME_NOUNS = {"issue", "terme", "suite", "sortie", "lendemain", "fin"}
"""Frames that make the clause an outcome of the event (`X a conclu un accord avec Y à
l'issue de négociations`): its `avec` complement took part too."""
MAX_COMPLEMENT_GAP = 10
"""Tokens after a trigger noun searched for its `avec` complement however the parse hung
it (`une réunion dans la matinée avec les États membres`)."""


def _between_conjunct(noun: Token, entre: Token) -> Token | None:
    """`entre Moscou et Kiev` where the parse hung `Kiev` elsewhere: the name after
    `et` that follows the `entre` complement."""
    nxt = entre.right_edge.i + 1
    doc = noun.doc
    if nxt + 1 < len(doc) and doc[nxt].lower_ == "et":
        for t in doc[nxt + 1: nxt + 4]:
            if t.pos_ in {"PROPN", "NOUN"} or t.ent_type_:
                return t
    return None


def _complements_after(noun: Token) -> list[Token]:
    """`avec` / `entre` complements that follow a trigger noun in its clause whatever the
    parse hung them on (`une réunion qui s'est tenue mardi avec les services de l'État`,
    `pour des pourparlers avec les dirigeants saoudiens`)."""
    out, relative, own = [], False, None
    for t in noun.doc[noun.i + 1: min(noun.i + MAX_COMPLEMENT_GAP, sentence_bounds(noun)[1])]:
        if t.is_punct or (t.dep_.startswith("nsubj") and t.lower_ != "qui"):
            break
        relative = relative or t.lower_ == "qui"
        if t.pos_ == "VERB" and not relative:
            if own is None and noun.head == t and noun.dep_.startswith("nsubj"):
                own = t  # `une rencontre est prévue lundi entre X et Y`: the noun's own verb
                continue
            break  # `leur rencontre a ressemblé à une conversation entre X`: X's conversation
        if t.lower_ in {"avec", "entre"} and t.dep_ == "case" and t.head.i > t.i and \
                t.head.pos_ in {"NOUN", "PROPN", "PRON"} and (own is None or t.head.head == own):
            out.append(t.head)
    return out


def noun_parties(noun: Token, art: ArticleParties) -> tuple[list[Token], bool, list[str]]:
    """Parse heads of a noun trigger's parties, whether one is the body it is a session
    of (``réunion du conseil``), and parties named by the clause (a quote's speaker):
    those the noun's own phrase gives, then those of the clause that holds it."""
    heads, session = _own_heads(noun, art)
    frame = _holding_clause(noun)
    more, sits, named = _clause_parties(noun, frame, heads, art)
    return heads + more, session or sits, named


def _own_heads(noun: Token, art: ArticleParties) -> tuple[list[Token], bool]:
    """The parties the noun's own phrase gives (complements, a predicate's subject, an
    agent, `entre X et Y`), and whether one is the body it is a session of."""
    heads, session = [], False
    owner_ok = fold(noun.lemma_) in {fold(w) for w in SESSION_NOUNS} or noun.lemma_ in {
        "visite", "sommet", "réunion", "rencontre", "entretien", "passation", "venue",
        "voyage", "séjour", "déplacement", "tournée"}
    for c in noun.children:
        cases = {g.lower_ for g in c.children if g.dep_ == "case"}
        if c.dep_.startswith(("nmod", "obl")) and (cases & PARTY_CASES or (
                noun.lemma_ in CALLED_TO and cases & {"à", "au"})):
            heads.append(c)
        elif c.dep_.startswith("nmod") and cases & OWNER_CASES and owner_ok and \
                fold(c.lemma_) not in NOT_OWNERS and not is_city(c) and c.pos_ != "NUM" and \
                not _a_kind(c):
            heads.append(c)
            session = session or fold(noun.lemma_) in {fold(w) for w in SESSION_NOUNS}
    if fold(noun.lemma_) in SITTINGS and not heads:
        # `séance intense au Conseil`, `une session à l'Assemblée`: the body sitting there
        sat = [c for c in noun.children if c.dep_.startswith("nmod") and any(
            g.lower_ in SAT_AT for g in c.children) and _a_body(c, art)]
        heads += sat
        session = session or bool(sat)
    if any(c.dep_ == "cop" for c in noun.children):  # `le ministre était en déplacement
        # à Marseille`, `X est en visite`: the predicate noun's subject holds it
        heads += [c for c in noun.children if c.dep_.startswith("nsubj") and c not in heads]
    heads += [h for h in _complements_after(noun) if h not in heads]
    heads += [g for c in noun.children if c.dep_ == "acl" for g in c.children
              if g.dep_ == "obl:agent" and any(
                  k.lower_ == "par" for k in g.children)]  # `la réunion, présidée par X`
    heads += [g for c in noun.children if c.dep_ == "acl:relcl" and c.lemma_ in HOST_VERBS
              for g in c.children if g.dep_.startswith("nsubj") and g.lower_ not in {
                  "qui", "que", "qu'"}]  # `la visite qu'effectue le président`
    entre = next((h for h in heads if any(g.lower_ == "entre" for g in h.children)), None)
    if len(heads) == 1 and entre is not None and not entre.conjuncts:
        # `entre X et Y` where the parse hung Y on the noun itself, or elsewhere
        heads += [c for c in noun.children if c.dep_ == "conj" and c.i > entre.i
                  and c.pos_ in {"NOUN", "PROPN", "PRON"}]  # not `… et le Hamas ont repris`
        if len(heads) == 1 and (other := _between_conjunct(noun, entre)) is not None:
            heads.append(other)
    return heads, session


class _Frame(NamedTuple):
    """The clause that holds a noun trigger: its verb (or the noun itself), the phrase the
    clause holds (`deux jours de discussions`), whether a possessive, a frame noun (`lors
    de`) or an outcome noun (`à l'issue de`) stands between them."""

    verb: Token
    anchor: Token
    possessed: bool
    framed: bool
    after: bool


def _holding_clause(noun: Token) -> _Frame:
    """Climb from the noun through frame and measure nouns to the verb that holds it."""
    verb = noun.head
    possessed = any(c.dep_ == "det" and c.lemma_ in {"son", "leur"} for c in noun.children)
    framed = after = False
    anchor = noun  # the phrase the clause holds: `deux jours de discussions` for `discussions`
    for _ in range(3):  # `au deuxième jour de sa visite`, `à l'issue de pourparlers`
        if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
            break
        if anchor.dep_ == "nmod" and fold(verb.lemma_) in MEASURE_NOUNS and any(
                g.lower_ in {"de", "d'", "d’"} for g in anchor.children):
            anchor, verb = verb, verb.head  # `ont tenu deux jours de discussions`
            continue
        if framed and verb.pos_ == "ADV":  # `plus tôt, lors de la réunion`: hung on `tôt`
            verb = verb.head
            continue
        if not possessed and not (fold(verb.lemma_) in FRAME_NOUNS or fold(verb.text) in
                                  FRAME_NOUNS):
            break
        framed = framed or fold(verb.lemma_) in FRAME_NOUNS
        after = after or fold(verb.lemma_) in OUTCOME_NOUNS
        verb = verb.head
    return _Frame(verb, anchor, possessed, framed, after)


def _clause_parties(noun: Token, frame: _Frame, heads: list[Token], art: ArticleParties
                    ) -> tuple[list[Token], bool, list[str]]:
    """The parties the holding clause adds beside ``heads`` (its subjects, who took a
    call, who was visited or invited), whether one body sits, and the speaker of a cue
    that frames the event."""
    verb, anchor, possessed, framed, after = frame
    session, named, heads = False, [], list(heads)
    own = len(heads)
    held = anchor.dep_ in {"obj", "nsubj:pass"} and verb.lemma_ in HOST_VERBS
    if anchor.dep_ == "obj" and verb.lemma_ == "recevoir" and noun.lemma_ in CALLS_RECEIVED:
        # `X a reçu un appel téléphonique de Y`: X took the call Y made
        held = True
        heads += [c for c in noun.children if c not in heads and (c.dep_ == "appos" or (
            c.dep_.startswith("nmod") and any(g.lower_ in OWNER_CASES for g in c.children)))]
    if verb != noun and (possessed or framed or held or anchor.dep_.startswith("obl")):
        holders = subjects_of(verb, noun, held) or (
            cut_subject(verb) if verb.pos_ in {"VERB", "AUX"} else [])
        holders += [h for h in first_conjunct(verb) if h not in holders]
        heads += holders
        if fold(noun.lemma_) in SITTINGS | {"reunion"} and (held or (
                possessed and fold(noun.lemma_) in SITTINGS)) and any(
                is_party_noun(h) and not is_role(h) and not art.person(h)
                and "Plur" not in morph(h, "Number") for h in holders):
            session = True  # `le Parlement a tenu une session extraordinaire`, `le Conseil
            # de sécurité a tenu une réunion d'urgence`, `a voté lors de sa session
            # plénière`: one body sits
        if framed and any(fold(t.lower_) in PLENARY for t in (noun, *noun.children)):
            session = True  # `X a défendu son budget lors de la (séance) plénière`: who
            # spoke at a parliament's plenary sat there, its body named or not (round 15)
        if (framed or anchor.dep_.startswith("obl")) and verb.pos_ == "VERB" and \
                (who := art.speaker_of_cue(verb)) is not None:
            named.append(who)
        if (after or (held and anchor.dep_ == "obj")) and verb.pos_ == "VERB":
            # `X a conclu un accord avec Y à l'issue de négociations`: Y held them too;
            # `reprendre avec le Royaume-Uni les discussions`: held with Y
            heads += [c for c in verb.children if c.dep_.startswith("obl") and any(
                g.lower_ in {"avec", "entre"} and g.dep_ == "case" for g in c.children)]
        if noun.dep_ == "obj" and verb.lemma_ == "rendre":
            # `X a rendu visite à Y`: Y is visited
            heads += [c for c in verb.children if c.dep_ in {"iobj", "obl:arg", "obl"} and any(
                g.lower_ in {"à", "au", "aux"} for g in c.children) and (
                    art.person(c) or is_role(c))]
        if noun.dep_.startswith("obl") and any(g.lower_ in {"pour", "à"}
                                               for g in noun.children):
            # `X a convié Y à une réunion`, `… a invité Y pour un entretien`
            heads += [c for c in verb.children if c.dep_ == "obj"]
    return heads[own:], session, named


def _a_kind(owner: Token) -> bool:
    """`réunion de groupe`, `réunions de commissions`: a common noun after a bare `de`
    says what kind of meeting it is, not whose (`la réunion du groupe` is the group's)."""
    return owner.pos_ == "NOUN" and not owner.text[:1].isupper() and not any(
        c.dep_ in {"det", "nummod"} for c in owner.children) and all(
        g.lower_ in {"de", "d'", "d’"} for g in owner.children if g.dep_ == "case")


def is_city(tok: Token) -> bool:
    """A location named without article (`le sommet de Lisbonne`): where, not who (a
    country takes one: `la visite de la France`; a common noun the recogniser swept into a
    place is a body: `une réunion du conseil régional d'Occitanie`)."""
    return ((tok.ent_type_ == "LOC" and tok.text[:1].isupper()) or (
        tok.pos_ == "PROPN" and not tok.ent_type_ and not any(
            c.lower_ in {"du", "des"} for c in tok.children))) and \
        not any(c.dep_ in {"det", "flat:name"} for c in tok.children)  # `des Brics`: a body


def _a_body(tok: Token, art: ArticleParties) -> bool:
    """`le Conseil`, `l'Assemblée nationale`, `le Sénat`: an institution that sits (a
    group noun or an organisation, not a person, a role or a place: `une séance à
    Genève`, `une session au tribunal`, a building where anyone may sit)."""
    return (tok.ent_type_ == "ORG" or (is_party_noun(tok) and tok.pos_ == "NOUN")) and \
        not is_role(tok) and art.person(tok) is None and not is_city(tok) and \
        fold(tok.lemma_) in BODIES


def summit_name(noun: Token) -> str | None:
    """`le sommet mondial sur le climat`, `un sommet européen`: a summit no body holds is
    named by the words that qualify it (adjectives after the noun, then a `sur` topic),
    and that name stands as its party, as an institution does for its own summit (the
    guideline's one-party summit); None for a bare `sommet` or a verb."""
    if noun.pos_ != "NOUN" or noun.lemma_ != "sommet":
        return None
    right = [c.i for c in noun.children if c.dep_ == "amod" and c.i > noun.i]
    if not right:
        return None
    doc, end = noun.doc, max(right) + 1
    if end < len(doc) and doc[end].lower_ == "sur" and doc[end].head.i > end:
        topic = doc[end].head  # `sur le climat`, `sur l'intelligence artificielle`, not
        # what hangs on it (`sur le climat à Lima`)
        end = max([topic.i] + [c.i for c in topic.children
                               if c.dep_ == "amod" and c.i > topic.i]) + 1
    return doc[noun.i:end].text


def bound_for(noun: Token) -> bool:
    """`une visite au siège de l'ONU`, `son séjour au Japon`: the visit noun has a
    destination complement (à / en / dans / chez), whether or not the recogniser named it."""
    return any(c.dep_.startswith(("nmod", "obl")) and any(
        g.dep_ == "case" and g.lower_ in DESTINATION_CASES for g in c.children)
        for c in noun.children)


def sent_by_two(tok: Token) -> list[Token]:
    """`des représentants d'Israël et du Hamas`, `les délégations de Kiev et de Moscou`:
    people sent by two parties the phrase names, who are the parties of the talks; empty
    for any other phrase."""
    if tok.pos_ != "NOUN" or "Plur" not in morph(tok, "Number") or fold(
            tok.lemma_) not in ENVOY_NOUNS:
        return []
    sender = next((c for c in tok.children if c.dep_ == "nmod" and c.conjuncts and any(
        g.lower_ in OWNER_CASES for g in c.children)), None)
    return [] if sender is None else [sender, *sender.conjuncts]


def presided(noun: Token) -> bool:
    """`le Premier ministre a présidé une réunion de crise`: a meeting whose chair the
    sentence names is held with that one party (whoever attended)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "obj" and noun.head.lemma_ == "présider"


def working_session(noun: Token) -> bool:
    """`une séance de travail avec les syndicats`: a working session is a meeting of the
    parties the sentence names, not the sitting of a body (`la séance du conseil`)."""
    return fold(noun.lemma_) in SITTINGS and any(
        c.dep_ == "nmod" and c.lemma_ == "travail" for c in noun.children)
