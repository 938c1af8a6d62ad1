"""What a source phrase is: the words that make what follows them a source's (`selon X`,
`d'après X`, `aux yeux de X`, `à en croire X`, `peut-on lire dans X`), where the source
they name ends, and whether that noun phrase can speak at all (`selon lui`, not `selon le
moment`). Split from `presswatch.nlp.sources`, which finds these phrases in a sentence and
the content they attribute; the noun tests here are shared with passives and speech nouns.
"""

from __future__ import annotations

from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.circumstances import ADDRESSEE_PREPOSITIONS, addressee_end, says_when
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import DASHES, PERSON_PRONOUNS
from presswatch.nlp.reported_as import REPORTED_FORMS, reported_as
from presswatch.textutil import fold


def selon_qui(doc: Doc, selon: Token, np_start: int) -> bool:
    """`…, assure le préfet, selon qui les travaux dureront …`: `selon qui` after a comma
    is the relative twin of `selon lequel`, its antecedent the source; without the comma it
    means `depending on who` (`les chiffres varient selon qui les compte`)."""
    return doc[np_start].lower_ == "qui" and selon.lower_ in {"selon", "pour"} and \
        selon.i > 0 and doc[selon.i - 1].text == ","  # (`…, pour qui tous sont …`)


def source_end(doc: Doc, start: int, end: int) -> int:
    """The source named after `selon` ends before when it spoke and to whom (`selon les
    médias russes ce vendredi`, `selon une source judiciaire à l'AFP`), and before a
    participle left hanging by that cut (`selon des chiffres publiés mardi`); a place stays
    (`selon le correspondant du Monde à Washington`), and a parenthesis it opens is closed
    (`selon l'Agence nationale d'information (Ani, officielle)`)."""
    for k in range(start + 1, end):
        to_medium = doc[k].lower_ in ADDRESSEE_PREPOSITIONS and doc[k].pos_ == "ADP" and \
            k + 1 < end and addressee_end(doc, k) > k + 1 and not any(
                t.ent_type_ == "LOC" for t in doc[k + 1: addressee_end(doc, k)])
        if says_when(doc, k) or to_medium:
            end = k
            if end - 1 > start and "Part" in morph(doc[end - 1], "VerbForm"):
                end -= 1
            break
    if any(t.text == "(" for t in doc[start:end]) and not any(t.text == ")"
                                                              for t in doc[start:end]):
        close = next((k for k in range(end, min(end + 8, len(doc))) if doc[k].text == ")"),
                     None)
        if close is not None:
            return close + 1
        return next(k for k in range(start, end) if doc[k].text == "(")
    while end - 1 > start and doc[end - 1].text in DASHES:
        end -= 1  # `- « … » de l'aveu même du gouvernement - a fait …`: the aside closes
    return end


READING_FORMS = frozenset({"lire", "lit", "lisait"})
"""`…, peut-on lire dans X`, `…, lit-on dans X`: the words read there are X's."""


CAN_FORMS = frozenset({"peut", "pouvait", "pourra", "pourrait", "put"})


ON_CLITICS = frozenset({"-on", "-t-on"})


SOURCE_NOUNS = {"yeux": {"aux"}, "dires": {"aux"}, "dire": {"au"}, "aveu": {"l'"},
                "avis": {"l'"}}
"""`aux yeux de X`, `aux dires de X`, `de l'aveu de X`, `de l'avis de X`: a noun that
makes X the source."""


SOURCE_WORD_IDS = frozenset(hash_string(w) for w in
                             {"selon", "après", "pour", "croire", "croit", "entendre",
                              *READING_FORMS, *SOURCE_NOUNS, *REPORTED_FORMS})
"""The words `source_prepositions` starts from (string ids of lower-case forms)."""


POSSESSIVE_SOURCES = frozenset({"ses", "leurs"})
"""Possessives that name the source in `à ses yeux`, `à leurs yeux` (a pronoun's referent)."""


