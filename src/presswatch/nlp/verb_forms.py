"""Forms of a verb of saying the tagger or the lemmatizer miss, in the frames French
writes reported speech in (session 29's verb × frame matrix: every verb of
`data/reporting_verbs.tsv` in every frame it takes):

- the simple past's third person (`indiqua`, `lança`, `jugea`, `sous-entendit`) and a
  stem whose last vowel the present or future writes `è` (`grommèle`, `martèle`,
  `assènera`), which the lemmatizer leaves as they stand;
- a past participle after an inverted auxiliary (`», a-t-il bredouillé.`), which the
  tagger reads as a noun;
- a verb the tagger glued to the name before it (`Paul Martin indiqua que`, `Claire
  Dupont analyse : « … »`: a lower-case `flat:name`);
- a present participle before `que` after `en` or a comma (`en argumentant que`, `,
  chuchotant que`), read as a noun;
- an incise's reflexive verb after a quotation (`», s'enflamme X.`);
- an inverted subject between a multi-word expression's verb and the rest of it (`»,
  fait-il remarquer`, `», met-il en garde`).

Why a module of its own: `cues.py` finds the cues and is near its size limit; these are
tests on a word and its neighbours, asked from there.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from presswatch.nlp.french import CLOSING_MARKS

INVERTED_SUBJECTS = frozenset({"-t-il", "-il", "-t-elle", "-elle", "-on", "-t-on", "-ils",
                               "-elles", "-t-ils", "-t-elles", "-t"})
"""An inverted subject as the tokenizer gives it (`-t-il`, or `-t` then `-il`)."""

SIMPLE_PAST_ENDINGS = (("ça", "cer"), ("gea", "ger"), ("a", "er"), ("dit", "dre"),
                       ("dirent", "dre"), ("çèrent", "cer"), ("çant", "cer"),
                       ("geant", "ger"), ("enant", "enir"), ("du", "dre"))
"""Third-person simple past endings and the infinitive ending they come from (`lança` ←
`lancer`, `jugea` ← `juger`, `répondit` ← `répondre`), and present participles whose stem
the spelling changed (`énonçant` ← `énoncer`, `convenant` ← `convenir`), and the past
participle of a verb in -dre (`sous-entendu` ← `sous-entendre`). `-it` → `-ir`,
`-èrent` → `-er` and `-ant` → `-er` are already among the cue finder's guesses."""

REFLEXIVES = frozenset({"se", "s'", "s’"})


@functools.lru_cache(maxsize=1 << 12)
def form_guesses(lower: str) -> tuple[str, ...]:
    """Infinitives a third-person form may come from that the lemmatizer misses: the
    simple past (`indiqua` → `indiquer`), and a last stem vowel written `è` where the
    infinitive has `e` (`grommèle` → `grommeler`, `assènera` → `assener`), and a form in
    `-it` of a verb in `-ire` (`décrit` → `décrire`, which the tagger may read as a noun)."""
    low = lower.replace("’", "'")
    out: list[str] = [low[:-1] + "re"] if low.endswith("it") and len(low) > 4 else []
    for ending, infinitive in SIMPLE_PAST_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            out.append(low[: -len(ending)] + infinitive)
    k = low.rfind("è")
    if k > 0 and k >= len(low) - 7:
        for vowel in ("e", "é"):  # (`grommèle` ← grommeler, `tempère` ← tempérer)
            bare = low[:k] + vowel + low[k + 1:]
            ending = next((e for e in ("eraient", "erait", "eront", "era", "ent", "e")
                           if bare.endswith(e) and len(bare) > len(e) + 2), None)
            if ending is not None:
                out.append(bare[: -len(ending)] + "er")
    return tuple(out)


def participle_after_inverted_auxiliary(doc: Doc, i: int) -> bool:
    """`», a-t-il bredouillé.`, `», avait-elle résumé`: a lower-case word right after an
    inverted subject whose auxiliary is `avoir` or `être` is a past participle, whatever
    the tagger says (it reads `bredouillé` as a noun, the parser a parataxis)."""
    return inverted_auxiliary_before(doc, i) is not None


def inverted_auxiliary_before(doc: Doc, i: int) -> int | None:
    """The auxiliary (`a`, `est`, `avait`) before the inverted subject right before a
    lower-case participle at `i` (`a-t-il bredouillé`, `s'est-elle plainte`), or None."""
    if not doc[i].text.islower() or not doc[i].lower_.endswith(
            ("é", "ée", "és", "ées", "i", "ie", "u", "ue", "is", "ise", "it", "te", "ts")):
        return None
    k = i - 1
    while k > 0 and doc[k].lower_ in INVERTED_SUBJECTS and i - k <= 2:
        k -= 1
    return k if k < i - 1 and doc[k].lemma_ in {"avoir", "être"} else None


