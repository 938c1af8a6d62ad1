"""Characters, sentence units and noun phrases: the small geometry every quote rule uses.

Offsets always index the text the user gave; these helpers trim spaces and marks, find a
token's unit, and give the extent of a noun phrase the parser may have cut short.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, LOWER, ORTH
from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon, default_lexicon
from presswatch.nlp.cues import lemma_guesses
from presswatch.nlp.docfacts import morph, span_text, strings
from presswatch.nlp.french import CLOSING_MARKS, QUE, THING_VERBS, TRAILING
from presswatch.nlp.marks import Segment
from presswatch.textutil import fold


def unit_index(doc: Doc, unit_list: list[tuple[int, int]]) -> list[int]:
    out = [0] * len(doc)
    for k, (a, b) in enumerate(unit_list):
        for i in range(a, b):
            out[i] = k
    return out


def unit_of_char(doc: Doc, char: int, unit_of: list[int]) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return unit_of[span[0].i] if span is not None and len(span) else 0


def only_glue(text: str) -> bool:
    """Between a quotation and its incise only spaces, commas and closing marks may stand."""
    return all(ch in " ,\u00a0\u202f\n-–—" or ch in CLOSING_MARKS for ch in text) and \
        text.count("\n") <= 1


def is_content_lead(pre: str) -> bool:
    """`Il a précisé : « … », a-t-il …` is rare; a lead before a quotation is content only
    when it is a clause that runs straight into the quotation (`Les Européens « …`)."""
    stripped = pre.strip()
    if not stripped or stripped.endswith((":", ".", ",", "!", "?")):
        return False
    if stripped[-1] in CLOSING_MARKS and stripped[:-1].rstrip().endswith((".", "!", "?", "…")):
        return False  # `« Perte de contrôle. » « Il s'agit … », a dit X`: a quotation
        # ended by its own full stop is a sentence of its own, not a clause leading in
    words = stripped.split()
    # one word only when it can be a subject: `Moscou « ne laissera pas … »`
    return len(words) >= 2 or (words[0][:1].isupper() and words[0].isalpha() and
                               words[0].lower() not in LINKING_WORDS)


def has_quoted_lead(text: str, lead_start: int, seg: Segment, segments: list[Segment]) -> bool:
    """`Le ministre a « renouvelé sa confiance » au préfet, « et lui a demandé de rester »,
    a indiqué la mairie`: a lead that holds a quoted fragment of its own and words around it
    is one reported clause with the last quotation, so the content starts with the sentence
    (a mixed quote), however the lead ends."""
    inner = [s for s in segments if s.open >= lead_start and s.outer_end <= seg.open]
    if not inner:
        return False
    if not re.search(r"\w", text[inner[-1].outer_end:seg.open]):
        return False  # `X « A », « B », a-t-il ajouté`: two quotations side by side
    outside, at = [], lead_start
    for s in inner:
        outside.append(text[at:s.open])
        at = s.outer_end
    outside.append(text[at:seg.open])
    return len(re.findall(r"\w+", " ".join(outside))) >= 2


LINKING_WORDS = frozenset({"et", "mais", "or", "donc", "puis", "ainsi", "enfin", "alors",
                           "car", "ni", "ou", "aussi", "pourtant", "cependant"})
"""Words that open a sentence without being its subject."""


def first_char(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n\u00a0\u202f-–—•":
        i += 1
    return i


def last_content_char(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    # a final "…" or closing mark stays; a dangling opening mark does not
    while end > start and text[end - 1] in "«“":
        end -= 1
        while end > start and text[end - 1] in TRAILING:
            end -= 1
    return end


def segment_before(text: str, char: int, segments: list[Segment]) -> Segment | None:
    """The quotation that closes right before `char`, with only glue in between."""
    for seg in segments:
        if seg.outer_end <= char and only_glue(text[seg.outer_end:char]):
            return seg
    return None


def inside_segment(char: int, segments: list[Segment]) -> bool:
    # a plain loop: asked for nearly every token the rules walk, and a generator per call
    # (`any(...)`) cost three times the scan itself
    for s in segments:  # noqa: SIM110
        if s.open < char < s.outer_end:
            return True
    return False


def is_unit_start(doc: Doc, i: int, unit_list: list[tuple[int, int]], unit_of: list[int]) -> bool:
    u0 = unit_list[unit_of[i]][0]
    j = u0
    while j < i and (doc[j].is_space or doc[j].is_punct or
                     doc[j].lower_ in {"et", "mais", "or", "car", "donc", "ainsi", "puis"}):
        j += 1
    return j == i


IDIOM_NOUNS = frozenset({"cesse", "temps", "soin", "peine", "occasion", "courage"})
"""Nouns that a verb takes with `de` + infinitive as one predicate (`n'a eu de cesse de
demander`, `a pris le temps d'expliquer`, `a pris soin de préciser`, `a saisi l'occasion
de rappeler`): the infinitive shares the verb's subject though the parser hangs it on the
noun."""


def is_idiom_noun(token: Token) -> bool:
    """Whether `token` is the object noun of such an idiom (see `IDIOM_NOUNS`)."""
    return token.dep_ == "obj" and token.lemma_.lower() in IDIOM_NOUNS


def governor(token: Token) -> Token:
    """The verb whose subject a participle or coordinated verb shares."""
    seen = 0
    while token.head is not token and seen < 6 and (
            token.dep_ in {"conj", "advcl", "xcomp", "acl", "parataxis"} or
            is_idiom_noun(token)):
        if any(c.dep_.startswith("nsubj") for c in token.children):
            break
        token = _across_reported_clause(token) or token.head
        seen += 1
    return token


def _outer_by_number(conjunct: Token, clause: Token) -> Token | None:
    """`Le gouvernement reconnaît que certains projets étaient nécessaires et annonce des
    mesures`: a finite conjunct with no auxiliary that disagrees in number with the reported
    clause's subject, and agrees with the verb governing that clause, is that verb's second
    (the parser joined it to the reported clause)."""
    number = conjunct.morph.get("Number")
    subject = [c for c in clause.children if c.dep_.startswith("nsubj")]
    outer = clause.head
    if "Fin" not in conjunct.morph.get("VerbForm") or not number or not subject or \
            outer.pos_ not in {"VERB", "AUX"}:
        return None
    inner = subject[0].morph.get("Number")
    return outer if inner and inner != number and outer.morph.get("Number") == number \
        else None


def _outer_by_speaker(conjunct: Token, clause: Token) -> Token | None:
    """`L'ARS assure que la fermeture restera exceptionnelle et promet des recrutements`: a
    finite verb of saying with no auxiliary, joined by the parser to a reported clause
    whose subject is a thing (no person, pronoun, name, nor a noun the speaker lexicon
    lists), is the second report of the verb governing that clause: a thing says nothing.
    Not a verb things also do (THING_VERBS) after a predicate with its own object: the
    clause goes on (`que le projet respecte l'environnement et garantit des emplois`)."""
    lex = default_lexicon()
    # (`réclame` left as its own lemma by the tagger: the cue finder's guesses)
    entry = next((v for g in lemma_guesses(conjunct) if (v := lex.verb(g))), None)
    subject = [c for c in clause.children if c.dep_.startswith("nsubj")]
    outer = clause.head
    if entry is None or entry.kind != "speech" or "Fin" not in conjunct.morph.get(
            "VerbForm") or not subject or outer.pos_ not in {"VERB", "AUX"} or \
            any(c.dep_.startswith("nsubj") for c in conjunct.children):
        return None
    s = subject[0]
    if s.pos_ != "NOUN" or s.ent_type_ or lex.noun_class(s):
        return None
    if entry.lemma in THING_VERBS and any(c.dep_ == "obj" for c in clause.children):
        return None  # `que le projet respecte l'environnement et garantit des emplois`:
        # two predicates with objects, the second a verb things do, are the thing's
    return outer


def _across_reported_clause(conjunct: Token) -> Token | None:
    """`Le maire a reconnu que la situation était difficile et a promis des mesures`: the
    parser joins `a promis` to the reported clause; an auxiliary repeated from the verb
    that governs that clause (`a … et a …`) shows the writer coordinated the two reports."""
    aux = [c.lower_ for c in conjunct.children if c.dep_.startswith("aux")]
    clause = conjunct.head
    if conjunct.dep_ == "conj" and not aux and clause.dep_ == "ccomp":
        return _outer_by_number(conjunct, clause) or _outer_by_speaker(conjunct, clause)
    if conjunct.dep_ != "conj" or not aux or clause.dep_ != "ccomp" or \
            any(c.dep_.startswith("aux") and c.lower_ in aux for c in clause.children):
        return None
    outer = clause.head
    if any(c.dep_.startswith("aux") and c.lower_ == aux[0] for c in outer.children):
        return outer
    return None


def completes_a_noun(doc: Doc, token: Token, lo: int) -> bool:
    """Whether the infinitive `token`, after `et de`, is coordinated with an infinitive
    that completes a noun (`leur volonté de poursuivre la grève et de demander …`): like
    the first, it says what the noun holds, not what was said. Read from the parse or,
    when the parser hung it elsewhere, from the words since `lo`: a noun, `de`, an
    infinitive, then `et de` without a comma."""
    if "Inf" not in token.morph.get("VerbForm"):
        return False
    head = token.head
    if token.dep_ == "conj" and head.dep_ == "acl" and "Inf" in head.morph.get("VerbForm") \
            and head.head.pos_ == "NOUN":
        return True
    i = token.i
    if i < 2 or doc[i - 1].lower_.replace("’", "'") not in {"de", "d'"} or \
            doc[i - 2].lower_ != "et":
        return False
    return any(doc[k].pos_ == "NOUN" and doc[k + 1].lower_.replace("’", "'") in {"de", "d'"} and
               doc[k + 2].pos_ == "VERB" and "Inf" in doc[k + 2].morph.get("VerbForm")
               for k in range(lo, i - 4))


def governed_by_speech(token: Token, lex: Lexicon) -> bool:
    head = token.head
    return head.i != token.i and token.dep_ in {"xcomp", "ccomp", "obj"} and \
        lex.verb(head.lemma_.lower()) is not None and lex.verb(head.lemma_.lower()).kind == \
        "speech"


def np_span(doc: Doc, head: Token) -> tuple[int, int]:
    """The noun phrase headed by `head`, without relative clauses or trailing punctuation."""
    keep = {head.i}
    for child in head.children:
        if child.dep_ in {"acl:relcl", "acl", "advcl", "punct", "parataxis", "dep", "cc:preconj"}:
            if child.dep_ == "punct":
                continue
            if child.dep_ == "acl" and child.i < head.i:
                continue
            if child.dep_ != "acl" or "Part" not in morph(child, "VerbForm"):
                continue
        keep.update(t.i for t in child.subtree)
    deps, lowers, texts = strings(doc, DEP), strings(doc, LOWER), strings(doc, ORTH)
    for t in [doc[k] for k in sorted(keep) if deps[k] == "conj"]:
        if t.i > head.i and t.i in keep and \
                _opens_a_clause(doc, t.left_edge.i + 1, len(doc), head.head):
            keep -= {x.i for x in t.subtree}  # `le chef du parti et cette protection,
            # dit-il, passe …`: the second noun phrase is the subject of its own clause
    lo, hi = min(keep), max(keep) + 1
    # nothing left of the head beyond a comma or colon: `…Anthony Blinken, le ministre …`
    for k in range(head.i - 1, lo - 1, -1):
        if texts[k] in {",", ":", ";"}:
            lo = k + 1
            break
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    # cut at a relative pronoun or a comma that opens a non-appositive clause
    for j in range(lo, hi):
        if lowers[j] in {"qui", "dont", "lequel", "laquelle", "que"} and j > head.i and \
                deps[j] != "fixed":  # `ainsi que les forces de l'ordre` goes on
            hi = j
            while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
                hi -= 1
            break
    # `Le Parquet national financier (PNF)`: keep a parenthesis closed
    opened = texts[lo:hi].count("(") - texts[lo:hi].count(")")
    if opened > 0 and hi < len(doc) and texts[hi] == ")":
        hi += 1
    # `l'interprète de « La Bohème »`, `le chanteur d'"Indochine"`: a quoted title too
    inside = texts[lo:hi]
    if hi < len(doc) and ((texts[hi] in "»”" and inside.count("«") + inside.count("“") >
                           inside.count("»") + inside.count("”")) or
                          (texts[hi] == '"' and inside.count('"') % 2 == 1)):
        hi += 1
    return lo, hi


def tagged_verb(token: Token) -> bool:
    """A verb by its tag, unless it is capitalised inside a named entity: the tagger reads
    `à San Pedro` as `à` + an infinitive, and a place is neither a verb nor what was said."""
    return token.pos_ in {"VERB", "AUX"} and not (token.ent_type_ and token.text[:1].isupper())


def _opens_a_clause(doc: Doc, k: int, limit: int, governor: Token | None = None) -> bool:
    """`… a ajouté le chef du parti et cette protection, dit-il, passe par …`: the noun
    phrase at `k` after `et` is the subject of a clause of its own when a finite verb, or
    a comma and one, follows it, other than the verb (`governor`) of the phrase it would
    be coordinated with (`Le maire et son adjoint ont annoncé`)."""
    m = k
    while m < limit and doc[m].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM"} and \
            not doc[m].is_punct:
        m += 1
    if m >= limit:
        return False
    nxt = doc[m + 1] if doc[m].text == "," and m + 1 < limit else doc[m]
    if governor is not None and (governor.i == nxt.i or (
            nxt.dep_.startswith("aux") and nxt.head.i == governor.i)):
        return False
    inverted = nxt.i + 1 < limit and doc[nxt.i + 1].text.startswith("-")  # `dit-il`
    return tagged_verb(nxt) and ("Fin" in morph(nxt, "VerbForm") or inverted)


def counted_noun(doc: Doc, head: Token, end: int, quantities: frozenset[str]) -> Token:
    """The noun a quantity noun counts (`la totalité des premières images` → `images`,
    `une série de photos` → `photos`): what the phrase is about for a rule that asks what
    kind of thing an object is. Any other head is returned as it is."""
    if fold(head.lemma_) not in quantities and fold(head.text) not in quantities:
        return head
    k = head.i + 1
    if k >= end or doc[k].lower_.replace("’", "'") not in {"de", "d'", "des", "du"}:
        return head
    return next((doc[m] for m in range(k + 1, min(end, k + 5)) if doc[m].pos_ == "NOUN"),
                head)


def pp_np_end(doc: Doc, start: int, limit: int, stop: frozenset[str] = frozenset()) -> int:
    """End of the noun phrase after `selon` (stops at a comma, a verb, a quote mark, or a
    word of `stop`)."""
    if start < limit and doc[start].pos_ == "PRON":
        return start + 1
    j = start
    while j < limit:
        t = doc[j]
        if j > start and t.lower_.replace("’", "'") in stop:
            break
        if t.text in {",", ".", ";", ":", "«", "»", '"', "“", "”"} or t.is_space:
            break
        if tagged_verb(t) and j > start and t.dep_ not in {"acl", "amod"} and not (
                t.morph.get("VerbForm") == ["Part"] and t.morph.get("Tense") == ["Past"] and
                doc[j - 1].pos_ in {"NOUN", "ADJ"}) and doc[j - 1].pos_ != "DET":
            break  # (`la chaîne précitée`; after a determiner, `l'opposant` is a noun)
        if t.lower_ in QUE | {"qui", "et"} and j > start:
            if t.lower_ == "et" and j + 1 < limit and doc[j + 1].pos_ in {"PROPN", "DET"} and \
                    not _opens_a_clause(doc, j + 1, limit):
                j += 1
                continue
            break
        j += 1
    return j


POINTING_BACK = re.compile(r"^(?:c['’]est|voilà|voici)\s+(?:en\s+(?:tout\s+)?cas\s+|du\s+moins\s+|"
                           r"notamment\s+)?ce\s+qu(?:e|['’])\s*", re.IGNORECASE)
"""`C'est ce qu'a déclaré X`, `Voilà ce qu'affirme X`, `C'est ce que le maire a affirmé`:
the verb's content is the sentence before."""


