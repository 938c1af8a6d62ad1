"""When, where and to whom words were said, around a verb and its inverted subject:
`», a déclaré mardi soir à l'AFP le ministre`, `a indiqué dans un communiqué`, `au micro de
RTL`. The quote rules skip these words to reach the speaker, and keep them out of the
speaker's mention and the content.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.nlp.dates import MONTHS
from presswatch.nlp.dates import WEEKDAYS as DAYS_OF_WEEK
from presswatch.nlp.french import POSSESSIVES, SINGULAR_DEMONSTRATIVES
from presswatch.nlp.people import PLATFORMS, is_title

TIMES_OF_DAY = frozenset({"matin", "soir", "après-midi", "midi", "nuit", "soirée", "matinée"})
CIRCUMSTANCE_PREPOSITIONS = frozenset({"dans", "lors", "sur", "en", "devant", "auprès",
                                       "pendant", "depuis", "par", "sous"})
"""Prepositions that open where or how words were said, around an inverted subject
(`sous couvert d'anonymat`: how, not who)."""


AGAIN = (("une", "nouvelle", "fois"), ("une", "fois", "de", "plus"), ("encore", "une", "fois"),
         ("de", "nouveau"))
"""Phrases that say the words were said again: a circumstance, never what was said."""


AGAIN_FIRST_WORDS = frozenset(words[0] for words in AGAIN)


def again_at(doc: Doc, j: int) -> int:
    """How many tokens an `AGAIN` phrase takes at `j` (0 when there is none). (The first
    word is read alone first: the rules ask this of most tokens they walk, and slicing
    the doc for each phrase cost a few microseconds a time.)"""
    if j >= len(doc) or doc[j].lower_ not in AGAIN_FIRST_WORDS:
        return 0
    return next((len(words) for words in AGAIN
                 if tuple(t.lower_ for t in doc[j:j + len(words)]) == words), 0)


def skip_circumstance(doc: Doc, j: int, *, commas: bool = True) -> int:
    """The first token at or after `j` past when, where and how the words were said,
    between a verb and its inverted subject: adverbs, dates (`mercredi 9 juin`, `samedi
    après-midi`), `pour sa part`, and a short prepositional phrase (`en ouverture`, `dans
    un communiqué`, `sur X (anciennement Twitter)`). Where nothing is skipped, `j`."""
    n = len(doc)
    first = j
    while j < n:
        t = doc[j]
        low = t.lower_
        if commas and low == "," and j + 1 < n and _circumstance_between_commas(doc, j, first):
            j += 1  # `a annoncé, lundi, le directeur`: commas around the circumstance
            continue
        if (repeat := again_at(doc, j)):
            j += repeat  # `a expliqué une nouvelle fois le verdict`: how often, not what
            continue
        if low == "auprès" and j + 2 < n and doc[j + 1].lower_.replace("’", "'") in \
                DE_PREPOSITIONS:
            k = _short_pp_end(doc, j + 2)  # `auprès de l'AFP`, `auprès du Monde`
            if j + 2 < k < n:
                j = k + 1 if doc[k].text == "," else k
                continue
        if low in {"à", "au"} and _moment_after(doc, j):
            k = _short_pp_end(doc, j + 1)  # `à l'heure du bilan`, `au terme de la réunion`
            if k > j + 1 and k < n:
                j = k + 1 if doc[k].text == "," and commas else k
                continue
        if low == "lors" and j + 1 < n and doc[j + 1].lower_.replace("’", "'") in \
                {"de", "d'", "du", "des"}:
            k = _short_pp_end(doc, j + 2 if doc[j + 1].lower_ in {"de", "d'", "d’"} else j + 1)
            if k > j + 2 and k < n:
                j = k + 1 if doc[k].text == "," else k  # `lors de sa conférence de presse`
                continue
        if (span := _period_at(doc, j)):
            j += span  # `comme annoncé la semaine dernière`, `a dit la veille le maire`
            continue
        if (t.pos_ == "ADV" and not t.ent_type_) or t.is_space or says_when(doc, j) or \
                low in MONTHS or \
                low in TIMES_OF_DAY or t.ent_type_ == "DATE" or (
                    t.like_num and j + 1 < n and doc[j + 1].lower_ in MONTHS):
            j += 1
            continue
        if low in ASIDE_NOUN and j + 2 < n and doc[j + 1].lower_ in POSSESSIVES and \
                doc[j + 2].lower_ == ASIDE_NOUN[low]:
            j += 3  # `pour sa part`, `de son côté`, `à leur tour`
            continue
        if low in CIRCUMSTANCE_PREPOSITIONS and t.pos_ == "ADP":
            k = _short_pp_end(doc, j + 1)
            if k > j + 1 and k < n and (doc[k].pos_ in {"DET", "PROPN", "NOUN"} or
                                        is_title(doc[k]) or doc[k].text == ","):
                j = k + 1 if doc[k].text == "," else k
                continue
        break
    return j


MOMENT_NOUNS = frozenset({"heure", "issue", "occasion", "sortie", "terme", "cours", "veille",
                          "lendemain", "moment", "fin", "début", "approche"})
"""Nouns that make `à`/`au` + noun a when (`à l'issue de`, `au terme de`), not an addressee."""


MOVEMENT_NOUNS = frozenset({"arrivée", "sortie", "départ", "retour", "entrée"})
"""Nouns of coming and going that make `à son …` / `à l'… de` a when (`à son arrivée`)."""
_WHEN_NOUNS = MOMENT_NOUNS | MOVEMENT_NOUNS


PREPOSITIONAL_NOUNS = frozenset({"nom", "sujet", "sein", "côté", "côtés", "titre", "regard",
                                 "lieu", "profit", "détriment", "nombre", "niveau", "service"})
"""Nouns of compound prepositions (`au nom de`, `au sujet de`, `aux côtés de`): `au`/`aux`
before them opens no addressee."""


ASIDE_NOUN = {"pour": "part", "de": "côté", "à": "tour"}
"""Preposition + possessive + noun asides about who speaks in turn (`pour sa part`)."""


def _moment_after(doc: Doc, j: int) -> bool:
    """Whether `à`/`au` at `j` opens a when: `à l'heure du bilan`, `au cours du débat`."""
    k = j + 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k < len(doc) and doc[k - 1].lower_ in POSSESSIVES and \
            doc[k].lemma_.lower() in MOVEMENT_NOUNS:
        return True  # `plaisante à son arrivée la ministre`, `a lancé à sa sortie X`
    return k + 1 < len(doc) and doc[k].lemma_.lower() in _WHEN_NOUNS and \
        doc[k + 1].lower_.replace("’", "'") in {"de", "d'", "du", "des"}


def _circumstance_between_commas(doc: Doc, comma: int, first: int) -> bool:
    """Whether the comma at `comma` opens or closes a circumstance set off by commas
    (`, lundi,`) between a verb and its inverted subject."""
    if comma > first:  # closing: a noun phrase must follow (or a second circumstance)
        nxt = doc[comma + 1]
        if nxt.pos_ in {"DET", "PROPN", "NOUN"} or is_title(nxt):
            return True
    k = skip_circumstance(doc, comma + 1, commas=False)
    if comma + 2 < k < len(doc) and doc[k - 1].text == ",":
        return True  # `, depuis Bruxelles,`: the phrase took its closing comma along
    return comma + 1 < k < len(doc) and doc[k - 1].text != "," and doc[k].text == ","


def _short_pp_end(doc: Doc, k: int) -> int:
    """End of a short noun phrase after a preposition: an optional determiner, nouns or
    names with adjectives, `de` and `à` complements (`sa conférence de presse hebdomadaire
    à Téhéran`), a parenthesis; it stops where a person's name or a title begins."""
    n = len(doc)
    start = k
    if k < n and doc[k].pos_ == "DET":
        k += 1
    if k >= n or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return start
    while k < n and k - start < 12:
        t = doc[k]
        if k > start and (is_title(t) or (t.ent_type_ == "PER" and t.ent_iob_ == "B") or (
                t.pos_ == "PROPN" and doc[k - 1].pos_ == "NOUN") or
                (doc[k - 1].lower_ in CHANNEL_NOUNS - CHANNEL_SPOTS and t.pos_ == "PROPN")):
            break  # `sur Twitter Paolo Rossi`, one entity for the NER
        if t.pos_ in {"NOUN", "PROPN", "ADJ"}:
            k += 1
            continue
        nxt = k + 1
        if t.lower_.replace("’", "'") in {"de", "d'", "du", "des", "à", "au", "aux"} and \
                nxt < n:
            if doc[nxt].pos_ == "DET":
                nxt += 1
            if nxt < n and doc[nxt].pos_ in {"NOUN", "PROPN"} and not is_title(doc[nxt]) \
                    and not (doc[nxt].ent_type_ == "PER" and doc[nxt].ent_iob_ == "B"):
                k = nxt
                continue
        break
    if k < n and doc[k].text == "(":
        close = next((m for m in range(k + 1, min(k + 8, n)) if doc[m].text == ")"), None)
        if close is not None:
            k = close + 1
    return k


