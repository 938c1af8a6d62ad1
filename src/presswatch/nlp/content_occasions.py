"""The occasion a content may run into: `…, lors de sa conférence de presse`, `…, au micro de
France Inter`, `…, devant les journalistes`, `…, au lendemain d'un vote`: where, when and
before whom the words were said, in the reporter's voice, which ends what was said; and
after a quotation, only when (`« … » lundi`) or after what event (`« … » après le vote`).

Why a module of its own: `content_end.py` decides where a content stops from many signs;
this one reads a stretch after a comma as a whole, with its own word lists.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.nlp.circumstances import says_when
from presswatch.nlp.dates import MONTHS
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import CLITICS, NEGATION, OPENING_MARKS
from presswatch.textutil import fold

# `…, lors de sa conférence de presse`, `…, à l'issue de la rencontre`, `…, en marge du
# sommet`, `…, au premier jour du sommet`, `…, dans un entretien au Monde`: the occasion of
# the words, in the reporter's voice. Lower case, as folded.
# (The tokenizer splits the elided article: `l'issue` is two words, `l'` and `issue`.)
TIME_OPENERS = (("lors",), ("a", "l'", "issue"), ("a", "l'", "occasion"), ("au", "cours"),
                ("au", "terme"), ("en", "marge"), ("au", "sortir"), ("a", "la", "sortie"),
                ("au", "lendemain"), ("a", "la", "veille"), ("a", "l'", "ouverture"),
                ("a", "la", "cloture"), ("en", "ouverture"), ("en", "cloture"))
"""Openers of a time phrase: the occasion of the words only when an occasion noun follows
(`…, lors d'une conférence de presse`); `…, au cours de l'année prochaine` is said."""
SETTING_OPENERS = (("lors",), ("a", "l'", "issue"), ("au", "terme"), ("en", "marge"),
                   ("au", "sortir"), ("au", "lendemain"), ("a", "la", "veille"), ("au", "soir"),
                   ("au", "matin"), ("dans", "la", "foulee"))
"""Openers that, after a noun phrase said and a comma, set the report in time whatever
noun follows (`a annoncé la dissolution de l'Assemblée, au soir d'élections …`, `…, au
lendemain d'un vote de défiance`): a noun phrase said does not go on into its own moment."""
CHANNEL_OPENERS = (("en", "conference"), ("au", "micro"), ("a", "l'", "antenne"),
                   ("sur", "le", "plateau"))
"""Openers that always say where the words were said (`…, au micro de France Inter`)."""
OCCASION_NOUNS = frozenset({"entretien", "interview", "communique", "message", "discours",
                            "tribune", "lettre", "video", "declaration", "allocution",
                            "conference", "courrier", "publication", "post", "reunion",
                            "rencontre", "sommet", "visite", "seance", "debat", "emission",
                            "meeting", "point", "audience", "ceremonie", "deplacement",
                            "echange", "conseil", "congres", "forum", "entrevue", "jour",
                            "session", "colloque", "assemblee", "salon", "assises"})
"""Events and media on which words are said (folded)."""
AUDIENCES = frozenset({"journalistes", "presse", "deputes", "senateurs", "cameras",
                       "militants", "partisans", "elus", "parlementaires", "micros",
                       "medias", "sympathisants", "etudiants", "salaries", "habitants"})
"""Who words are said before (`…, devant les journalistes`), folded."""
ORDINAL_DAYS = frozenset({"premier", "deuxieme", "second", "troisieme", "dernier"})
FUTURE_WORDS = frozenset({"prochain", "prochaine", "prochains", "prochaines", "futur", "future",
                          "suivant", "suivante"})
"""Words that make a time phrase part of a plan said (`…, lors du prochain sommet`), folded."""


def occasion_to_the_end(doc: Doc, k: int, limit: int, *, noun_said: bool = False) -> bool:
    """Whether the words after a comma at `k - 1` up to the content's end only say on what
    occasion the words were said (`…, lors d'une conférence de presse à Lyon`, `…, devant
    les journalistes`, `…, dans un entretien au Progrès`): the content stops at the comma.
    A verb of its own after the opener (other than a participle describing a noun), or an
    occasion still to come (`se rencontreront, lors du prochain sommet`), keeps them in
    what was said. After a noun phrase said (`noun_said`), a time opener of
    SETTING_OPENERS needs no occasion noun."""
    words = [fold(t.text).replace("’", "'") for t in doc[k:min(limit, k + 4)]]
    following = {fold(t.text) for t in doc[k:min(limit, k + 7)]}
    opener = next((len(o) for o in CHANNEL_OPENERS if tuple(words[:len(o)]) == o), 0)
    if not opener and noun_said and not following & FUTURE_WORDS:
        opener = next((len(o) for o in SETTING_OPENERS if tuple(words[:len(o)]) == o), 0)
    if not opener and (following & OCCASION_NOUNS):
        opener = next((len(o) for o in TIME_OPENERS if tuple(words[:len(o)]) == o), 0)
        if not opener and len(words) >= 3 and words[0] == "au" and words[1] in ORDINAL_DAYS \
                and words[2] == "jour":
            opener = 3  # `au premier jour du sommet`
        if following & FUTURE_WORDS:
            return False  # `se rencontreront, lors du prochain sommet`: part of the plan
    if not opener and len(words) >= 3 and doc[k + 1].pos_ == "DET" and (
            (words[0] == "dans" and words[2] in OCCASION_NOUNS) or
            (words[0] == "devant" and words[2] in AUDIENCES)):
        opener = 2
    if not opener:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} and not ("Part" in morph(t, "VerbForm") and
                                                       t.dep_ in {"acl", "amod"})
                   for t in doc[k + opener:limit]) and not any(
        t.text in {",", ";", ":"} or t.text in OPENING_MARKS for t in doc[k + opener:limit])


def an_act_at_the_occasion(doc: Doc, start: int, j: int) -> bool:
    """`a promis d'être présent à l'ouverture du salon`, `a annoncé vouloir intervenir lors
    des assises`: an infinitive said, with no comma before the occasion, does what it says
    at that occasion (the occasion is part of the plan); a noun phrase said (`a exprimé sa
    colère lors d'une réunion`) or a comma (`…, lors d'une conférence de presse`) leaves
    the occasion the reporter's."""
    return j > start and doc[j - 1].text != "," and any(
        doc[m].pos_ in {"VERB", "AUX"} and "Inf" in morph(doc[m], "VerbForm")
        for m in range(start, j))


