"""Who the subject of a reporting verb is: the mention a quote's speaker is resolved from.

Before the verb (`Le ministre, lui, a déclaré`), after `selon`, before a colon, or signing a
pull-quote; inverted after the verb is `nlp/inverted_subjects.py`. The result is a token
span; `nlp/speakers.py` turns it into a name or a description.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.candidates import Cue
from presswatch.nlp.cues import SUBJECT_PRONOUNS, auxiliary_before_aside, stressed_pronoun_aside
from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.french import (
    DIRECT_OBJECT_CLITICS,
    RELATIVE_WORDS,
    TOPIC_PRONOUNS,
    is_present_participle,
    participle_after_clitics,
)
from presswatch.nlp.misread_verbs import (
    before_stressed_aside,
    misread_after_et,
    misread_after_subject,
    opening_noun_phrase,
    present_tense_form,
)
from presswatch.nlp.people import is_title
from presswatch.nlp.relative_antecedents import relative_antecedent_span
from presswatch.nlp.sentences import starts_after_initial
from presswatch.nlp.spans import first_char, governor, np_span, pp_np_end
from presswatch.nlp.subject_names import leading_name_before_role, with_coordinated_name
from presswatch.textutil import doc_text


def apposed_name_end(doc: Doc, np_end: int, limit: int,
                     closers: frozenset[str] = frozenset({","})) -> int:
    """`Selon la procureure, Fabienne Lefebvre, …`: a name set off by commas right after a
    source's role is part of the source; returns the end past it (or ``np_end``). The
    name must be followed by one of `closers` (a sentence end counts where `.` is one)."""
    first = np_end + 1  # (`, la Maltaise Roberta Metsola`: a demonym may open the name)
    if first + 2 < limit and doc[first].lower_ in {"le", "la", "l'", "l’"} and \
            doc[first + 1].is_title:
        first += 2 if doc[first + 1].ent_type_ != "PER" else 0
    if first >= limit or doc[np_end].text != "," or doc[first].ent_type_ != "PER":
        return np_end
    k = first
    while k < limit and doc[k].ent_type_ == "PER" and (k == first or doc[k].ent_iob_ == "I"):
        k += 1
    if k < limit and doc[k].text in closers:
        return k
    return k if k >= limit and "." in closers else np_end


def bare_past_participle(doc: Doc, token: Token, cue: Cue) -> bool:
    """A past participle with no auxiliary opening its clause (`Interrogé par …, X a dit`)."""
    if "Part" not in morph(token, "VerbForm") or "Past" not in morph(token, "Tense") \
            or cue.clitic is not None:
        return False  # (`proclame-t-il`: a subject after it makes the verb finite)
    if any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in token.children) \
            or any(t.lemma_ in {"avoir", "être"} for t in doc[cue.start:token.i]):
        return False  # (`a de son côté parlé`: the cue holds an auxiliary the parse lost)
    prev = doc[cue.start - 1] if cue.start > 0 else None
    return prev is None or prev.is_punct or prev.is_space or bool(doc[cue.start].is_sent_start)


def subject_mention(doc: Doc, verb: Token, tail: int | None = None
                     ) -> tuple[int, int] | None:
    """The subject of a forward reporting verb, as a token span (or None)."""
    if (beneficiary := pour_before_infinitive(doc, verb)) is not None:
        return beneficiary
    if (allowed := _dative_controller(doc, verb)) is not None:
        return allowed
    if is_present_participle(verb) and (source := _selon_source_before(doc, verb)):
        return source  # `…, selon le chef de l'agence, promettant que …`
    if is_present_participle(verb) and verb.i >= 3 and doc[verb.i - 3].text == "," and \
            doc[verb.i - 2].pos_ == "DET" and doc[verb.i - 1].pos_ in {"ADJ", "NOUN", "NUM"}:
        return verb.i - 2, verb.i  # `…, le premier assurant que …`, `…, la seconde
        # affirmant …`: a determiner and one word after a comma are the participle's own
        # subject (an absolute clause), whatever verb the parser hangs it on
    if participle_after_clitics(verb) and not is_present_participle(verb) and \
            (root := verb.sent.root).i < verb.i and root.pos_ in {"VERB", "AUX"}:
        return subject_mention(doc, root)  # `X a rejeté les accusations, les qualifiant
        # de …`: the participle the tagger read as a future shares the sentence's subject
    if verb.pos_ not in {"VERB", "AUX"} and misread_after_subject(doc, verb):
        # `Le ministre juge que`, `Le maire, lui, juge que`: the parse broke
        return opening_noun_phrase(doc, before_stressed_aside(doc, verb.i))
    if verb.pos_ not in {"VERB", "AUX"} and misread_after_et(doc, verb):
        first = next(t for t in doc[verb.sent.start:verb.i - 1]
                     if t.pos_ == "VERB" and "Fin" in morph(t, "VerbForm"))
        return subject_mention(doc, first)  # `X parle d'… et dément …`: X's second verb
    if verb.pos_ not in {"VERB", "AUX"} and verb.i > 0 and \
            doc[verb.i - 1].lower_ in SUBJECT_PRONOUNS:
        return verb.i - 1, verb.i  # `Elle dément toute implication`
    span = _parsed_subject(doc, verb, tail)
    if span is None and ("Fin" in morph(verb, "VerbForm") or
                         present_tense_form(verb, verb.lemma_.lower()) or
                         _present_read_as_participle(doc, verb)):
        span = opening_noun_phrase(doc, verb.i)  # `Retraites : la CGT juge que …`, hung
        # as an apposition
    if span is None or (span[1] - span[0] == 1 and doc[span[0]].lower_ in TOPIC_PRONOUNS):
        return _topic_before(doc, verb) or span
    aux = auxiliary_before_aside(doc, verb.i)
    if aux is not None and span[0] < aux < span[1]:
        span = (span[0], aux)  # `La ministre a, de son côté, estimé`: the parser's subject
        # may run over the auxiliary the aside cut off
    return _without_aside(doc, _without_topic_pronoun(doc, span))


def named_after_avec(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`Le débat a commencé avec Paul Martin, représentant des riverains, exprimant leurs
    craintes`: a present participle whose clause's subject is a thing (`le débat`) says
    what the person named after `avec` does, however far the commas of an apposition set
    it off (None when no name follows `avec` in the clause before it)."""
    if not is_present_participle(verb):
        return None
    start = sentence_bounds(verb)[0]
    avec = next((k for k in range(verb.i - 1, start - 1, -1) if doc[k].lower_ == "avec"),
                None)
    if avec is None or avec + 1 >= verb.i or doc[avec + 1].pos_ != "PROPN" or any(
            t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
            for t in doc[avec + 1:verb.i]):
        return None
    end = pp_np_end(doc, avec + 1, verb.i)
    return (avec + 1, end) if end > avec + 1 and doc[end - 1].pos_ == "PROPN" else None


