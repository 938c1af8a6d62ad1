"""Where an article names people: the NER's person entities, corrected.

The French model tags `Wendie Renard` as a place, `président de la République` as a person,
`le Premier ministre Michel Barnier` as one entity, and `Ouattara` after `le président` as a
place; it cuts `Donald` from `Trump`. These functions turn its entities (and the known first
names, titles and role nouns around them) into the token spans of names, and a span into
its name words and the gender its title says. Split from `people.py`, which builds the
article's people from these spans.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from spacy.attrs import IS_ALPHA, IS_TITLE, LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp import docfacts
from presswatch.nlp.dates import WEEKDAYS
from presswatch.nlp.names_after_roles import names_after_roles, not_a_place
from presswatch.textutil import doc_ents, doc_value, fold

TITLES = {"m.": "m", "mme": "f", "mmes": "f", "mm.": "m", "monsieur": "m", "madame": "f",
          "mlle": "f", "mademoiselle": "f", "dr": "", "docteur": "", "me": "", "maître": "",
          "mes": "", "pr": "", "professeur": ""}
# Titles that also say the person's profession: `Me Dupond` is a lawyer, not `la juge`.
TITLE_ROLES = {"me": "avocat", "maitre": "avocat", "mes": "avocat", "dr": "medecin",
               "docteur": "medecin"}
GLUED_TITLE = re.compile(r"^(M|Mme|MM|Dr)\.(\w[\w'’-]+)$")
_TITLE_IDS = frozenset(hash_string(t) for t in TITLES)
NAME_PARTICLES = {"de", "du", "des", "d'", "d’", "von", "van", "da", "di", "del", "della", "dos",
                  "ben", "bin", "al", "el", "le", "la", "ter", "den", "der", "zu"}
PLATFORMS = frozenset({"twitter", "facebook", "instagram", "telegram", "linkedin", "youtube",
                       "tiktok", "bluesky", "threads", "snapchat", "whatsapp"})
"""Social networks, lower case: where words were posted, never part of a person's name."""
ADDRESS_TITLES = frozenset({"excellence", "majeste", "saintete", "altesse", "eminence",
                            "beatitude"})
"""Titles of address after `Son`/`Sa` (folded): how a person is addressed, not named."""
DEMONYM_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "in", "ine",
                   "an", "ane", "ard", "arde", "een", "éen", "eenne", "éenne")
"""Endings of the nouns for an inhabitant of a city or region (`le Lyonnais`), folded."""


def is_capitalised_demonym(t: Token) -> bool:
    """`le Lyonnais`, `la Toulousaine` in the middle of a sentence: an inhabitant's noun,
    capitalised after its article, which the press uses as a person's description."""
    return t.i > 1 and not t.is_sent_start and t.text[:1].isupper() and \
        t.doc[t.i - 1].lower_ in {"le", "la", "l'", "l’"} and t.ent_type_ != "PER" and \
        fold(t.text).endswith(DEMONYM_ENDINGS)


UNAMBIGUOUS_DEMONYM_ENDINGS = ("ais", "aise", "ois", "oise", "ienne", "aine", "eenne")
"""Endings of an inhabitant's noun that few given names share (not `-ien`: Julien)."""


def demonym_after_an_adjective(doc: Doc, a: int, lex: Lexicon) -> bool:
    """`la jeune Niçoise`, `le talentueux Lyonnais`: one capitalised word with an
    inhabitant's ending after an article and an adjective describes someone; a given name
    (`le jeune François`) is left a name."""
    word = fold(doc[a].text)
    return a > 1 and doc[a - 1].pos_ == "ADJ" and doc[a - 1].text.islower() and \
        doc[a - 2].lower_ in {"le", "la", "l'", "l’", "un", "une"} and \
        word.endswith(UNAMBIGUOUS_DEMONYM_ENDINGS) and word not in lex.first_names


