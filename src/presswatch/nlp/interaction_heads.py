"""The parse heads of an interaction trigger's parties: a verb's subject, object, agent and
`avec` / `entre` / `par` complements (looking through a date word the parser hung them on),
a noun's `de` owner (`le sommet du G20`), its `avec` complement however the parse hung it,
the subject of the clause it sits in (`X a eu un entretien`, `lors de sa visite`, `à
l'issue de pourparlers`), the agent of a participle on it (`présidée par X`). Turning
heads into names is ``nlp/interaction_parties.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.interaction_parties import SITTINGS, SUBJECT_PRONOUNS, ArticleParties
from presswatch.nlp.interaction_phrases import (
    NOT_OWNERS,
    OWNER_CASES,
    WHEN_WORDS,
    is_party_noun,
    is_role,
)
from presswatch.textutil import fold

__all__ = [
    "HOST_VERBS",
    "MEASURE_NOUNS",
    "bound_for",
    "clause_subjects",
    "cut_subject",
    "first_conjunct",
    "hosted_by_an_event",
    "is_call",
    "is_city",
    "name_read_as_verb",
    "neighbour_subjects",
    "noun_parties",
    "object_conjuncts",
    "presided",
    "sent_by_two",
    "summit_name",
    "verb_parties",
    "with_conjuncts",
    "working_session",
]

PARTY_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"}
PARTY_CASES = {"avec", "entre", "par"}
CALLED_TO = {"téléphoner", "téléphoné"}
"""Verbs whose `à` complement is the other party (`a téléphoné à son homologue`; the
participle is its own lemma when the tagger reads it as a noun)."""
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
HOST_VERBS = {"avoir", "tenir", "mener", "effectuer", "organiser", "participer", "entamer",
              "poursuivre", "accorder", "commencer", "achever", "conclure", "présider",
              "accueillir", "engager", "reprendre", "donner", "faire", "entreprendre",
              "ouvrir", "rouvrir", "lancer", "relancer", "conduire", "boucler", "clore",
              "débuter", "terminer", "démarrer", "convoquer", "rendre"}
"""Verbs whose subject holds the interaction their object names (``X a eu un entretien``,
``X effectue une visite``, ``X donne une conférence de presse``)."""
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
HUNG_ON = WHEN_WORDS | {"clore", "clos", "semaine", "matinee", "apres-midi", "soiree", "nuit"}
"""Words the parser often makes a verb's complement and hangs the rest of the clause on
(`a été reçu lundi par X`: `par X` under `lundi`; `a rencontré à huis clos les élus`)."""
SENTENCE_ENDS = {".", "!", "?", ":", ";", "»", "«", '"', "…"}
MAX_CUT_FRAGMENTS = 3
"""Verbless fragments before a verb searched for the subject the parser cut off."""
MAX_XCOMP_UP = 2
"""Verbs an infinitive holding an event is looked up through for its subject (`doit tenir`,
`devrait pouvoir tenir`)."""
MAX_CLAUSE_UP = 4
"""Heads climbed from a trigger phrase to the verb of its clause (``clause_subjects``)."""
MAX_COMPLEMENT_GAP = 10
"""Tokens after a trigger noun searched for its `avec` complement however the parse hung
it (`une réunion dans la matinée avec les États membres`)."""


def with_conjuncts(toks: list[Token]) -> list[Token]:
    out = []
    for t in toks:
        out.append(t)
        out += [c for c in t.conjuncts if c.i > t.i]
    return out


def verb_parties(verb: Token) -> list[Token]:
    """Parse heads of a verb trigger's parties: subject, object, agent, avec/entre/par."""
    heads = []
    kids = list(verb.children)
    kids += [g for c in kids if fold(c.lemma_) in HUNG_ON and c.dep_ != "nsubj"
             for g in c.children]
    for c in kids:
        cases = {g.lower_ for g in c.children if g.dep_ == "case"}
        if c.dep_ in PARTY_DEPS or (c.dep_.startswith(("obl", "nmod")) and cases & PARTY_CASES) \
                or (c.dep_ == "expl:subj" and c.lower_ in SUBJECT_PRONOUNS) or (  # `Il se rendra`
                verb.lemma_ in CALLED_TO and c.dep_.startswith("obl") and cases & {"à", "au"}):
            heads.append(c)
        elif c.dep_ == "xcomp" and c.i > verb.i and c.pos_ != "VERB" and any(
                t.ent_type_ == "PER" for t in (c, *c.children) if t.i >= c.i):
            heads.append(c)  # `a appelé Benyamin Netanyahou`: a name read as a predicate
        elif c.dep_ in {"xcomp", "parataxis"} and c.i > verb.i and name_read_as_verb(c):
            heads.append(c)  # `a rencontré mardi Narendra Modi`: `Narendra` a verb
    heads += object_conjuncts(verb, heads) + _object_on_place(verb, heads)
    up = verb
    for _ in range(3):  # `X devait se rendre à Y pour rencontrer Z`: X meets Z
        if any(h.dep_.startswith("nsubj") for h in heads) or up.dep_ not in {
                "xcomp", "advcl", "conj"} or up.head == up:
            break
        up = up.head
        heads += [c for c in up.children if c.dep_.startswith("nsubj") or (
            c.dep_ == "expl:subj" and c.lower_ in SUBJECT_PRONOUNS)]
    heads += [h for h in first_conjunct(up) if h not in heads]  # `Kiev et Moscou doivent…`
    heads = [h for h in heads if not _a_source(h)]  # `selon X`: who tells it, no party
    if not any(h.dep_.startswith("nsubj") for h in heads):
        heads += cut_subject(up) or swallowed_subject(up)
    return heads