def _present_read_as_participle(doc: Doc, verb: Token) -> bool:
    """`La maire décrit la situation comme …`, `Le syndicat dit sa colère`: verbs in -ire
    spell the present like the participle (`décrit`, `dit`, `écrit`), and the parser reads
    one after the opening noun as a participle describing it; with a determiner right
    after (its object), it is the sentence's verb."""
    return verb.lemma_.lower().endswith("ire") and verb.lower_.endswith("it") and \
        verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "DET"


OCCASION_WORDS = frozenset({"occasion", "opportunité"})
"""`l'occasion pour X de dire que …`: nouns that make `pour X` the one who speaks."""


def pour_before_infinitive(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`l'occasion pour la ministre de souligner que …`, `il était temps pour lui de
    rappeler que …`: `pour X` before an infinitive hung on a noun or an adjective names
    who speaks."""
    if "Inf" not in morph(verb, "VerbForm") or verb.head.i == verb.i or \
            verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    # the parser hangs the infinitive on `X` itself or on the noun `pour X` qualifies;
    # only an occasion says X spoke (`il est temps pour X de reconnaître` says nothing)
    for c in (verb.head, *verb.head.children):
        occasion = c.head if c.i == verb.head.i else verb.head
        if c.i < verb.i and c.pos_ in {"NOUN", "PROPN"} and \
                occasion.lemma_.lower() in OCCASION_WORDS and \
                any(k.dep_ == "case" and k.lower_ == "pour" for k in c.children):
            lo, hi = np_span(doc, c)
            lo = max(lo, next(k.i for k in c.children if k.lower_ == "pour") + 1)
            return lo, min(hi, verb.i)
    return None


ENABLING_VERBS = frozenset({"permettre"})
"""Verbs whose `à X` does what their infinitive says (`a permis aux habitants de dire`)."""


def _dative_controller(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`La réunion a permis aux riverains de dire que …`: the infinitive's speaker is
    the one `à X` (or `lui`, `leur`) names, not the subject of `permettre`."""
    head = verb.head
    if "Inf" not in morph(verb, "VerbForm") or verb.dep_ != "xcomp" or \
            head.lemma_.lower() not in ENABLING_VERBS:
        return None
    for c in head.children:
        if c.i < verb.i and (c.dep_ == "iobj" or (c.dep_.startswith("obl") and any(
                k.dep_ == "case" and k.lower_ in {"à", "au", "aux"} for k in c.children))):
            lo, hi = np_span(doc, c)
            while lo < hi and doc[lo].pos_ == "ADP":
                lo += 1  # `aux habitants`: the people, not the preposition
            return lo, min(hi, verb.i)
    return None


def _without_aside(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`Le chef de l'État, de son côté, a appelé`: an aside after a comma that names
    nobody (no person, no title) is not part of the subject, nor is what stands before a
    colon."""
    lo, hi = span
    # `Iran Press/ Le Monde : La Russie, quant à elle, a nié`: a credit line before a
    # colon is not part of the subject
    colon = max((k for k in range(lo, hi - 1) if doc[k].text == ":"), default=None)
    if colon is not None:
        after = colon + 1
        while after < hi and (doc[after].is_space or doc[after].is_punct):
            after += 1
        lo = after if after < hi else lo
    for k in range(lo + 1, hi):
        aside = doc[k + 1: hi]
        # `L'association, présidée par Claire Bres, a appelé …`: the agent of a
        # participle in the aside is not the subject, named or not
        agent_aside = len(aside) > 2 and "Part" in morph(doc[k + 1], "VerbForm") and \
            "Past" in morph(doc[k + 1], "Tense") and doc[k + 2].lower_ == "par"
        if doc[k].text == "," and aside and (agent_aside or not any(
                t.ent_type_ == "PER" or is_title(t) for t in aside)) and (
                doc[k + 1].pos_ in {"ADP", "ADV"} or doc[k + 1].text in '«"“' or
                "Part" in morph(doc[k + 1], "VerbForm") or
                not any(t.pos_ in {"NOUN", "PROPN"} for t in aside)):
            return lo, k  # `, de son côté,`; `, « profondément attristé »,`; `, ému,`;
            # `, interrogé par la radio,`
    return lo, hi


def _topic_before(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """`Mbappé, lui, a refusé …`: the noun phrase before `, lui,` (the parser often
    attaches it anywhere but as the subject)."""
    k = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")]) - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 2 or doc[k].lower_ not in TOPIC_PRONOUNS or doc[k - 1].text != ",":
        return None
    hi = lo = k - 1
    while lo > 0 and doc[lo - 1].pos_ in {"PROPN", "NOUN", "DET", "ADJ"} and \
            not doc[lo - 1].is_punct and hi - lo < 8:
        lo -= 1
    if lo > 0 and doc[lo - 1].pos_ == "ADP":
        return None  # `Dans un appel, elle a demandé …`: a circumstance, not a topic
    return (lo, hi) if lo < hi else None


def _without_topic_pronoun(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`les syndicats, eux,` → `les syndicats`."""
    lo, hi = span
    while hi - lo > 2 and (doc[hi - 1].text == "," or doc[hi - 1].lower_ in TOPIC_PRONOUNS):
        if doc[hi - 1].lower_ in TOPIC_PRONOUNS and doc[hi - 2].text != ",":
            break
        hi -= 1
    return lo, hi


def _parsed_subject(doc: Doc, verb: Token, tail: int | None = None
                    ) -> tuple[int, int] | None:
    gov = governor(verb)
    # `ont fait savoir`: the parser may hang the subject on any word of the expression
    words = [doc[k] for k in range(verb.i + 1, tail or verb.i + 1) if doc[k].pos_ == "VERB"]
    # `X a, elle, salué`: the parser may hang the subject on the auxiliary
    aside = verb.i - 4 if stressed_pronoun_aside(doc, verb.i) else \
        auxiliary_before_aside(doc, verb.i)  # or `a, de son côté, salué`
    aside_aux = [doc[aside]] if aside is not None else []
    # `Il a d'ailleurs indiqué`: the parser may also hang the subject on the auxiliary
    aside_aux += [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    for tok in (verb, *words, *aside_aux, gov):
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}
                and c.lower_ != "-t"]
        # `Procès X : le parquet requiert …`: a headline's topic before a colon is not
        # the subject the parser also hung on the verb; nor is one in an earlier sentence
        # that the parser joined to this one (`… le réseau social X. Interrogé …`)
        subj = [c for c in subj if not _colon_between(doc, c.i, tok.i)] or subj
        subj = [c for c in subj if not _sentence_end_between(doc, c.i, verb.i)]
        if subj:
            # two subjects on one verb are a misparse: the nearer one before it is its own
            # (`Ce n'est pas …, surtout que le ministre a affirmé`)
            before = [c for c in subj if c.i < tok.i]
            # (`Cette réforme, le syndicat l'a qualifiée …`: a topic the object pronoun
            # takes up, before the subject)
            nearer_is_own = len(before) > 1 and (any(
                (doc[k].lower_ in {"que", "qu'", "qu’"} and doc[k].head.i == tok.i) or (
                    k > before[-1].i and doc[k].dep_ == "obj" and
                    doc[k].lower_.replace("’", "'") in DIRECT_OBJECT_CLITICS)
                for k in range(before[0].i, tok.i)) or (
                    # (`que X, c'était Y, il promet`: a pronoun right after a comma)
                    before[-1].pos_ == "PRON" and doc[before[-1].i - 1].text == ","))
            s = before[-1] if nearer_is_own else subj[0]
            if (object_pronoun := _object_pronoun_subject(doc, s, tok)) is not None:
                return object_pronoun
            if s.lower_ in {"qui"} and tok.dep_.startswith("acl") and tok.head.i != tok.i:
                return relative_antecedent_span(doc, tok.head, s)
            span = _up_to_verb(doc, np_span(doc, s), tok)
            if span[1] <= verb.i and (lead := leading_name_before_role(doc, span)):
                return lead
            return with_coordinated_name(doc, _last_np_before_verb(doc, span, tok), tok)
        if tok.dep_ == "acl:relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return relative_antecedent_span(doc, tok.head, None)
    # `…, Gérard Collomb, le ministre de l'Intérieur, a indiqué que`: the parser lost the
    # subject; take the name (or role) standing right before the verb
    auxiliary_before = verb.i > 0 and doc[verb.i - 1].pos_ == "AUX"  # `a fait savoir`
    if "Fin" in morph(verb, "VerbForm") or auxiliary_before or aside_aux or any(
            c.dep_.startswith("aux") for c in verb.children):
        start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")] +
                    [t.i for t in aside_aux])
        while start > 0 and (doc[start - 1].pos_ == "AUX" or  # (and `s'` of `s'est dit`)
                             doc[start - 1].lower_.replace("’", "'") in {"se", "s'"}):
            start -= 1
        named = _name_before_relative(doc, start)
        if named is not None:
            return named
        k = start - 1
        while k >= max(0, start - 14) and not (doc[k].is_punct and doc[k].text in {".", ";",
                                                                                  ":"}) \
                and not (len(doc[k].text) > 1 and doc[k].text.endswith(".") and
                         doc[k + 1].is_sent_start):  # `sur X. Macron a publié`
            t = doc[k]
            if t.ent_type_ == "PER" and not _after_de(doc, k, 0):
                lo = k
                while lo > 0 and doc[lo - 1].ent_type_ == "PER":
                    lo -= 1
                return with_coordinated_name(doc, (lo, k + 1), verb)
            if t.pos_ in {"VERB"} and t.i != verb.i:
                break
            k -= 1
        # `Marine Le Pen a fait savoir`: a capitalised name the NER missed, right before
        name = _capitalised_run_before(doc, start) or _subject_before_aside(doc, start) or \
            _subject_before_relative(doc, start) or _opening_noun_phrase(doc, start)
        if name is not None:
            return name
    # a present participle shares the subject of the verb it hangs from (`…, ajoutant que`)
    # or, opening the sentence, of the sentence's main verb (`Reprochant à X de …, Y a …`)
    if is_present_participle(verb):
        up = verb.head
        for _ in range(4):
            if up.i == up.head.i:
                break
            if up.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubj:pass"}
                                                 for c in up.children):
                break
            up = up.head
        subj = [c for c in up.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if up.pos_ in {"VERB", "AUX", "ADJ"} and subj and up.i < verb.i:
            return np_span(doc, subj[0])
        finite_or_compound = "Part" not in morph(up, "VerbForm") or any(
            c.dep_.startswith("aux") for c in up.children)
        if up.pos_ == "VERB" and up.i < verb.i and finite_or_compound:
            # `Macron a publié une déclaration, appelant à …`: the subject the parse lost
            found = _parsed_subject(doc, up)
            if found is not None:
                return found
        root = verb.sent.root
        subj = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if subj and subj[0].i > verb.i:
            return np_span(doc, subj[0])
        if verb.i == verb.sent.start or doc[verb.i - 1].is_punct:
            return main_clause_subject(doc, verb)
    return None


def _selon_source_before(doc: Doc, participle: Token) -> tuple[int, int] | None:
    """The source of a `selon X,` right before a participle: X speaks on in it."""
    start = sentence_bounds(participle)[0]
    for k in range(participle.i - 2, max(start, participle.i - 12) - 1, -1):
        if doc[k].lower_ == "selon":
            end = pp_np_end(doc, k + 1, participle.i)
            if end == participle.i - 1 and doc[end].text == ",":
                return k + 1, end
            return None
    return None


def main_clause_subject(doc: Doc, participle: Token) -> tuple[int, int] | None:
    """`Estimant que la crise va durer, les économistes recommandent …`: the noun phrase
    after a comma that a finite verb follows is the main clause's subject, which an opening
    participle shares, whatever the parse made of the sentence."""
    end = sentence_bounds(participle)[1]
    for k in range(participle.i + 1, end - 1):
        if doc[k].text != ",":
            continue
        m = k + 1
        while m < end and (doc[m].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} or
                           doc[m].lower_ in {"de", "du", "des", "d'", "d’"}):
            m += 1
        if m > k + 1 and m < end and doc[k + 1].pos_ in {"DET", "PROPN"} and \
                doc[m].pos_ in {"VERB", "AUX"} and "Fin" in morph(doc[m], "VerbForm"):
            return k + 1, m
    return None


