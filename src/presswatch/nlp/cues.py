"""Find reporting cues: the verbs (and `selon`-like prepositions) that introduce speech.

A cue knows its verb entry from the lexicon, the token span to show as the cue
(`a toutefois précisé`, `a-t-il ajouté`, `mis en garde contre`), and whether it stands
*after* the content with an inverted subject (an incise: `», a déclaré X` / `a-t-il dit`)
or *before* it (`X a déclaré que …`).
"""

from __future__ import annotations

import functools

from spacy.attrs import IS_PUNCT, LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import ADJ, ADV, AUX, NOUN, NUM, PROPN, VERB
from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon, ReportingVerb
from presswatch.nlp.candidates import Cue
from presswatch.nlp.comma_less_incises import comma_less_incise
from presswatch.nlp.docfacts import column, is_infinitive, morph, strings
from presswatch.nlp.french import (
    ADVERBIAL_CLITICS,
    CLOSING_MARKS,
    DATIVE_CLITICS,
    DE_FORMS,
    DIRECT_OBJECT_CLITICS,
    INTENTION_VERBS,
    LITOTES_VERBS,
    STRESSED_PRONOUNS,
    is_negated,
)
from presswatch.nlp.incise_cues import governed_incise_start, is_incise
from presswatch.nlp.misread_verbs import (
    OBJECT_CLITICS_BEFORE_PARTICIPLE,
    misread_after_et,
    misread_after_object_clitic,
    misread_after_subject,
    misread_incise,
    participle_after_clitic,
    subject_after_relative_que,
)
from presswatch.nlp.name_giving import names_an_alias, so_called
from presswatch.nlp.verb_forms import (
    form_guesses,
    glued_to_a_name,
    infinitive_before_que,
    participle_after_inverted_auxiliary,
    participle_before_que,
    past_inverted_subject,
    reflexive_after_quotation,
    reflexive_before_inverted_auxiliary,
    reflexive_en_before,
    singular_of_enir,
)
from presswatch.textutil import fold

CLITIC_SUBJECTS = {"-t-il", "-il", "-t-elle", "-elle", "-on", "-t-on", "-ils", "-elles", "-t-ils",
                   "-t-elles", "-je", "-nous", "-vous"}
REFLEXIVE = {"se", "s'", "s’"}
INVERTED_CLITICS = CLITIC_SUBJECTS | {"-t"}
"""What may follow a verb in an inverted clause: `estime-t-il`, `dit-elle`."""
THIRD_PERSON_CLITICS = INVERTED_CLITICS - {"-je", "-nous", "-vous"}
"""Inverted subjects of reported speech (`estime-t-il`), which make the word before a verb."""
OBJECT_CLITICS = DIRECT_OBJECT_CLITICS | DATIVE_CLITICS
"""Object pronouns written before a verb of saying: the addressee or the thing said."""


FILLER = "*"
FILLER_POS = frozenset({"DET", "ADJ", "NUM", "ADV"})
"""In a multi-word entry, ``*`` stands for any determiners, adjectives, numerals and adverbs:
light verbs take their speech noun with whatever determiner the writer chose
(`a donné quelques précisions`, `a lancé un nouvel appel`)."""
ADJECTIVE_SLOT = "<adj>"
"""In a multi-word entry, ``<adj>`` stands for one adjective (or participle), after any
adverbs: `se montrer <adj> sur` is `s'est montré très prudent sur`, never `a montré sur`."""


def lemma_guesses(token: Token) -> list[str]:
    """The lemmatizer errs on rarer verb forms (`raconte` → `racont`); guess infinitives
    from the form so the lexicon can still recognise them."""
    return list(_guesses(token.lower_, token.lemma_))


