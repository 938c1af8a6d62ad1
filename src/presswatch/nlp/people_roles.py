"""The role phrases written next to a person's name: `le ministre russe … Sergueï Lavrov`,
`le porte-parole de l'armée, le général X` (two), `Gérard Collomb, le ministre de
l'Intérieur,`, a plural role before two coordinated names, a role fronted at a sentence's
start (`Conseillère départementale depuis 2015, Anne Roux …`).

Split from `people.py` by concern: this reads the words around one name; `people.py`
builds the article's people from them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import DE_FORMS, PLURAL_DETERMINERS, PRE_VERB_CLITICS
from presswatch.nlp.name_spans import NAME_PARTICLES, is_capitalised_demonym
from presswatch.textutil import fold

NP_INTERNAL_PREPOSITIONS = {"de", "du", "des", "d'", "d’", "aux", "au"}
PARTNER_PREPOSITIONS = frozenset({"avec", "contre", "entre"})
"""Prepositions introducing the other party of a meeting, a call or a dispute: the
role phrase after them is that party's, named by the apposition that follows."""
OWN_DETERMINERS = frozenset({"son", "sa", "leur"})
"""Determiners of a body's own office holder (`le club a présenté son nouvel entraîneur`)."""


def _noun_phrase_before(doc: Doc, j: int, limit: int) -> list[Token]:
    """The noun phrase ending at token `j`, back to its determiner (at most `limit` tokens;
    `la porte-parole du ministère`), as a descriptor of the name after it."""
    out: list[Token] = []
    stop = j - limit
    while j >= 0 and j > stop:
        t = doc[j]
        opening = _parenthesis_opening(doc, j)
        if opening is not None:
            j = opening - 1  # `le maire (DVD), Paul Roux`: the party label is no limit
            continue
        # (the NER sometimes tags `président de la` as PER: only a proper name stops here)
        hyphen = t.text == "-" and not t.whitespace_ and j > 0 and not doc[j - 1].whitespace_
        if hyphen:  # `la CGT-Cheminots`, split by the tokenizer
            out.append(t)
            j -= 1
            continue
        if (t.ent_type_ == "PER" and t.pos_ == "PROPN") or t.is_punct or t.is_space:
            break
        if t.pos_ == "ADP" and t.lower_ not in NP_INTERNAL_PREPOSITIONS and \
                not _a_inside(doc, j):
            break
        coordinated = t.lower_ == "et" and j + 1 < len(doc) and j > 0 and \
            doc[j + 1].lower_ in NP_INTERNAL_PREPOSITIONS and doc[j - 1].pos_ in {"NOUN", "ADJ"}
        # a participle qualifying the noun before it (`le ministre délégué aux Collectivités`)
        qualifying = t.pos_ == "VERB" and "Part" in morph(t, "VerbForm") and j > 0 and \
            doc[j - 1].pos_ == "NOUN"
        # an adjective the tagger did not know, read as an adverb it hung on the noun
        # (`le ministre polésien`, an invented or rare nationality)
        misread = t.pos_ == "ADV" and t.dep_ == "amod" and j > 0 and doc[j - 1].pos_ == "NOUN"
        if t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM"} and not coordinated \
                and not qualifying and not misread:
            break  # (`de l'Administration et de la Décentralisation` is one complement)
        out.append(t)
        if t.pos_ == "DET" and (j == 0 or (doc[j - 1].lower_ not in NP_INTERNAL_PREPOSITIONS
                                          and not _a_inside(doc, j - 1))) \
                and not _opens_a_name(doc, j):
            break
        j -= 1
    return out


def _a_inside(doc: Doc, k: int) -> bool:
    """`à` before `la` / `l'` inside a role's noun phrase (`l'adjointe à la culture`, `la
    ministre déléguée à l'Industrie`), as `au` and `aux` are (`l'adjoint aux sports`): the
    noun after it hangs on the noun, or the participle qualifying a noun, before it (not
    `a écrit à la ministre`, where it hangs on the verb)."""
    return doc[k].lower_ == "à" and 0 < k < len(doc) - 2 and \
        doc[k + 1].lower_ in {"la", "l'", "l’"} and \
        doc[k + 2].head.i == k - 1 and (doc[k - 1].pos_ in {"NOUN", "ADJ"} or (
            doc[k - 1].pos_ == "VERB" and doc[k - 1].dep_ in {"acl", "amod"}))


def _opens_a_name(doc: Doc, j: int) -> bool:
    """Whether the determiner `j` is a name's own capitalised first word after a common
    noun (`du groupe Les Républicains`, `du parti La Relève`): the phrase goes on to the
    noun before it, whose role the name completes, rather than stopping at the name."""
    return 0 < j < len(doc) - 1 and doc[j].text[:1].isupper() and \
        not doc[j].is_sent_start and doc[j - 1].pos_ == "NOUN" and \
        doc[j - 1].text[:1].islower() and doc[j + 1].text[:1].isupper()


