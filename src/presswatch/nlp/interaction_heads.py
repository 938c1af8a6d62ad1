"""The parse heads of a verb trigger's parties: its subject, object, agent and `avec` /
`entre` / `par` complements (looking through a date word the parser hung them on), and the
subjects the parser cut off or hung elsewhere (a first of two coordinated subjects read as
a root, a subject left in a verbless fragment, one hung on a source phrase); the subject of
the clause a trigger phrase sits in, and a neighbouring sentence's subjects. A noun
trigger's heads (`le sommet du G20`, `lors de sa visite`, `présidée par X`) are
``nlp/interaction_noun_heads.py``'s, built on these; turning heads into names is
``nlp/interaction_parties.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.interaction_parties import SUBJECT_PRONOUNS, ArticleParties
from presswatch.nlp.interaction_phrases import WHEN_WORDS, is_role
from presswatch.textutil import fold

__all__ = [
    "CALLED_TO",
    "HOST_VERBS",
    "PARTY_CASES",
    "clause_subjects",
    "cut_subject",
    "first_conjunct",
    "hosted_by_an_event",
    "is_call",
    "listed_first",
    "name_read_as_verb",
    "neighbour_subjects",
    "object_conjuncts",
    "subjects_of",
    "verb_parties",
    "with_conjuncts",
]

PARTY_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"}
PARTY_CASES = {"avec", "entre", "par"}
CALLED_TO = {"téléphoner", "téléphoné"}
"""Verbs whose `à` complement is the other party (`a téléphoné à son homologue`; the
participle is its own lemma when the tagger reads it as a noun)."""
HOST_VERBS = {"avoir", "tenir", "mener", "effectuer", "organiser", "participer", "entamer",
              "poursuivre", "accorder", "commencer", "achever", "conclure", "présider",
              "accueillir", "engager", "reprendre", "donner", "faire", "entreprendre",
              "ouvrir", "rouvrir", "lancer", "relancer", "conduire", "boucler", "clore",
              "débuter", "terminer", "démarrer", "convoquer", "rendre"}
"""Verbs whose subject holds the interaction their object names (``X a eu un entretien``,
``X effectue une visite``, ``X donne une conférence de presse``)."""
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
def with_conjuncts(toks: list[Token]) -> list[Token]:
    """The tokens and their later conjuncts, but not a conjunct with a `de` of its own
    that its head lacks: `les ministres de A, de B et de C` read as `ministres` and `B`,
    `C` coordinated names the ministers' countries, not parties beside them."""
    out = []
    for t in toks:
        out.append(t)
        out += [c for c in t.conjuncts if c.i > t.i and not (
            _cases(c) & OF_CASES and not _cases(t) & OF_CASES)]
    return out


OF_CASES = {"de", "du", "des", "d'", "d’"}


def _cases(tok: Token) -> set[str]:
    return {fold(g.lower_) for g in tok.children if g.dep_ == "case"}


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
    heads += [h for h in listed_first(verb, heads) if h not in heads]  # (session 27)
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
            (t.pos_ not in {"AUX", "PRON"} and not (t.pos_ == "PUNCT" and t.text == ","))
            or t.dep_.startswith("nsubj") for t in verb.doc[sent.start: verb.i]):
        # (the cut may leave the subject's closing comma: `A, de X, et B, de Y | , se sont`)
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


def subjects_of(verb: Token, noun: Token, held: bool) -> list[Token]:
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
            return found + listed_first(verb, found)
        verb = verb.head
    return []


def listed_first(verb: Token, subjects: list[Token]) -> list[Token]:
    """`A, B et C ont participé …`: the parser hung a list's first name on the verb as a
    modifier (no preposition, a comma before the subject); it is a subject too."""
    subject = next((s for s in subjects if s.dep_.startswith("nsubj") and any(
        c.dep_ == "conj" for c in s.children)), None)
    if subject is None or subject.i < 2 or verb.doc[subject.i - 1].text != ",":
        return []
    hung = [c for c in verb.children if c.dep_.startswith(("obl", "nmod"))]
    if verb.dep_ in {"acl", "acl:relcl"}:  # (or made the verb a relative of that name)
        hung.append(verb.head)
    return [c for c in hung if c.i < subject.i and c.ent_type_ == "PER" and not any(
        g.dep_ == "case" for g in c.children) and max(
        t.i for t in (c, *c.children) if t.dep_ == "flat:name" or t == c) == subject.i - 2]