@functools.lru_cache(maxsize=1 << 14)
def _guesses(lower: str, lemma: str) -> tuple[str, ...]:
    """`lemma_guesses` of a word form and its lemma (cached: a few hundred verb forms
    make most of any article's)."""
    low = lower.replace("’", "'")
    guesses = [lemma.lower()]
    for suffix, repl in (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("ent", "er"),
                         ("es", "er"), ("e", "er"), ("ant", "er"), ("ies", "ir"), ("ie", "ir"),
                         ("is", "ir"), ("it", "ir"), ("i", "ir"), ("issant", "ir"),
                         ("ait", "er"), ("aient", "er"), ("ment", "mentir"),
                         ("mentent", "mentir"), ("ient", "enir"), ("iennent", "enir"),
                         ("èrent", "er"), ("irent", "ir"),  # (the simple past plural)
                         ("aie", "ayer"), ("aient", "ayer")):  # (`bégaie`: -ayer verbs)
        if low.endswith(suffix) and len(low) > len(suffix) + (1 if repl == "mentir" else 2):
            guesses.append(low[: -len(suffix)] + repl)
    if low.endswith(("er", "ir", "re")):
        guesses.append(low)
    return tuple(guesses)


@functools.lru_cache(maxsize=1 << 12)
def _acute_guesses(lower: str, lemma: str) -> tuple[str, ...]:
    """`tempère`, `complète`, `s'inquiète`: the present of a verb in -é-er writes its last
    stem vowel è, and the tagger then reads an adjective (`complet`) or a stem (`tempèr`);
    the infinitives with é. Tried only before an inverted subject (`…, tempère-t-il`),
    where the word can only be a verb."""
    return tuple(g[:k] + "é" + g[k + 1:] for g in _guesses(lower, lemma)[1:]
                 if g.endswith("er") and (k := g.rfind("è")) > 0 and k >= len(g) - 5)


def _may_be_listed(lower: str, lemma: str, lex: Lexicon) -> bool:
    """Whether `_verb_entry` can find an entry of `lex` for a token of this form and
    lemma: its lemma opens a multi-word expression, or one of its guesses (or the guess
    made reflexive) is a verb of the lexicon. Strings only, so no Token is built for the
    many verbs and adjectives that report nothing."""
    guesses = _guesses(lower, lemma) + _acute_guesses(lower, lemma) + form_guesses(lower)
    return any(lex.verb(guess) is not None or lex.verb("se " + guess) is not None or
               guess in lex.multiword for guess in guesses)


def _match_multiword(doc: Doc, i: int, lex: Lexicon,
                     heads: list[str] | None = None) -> tuple[ReportingVerb, int] | None:
    """The multi-word entry whose first word is token `i`'s lemma (or one of `heads`, the
    guesses for a form the lemmatizer missed: `laisse` → `laisser`) and whose other words
    follow, past an inverted subject (`fait-il remarquer`), with the token after it."""
    lemma = doc[i].lemma_.lower()
    entries = list(lex.multiword.get(lemma, ()))
    for head in heads or ():
        entries += [v for v in lex.multiword.get(head, ()) if v not in entries]
    for verb in entries:
        words, j = verb.words[1:], past_inverted_subject(doc, i + 1)
        ok = True
        for w in words:
            if w == FILLER:  # `donner * précision`: quelques, de nouvelles, ces…
                while j < len(doc) and doc[j].pos_ in FILLER_POS:
                    j += 1
                continue
            if w == ADJECTIVE_SLOT:
                while j < len(doc) and doc[j].pos_ == "ADV":
                    j += 1
                if j >= len(doc) or doc[j].pos_ not in {"ADJ", "VERB"}:  # (the tagger
                    # calls `confiante` a form of `confier`)
                    ok = False
                    break
                j += 1
                continue
            while j < len(doc) and doc[j].pos_ == "ADV" and fold(doc[j].text) != fold(w):
                j += 1
            if j >= len(doc) or fold(w) not in (fold(doc[j].text), fold(doc[j].lemma_)):
                ok = False
                break
            j += 1
        if ok:
            return verb, j
    return None