def _object_pronoun_subject(doc: Doc, pronoun: Token, verb: Token
                            ) -> tuple[int, int] | None:
    """`la directrice nous a promis …`: a first- or second-person pronoun the parser took
    for the subject of a third-person verb is its object; the noun phrase before it is the
    subject."""
    if pronoun.lower_ not in {"nous", "vous", "me", "m'", "m’", "te", "t'", "t’"}:
        return None
    finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if not any(morph(t, "Person") == ["3"] for t in finite):
        return None
    k = pronoun.i
    while k > 0 and doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ", "DET"} and \
            not doc[k - 1].is_punct:
        k -= 1
    if k == pronoun.i or not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[k:pronoun.i]):
        return None
    while k < pronoun.i and doc[k].pos_ not in {"DET", "NOUN", "PROPN"}:
        k += 1
    # `Au début la directrice`: the phrase starts at the last determiner
    last_det = max((m for m in range(k, pronoun.i) if doc[m].pos_ == "DET"), default=k)
    return last_det, pronoun.i


def after_source_relative(doc: Doc, i: int, limit: int) -> int:
    """`Selon Le Parisien, qui cite des sources internes, …`, `Selon le maire, interrogé par
    France Bleu, …`: a relative or participle clause about the source is not what the
    source says; the content starts after its closing comma."""
    if i >= limit or not (doc[i].lower_ in {"qui", "dont"} or (
            doc[i].pos_ == "VERB" and "Part" in morph(doc[i], "VerbForm") and
            "Past" in morph(doc[i], "Tense"))):
        return i
    k = i + 1
    while k < limit and k - i < 25 and doc[k].text != ",":
        k += 1
    if k >= limit or doc[k].text != ",":
        return i
    k += 1
    while k < limit and doc[k].is_space:
        k += 1
    return k