NOW_WORDS = frozenset({"aujourd'hui", "desormais", "actuellement"})
"""Adverbs opening an apposition that says the office held now (folded)."""


def _parenthesis_opening(doc: Doc, j: int) -> int | None:
    """Where the short parenthesis token `j` closes opens (`Le maire (DVD), Paul Roux`,
    `le député (LFI) Paul Roux`): a party or a place between a role and the name; up to
    three words, no punctuation but hyphens inside. None when `j` closes no such one."""
    if doc[j].text != ")":
        return None
    for k in range(j - 1, max(-1, j - 5), -1):
        if doc[k].text == "(":
            return k if k < j - 1 else None
        if doc[k].is_punct and doc[k].text != "-":
            return None
    return None


def descriptor_tokens(doc: Doc, start: int, end: int, lex: Lexicon) -> list[list[Token]]:
    """The role phrases written next to a name, one list of tokens each: `le ministre
    russe … Sergueï Lavrov`, `le porte-parole de l'armée, le général X` (two), or
    `Gérard Collomb, le ministre de l'Intérieur,`."""
    def has_role(tokens: list[Token]) -> bool:  # (`le Lyonnais X` describes X too)
        return any(lex.noun_class(t) == "role" or is_capitalised_demonym(t) or
                   fold(t.lemma_) in lex.nationalities or fold(t.text) in lex.nationalities
                   for t in tokens)

    def in_pp(tokens: list[Token]) -> bool:  # `D'après le porte-parole, X …`
        first = min(t.i for t in tokens)
        return first > 0 and doc[first - 1].pos_ == "ADP"

    groups: list[list[Token]] = []
    # the noun phrase right before the name (`la porte-parole du ministère, Maria
    # Zakharova`: across one comma)
    j = start - 1
    across_comma = j > 0 and doc[j].text == ","
    out = _noun_phrase_before(doc, j - 1 if across_comma else j, 12)
    if out and not across_comma and out[0].lower_ in NP_INTERNAL_PREPOSITIONS:
        out = []  # `le fils de Laetitia`, `les avocats d'X`: the noun is someone else
    if out and out[-1].i > 0 and doc[out[-1].i - 1].pos_ == "CCONJ" and \
            out[-1].pos_ != "DET":
        out = _after_last_preposition(out)
    out = _from_the_last_role(out, lex)
    if out and end - start == 1 and \
            doc[min(t.i for t in out)].lower_ in PLURAL_DETERMINERS:
        out = []  # `les frères Aubertin`: a family named by its surname, no one's role
    respective = _respective_role(doc, start, end, has_role)
    if respective:
        groups.append(respective)
    elif out and has_role(out) and not (across_comma and in_pp(out) and (
            _opens_a_clause(doc, end) or _complements_a_noun(doc, out))):
        groups.append(out)
        # a second apposed role before the first: `le porte-parole de l'armée, le général X`
        first = min(t.i for t in out)
        if not across_comma and first > 1 and doc[first - 1].text == ",":
            more = _noun_phrase_before(doc, first - 2, 16)
            opens = bool(more) and (more[-1].i == 0 or doc[more[-1].i - 1].is_punct or
                                    doc[more[-1].i - 1].is_space)
            # an object opening on a possessive, the name closing the clause, is one person
            # (`a élu son nouveau président, le physicien X, qui …`), as subjects are
            owned = bool(more) and more[-1].lower_ in OWN_DETERMINERS and end < len(doc) and \
                doc[end].is_punct
            if more and has_role(more) and not in_pp(more) and more[-1].pos_ == "DET" and \
                    (opens or owned):  # (`Après avoir rencontré le ministre, le général X`
                groups.append(more)  # is an object)
    elif across_comma:
        fronted = _fronted_role(doc, j, lex)
        if fronted:
            groups.append(fronted)
    # an apposition after the name, closed by punctuation: `Gérard Collomb, le ministre de
    # l'Intérieur, a …`
    if end < len(doc) and doc[end].text == ",":
        k = end + 1
        appos: list[Token] = []
        # `, la ministre de la Culture,` or without the article: `, ministre de la Culture,`
        if k + 1 < len(doc) and fold(doc[k].text).replace("’", "'") in NOW_WORDS:
            k += 1  # `, aujourd'hui maire du Havre,`: the office held now
        # `, accusé du meurtre de X,`: a role noun the tagger read as a participle
        said_as_role = k < len(doc) and doc[k].pos_ == "VERB" and \
            lex.speaker_nouns.get(doc[k].lower_, ("",))[0] == "role"
        if k < len(doc) and (doc[k].pos_ == "DET" or has_role([doc[k]]) or said_as_role):
            first = k
            while k < len(doc) and doc[k].text not in {",", ".", ";", ":", ")"} and \
                    k - end < 14 and (doc[k].pos_ not in {"VERB", "AUX"} or k == first) and \
                    not (doc[k].ent_type_ == "PER" and doc[k].pos_ == "PROPN"):
                # (the NER may tag `président de la Fédération` as PER: a name stops)
                appos.append(doc[k])
                k += 1
            if said_as_role and k < len(doc) and doc[k].ent_type_ == "PER" and \
                    len(appos) > 1 and appos[-1].lower_ in NP_INTERNAL_PREPOSITIONS:
                groups.append(appos[:-1])  # (`accusé du meurtre de X`: X is someone else)
            elif k < len(doc) and doc[k].text in {",", ".", ";", ":", ")"} and (
                    has_role(appos) or said_as_role):
                groups.append(appos)
    return groups


