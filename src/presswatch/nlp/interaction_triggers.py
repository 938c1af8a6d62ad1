"""Where an article reports an interaction: the trigger phrases of
``data/interaction_triggers.tsv`` (lemmas or forms, editable), a reflexive ``se rendre`` /
``se déplacer`` with a destination however many words sit between (``s'est rendu mardi à
Kiev``), a visit announced (``est attendu à Pékin``); and the uses of those words that report
no interaction held or planned: a peak (``au sommet de la hiérarchie``), an institution named
in passing (``soumettre au Conseil des ministres``), an event only considered or possible
(``la table des négociations``, ``pourrait rencontrer``).
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import ADJ, NOUN, VERB
from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import column, morph, sentence_bounds, span_text, strings
from presswatch.nlp.interaction_nations import is_nationality
from presswatch.nlp.interaction_phrases import OWNER_CASES, WHEN_WORDS, is_party_noun, is_role
from presswatch.nlp.interaction_readings import a_possessed_peak
from presswatch.textutil import fold

__all__ = [
    "PLACE_CASES",
    "a_peak",
    "conditional",
    "find_triggers",
    "gathering_body",
    "gathering_held",
    "in_passing",
    "load_triggers",
    "not_an_envoy",
    "only_considered",
    "only_wished",
    "site_place",
    "travels",
]

MAX_PHRASE = 4
NOUN_ONLY = {"venue", "voyage", "séjour", "tournée"}
"""Triggers that report an interaction only as a noun (`sa venue`, not `elle est venue`)."""
PLACE_CASES = {"à", "au", "aux", "en", "dans"}
PEAK_VERBS = {"atteindre", "toucher", "culminer", "hisser", "grimper", "propulser"}
PEAK_OF = {"hierarchie", "classement", "etat", "pouvoir", "pyramide", "gloire", "carriere",
           "affiche", "montagne", "tour", "liste"}
"""`au sommet de la hiérarchie`: complements that make `sommet` a peak."""
SESSION_VERBS = {"présider", "tenir", "réunir", "ouvrir", "convoquer", "clore", "commencer",
                 "participer", "assister", "siéger", "dérouler"}
"""Verbs whose object or complement `le Conseil des ministres` is a session of it."""
SESSION_MARKERS = {"son", "premier", "dernier", "prochain", "extraordinaire", "hebdomadaire",
                   "un", "ce"}
FRAME_WORDS = {"pour", "lors", "issue", "terme", "sortie", "cours", "avant", "après", "pendant",
               "marge", "début", "fin", "ordre"}
"""Words a few tokens before a council that frame one of its sittings (`lors du`, `à l'issue
du`, `dès le début de ce conseil municipal`, `à l'ordre du jour du conseil`)."""
CABINETS = {"ministre", "défense"}
"""Councils a subject names as a sitting whatever its verb (`le Conseil des ministres a
adopté`: the cabinet acts in session); a town or board council acting (`le conseil
d'administration de X a décidé`) is the body, a sitting only framed as one."""
TRAVEL_CASES = PLACE_CASES
TRAVEL_VERBS = {"rendre", "déplacer"}
"""Verbs that, reflexive and with a destination, report a visit (`se rendre à`)."""
COMING_VERBS = {"venir", "aller"}
"""Verbs that, with a named destination, report a visit without `se` (`venir en France`).
Not `arriver`: an arrival is mostly the start of an event the article reports otherwise
(`est arrivé à Paris pour la cérémonie`), not a visit of its own."""
_VISIT_VERB_IDS = frozenset(hash_string(v) for v in TRAVEL_VERBS | COMING_VERBS | {"attendre"})
"""The lemmas `travels`, `_comes` and `_expected` start from (as string ids)."""
CALLED_OFF = {"annuler", "decommander"}
"""Verbs whose object interaction will not take place (`a annulé sa visite`)."""
VENUES = {"siege", "palais", "residence", "ambassade", "chevet", "sommet", "forum"}
"""Destinations of `se rendre` that name the place by its owner (`au siège de l'ONU`); other
destinations are places the parser names (`à Kiev`, `au Qatar`), not streets or homes."""
HOMES = {"domicile", "maison", "appartement", "logement", "villa", "chambre", "chez"}
"""Destinations that are someone's home: going there is no visit of the guideline's kind."""
NOT_HELD = {"table", "condition", "idée", "perspective", "possibilité", "hypothèse",
            "éventualité", "proposition", "offre", "perspectif"}
"""Nouns whose `de` complement is an interaction only considered, not held (`la table des
négociations`, `des conditions de négociations`, `l'idée d'un sommet`)."""
SUMMONS = {"convoquer", "convocation"}
"""Triggers that report a meeting only when an envoy is summoned (``not_an_envoy``)."""
OPENING_VERBS = {"ouvrir", "achever", "clore", "clôturer", "terminer", "tenir", "dérouler",
                 "débuter", "commencer", "poursuivre", "réunir"}
"""Verbs whose subject gathering they open, hold or close (`le G20 s'est ouvert`, `la COP28
se tient`, `le G7 se réunira`)."""
NONE_DETS = {"aucun", "aucune", "nul", "nulle"}
"""Determiners that say no such event took place (`aucune rencontre n'a eu lieu`)."""
WISHED = {"souhaiter", "vouloir", "esperer", "desirer", "refuser", "demander", "reclamer",
          "proposer", "tenter", "tente", "essayer", "chercher", "exiger", "suggerer",
          "plaider", "rejeter", "pret", "dispose", "appeler", "militer", "insister", "libre"}
"""Verbs and adjectives whose complement interaction is only wished, asked for, offered,
allowed or refused (`souhaite rencontrer`, `prêt à recevoir`, `réclame un sommet`, `est
libre de réunir ses partisans`)."""
HOLDING = {"obtenir", "organiser", "tenir", "tenue", "organisation", "avoir", "accueillir",
           "abriter", "heberger"}
"""Words between a wish and the interaction it wants (`tente d'obtenir une rencontre`,
`est prête à accueillir de nouvelles négociations`)."""
WISH_LINKS = {"xcomp", "obj", "obl:arg", "nmod"}
OPEN_TO = {"ouvrir", "ouvert", "favorable"}
"""Words whose `à` complement interaction is only welcomed (`s'est dit ouvert aux
discussions`, `favorable à une rencontre`), not their object (`ont ouvert des
négociations` opens them)."""
MAYBE = {"exclure", "exclu", "envisager", "envisage", "possible", "probable", "improbable",
         "incertain", "hypothetique", "evoquer", "souhaitable", "espere", "esperer"}
"""Predicates that make their subject event only possible (`n'est pas exclue`, `est
envisagée`)."""

PRESS_AUDIENCES = {"journaliste", "presse", "média"}
SAID_TO_PRESS = {"déclarer", "dire", "affirmer", "expliquer", "assurer", "indiquer", "confier",
                 "annoncer", "répondre", "préciser", "lancer", "souligner", "estimer", "échange",
                 "échanger", "parler", "exprimer", "réagir", "déclaration"}
ASKED_BY = {"interroger", "questionner", "interpeller"}
"""Verbs whose passive agent the press makes a press conference (`interrogé par des
journalistes`)."""
"""Words of speech whose `à` / `avec` complement the press makes a press conference (the
dev set's annotators mark `devant la presse`, `une rencontre avec la presse` and `des
échanges avec la presse` so)."""


def load_triggers(path: Path | None = None) -> dict[tuple[str, ...], str]:
    """The trigger lexicon: word sequence (lemmas or forms, lower case) → type."""
    if path is None:
        text = resources.files("presswatch.data").joinpath(
            "interaction_triggers.tsv").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    out: dict[tuple[str, ...], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        kind, _, phrase = line.partition("\t")
        out[tuple(w.lower().replace("’", "'") for w in phrase.split())] = kind.strip()
    return out


def find_triggers(doc: Doc, triggers: dict[tuple[str, ...], str]) -> list[tuple[int, int, str]]:
    found = []
    firsts = {k[0] for k in triggers}
    # every token's lemma, form and tag read in bulk (the doc's columns): building a Token
    # per word, twice, cost more than the matching
    lemma_ids, tags = column(doc, LEMMA), column(doc, POS)
    lemmas, lowers = strings(doc, LEMMA), strings(doc, LOWER)
    # (`_lemma` reads a participle back only after `avoir` or `être`: elsewhere a word is
    # its lemma, lower-cased, and no call is made for it)
    words = [_lemma(lemmas[k], lowers[k], tags[k], lemmas[k - 1], firsts)
             if k and tags[k] in _PARTICIPLE_TAGS and lemmas[k - 1] in _PERFECT_AUXILIARIES
             else lemmas[k].lower().replace("’", "'") for k in range(len(tags))]
    texts = [low.replace("’", "'") for low in lowers]
    i = 0
    while i < len(doc):
        hit = None
        if words[i] not in firsts and texts[i] not in firsts:
            i += 1
            continue
        for n in range(MAX_PHRASE, 0, -1):
            key_l, key_t = tuple(words[i: i + n]), tuple(texts[i: i + n])
            kind = triggers.get(key_l) or triggers.get(key_t)
            if kind and len(key_l) == n:
                hit = (i, i + n, kind)
                break
        if hit:
            # verbs and nouns only: `appeler à` is not `un appel`
            if doc[hit[0]].pos_ in {"VERB", "NOUN", "PROPN", "ADP", "ADJ"} and not (
                    texts[hit[0]] in NOUN_ONLY and doc[hit[0]].pos_ != "NOUN"):
                found.append(hit)
            i = hit[1]
        else:
            i += 1
    taken = {k for a, b, _kind in found for k in range(a, b)}
    found += [hit for k in range(len(tags)) if lemmas[k] in PRESS_AUDIENCES
              and (hit := _to_the_press(doc[k])) is not None and hit[0] not in taken]
    # a visit verb is one of a few lemmas tagged VERB: only those are read as Tokens
    found += [(k, k + 1, "visit") for k in range(len(tags))
              if tags[k] == VERB and lemma_ids[k] in _VISIT_VERB_IDS and k not in taken and (
                  travels(doc[k]) or _expected(doc[k]) or _comes(doc[k]))]
    found += [(k, k + 1, kind) for k in range(len(tags)) if k not in taken and (
        kind := _gathering_kind(texts[k])) and gathering_held(doc[k])]
    return sorted(found)


@functools.cache
def _gathering_names() -> dict[str, tuple[str, bool]]:
    """`data/interaction_gatherings.tsv`: lower-case gathering name → (interaction type,
    whether it is a common noun that needs a named complement: `congrès`, `conférence`)."""
    text = resources.files("presswatch.data").joinpath(
        "interaction_gatherings.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    return {name.strip().lower(): (kind.strip(), name.strip().islower())
            for kind, name in rows if kind != "type"}


@functools.lru_cache(maxsize=1 << 14)
def _gathering_kind(word: str) -> str | None:
    """The interaction type a lower-case word names as a gathering (`g20`, `cop28`);
    cached, as `find_triggers` asks it of every word of every article."""
    names = _gathering_names()
    found = names.get(word) or (names.get(word.rstrip("0123456789") + "#")
                                if word[-1:].isdigit() else None)
    return found[0] if found else None


def gathering_kind(word: str) -> str | None:
    """The interaction type a word names as a gathering (`G7` → summit, `COP28` →
    meeting), or None."""
    return _gathering_kind(word.lower()) if word else None


def gathering_body(tok: Token) -> str | None:
    """The body a gathering's name stands for, as written: the name (`G20`, `Assemblée
    générale de l'ONU`), or a common noun with its named complement (`le congrès de
    l'ANC`, `la conférence de Munich`); None for a common noun alone (`la conférence`:
    which one the sentence does not say)."""
    doc = tok.doc
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
    if not _gathering_names().get(tok.lower_, ("", False))[1]:
        return ent.text if ent is not None else tok.text
    named = [c for c in tok.children if c.dep_ == "nmod" and (
        c.pos_ == "PROPN" or c.ent_type_) and any(g.lower_ in OWNER_CASES for g in c.children)]
    if ent is not None and len(ent) > 1:
        return ent.text
    if not named and not tok.text[:1].isupper():
        return None
    lo = min([tok.i, *(c.i for c in tok.children if c.dep_ in {"det", "amod"} and c.i < tok.i)])
    hi = max([tok.i, *(t.i for c in named for t in c.subtree)])
    return doc[lo:hi + 1].text


REFLEXIVE_OPENINGS = {"ouvrir", "tenir", "réunir", "terminer", "clore", "clôturer",
                      "poursuivre", "dérouler"}
"""Opening verbs that say the gathering opens, holds or closes only reflexive (`le G7 a
ouvert la voie`, `le G20 a tenu ses promesses` report none)."""


def gathering_held(tok: Token) -> bool:
    """`Le G20 s'est ouvert samedi`, `la COP28 s'achève`: a gathering's name
    (``data/interaction_gatherings.tsv``) as the subject of a verb that opens, holds or
    closes it."""
    verb = tok.head
    if not _gathering_kind(tok.lower_) or not tok.dep_.startswith("nsubj") or \
            verb.pos_ != "VERB" or verb.lemma_ not in OPENING_VERBS or any(
                c.dep_ == "xcomp" for c in verb.children) or gathering_body(tok) is None:
        return False  # (`le forum a commencé à perdre des membres`)
    return verb.lemma_ not in REFLEXIVE_OPENINGS or any(
        c.lower_ in {"se", "s'", "s’"} for c in verb.children)


PRESS_OF_NATIONS = {"etranger", "etrangers", "etrangere", "etrangeres", "international",
                    "internationaux", "internationale", "internationales"}
"""Adjectives that leave the press at large (`à des journalistes étrangers`)."""


def _of_a_nation(word: Token) -> bool:
    """`à des journalistes français`, `étrangers`: a nationality says which press, not which
    outlet, so the words are still said to the press at large (`la presse locale`, `les
    journalistes du Monde` stay one outlet's)."""
    return word.dep_ == "amod" and (fold(word.lower_) in PRESS_OF_NATIONS or
                                    is_nationality(word.text))


def _to_the_press(tok: Token) -> tuple[int, int, str] | None:
    """`a déclaré aux journalistes`, `des échanges musclés avec la presse`, `a répondu aux
    questions des journalistes`: words said to the press at large, from the speech word to
    the press (not to one outlet: `aux journalistes du Monde`, `à la presse locale`)."""
    cases = {g.lower_ for g in tok.children if g.dep_ == "case"}
    if any(c.dep_ in {"nmod", "amod", "appos"} and not _of_a_nation(c) for c in tok.children) or (
            tok.lemma_ == "journaliste" and "Plur" not in tok.morph.get("Number")):
        return None
    said = tok.head
    if cases & {"de", "des", "du"} and said.lemma_ == "question":
        said = said.head  # `répondre aux questions des journalistes`
    elif cases & {"par"} and said.lemma_ in ASKED_BY:
        pass  # `interrogé par des journalistes`
    elif not cases & {"à", "aux", "au", "avec"}:
        return None
    if said.pos_ == "ADJ":  # `des échanges musclés avec la presse`
        said = said.head
    if said.lemma_ not in SAID_TO_PRESS | ASKED_BY or said.i > tok.i:
        return None
    return (said.i, tok.i + 1, "press_conference")


_PARTICIPLE_TAGS = frozenset({NOUN, ADJ})
"""The tags of a past participle the tagger misread (`_lemma`)."""
_PERFECT_AUXILIARIES = frozenset({"avoir", "être"})


def _lemma(lemma: str, lower: str, pos: int, lemma_before: str | None,
           firsts: set[str]) -> str:
    """A token's lemma, or the infinitive of a past participle the tagger read as a
    noun or adjective (`a téléphoné à X`: `téléphoné`, a noun); from the token's lemma,
    lower-case form, tag and the lemma of the token before it (None for the first)."""
    lemma = lemma.lower().replace("’", "'")
    if lemma in firsts or pos not in _PARTICIPLE_TAGS or lemma_before is None or \
            lemma_before not in _PERFECT_AUXILIARIES:
        return lemma
    stem = lower.removesuffix("s").removesuffix("e")
    if stem.endswith("é") and stem[:-1] + "er" in firsts:
        return stem[:-1] + "er"
    return lemma


NOT_A_JOURNEY = {"compte", "coupable", "complice", "responsable", "maitre", "utile",
                 "indispensable", "celebre", "necessaire", "disponible"}
"""What `se rendre` takes when it is no journey (`s'est rendu compte`, `coupable`; the
parser reads some as nouns)."""


def travels(verb: Token) -> bool:
    """`s'est rendu mardi à Kiev`, `se rendra au siège de l'ONU`, `s'est déplacé à
    Marseille`: a reflexive `rendre` / `déplacer` with a named destination (however many
    words sit between); not the idioms `se rendre compte` and `se rendre` + attribute (`s'est
    rendu coupable de fraude en France`, `s'est rendue indispensable à Rome`)."""
    if verb.lemma_ not in TRAVEL_VERBS or verb.pos_ != "VERB" or not any(
            c.lower_ in {"se", "s'", "s’"} for c in verb.children):
        return False
    if any((c.dep_ == "xcomp" and c.pos_ == "ADJ") or fold(c.lower_) in NOT_A_JOURNEY
           for c in verb.children if c.i > verb.i):
        return False
    goes = _destination(verb)
    return goes if goes is not None else site_place(verb) is not None  # `une usine à Douai`


_SITE_PLACE_WORDS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP"})
"""The tags of the words of a place a visited site lies in (`dans l'État du Michigan`)."""


def site_place(verb: Token) -> str | None:
    """`a visité une usine à Toulouse`, `en visitant un camp dans le nord du Tchad`, `s'est
    rendue dans une usine de batteries à Douai`: the named place a site visited or gone to
    lies in, as written from the noun after its à / en / dans (`État du Michigan`), the first
    such phrase of the verb's clause after it that holds a proper noun of no person; None
    when the clause names no place (`visitait le stand Peugeot`: a stand is no destination,
    and a visit's destination is a place), so that a site visited somewhere named is a
    visit there."""
    doc = verb.doc
    end = sentence_bounds(verb)[1]
    for t in doc[verb.i + 1: end]:
        if (t.pos_ in {"VERB", "AUX"} and t.dep_ != "acl") or (t.is_punct and t.text != ","):
            return None  # (a participle describing the site goes on: `un camp de déplacés`)
        if t.lower_ not in PLACE_CASES or t.pos_ != "ADP":
            continue
        k = t.i + 1
        while k < end and doc[k].pos_ in _SITE_PLACE_WORDS and \
                doc[k].lower_ not in PLACE_CASES and fold(doc[k].lower_) not in WHEN_WORDS:
            k += 1
        words = [w for w in doc[t.i + 1: k] if not (w.pos_ == "DET" and w.i == t.i + 1)]
        if any(w.pos_ == "PROPN" and w.ent_type_ != "PER" for w in words) and not any(
                w.ent_type_ == "PER" for w in words):
            return span_text(doc, words[0].i, k)
    return None


def _destination(verb: Token) -> bool | None:
    """A named place or venue the verb's clause goes to (`à Kiev`, `au Qatar`, `au siège
    de l'ONU`), within a few words after it: True; False for a home (wherever it is); None
    when the words name neither."""
    for c in verb.doc[verb.i + 1: min(verb.i + 8, sentence_bounds(verb)[1])]:
        if c.is_punct or (c.pos_ in {"VERB", "AUX"} and c.i > verb.i + 1):
            break
        cases = {g.lower_ for g in c.children if g.dep_ == "case"}
        owners = [g for g in c.children if g.dep_.startswith("nmod") and any(
            k.lower_ in OWNER_CASES for k in g.children)]
        if cases & TRAVEL_CASES and fold(c.lemma_) in HOMES:
            return False  # `au domicile de la victime à Lyon`: a home, wherever it is
        if c.dep_.startswith(("obl", "nmod")) and cases & TRAVEL_CASES and (
                c.ent_type_ in {"LOC", "ORG"} or any(g.ent_type_ == "LOC" for g in owners) or (
                    fold(c.lemma_) in VENUES and any(
                        g.ent_type_ in {"LOC", "ORG", "PER"} or is_party_noun(g)
                        for g in owners))):
            # the destination, however the parse hung it (`début mai au Qatar`), a place
            # of a named town (`à l'hôpital de Nice`), a venue of someone named or of an
            # office (`à la résidence du Premier ministre`)
            return True
    return None


def _comes(verb: Token) -> bool:
    """`invité à venir en France`, `il ira à Kiev`: coming or going to a named place (not
    `vient de signer`, `va rencontrer`: the next verb says what)."""
    if verb.lemma_ not in COMING_VERBS or verb.pos_ != "VERB" or any(
            c.dep_ == "xcomp" for c in verb.children) or verb.doc[
            min(verb.i + 1, len(verb.doc) - 1)].pos_ == "VERB":
        return False
    up = verb
    for _ in range(3):  # `X est invité à venir`: X comes
        subject = next((c for c in up.children if c.dep_.startswith("nsubj")), None)
        if subject is not None:  # someone named or described, not `des migrants`
            return (subject.ent_type_ == "PER" or subject.pos_ == "PROPN" or is_role(
                subject)) and _destination(verb) is True
        if up.dep_ == "acl" and (up.head.ent_type_ == "PER" or is_role(up.head)):
            return _destination(verb) is True  # `a proposé au président X de venir`
        if up.dep_ not in {"xcomp", "advcl"} or up.head == up:
            return False
        up = up.head
    return False


def _expected(verb: Token) -> bool:
    """`X est attendu mardi à Pékin`: a visit the text announces (a passive `attendre`
    with a named place)."""
    if verb.lemma_ != "attendre" or verb.pos_ != "VERB" or not any(
            c.dep_ == "aux:pass" for c in verb.children):
        return False
    return _destination(verb) is True


def only_considered(noun: Token) -> bool:
    """`la table des négociations`, `l'idée d'un sommet`: talked of, not held; `une
    rencontre n'est pas exclue`: possible, neither held nor planned."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_.startswith("nsubj") and fold(noun.head.lemma_) in MAYBE:
        return True
    if noun.dep_ in {"obj", "nsubj:pass"} and fold(noun.head.lemma_) in CALLED_OFF:
        return True  # `a annulé sa visite`: neither held nor planned any more
    if any(c.dep_ == "det" and fold(c.lower_) in NONE_DETS for c in noun.children):
        return True  # `aucune rencontre n'est prévue`, `sans aucun entretien`
    cases = {g.lower_ for g in noun.children if g.dep_ == "case"}
    if (noun.dep_ == "obj" or (noun.dep_.startswith("obl") and "pour" in cases) or (
            noun.dep_.startswith("obl") and cases & {"de", "d'", "d’"} and not any(
                c.dep_ == "det" for c in noun.children))) and \
            noun.head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "advmod" and c.lower_ in {"pas", "jamais", "plus"}
            for c in noun.head.children):
        return True  # `je n'irai pas à Paris pour la rencontre`, `n'a pas tenu de réunion`
    return noun.dep_.startswith("nmod") and noun.head.lemma_ in NOT_HELD


def not_an_envoy(head: Token, parties: list[Token]) -> bool:
    """`convoquer` / `une convocation` that summons no envoy (`convoqué par la justice`,
    `convoquer un comité d'experts`, `les électeurs sont convoqués`): no meeting. Summoning an
    ambassador or a chargé d'affaires (``data/interaction_summoned.txt``, editable) is one,
    between the summoner and the envoy (`Paris a convoqué l'ambassadeur d'Iran`)."""
    if fold(head.lemma_) not in SUMMONS:
        return False
    summoned = {"obj", "nsubj:pass"} if head.pos_ == "VERB" else {"nmod"}
    return not any(p.dep_ in summoned and fold(p.lemma_) in _envoys() for p in parties)


@functools.cache
def _envoys() -> frozenset[str]:
    """`data/interaction_summoned.txt`: the envoys whose summons is a meeting."""
    text = resources.files("presswatch.data").joinpath(
        "interaction_summoned.txt").read_text("utf-8")
    return frozenset(fold(w.strip()) for w in text.splitlines()
                     if w.strip() and not w.startswith("#"))


def only_wished(tok: Token) -> bool:
    """`souhaite rencontrer Y`, `a refusé de recevoir Y`, `a proposé une rencontre`, `tente
    d'obtenir un entretien`, `a appelé à la tenue d'un sommet`: an interaction wished,
    asked for, offered or refused, neither held nor planned (`doit rencontrer`, `a accepté
    de recevoir`, `prévoit de se rendre` are planned and kept)."""
    t = tok
    for _ in range(3):
        up = t.head
        if up is t or t.dep_ not in WISH_LINKS:
            return False
        lemma = fold(up.lemma_)
        if (lemma in WISHED and t.dep_ != "nmod") or (lemma in OPEN_TO and t.dep_ == "obl:arg"):
            return True
        if lemma not in HOLDING:
            return False
        t = up  # `obtenir un entretien`, `la tenue d'un sommet`: the event itself
    return False


def a_peak(noun: Token) -> bool:
    """`atteindre des sommets`, `au sommet de la hiérarchie`, `au sommet de l'État`: a
    peak, not a summit (one is of an institution or a place, or is held)."""
    if noun.lemma_ != "sommet":
        return False
    if noun.head.lemma_ in PEAK_VERBS or a_possessed_peak(noun):
        return True  # (`au sommet de sa popularité`)
    return any(c.dep_.startswith("nmod") and c.pos_ == "NOUN" and c.ent_type_ != "ORG"
               and fold(c.lemma_) in PEAK_OF and any(g.lower_ in OWNER_CASES
                                                     for g in c.children)
               for c in noun.children)


def in_passing(doc: Doc, start: int) -> bool:
    """`le Conseil des ministres`, `le conseil municipal` named as an institution
    (`soumettre au Conseil des ministres`, `le conseil d'administration de X a décidé`)
    rather than as a session (`présider le Conseil des ministres`, `lors du conseil
    municipal`, `le Conseil des ministres s'est ouvert`)."""
    head = doc[start]
    verb = head.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    cabinet = any(c.dep_ == "nmod" and c.lemma_ in CABINETS for c in head.children)
    if (head.dep_.startswith("nsubj") and cabinet) or verb.lemma_ in SESSION_VERBS or any(
            c.lower_ in SESSION_MARKERS for c in head.children):
        return False  # `son premier conseil des ministres`: a session
    return not any(t.lower_ in FRAME_WORDS for t in doc[max(0, start - 4): start])


def conditional(tok: Token) -> bool:
    """`pourrait rencontrer`, `si X rencontrait`: possible, not held nor planned; `n'a pas
    pu se réunir`: not held. `devrait rencontrer` is planned, as `doit rencontrer`."""
    for t in (tok, tok.head):
        if "Cnd" in morph(t, "Mood") and not (t is not tok and t.lemma_ == "devoir"):
            return True  # but `devrait rencontrer`: a meeting planned
        if t.pos_ in {"VERB", "AUX"} and (t is tok or tok.dep_ == "xcomp") and any(
                c.lower_ in {"pas", "jamais", "point"} and c.dep_ == "advmod"
                for c in t.children):
            return True
        if any(c.lower_ == "si" and c.dep_ == "mark" for c in t.children):
            return True
    return False