WEEKDAYS = frozenset({*DAYS_OF_WEEK, "hier", "aujourd'hui", "aujourd’hui"})
"""Words that say when on their own (`a déclaré lundi`, `a dit hier`)."""
DAY_QUALIFIERS = frozenset({"soir", "matin", "dernier", "dernière", "prochain", "prochaine",
                            "passé", "passée"})
"""Words that say when only after a day (`lundi dernier`, `hier soir`); alone they
describe (`le dernier gouvernement`, `l'équipe du soir`)."""
PERIODS = frozenset({"semaine", "week-end", "mois", "année", "printemps", "été", "automne",
                     "hiver"})


def says_when(doc: Doc, j: int) -> bool:
    """Whether the word at `j` opens or continues a date: a weekday or `hier`, a
    demonstrative before one (`ce jeudi`, `cette semaine`), a qualifier after one (`lundi
    dernier`). `cette décision` is no date, nor is a day inside a name (`le Journal du
    dimanche`)."""
    low = doc[j].lower_
    before = doc[j - 1].lower_ if j > 0 else ""
    if before in {"du", "de", "d'", "d’"}:
        return False
    if low in SINGULAR_DEMONSTRATIVES:
        return j + 1 < len(doc) and doc[j + 1].lower_ in {*WEEKDAYS, *MONTHS, *TIMES_OF_DAY,
                                                          *PERIODS}
    if low in DAY_QUALIFIERS:
        return before in WEEKDAYS or before in SINGULAR_DEMONSTRATIVES
    return low in WEEKDAYS


