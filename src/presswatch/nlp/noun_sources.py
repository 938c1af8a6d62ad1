"""Quotations a speech noun or a document attributes: `Réponse du ministre : « … »`,
`Dans un communiqué de la préfecture, « … »`, and a quotation the next sentence takes up
(`Cette intervention de X a …`). The bare-quote finder asks these for the source of a
quotation no verb introduces; split from `presswatch.nlp.sources`, the prepositions'
sources, whose noun tests (`is_source_span`) they share.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.source_phrases import is_source_span
from presswatch.nlp.spans import pp_np_end
from presswatch.textutil import fold


def speech_noun_source(doc: Doc, u0: int, quote_tok: int, lex: Lexicon
                       ) -> tuple[int, int] | None:
    """`Réponse du ministre : « … »`, `La réaction du maire ne s'est pas fait attendre :
    « … »`, `Le désarroi des maires : « … »`: a noun naming a speech event or what a
    speaker expresses (data/expression_nouns.txt), then `de` and a source, then a colon, introduce
    the quotation after the colon as that source's words (GUIDELINE: reporting by nouns
    counts with an explicit quotation after a colon). Returns the source's tokens."""
    colon = next((k for k in range(quote_tok - 1, u0 - 1, -1) if doc[k].text == ":"), None)
    if colon is None:
        return None
    for k in range(u0, colon - 1):
        if (source := _noun_of_source(doc, k, colon, lex)) is not None:
            return source
    return None


def _noun_of_source(doc: Doc, k: int, stop: int, lex: Lexicon) -> tuple[int, int] | None:
    """The source after the speech noun at `k` (`réponse du ministre`, `l'intervention de
    Paul Martin`), before `stop`; None when `k` is no such noun or what follows names no
    source."""
    if k + 2 >= stop:
        return None
    noun = doc[k].pos_ == "NOUN" or (doc[k].pos_ == "PROPN" and doc[k].text.islower())
    if not noun or (fold(doc[k].text) not in lex.speech_events and
                    fold(doc[k].text) not in lex.expressions):
        return None  # (`La colère des riverains : « … »`: what they express, then it)
    de = doc[k + 1].lower_.replace("’", "'")
    if de not in {"de", "d'", "du", "des"}:
        return None
    first = k + 2  # (after `du`, `des`: the noun phrase without its article)
    end = pp_np_end(doc, first, stop, frozenset({"à", "aux", "au", "sur", "pour", "ne",
                                                 "n'", "dans", "depuis"}))
    # (`Question d'un habitant dans le public : « … »`: where the source sat, not its name)
    if first < end and is_source_span(doc, (first, end), lex):
        return first, end
    return None


def document_source(doc: Doc, u0: int, quote_tok: int, lex: Lexicon
                    ) -> tuple[int, int] | None:
    """`Dans un bilan fait par les autorités, à la date du 4 juin, « … »`, `Dans un
    communiqué de la préfecture, « … »`: a quotation right after a lead that names the
    statement or document holding it and its author is that author's (as `selon`); not
    whoever spoke before. Returns the author's tokens."""
    if quote_tok - u0 < 5 or doc[u0].lower_ != "dans" or doc[u0 + 1].pos_ != "DET":
        return None
    k = u0 + 2
    if k < quote_tok and doc[k].pos_ == "ADJ":
        k += 1  # `dans son dernier rapport`
    if fold(doc[k].text) not in lex.speech_events | lex.carriers and \
            fold(doc[k].lemma_) not in lex.speech_events | lex.carriers:
        return None
    if (source := _noun_of_source(doc, k, quote_tok, lex)) is not None:
        return source
    j = k + 1
    if j + 2 < quote_tok and "Part" in morph(doc[j], "VerbForm") and \
            doc[j + 1].lower_ == "par":
        end = pp_np_end(doc, j + 2, quote_tok, frozenset({"à", "aux", "au", "sur", "pour"}))
        if j + 2 < end and is_source_span(doc, (j + 2, end), lex):
            return j + 2, end
    return None


def taken_up_by_speech_noun(doc: Doc, after: int, lex: Lexicon) -> tuple[int, int] | None:
    """`« Je pars tôt, mon train est à midi. » Cette intervention de Marc Leroy a fait
    sourire la salle`: a quotation standing as its own sentence, which the next sentence
    takes up by a demonstrative and a speech noun with its source, is that source's words
    (the article makes clear who said them). `after` is the first token after the closing
    mark; returns the source's tokens."""
    while after < len(doc) and doc[after].text in {".", "!", "?", "…"}:
        after += 1
    if after + 3 >= len(doc) or doc[after].lower_ not in {"ce", "cet", "cette", "ces"}:
        return None
    stop = next((j for j in range(after, len(doc)) if doc[j].text in {".", "!", "?", ";"}
                 or doc[j].pos_ in {"VERB", "AUX"}), len(doc))
    return _noun_of_source(doc, after + 1, stop, lex)
