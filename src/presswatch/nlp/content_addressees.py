"""To whom a forward cue's words were said, read between the verb and its content: the
addressee after `à`, `au`, `aux` with its noun complements (`au président de la République
que …`), the person a verb of `de` addresses inside what the parser read as one noun phrase
(`a accusé le gouvernement de mentir`), and whether a noun phrase names a person, group or
institution at all. Split from `presswatch.nlp.content`, which walks past the addressee to
where the content starts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.circumstances import DE_PREPOSITIONS
from presswatch.nlp.french import ADDRESSEE_STOP, COMPLEMENT_PREPOSITIONS, OPENING_MARKS
from presswatch.nlp.people import is_title
from presswatch.nlp.spans import pp_np_end


def is_person_np(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the noun phrase names a person, group or institution by its own head words:
    `le ministre des Affaires étrangères` does, `le soutien du Premier ministre` does not
    (its complement names one), nor `les actions entreprises par l'État` (a participle's
    agent)."""
    seen_noun = False
    for t in doc[start:end]:
        if seen_noun and (t.lower_.replace("’", "'") in COMPLEMENT_PREPOSITIONS or
                          t.pos_ == "VERB"):
            break
        seen_noun = seen_noun or t.pos_ in {"NOUN", "PROPN"}
        if t.ent_type_ == "PER" or is_title(t):
            return True
        if t.pos_ == "NOUN" and lex.noun_class(t) in {
                "role", "group", "institution"}:
            return True
        if t.pos_ == "PROPN" and t.ent_type_ in {"LOC", "ORG"}:
            return True
    return False


def target_end(doc: Doc, start: int, end: int, lex: Lexicon, *, charge: bool = False
               ) -> int | None:
    """Where the person a verb of `de` addresses ends inside what the parser read as one
    noun phrase: before `de` + infinitive (`le gouvernement de mentir`), else before
    `de`/`des`/`du` + a noun that names no source (`les habitants du risque de crue`, but
    not `le secrétaire d'État`, `le président du parti`); None when the words before
    name no person, group or institution. A ``charge`` (`accuser`, `soupçonner`) takes one
    `de`: followed by `de` + an infinitive, the phrase's own `de` is the person's (`le
    directeur de l'usine d'avoir menti`), where a warning's topic may have its own
    infinitive (`des conséquences d'ignorer …`)."""
    cuts = [k for k in range(start + 1, end - 1)
            if doc[k].lower_.replace("’", "'") in {"de", "d'", "des", "du"}]
    if end + 1 < len(doc) and doc[end - 1].lower_.replace("’", "'") in {"de", "d'"} and \
            doc[end].text in OPENING_MARKS:
        cuts.append(end - 1)  # `l'opposition de « mentir »`: the mark ended the phrase
    for k in cuts:
        nxt = doc[k + 2] if doc[k + 1].text in OPENING_MARKS and k + 2 < len(doc) else \
            doc[k + 1]
        clitic = nxt.lower_.replace("’", "'") in {"l'", "les"} and nxt.i + 1 < len(doc) and \
            doc[nxt.i + 1].pos_ in {"VERB", "AUX"}  # `de l'avoir trahi`, not `de l'usine`
        if nxt.pos_ in {"VERB", "AUX"} or clitic or nxt.lower_.replace("’", "'") in {
                "ne", "n'", "se", "s'", "avoir", "être"}:
            return k if is_person_np(doc, start, k, lex) else None
    if charge and _infinitive_after(doc, end):
        return None  # `le directeur de l'usine d'avoir menti`: the `de` + infinitive after
        # the phrase is what was said; a `de` inside it belongs to the person
    for k in cuts:
        m = k + 1
        while m < end and doc[m].pos_ == "DET":
            m += 1
        if m < end and doc[m].pos_ == "NOUN" and not lex.noun_class(doc[m]) and \
                not doc[m].text[:1].isupper() and not _named_after(doc, start, k, end):
            return k if is_person_np(doc, start, k, lex) else None
    return None


def _infinitive_after(doc: Doc, end: int) -> bool:
    """Whether `de` + an infinitive (`d'avoir menti`, `de ne pas`, `de l'avoir trahi`)
    follows the phrase ending at `end`."""
    if end + 1 >= len(doc) or doc[end].lower_.replace("’", "'") not in {"de", "d'"}:
        return False
    nxt = doc[end + 1]
    return "Inf" in nxt.morph.get("VerbForm") or nxt.lower_.replace("’", "'") in {
        "ne", "n'", "se", "s'", "avoir", "être"} or (
        nxt.lower_.replace("’", "'") in {"l'", "les"} and end + 2 < len(doc) and
        "Inf" in doc[end + 2].morph.get("VerbForm"))


def _named_after(doc: Doc, start: int, k: int, end: int) -> bool:
    """Whether a person's name apposed to a noun before `k` stands after it, inside the
    phrase (`le milieu de terrain Yanis Belkacem`): the words between are that person's
    description, not a topic."""
    return any(t.dep_ == "appos" and t.ent_type_ == "PER" and k < t.i < end and
               start <= t.head.i < k for t in doc[k:end])


def addressee_np_end(doc: Doc, start: int, limit: int,
                     stop: frozenset[str] = ADDRESSEE_STOP) -> int:
    """End of an addressee after `à`/`au`, with its noun complements (`à la chaîne de
    télévision précitée que …`, `au président de la République de …`) but not a `de` +
    infinitive content (`à la Russie de retirer …`)."""
    end = pp_np_end(doc, start, limit, stop)
    # `a plaidé à Bruxelles en faveur d'un emprunt`: `en faveur de` opens what is pleaded
    # for, as `pour` does, however the parser hung it on the place
    end = next((k for k in range(start + 1, end) if doc[k].lower_ == "en" and
                k + 1 < limit and doc[k + 1].lower_ == "faveur"), end)
    # one noun phrase only: a determiner after its noun opens the content (`au Premier
    # ministre un vote de confiance`, `à l'Espagne sa solidarité`)
    noun = next((k for k in range(start, end) if doc[k].pos_ in {"NOUN", "PROPN"}), end)
    second = next((k for k in range(noun, end) if doc[k].pos_ == "DET"), None)
    if second is not None:
        return second
    while end + 1 < limit and end > start and \
            doc[end].lower_.replace("’", "'") in DE_PREPOSITIONS | {"des"} and \
            doc[end + 1].pos_ in {"DET", "NOUN", "PROPN"}:
        nxt = pp_np_end(doc, end + 1, limit, stop)
        if nxt <= end + 1:
            break
        end = nxt
    return end
