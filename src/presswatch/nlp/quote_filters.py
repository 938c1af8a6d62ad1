"""What happens to quote candidates once every rule has run: the same content found twice,
reports nested inside other reports, and sibling cues that share a speaker.

Why apart from the rules: each rule looks at one cue; these look at all the candidates of
a document together, so they run once, after `QuoteFinder` collected them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.boilerplate import start_past
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import is_negated
from presswatch.nlp.people import is_title
from presswatch.textutil import doc_text

# inside another quote's content, a verb whose object is its content (`reconnaissait la
# souveraineté`, `répondront à toute agression`) describes rather than reports speech
NESTED_WEAK_FRAMES = {"np", "a", "sur"}
SAYING_ACTS = frozenset({"demand", "criticism", "accusation", "praise", "warning", "appeal"})
"""Acts whose verbs only say, even with a bare object inside a report (`a fait savoir
qu'elle réclamait le retrait des troupes`, `indique que les pays condamnent la violence`):
the guideline annotates both levels."""
ACTING_ACTS = frozenset({"denial", "agreement"})
"""Acts whose verb with `de` or an infinitive tells, inside a report, what an institution
does rather than says (`le gouvernement refusait de négocier`, `acceptait de payer`)."""


def share_sibling_speakers(doc: Doc, cands: list[Candidate], unit_of: list[int]) -> None:
    """`X a noté que A, mais averti que B` / `…, ajoutant que B` / `et a promis de B`: a cue
    with no subject of its own, right after another quote of the same sentence, shares
    that quote's speaker (the parser often hangs it on the wrong verb)."""
    for c in cands:
        if c.cue is None or c.cue.incise:
            continue
        verb = doc[c.cue.i]
        if any(t.dep_.startswith("nsubj") or t.dep_ == "expl:subj" for t in verb.children):
            continue
        if verb.dep_ == "acl:relcl":
            continue
        if c.mention is not None and c.mention[0] > verb.i:
            continue  # its own source after it: an agent (`qualifiée … par X`), an inversion
        prev = [p for p in cands if p is not c and p.cue is not None and p.cue.i < c.cue.i
                and unit_of[p.cue.i] == unit_of[c.cue.i] and p.end <= doc[c.cue.start].idx]
        if prev:
            c.speaker_ref = max(prev, key=lambda p: p.end)
            c.mention = None


def drop_nested_non_persons(doc: Doc, cands: list[Candidate], lex: Lexicon
                             ) -> list[Candidate]:
    """Inside reported speech, `Kiev refusait de …` describes an action; only people,
    pronouns, groups, institutions and documents (`Lavrov avait averti que …`, `le
    communiqué indique que …`) report speech there."""
    out = []
    for c in cands:
        if c.cue is not None and c.mention is not None and not c.cue.incise:
            anchor = doc[c.cue.start].idx
            containers = [o for o in cands if o is not c and o.start <= anchor < o.end]
            nested = bool(containers)
            in_verb_content = any(o.rule != "selon" for o in containers)
            head = doc[c.mention[0]: c.mention[1]].root
            # people and groups report inside a report (the guideline annotates both
            # levels), institutions and documents when they say something; places and
            # things act (`Kiev refusait de`)
            kind = lex.noun_class(head)
            personal = head.ent_type_ == "PER" or head.pos_ == "PRON" or \
                kind in {"role", "group"} or is_title(head) or (
                    kind in {"institution", "media"} and not (
                        c.rule in {"de", "inf"} and c.verb is not None and
                        c.verb.act in ACTING_ACTS))
            weak = c.rule in NESTED_WEAK_FRAMES and (c.verb is None or
                                                     c.verb.act not in SAYING_ACTS)
            if nested and (not personal or (in_verb_content and weak)):
                continue
        out.append(c)
    return out


def drop_embedded_statements(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`a assuré avoir observé un « vif intérêt »`: a neutral verb with no subject of its
    own inside another quote's content is part of that content, not a new quote. Verbs of
    a specific act (`a assuré avoir proposé de …`) still open a nested quote."""
    out = []
    for c in cands:
        if c.cue is not None and not c.cue.incise and c.verb is not None and \
                c.verb.act == "statement":
            verb = doc[c.cue.i]
            own_subject = any(t.dep_.startswith("nsubj") for t in verb.children)
            anchor = doc[c.cue.start].idx
            inside = any(o is not c and o.start <= anchor < o.end for o in cands)
            if (inside and not own_subject and "Part" in morph(verb, "VerbForm") and \
                    "Pres" not in morph(verb, "Tense")) or (inside and not own_subject and \
                    "Inf" in morph(verb, "VerbForm")):
                continue
        out.append(c)
    return out


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Two rules may find the same content (an incise and a `selon`); keep the first by
    rule strength."""
    order = ["chain", "incise", "colon", "que", "si", "de", "inf", "a", "selon", "incise-clause",
             "sur", "attr", "np", "bare"]
    ranked = sorted(range(len(cands)), key=lambda k: order.index(cands[k].rule))
    kept: list[int] = []
    for k in ranked:
        c = cands[k]
        dup = any(abs(cands[m].start - c.start) <= 2 and abs(cands[m].end - c.end) <= 2
                  for m in kept)
        if not dup:
            kept.append(k)
    return [cands[k] for k in sorted(kept)]


def drop_impossible_mentions(doc: Doc, cands: list[Candidate]) -> None:
    """A speaker mention that lies inside the words reported (`rejette ces accusations`:
    the parse's subject was the object) or that opens on a verb (`sont les époux`) names
    nobody; the quote keeps its content and looks for its speaker elsewhere."""
    for c in cands:
        if c.mention is None:
            continue
        first = doc[c.mention[0]]
        # (a mid-clause `selon X` is inside its content by construction)
        inside = c.rule != "selon" and c.start <= first.idx < c.end
        verb_first = first.pos_ in {"VERB", "AUX"} and "Fin" in morph(first, "VerbForm")
        if inside or verb_first:
            c.mention = None


def start_after_debris(doc: Doc, cands: list[Candidate]) -> None:
    """` date 2017-10 Cette aide doit …, a fait valoir X`: a content that starts inside a
    flagged scraping marker (`Doc._.boilerplate`, set by the boilerplate component when it
    runs first) starts at the first word after it, so the marker is never quoted."""
    if not Doc.has_extension("boilerplate"):
        return
    text = doc_text(doc)
    markers = [b for b in doc._.boilerplate or [] if b["kind"] == "marker"]
    for c in cands:
        c.start = start_past(text, c.start, c.end, markers)


def drop_negated_reports(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A negated report in the writer's words says what was not said or not done
    (`n'a pas écarté l'idée d'un sommet`, `ne reconnaît pas la victoire`, `n'a pas voulu
    dire si …`): no indirect quote. Quoted words keep theirs (`n'a pas dit « … »`)."""
    return [c for c in cands if not (c.cue is not None and c.type == "indirect" and
                                     _negated_saying(doc[c.cue.i]))]


WILLING_VERBS = frozenset({"vouloir", "pouvoir", "souhaiter", "savoir", "oser"})
"""Verbs whose negation negates the saying they govern (`n'a pas voulu préciser`)."""


def _negated_saying(verb: Token) -> bool:
    return is_negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_ in WILLING_VERBS and
                                is_negated(verb.head))