def _verb_entry(doc: Doc, token: Token, lex: Lexicon) -> tuple[ReportingVerb, int] | None:
    inverted = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in THIRD_PERSON_CLITICS
    # `estime-t-il`: a word before an inverted subject is a verb, whatever the tagger says;
    # so is a lower-case past participle after `avoir` (`a tweeté`, tagged a proper noun)
    participle = (token.i > 0 and doc[token.i - 1].lemma_ == "avoir" and
                  token.text.islower() and token.lower_.endswith(("é", "ée", "du"))) or \
        participle_after_inverted_auxiliary(doc, token.i)  # `», a-t-il bredouillé`
    after_pronoun = token.i > 0 and doc[token.i - 1].lower_ in SUBJECT_PRONOUNS and \
        token.text.islower()
    verb_anyway = inverted or participle or after_pronoun or (
        token.text.islower() and (_after_quotation(doc, token.i) or
                                  reflexive_after_quotation(doc, token.i))) or \
        glued_to_a_name(doc, token) or participle_before_que(doc, token) or \
        infinitive_before_que(doc, token) or \
        participle_after_clitic(doc, token) or misread_after_subject(doc, token) or \
        misread_incise(doc, token) or misread_after_et(doc, token) or \
        misread_after_object_clitic(doc, token) or \
        subject_after_relative_que(doc, token) is not None  # `que le maire juge « … »`
    if (token.pos_ not in {"VERB", "AUX", "ADJ"} and not verb_anyway) or \
            token.lemma_ == "avoir" or (token.lemma_ == "être" and "être" not in lex.multiword):
        return None
    if token.is_upper and len(token.text) > 2:  # shouting headlines, boilerplate
        return None
    forms = list(form_guesses(token.lower_)) if token.pos_ == "VERB" or verb_anyway else []
    multi = _match_multiword(doc, token.i, lex, lemma_guesses(token)[1:] + forms)
    if multi:
        return multi
    reflexive = any(c.lower_ in REFLEXIVE for c in token.children) or (
        token.i > 0 and doc[token.i - 1].lower_ in REFLEXIVE) or \
        reflexive_before_inverted_auxiliary(doc, token.i)  # `s'est-elle enflammée`
    guesses = singular_of_enir(token, lemma_guesses(token)) + forms
    if inverted:
        guesses += _acute_guesses(token.lower_, token.lemma_)
    with_en = reflexive_en_before(doc, token.i)
    for guess in guesses:
        if with_en and (verb := lex.verb("s'en " + guess)):
            return verb, token.i + 1  # `s'en est pris à`, `s'en prend à`
        if reflexive and (verb := lex.verb("se " + guess)):
            return verb, token.i + 1
        if verb := lex.verb(guess):
            if token.pos_ not in {"VERB", "AUX"} and guess == token.lemma_.lower() and \
                    token.pos_ != "ADJ" and not verb_anyway:
                continue
            return verb, token.i + 1
    return None


HAVE_FORMS = frozenset({"a", "ont", "avait", "avaient"})
"""Finite forms of `avoir` that make a past tense with the participle after them."""


def _untagged_auxiliary(doc: Doc, i: int) -> bool:
    """`a tweeté`, the tagger reading `a` as a foreign word and `tweeté` as a name: the
    form of `avoir` right before a lower-case participle is its auxiliary, whatever the
    parse attaches it to (else the cue starts on the participle and `», a tweeté X` is no
    incise)."""
    if i == 0 or not doc[i].text.islower() or \
            not doc[i].lower_.endswith(("é", "ée", "és", "ées")):
        return False
    before = doc[i - 1]
    return before.lower_ in HAVE_FORMS and before.pos_ in {"X", "AUX", "VERB"}