def _object_on_place(verb: Token, heads: list[Token]) -> list[Token]:
    """`a reçu lundi à Rabat le président mauritanien`: the object the parser hung on the
    place before it (a noun with its determiner and no preposition, a role or a person),
    when the verb has no object of its own."""
    if any(h.dep_ == "obj" and (h.pos_ != "NOUN" or is_role(h) or h.ent_type_ == "PER")
           for h in heads):
        return []  # (an object `lundi` is when, not whom)
    return [g for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i
            for g in c.children if g.dep_ == "nmod" and g.i > c.i and not any(
                k.dep_ == "case" for k in g.children) and any(
                k.dep_ == "det" for k in g.children) and (is_role(g) or g.ent_type_ == "PER")]


def _a_source(tok: Token) -> bool:
    """`selon le porte-parole`, `d'après la présidence`: the phrase of a report's source."""
    return any(g.dep_ == "case" and fold(g.lower_) in {"selon", "apres"} for g in tok.children)


def swallowed_subject(verb: Token) -> list[Token]:
    """`Selon le chef des armées, des émissaires … ont pu discuter avec Y`: the parser hung
    the subject after the comma on the source phrase before it (an oblique, or read as the
    subject itself); that noun phrase (opened by a determiner right after the comma) is
    the verb's subject. Empty when the verb has a subject or no such source phrase."""
    if any(c.dep_.startswith(("nsubj", "expl:subj")) and not _a_source(c)
           for c in verb.children):
        return []
    doc = verb.doc
    for source in verb.children:
        if source.i > verb.i or not source.dep_.startswith(("obl", "nsubj")) or \
                not _a_source(source):
            continue
        return [n for n in source.children if n.dep_ == "nmod" and n.pos_ in {"NOUN", "PROPN"}
                and (first := next((t for t in n.subtree if not t.is_punct), n)).pos_ == "DET"
                and first.i > 0 and doc[first.i - 1].text == "," and n.i < verb.i][:1]
    return []


