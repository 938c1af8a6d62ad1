"""Quotations whose speaker the words right after them name, with no verb of saying: the
next sentence takes the words up (`« … » Telle était la question posée par X`, `Ces mots
sont ceux de X`, `C'est par ces mots que X a ouvert le débat`), or the quotation's own
sentence goes on with its speaker as the subject of another verb (`« … », Nicole Martin
donne le ton`). The guideline annotates quoted words with no reporting verb when the
article makes clear who said them; these forms, found on the corpus (issue 9, session 25:
`eval/probes-marks/README.md`), make it clear after the quotation rather than before.
The bare-quote finder (`bare_quotes`) asks `speaker_named_after` about a quotation that
stands at the start of its sentence and that no cue claimed.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.cues import lemma_guesses
from presswatch.nlp.docfacts import morph
from presswatch.nlp.noun_sources import taken_up_by_speech_noun
from presswatch.nlp.quotes_named_next import subject_of_next_sentence
from presswatch.nlp.source_phrases import is_source_span
from presswatch.nlp.spans import pp_np_end
from presswatch.nlp.subjects import subject_mention
from presswatch.textutil import doc_text

_WORDS = r"(?:question|questions|phrase|phrases|mots?|formule|propos|paroles|cri|réponse|" \
    r"interpellation|confidence|aveu|message|réplique|termes)"
_AGENT = re.compile(
    r"(?:telle|tel|telles|tels)\s+(?:est|était|fut|a\s+été|avait\s+été)\s+(?:donc\s+)?"
    rf"(?:la|le|les|l['’])\s*{_WORDS}\s+(?:\w+\s+)?(?:posée?s?|lancée?s?|adressée?s?|"
    r"prononcée?s?|tenue?s?|écrite?s?|faite?s?)\s+(?:\w+\s+){0,3}?par\s+$", re.I)
"""`Telle était la question posée par une habitante, X`: the agent after `par`."""
_OWNER = re.compile(
    rf"(?:ces|ce|cette|la|le|les|l['’])\s*{_WORDS}\s*,?\s+(?:ce\s+|c['’])?(?:sont|est|étaient|"
    r"était|furent|fut)\s+(?:(?:ceux|celui|celle|celles)\s+)?(?:de|d['’]|du|des)\s*$", re.I)
"""`Ces mots sont ceux de X`, `Ces mots, ce sont ceux de X`, `La phrase est de X`: whose
words they are, after `de`."""
_THAT_CLAUSE = re.compile(
    rf"(?:(?:telle|tel|telles|tels)\s+(?:est|était|fut)|voilà|voici|c['’](?:est|était))\s+"
    rf"(?:donc\s+)?(?:(?:la|le|les|l['’])\s*{_WORDS}|(?:par|avec|en|sur)\s+(?:ces|cette|ce)\s+"
    rf"{_WORDS})\s+qu(?:e\s+|['’]\s*)$", re.I)
"""`C'est la question qu'a posée le député X`, `C'est par ces mots que X a ouvert …`,
`Voilà la question que X a posée`: the subject of the verb after `que`."""
_BY_THESE_WORDS = re.compile(rf"(?:par|avec|en|sur)\s+(?:ces|cette|ce)\s+{_WORDS}", re.I)
"""`C'est par ces mots que X a ouvert le débat`: whatever X did, X did it by saying them."""
UTTERING_VERBS = frozenset({"poser", "lancer", "adresser", "prononcer", "tenir", "écrire",
                            "faire", "formuler"})
"""Verbs whose object is words one utters (`la question qu'a posée X`, `les propos qu'a
tenus X`), beside the reporting verbs of speech; `recevoir`, `attendre`, `entendre` are
not: their subject got the words."""


def _utters(verb: Token, lex: Lexicon) -> bool:
    """Whether the subject of `verb`, whose object is the words relativised (`la question
    que …`), is the one who said them: an uttering verb or a reporting verb of speech
    (`répéter`, `glisser`; not one of thought: `la réponse qu'espéraient les parents`)."""
    lemma = verb.lemma_.lower()
    reporting = lex.verb(lemma)
    return lemma in UTTERING_VERBS or (reporting is not None and reporting.kind == "speech")


def speaker_named_after(doc: Doc, after: int, lex: Lexicon) -> tuple[int, int] | None:
    """The speaker of a quotation that opens its sentence, as the words after it name
    them; `after` is the first token after the closing mark. Returns the speaker's tokens,
    or None when the words after name no one this way."""
    return taken_up_by_speech_noun(doc, after, lex) or _taken_up_by_words(doc, after, lex) \
        or _subject_after_comma(doc, after, lex) or subject_of_next_sentence(doc, after, lex)


def _taken_up_by_words(doc: Doc, after: int, lex: Lexicon) -> tuple[int, int] | None:
    """The source the next sentence gives the words to (`Telle était la question posée
    par X`, `Ces mots sont ceux de X`, `C'est par ces mots que X …`)."""
    while after < len(doc) and (doc[after].text in {".", "!", "?", "…"} or doc[after].is_space):
        after += 1
    stop = next((j for j in range(after, len(doc)) if doc[j].text in {".", "!", "?", ";"}),
                len(doc))
    if after >= stop:
        return None
    text = doc_text(doc)
    for k in range(after + 1, min(stop, after + 14)):
        lead = text[doc[after].idx: doc[k].idx]
        if _AGENT.fullmatch(lead) or _OWNER.fullmatch(lead):
            return _source_from(doc, k, stop, lex)
        if _THAT_CLAUSE.fullmatch(lead):
            verb = next((t for t in doc[k:stop] if t.pos_ in {"VERB", "AUX"}), None)
            if verb is None:
                return None
            if verb.dep_.startswith("aux") and verb.head.i > verb.i:
                verb = verb.head
            if not _BY_THESE_WORDS.search(lead) and not _utters(verb, lex):
                return None  # `C'est le message qu'a reçu X`, `la réponse qu'attendaient
                # les parents`: who got or awaited the words did not say them
            said = subject_mention(doc, verb)
            if said is None or said[0] < k:
                said = _inverted_subject(doc, verb.i + 1, stop)
            return said if said is not None and is_source_span(doc, said, lex) else None
    return None


def _inverted_subject(doc: Doc, k: int, stop: int) -> tuple[int, int] | None:
    """`qu'a posée jeudi le sénateur X au ministre`: the noun phrase after the verb (a
    date or time word before it skipped), which the parser may take for an object."""
    while k < stop and doc[k].pos_ not in {"DET", "PROPN"}:
        if doc[k].pos_ not in {"NOUN", "ADV", "NUM"} or doc[k].is_punct:
            return None
        k += 1
    end = _with_apposed_name(doc, pp_np_end(doc, k, stop, frozenset(
        {"à", "aux", "au", "lors", "devant", "sur"})), stop)
    return (k, end) if end > k else None


def _with_apposed_name(doc: Doc, end: int, stop: int) -> int:
    """The end of a noun phrase ending at `end` with the name apposed after its comma
    (`un lecteur, Paul Roux,`), or `end` when no name follows."""
    if end + 1 < stop and doc[end].text == "," and doc[end + 1].ent_type_ == "PER":
        end += 1
        while end < stop and doc[end].ent_type_ == "PER" and doc[end].text not in {",", "."}:
            end += 1
    return end


def _source_from(doc: Doc, first: int, stop: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase naming a source at `first`, with a name apposed to it (`une
    habitante, Martine Durand,`), or None when it names no source."""
    end = pp_np_end(doc, first, stop, frozenset({"à", "aux", "au", "sur", "pour", "lors",
                                                 "devant"}))
    if end <= first or not is_source_span(doc, (first, end), lex):
        return None
    return first, _with_apposed_name(doc, end, stop)