def _sentence_end_between(doc: Doc, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return any(doc[k].text in {".", "!", "?"} or starts_after_initial(doc, k + 1)
               for k in range(lo + 1, hi))


def _colon_between(doc: Doc, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return any(doc[k].text == ":" for k in range(lo + 1, hi))


def _name_before_relative(doc: Doc, start: int) -> tuple[int, int] | None:
    """`Denis Gagné, qui coanime l'émission depuis vingt ans, a annoncé …` parsed with no
    subject: a person's name, then a relative clause between commas that ends right
    before the verb group at `start`, is its subject whatever the relative's length (read
    from the words: the parser often makes such a relative a clause of its own)."""
    if start < 4 or doc[start - 1].text != ",":
        return None
    for c in range(start - 2, max(1, start - 60), -1):
        if doc[c].text in {".", ";", ":", "!", "?"}:
            return None
        if doc[c].text != "," or doc[c + 1].lower_.replace("’", "'") not in RELATIVE_WORDS:
            continue
        name = doc[c - 1]
        if name.ent_type_ != "PER":
            return None
        lo, hi = c - 1, c
        while lo > 0 and doc[lo - 1].ent_type_ == "PER":
            lo -= 1
        return lo, hi
    return None


def _subject_before_aside(doc: Doc, start: int) -> tuple[int, int] | None:
    """`Le pape, « profondément attristé », dit prier …`: an aside between commas cuts the
    subject, which opens the sentence, from its verb; quotation marks in the aside may
    make the parser split the sentence there."""
    if start < 4 or doc[start - 1].text != ",":
        return None
    comma = next((k for k in range(start - 2, max(0, start - 14), -1) if doc[k].text == ","),
                 None)
    if comma is None or comma < 1 or doc[comma - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    lo = comma - 1
    while lo > 0 and doc[lo - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} and \
            not doc[lo - 1].is_punct:
        lo -= 1
    opens = lo == 0 or doc[lo - 1].is_punct or doc[lo - 1].is_space or doc[lo].is_sent_start
    return (lo, comma) if opens and doc[lo].pos_ in {"DET", "PROPN"} else None


def _subject_before_relative(doc: Doc, start: int) -> tuple[int, int] | None:
    """`Les signataires de l'accord, qui comptent le Brésil (…), se sont prononcés pour
    …`: a relative clause set off by commas between the subject and its verb, which the
    parser then read as a participle of the subject's noun; the noun phrase opening the
    sentence, up to the relative, is the subject."""
    if start < 4 or doc[start - 1].text != ",":
        return None
    # (the sentence of the words before the comma: the parser may open one at the verb)
    sent_start = sentence_bounds(doc[start - 2])[0]
    opener = next((k for k in range(start - 2, sent_start + 1, -1)
                   if doc[k].lower_ in {"qui", "dont"} and doc[k - 1].text == ","), None)
    if opener is None:
        return None
    words = doc[sent_start: opener - 1]
    if len(words) < 2 or words[0].pos_ not in {"DET", "PROPN"} or any(
            t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or t.text in {",", ":", ";"}
            for t in words):
        return None
    return sent_start, opener - 1


def _opening_noun_phrase(doc: Doc, start: int) -> tuple[int, int] | None:
    """`La présidente de la Commission Ursula von der Leyen a, elle, salué …` parsed with no
    subject at all: a noun phrase that opens the sentence and runs, verbless, up to the
    auxiliary is its subject."""
    sent_start = sentence_bounds(doc[start])[0] if start < len(doc) else start
    words = doc[sent_start:start]
    if len(words) < 2 or words[0].pos_ not in {"DET", "PROPN"} or any(
            t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or t.text in {",", ":", ";"}
            for t in words):
        return None
    return sent_start, start


def _capitalised_run_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """The run of capitalised words (with name particles) ending right before token
    `start` and opening its sentence or clause: a proper name the parser left without
    a role. None if the run does not begin at a sentence start or after punctuation."""
    hi = start
    lo = hi
    while lo > 0 and (doc[lo - 1].pos_ in {"PROPN", "NOUN", "DET", "ADP"} and
                      doc[lo - 1].text[:1].isupper() and doc[lo - 1].is_alpha):
        lo -= 1
    if lo == hi and hi > 0 and doc[hi - 1].is_title and doc[hi - 1].is_alpha and \
            not doc[hi - 1].is_stop and (hi == 1 or doc[hi - 2].is_punct or
                                         doc[hi - 1].is_sent_start) and \
            doc[hi].pos_ == "AUX":
        return hi - 1, hi  # `Macron a également publié …`, the name tagged as an adverb
    if lo == hi or doc[hi - 1].pos_ != "PROPN":
        return None
    if lo > 1 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and \
            not doc[lo - 2].whitespace_ and doc[lo - 2].is_alpha:
        # `Le gouvernement de la Fédération Wallonie-Bruxelles indiquait`: the end of a
        # compound name the parser cut at its hyphen; the noun phrase opening the clause
        k = lo - 2
        while k > 0 and (doc[k - 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ", "ADP"} or (
                doc[k - 1].text == "-" and not doc[k - 1].whitespace_)) and \
                not doc[k].is_sent_start and hi - k < 14:
            k -= 1
        opens = k == 0 or doc[k - 1].is_punct or doc[k - 1].is_space or doc[k].is_sent_start
        return (k, hi) if opens and doc[k].pos_ in {"DET", "PROPN"} else None
    if lo > 0 and not (doc[lo - 1].is_punct or doc[lo - 1].is_space or doc[lo].is_sent_start):
        return None
    return lo, hi


def _up_to_verb(doc: Doc, span: tuple[int, int], verb: Token) -> tuple[int, int]:
    """`Le constructeur automobile Stellantis a annoncé`: when the parser splits one subject
    in two, the words left between it and the verb's auxiliaries belong to it."""
    lo, hi = span
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") or
                            c.dep_ == "expl:comp"])
    if not hi < first <= hi + 4:
        return span
    if all(doc[k].pos_ in {"PROPN", "NOUN", "ADJ"} and not doc[k].is_punct
           for k in range(hi, first)):
        return lo, first
    return span


def _last_np_before_verb(doc: Doc, span: tuple[int, int], verb: Token) -> tuple[int, int]:
    """`Lors d'un appel avec X, le ministre Y a qualifié …`: when the parser hangs two
    comma-separated noun phrases together, the one right before the verb is the subject."""
    lo, hi = span
    if hi > verb.i or hi < verb.i - 6:
        return span
    commas = [k for k in range(lo, hi) if doc[k].text == ","]
    if not commas:
        return span
    tail = (commas[-1] + 1, hi)
    named = any(t.ent_type_ == "PER" for t in doc[lo: commas[-1]])
    tail_named = any(t.ent_type_ == "PER" and not _after_de(doc, t.i, tail[0])
                     for t in doc[tail[0]: tail[1]])
    if named and not tail_named:
        return span  # `Le professeur X, le responsable du service, rappelle …`
    if any(t.pos_ in {"NOUN", "PROPN"} for t in doc[tail[0]: tail[1]]) and \
            tail[1] - tail[0] >= 1 and doc[tail[0]].pos_ in {"DET", "PROPN", "NOUN"}:
        return tail
    return span


def _after_de(doc: Doc, i: int, lo: int) -> bool:
    """`du CHU Pellegrin`: the token sits in a de-complement of a noun."""
    return any(doc[k].lower_ in {"de", "du", "des", "d'", "d’"} for k in range(max(lo, i - 3), i))


def np_end(doc: Doc, cue: Cue, mention: tuple[int, int] | None) -> int:
    return max(cue.end, mention[1] if mention else cue.end)


def relative_antecedent(doc: Doc, selon: Token) -> Token | None:
    j = selon.i - 1
    while j >= 0 and doc[j].pos_ not in {"NOUN", "PROPN"}:
        if doc[j].is_punct and doc[j].text != ",":
            return None
        j -= 1
    return doc[j] if j >= 0 else None


def clause_start_before(doc: Doc, i: int, u0: int) -> int:
    last = i - 1
    while last > u0 and doc[last].is_space:  # a text wrapped mid-sentence: `…,\nselon X`
        last -= 1
    j = last
    while j > u0 and doc[j].text not in {",", ";", ":"}:
        j -= 1
    if j > u0 and doc[j].text == "," and j == last:
        # "content, selon X": the content runs from the unit start
        return first_char(doc_text(doc), doc[u0].idx)
    if j > u0:
        return first_char(doc_text(doc), doc[j].idx + 1)
    return first_char(doc_text(doc), doc[u0].idx)