def object_conjuncts(verb: Token, heads: list[Token]) -> list[Token]:
    """`doit rencontrer lundi Donald Trump, puis le secrétaire d'État Marco Rubio`: a noun
    coordinated after the verb's object that the parser hung on the verb itself is another
    party met (empty when the verb has no object)."""
    first = next((h for h in heads if h.dep_ == "obj" and h.head == verb), None)
    if first is None:
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.i > first.i
            and (c.pos_ in {"NOUN", "PROPN"} or name_read_as_verb(c))
            and any(g.dep_ == "cc" for g in c.children)]


def name_read_as_verb(tok: Token) -> bool:
    """A capitalised first name the tagger read as a verb (`Narendra` → `narendrer`) while
    the recogniser saw a person: the name of a party, not a clause."""
    return tok.pos_ == "VERB" and tok.ent_type_ == "PER" and tok.text[:1].isupper() and \
        not tok.is_sent_start


def first_conjunct(verb: Token) -> list[Token]:
    """`Joe Biden et Xi Jinping se sont retrouvés`, `La Russie et l'Ukraine ont repris les
    négociations`, `Moscou et Kiev ont entamé des pourparlers`: the parser sometimes reads
    the first of two coordinated subjects as a root of its own, the verb then being its
    conjunct or starting a fragment with `et`; that first subject (empty otherwise)."""
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subject is None:
        return []
    if verb.dep_ == "conj" and verb.head.pos_ in {"PROPN", "NOUN"} and verb.head.i < verb.i:
        return [verb.head]
    if (first := _cut_before_role(subject)) is not None:
        return [first]
    et = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "et"
               and c.i < subject.i and c.i > 0), None)
    if et is None:
        return []
    first = verb.doc[et.i - 1]
    while first.head != first:
        first = first.head
    if first.pos_ not in {"PROPN", "NOUN"} or first.left_edge.i != first.sent.start or \
            first.right_edge.i != et.i - 1 or any(
                t.pos_ in {"VERB", "AUX"} or t.is_punct for t in first.subtree):
        return []  # a verbless fragment just before `et`, nothing else
    return [first]


def _cut_before_role(subject: Token) -> Token | None:
    """`Paul Durand et son homologue allemand | Karl Weber se sont entretenus`: the parser
    sometimes ends a sentence after the role of the second of two coordinated subjects,
    leaving its name alone as the verb's subject; the first subject then heads a verbless
    fragment on the same line that ends with `et` + that role. That head, or None."""
    sent = subject.sent
    if subject.i != sent.start or subject.pos_ != "PROPN" or sent.start == 0:
        return None
    doc = subject.doc
    before = doc[sent.start - 1].sent
    role = doc[sent.start - 1]
    while role.dep_ == "amod" and role.i > before.start:  # `son homologue allemand`
        role = role.head
    first = before.root
    if "\n" in doc[before.start: sent.start].text_with_ws or before.start != first.left_edge.i \
            or first.pos_ not in {"PROPN", "NOUN"} or any(
                t.pos_ in {"VERB", "AUX"} or t.is_punct for t in before):
        return None
    if role.dep_ != "conj" or role.head != first or not is_role(role) or not any(
            c.dep_ == "cc" and c.lower_ == "et" for c in role.children):
        return None
    return first