def _opens_a_clause(doc: Doc, end: int) -> bool:
    """Whether the name ending at `end` is the subject of what follows (`D'après le
    porte-parole, X a menti`: a verb or a clitic next), not an apposition closed by
    punctuation (`avec son homologue lituanien, X.`, `…, X, a …`)."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.pos_ in {"VERB", "AUX"} or nxt.lower_.replace("’", "'") in PRE_VERB_CLITICS


def _complements_a_noun(doc: Doc, phrase: list[Token]) -> bool:
    """Whether `phrase` is a noun's complement (`la fille de l'artiste, X`: X is the
    daughter, not the artist; `Le négociateur en chef de l'UE, X`), not one of a verb's
    (`s'est entretenu avec son homologue, X`)."""
    first = min(t.i for t in phrase)
    if doc[first - 1].lower_ in NP_INTERNAL_PREPOSITIONS:
        return True
    if doc[first - 1].lower_ in PARTNER_PREPOSITIONS:
        return False  # `une rencontre avec le chef de la diplomatie allemande, X`: X
        # is the one met, whatever noun the meeting is said with
    ids = {t.i for t in phrase}
    heads = [t.head for t in phrase if t.head.i not in ids]
    plural = doc[first].lower_ in PLURAL_DETERMINERS
    # (`désigné par les députés, X`: a plural is no one person's role)
    return not heads or heads[0].pos_ not in {"VERB", "AUX"} or plural




def _after_last_preposition(cut: list[Token]) -> list[Token]:
    """A noun phrase the walk back cut at a conjunction, as `_noun_phrase_before` gives it
    (last token first): `sociale du président français` keeps the noun phrase after its
    last preposition (`président français`), `russe et américaine` (no noun) is no role."""
    ordered = sorted(cut, key=lambda t: t.i)
    cuts = [k for k, t in enumerate(ordered) if t.lower_ in NP_INTERNAL_PREPOSITIONS]
    kept = ordered[cuts[-1] + 1:] if cuts else ordered
    return kept[::-1] if any(t.pos_ in {"NOUN", "PROPN"} for t in kept) else []


def _from_the_last_role(cut: list[Token], lex: Lexicon) -> list[Token]:
    """A noun phrase before a name, as `_noun_phrase_before` gives it (last token first),
    from the last role noun in a `de` complement on: `le porte-parole du ministre de
    l'Intérieur X` describes X as `ministre de l'Intérieur`, not as a spokesman (someone
    else); `le ministre de l'Intérieur X` keeps its head."""
    ordered = sorted(cut, key=lambda t: t.i)
    first = next((k for k, t in enumerate(ordered) if t.pos_ == "NOUN" and
                  lex.noun_class(t) == "role"), None)
    de = None if first is None else complement_role(ordered[first:], lex)
    return cut if de is None else ordered[first + de + 1:][::-1]


def complement_role(tokens: list[Token], lex: Lexicon) -> int | None:
    """Where a role of a `de` complement opens in `tokens` (text order, the head first):
    the position of the last `de` form before the last role noun after the head, or None
    when there is no such role or it is plural (`le président des sénateurs LR X` presides
    a group: X is the head's). One test for the two readers of `le porte-parole du ministre
    X`: the people built (X is the minister, `_from_the_last_role`) and the speaker (X
    is not the spokesman, `speakers.SpeakerResolver._named_in_a_complement`)."""
    roles = [k for k in range(1, len(tokens)) if tokens[k].pos_ == "NOUN" and
             lex.noun_class(tokens[k]) == "role"]
    if not roles or "Plur" in morph(tokens[roles[-1]], "Number"):
        return None
    cuts = [k for k in range(1, roles[-1]) if tokens[k].lower_ in DE_FORMS]
    return cuts[-1] if cuts else None


def _coordinated_names(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """`Sergueï Lavrov et Antony Blinken`: where the pair of names this one belongs to
    starts, and which of the two it is (0 or 1); None for a name on its own."""
    def name_word(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN"

    if end + 1 < len(doc) and doc[end].lower_ == "et" and name_word(end + 1):
        return start, 0
    if start > 1 and doc[start - 1].lower_ == "et" and name_word(start - 2):
        k = start - 2
        while name_word(k - 1) or (k > 1 and doc[k - 1].lower_ in NAME_PARTICLES and
                                   name_word(k - 2)):
            k -= 1
        return k, 1
    return None


def _respective_role(doc: Doc, start: int, end: int, has_role: Callable[[list[Token]], bool]
                     ) -> list[Token]:
    """A plural role before two coordinated names is each one's: `leurs présidents,
    Vladimir Poutine et Joe Biden` (both presidents), and `les chefs de la diplomatie russe
    et américaine, Sergueï Lavrov et Antony Blinken` (respectively: the first one Russian,
    the second American). The role's tokens for this name, or [] when there is no such
    role."""
    pair = _coordinated_names(doc, start, end)
    if pair is None:
        return []
    first, which = pair
    j = first - 1
    if j > 0 and doc[j].text == ",":
        j -= 1
    out: list[Token] = []
    while j >= 0 and len(out) < 16:
        t = doc[j]
        if t.is_punct or t.is_space or (t.ent_type_ == "PER" and t.pos_ == "PROPN") or \
                t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ"} or \
                (t.pos_ == "ADP" and t.lower_ not in NP_INTERNAL_PREPOSITIONS) or \
                (t.pos_ == "CCONJ" and t.lower_ != "et"):
            break
        out.append(t)
        if t.pos_ == "DET" and (j == 0 or doc[j - 1].lower_ not in NP_INTERNAL_PREPOSITIONS):
            break
        j -= 1
    out.reverse()
    if not out or out[0].pos_ != "DET" or out[0].lower_ not in PLURAL_DETERMINERS or \
            not has_role(out):
        return []
    conj = [k for k, t in enumerate(out) if t.lower_ == "et"]
    if len(conj) != 1 or conj[0] + 1 >= len(out):
        return out  # one role both hold
    k = conj[0]
    if out[k + 1].pos_ == "ADJ":  # `russe et américaine`
        lo = k - 1
    else:  # `de l'Intérieur et de la Justice`: the first one opens at its preposition
        lo = max((i for i in range(k) if out[i].pos_ == "ADP"), default=k - 1)
    if lo <= 0:
        return out
    return out[:lo] + (out[lo:k] if which == 0 else out[k + 1:])


def _fronted_role(doc: Doc, comma: int, lex: Lexicon) -> list[Token]:
    """`Conseillère départementale du canton depuis 2015, Anne Roux a officialisé …`,
    `Ancien ministre de la Justice, Paul Roux …`: a role opening the sentence (without
    article, or too long for `_noun_phrase_before`) and set off by the comma before the
    name is that person's (a circumstance after it, `depuis 2015`, aside). The role's
    tokens, or [] when the sentence opens otherwise (`Selon le ministre, X …`, `Élu en
    2020, X …`)."""
    k = doc[comma].sent.start
    if comma - k > 20 or not doc[k].text[:1].isupper():
        return []
    out: list[Token] = []
    i = k
    while i < comma and (doc[i].pos_ in {"NOUN", "ADJ", "PROPN", "DET", "NUM"} or
                         (doc[i].pos_ == "ADP" and doc[i].lower_ in NP_INTERNAL_PREPOSITIONS)
                         or (doc[i].text == "-" and not doc[i].whitespace_)):
        if doc[i].ent_type_ == "PER" and doc[i].pos_ == "PROPN":
            return []  # (`Fille de Paul Roux, Anne …`: another person's role)
        out.append(doc[i])
        i += 1
    head = next((t for t in out if t.pos_ == "NOUN"), None)
    if head is None or lex.noun_class(head) != "role" or "Plur" in morph(head, "Number"):
        return []  # (`Les salariés et le propriétaire, X, …`: no one person's role)
    rest = doc[i:comma]
    if len(rest) and (rest[0].pos_ != "ADP" or any(
            t.pos_ in {"VERB", "AUX", "CCONJ"} or t.is_punct for t in rest)):
        return []  # only a circumstance may follow the role (`depuis 2015`)
    return out