def _cue_start(doc: Doc, token: Token) -> int:
    """Extend left over auxiliaries, adverbs and `quant à elle` between aux and verb."""
    auxes = [c.i for c in token.children if c.dep_.startswith("aux") and c.i < token.i]
    if auxes:  # (the walk back only where there is an auxiliary to keep or drop)
        floor, punct = token.i, column(doc, IS_PUNCT)
        while floor > 0 and not punct[floor - 1]:
            floor -= 1  # an auxiliary across a comma or a closing mark is a parser error
        auxes = [i for i in auxes if floor <= i]
    start = min(auxes) if auxes else token.i
    if not auxes and _untagged_auxiliary(doc, token.i):
        start = token.i - 1  # `», a tweeté pour sa part X`: `a` read as a foreign word
    if stressed_pronoun_aside(doc, token.i):
        start = token.i - 4  # `a, elle, salué`, `a, lui, déclaré`, whatever the parse
    aside = auxiliary_before_aside(doc, token.i)
    if aside is not None:
        start = aside  # `a, de son côté, estimé`, `a, par ailleurs, rappelé`
    # `a-t-elle martelé` when the parser heads the sentence on the clitic: the auxiliary
    # before the inverted subject still belongs to the cue
    k = start
    while k > 0 and doc[k - 1].lower_ in INVERTED_CLITICS:
        k -= 1
    if k < start and k > 0 and doc[k - 1].lemma_ in {"avoir", "être"}:
        start = k - 1
    if token.i > 0 and doc[token.i - 1].lower_ in REFLEXIVE:
        start = min(start, token.i - 1)
    if reflexive_en_before(doc, token.i):  # `s'en est pris`: the whole expression
        start = min(start, next(k - 1 for k in range(token.i - 1, 0, -1)
                                if doc[k].lower_ == "en"))
    elif start < token.i and start > 0 and doc[start - 1].lower_ in REFLEXIVE:
        start -= 1  # `s'est défendu`: the reflexive before the auxiliary
    # `», m'a confié X`, `nous explique X`, `comme nous l'a dit X`: who was told
    while start > 0 and _object_clitic(doc[start - 1], doc[start]):
        start -= 1
    # `», en a conclu X`, `», y a ajouté X`, `», s'en est félicité X`: the adverbial
    # pronouns `en` and `y` straight before the verb group are part of it, and so is a
    # reflexive before them; not the gerund's `en` (`en annonçant`), nor `comme en témoigne
    # X`, which cites evidence
    if start > 0 and doc[start - 1].lower_ in ADVERBIAL_CLITICS and \
            "Fin" in morph(doc[start], "VerbForm") and \
            not (start > 1 and doc[start - 2].lower_ == "comme"):
        start -= 1
        if start > 0 and doc[start - 1].lower_.replace("’", "'") in REFLEXIVE:
            start -= 1
    return start


def stressed_pronoun_aside(doc: Doc, i: int) -> bool:
    """`X a, elle, salué …`: an auxiliary, then a stressed pronoun between commas, right
    before the participle at `i`."""
    return i >= 4 and doc[i - 1].text == "," and doc[i - 2].lower_ in STRESSED_PRONOUNS and \
        doc[i - 3].text == "," and doc[i - 4].lemma_ in {"avoir", "être"}


def auxiliary_before_aside(doc: Doc, i: int) -> int | None:
    """`X a, de son côté, estimé …`, `a, par ailleurs, rappelé`, `a, mardi, déclaré`: the
    auxiliary before a short verbless phrase set off by commas, right before the
    participle at `i` (None when there is none)."""
    if i < 3 or "Part" not in morph(doc[i], "VerbForm"):
        return None
    if doc[i - 1].text != ",":
        return _auxiliary_before_bare_aside(doc, i)
    for c in range(i - 2, max(i - 8, 0), -1):
        if doc[c].pos_ in {"VERB", "AUX"} or doc[c].is_space:
            return None
        if doc[c].text == ",":
            aux = doc[c - 1] if c > 0 else None
            ok = aux is not None and aux.lemma_ in {"avoir", "être"} and \
                "Fin" in morph(aux, "VerbForm") and c < i - 2
            return aux.i if ok else None
    return None