def name_tokens(doc: Doc, start: int, end: int) -> tuple[list[str], str]:
    """Split an entity into name words and the gender its title implies."""
    words, gender = [], ""
    for t in doc[start:end]:
        low = t.lower_
        glued = GLUED_TITLE.match(t.text)
        if glued:
            gender = TITLES.get(glued.group(1).lower() + ".", TITLES.get(glued.group(1).lower(),
                                                                           ""))
            words.append(glued.group(2))
        elif low in TITLES:
            gender = gender or TITLES[low]
        elif words and t.i > start and not doc[t.i - 1].whitespace_ and (
                t.text == "-" or words[-1].endswith("-")):
            words[-1] += t.text  # `Panosyan-Bouvet`, split by the tokenizer
        elif t.is_alpha or "-" in t.text or "'" in t.text or "’" in t.text:
            if t.text[:1].isupper():
                words.append(t.text)
            elif low in NAME_PARTICLES and words and _particles_then_name(doc, t.i + 1, end):
                words.append(t.text)  # François Villeroy de Galhau, Ursula von der Leyen
    return words, gender


def _particles_then_name(doc: Doc, k: int, end: int) -> bool:
    """Whether more particles, then a capitalised word, follow from `k` (`der Leyen`)."""
    while k < end and doc[k].lower_ in NAME_PARTICLES:
        k += 1
    return k < end and doc[k].text[:1].isupper()


def _looks_like_person(ent: Span, lex: Lexicon) -> bool:
    """The NER sometimes tags `Wendie Renard` as a place: a known first name followed by
    capitalised words is a person whatever the label."""
    words = [t for t in ent if not t.is_punct]
    if ent.label_ == "PER":
        # `Budget : le gouvernement …`: a one-word headline rubric the NER took for a name
        return not (len(words) == 1 and words[0].pos_ == "NOUN" and ent.end < len(ent.doc)
                    and ent.doc[ent.end].text == ":") and \
            not _capitalised_by_position(ent, lex) and not _a_capital_alone(ent, lex)
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words) and \
        fold(words[0].text.split("-")[0]) in lex.first_names


def _a_capital_alone(ent: Span, lex: Lexicon) -> bool:
    """`Washington imposerait des coûts sévères`: a capital city (data/capitals.txt) or a
    country the NER tagged as a person, with no title before it (`M. Washington`), is the
    government the press names by its place; a known first name is still a person
    (`Sofia, 12 ans, raconte …`)."""
    doc, word = ent.doc, fold(ent.text)
    return (word in lex.capitals or word in lex.countries) and word not in lex.first_names \
        and not (ent.start > 0 and doc[ent.start - 1].lower_ in TITLES)


def _capitalised_by_position(ent: Span, lex: Lexicon) -> bool:
    """`Debout et les mains jointes, l'accusé …`: a single word the NER calls a person only
    because it opens the sentence. A person's surname alone is written again somewhere (the
    article introduced them, or names them later); a word written once, at a sentence start,
    and not a first name, is not a name."""
    if len(ent) != 1 or not ent[0].is_sent_start or fold(ent.text) in lex.first_names:
        return False
    word = fold(ent.text)
    return doc_value(ent.doc, "folded words", fold, lambda: Counter(
        map(fold, docfacts.strings(ent.doc, ORTH))))[word] == 1  # (once per doc, not per word)