def reports_the_clause_before(doc: Doc, cue_start: int, unit_start: int) -> int | None:
    """`Les prix baisseront, ce qu'a confirmé le ministre`, `…, ce que conteste la
    police`: `ce que` after a comma takes up the clause before it as the cue's content;
    returns the comma's token index, or None."""
    comma = cue_start - 3
    if comma <= unit_start or doc[comma].text != "," or doc[comma + 1].lower_ != "ce" or \
            doc[comma + 2].lower_.replace("’", "'") not in {"que", "qu'"}:
        return None
    return comma


def points_back(doc: Doc, unit_start: int, cue_start: int) -> bool:
    """Whether the words of a unit before its cue point back to the sentence before: `C'est
    ce qu'a déclaré X`, or with the subject before the verb, `C'est ce que le maire a
    affirmé` (a noun phrase or a pronoun between `que` and the cue, no verb of its own)."""
    text = span_text(doc, unit_start, cue_start)
    found = POINTING_BACK.match(text)
    if found is None:
        return False
    if found.end() == len(text.rstrip()):
        return True
    first = doc[unit_start].idx + found.end()
    between = [t for t in doc[unit_start:cue_start] if t.idx >= first]
    return bool(between) and len(between) <= 8 and any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} for t in between) and not any(
        t.pos_ in {"VERB", "AUX", "SCONJ"} or t.is_punct or t.is_space for t in between)