def _auxiliary_before_bare_aside(doc: Doc, i: int) -> int | None:
    """`X a de son côté parlé`, `a pour sa part estimé`: the same aside without commas,
    a short prepositional phrase the parser then makes the head of the participle."""
    for c in range(i - 3, max(i - 6, 0), -1):
        aux = doc[c]
        if aux.pos_ in {"AUX", "VERB"} and aux.lemma_ in {"avoir", "être"} and \
                "Fin" in morph(aux, "VerbForm"):
            between = doc[c + 1: i]
            if between[0].pos_ == "ADP" and not any(
                    t.pos_ in {"VERB", "AUX", "PUNCT", "PROPN"} or t.is_space for t in between):
                return c
            return None
    return None


def _object_clitic(token: Token, verb: Token) -> bool:
    """Whether `token`, right before `verb` (or its auxiliary), is an object pronoun; the
    parser takes `nous` for a subject even before `a` (`nous a déclaré X`)."""
    low = token.lower_.replace("’", "'")
    if low not in OBJECT_CLITICS or (token.pos_ != "PRON" and low != "l'" and not (
            low == "le" and verb.lower_ in {"lui", "leur"} and _opening_comme(token))):
        return False  # `l'` straight before a verb is a pronoun whatever the tagger says,
        # and so is `le` before `lui` after an opening `Comme` (`Comme le lui demandait X,
        # …`, read as an article; after a comma, `…, comme le lui demandait X` follows a
        # clause that may deny what was asked: not read here)
    if low in {"nous", "vous"}:
        return "3" in morph(verb, "Person")  # `nous a dit`, not `nous avons dit`
    return not token.dep_.startswith("nsubj") or low in {"me", "m'", "te", "t'", "lui"}


def _opening_comme(token: Token) -> bool:
    """Whether `token` follows a `Comme` that opens its sentence."""
    return token.i > 0 and token.nbor(-1).lower_ == "comme" and (
        token.i == 1 or token.nbor(-1).is_sent_start or token.nbor(-2).text in {".", "\n"})


_VERBAL_POS = frozenset({VERB, AUX, ADJ})
_MISREAD_ONLY = frozenset({NOUN, ADV})  # (`misread_after_subject`; adjectives are verbal)
_PHRASE_END_POS = frozenset({NOUN, PROPN, ADJ, NUM})
"""What may end the noun phrase before a misread verb, as `opening_noun_phrase` reads it
(`Le gouvernement français juge que`: an adjective; `Le G7 juge`: a number)."""
_THIRD_PERSON_CLITIC_IDS = frozenset(hash_string(c) for c in THIRD_PERSON_CLITICS)
_AVOIR_ID = hash_string("avoir")
SUBJECT_PRONOUNS = frozenset({"il", "elle", "on", "ils", "elles"})
"""Pronouns that only ever stand before a verb: the tagger's noun after one (`Il alerte
sur …`, `Elle conseille de …`) is the verb."""
_SUBJECT_PRONOUN_IDS = frozenset(hash_string(p) for p in SUBJECT_PRONOUNS)
_CLOSING_IDS = frozenset(hash_string(m) for m in CLOSING_MARKS)
_COMMA_ID = hash_string(",")
_COMMA_OR_ET = frozenset({_COMMA_ID, hash_string("et"), hash_string(")")})
"""What may stand before a misread verb besides a noun phrase's last word: a comma or `et`
(`misread_after_et`), a short form in brackets (`L'Agence … (ANSM) alerte sur …`)."""
_OBJECT_CLITIC_IDS = frozenset(hash_string(c) for c in OBJECT_CLITICS_BEFORE_PARTICIPLE |
                               DIRECT_OBJECT_CLITICS)
_REFLEXIVE_IDS = frozenset(hash_string(c) for c in REFLEXIVE)
_QUE_OR_COLON_IDS = frozenset(hash_string(c) for c in ("que", "qu'", "qu’", ":"))
_GLUED_OR_MISREAD = frozenset({PROPN, NOUN, ADV})
"""Tags of a verb before its `que` the tagger misread: glued to a name, read as a noun."""


