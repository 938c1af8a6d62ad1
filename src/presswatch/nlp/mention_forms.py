"""What a speaker mention's own words say: number, gender, nationality, a name the NER
missed, the description as it should be shown.

Kept apart from `speakers.py`, which decides *who* a mention is; these helpers only read the
mention's tokens, so the resolver and the interaction parties share one reading of them.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import CONTRACTED_ARTICLES
from presswatch.nlp.name_spans import DEMONYM_ENDINGS, NAMED_PLACES
from presswatch.nlp.people import NAME_PARTICLES, TITLES, Person
from presswatch.textutil import fold

NAMING_POS = frozenset({"NOUN", "PROPN"})
"""Parts of speech a speaker description can be headed by (`le communiqué`, `l'ONU`)."""

POSSESSIVE_DETERMINERS = frozenset({"son", "sa", "ses", "leur", "leurs", "mon", "ma", "notre",
                                    "votre"})
DEFINITE_SINGULAR = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette"})
COLLECTIVE_NOUNS = frozenset({"entourage", "famille", "camp", "population", "communaute",
                              "source"})
"""Group nouns (folded) that name a collective or an unnamed source even in the definite
singular (`la communauté internationale`, `l'entourage du président`): never one person the
article names, unlike `l'opposant`."""

PRONOUN_GENDER = {"il": "m", "-t-il": "m", "-il": "m", "lui": "m", "elle": "f", "-t-elle": "f",
                  "-elle": "f", "ils": "p", "-ils": "p", "-t-ils": "p", "elles": "p",
                  "-elles": "p", "eux": "p", "on": "", "-on": "", "-t-on": "",
                  "ses": "", "leurs": "p", "l'": "", "l’": "", "les": "p"}
"""Pronouns a mention may be (folded), and the gender of whom they take up (`p`: several);
`l'` and `les` only as the source of `à l'en croire`, `à les entendre`."""
# folded, as mentions are compared folded

SAME_SOURCE = frozenset({"cette source", "la meme source", "cette meme source",
                         "ladite source"})
"""Mentions that take up the source quoted last rather than naming one (folded)."""

SAME_DETERMINERS = frozenset({"la", "le", "cette", "ce", "cet"})
"""Determiners of `la même agence`, `ce même journal`: the source named before."""


def same_source_before(low: str, tokens: list[Token], referents: list, lex: Lexicon
                       ) -> object | None:
    """The source a mention takes up without naming it, or None: `cette source`, `la
    même source` take up the source quoted last; `la même agence`, `le même journal`, `la
    même étude` (a body or a document after `même`) the last source whose words hold that
    noun, else the source quoted last. `referents` are the speaker's referents, each with
    `char`, `speaker` and `is_speaker`."""
    same_noun = len(tokens) == 3 and tokens[0].lower_ in SAME_DETERMINERS and \
        tokens[1].lower_ == "même" and lex.noun_class(tokens[2]) in {"media", "institution"}
    before = sorted((r for r in referents if r.is_speaker and r.char < tokens[0].idx),
                    key=lambda r: r.char)
    if len(tokens) == 2 and tokens[0].lower_ in SAME_DETERMINERS and \
            tokens[1].lower_ in {"texte", "document"}:
        # `Selon un communiqué publié lundi, …` … `peut-on lire dans le texte`: the
        # document quoted last, when a source was one
        documents = [r for r in before if any(
            lex.speaker_nouns.get(w, ("",))[0] == "media"
            for w in (r.speaker or "").lower().split())]
        return documents[-1] if documents and not _another_document_since(
            documents[-1].char, tokens[0], lex) else None
    if low not in SAME_SOURCE and not same_noun:
        return None
    if same_noun:
        noun = fold(tokens[2].lemma_)
        named = [r for r in before if noun in fold(r.speaker or "")]
        before = named or before
    return before[-1] if before else None

def _another_document_since(char: int, mention: Token, lex: Lexicon) -> bool:
    """Whether a document noun (`la loi`, `le décret`, `le rapport`: class `media`) stands
    in a sentence after the source's, before `le texte` at ``mention``: the text may be
    that one (`Selon un communiqué, … Le Parlement a adopté la loi. « … », peut-on lire
    dans le texte`: the law's words, not the statement's). Not a noun inside « », which
    the quotation says (`« Cette décision nous coûte », peut-on lire dans le texte`)."""
    doc = mention.doc
    first = next((s.end for s in doc.sents if s.start_char <= char < s.end_char), mention.i)
    depth = 0
    for t in doc[first:mention.i]:
        depth = depth + 1 if t.text in {"«", "“"} else max(0, depth - (t.text in {"»", "”"}))
        if not depth and t.pos_ == "NOUN" and lex.noun_class(t) == "media":
            return True
    return False


DEMONSTRATIVE_PRONOUNS = {"ce dernier": "m", "cette derniere": "f", "celui-ci": "m",
                          "celle-ci": "f"}
"""Demonstrative mentions (folded) that take up the last person or role of their gender."""

CONCERNED = {"l'interesse": "m", "l'interessee": "f", "le principal interesse": "m",
             "la principale interessee": "f"}
"""`l'intéressé` (folded): the person the article is about, whom it names before; it takes
him up as a pronoun would, never naming anyone new."""

ORDINALS = {"le premier": 0, "la premiere": 0, "le second": 1, "la seconde": 1,
            "le deuxieme": 1, "la deuxieme": 1, "l'un": 0, "l'une": 0, "l'autre": 1}
"""`le premier …, le second …`, `l'un …, l'autre …`: the first or second of the two people
just named (`l'un d'eux`, one of several unnamed, is not among these words)."""

PLURAL_INDEFINITES = frozenset({"certains", "certaines", "d'autres", "beaucoup", "plusieurs",
                                "la plupart", "nombre", "quelques-uns", "quelques-unes",
                                "d'aucuns"})
"""Pronouns of several people left unnamed: they continue only a plural source."""


def definite_singular(tokens: list[Token], head: Token) -> bool:
    """`l'opposant`, `cette militante`: a definite singular description names one person
    even when its noun usually designates a group."""
    return tokens[0].lower_ in DEFINITE_SINGULAR and not is_plural(tokens, head) and \
        fold(head.lemma_) not in COLLECTIVE_NOUNS


def relative_antecedent(qui: Token) -> tuple[int, int] | None:
    """The noun phrase right before a relative `qui` (across one comma), as a token span."""
    doc = qui.doc
    k = qui.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].pos_ not in NAMING_POS:
        return None
    start = _np_start(doc, k)
    # `Une sage-femme du service, qui a requis l'anonymat, a raconté`, `L'ancien adjoint
    # aux finances, qui …`: a common-noun complement is not whom an aside in the subject
    # is about; the person noun it completes is (a name in it may be: `l'avocat de Paul`)
    while start > 1 and fold(doc[start - 1].text) in COMPLEMENT_PREPOSITIONS and \
            doc[start - 2].pos_ in {"NOUN", "ADJ"} and \
            not any(t.pos_ == "PROPN" or t.ent_type_ for t in doc[start:k + 1]):
        start = _np_start(doc, start - 2)
    return start, k + 1


COMPLEMENT_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "aux", "au"})
"""Prepositions that hang a complement on a noun (`la cheffe du service`)."""


def _np_start(doc: Doc, k: int) -> int:
    """The first token of the determiner, adjective and noun run ending at token `k`."""
    start = k
    while start > 0 and doc[start - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} and \
            doc[start - 1].text != ",":
        start -= 1
    return start


COUNSEL_NOUNS = frozenset({"conseil"})
"""Nouns (folded lemmas) that, said of a person, mean that person's lawyer (`le conseil du
ministre`, `son conseil`), though alone they name a council (`le conseil municipal`)."""
LAWYER = "avocat"
"""The role noun a person's counsel stands for: what the article writes beside the name
(`Son avocat, Me X`) or what the title `Me` implies."""


def is_counsel(tokens: list[Token], head: Token, lex: Lexicon) -> bool:
    """`le conseil du ministre`, `le conseil de Paul Roux`, `son conseil`: a council noun
    said of one person is that person's lawyer, as the press writes it, not a council. A
    possessive and nothing after the noun, or a definite singular with one `de` complement
    naming one person (a singular role noun or a name), and no adjective (`le conseil
    municipal`, `son conseil d'administration`, `le conseil des ministres` are bodies)."""
    if fold(head.lemma_) not in COUNSEL_NOUNS or is_plural(tokens, head) or \
            any(t.pos_ == "ADJ" and t.head.i == head.i for t in tokens):
        return False
    after = [t for t in tokens if t.i > head.i]
    if tokens[0].lower_ in POSSESSIVE_DETERMINERS:
        return not after
    if tokens[0].lower_ not in DEFINITE_SINGULAR or not after or \
            after[0].lower_ not in {"de", "du", "d'", "d’"}:
        return False
    complement = [t for t in after if t.pos_ in NAMING_POS]
    if not complement:
        return False
    first = complement[0]
    return (first.ent_type_ == "PER" or lex.noun_class(first) == "role") and \
        "Plur" not in morph(first, "Number")