def _subject_after_comma(doc: Doc, after: int, lex: Lexicon) -> tuple[int, int] | None:
    """`« … », Nicole Martin donne le ton.`, `« … », Paul Roux, le capitaine, savoure.`,
    `« … », l'entreprise se dit confiante.`: a comma after the quotation, then a person's
    name (with a role apposed) or a noun that can speak as the subject of a finite verb
    that ends the sentence soon after; no `que`, no second quotation."""
    if after >= len(doc) or doc[after].text != "," or after + 2 >= len(doc):
        return None
    first = after + 1
    named = doc[first].ent_type_ == "PER" and doc[first].pos_ in {"PROPN", "NOUN"}
    if not named and not (doc[first].pos_ == "DET" and first + 1 < len(doc) and
                          doc[first + 1].pos_ == "NOUN" and lex.noun_class(doc[first + 1])):
        return None  # (a name, or `le maire`, `l'entreprise`: a noun that can speak)
    stop = next((j for j in range(first, len(doc)) if doc[j].text in {".", "!", "?", ";"}),
                len(doc))
    if stop - first > 12 or any(t.text in {"«", "»", "“", "”", '"', ":"} or
                                t.lower_ in {"que", "qu'", "qu’"} for t in doc[first:stop]):
        return None
    verb = next((t for t in doc[first:stop] if t.pos_ in {"VERB", "AUX"} and (
        "Fin" in morph(t, "VerbForm") or _present_read_as_participle(t))), None)
    if verb is None or _weighs_the_words(doc, first, verb, stop, lex):
        return None
    name_end = first if named else first + 2
    while named and name_end < verb.i and doc[name_end].ent_type_ == "PER":
        name_end += 1
    if _apposed_role_then(doc, name_end, verb.i):
        # (the parser often hangs the name on the quotation's verb, as its object: the
        # shape `Name[, le rôle,] verb` decides)
        return first, name_end
    if verb.dep_.startswith("aux") or verb.dep_ == "cop":
        verb = verb.head
    said = subject_mention(doc, verb)
    if said is None or said[0] != first:
        return None
    return said