def _first_name_runs(doc: Doc, lex: Lexicon, taken: set[int]) -> list[tuple[int, int]]:
    """`Le Premier ministre Michel Barnier` tagged as one MISC entity: a known first name
    followed by capitalised words is a person's name wherever the NER put it. A known first
    name right before a person the NER did tag (`Marine` + `Le Pen`) is added on its own,
    to be joined to it afterwards."""
    spans = []

    def name_word(k: int) -> bool:
        """A capitalised proper noun, or a capitalised word before one: a particle (`Le
        Pen`) or the first word of a surname of two the tagger read as a common word
        (`Khalid Ait Taleb`, `Aït` tagged an adjective); a hyphen glued between two
        capitalised words (`Louise-Amélie`, `Lestrade-Iparraguirre`, which the tokenizer
        splits when the model does not know them); lower-case particles before a
        capitalised word (`Adaeze de la Fuente`, `Beñat van der Meulen`)."""
        if k < len(doc) and k not in taken and glued_hyphen(k):
            return name_word(k + 1)  # (`l'institut Max-Plant d'…`: no name after it)
        if 1 < k < len(doc) and k not in taken and (glued_hyphen(k - 1) or (
                doc[k - 1].lower_ in NAME_PARTICLES and doc[k - 1].text[:1].islower() and
                doc[k].text[:1].isupper() and doc[k].is_alpha)):
            return True  # `Yves` of `Pierre-Yves`, `Fuente` after the particles `de la`
            # (reached only past a name word: whatever the model tagged it)
        if k < len(doc) and k not in taken and _particle_surname_end(doc, k, lex):
            return True
        if k >= len(doc) or k in taken or not doc[k].text[:1].isupper() or \
                doc[k - 1].whitespace_.count("\n"):
            return False
        return doc[k].pos_ == "PROPN" or ((doc[k].lower_ in NAME_PARTICLES or (
            doc[k].is_alpha and not doc[k].ent_type_)) and k + 1 < len(doc) and
            doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper() and
            not doc[k].whitespace_.count("\n"))

    def glued_hyphen(k: int) -> bool:
        return doc[k].text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ \
            and not doc[k].whitespace_ and doc[k - 1].text[:1].isupper() and \
            doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha

    def capitalised(k: int) -> bool:  # (after a demonym, tagged as common nouns or places:
        # `la Maltaise Itziar Etxeberria`)
        return k < len(doc) and k not in taken and doc[k].is_alpha and doc[k].is_title and \
            not doc[k].is_stop and not doc[k].is_sent_start and \
            not doc[k - 1].whitespace_.count("\n") and not_a_place(doc[k], lex)

    flags = doc.to_array([IS_TITLE, IS_ALPHA]).tolist()  # read in bulk: few are titled
    # (a compound first name the tokenizer keeps whole, `Pierre-Yves`, is no IS_ALPHA)
    for t in (doc[k] for k in range(len(doc) - 1) if flags[k][0] and (
            flags[k][1] or doc[k].text.replace("-", "").isalpha())):
        if t.i in taken:
            continue
        if _after_role_noun(doc, t, lex):
            end = t.i + 1
            while name_word(end):
                end += 1
            spans.append((t.i, end))
            taken.update(range(t.i, end))
            continue
        if t.i > 0 and is_capitalised_demonym(doc[t.i - 1]) and not_a_place(t, lex) and \
                (name_word(t.i + 1) or capitalised(t.i + 1)):
            end = t.i + 1  # `la Suédoise Adaeze de la Fuente`, tagged as two places: an
            while name_word(end) or capitalised(end):  # inhabitant's noun describes the
                end += 1  # person named after it (two words at least: `l'Américain
                # Nvidia` is a company)
            spans.append((t.i, end))
            taken.update(range(t.i, end))
            continue
        if t.i + 1 in taken and doc[t.i + 1].text[:1].isupper() and \
                fold(t.text.split("-")[0]) in lex.first_names:
            spans.append((t.i, t.i + 1))  # `Marine` + `Le Pen` (an entity): joined later
            continue
        if not name_word(t.i + 1) or fold(t.text.split("-")[0]) not in lex.first_names:
            continue
        end = t.i + 1
        while name_word(end):
            end += 1
        if end > t.i + 1 and any(doc[k].whitespace_ for k in range(t.i, end - 1)):
            spans.append((t.i, end))  # (`l'Institut Gustave-Roussy`: a compound alone
            taken.update(range(t.i, end))  # is no first name and surname)
    return spans


