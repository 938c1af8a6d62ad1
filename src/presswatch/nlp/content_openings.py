"""What opens a forward cue's content past the words between them: an occasion phrase
set off by commas (`a salué, lors d'une conférence de presse à Lyon, les efforts …`), a
quoted clause after an occasion or addressee (`a déclaré lors de son discours « nous … »`),
a quotation announced by a colon after words that name it (`a scandé des slogans : « … »`),
a complement after a date (`a fait état le 24 février des doutes …`), an object after an
addressee (`a réclamé au gouvernement des moyens`), what a relative object is called (`ce
qu'ils dénoncent comme une trahison`).

Why a module of its own: `content.py` finds where a content starts frame by frame; these
tests read the stretch after the verb as a whole and are shared by its branches.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.nlp.candidates import Cue
from presswatch.nlp.circumstances import DE_PREPOSITIONS, date_end
from presswatch.nlp.content_scan import Outcome, Scan
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    A_PREPOSITIONS,
    ADDRESSEE_STOP,
    CLITICS,
    CLOSING_MARKS,
    DIRECT_OBJECT_CLITICS,
    NEGATION,
    OPENING_MARKS,
    QUE,
)
from presswatch.nlp.spans import pp_np_end
from presswatch.textutil import fold

OCCASION_OPENERS = frozenset({"lors", "dans", "devant", "au", "à", "en", "sur", "pendant",
                              "durant", "après", "avant", "face", "depuis", "selon", "par"})
"""First words of a phrase saying where, when or how words were said (`lors de son
discours`, `dans un entretien au Monde`, `devant les députés réunis en commission`, `par la
voix de son secrétaire général`)."""


OCCASION_MAX = 20
"""Words at most in an occasion set off by commas (`au terme d'un conseil des ministres
extraordinaire présidé par le chef de l'État à X`: 17); 12 until session 23's second
indirect probe."""


def occasion_aside(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]``, set off by commas between a verb and its noun-phrase
    content, is the occasion of the words (`a salué, lors d'une conférence de presse à Lyon,
    les efforts …`; `a annoncé, dans un arrêté publié mardi, la fermeture …`): a phrase
    opening on a preposition, with participles at most (a finite verb or an infinitive
    makes it a clause of its own: `a dénoncé, avant de partir, …`) and no quoted words;
    a date may open it (`a démenti, mardi devant les députés, toute …`). The quoted title
    of a programme or paper after a noun (`dans l'émission « Les Grandes Gueules » de
    RMC`) is no quoted words: it is left out of the test."""
    titles = _quoted_titles(doc, start, end)
    words = [t for t in doc[max(start, date_end(doc, start, end)):end] if t.i not in titles]
    return 1 < len(words) <= OCCASION_MAX and words[0].lower_ in OCCASION_OPENERS and \
        words[0].pos_ in {"ADP", "ADV"} and not any(
            t.text in OPENING_MARKS or t.lower_.replace("’", "'") in QUE or (
                t.pos_ in {"VERB", "AUX"} and "Part" not in morph(t, "VerbForm"))
            for t in words)