def described_as(person: Person) -> str:
    """The grammatical gender the article gave the person's own role (`la présidente du
    groupe` → f, `le Premier ministre, Élisabeth Borne` → m), or ""."""
    for role in person.roles:
        first = role.split(" ", 1)[0].lower()
        if first in {"la", "une"}:
            return "f"
        if first in {"le", "un"}:
            return "m"
    return ""


def is_demonym(tokens: list[Token], head: Token, lex: Lexicon) -> bool:
    """`l'Espagnol`, `la Française`: a capitalised nationality noun with a definite article
    names a person of the article the way a role does."""
    if not (head.text[:1].isupper() and len(tokens) <= 3 and
            tokens[0].lower_ in {"l'", "l’", "le", "la"}):
        return False
    word = fold(head.text)
    if any(form in lex.nationalities for form in (word, fold(head.lemma_),
                                                   *masculine_forms(word))):
        return True
    # `le Lyonnais`, `la Toulousaine`, `le Marseillais`: an inhabitant of a city or region,
    # written capitalised after the article, in the middle of a sentence
    return head.i > 0 and not head.is_sent_start and word.endswith(DEMONYM_ENDINGS) and \
        head.ent_type_ != "PER"


def names_the_place(demonym: str, place: str) -> bool:
    """Whether the folded adjective `demonym` (`nantais`, `lyonnaise`, `marseillais`)
    is the inhabitant's word of the folded place `place` (`nantes`, `lyon`, `marseille`):
    a demonym ending after nearly the whole place name (all of it but two letters, at
    least four). `l'entraîneur nantais` is `l'entraîneur de Nantes`."""
    if demonym == place or not demonym.endswith(DEMONYM_ENDINGS) or len(place) < 4:
        return False
    shared = 0
    for a, b in zip(demonym, place, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= max(4, len(place) - 2)


FEMININE_ENDINGS = (("ienne", "ien"), ("enne", "en"), ("aise", "ais"), ("ine", "in"),
                    ("que", "c"), ("e", ""))
"""`l'Italienne` → italien, `la Grecque` → grec, `la Française` → francais."""


def masculine_forms(word: str) -> list[str]:
    return [word.removesuffix(fem) + masc for fem, masc in FEMININE_ENDINGS
            if word.endswith(fem)]


OPENING_DETERMINERS = frozenset({
    "Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Ce", "Cet", "Cette", "Ces", "Son", "Sa",
    "Ses", "Leur", "Leurs", "Deux", "Trois", "Quatre", "Cinq", "Plusieurs", "Certains",
    "Certaines", "Quelques"})
"""Words that open a description with a capital only because they open the sentence."""


def description(text: str) -> str:
    """A description as written, without a leading capital on its determiner, nor the
    sentence's full stop the tokenizer glued to an acronym ending it (`a précisé la
    SdJ.`; an abbreviation dotted inside, `S.A.`, keeps its own)."""
    text = " ".join(text.split())
    last = text.rpartition(" ")[2]
    if last.endswith(".") and len(last) > 3 and "." not in last[:-1]:
        text = text[:-1]
    first, _, rest = text.partition(" ")
    if first in OPENING_DETERMINERS and rest:
        return first.lower() + " " + rest
    if first in CONTRACTED_ARTICLES and rest[:1].islower():
        return CONTRACTED_ARTICLES[first] + " " + rest  # `quant au ministre` → `le ministre`
    return text


def unlisted_name(tokens: list[Token], head: Token, lex: Lexicon) -> str | None:
    """A capitalised name the NER missed (`le ministre du Travail, Sejaan Azzi`), or a
    surname right after the role it holds (`le Premier ministre Trudeau`), its capitalised
    particles included (`le Premier ministre De Croo`)."""
    names = [t for t in tokens if t.pos_ == "PROPN" and t.text[:1].isupper() and
             t.ent_type_ not in {"LOC", "ORG"} and (t.dep_ in {"appos", "flat:name", "nsubj"}
                                                      or t.head.dep_ == "appos" or t is head)]
    if len(names) >= 2 and all(b.i == a.i + 1 for a, b in itertools.pairwise(names)) and \
            not (names[0].i > 0 and names[0].doc[names[0].i - 1].lower_ in
                 {"de", "d'", "d’", "du", "des"} | NAMED_PLACES):
        return " ".join(t.text for t in names)  # (not `le frère de Paul Roux`: his; not
        # `la directrice de l'école Jean Moulin`: a school named after someone)
    if not names and tokens[-1].pos_ == "PROPN" and _after_a_particle(tokens[-1]):
        names = [tokens[-1]]  # (`De Croo` parsed as a complement of the role)
    if len(names) == 1 and names[0].i > 0 and names[0].i == tokens[-1].i:
        doc, k = names[0].doc, names[0].i
        while k - 1 > tokens[0].i and doc[k - 1].text[:1].isupper() and \
                doc[k - 1].lower_ in NAME_PARTICLES:
            k -= 1
        if lex.noun_class(doc[k - 1]) == "role":
            return doc[k: names[0].i + 1].text
    return None


def without_age(tokens: list[Token]) -> list[Token]:
    """`le Lyonnais de 28 ans`, `le coureur de 31 ans`: the description without the age
    the press adds to it (an age is no office, and says nothing against a person)."""
    if len(tokens) >= 4 and tokens[-1].lower_ in {"ans", "an"} and tokens[-2].like_num and \
            tokens[-3].lower_ in {"de", "d'", "d’"}:
        return tokens[:-3]
    return tokens


def _after_a_particle(token: Token) -> bool:
    """`De Croo`, `Van Rompuy` read as a preposition and its object: a capitalised particle
    in the middle of a sentence opens a surname."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text[:1].isupper() and before.lower_ in NAME_PARTICLES and \
        not before.is_sent_start


INDEFINITES = {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "deux",
               "trois"}
"""Determiners of a new, unnamed referent: `un conseiller de l'Élysée` is nobody named before."""
GENERIC_QUALIFIERS = {"ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle", "futur",
                      "future", "premier", "premiere", "principal", "principale", "general",
                      "generale", "adjoint", "adjointe", "delegue", "deleguee", "charge",
                      "chargee"}
"""Adjectives after a role noun that do not tell two holders of the role apart."""
FORMER_MARKERS = {"ancien", "ancienne", "ex", "ex-", "futur", "future"}
"""Words that make a role a past or coming one, not the function the person holds now."""


def is_plural(tokens: list[Token], head: Token) -> bool:
    """`les économistes`; the determiner outweighs the tagger, which reads invariable
    nouns ending in -s as plural (`le Français`, `le Marseillais`)."""
    det = next((t for t in tokens[:2] if t.pos_ == "DET"), None)
    if det is not None and det.lower_.replace("’", "'") in SINGULAR_DETERMINERS:
        return False
    return "Plur" in morph(head, "Number") or any(
        t.pos_ == "DET" and t.lower_ in {"les", "des", "ces", "leurs", "plusieurs"}
        for t in tokens[:2])


SINGULAR_DETERMINERS = frozenset({"le", "la", "l'", "un", "une", "ce", "cet", "cette"})


def determiner_gender(tokens: list[Token]) -> str:
    for t in tokens:
        if t.pos_ == "DET":
            return {"la": "f", "une": "f", "le": "m", "un": "m", "cette": "f", "ce": "m"}.get(
                t.lower_, "")
        if t.lower_ in TITLES:
            return TITLES[t.lower_]
    return ""


def morph_gender(token: Token) -> str:
    g = morph(token, "Gender")
    return {"Masc": "m", "Fem": "f"}.get(g[0], "") if g else ""


def without_article(name: str) -> str:
    """A name folded without its article, to tell whether two sources are one
    (`les Banques alimentaires`, `Banques alimentaires`)."""
    return re.sub(r"^(?:les?|la|l')\s*", "", fold(name).replace("’", "'"))


def singular_of_enir(verb: Token) -> bool:
    """`prévient`, `soutient`, `retient`: the singular of a verb of the `venir`/`tenir`
    family ends in -ient (its plural in -iennent), which the tagger may read as a plural
    in -ent."""
    return verb.lower_.endswith("ient") and fold(verb.lemma_).endswith("enir")


def after_a_possessive_source(pronoun: Token) -> bool:
    """`Selon son avocat, il conteste …`, `D'après ses proches, elle …`: a sentence opened
    by a source said of someone (a possessive), then a comma, then the pronoun: the
    pronoun is that someone, whom the source speaks for, not the source itself."""
    doc, sent = pronoun.doc, pronoun.sent
    k = sent.start
    first = fold(doc[k].text).replace("’", "'")
    if first == "selon":
        k += 1
    elif first == "d'" and k + 1 < len(doc) and fold(doc[k + 1].text) == "apres":
        k += 2
    else:
        return False
    if k + 2 >= pronoun.i or doc[k].lower_ not in POSSESSIVE_DETERMINERS:
        return False
    comma = next((j for j in range(k + 1, pronoun.i) if doc[j].text == ","), None)
    return comma is not None and comma == pronoun.i - 1