def cut_subject(verb: Token) -> list[Token]:
    """`Le Premier ministre britannique Rishi Sunak | a reçu …`: the parser sometimes ends
    a sentence before a verb whose subject is a role and a name, leaving the verb's
    sentence to open with its auxiliary; the heads of the verbless fragments just before
    it (on the same line) are then the verb's subject. Empty when the verb has a subject
    or its sentence opens otherwise."""
    sent = verb.sent
    if any(c.dep_.startswith(("nsubj", "expl:subj")) for c in verb.children) or any(
            t.pos_ not in {"AUX", "PRON"} or t.dep_.startswith("nsubj")
            for t in verb.doc[sent.start: verb.i]):
        return []
    heads: list[Token] = []
    doc = verb.doc
    start = sent.start
    for _ in range(MAX_CUT_FRAGMENTS):
        if start == 0:
            break
        before = doc[start - 1].sent
        if "\n" in doc[before.start: start].text_with_ws or doc[start - 1].text in \
                SENTENCE_ENDS or any(t.pos_ in {"VERB", "AUX"} for t in before):
            break  # a sentence of its own, a line, a headline: no cut subject
        heads = [t for t in before if t.head == t and t.pos_ in {"PROPN", "NOUN", "X"}] + heads
        start = before.start
    return heads


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
    of (``réunion du conseil``), and parties named by the clause (a quote's speaker)."""
    heads, session, named = [], False, []
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
    held = anchor.dep_ in {"obj", "nsubj:pass"} and verb.lemma_ in HOST_VERBS
    if anchor.dep_ == "obj" and verb.lemma_ == "recevoir" and noun.lemma_ in CALLS_RECEIVED:
        # `X a reçu un appel téléphonique de Y`: X took the call Y made
        held = True
        heads += [c for c in noun.children if c not in heads and (c.dep_ == "appos" or (
            c.dep_.startswith("nmod") and any(g.lower_ in OWNER_CASES for g in c.children)))]
    if verb != noun and (possessed or framed or held or anchor.dep_.startswith("obl")):
        holders = _subjects(verb, noun, held) or (
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
    return heads, session, named


def _subjects(verb: Token, noun: Token, held: bool) -> list[Token]:
    """The subject of the clause that holds ``noun``: the verb's own, else, for an event
    a verb holds (`tenir une session`), that of the verb the infinitive completes (`le
    Parlement doit tenir une session`, `X compte effectuer une visite`; not a frame's:
    `ils visaient à poser … dans la foulée de son appel` is not theirs)."""
    for _ in range(MAX_XCOMP_UP + 1):
        found = [c for c in verb.children if (c.dep_.startswith("nsubj") or (
            c.dep_ == "expl:subj" and c.lower_ in SUBJECT_PRONOUNS)) and c != noun]
        if not found:  # `le maire a laissé entendre, en impromptu de presse`: the parser
            # made `laissé` an auxiliary of `entendre` and hung the subject on it
            found = [c for a in verb.children if a.dep_.startswith("aux") and a.pos_ == "VERB"
                     for c in a.children if c.dep_.startswith("nsubj")]
        if found or not held or verb.dep_ != "xcomp" or verb.head == verb:
            return found
        verb = verb.head
    return []


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


def _a_kind(owner: Token) -> bool:
    """`réunion de groupe`, `réunions de commissions`: a common noun after a bare `de`
    says what kind of meeting it is, not whose (`la réunion du groupe` is the group's)."""
    return owner.pos_ == "NOUN" and not owner.text[:1].isupper() and not any(
        c.dep_ in {"det", "nummod"} for c in owner.children) and all(
        g.lower_ in {"de", "d'", "d’"} for g in owner.children if g.dep_ == "case")


def is_call(head: Token, heads: list[Token], art: ArticleParties) -> bool:
    """`appeler` / `un appel` is a call only to or with a person (named, or a role one
    calls with), never an appeal (`appeler à la retenue`, `un appel à manifester`,
    `appeler X à démissionner`)."""
    if any(c.dep_ in {"xcomp", "ccomp", "advcl", "acl"} and c.pos_ == "VERB"
           for c in head.children):
        return False
    called = [h for h in heads if not h.dep_.startswith("nsubj")]
    if head.pos_ == "NOUN":
        received = head.dep_ == "obj" and head.head.lemma_ == "recevoir"
        called += [c for c in head.children if (c.dep_.startswith("nmod") and any(
            g.lower_ == "à" for g in c.children)) or (received and c.dep_ in {
                "nmod", "appos"})]  # `X a reçu un appel de Y`: Y called X
        nxt = head.doc[head.i + 1: head.i + 2]
        if len(nxt) and nxt[0].lower_ in {"avec", "à"}:  # however the parse hung it
            called += list(head.doc[head.i + 2: min(head.i + 7, sentence_bounds(head)[1])])
    return any(art.person(h) for h in called) or any(
        is_role(h) and "Plur" not in morph(h, "Number") and any(
            g.dep_ == "case" and g.lower_ == "avec" for g in h.children)
        for h in called)  # `lors d'un appel avec le président américain`: a person too


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


def neighbour_subjects(sent: Span, art: ArticleParties, wanted: int) -> list[str]:
    """The parties the subject of the sentence after ``sent`` names, else of the one
    before, when it names at least ``wanted``."""
    doc = sent.doc
    for other in (doc[sent.end].sent if sent.end < len(doc) else None,
                  doc[sent.start - 1].sent if sent.start > 0 else None):
        if other is None:
            continue
        subjects = with_conjuncts([t for t in other if t.dep_.startswith("nsubj")
                                   and t.head.dep_ == "ROOT" and art.quoting(t.idx) is None]
                                  or cut_subject(other.root))  # `Washington et Pékin |
        # cherchent…`: the subject the parser cut off
        found = [n for h in subjects for n in art.names(h)]
        found += [who for h in subjects for t in h.subtree if (who := art.person(t))
                  and not _in_clause(t, h)]
        found = list(dict.fromkeys(found))
        if len(found) >= wanted:
            return found
    return []


def _in_clause(tok: Token, top: Token) -> bool:
    """``tok`` sits in a clause inside ``top``'s phrase (`X, qui a battu Y`)."""
    while tok != top and tok.head != tok:
        if tok.dep_ in {"acl", "acl:relcl", "advcl", "ccomp", "parataxis"}:
            return True
        tok = tok.head
    return False


def clause_subjects(tok: Token) -> list[Token]:
    """The subject of the clause a trigger phrase sits in however deep the parse hung it
    (`le maire a laissé entendre, mardi, en impromptu de presse`: `presse` under
    `impromptu` under `en`): the first verb up from ``tok``, its subjects."""
    verb = tok
    for _ in range(MAX_CLAUSE_UP):
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    return _subjects(verb, tok, False) if verb.pos_ == "VERB" else []


def presided(noun: Token) -> bool:
    """`le Premier ministre a présidé une réunion de crise`: a meeting whose chair the
    sentence names is held with that one party (whoever attended)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "obj" and noun.head.lemma_ == "présider"


EVENT_HOSTS = {"journee", "soiree", "matinee", "semaine", "week-end", "edition", "festival",
               "salon", "evenement", "ceremonie", "sommet", "conference", "forum", "colloque",
               "congres", "exposition", "concert", "spectacle", "match", "seance", "session",
               "manifestation", "rassemblement", "foire", "fete", "gala", "competition"}
"""Events and times that `accueillent` or `reçoivent` those who attend them (`la journée a
accueilli de nombreux acteurs`): attendance, no reception."""


def hosted_by_an_event(verb: Token) -> bool:
    """`la journée, qui a accueilli de nombreux acteurs de la tech`, `le salon a reçu 800
    exposants`: the subject of a verb of receiving (a relative's antecedent included) is an
    event or a time, which people attend; no one receives them."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "qui" and verb.dep_ == "acl:relcl":
        subject = verb.head
    return subject is not None and subject.pos_ == "NOUN" and fold(subject.lemma_) in EVENT_HOSTS


def working_session(noun: Token) -> bool:
    """`une séance de travail avec les syndicats`: a working session is a meeting of the
    parties the sentence names, not the sitting of a body (`la séance du conseil`)."""
    return fold(noun.lemma_) in SITTINGS and any(
        c.dep_ == "nmod" and c.lemma_ == "travail" for c in noun.children)
