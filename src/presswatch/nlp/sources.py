"""Quotes whose source a preposition names: `selon X`, `d'après X`, `pour X,`, and the
phrases that work alike (`tel que rapporté par X,`, `comme le rapporte X,`).

The content is the clause the preposition sits in or opens; a source in the middle of a
clause (`La réforme, selon lui, est prête`) leaves the clause to the same source. This
module puts a quote together; what counts as a source phrase and its source is
`source_phrases`, where the content starts and ends is `source_clauses`, and quotations a
speech noun or a document attributes (`Réponse du ministre : « … »`) are `noun_sources`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.colon_quotations import closing_quotation
from presswatch.nlp.content_end import semicolon_or_end
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import DASHES, RELATIVE_WORDS
from presswatch.nlp.marks import Segment
from presswatch.nlp.source_asides import aside_on_the_source, role_apposition_end
from presswatch.nlp.source_clauses import (
    after_adverbs_and_comma,
    after_source_relative,
    before_next_source,
    clause_resumed,
    clause_start_before,
    connectives_before,
    fronted_adverbial,
    only_connectives,
    opens_a_clause,
    past_connectives,
    quotation_taken_up,
    relative_end,
    to_clause_end,
)
from presswatch.nlp.source_documents import published_by, says_how
from presswatch.nlp.source_phrases import (
    ON_CLITICS,
    READING_FORMS,
    SOURCE_WORD_IDS,
    apposed_name_end,
    is_source,
    is_source_span,
    names_a_text,
    possessive_source,
    pronoun_source,
    relative_antecedent,
    relative_aside,
    selon_qui,
    source_end,
    source_phrase,
)
from presswatch.nlp.spans import (
    first_char,
    inside_segment,
    is_unit_start,
    last_content_char,
    np_span,
    only_glue,
    pp_np_end,
    segment_before,
)
from presswatch.textutil import doc_text

FOR_WHOM = frozenset({"pour", "à", "au", "aux"})
"""Prepositions of the one a measure is for (`une aide prévue pour les étudiants`): that
noun before `, pour qui …` is whom it concerns, not a source (an agent, `par la ministre,
pour qui …`, is one)."""


@dataclass
class SourcePhrase:
    """One source phrase: where the preposition and its noun phrase start and how it
    reads (`reading`: `selon`, or `après` for `d'après`, may stand after the clause; `pour`
    opens it), as `_opening` finds it; then, as `_with_source` completes it, whether it is
    a relative (`selon lesquelles`), the source's mention, where the phrase ends and where
    its cue ends (None: where the noun phrase starts, past a relative pronoun)."""

    prep_start: int
    np_start: int
    reading: str
    relative: bool = False
    mention: tuple[int, int] | None = None
    np_end: int = 0
    cue_end: int | None = None


def source_prepositions(doc: Doc, lex: Lexicon, unit_list: list[tuple[int, int]],
                        unit_of: list[int], segments: list[Segment]) -> list[Candidate]:
    """Quotes whose source a preposition gives: `selon X, …`, `… d'après X`, `Pour X, …`,
    `Aux yeux de X, …`, and `… selon lesquelles …` after a source noun."""
    out = []
    # only these words can open a source phrase: the other tokens are never built
    lowers = doc.to_array(LOWER).tolist()
    for token in (doc[k] for k, low_id in enumerate(lowers) if low_id in SOURCE_WORD_IDS):
        opened = _opening(doc, token, unit_list, unit_of)
        if opened is None or inside_segment(token.idx, segments):
            continue
        u0, u1 = unit_list[unit_of[token.i]]
        source = _with_source(doc, token, opened, u1, lex)
        if source is None:
            continue
        at_start = is_unit_start(doc, source.prep_start, unit_list, unit_of) or \
            only_connectives(doc, u0, source.prep_start) or \
            opens_a_clause(doc, source.prep_start) or \
            (source.reading != "pour" and fronted_adverbial(doc, u0, source.prep_start))
        if at_start and source.reading == "pour" and _a_speaker_speaks(doc, lex, source):
            continue  # `Pour la partie civile, Me X a demandé …`: on its behalf, not its view
        if at_start or source.relative:
            spans = _content_after(doc, lex, source, (u0, u1), segments)
        elif (seg := segment_before(doc_text(doc), doc[source.prep_start].idx, segments)):
            spans = [_quotation_before(doc, source, u0, seg)]
        else:
            spans = _clause_before(doc, lex, source, (u0, u1), segments)
        if spans is None:
            continue
        (start, end), rest = spans[0], spans[1:]
        if end - start < (2 if rest else 12):
            continue
        for start, end in spans:
            cand = Candidate(start, end, "selon")
            cand.cue_span = (source.prep_start,
                             source.cue_end or source.np_start + (1 if source.relative else 0))
            cand.cue_lemma = "selon" if source.reading != "pour" else "pour"
            cand.mention = source.mention
            out.append(cand)
    return out


def _a_speaker_speaks(doc: Doc, lex: Lexicon, source: SourcePhrase) -> bool:
    """Whether the verb the `Pour X,` phrase hangs on is a verb of saying whose subject is
    a named person or a role (`Pour la défense, Me Roux a plaidé que …`, `Pour le
    syndicat, son secrétaire a réclamé …`): `pour` then says on whose behalf they speak,
    and the verb gives the quote and its speaker."""
    verb = doc[source.np_start: source.np_end].root.head
    reporting = lex.verb(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if reporting is None or reporting.kind != "speech" or verb.i < source.np_end:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        return any(c.ent_type_ == "PER" or lex.noun_class(c) == "role" for c in subjects)
    # (the parser made the person right after the comma an apposition of the source noun)
    return any(doc[k].ent_type_ == "PER" for k in range(source.np_end,
                                                          min(verb.i, source.np_end + 3)))


def _opening(doc: Doc, token: Token, unit_list: list[tuple[int, int]], unit_of: list[int]
             ) -> SourcePhrase | None:
    """The source phrase `token` opens, if any: `selon`, `d'après`, `pour` opening a
    clause, and the phrases that read alike (`Aux yeux de`, `…, aux dires de`)."""
    low = token.lower_.replace("’", "'")
    if low == "selon":
        return SourcePhrase(token.i, token.i + 1, "selon")
    if low == "après" and token.i > 0 and doc[token.i - 1].lower_ in {"d'", "d’"}:
        return SourcePhrase(token.i - 1, token.i + 1, "après")
    if low == "pour" and (is_unit_start(doc, token.i, unit_list, unit_of) or
                          opens_a_clause(doc, token.i, with_et=False) or
                          (token.i + 1 < len(doc) and selon_qui(doc, token, token.i + 1))):
        return SourcePhrase(token.i, token.i + 1, "pour")  # (`…, explique X, pour qui …`)
    phrase = source_phrase(doc, token)
    if phrase and (is_unit_start(doc, phrase[0], unit_list, unit_of) or
                   opens_a_clause(doc, phrase[0])):
        # `Aux yeux du ministre, …`, `Aux dires de X, …`, `De l'aveu même de X, …`,
        # `À en croire X, …`: the same frame as a sentence-initial `pour X,`
        return SourcePhrase(*phrase, "pour")
    if phrase and phrase[0] > 0 and doc[phrase[0] - 1].text in {",", "»", "”", '"'}:
        # `…, aux dires des secouristes.`, `« … » de l'aveu même du ministre`: set off
        # after the clause or the quotation, the source speaks like `selon X`
        return SourcePhrase(*phrase, "selon")
    return None


def _with_source(doc: Doc, token: Token, source: SourcePhrase, u1: int, lex: Lexicon
                 ) -> SourcePhrase | None:
    """The phrase with its source's mention and end, or None when it names no source
    (`pour les étudiants, pour qui …` is whom a measure is for)."""
    np_start, pour = source.np_start, source.reading == "pour"
    source.relative = np_start < u1 and (
        doc[np_start].lower_ in {"lesquelles", "lesquels", "laquelle", "lequel"} or
        selon_qui(doc, token, np_start))
    if source.relative:
        antecedent = relative_antecedent(doc, token)
        beneficiary = pour and antecedent is not None and any(
            c.dep_ == "case" and c.lower_ in FOR_WHOM for c in antecedent.children)
        while antecedent is not None and doc[np_start].lower_ == "qui" and \
                antecedent.dep_ == "nmod" and antecedent.head.i < antecedent.i and \
                antecedent.head.pos_ in {"NOUN", "PROPN"}:
            antecedent = antecedent.head  # `La directrice de l'école, selon qui …`
        if antecedent is None or not is_source(antecedent, lex) or beneficiary or (
                pour and antecedent.dep_ in {"obj", "iobj"}):
            return None  # (`a recruté un entraîneur, pour qui c'est une première`, `une
            # aide prévue pour les étudiants, pour qui …`: whom it concerns; `explique
            # X, pour qui …`, `l'avis du parquet, pour qui …` speak)
        lo, hi = np_span(doc, antecedent)
        # (the antecedent's phrase stops at `selon`: `les chiffres de la préfecture`)
        source.mention, source.np_end = (lo, min(hi, token.i)), np_start + 1
        return source
    if (possessed_end := possessive_source(doc, np_start) or
            pronoun_source(doc, np_start, token.i)) is not None:
        # `À ses yeux, …`, `Selon ses mots, …`: the possessive names the source, as `lui`
        # in `selon lui`
        source.mention, source.np_end = (np_start, np_start + 1), possessed_end
        source.cue_end = source.np_end
        return source if source.np_end < u1 and doc[source.np_end].text == "," else None
    np_end = pp_np_end(doc, np_start, u1)
    if np_end <= np_start:
        return None
    np_end = apposed_name_end(doc, np_end, u1)
    agent = published_by(doc, np_start, np_end, lex)  # `des chiffres publiés par X`: X
    source.mention = (agent[0], source_end(doc, agent[0], np_end)) if agent else \
        (np_start, source_end(doc, np_start, np_end))
    source.np_end = np_end = role_apposition_end(doc, np_end, u1, lex)
    if (aside := relative_aside(doc, source.mention, u1)) is not None:
        source.mention = (source.mention[0], aside[0])  # (`une note dont X a obtenu
        source.np_end = np_end = aside[1]                 # copie, …`: the note)
    if token.lower_ in READING_FORMS:
        if not names_a_text(doc, source.mention, lex):
            return None  # (what is read in names its source: a text, not a face)
        source.cue_end = token.i + 1 + (doc[token.i + 1].lower_ in ON_CLITICS)
        # (the cue is `peut-on lire`, `lit-on`)
    elif not is_source_span(doc, source.mention, lex, possessive=not pour) or \
            says_how(doc, source.prep_start, np_start, np_end, lex):
        return None  # (`adapté d'après le roman de X`: how, not who)
    if token.lower_ == "entendre" and any(
            "Inf" in morph(t, "VerbForm") for t in doc[np_start:np_end]):
        return None  # `À entendre les enfants rire, …`: hearing them do it, no source
    if pour and (np_end >= u1 or doc[np_end].text != ",") and \
            not _colon_then_quotation(doc, np_end, u1):
        return None
    return source


def _colon_then_quotation(doc: Doc, k: int, u1: int) -> bool:
    """`- Pour le syndicat Sud Santé : « … »`: a round-up's line, its source before a
    colon and the quotation right after it (the colon stands for the comma; the
    sentence units may end at the colon, so `u1` only bounds the colon)."""
    return k < u1 and k + 1 < len(doc) and doc[k].text == ":" and \
        doc[k + 1].text in {"«", "“", '"'}


def _name_then_quotation(doc: Doc, source: SourcePhrase, c0: int, colon: int) -> bool:
    """`Pour la maire de Lyon, Claire Aubin (PS) : « … »`: the words between the source's
    comma and the colon are the name of who holds the role (and a party in brackets), not
    a content: the name becomes the mention, the quotation the content."""
    end = colon
    if end - 1 > c0 and doc[end - 1].text == ")":
        end = next((k for k in range(end - 1, c0 - 1, -1) if doc[k].text == "("), c0)
    name = doc[c0:end]
    if not 2 <= len(name) <= 4 or not all(t.ent_type_ == "PER" or t.pos_ == "PROPN"
                                          for t in name):
        return False
    source.mention = (c0, end)
    return True


def _content_after(doc: Doc, lex: Lexicon, source: SourcePhrase, unit: tuple[int, int],
                   segments: list[Segment]) -> list[tuple[int, int]] | None:
    """`Selon X, A`, `les accusations selon lesquelles A`: the clause after the phrase
    (and a quotation it announces: `Selon X, A : « B »`)."""
    u1 = unit[1]
    if source.reading == "pour" and _colon_then_quotation(doc, source.np_end, u1):
        seg = next((s for s in segments if s.open == doc[source.np_end + 1].idx), None)
        text = doc_text(doc)
        if seg is None or text[seg.outer_end:(text.find("\n", seg.outer_end) + 1 or
                                              len(text) + 1) - 1].strip(" .,;!?…\t"):
            return None  # (`- Pour les écoles : « 2 millions d'euros » de travaux.`: the
            # line goes on past the quotation, words of the page's own, no view)
        return [(seg.start, last_content_char(text, seg.start, seg.end))]
    c0 = after_adverbs_and_comma(doc, source.np_end, u1)
    while c0 < u1 and ((doc[c0].is_punct and doc[c0].text not in '«"“') or
                       doc[c0].is_space):
        c0 += 1
    c0 = after_source_relative(doc, c0, u1)
    if c0 >= u1:
        return None
    start = doc[c0].idx
    end_tok = before_next_source(doc, c0, semicolon_or_end(doc, c0, u1))
    if doc[source.np_start].lower_ == "qui":  # (`X, selon qui A, fait B`: the aside ends)
        end_tok = min(end_tok, relative_end(doc, c0, u1, segments))
    elif source.relative and (k := relative_end(doc, c0, end_tok, segments)) < end_tok and \
            any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
                for t in doc[c0:k]):
        end_tok = k  # `les accusations selon lesquelles elle aurait menti, a indiqué X`:
        # the relative ends where a finite verb follows a comma, once it has its own
        # verb (`selon lesquelles le club, racheté en 2019, serait …`)
    rest = []
    if found := closing_quotation(doc, c0, end_tok, segments, lex, after_clause=True):
        end_tok, rest = found[0], [(found[1].start, found[1].end)]  # `Selon X, A : « B »`
        if source.reading == "pour" and _name_then_quotation(doc, source, c0, end_tok):
            return rest
    last = doc[end_tok - 1]
    return [(start, last_content_char(doc_text(doc), start, last.idx + len(last))), *rest]


def _quotation_before(doc: Doc, source: SourcePhrase, u0: int, seg: Segment
                      ) -> tuple[int, int]:
    """`« … » selon X`; `Le préjudice est « important » selon X`: the quotation, or the
    clause it closes as a mixed quote."""
    text = doc_text(doc)
    lead = clause_start_before(doc, source.prep_start, u0)
    before = text[lead:seg.open]
    cut = max(before.rfind(":"), *(before.rfind(f" {d} ") for d in DASHES))
    if cut >= 0:  # `Retraites : le gouvernement « ne reculera pas », selon X`, or a
        # quotation in an aside set off by a dash (`au port - « … » selon X -`)
        lead = first_char(text, lead + cut + 1)
    if lead < seg.open and not any(m in text[lead:seg.open] for m in ':«»“”"'):
        return lead, seg.outer_end  # a mixed quote keeps its closing mark
    return seg.start, seg.end


def _clause_before(doc: Doc, lex: Lexicon, source: SourcePhrase, unit: tuple[int, int],
                   segments: list[Segment]) -> list[tuple[int, int]] | None:
    """`A, selon X.`, `La réforme, selon lui, est prête`: the clause the phrase closes
    or interrupts (and its part resumed after it)."""
    text, (u0, u1), np_end = doc_text(doc), unit, source.np_end
    edge = connectives_before(doc, source.prep_start, u0)  # `…, toujours selon X`
    start = clause_start_before(doc, edge, u0)
    # `A, selon X, et B, d'après Y`: B starts after the earlier source
    for k in range(edge - 1, u0, -1):
        if doc[k].lower_ == "selon" or (doc[k].lower_ == "après" and
                                        doc[k - 1].lower_ in {"d'", "d’"}):
            k2 = pp_np_end(doc, k + 1, edge)
            while k2 < edge and (doc[k2].is_punct or doc[k2].lower_ == "et"):
                k2 += 1
            if k2 < edge:
                start = max(start, doc[k2].idx)
            break
    start = past_connectives(text, start, doc[edge].idx)
    end = last_content_char(text, start, doc[edge].idx)
    # `…, sur un an,\nselon le communiqué`: a text wrapped mid-sentence puts a line break
    # between the comma and the source
    comma = edge - 1
    while comma > u0 and doc[comma].is_space:
        comma -= 1
    comma_before = edge > u0 and doc[comma].text == ","
    trailing = doc[np_end:u1]
    if np_end < u1 and doc[np_end].lower_ in {"qui", "dont"} and \
            doc[np_end - 1].pos_ != "PRON" and not any(t.text == "," for t in trailing):
        trailing = doc[u1:u1]  # `… deux ans selon le maire qui s'exprimait lundi`: the
        # relative describes the source; the clause ended before it
    elif aside_on_the_source(doc, np_end, u1, lex):
        trailing = doc[u1:u1]  # `… fera date selon l'avocat, Me Paul Girard.`
    rest = []
    if not all(t.is_punct or t.is_space for t in trailing) and \
            not only_glue(trailing.text) and not comma_before:
        # mid-clause "selon lui": the whole clause is the content
        last = doc[semicolon_or_end(doc, np_end, u1) - 1]
        end = last_content_char(text, start, last.idx + len(last))
    elif comma_before and edge - 2 > u0 and \
            doc[edge - 2].lower_.replace("’", "'") in RELATIVE_WORDS:
        # `les commerçants qui, selon lui, sont « les plus touchés »`: the source speaks
        # for the relative clause it interrupts, not for the main clause
        if np_end >= u1 or doc[np_end].text != "," or np_end + 1 >= u1:
            return None
        start, end = to_clause_end(doc, np_end + 1, relative_end(doc, np_end + 1, u1, segments))
    elif comma_before and (resumed := clause_resumed(doc, np_end, u1, doc[u0:edge])):
        rest = [resumed]
    return [quotation_taken_up(text, start, end, segments), *rest]