def _after_quotation(doc: Doc, i: int) -> bool:
    """`« … », tacle l'avocat`: right after a quotation and its comma stands the incise's
    verb, whatever the tagger says (`tacle` as a noun)."""
    return i > 1 and doc[i - 1].text == "," and doc[i - 2].text in CLOSING_MARKS


_LISTED: tuple[Lexicon | None, dict[tuple[int, int], bool]] = (None, {})
"""The lexicon `_may_be_listed` last answered for, and its answers by (form, lemma) hash:
kept from one doc to the next, as articles share most of their verb forms and each answer
tries several guessed infinitives (emptied past `_MAX_LISTED`, and for another lexicon)."""
_MAX_LISTED = 1 << 16


def _listed_memo(lex: Lexicon) -> dict[tuple[int, int], bool]:
    """`_LISTED`'s answers for `lex` (a lexicon is never changed once loaded)."""
    global _LISTED
    owner, memo = _LISTED  # (one read: another thread may replace the pair, never half)
    if owner is not lex or len(memo) > _MAX_LISTED:
        memo = {}
        _LISTED = (lex, memo)
    return memo


def _maybe_verbs(doc: Doc, lex: Lexicon) -> list[int]:
    """The tokens `_verb_entry` may take for a verb of `lex`: tagged a verb, auxiliary or
    adjective, before an inverted clitic, after `avoir`, a subject pronoun or a quotation's
    closing mark and comma, and of a form or lemma the lexicon may list (`_may_be_listed`);
    read in bulk (`Doc.to_array`), as about four tokens in five are none of these and
    building each one's Token cost more than the rest of cue finding."""
    tags, lows, lemmas = column(doc, POS), column(doc, LOWER), column(doc, LEMMA)
    n = len(tags)
    listed = _listed_memo(lex)  # (lower, lemma) → _may_be_listed
    words: list[str] | None = None  # (the forms and lemmas as strings, once a key needs them)
    lemma_words: list[str] = []
    out = []
    for i in range(n):
        if not (tags[i] in _VERBAL_POS or (
                i + 1 < n and lows[i + 1] in _THIRD_PERSON_CLITIC_IDS) or (
                i > 0 and (lemmas[i - 1] == _AVOIR_ID or
                           lows[i - 1] in _SUBJECT_PRONOUN_IDS)) or (
                i > 1 and lows[i - 1] == _COMMA_ID and lows[i - 2] in _CLOSING_IDS) or (
                i > 1 and lows[i - 1] in _OBJECT_CLITIC_IDS and (
                    lows[i - 2] == _COMMA_ID or tags[i - 2] in _PHRASE_END_POS)) or (
                i > 0 and lows[i - 1] in _THIRD_PERSON_CLITIC_IDS) or (  # `a-t-il dit`
                i > 2 and lows[i - 1] in _REFLEXIVE_IDS and lows[i - 2] == _COMMA_ID and
                lows[i - 3] in _CLOSING_IDS) or (  # `», s'enflamme X`
                i + 1 < n and lows[i + 1] in _QUE_OR_COLON_IDS and
                tags[i] in _GLUED_OR_MISREAD) or (
                i > 0 and tags[i] in _MISREAD_ONLY and (
                    tags[i - 1] in _PHRASE_END_POS or lows[i - 1] in _COMMA_OR_ET))):
            continue
        key = (lows[i], lemmas[i])
        found = listed.get(key)
        if found is None:
            if words is None:
                words, lemma_words = strings(doc, LOWER), strings(doc, LEMMA)
            found = listed[key] = _may_be_listed(words[i], lemma_words[i], lex)
        if found:
            out.append(i)
    return out