def _particle_surname_end(doc: Doc, k: int, lex: Lexicon) -> int | None:
    """`de la Fuente` in `Adaeze de la Fuente`, `van der Meulen`: one or two lower-case
    particles at `k` and the capitalised word after them, a surname the model may not know
    (it tags the first name alone, or the surname as a place, even an adjective); its end,
    or None. Not an organisation, a country or a nationality (`Paul Durand de la Banque
    mondiale`, `de France`, `de la Française`)."""
    if doc[k].lower_ not in NAME_PARTICLES or not doc[k].text[:1].islower() or \
            doc[k - 1].whitespace_.count("\n") or doc[k].whitespace_.count("\n"):
        return None
    m = k
    while m < len(doc) and doc[m].lower_ in NAME_PARTICLES and doc[m].text[:1].islower():
        m += 1
    if m >= len(doc) or m - k > 2 or not doc[m].text[:1].isupper() or not doc[m].is_alpha \
            or doc[m].pos_ not in {"PROPN", "NOUN", "ADJ"} or doc[m].ent_type_ in {"ORG", "MISC"} \
            or fold(doc[m].text) in lex.nationalities \
            or fold(doc[m].text) in lex.countries or fold(doc[m].text) in lex.capitals:
        return None
    if m + 1 < len(doc) and doc[m + 1].is_alpha and doc[m + 1].text[:1].islower() and \
            doc[m + 1].pos_ == "ADJ":
        return None  # `de la Banque mondiale`
    return m + 1


NAMED_PLACES = frozenset({
    "rue", "avenue", "boulevard", "place", "quai", "allée", "chemin", "impasse", "route",
    "pont", "square", "parc", "jardin", "stade", "lycée", "collège", "école", "université",
    "hôpital", "aéroport", "gare", "station", "salle", "musée", "théâtre", "télescope",
    "porte-avions", "rond-point", "cité", "prix", "promenade", "esplanade"})
"""Common nouns a name follows when it names a street, a building or a thing after a
person (`l'avenue Christophe-Colomb`, `le télescope James Webb`), lower case: no person, and
no surname for later mentions (`le collège Jean-Moulin de Vernoux` then `le maire de
Vernoux`)."""
ROLE_DETERMINERS = frozenset({"le", "la", "l'", "l’", "un", "une", "son", "sa"})
"""Determiners of a singular role in apposition (`X, le maire du village,`)."""


def _role_after_comma(doc: Doc, k: int, lex: Lexicon) -> bool:
    """`, le maire de …`, `, présidente du groupe`, `, l'ancienne ministre`: a singular
    role phrase opening at the comma `k`."""
    j = k + 1
    if j < len(doc) and doc[j].lower_ in ROLE_DETERMINERS:
        j += 1
    if j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
        j += 1  # `l'ancienne ministre`
    return j < len(doc) and doc[j].text[:1].islower() and lex.noun_class(doc[j]) == "role" \
        and "Plur" not in docfacts.morph(doc[j], "Number")


def _names_apposed_to_roles(doc: Doc, lex: Lexicon, taken: set[int]) -> list[tuple[int, int]]:
    """`Oluwaseun Goikoetxea, le maire de ce village, …`: two capitalised words or more
    (particles and hyphens between them) set beside a role by a comma name a person,
    whatever the model made of a name it never saw (a place, MISC, nothing). Not after a
    preposition or a determiner (`À Villeneuve Saint-Georges, le maire …` is a place), and
    not a country or a capital city."""
    out = []
    texts = docfacts.strings(doc, ORTH)
    for k in range(2, len(doc) - 2):
        if texts[k] != "," or not _role_after_comma(doc, k, lex):
            continue
        lo, words = k, 0
        while lo > 0 and not doc[lo - 1].whitespace_.count("\n"):
            t = doc[lo - 1]
            if t.text[:1].isupper() and t.is_alpha and not t.is_stop:
                words += not _glued(doc, lo - 1)
            elif not (_glued(doc, lo - 1) or (t.lower_ in NAME_PARTICLES and t.text[:1].islower()
                                               and lo < k)):
                break
            lo -= 1
        while lo < k and doc[lo].lower_ in NAME_PARTICLES and doc[lo].text[:1].islower():
            lo += 1
        if words < 2 or any(i in taken for i in range(lo, k)) or (
                lo > 0 and (doc[lo - 1].pos_ in {"ADP", "DET"} or doc[lo - 1].text[:1].isupper())) \
                or any(fold(t.text) in lex.countries or fold(t.text) in lex.capitals or
                       t.ent_type_ == "ORG" for t in doc[lo:k]):
            continue
        out.append((lo, k))
        taken.update(range(lo, k))
    return out