def _quoted_titles(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens, marks included, of quotations in ``doc[start:end]`` that follow a noun
    and hold no clause (`l'émission « Le Grand Débat »`, `le journal « Libération »`)."""
    out: set[int] = set()
    k = start + 1
    while k < end:
        if doc[k].text in OPENING_MARKS and doc[k - 1].pos_ == "NOUN" and \
                not quoted_clause(doc, k, end):
            close = next((m for m in range(k + 1, min(k + 10, end))
                          if doc[m].text in CLOSING_MARKS), None)
            if close is not None:
                out.update(range(k, close + 1))
                k = close
        k += 1
    return out


def said_opens(doc: Doc, k: int, limit: int, appeal: bool) -> bool:
    """Whether a quotation opening at `k` holds the words said (a clause, or for an appeal
    `« à la grève »`), or a colon announces them (`a déclaré devant les habitants : la
    commune …`, with or without marks), which end the occasion phrase before them."""
    if doc[k].text == ":" and k + 1 < limit:
        return True
    return doc[k].text in OPENING_MARKS and (quoted_clause(doc, k, limit) or (
        appeal and k + 1 < limit and doc[k + 1].lower_ in A_PREPOSITIONS))


def quoted_clause(doc: Doc, j: int, limit: int) -> bool:
    """Whether the quotation opening at `j` holds a clause (a pronoun, a verb, `que`, an
    adverb first: `« nous sommes … »`, `« qu'aucun poste … »`, `« avoir tout donné »`),
    not a noun phrase whose complements may follow the marks (`« la détermination » de`)."""
    k = j + 1
    return k < limit and (doc[k].pos_ in {"PRON", "VERB", "AUX", "SCONJ", "ADV"} or
                          doc[k].lower_.replace("’", "'") in QUE)


def quotation_after_colon(doc: Doc, k: int, limit: int) -> int | None:
    """The opening mark of a quotation announced by a colon within a few words after a
    noun phrase that names words (`des slogans tels que : « … »`, `un message clair aux
    supporters : « … »`); None when a verb, a clause or the sentence's end comes first,
    an infinitive too: `a dévoilé une plaque avant de déclarer : « … »` gives the
    quotation to `déclarer`, not to the verb of the phrase."""
    for m in range(k, min(k + 10, limit - 1)):
        t = doc[m]
        if t.text == ":":
            return m + 1 if doc[m + 1].text in OPENING_MARKS else None
        low = t.lower_.replace("’", "'")
        if t.text in {".", ";", "!", "?"} or t.text in OPENING_MARKS or (
                t.pos_ in {"VERB", "AUX"} and {"Fin", "Inf"} & set(morph(t, "VerbForm"))) or (
                low in QUE and not (m > 0 and doc[m - 1].lemma_ == "tel")):
            return None
    return None


def adverbs_or_dates(doc: Doc, start: int, end: int) -> bool:
    """Whether only adverbs and dates stand between `start` and `end` (`a fait état le 24
    février des doutes de …`: `des` still opens the complement after the date)."""
    k = start
    while k < end:
        if doc[k].pos_ == "ADV":
            k += 1
        elif (date := date_end(doc, k, end)) > k:
            k = date
        else:
            return False
    return True


def object_after_addressee(doc: Doc, start: int, end: int, limit: int) -> int:
    """Where an addressee starting at `start` ends when `des` after its noun opens the
    verb's object rather than a complement of the noun (`a réclamé au gouvernement des
    moyens supplémentaires`, `a promis aux agriculteurs des aides`): the noun phrase after
    `des` is lower case and ends the clause (`aux habitants des quartiers nord une aide`,
    `au ministre des Affaires étrangères`: a complement). `end` when it does not."""
    k = pp_np_end(doc, start, end, ADDRESSEE_STOP)
    if not (start < k < end and doc[k].lower_ == "des"):
        return end
    m = k + 1
    while m < limit and doc[m].pos_ in {"ADJ", "ADV", "NUM"}:
        m += 1
    if m >= limit or doc[m].pos_ != "NOUN" or not doc[m].text.islower():
        return end
    while m < limit and (doc[m].pos_ in {"NOUN", "ADJ", "PROPN"} or (
            doc[m].lower_ in DE_PREPOSITIONS and m + 1 < limit and
            doc[m + 1].pos_ in {"NOUN", "DET", "PROPN"}) or (
            doc[m].pos_ == "DET" and doc[m - 1].lower_ in DE_PREPOSITIONS)):
        m += 1  # `des aides d'urgence`, `des moyens pour …` ends here
    ends_clause = m >= limit or doc[m].is_space or doc[m].text in {
        ".", ",", ";", ":", "!", "?", "…"}
    return k if ends_clause else end


NAMING_VERBS = frozenset({"dénoncer", "qualifier", "décrire", "présenter", "dépeindre"})
"""Verbs that say what something is called: `dénoncer X comme Y`, `qualifier X de Y`."""


def relative_attribute(doc: Doc, verb_i: int, lemma: str, tail: int, limit: int
                       ) -> int | None:
    """`après ce qu'ils dénoncent comme une attaque`, `ce que l'opposition qualifie de
    recul`: the object is the relative `que`, and what they called it, after `comme` (or
    `de` for `qualifier`), is what was said. The token where it starts, or None."""
    verb = doc[verb_i]
    if lemma not in NAMING_VERBS or not any(
            c.i < verb_i and c.dep_ == "obj" and "Rel" in morph(c, "PronType")
            for c in verb.children):
        return None
    j = tail
    while j < limit and doc[j].pos_ == "ADV":
        j += 1  # `qu'il qualifie encore de …`
    if j + 1 >= limit:
        return None
    low = doc[j].lower_.replace("’", "'")
    return j + 1 if low == "comme" or (lemma == "qualifier" and low in {"de", "d'"}) \
        else None


ATTRIBUTE_PREPOSITIONS = frozenset({"en", "a", "sous", "hors"})
"""Prepositions opening a quoted state a speaker says they are in (`s'est dit « en
colère »`, `« à bout »`, `« sous le choc »`, `« hors de lui »`): an attribute as an adjective
is, when quotation marks show the words were said."""


def attribute_at(doc: Doc, j: int, limit: int) -> bool:
    """An attribute starts at `j`: an adjective or a participle, maybe after an opening mark
    and adverbs (`s'est dite « prête à … »`, `s'est dit "profondément attristé"`)."""
    k = j + 1 if doc[j].text in OPENING_MARKS else j
    while k < limit and doc[k].pos_ == "ADV" and doc[k].lower_ not in {"ne", "n'", "pas"}:
        k += 1
    # a bare participle is an attribute when the parse makes it one (`s'est dit ouvert à
    # réviser …`), not when it starts a clause of its own
    if doc[j].text in OPENING_MARKS and k + 1 < limit and doc[k].pos_ == "ADP" and \
            fold(doc[k].text) in ATTRIBUTE_PREPOSITIONS and doc[k + 1].pos_ in {"NOUN", "DET"}:
        return True  # `se dit « en colère »`, `« sous le choc »`: a quoted state
    return k < limit and (doc[k].pos_ == "ADJ" or (
        doc[k].pos_ == "VERB" and "Part" in morph(doc[k], "VerbForm") and
        (k > j or doc[k].dep_ == "xcomp")) or (
        doc[k].pos_ == "NOUN" and doc[k].dep_ == "xcomp" and k > j))
    # (`s'est dite « satisfaite » du résultat`: a quoted adjective the tagger took for a
    # noun, which the parse still makes the verb's attribute)


def attribute_then_que(doc: Doc, j: int, limit: int) -> int | None:
    """`convaincu que`, `« convaincu » qu'`, `persuadé que`: an adjective or participle
    (possibly quoted) right before a que-clause."""
    k = j
    seen_word = False
    while k < limit and k - j < 5:
        t = doc[k]
        if t.text in '«»"“”' or t.is_space:
            k += 1
            continue
        if not seen_word and (t.pos_ == "ADJ" or "Part" in morph(t, "VerbForm")):
            seen_word = True
            k += 1
            continue
        if seen_word and t.lower_.replace("’", "'") in {"que", "qu'"}:
            return k
        return None
    return None


def adjective_then_infinitive(doc: Doc, j: int, limit: int) -> bool:
    """`a estimé nécessaire de renforcer les sanctions`, `a jugé urgent d'agir`: an
    adjective right after the verb, then `de` and an infinitive, is what the speaker
    judges (the infinitive's clause with it), not an object."""
    return j + 2 < limit and doc[j].pos_ == "ADJ" and \
        doc[j + 1].lower_.replace("’", "'") in {"de", "d'"} and \
        "Inf" in morph(doc[j + 2], "VerbForm")


def infinitive_opens(doc: Doc, k: int, limit: int) -> bool:
    """Whether an infinitive said starts at `k`, past a negation or its own pronouns (`avoir
    finalisé …`, `ne pas vouloir …`, `l'avoir signé`): after the comma closing an aside
    (`a annoncé lundi, dans un communiqué, avoir finalisé le rachat …`), a verb that reports
    with a bare infinitive takes it as what was said, as it takes a `que` there."""
    m = k
    while m < min(limit, k + 3) and doc[m].lower_.replace("’", "'") in NEGATION | CLITICS:
        m += 1
    return m < limit and doc[m].pos_ in {"VERB", "AUX"} and "Inf" in morph(doc[m], "VerbForm")


JUDGING_VERBS = frozenset({"juger", "trouver", "estimer", "considérer", "qualifier"})
"""Verbs whose object pronoun may take a quoted attribute right after the verb (`l'a jugée
« inacceptable »`, `la trouve « excessive »`): the attribute is what was said."""


def _object_pronoun_before(doc: Doc, cue: Cue) -> bool:
    """A direct-object pronoun before the verb, inside the cue or right before it (`l'a
    jugée`, `la trouve`)."""
    return any(doc[k].lower_.replace("’", "'") in DIRECT_OBJECT_CLITICS
               for k in range(max(cue.start - 1, 0), cue.i))


NAMING_OBJECT_WORDS = 8
"""How many words the object of a naming verb may hold before its `comme` (`le nouveau
milieu de terrain du club comme « … »`)."""


def naming_attribute(scan: Scan) -> Outcome:
    """`a décrit le joueur comme « un talent rare »`, `l'a décrit comme « un traître »`, `la
    présente comme « une alliée »`: a naming verb (`NAMING_VERBS`), its object, then
    `comme` and a quotation: the words in the marks are what the speaker called it. The
    object said after the verb is part of the content, as with `qualifier X de « … »`; an
    object pronoun before the verb is not, and the content is the quotation alone."""
    doc, cue, limit = scan.doc, scan.cue, scan.limit
    if scan.j != cue.tail or cue.lemma not in NAMING_VERBS | JUDGING_VERBS:
        return None
    k = scan.j
    while k < limit and doc[k].pos_ == "ADV":
        k += 1
    if k + 1 < limit and doc[k].text in OPENING_MARKS and _object_pronoun_before(doc, cue) \
            and doc[k + 1].pos_ in {"ADJ", "VERB", "DET", "NOUN"}:
        return scan.found(k, "np")  # `l'a jugée « inacceptable »`: the attribute said
    if cue.lemma not in NAMING_VERBS:
        return None
    if k + 1 < limit and doc[k].lower_ == "comme" and doc[k + 1].text in OPENING_MARKS:
        return scan.found(k + 1, "np")  # (the object a pronoun before the verb)
    if k >= limit or doc[k].pos_ not in {"DET", "PROPN", "NOUN"}:
        return None
    for m in range(k + 1, min(k + 1 + NAMING_OBJECT_WORDS, limit - 1)):
        if doc[m].lower_ == "comme":
            return scan.found(k, "np") if doc[m + 1].text in OPENING_MARKS else None
        if doc[m].is_punct or doc[m].pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}:
            return None
    return None
