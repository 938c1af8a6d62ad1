"""A forward cue's own frame standing later than the noun phrase the first scan took for
its content.

Why: `presswatch.nlp.content.complement_start` reads the words after a verb one at a
time, and a noun phrase right after it is, for most verbs, what was said (`a rappelé les
règles`). A verb whose frame is a clause or an infinitive may first take a recipient or a
circumstance with a long noun complement: `a prié les habitants des hameaux situés en aval
de ne pas s'approcher …` (the noun phrase is who was asked, the `de` + infinitive what),
`a rappelé mercredi devant la commission des transports du conseil régional que …` (the
phrase is where it was said, the `que` clause what). The scan stops on `des` inside
those phrases and calls the rest a noun phrase; here the later `de` + infinitive or `que`
is found, when nothing but the phrase's own words stands between.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.candidates import Cue
from presswatch.nlp.content_scan import Found
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import QUE

PHRASE_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "ADV"})
"""What a recipient's or a circumstance's noun phrase is made of (`les habitants des
hameaux situés en aval du barrage`; its participle is allowed apart, with no auxiliary)."""
INFINITIVE_OPENERS = frozenset({"ne", "n'", "se", "s'", "y", "en", "le", "la", "les", "l'",
                                "lui", "leur"})
"""Words between `de` and the infinitive it opens (`de ne pas s'approcher`)."""


def later_frame(doc: Doc, cue: Cue, found: Found, limit: int) -> Found:
    """`found` unchanged, or the cue's `de` + infinitive or `que` frame further on when the
    noun phrase the scan found is only the recipient or the circumstance before it."""
    start, frame, addressee = found
    if frame != "np":
        return found
    frames = cue.verb.frames
    for k in range(start, min(limit, start + 25)):
        t = doc[k]
        low = t.lower_.replace("’", "'")
        if "de" in frames and low in {"de", "d'"} and k > start and addressee is not None and \
                doc[k - 1].i != _first_noun(doc, start, k) and \
                _infinitive_after(doc, k + 1, limit) is not None:
            return k + 1, "de", addressee  # (`a dit son intention de …`: no recipient, the
            # infinitive completes the noun said; `a averti X des conséquences d'ignorer
            # …`: a `de` right after the phrase's first noun completes that noun)
        if "que" in frames and low in QUE and t.pos_ == "SCONJ" and t.dep_ == "mark" and \
                k > start + 1:
            return k + 1, "que", addressee
        if not _phrase_word(t):
            return found
    return found


def _first_noun(doc: Doc, start: int, end: int) -> int | None:
    """The first noun of `doc[start:end]`, or None."""
    return next((k for k in range(start, end) if doc[k].pos_ == "NOUN"), None)


def _infinitive_after(doc: Doc, k: int, limit: int) -> int | None:
    """The infinitive at `k`, past `ne pas` and object pronouns, or None."""
    while k < limit and (doc[k].lower_.replace("’", "'") in INFINITIVE_OPENERS or
                         doc[k].lower_ in {"pas", "plus", "jamais"}):
        k += 1
    if k >= limit or doc[k].pos_ not in {"VERB", "AUX"}:
        return None
    low = doc[k].lower_
    inf = "Inf" in morph(doc[k], "VerbForm") or (  # (`s'approcher` tagged a participle)
        low.endswith(("er", "ir", "re")) and low == doc[k].lemma_.lower())
    return k if inf else None


def _phrase_word(t: Token) -> bool:
    """A word of a noun phrase or of its bare participle (`situés en aval`), not a
    finite verb, a comma or a quotation."""
    if t.pos_ in PHRASE_POS:
        return True
    return t.pos_ == "VERB" and "Part" in morph(t, "VerbForm") and t.dep_ == "acl" and \
        not any(c.dep_.startswith("aux") for c in t.children)  # (not `et déclaré que`)