def clitic_subject_at(doc: Doc, j: int, subjects: frozenset[str] | set[str] = CLITIC_SUBJECTS,
                      limit: int | None = None) -> int | None:
    """The inverted clitic subject that token `j` is or opens (`-t-il`, or `-t` then `-il`
    when the tokenizer splits them), as a token index, or None."""
    limit = len(doc) if limit is None else limit
    if j >= limit:
        return None
    if doc[j].lower_ in subjects:
        return j
    split = doc[j].lower_ in {"-t", "-"} and j + 1 < limit and \
        "-" + doc[j + 1].lower_.lstrip("-") in subjects
    return j + 1 if split else None


def find_cues(doc: Doc, lex: Lexicon) -> list[Cue]:
    """All reporting-verb cues of the doc, left to right."""
    cues: list[Cue] = []
    for i in _maybe_verbs(doc, lex):
        token = doc[i]
        entry = _verb_entry(doc, token, lex)
        if entry is None:
            continue
        verb, tail = entry
        if verb.lemma in LITOTES_VERBS and not is_negated(token):
            continue  # `a caché la vérité`: hiding says nothing; `ne cache pas` does
        if names_an_alias(doc, token) or not_yet_said(token) or _au_dire_de(doc, token) or \
                so_called(doc, token, lex) or _received(doc, token) or _bare_epithet(doc, token):
            continue
        start = _cue_start(doc, token)
        governed = governed_incise_start(doc, token)
        if governed is not None:
            start = governed  # `», a tenu à préciser X`: the incise opens on `a`
        if start == token.i and start > 0 and doc[start - 1].dep_.startswith("aux") and \
                token.i < doc[start - 1].head.i < tail:
            start -= 1  # `a fait valoir`: the parser hangs the auxiliary on `valoir`
        end = tail
        clitic = None
        # inverted clitic subject: a-t-il déclaré / raconte-t-elle
        for j in range(start, min(tail + 3, len(doc))):
            found = clitic_subject_at(doc, j)
            if found is not None:
                clitic = found
                end = max(end, clitic + 1)
                break
        if start > 0 and (doc[start - 1].lower_ in {"-t", "-il", "-elle", "-t-il", "-t-elle"}):
            clitic = start - 1
        cues.append(Cue(token.i, verb, start, end, tail, clitic=clitic))
    _share_multiword_verbs(cues)
    for cue in cues:
        cue.incise = is_incise(doc, cue) or comma_less_incise(doc, cue)
    return cues


def not_yet_said(token: Token) -> bool:
    """An infinitive under a future or conditional `devoir`/`pouvoir` (`devra annoncer`,
    `pourrait affirmer`) or under `aller` (`va dire`) is speech to come, not speech
    reported, and so is one under a verb of intention (`entend évoquer`, `compte
    annoncer`). Not `va jusqu'à dire`, `ne peut que constater`, `a dû reconnaître`: said."""
    if not is_infinitive(token):
        return False
    while token.dep_ in {"conj", "advcl"} and token.head.i < token.i and \
            is_infinitive(token.head):
        token = token.head  # `devra rassembler …, affirmer …` (an enumeration of infinitives)
    modal = token.head
    if token.dep_ == "xcomp" and modal.lemma_ in INTENTION_VERBS and modal.i < token.i and \
            all(t.pos_ in {"ADV", "PART"} for t in token.doc[modal.i + 1:token.i]):
        return True  # `entend évoquer avec son homologue …`, `a entendu dire que …`; not
        # `ont entendu le ministre promettre …`, whose words the witnesses report
    if token.dep_ != "xcomp" or "Fin" not in morph(modal, "VerbForm") or \
            any(c.dep_.startswith("aux") for c in modal.children):
        return False
    between = {t.lower_.replace("’", "'") for t in token.doc[modal.i + 1:token.i]}
    if between & {"jusqu'", "jusqu'à", "jusque", "que", "qu'"}:
        return False
    if modal.lemma_ == "aller":
        return morph(modal, "Tense") in (["Pres"], ["Fut"])
    return modal.lemma_ in {"devoir", "pouvoir"} and (
        morph(modal, "Tense") == ["Fut"] or "Cnd" in morph(modal, "Mood"))