def reflexive_before_inverted_auxiliary(doc: Doc, i: int) -> bool:
    """`», s'est-elle enflammée`: the reflexive stands before the auxiliary, which the
    inverted subject separates from the participle at `i`."""
    aux = inverted_auxiliary_before(doc, i)
    return aux is not None and aux > 0 and doc[aux - 1].lower_ in REFLEXIVES


def infinitive_before_que(doc: Doc, token: Token) -> bool:
    """`a voulu hurler que …`, `a tenu à tweeter que …`: a lower-case word in -er, -ir or
    -re right before `que`, after a verb or after that verb's `à` / `de`, is an infinitive
    whatever the tagger says (it reads `hurler`, `tweeter` as nouns)."""
    i = token.i
    if not token.text.islower() or not token.lower_.endswith(("er", "ir", "re")) or \
            i < 2 or i + 1 >= len(doc) or doc[i + 1].lower_.replace("’", "'") not in {
                "que", "qu'"}:
        return False
    k = i - 1
    if doc[k].lower_ in {"à", "de", "d'", "d’"}:
        k -= 1
    return doc[k].pos_ in {"VERB", "AUX"} and doc[k].lemma_ not in {"avoir", "être"}


def singular_of_enir(token: Token, guesses: list[str]) -> list[str]:
    """`Il convient que …`, `», convient X`: a singular form in -ient is a verb in -enir
    (`convenir`); the lemmatizer gives `convier`, whose singular is `convie`. The -enir
    guess goes first then."""
    if not token.lower_.endswith("ient") or "Plur" in token.morph.get("Number"):
        return guesses
    first = [g for g in guesses if g.endswith("enir")]
    return first + [g for g in guesses if g not in first]


def glued_to_a_name(doc: Doc, token: Token) -> bool:
    """`Paul Martin indiqua que …`, `Claire Dupont analyse : « … »`: a lower-case word the
    tagger made part of the proper name before it (`flat:name`) cannot be a name's word
    when a verb's `que` or a colon and a quotation follow it; it is the sentence's verb."""
    i = token.i
    if token.pos_ != "PROPN" or not token.text.islower() or i == 0 or i + 1 >= len(doc) or \
            doc[i - 1].pos_ != "PROPN" or not doc[i - 1].text[:1].isupper():
        return False
    nxt = doc[i + 1]
    return nxt.lower_.replace("’", "'") in {"que", "qu'"} or (
        nxt.text == ":" and i + 2 < len(doc) and doc[i + 2].text in {"«", "“", '"'})


GERUND_LOOKALIKES = frozenset({"maintenant", "pendant", "cependant", "durant", "avant",
                               "étant", "tant", "néanmoins", "sachant"})
"""Words in -ant that are conjunctions or prepositions before `que` (`maintenant que`,
`pendant que`), never a participle of saying there, except after `en` (`tout en
maintenant que`: a gerund)."""


def participle_before_que(doc: Doc, token: Token) -> bool:
    """`en argumentant que …`, `…, chuchotant que …`, `en s'agaçant que …`: a lower-case
    word in -ant right before `que`, after `en` or a comma (a reflexive between), is a
    present participle, whatever the tagger says (it reads `argumentant`, `militant` as
    nouns)."""
    i = token.i
    if not token.text.islower() or not token.lower_.endswith("ant") or i == 0 or (
            token.lower_ in GERUND_LOOKALIKES and doc[i - 1].lower_ != "en") or \
            i + 1 >= len(doc) or \
            doc[i + 1].lower_.replace("’", "'") not in {"que", "qu'"}:
        return False
    k = i - 1
    if doc[k].lower_ in REFLEXIVES and k > 0:
        k -= 1
    return doc[k].lower_ == "en" or doc[k].text == ","


def reflexive_after_quotation(doc: Doc, i: int) -> bool:
    """`« … », s'enflamme X.`: a reflexive pronoun between the quotation's comma and the
    word at `i` makes that word the incise's verb, as the comma alone does."""
    return i > 2 and doc[i - 1].lower_ in REFLEXIVES and doc[i - 2].text == "," and \
        doc[i - 3].text in CLOSING_MARKS


def past_inverted_subject(doc: Doc, j: int) -> int:
    """Where a multi-word expression goes on after its verb: past an inverted subject
    (`fait-il remarquer`, `met-elle en garde`, `hausse-t-il le ton`); `j` when none
    stands there."""
    k = j
    while k < len(doc) and doc[k].lower_ in INVERTED_SUBJECTS and k - j < 2:
        k += 1
    return k


def reflexive_en_before(doc: Doc, i: int) -> bool:
    """Whether `s'en` stands before the verb at `i`, auxiliaries between (`s'en prend`,
    `s'en est pris`): the entries written `s'en …` (`s'en prendre`) are read there."""
    k = i - 1
    while k > 1 and doc[k].pos_ == "AUX" and doc[k].lemma_ == "être":
        k -= 1
    return k > 0 and doc[k].lower_ == "en" and doc[k - 1].lower_ in REFLEXIVES