def _weighs_the_words(doc: Doc, first: int, verb: Token, stop: int, lex: Lexicon) -> bool:
    """`« Les jeunes ne votent plus », le maire n'y croit pas`, `…, la ministre le croit`,
    `…, X conteste ce cliché`: a verb of belief, the `y` that takes the quotation up as an
    idea, or a verb of denial whose object takes it up (`le`, `ce cliché`) weighs the words
    rather than says them, so the subject is no speaker (`« Je n'ai rien volé », l'accusé
    dément`: a denial with no object is the quotation itself)."""
    head = verb.head if verb.dep_.startswith("aux") or verb.dep_ == "cop" else verb
    reporting = next((v for g in lemma_guesses(head) if (v := lex.verb(g)) is not None), None)
    if reporting is not None and reporting.kind == "thought":
        return True
    before = doc[first: verb.i]
    if any(t.lower_ == "y" for t in before):
        return True
    return reporting is not None and reporting.act == "denial" and (
        any(t.lower_ in {"le", "la", "l'", "l’", "les"} and t.pos_ == "PRON" for t in before)
        or any(t.lower_ in {"ce", "cet", "cette", "ces"} and t.pos_ == "DET"
               for t in doc[verb.i + 1: stop]))


def _present_read_as_participle(verb: Token) -> bool:
    """`savoure`, `tempère` tagged as participles: a form in -e cannot be one."""
    return "Part" in morph(verb, "VerbForm") and verb.lower_.endswith("e") and \
        not verb.lower_.endswith(("ée", "ue", "ie", "te", "se"))


def _apposed_role_then(doc: Doc, k: int, verb: int) -> bool:
    """Whether the tokens from `k` to the finite `verb` are nothing but a role apposed
    between commas (`, le capitaine,`) and the verb's clitics (`se`, `n'`), or nothing."""
    between = list(doc[k:verb])
    if between and between[0].text == ",":
        close = next((j for j, t in enumerate(between[1:], 1) if t.text == ","), None)
        if close is None or not any(t.pos_ == "NOUN" for t in between[1:close]) or any(
                t.pos_ not in {"DET", "NOUN", "ADJ", "ADP", "PROPN"} for t in between[1:close]):
            return False
        between = between[close + 1:]
    return all(t.lower_ in {"se", "s'", "s’", "ne", "n'", "n’", "en", "y"} for t in between)