def subject_before_cue(doc: Doc, unit_start: int, cue_start: int) -> bool:
    """Whether `points_back` found the cue's subject before it (`C'est ce que le maire a
    affirmé`), not after it (`C'est ce qu'a déclaré le maire`)."""
    found = POINTING_BACK.match(span_text(doc, unit_start, cue_start))
    return found is not None and doc[unit_start].idx + found.end() < doc[cue_start].idx


RANK_WORDS = frozenset({"un", "deux", "trois", "1", "2", "3"})
"""Numbers after `numéro` that make a rank of it (`le numéro un chinois`)."""


def with_rank(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`a assuré le numéro un chinois`: a subject ending in `numéro` before a number is a
    rank, whose number the parser read as the next noun's article; the rank and the
    words that say whose it is (an adjective, a `de` complement) belong to the subject."""
    end = span[1]
    if end >= len(doc) or doc[end - 1].lower_ != "numéro" or doc[end].lower_ not in RANK_WORDS:
        return span
    end += 1
    while end < len(doc) and doc[end].text[:1].islower() and (
            doc[end].pos_ in {"ADJ", "NOUN"} or (
                doc[end].lower_ in {"de", "du", "des", "d'", "d’"} and end + 1 < len(doc))):
        if doc[end].pos_ == "ADP" or doc[end].lower_ in {"de", "du", "des", "d'", "d’"}:
            end = doc[end].head.right_edge.i + 1  # (`du régime`: the whole complement)
            break
        end += 1
    return span[0], end