SPOKEN_WORDS = frozenset({"mots", "propos", "termes", "paroles", "dires"})
"""Nouns for what someone said that make the possessor the source (`selon ses mots`,
`selon ses propres termes`), as `yeux` does (`à ses yeux`)."""


OBJECT_SOURCES = frozenset({"l'", "les"})
"""Object pronouns that name the source in `à l'en croire`, `à les entendre`."""


def pronoun_source(doc: Doc, np_start: int, verb: int) -> int | None:
    """Where the phrase ends when its source is an object pronoun before the verb at `verb`
    (`À l'en croire`, `à les entendre`): after the verb; None otherwise."""
    if np_start >= len(doc) or verb <= np_start or \
            doc[np_start].lower_.replace("’", "'") not in OBJECT_SOURCES or \
            doc[verb].lower_ not in {"croire", "entendre"}:
        return None
    return verb + 1


def possessive_source(doc: Doc, np_start: int) -> int | None:
    """Where the source phrase's noun phrase ends when it is a possessive and its noun
    (`ses yeux`, `ses propres mots`): the possessive names the source; None otherwise."""
    if np_start + 1 >= len(doc) or doc[np_start].lower_ not in POSSESSIVE_SOURCES:
        return None
    k = np_start + 1 + (doc[np_start + 1].lower_ == "propres")
    return k + 1 if k < len(doc) and doc[k].lower_ in SPOKEN_WORDS | {"yeux"} else None


def source_phrase(doc: Doc, token: Token) -> tuple[int, int] | None:
    """Where a multi-word source expression at `token` starts and where its noun phrase
    starts: `Aux yeux du ministre`, `De l'aveu même de X`, `À en croire X`, `Si l'on en croit X`."""
    i, low = token.i, token.lower_
    before = doc[i - 1].lower_.replace("’", "'") if i > 0 else ""
    if low == "croire" and before == "en" and i > 1 and doc[i - 2].lower_ in {"à", "a"}:
        return i - 2, i + 1
    if low in {"croire", "entendre"} and i > 2 and (k := i - 1 - (before == "en")) > 0 and \
            doc[k].lower_.replace("’", "'") in OBJECT_SOURCES and \
            doc[k - 1].lower_ in {"à", "a"} and (low == "entendre") == (before != "en"):
        return k - 1, k  # `À l'en croire, …`, `à les entendre, …`: the pronoun is the source
    if low in READING_FORMS:
        return _reading_source(doc, i)
    if low == "entendre" and before in {"à", "a"}:
        return i - 1, i + 1  # `À entendre la ministre, …`, `…, à entendre la police`
    if low == "croit" and before == "en" and i > 2 and doc[i - 2].lower_ == "on":
        # `si l'on en croit X`, `si on en croit X`: the conditional twin of `à en croire X`
        k = i - 3 - (doc[i - 3].lower_.replace("’", "'") == "l'")
        return (k, i + 1) if k >= 0 and doc[k].lower_ == "si" else None
    if low in REPORTED_FORMS:
        return reported_as(doc, i)
    if low == "yeux" and before in POSSESSIVE_SOURCES and i > 1 and \
            doc[i - 2].lower_ in {"à", "a"}:
        return i - 2, i - 1  # `À ses yeux`, `à leurs yeux`
    if before not in SOURCE_NOUNS.get(low, ()):
        return None
    start = i - 1
    if low in {"aveu", "avis"}:  # after `de` (`de l'avis de X`, not `à l'avis de X`)
        if i < 2 or doc[i - 2].lower_.replace("’", "'") not in {"de", "d'"}:
            return None
        start = i - 2
    k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "même")
    if k + 1 < len(doc) and doc[k].lower_.replace("’", "'") in {"de", "d'", "du", "des"}:
        return start, k + 1
    return None


