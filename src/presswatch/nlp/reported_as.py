"""`Tel que rapporté par X, …`, `comme l'a révélé X, …`, `comme le rapporte X, …`: a verb
of reporting before its subject makes X the source of the clause, as `selon X` does.

Why a module of its own: `sources.py` builds every source-phrase quote; this only says
where such a phrase starts and where its source does, for the verbs that report news.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.nlp.docfacts import morph

_REPORTED_PARTICIPLES = ("rapporté", "révélé", "annoncé", "indiqué", "écrit", "expliqué",
                         "précisé", "affirmé", "confirmé", "déclaré", "souligné", "signalé",
                         "relevé", "raconté")
REPORTED_FORMS = frozenset({
    *(p + end for p in _REPORTED_PARTICIPLES for end in ("", "e", "s", "es")),
    "rapporte", "rapportent", "révèle", "révèlent", "annonce", "annoncent", "indique",
    "indiquent", "écrivent", "explique", "expliquent", "précise", "précisent", "affirme",
    "affirment", "confirme", "confirment", "souligne", "soulignent", "signale", "signalent",
    "relève", "relèvent", "raconte", "racontent"})
"""Forms of verbs that report information in `tel que rapporté par X`, `comme l'a révélé
X`, `comme le rapporte X`: the verb before its subject makes X a source like `selon X`."""


def reported_as(doc: Doc, i: int) -> tuple[int, int] | None:
    """`Tel que rapporté par X`, `comme l'a révélé X`, `comme le rapporte X`: where the
    phrase starts and where X starts (None for any other use of the verb)."""
    words = ["", "", "", ""] + [t.lower_.replace("’", "'") for t in doc[max(0, i - 4): i]]
    tel = {"tel", "telle", "tels", "telles"}
    if i + 1 < len(doc) and doc[i + 1].lower_ == "par" and \
            words[-1] in {"que", "qu'"} and words[-2] in tel:
        return i - 2, i + 2  # `tel que rapporté par X`
    if words[-2] == "l'" and words[-1] in {"a", "ont", "avait", "avaient"}:
        if words[-3] == "comme":
            return i - 3, i + 1  # `comme l'a révélé X`
        if words[-3] == "que" and words[-4] in tel:
            return i - 4, i + 1  # `tel que l'a révélé X`
    if words[-2:] == ["comme", "le"] and "Fin" in morph(doc[i], "VerbForm"):
        return i - 2, i + 1  # `comme le rapporte X`
    return None