def only_when_left(doc: Doc, j: int, limit: int) -> bool:
    """Whether the words from `j` to `limit` only say when (`lundi`, `ce matin`, `le 3
    mai 2024`), with punctuation."""
    words = [k for k in range(j, limit) if not (doc[k].is_punct or doc[k].is_space)]
    return bool(words) and all(_date_word(doc, k, limit) for k in words)


def after_an_event(doc: Doc, j: int, limit: int) -> bool:
    """Whether the words from `j` to `limit` are `après` and a verbless noun phrase (`après
    la victoire annoncée du parti`): the event the words answered, told by the writer."""
    return doc[j].lower_ == "après" and doc[j].pos_ == "ADP" and j + 1 < limit and \
        doc[j + 1].pos_ == "DET" and not any(
            doc[k].text in {",", ";", ":"} or doc[k].text in OPENING_MARKS or
            (doc[k].pos_ in {"VERB", "AUX"} and "Fin" in morph(doc[k], "VerbForm"))
            for k in range(j + 1, limit))


def _date_word(doc: Doc, k: int, limit: int) -> bool:
    """A word of a date: a weekday or time word, a month, a day number or year beside a
    month, or the article before a day number."""
    t = doc[k]
    if says_when(doc, k) or t.ent_type_ == "DATE" or t.lower_ in MONTHS:
        return True
    beside_month = (k + 1 < limit and doc[k + 1].lower_ in MONTHS) or doc[k - 1].lower_ in MONTHS
    if t.like_num:
        return beside_month
    return t.lower_ == "le" and k + 1 < limit and doc[k + 1].like_num


MANNER_TAILS = (("jusqu'", "au", "bout"), ("à", "plusieurs", "reprises"),
                ("à", "maintes", "reprises"), ("à", "de", "nombreuses", "reprises"),
                ("une", "nouvelle", "fois"), ("une", "fois", "de", "plus"),
                ("encore", "une", "fois"), ("de", "nouveau"), ("à", "nouveau"),
                ("sans", "détour"), ("sans", "ambages"),
                ("en", "bloc"), ("avec", "force"), ("avec", "fermeté"))
"""How or how often the words were said, written after a noun phrase said (`a nié les faits
jusqu'au bout`, `a dénoncé ces violences à plusieurs reprises`): the reporter's, never
part of what was said. Lower case, as the tokenizer splits them (`jusqu'` is one word)."""
_MANNER_FIRST_WORDS = frozenset(words[0] for words in MANNER_TAILS)


def manner_to_the_end(doc: Doc, j: int, limit: int) -> bool:
    """Whether a `MANNER_TAILS` phrase opens at `j` and ends the clause (a comma, a full
    stop, `limit`): `a rejeté en bloc les accusations` puts it before the object, where it
    ends nothing."""
    if j >= limit or doc[j].lower_.replace("’", "'") not in _MANNER_FIRST_WORDS:
        return False  # (most words open no tail: read once, not once a tail)
    for words in MANNER_TAILS:
        end = j + len(words)
        if end <= limit and tuple(t.lower_.replace("’", "'") for t in doc[j:end]) == words:
            return end == limit or doc[end].text in {",", ".", ";", "!", "?", ")"}
    return False


INFINITIVE_ADJUNCT_HEADS = {"sans": (), "avant": ("de", "d'"), "après": ()}
"""Prepositions that, with an infinitive, tell what the speaker did besides speaking (`a
confirmé la convocation sans en préciser la teneur`, `a annoncé sa démission avant de
quitter la salle`, `après avoir salué …`), and the word that must follow (`avant de`)."""


def infinitive_adjunct(doc: Doc, j: int, limit: int) -> bool:
    """Whether an `INFINITIVE_ADJUNCT_HEADS` word at `j` opens an infinitive (past its
    clitics and negation): the reporter's account of the speaker's doing, which ends a noun
    phrase said (`sans concertation`, `avant la fin du mois` stay: a noun follows)."""
    low = doc[j].lower_.replace("’", "'")
    if low not in INFINITIVE_ADJUNCT_HEADS:
        return False
    m = j + 1
    if INFINITIVE_ADJUNCT_HEADS[low]:
        if m >= limit or doc[m].lower_.replace("’", "'") not in INFINITIVE_ADJUNCT_HEADS[low]:
            return False
        m += 1
    while m < limit and doc[m].lower_.replace("’", "'") in NEGATION | CLITICS:
        m += 1
    return m < limit and doc[m].pos_ in {"VERB", "AUX"} and "Inf" in morph(doc[m], "VerbForm")