FLOATING_QUANTIFIERS = frozenset({"tous", "toutes", "chacun", "chacune"})
"""Words that float between a verb and the infinitive it governs (`se verraient tous
proposer`) and leave the construction unchanged."""


def _bare_epithet(doc: Doc, token: Token) -> bool:
    """`Pour les enseignants interrogés, …`, `les habitants sondés.`: a participle right
    after its noun, with nothing of its own before the punctuation, says which people (the
    ones questioned); it reports no words (`Interrogé sur ce point, X a …` opens a clause
    and keeps its cue)."""
    noun = doc[token.i - 1] if token.i > 0 else None
    return noun is not None and noun.pos_ in {"NOUN", "PROPN"} and \
        token.head.i == noun.i and token.dep_ in {"acl", "amod"} and \
        token.lower_.endswith(("é", "ée", "és", "ées")) and \
        token.i + 1 < len(doc) and doc[token.i + 1].text in {",", ".", ";", ")"} and \
        not any(c.i > token.i for c in token.children if not c.is_punct)


def _received(doc: Doc, token: Token) -> bool:
    """`Chaque salarié se verra proposer un poste`, `s'est vu reprocher …`: an infinitive
    under reflexive `voir` says what the subject was offered or told, a passive without
    its agent (Settled cases: no quote)."""
    if not is_infinitive(token) or token.i < 2:
        return False
    k = token.i - 1
    while k > 0 and (doc[k].pos_ == "ADV" or doc[k].lower_ in FLOATING_QUANTIFIERS):
        k -= 1  # `se verra sans doute proposer`, `se verraient tous proposer`
    voir = doc[k]
    if voir.lemma_ != "voir" and voir.lower_ not in {"vu", "vue", "vus", "vues"}:
        return False
    return any(doc[m].lower_.replace("’", "'") in {"se", "s'"}
               for m in range(max(0, k - 3), k))


def _au_dire_de(doc: Doc, token: Token) -> bool:
    """`Au dire de M. Roux, …`, `aux dires des voisins`: the noun of a source preposition
    (sources.py gives it the clause), never a verb whose subject is some earlier speaker."""
    return token.lower_ in {"dire", "dires"} and 0 < token.i < len(doc) - 1 and \
        doc[token.i - 1].lower_ in {"au", "aux"} and doc[token.i + 1].lower_ in DE_FORMS


def _share_multiword_verbs(cues: list[Cue]) -> None:
    """A verb inside a multi-word cue (`savoir` in `a fait savoir`) is that cue, not the
    bare verb: the parser often heads the phrase on its last verb, and quotes built from
    that token must carry the phrase's act (announcement, not `savoir`'s statement)."""
    for outer in cues:
        if len(outer.verb.words) < 2:
            continue
        for inner in cues:
            if outer.i < inner.i < outer.tail:
                inner.verb = outer.verb


def is_passive(verb: Token) -> bool:
    """A verb of saying with `être` and no reflexive is passive whatever the parser calls
    the auxiliary (`sont invités à …`): such verbs take `avoir` in compound tenses."""
    children = list(verb.children)
    if any(c.lower_.replace("’", "'") in {"se", "s'"} for c in children):
        return False  # `s'est insurgée contre …`: the parser may call the reflexive's `être`
        # a passive auxiliary; a reflexive verb of saying is active
    if any(c.dep_ == "aux:pass" for c in children):
        return True
    # (`lui était reprochée par le fisc`: the tagger may read the participle as a finite
    # subjunctive; `être` before a verb of saying is the passive all the same)
    form = morph(verb, "VerbForm")
    return ("Part" in form or (verb.pos_ == "VERB" and "Fin" in form)) and \
        any(c.dep_.startswith("aux") and c.lemma_ == "être" for c in children)
