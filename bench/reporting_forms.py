"""French verb forms for the reporting-grammar probe (`bench/reporting_grammar.py`): the
past participle, the present third person and the compound past of a lexicon entry, for
the verbs of `data/reporting_verbs.tsv` (regular -er and -ir verbs by rule, the others
from tables). Why here: the probe fills its templates with every verb of the lexicon, and
no conjugator is among the project's dependencies."""

from __future__ import annotations

PARTICIPLES = {
    "dire": "dit", "redire": "redit", "prédire": "prédit", "contredire": "contredit",
    "interdire": "interdit", "écrire": "écrit", "décrire": "décrit", "proscrire": "proscrit",
    "souscrire": "souscrit", "répondre": "répondu", "poursuivre": "poursuivi",
    "reprendre": "repris", "apprendre": "appris", "comprendre": "compris", "prendre": "pris",
    "soutenir": "soutenu", "maintenir": "maintenu", "retenir": "retenu", "tenir": "tenu",
    "prétendre": "prétendu", "défendre": "défendu", "pourfendre": "pourfendu",
    "sous-entendre": "sous-entendu", "descendre": "descendu", "rendre": "rendu",
    "conclure": "conclu", "exclure": "exclu", "dépeindre": "dépeint", "plaindre": "plaint",
    "craindre": "craint", "enjoindre": "enjoint", "intervenir": "intervenu",
    "souvenir": "souvenu", "convenir": "convenu", "prévenir": "prévenu", "sourire": "souri",
    "rire": "ri", "mettre": "mis", "remettre": "remis", "transmettre": "transmis",
    "promettre": "promis", "admettre": "admis", "émouvoir": "ému", "promouvoir": "promu",
    "démentir": "démenti", "requérir": "requis", "enquérir": "enquis",
    "reconnaître": "reconnu", "croire": "cru", "voir": "vu", "savoir": "su",
    "prévoir": "prévu", "vouloir": "voulu", "faire": "fait", "consentir": "consenti",
}
PRESENTS = {
    "dire": "dit", "redire": "redit", "prédire": "prédit", "contredire": "contredit",
    "interdire": "interdit", "écrire": "écrit", "décrire": "décrit", "proscrire": "proscrit",
    "souscrire": "souscrit", "répondre": "répond", "poursuivre": "poursuit",
    "reprendre": "reprend", "apprendre": "apprend", "comprendre": "comprend",
    "prendre": "prend", "soutenir": "soutient", "maintenir": "maintient",
    "retenir": "retient", "tenir": "tient", "prétendre": "prétend", "défendre": "défend",
    "pourfendre": "pourfend", "sous-entendre": "sous-entend", "descendre": "descend",
    "rendre": "rend", "conclure": "conclut", "exclure": "exclut", "dépeindre": "dépeint",
    "plaindre": "plaint", "craindre": "craint", "enjoindre": "enjoint",
    "intervenir": "intervient", "souvenir": "souvient", "convenir": "convient",
    "prévenir": "prévient", "sourire": "sourit", "rire": "rit", "mettre": "met",
    "remettre": "remet", "transmettre": "transmet", "promettre": "promet", "admettre": "admet",
    "émouvoir": "émeut", "promouvoir": "promeut", "démentir": "dément",
    "requérir": "requiert", "enquérir": "enquiert", "reconnaître": "reconnaît",
    "croire": "croit", "voir": "voit", "savoir": "sait", "prévoir": "prévoit",
    "vouloir": "veut", "faire": "fait", "consentir": "consent", "appeler": "appelle",
}
PRONOMINAL = {
    "indigner", "insurger", "inquiéter", "réjouir", "plaindre", "étonner", "désoler",
    "émouvoir", "lamenter", "offusquer", "agacer", "alarmer", "excuser", "engager", "moquer",
    "souvenir", "épancher", "récrier", "enthousiasmer", "délecter", "irriter", "énerver",
    "emporter", "étrangler", "amuser", "enquérir", "extasier", "esclaffer", "écrier",
    "exclamer", "enorgueillir", "gausser", "targuer", "prononcer", "élever", "interroger",
}
"""Verbs the lexicon lists by their bare lemma that report only (or, in these frames,
mostly) when pronominal: `s'indigner que`, `s'engager à`."""
NP_NOT_PRONOMINAL = {"interroger", "moquer", "engager", "excuser", "inquiéter"}
BE_AUXILIARY = {"intervenir"}
A_NOUN_PHRASE = {"faire allusion", "faire écho", "faire référence", "s'en prendre",
                 "rendre hommage", "imputer", "attribuer", "souscrire", "adhérer", "opposer",
                 "consentir"}
"""`à` frames whose complement is a noun phrase, not an infinitive."""


def participle(lemma: str) -> str:
    if lemma in PARTICIPLES:
        return PARTICIPLES[lemma]
    if lemma.endswith("er"):
        return lemma[:-2] + "é"
    if lemma.endswith("ir"):
        return lemma[:-2] + "i"
    return lemma[:-2] + "u"


def present(lemma: str) -> str:
    if lemma in PRESENTS:
        return PRESENTS[lemma]
    if lemma.endswith("er"):
        stem = lemma[:-2]
        vowels = "aeiouéèêy"
        if len(stem) > 2 and stem[-1] not in vowels and stem[-2] == "é":  # répète
            stem = stem[:-2] + "è" + stem[-1]
        elif lemma in {"appeler", "rappeler", "jeter"}:  # (r)appelle, jette
            stem += stem[-1]
        elif len(stem) > 2 and stem[-1] not in vowels and stem[-2] == "e" \
                and stem[-3] not in vowels:  # lève, mène
            stem = stem[:-2] + "è" + stem[-1]
        return stem + "e"
    if lemma.endswith("ir"):
        return lemma[:-2] + "it"
    return lemma[:-2] + "t"


def split_entry(entry: str) -> tuple[bool, str, str]:
    """(pronominal, head verb, the words after it) of a lexicon entry."""
    words = entry.split(" ")
    if words[0] == "se":
        return True, words[1], " ".join(words[2:])
    if words[0].startswith(("s'", "s’")):
        return True, words[0][2:], " ".join(words[1:])
    return False, words[0], " ".join(words[1:])


def compound(entry: str, frame: str) -> tuple[str, str]:
    """(`a déclaré` / `s'est indigné`, `a déclaré` inverted-ready) for a masculine subject."""
    pron, head, rest = split_entry(entry)
    if head == "en" and rest.startswith("prendre"):
        return "s'en est pris", ""
    if head in PRONOMINAL and not (frame == "np" and head in NP_NOT_PRONOMINAL):
        pron = True
    pp = participle(head)
    tail = (" " + rest) if rest else ""
    if pron:
        refl = "s'" if pp[0] in "aeiouéèêh" else "se "
        return f"{refl}est {pp}{tail}", ""
    aux = "est" if head in BE_AUXILIARY else "a"
    return f"{aux} {pp}{tail}", f"{aux} {pp}{tail}"