def _without_platform(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """`sur Twitter Ngozi` tagged as one name: the network is where the words were
    posted, left out before the name is widened to its surname (`Ngozi Duthilleul`); so is
    a title of address (`Son Excellence`), and a span of nothing else is no name."""
    while a < b - 1 and doc[a].lower_ in PLATFORMS:
        a += 1
    while a + 1 < b and doc[a].lower_ in {"son", "sa"} and fold(doc[a + 1].text) in ADDRESS_TITLES:
        a += 2  # `Son Excellence Jean-Baptiste Okemba`: a title of address, no name
    return a, b


def _without_party(doc: Doc, a: int, b: int, lex: Lexicon) -> tuple[int, int]:
    """`le conseiller Renaissance Hugo Perrin` tagged as one name: a word after a role noun
    that is no first name, before a known first name and a surname, is the party or body
    the role belongs to."""
    if b - a >= 3 and a > 0 and doc[a - 1].text[:1].islower() and \
            lex.noun_class(doc[a - 1]) == "role" and \
            fold(doc[a].text.split("-")[0]) not in lex.first_names and \
            fold(doc[a + 1].text.split("-")[0]) in lex.first_names and \
            (doc[a].pos_ != "PROPN" or doc[a + 1].ent_iob_ == "B"):
        return a + 1, b  # (not a given name the model knows tagged with the rest:
        # `l'ambassadeur Mamadou Ali Diallo`)
    return a, b


def through_hyphens(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """`Przemysław Lestrade` tagged in `Przemysław Lestrade-Iparraguirre`: the tokenizer
    split a surname it does not know at its hyphen and the model tagged its first part; the
    name goes on over a hyphen glued between capitalised words."""
    while b + 1 < len(doc) and doc[b].text == "-" and not doc[b - 1].whitespace_ and \
            not doc[b].whitespace_ and doc[b + 1].is_title and doc[b + 1].is_alpha and \
            doc[b - 1].text[:1].isupper():
        b += 2
    return a, b


def _names_written_again(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`Przemysław Kowalczyk` found as a person once, then written again where the model
    tagged a place, an organisation, a first name alone or nothing: the same first name and
    surname, written the same way, are the same person wherever they stand. Not inside a
    longer capitalised name (`la rue Jean Jaurès`, `Fondation Paul Durand`: a proper noun
    or a capitalised word right before or after it)."""
    taken = {i for a, b in spans for i in range(a, b)}
    known: dict[str, set[tuple[str, ...]]] = {}
    for a, b in spans:
        words = tuple(t.text for t in doc[a:b] if not t.is_space)
        if sum(w[:1].isupper() for w in words) >= 2 and doc[a].lower_ not in TITLES:
            known.setdefault(words[0], set()).add(words)
    out = []
    texts = docfacts.strings(doc, ORTH)
    for t in (doc[i] for i, text in enumerate(texts) if text in known and i not in taken):
        for words in sorted(known[t.text], key=lambda w: (-len(w), w)):
            end = t.i + len(words)
            if end > len(doc) or tuple(x.text for x in doc[t.i:end]) != words or \
                    any(k in taken for k in range(t.i, end)):
                continue
            before = doc[t.i - 1] if t.i > 0 else None
            after = doc[end] if end < len(doc) else None
            if any(n is not None and n.text[:1].isupper() and n.is_alpha and
                   not n.is_sent_start and n.pos_ in {"PROPN", "NOUN"}
                   for n in (before, after)):
                continue
            out.append((t.i, end))
            taken.update(range(t.i, end))
            break
    return out


def _particle_surnames_again(doc: Doc, spans: list[tuple[int, int]]
                             ) -> list[tuple[int, int]]:
    """`Pierre-Yves de la Fuente`, then `De la Fuente lui a dit` or `le secrétaire d'État
    de la Fuente`: a surname with its particles, written again alone (the first particle
    capitalised at a sentence start), names that person where the model tagged a place or
    nothing; `people.py` attaches it to the fuller name."""
    taken = {i for a, b in spans for i in range(a, b)}
    forms = set()
    for a, b in spans:
        k = next((k for k in range(a + 1, b) if doc[k].lower_ in NAME_PARTICLES and
                  doc[k].text[:1].islower()), None)
        if k is not None and doc[b - 1].text[:1].isupper():
            forms.add((*(t.lower_ for t in doc[k:b - 1]), doc[b - 1].text))
    out = []
    for words in sorted(forms):  # (sorted: the same spans whatever the hash seed)
        n = len(words)
        for t in doc:
            end = t.i + n
            if t.lower_ != words[0] or end > len(doc) or any(k in taken for k in range(
                    t.i, end)) or doc[end - 1].text != words[-1] or \
                    tuple(x.lower_ for x in doc[t.i:end - 1]) != words[:-1]:
                continue
            if t.text[:1].isupper() and not t.is_sent_start:
                continue  # (`De` capitalised mid-sentence opens another name)
            if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                continue
            out.append((t.i, end))
            taken.update(range(t.i, end))
    return out


def _after_role_noun(doc: Doc, t: Token, lex: Lexicon) -> bool:
    """`le président Ouattara`, `le colonel Goïta`, `le président kazakh Kassym-Jomart
    Tokaïev`, which the NER may tag as a place, an adjective or MISC: a capitalised word
    right after a role noun with its article, and a lower-case nationality between them,
    is a surname, unless it is a country, a nationality or another speaker noun (`le
    directeur France`)."""
    i = t.i - 1
    if i >= 2 and doc[i].text[:1].islower() and fold(doc[i].text) in lex.nationalities:
        i -= 1  # `le ministre kazakh`, `le président nord-coréen`
    if i < 1 or t.is_sent_start or doc[i - 1].pos_ != "DET" or \
            doc[i].text[:1].isupper() or lex.noun_class(doc[i]) != "role":
        return False
    word = fold(t.text)
    return word not in lex.nationalities and word not in lex.countries and \
        t.lower_ not in lex.speaker_nouns and t.ent_type_ != "ORG" and not (
            t.pos_ == "DET" and t.ent_type_ != "PER")  # `le député Les Républicains X`:
    # an article opens a party's name (`La France insoumise`), a particle a name (`Le Pen`)


def _with_surname(doc: Doc, a: int, b: int, lex: Lexicon) -> tuple[int, int]:
    """`Donald` tagged alone in `Donald Trump, se préparant …`: a known first name the
    NER cut from the capitalised proper nouns after it is widened over them (so is a word
    it tagged a person after a social network it ran into the name); one word
    tagged alone before particles and a surname (`Adaeze` + `de la Fuente`) over those."""
    if b - a == 1 and b < len(doc) and (end := _particle_surname_end(doc, b, lex)):
        return a, end  # `Adaeze` tagged alone in `Adaeze de la Fuente`
    if b - a != 1 or (fold(doc[a].text.split("-")[0]) not in lex.first_names and not (
            doc[a].ent_type_ == "PER" and doc[a].ent_iob_ == "I")):
        return a, b  # (a word the model tagged a person with a network before it: `sur
        # Twitter Oluwaseun` + `Nwachukwu`, the first name the list does not hold)
    while b < len(doc) and doc[b].pos_ == "PROPN" and doc[b].text[:1].isupper() and \
            doc[b].is_alpha and not doc[b].ent_type_ and not doc[b - 1].whitespace_.count("\n"):
        b += 1
    return a, b


WHEN_WORDS = frozenset(WEEKDAYS) | {"hier", "soir", "matin", "dernier", "prochain"}
"""Words of a day the recogniser may run a name into (`avec Macky Sall mardi soir`), in lower
case as a day is written: capitalised, they are a surname (`le député Paul Dimanche`)."""


def _name_part(ent: Span) -> tuple[int, int] | None:
    """`le président Saïed`, `l'ancien Premier ministre Paul Garnier`, `président de la
    République` + `Emmanuel Macron`: the NER may open a person at the role before the name
    (a name after an article is then dropped, or `Premier` taken for a first name) or tag
    the role alone. A person holding a lower-case word other than a particle (`de
    Gaulle`, `von der Leyen`) is the capitalised proper nouns after it, or no one; a day
    closing the entity is the sentence going on (`avec Macky Sall mardi`)."""
    doc, end = ent.doc, ent.end
    while end > ent.start + 1 and doc[end - 1].text in WHEN_WORDS:
        end -= 1
    lower = [t.i for t in doc[ent.start:end] if t.is_alpha and t.text[:1].islower() and
             t.lower_ not in NAME_PARTICLES and not _after_glued_hyphen(doc, t.i)]
    if not lower:
        return ent.start, end
    k = end
    while k > lower[-1] + 1 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    return (k, end) if k < end else None


TRAILING_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.){2,3}")
"""`A.V.`: a given name's and a patronymic's initials, written after a surname."""


def _after_glued_hyphen(doc: Doc, k: int) -> bool:
    """`sok` of `Kim Jong-sok`, `in` of `Moon Jae-in`: the lower-case second part of a
    hyphenated given name, glued to a capitalised first part."""
    return k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and \
        not doc[k - 2].whitespace_ and doc[k - 2].text[:1].isupper()


def article_person_spans(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """:func:`person_spans`, computed once per doc and lexicon (callers must not change
    the list)."""
    return doc_value(doc, "person spans", lex, person_spans, doc, lex)


def person_spans(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    spans = [part for e in doc_ents(doc) if _looks_like_person(e, lex)
             if (part := _name_part(e)) is not None]
    # `Wendie Renard` tagged as a place in an article about `Hervé Renard`: capitalised
    # words ending in a known person's surname name a person too; so does one word the
    # NER tagged otherwise that is a name of one of them spelt another way (`Laetitia`,
    # then `Laëtitia, la maman du garçon`: a person, whose role that is)
    surnames = {fold(doc[b - 1].text) for a, b in spans}
    for e in doc_ents(doc):
        words = [t for t in e if not t.is_punct]
        if (e.start, e.end) in spans or not words or \
                not all(t.text[:1].isupper() for t in words) or \
                fold(words[-1].text) not in surnames:
            continue
        if len(words) >= 2 or (words[0].pos_ == "PROPN" and words[0].text not in {
                doc[b - 1].text for a, b in spans}):
            # `l'OTAN Mark Janssen` tagged as one organisation: the person starts at the
            # first given name when the words before it are none
            given = next((k for k, t in enumerate(words[:-1])
                          if fold(t.text.split("-")[0]) in lex.first_names), 0)
            spans.append((words[given].i, e.end))
    spans += _untagged_surnames(doc, spans)
    spans = [through_hyphens(doc, *_with_surname(doc, *_without_platform(doc, a, b), lex))
             for a, b in spans if _without_platform(doc, a, b)[0] < b]
    taken = {i for a, b in spans for i in range(a, b)}
    spans += _first_name_runs(doc, lex, taken)
    spans += _names_apposed_to_roles(doc, lex, {i for a, b in spans for i in range(a, b)})
    spans += names_after_roles(doc, lex, {i for a, b in spans for i in range(a, b)})
    # a glued title starts with M or D, a title is one of TITLES: only those are built
    lows, texts = docfacts.column(doc, LOWER), docfacts.strings(doc, ORTH)
    for t in (doc[k] for k, low in enumerate(lows)
              if low in _TITLE_IDS or texts[k][:1] in {"M", "D"}):
        if t.i in taken:
            continue
        if GLUED_TITLE.match(t.text):
            spans.append((t.i, t.i + 1))
        elif t.lower_ in TITLES and t.text[:1].isupper() and t.i + 1 < len(doc) and \
                doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha:
            end = t.i + 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            spans.append((t.i, end))
    spans = [(a, b) for a, b in spans if not (a > 0 and doc[a - 1].text in NAMED_PLACES)]
    spans += _names_written_again(doc, spans)
    spans += _particle_surnames_again(doc, spans)
    # `Sergueï` + `Lavrov` tagged as two entities: adjacent person spans are one name; so
    # are spans sharing a word (`Lakshmi dos Santos` continued over its particle, and
    # `Santos Ferreira` tagged apart: one person, `Lakshmi dos Santos Ferreira`)
    joined: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if joined and (joined[-1][1] > a or (
                joined[-1][1] == a and not doc[a - 1].whitespace_.count("\n"))):
            joined[-1] = (joined[-1][0], max(b, joined[-1][1]))
        else:
            joined.append((a, b))
    # widen an entity to a title right before it (`M. Lavrov`, `Mme Truss`), and to the
    # initials of the given name and patronymic after it in Russian official style
    # (`Grouchko A.V.`, which the NER tags a person of its own)
    out = []
    for a, b in joined:
        if b < len(doc) and TRAILING_INITIALS.fullmatch(doc[b].text) and \
                not doc[b - 1].whitespace_.count("\n"):
            b += 1
        while a < b - 1 and doc[a].lower_ in PLATFORMS:
            a += 1  # `sur Twitter Paolo Rossi`, tagged as one name
        a, b = _without_party(doc, a, b, lex)
        if a > 0 and doc[a - 1].lower_ in TITLES and doc[a - 1].text[:1].isupper():
            a -= 1
        # a line break ends a name (`… succède à Alain Pouget` + `Jérôme Bach a …`)
        cuts = [a - 1] + [k for k in range(a, b) if "\n" in doc[k].text] + [b]
        out += [(x + 1, y) for x, y in itertools.pairwise(cuts) if y > x + 1]
    return out


def _untagged_surnames(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`Olivier Boko …` then `Boko, souvent considéré comme …`: the surname of a person
    named in full, standing alone where the NER tagged nothing, names that person (a
    pronoun after it otherwise takes up someone named before). Only a proper noun with
    no capitalised proper noun beside it: not a part of another name."""
    known = {doc[glued_start(doc, b - 1):b].text for a, b in spans if b - a >= 2}
    if not known:
        return []
    tagged = {i for e in doc_ents(doc) for i in range(e.start, e.end)}
    out = []
    tags = docfacts.strings(doc, POS)
    for t in (doc[i] for i, tag in enumerate(tags) if tag == "PROPN"):
        if t.i + 1 < len(doc) and _glued(doc, t.i + 1):
            continue  # (a surname's last word: `Lestrade-Iparraguirre` is three tokens)
        a = glued_start(doc, t.i)
        if doc[a:t.i + 1].text not in known or any(k in tagged for k in range(a, t.i + 1)):
            continue
        beside = [doc[k] for k in (a - 1, t.i + 1) if 0 <= k < len(doc)]
        if not any(n.pos_ == "PROPN" and n.text[:1].isupper() for n in beside):
            out.append((a, t.i + 1))
    return out


def _glued(doc: Doc, k: int) -> bool:
    """Whether token `k` is joined to the one before by a hyphen with no space: `-` right
    after a word, or the word right after that `-` (`Lestrade` `-` `Iparraguirre`)."""
    return k > 0 and not doc[k - 1].whitespace_ and (
        doc[k].text == "-" or (doc[k - 1].text == "-" and k > 1 and not doc[k - 2].whitespace_))


def glued_start(doc: Doc, k: int) -> int:
    """The first token of the hyphenated word token `k` ends (`Lestrade` for
    `Iparraguirre` in `Lestrade-Iparraguirre`): the tokenizer splits names it does not
    know at their hyphens."""
    while _glued(doc, k):
        k -= 1
    return k
