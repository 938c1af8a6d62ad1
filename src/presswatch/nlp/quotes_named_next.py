"""A quotation standing as a sentence of its own, its speaker the subject of the sentence
after it: `« On ne lâchera rien. » La secrétaire de la CGT, X, n'a pas caché sa colère.`,
`« Mon client était ailleurs. » Me X a plaidé l'acquittement.` The press puts the words
first and the person after; with no speaker before the quotation in its paragraph (it opens
the paragraph, or follows sentences that name no one and quote nothing), the person the
next sentence of the same paragraph is about said them (issue 9, session 30:
`eval/probes-speakers-9/README.md`). `quotes_named_after.speaker_named_after` asks this
last, after the forms that take the words up explicitly.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.cues import lemma_guesses
from presswatch.nlp.docfacts import morph
from presswatch.nlp.subjects import subject_mention
from presswatch.textutil import doc_text

OPENING_MARKS = frozenset({"«", "“", '"'})
CLOSING_MARKS = frozenset({"»", "”", '"'})
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
REPLY_LEMMAS = frozenset({"répondre", "répliquer", "rétorquer", "réagir", "riposter",
                          "objecter", "contredire", "nuancer", "tempérer"})
"""Verbs by which the next sentence's subject answers the quotation: someone else said it."""
MAX_SUBJECT_TOKENS = 16


def subject_of_next_sentence(doc: Doc, after: int, lex: Lexicon) -> tuple[int, int] | None:
    """The person the sentence after a quotation is about, when that quotation ends its
    own sentence and nothing before it in its paragraph names a speaker; `after` is the
    first token after the closing mark. None when the shape does not hold."""
    close = after - 1
    while close >= 0 and doc[close].text not in CLOSING_MARKS:
        if doc[close].text not in SENTENCE_ENDS:
            return None  # (`« … » ,` or words between: not a quotation alone)
        close -= 1
    if close < 1 or not _ends_a_sentence(doc, close, after):
        return None
    opening = next((k for k in range(close - 1, -1, -1) if doc[k].text in OPENING_MARKS), None)
    if opening is None or not _nobody_before(doc, opening):
        return None
    text = doc_text(doc)
    while after < len(doc) and (doc[after].text in SENTENCE_ENDS or doc[after].is_space):
        after += 1
    if after >= len(doc) or "\n" in text[doc[close].idx: doc[after].idx]:
        return None  # (the next line is another paragraph: a heading, another voice)
    stop = next((j for j in range(after, len(doc)) if doc[j].text in {".", "!", "?", ";"}),
                len(doc))
    verb = _main_verb(doc, after, stop)
    if verb is None or _answers(doc, verb, stop, lex):
        return None
    said = subject_mention(doc, verb)
    # (the subject may come back as the name apposed to its role: `La secrétaire de la
    # CGT, X,`; the sentence still opens on it)
    if said is None or not after <= said[0] < verb.i or said[1] - after > MAX_SUBJECT_TOKENS \
            or any(doc[k].text in OPENING_MARKS | CLOSING_MARKS or doc[k].pos_ in {"VERB", "AUX"}
                   for k in range(after, said[1])):
        return None
    if not _a_person(doc, said, lex):
        return None
    return said


def _ends_a_sentence(doc: Doc, close: int, after: int) -> bool:
    """Whether the quotation closing at `close` ends its sentence: a period, an
    exclamation or a question inside the marks, or a period right after them."""
    return doc[close - 1].text in SENTENCE_ENDS or doc[close - 1].text.endswith(
        tuple(SENTENCE_ENDS)) or (after < len(doc) and doc[after].text in SENTENCE_ENDS) or \
        any(doc[k].text in SENTENCE_ENDS for k in range(close + 1, after))


def _nobody_before(doc: Doc, opening: int) -> bool:
    """Whether the quotation opening at `opening` opens its paragraph, or follows words
    on its line that quote nothing and name no person (`Des milliers de manifestants ont
    défilé. « … »`) and end a sentence."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[opening].idx) + 1
    lead = text[line_start: doc[opening].idx].strip()
    if not lead:
        return True
    if not lead.endswith(tuple(SENTENCE_ENDS)) or any(m in lead for m in OPENING_MARKS):
        return False
    return not any(t.ent_type_ == "PER" or t.text in {"M.", "Mme", "Me", "Dr"}
                   for t in doc if line_start <= t.idx < doc[opening].idx)


def _main_verb(doc: Doc, start: int, stop: int) -> Token | None:
    """The finite verb the sentence from `start` to `stop` hangs on (through its
    auxiliary), or None."""
    for t in doc[start:stop]:
        if t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm"):
            head = t.head if t.dep_.startswith("aux") or t.dep_ == "cop" else t
            return head if start <= head.i < stop else t
    return None


def _answers(doc: Doc, verb: Token, stop: int, lex: Lexicon) -> bool:
    """`« … » Le ministre a répondu que …`, `… a réagi`: the subject answers the words,
    or reports a clause of its own; the quotation is someone else's."""
    if any(g in REPLY_LEMMAS for g in lemma_guesses(verb)):
        return True
    reporting = next((v for g in lemma_guesses(verb) if (v := lex.verb(g)) is not None), None)
    return reporting is not None and any(
        t.lower_ in {"que", "qu'", "qu’"} for t in doc[verb.i + 1: stop])


def _a_person(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """A subject that names a person (a name the recogniser tagged, a title) or a person's
    role (`le ministre`, `la secrétaire départementale de la CGT, X`)."""
    words = doc[span[0]: span[1]]
    if any(t.ent_type_ == "PER" for t in words) or words[0].text in {"M.", "Mme", "Me", "Dr"}:
        return True
    return lex.noun_class(words.root) == "role"