def _period_at(doc: Doc, j: int) -> int:
    """How many tokens a period before or after the article's day takes at `j` (`la
    semaine dernière`, `le mois prochain`, `l'an dernier`, `la veille`, `le lendemain`):
    when, never who; 0 when none starts there (nor past the doc's end)."""
    if j >= len(doc):
        return 0
    low = doc[j].lower_.replace("’", "'")
    if low not in {"le", "la", "l'"} or j + 1 >= len(doc):
        return 0
    noun = doc[j + 1].lower_
    if noun in {"veille", "lendemain"}:
        return _day_of(doc, j + 2) - j
    k = j + 2
    if noun == "week" and k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ == "end":
        k += 2  # `le week-end dernier`, split by the tokenizer
    elif noun not in PERIODS | {"an", "nuit"}:
        return 0
    return k + 1 - j if k < len(doc) and doc[k].lower_ in DAY_QUALIFIERS - {"soir", "matin"} \
        else 0


def _day_of(doc: Doc, k: int) -> int:
    """The end of `la veille`'s or `le lendemain`'s own complement starting at `k` (`de
    Noël`, `du premier tour`, `du scrutin`): its `de`, an article and adjectives, then one
    noun or a run of names; `k` when none starts there. What was said comes after it
    (`a annoncé la veille de Noël un plan …`: the plan, not `de Noël un plan …`), or
    `au soir`, `au matin` (`la veille au soir`)."""
    if k + 1 < len(doc) and doc[k].lower_ == "au" and doc[k + 1].lower_ in {"soir", "matin"}:
        return k + 2
    if k >= len(doc) or doc[k].lower_.replace("’", "'") not in {"de", "du", "d'", "des"}:
        return k
    m = k + 1
    while m < len(doc) and (doc[m].pos_ in {"DET", "ADJ", "NUM"} or doc[m].like_num):
        m += 1
    if m >= len(doc) or doc[m].pos_ not in {"NOUN", "PROPN"}:
        return k
    if doc[m].pos_ == "NOUN":
        return m + 1
    while m < len(doc) and doc[m].pos_ == "PROPN":
        m += 1
    return m


DATE_EDGES = frozenset({"début", "fin", "mi", "mi-", "courant"})
"""Nouns that make a month a date (`début juillet`, `fin mars`, `mi-janvier`)."""


