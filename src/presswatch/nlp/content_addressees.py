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


def target_end(doc: Doc, start: int, end: int, lex: Lexicon) -> int | None:
    """Where the person a verb of `de` addresses ends inside what the parser read as one
    noun phrase: before `de` + infinitive (`le gouvernement de mentir`), else before
    `de`/`des`/`du` + a noun that names no source (`les habitants du risque de crue`, but
    not `le secrétaire d'État`, `le président du parti`); None when the words before
    name no person, group or institution."""
    cuts = [k for k in range(start + 1, end - 1)
            if doc[k].lower_.replace("’", "'") in {"de", "d'", "des", "du"}]
    if end + 1 < len(doc) and doc[end - 1].lower_.replace("’", "'") in {"de", "d'"} and \
            doc[end].text in OPENING_MARKS:
        cuts.append(end - 1)  # `l'opposition de « mentir »`: the mark ended the phrase
    for k in cuts:
        nxt = doc[k + 2] if doc[k + 1].text in OPENING_MARKS and k + 2 < len(doc) else \
            doc[k + 1]
        if nxt.pos_ in {"VERB", "AUX"} or nxt.lower_.replace("’", "'") in {
                "ne", "n'", "se", "s'", "l'", "les", "avoir", "être"}:
            return k if is_person_np(doc, start, k, lex) else None
    for k in cuts:
        m = k + 1
        while m < end and doc[m].pos_ == "DET":
            m += 1
        if m < end and doc[m].pos_ == "NOUN" and not lex.noun_class(doc[m]) and \
                not doc[m].text[:1].isupper():
            return k if is_person_np(doc, start, k, lex) else None
    return None


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
