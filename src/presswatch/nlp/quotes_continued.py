"""Quoted words in the sentence right after a quote, with no reporting verb of their own:
the speaker going on (`« La demande reste forte », a-t-il ajouté. Pas question pour autant
« d'augmenter les tarifs ». C'est une « question de principe ».`). The quoted words alone
are the quote, `direct` with no cue (GUIDELINE: quoted words with no reporting verb).

Why apart from `bare_quotes`: there a quotation stands alone or opens its sentence; here it
sits inside a sentence of the author's, which is the speaker's only when nothing in it
speaks for anyone else: no verb outside the quotation marks (`L'occasion de « … » pour
le pays`) or an impersonal frame (`c'est`, `il faut`, `pas question`), and no person named.
The GUIDELINE's scare quotes (a word nobody is said to have said) stay out: the sentence
before must end a quote, on the same line.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.candidates import Candidate
from presswatch.nlp.marks import Segment
from presswatch.nlp.spans import last_content_char
from presswatch.textutil import doc_text, fold

IMPERSONAL_OPENINGS = ("c'est", "c'etait", "ce sera", "ce serait", "ce sont", "il faut",
                       "il fallait", "il faudra", "il faudrait", "il s'agit", "pas question",
                       "hors de question", "plus question")
"""Openings of a sentence whose verb states the speaker's view without a subject of its
own (folded, `'` for the apostrophe)."""


def continued_fragment(doc: Doc, unit: tuple[int, int], segments: list[Segment],
                       seg: Segment, before: Candidate) -> Candidate | None:
    """The quotation `seg` as a quote of the speaker of `before`, the quote the sentence
    before ends on, when nothing else in the quotation's sentence `unit` (token bounds)
    speaks: no verb outside the marks unless it opens impersonally, no person named."""
    text = doc_text(doc)
    words = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if words is None or (text[seg.start:seg.start + 1].isupper() and
                         not any(t.pos_ in {"VERB", "AUX"} for t in words)):
        return None  # (`Rendez-vous au « Café des sports »`: a name or a title)
    if not any(t.pos_ in {"VERB", "AUX"} for t in words) and \
            not any(s.start < before.end and before.start < s.end for s in segments):
        return None  # (after a report in the writer's words, a quoted noun phrase is a
        # scare quote or anyone's: `Le maire a annoncé la fermeture de la piscine. Une
        # « mauvaise nouvelle » pour les nageurs.`; a clause quoted is still his)
    lo, hi = unit
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    inside = [s for s in segments if start <= s.open and s.outer_end <= end]
    if not inside:
        return None
    outside = [t for t in doc[lo:hi]
               if not any(s.open <= t.idx < s.outer_end for s in inside)]
    if not any(t.is_alpha for t in outside) or any(t.ent_type_ == "PER" for t in outside):
        return None  # (a quotation that is the whole sentence is `bare_quotes`' own)
    opening = fold(text[start:end])
    if _another_source(outside):
        return None
    impersonal = next((o for o in IMPERSONAL_OPENINGS if opening.startswith(o)), None)
    if any(t.pos_ in {"VERB", "AUX"} and (impersonal is None or start + len(impersonal) <=
                                         t.idx < seg.start) for t in outside):
        return None  # (after an impersonal opening, no verb before the quotation but the
        # opening's: `C'est elle qui avait réalisé « … »`, `Il faut dire que l'enquête,
        # baptisée « … », avait duré` are the writer's; `C'est un « … » pour ceux qui …`
        # is not)
    cand = Candidate(seg.start, last_content_char(text, seg.start, seg.end), "continued",
                     type="direct")
    cand.speaker_ref = before
    return cand


def _another_source(outside: list[Token]) -> bool:
    """`Pour son adversaire, « … »`: the sentence opens on whose view the quoted words are
    (the GUIDELINE's `pour X,`), so they do not go on with the speaker before, even when
    that source is no person's name (`selon X` is `source_prepositions`' own)."""
    words = [t for t in outside if not t.is_space]
    return bool(words) and words[0].lower_ == "pour" and any(t.text == "," for t in words[1:8])