def date_end(doc: Doc, j: int, limit: int) -> int:
    """The token after a date starting at `j` (`j` itself when none starts there): a
    weekday and its qualifiers (`jeudi`, `hier soir`, `lundi 13 avril`), `le 3 mars
    2024`, `ce mardi`, `début juillet`. Only the date's own words: the parser often hangs
    the noun phrase after it on the date (`a annoncé jeudi la fermeture …`, where the
    date's subtree holds what was announced). A period before or after the article's day
    (`la semaine dernière`, `l'an dernier`, `la veille`), a time ago (`il y a deux
    semaines`) are dates too: when, never what."""
    if (span := _period_at(doc, j)) and j + span <= limit:
        return j + span
    if (ago := _time_ago(doc, j, limit)) > j:
        return ago
    k = j
    if k < limit and doc[k].lower_ in {"le", "ce", "cet", "cette"} and k + 1 < limit and (
            says_when(doc, k) or (_number(doc, k + 1) and k + 2 < limit and
                                  doc[k + 2].lower_ in MONTHS)):
        k += 1  # `ce jeudi`, `le 3 mars`
    elif k + 1 < limit and doc[k].lower_ in DATE_EDGES and doc[k + 1].lower_ in MONTHS:
        k += 1  # `début juillet`
    elif k + 2 < limit and doc[k].lower_ == "mi" and doc[k + 1].text == "-" and \
            doc[k + 2].lower_ in MONTHS:
        k += 2  # `mi-janvier`, split by the tokenizer
    start = k
    while k < limit:
        low = doc[k].lower_
        qualifier = (low in TIMES_OF_DAY or low in DAY_QUALIFIERS) and (
            k > start or doc[k - 1].lower_ in WEEKDAYS)  # `hier soir`, `lundi dernier`
        if low in WEEKDAYS or low in MONTHS or qualifier or (
                _number(doc, k) and ((k + 1 < limit and doc[k + 1].lower_ in MONTHS) or
                                     (k > start and doc[k - 1].lower_ in MONTHS))):
            k += 1
            continue
        break
    return k if k > start else j


TIME_UNITS = frozenset({"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année",
                        "années", "heure", "heures", "minutes", "décennies", "siècles"})
"""Nouns counted in `il y a deux semaines`."""
def _time_ago(doc: Doc, j: int, limit: int) -> int:
    """The token after `il y a` + a count + a time unit (`il y a deux semaines`) starting
    at `j`; `j` when none starts there."""
    words = [doc[k].lower_ for k in range(j, min(limit, j + 5))]
    if words[:3] == ["il", "y", "a"] and len(words) == 5 and words[4] in TIME_UNITS and (
            doc[j + 3].like_num or words[3] in {"quelques", "plusieurs", "deux", "trois"}):
        return j + 5
    return j


def again_before(doc: Doc, k: int) -> bool:
    """Whether an AGAIN phrase ends right before token `k` (`a assuré une nouvelle fois
    que …`: `fois que` is then no conjunction, as in `une fois que`)."""
    return any(k - len(w) >= 0 and again_at(doc, k - len(w)) == len(w) for w in AGAIN)


def _number(doc: Doc, k: int) -> bool:
    """A day or year number, the first of the month included (`1er`, `1re`)."""
    return doc[k].like_num or doc[k].lower_ in {"1er", "1re", "1ᵉʳ"}


ADDRESSEE_PREPOSITIONS = {"à", "au", "aux"}
CHANNEL_NOUNS = frozenset({"antenne", "plateau", "compte", "réseau", "site", "page", "blog",
                           "chaîne", "onde", "micro", "radio", "télévision", "télé",
                           "internet", "web"}) | PLATFORMS
"""Where something was said, not what: `a déclaré sur son compte X`, `sur le plateau de`."""
CHANNEL_SPOTS = frozenset({"micro", "antenne", "plateau", "onde"})
"""Channel nouns that name a medium only with `de` after them (`au micro de RTL`)."""
DE_PREPOSITIONS = frozenset({"de", "d'", "d’", "du"})