def is_call(head: Token, heads: list[Token], art: ArticleParties) -> bool:
    """`appeler` / `un appel` is a call only to or with a person (named, or a role one
    calls with), never an appeal (`appeler à la retenue`, `un appel à manifester`,
    `appeler X à démissionner`, the infinitive hung on X: `les pays riches à tenir …`)."""
    if any(c.dep_ in {"xcomp", "ccomp", "advcl", "acl"} and c.pos_ == "VERB"
           and not _purpose(c) for c in head.children):
        return False  # (`a appelé X pour lui présenter ses condoléances` is a call)
    if head.pos_ == "VERB" and any(
            c.dep_ == "mark" and c.lower_ in {"à", "a"} and c.head.pos_ == "VERB" and
            c.head.i > head.i and c.head.head.i in {head.i, *(o.i for o in head.children
                                                            if o.dep_ == "obj")}
            for c in head.subtree):
        return False  # `a appelé les pays riches à tenir leurs promesses`
    if head.pos_ == "VERB" and _called_to_words(head):
        return False  # `a appelé mercredi les syndicats à « reprendre le dialogue »`, the
        # sentence cut by the parser before the mark
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
        is_role(h) and "Plur" not in morph(h, "Number") and (any(
            g.dep_ == "case" and g.lower_ == "avec" for g in h.children) or (
            h.dep_ == "obj" and head.pos_ == "VERB" and not _called_to(head) and not any(
                c.dep_.startswith("aux") and c.lemma_ == "être" for c in head.children)))
        for h in called)  # `lors d'un appel avec le président américain`, `a appelé son
    # homologue` (not `a appelé son homologue à la retenue`, `est appelé le nouveau chef`)


def _called_to(verb: Token) -> bool:
    """`appeler X à la retenue`, `au calme` (however the parse hangs it: on the verb or on
    X): a common noun after `à`, what X is called to."""
    return any(t.dep_.startswith(("obl", "nmod")) and t.pos_ == "NOUN" and any(
        g.dep_ == "case" and g.lower_ in {"à", "au", "aux"} for g in t.children)
        for t in verb.subtree if t.i > verb.i)


CALL_MEANS = {"téléphone", "telephone", "portable", "visio", "visioconférence"}
"""Nouns after `au` that say how one called, not what to (`l'a appelé au téléphone`)."""


def _called_to_words(verb: Token) -> bool:
    """Read from the words when the parser cut the sentence after the verb: within the
    next dozen words, before any other verb or the text's sentence end, `à`/`au`/`aux`
    in the parser's next sentence, then (past a mark and a determiner) an infinitive or a
    common noun other than a means of calling. (Within the verb's own sentence the
    parse says it: :func:`_called_to`.)"""
    doc = verb.doc
    end = verb.sent.end
    for k in range(verb.i + 1, min(verb.i + 12, len(doc) - 1)):
        t = doc[k]
        if t.text in {".", ";", "!", "?"} or (t.pos_ in {"VERB", "AUX"} and
                                              "Inf" not in t.morph.get("VerbForm")):
            return False
        if t.lower_ not in {"à", "au", "aux"}:
            continue
        if k < end:
            return False
        m = k + 1
        while m < len(doc) and (doc[m].text in {"«", "“", '"'} or doc[m].pos_ == "DET"):
            m += 1
        return m < len(doc) and ("Inf" in doc[m].morph.get("VerbForm") or (
            doc[m].pos_ == "NOUN" and doc[m].lower_ not in CALL_MEANS))
    return False


def _purpose(clause: Token) -> bool:
    """An infinitive clause of purpose (`pour lui dire`, `afin de`), not what one is called
    to do (`appeler X à démissionner`)."""
    return any(c.dep_ == "mark" and c.lower_ in {"pour", "afin"} for c in clause.children)


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
    return subjects_of(verb, tok, False) if verb.pos_ == "VERB" else []


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