def _reading_source(doc: Doc, i: int) -> tuple[int, int] | None:
    """`La hausse atteint 12 %, peut-on lire mardi dans le quotidien`, `…, lit-on dans le
    rapport`, `…, pouvait-on y lire sur le site du ministère`: an inverted `on` reading,
    set off after the clause, makes what `dans` or `sur` names the source of that clause.
    Returns where the phrase starts and where the source's noun phrase starts."""
    if doc[i].lower_ == "lire":
        k = i - 1 - (i > 1 and doc[i - 1].lower_ == "y")
        if k < 1 or doc[k].lower_ not in ON_CLITICS or doc[k - 1].lower_ not in CAN_FORMS:
            return None
        start, j = k - 1, i + 1
    elif i + 1 < len(doc) and doc[i + 1].lower_ in ON_CLITICS:
        start, j = i, i + 2
    else:
        return None
    if start < 1 or doc[start - 1].text not in {",", "»", "”", '"'}:
        return None
    while j < len(doc) and (says_when(doc, j) or doc[j].is_space or doc[j].pos_ == "ADV" or
                            doc[j].lower_ == "y"):
        j += 1
    return (start, j + 1) if j + 1 < len(doc) and doc[j].lower_ in {"dans", "sur"} else None


def names_a_text(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """`…, peut-on lire dans La Dernière Heure`, `dans le rapport de la Cour`, `sur une
    banderole des grévistes`: what one reads in is a title (capitalised), a source or a
    thing that carries words (data/carrier_nouns.txt, a speech noun), named before the
    phrase's first preposition; not `sur son visage`, `sur les visages des supporters`."""
    words = lex.carriers | lex.speech_events
    for t in doc[span[0]:span[1]]:
        if t.pos_ == "ADP":
            return False
        if t.pos_ != "DET" and (t.text[:1].isupper() or is_source(t, lex) or
                                fold(t.lemma_) in words or fold(t.text) in words):
            return True
    return False


CONCERNED_FORMS = frozenset({"interesse", "interessee", "interesses", "interessees"})
"""`l'intéressé`, `les intéressées` (folded): the person the article is about."""


def is_source(head: Token, lex: Lexicon) -> bool:
    """Whether `head` can be a source: a name, a person pronoun or a speaker noun."""
    if head.ent_type_ in {"PER", "ORG"} or head.pos_ == "PROPN":
        return True
    if head.lower_ in PERSON_PRONOUNS:
        return True
    if fold(head.text) in CONCERNED_FORMS and head.i > 0 and \
            head.doc[head.i - 1].lower_.replace("’", "'") in {"l'", "les"}:
        return True  # `À en croire l'intéressé`: the person the article is about
    if head.lemma_.lower() == "partie" and head.i + 1 < len(head.doc) and \
            head.doc[head.i + 1].lemma_.lower() in PARTY_ADJECTIVES:
        return True  # `Pour la partie civile, c'est …`: a party to a trial speaks
    return head.lemma_.lower() in lex.speaker_nouns


PARTY_ADJECTIVES = frozenset({"civil", "civile", "adverse"})
"""What makes `partie` a party to a case (`la partie civile`, `la partie adverse`), which
speaks through its lawyers, rather than a share (`une partie des élèves`)."""


def is_source_span(doc: Doc, span: tuple[int, int], lex: Lexicon, *,
                   possessive: bool = False) -> bool:
    """Whether the noun phrase `span` after `selon` names a source (not `selon moi`,
    `selon le moment`). With `possessive`, a source noun after a possessive counts (`selon
    son avocat`, `d'après ses proches`); after `pour`, whose possessive phrases are more
    often whom something is for (`pour ses enfants`), it does not."""
    tokens = doc[span[0]: span[1]]
    if any(t.lower_ in {"moi", "nous", "toi", "vous"} for t in tokens[:1]):
        return False
    if tokens[:1] and tokens[0].lower_ in {"sa", "son", "ses", "leur", "rappel", "cela",
                                            "ça", "autant", "le", "la", "les", "l'", "l’"} \
            and len(tokens) >= 2 and tokens[1].lower_ in {"part", "moment", "instant"}:
        return False
    if tokens[:1] and tokens[0].lower_ in {"rappel", "cela", "ça", "autant"} | (
            set() if possessive or _named_relation(tokens, lex) else {"sa", "son"}):
        return False
    return any(is_source(t, lex) for t in tokens)


KIN_NOUNS = frozenset({"fils", "fille", "frère", "sœur", "père", "mère", "mari", "épouse",
                       "femme", "enfant", "neveu", "nièce", "petit-fils", "petite-fille"})
"""Kin a thing is often for (`pour son fils Paul, la famille a acheté …`)."""


def _named_relation(tokens: Span, lex: Lexicon) -> bool:
    """`Pour sa collègue Anne Roux, …`, `pour son avocat, Me X,`: after `pour`, a
    possessive speaker noun that comes with the person's name is someone speaking, not
    whom something is for (`pour ses enfants`); kin aside."""
    return len(tokens) >= 3 and tokens[0].lower_ in {"sa", "son"} and \
        tokens[1].lemma_.lower() in lex.speaker_nouns and \
        tokens[1].lower_ not in KIN_NOUNS and \
        any(t.ent_type_ == "PER" for t in tokens[2:])


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


RELATIVE_AGREEMENT = {"lequel": ("Sing", "Masc"), "laquelle": ("Sing", "Fem"),
                      "lesquels": ("Plur", "Masc"), "lesquelles": ("Plur", "Fem")}
"""The number and gender of the relative after `selon`, which its antecedent shares."""


def _agrees(noun: Token, number: str, gender: str) -> bool | None:
    """Whether `noun` has the relative's number and gender (None: the tagger says neither)."""
    n, g = morph(noun, "Number"), morph(noun, "Gender")
    if not n and not g:
        return None
    return n in ([], [number]) and g in ([], [gender])


def relative_antecedent(doc: Doc, selon: Token) -> Token | None:
    """The noun `selon lequel / laquelle / lesquels / lesquelles / qui` refers to: the last
    noun before it, or the noun that one completes when only that one agrees with the
    relative in number and gender (`les informations de presse selon lesquelles …`: the
    information, not the press, says it)."""
    j = selon.i - 1
    while j >= 0 and doc[j].pos_ not in {"NOUN", "PROPN"}:
        if doc[j].is_punct and doc[j].text != ",":
            return None
        j -= 1
    if j < 0:
        return None
    noun = doc[j]
    over = noun.head
    if noun.dep_.startswith("obl") and over.dep_ == "acl" and over.head.i < over.i and \
            over.head.pos_ in {"NOUN", "PROPN"} and "Part" in morph(over, "VerbForm"):
        noun = over.head  # `Un sondage publié lundi, selon lequel …`: the noun the
        # participle describes, not the day or place it names
    rel = doc[selon.i + 1].lower_ if selon.i + 1 < len(doc) else ""
    if rel in RELATIVE_AGREEMENT and noun.dep_ == "nmod" and noun.head.i < noun.i and \
            noun.head.pos_ == "NOUN" and _agrees(noun, *RELATIVE_AGREEMENT[rel]) is False and \
            _agrees(noun.head, *RELATIVE_AGREEMENT[rel]):
        return noun.head
    return noun


OBJECT_RELATIVES = frozenset({"dont", "que", "qu'", "qu’"})
"""Relatives that open a clause about the source noun, its own subject after them (`une
note dont l'AFP a obtenu copie`, `un rapport que le journal s'est procuré`)."""


def relative_aside(doc: Doc, mention: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """`Selon une note interne dont l'AFP a obtenu copie, …`: a relative clause without a
    comma before it describes the source noun up to the next comma; returns where the
    mention ends (before the relative) and where the source phrase ends (that comma), or
    None. The noun phrase finder stops inside such a clause, at its own subject."""
    rel = next((k for k in range(mention[0] + 1, min(mention[1] + 1, limit))
                if doc[k].lower_ in OBJECT_RELATIVES and doc[k - 1].pos_ in {"NOUN", "ADJ",
                                                                               "PROPN"}), None)
    if rel is None:
        return None
    comma = next((k for k in range(rel + 1, limit) if doc[k].text == ","), None)
    return (rel, comma) if comma is not None and comma + 1 < limit else None