def addressee_end(doc: Doc, j: int, prepositions: frozenset[str] | set[str] =
                  frozenset(ADDRESSEE_PREPOSITIONS)) -> int:
    """The token after `à l'AFP`, `au Monde`, `à France Bleu` starting at ``j`` (``j`` itself
    when no such phrase starts there): a determiner or two, then one noun, or one named
    entity as the NER bounds it (so that `à France Bleu Xavier Garrabé` stops at the name)."""
    if j >= len(doc) or doc[j].lower_ not in prepositions:
        return j
    k = j + 1
    while k < len(doc) and doc[k].pos_ == "DET" and k - j < 3:
        k += 1
    if k < len(doc) and doc[k].ent_iob_ == "B":
        return _with_channel_number(doc, _entity_end(doc, k))
    if k < len(doc) and doc[k].pos_ in {"NOUN", "PROPN"}:
        if doc[k].lemma_.lower() in CHANNEL_NOUNS and k + 1 < len(doc) and \
                doc[k + 1].lower_ in DE_PREPOSITIONS:
            end = addressee_end(doc, k + 1, prepositions=DE_PREPOSITIONS)  # au micro de Canal+
            return end if end > k + 1 else k + 1
        if doc[k].lemma_.lower() in CHANNEL_SPOTS:
            return k + 1  # `a déclaré au micro Jean Roux`: the name after is the speaker
        nxt = k + 1
        if nxt < len(doc) and doc[nxt].ent_iob_ == "B" and doc[nxt].ent_type_ != "PER" and \
                doc[nxt].text[:1].isupper():
            return _with_channel_number(doc, _entity_end(doc, nxt))  # au journal La Provence
        while nxt < len(doc) and doc[nxt].pos_ == "ADJ" and not doc[nxt].text[:1].isupper():
            nxt += 1  # `à des journalistes français`
        return _with_channel_number(doc, nxt)
    return j


def _entity_end(doc: Doc, k: int) -> int:
    """The token after the entity starting at `k`. An acronym (`AFP`, `RFI`) is a whole
    medium's name: the recogniser may run it into the speaker's name that follows
    (`à l'AFP Amina Diallo`)."""
    first = doc[k]
    k += 1
    if first.is_upper and len(first.text) >= 2 and first.is_alpha:
        # a name is two capitalised words or more, then punctuation (`AFP Amina Diallo,`);
        # `RMC Sport le président` and `BFM Business le patron` are one medium's name
        m = k
        while m < len(doc) and doc[m].text[:1].isupper() and doc[m].is_alpha and \
                not doc[m].is_upper:
            m += 1
        if m - k >= 2 and (m == len(doc) or doc[m].is_punct):
            return k
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def _with_channel_number(doc: Doc, k: int) -> int:
    """`France 3`, `Europe 1`: a number right after a medium's name belongs to it when
    nothing but punctuation follows (`à l'AFP 48 heures après` keeps `48` out)."""
    if k < len(doc) and doc[k].like_num and doc[k - 1].text[:1].isupper() and \
            not doc[k - 1].whitespace_.count("\n") and len(doc[k].text) <= 2 and \
            (k + 1 == len(doc) or doc[k + 1].is_punct):
        return k + 1
    return k


def is_channel(doc: Doc, i: int) -> bool:
    """Whether the words at ``i`` (after `sur`) name a medium: a bare proper name (`Europe
    1`, `BFMTV`: places take an article after `sur`, `sur la Russie`), or a channel noun
    (`son compte X`, `le plateau de`)."""
    if doc[i].pos_ == "PROPN" or (doc[i].text[:1].isupper() and doc[i].pos_ != "DET"):
        return True
    k = i
    while k < len(doc) and k - i < 3 and doc[k].pos_ in {"DET", "ADJ"}:
        k += 1
    return k < len(doc) and doc[k].lemma_.lower() in CHANNEL_NOUNS


def channel_end(doc: Doc, i: int, limit: int) -> int:
    """The token after a medium's name or channel phrase starting at ``i``."""
    k = i
    while k < limit and (doc[k].pos_ in {"DET", "ADJ", "NUM", "PROPN"} or doc[k].like_num or
                         doc[k].text[:1].isupper() or doc[k].lemma_.lower() in CHANNEL_NOUNS):
        k += 1
    if k < limit and doc[k].lower_ in DE_PREPOSITIONS and k > i and \
            doc[k - 1].lemma_.lower() in CHANNEL_NOUNS:  # le plateau de France 2
        return channel_end(doc, k + 1, limit)
    if k < limit and doc[k].text == "(":  # `sur X (anciennement Twitter)`
        close = next((c for c in range(k + 1, min(k + 8, limit)) if doc[c].text == ")"), None)
        if close is not None:
            return close + 1
    return max(k, i + 1)
