"""The sentence around a cue: where the verb of saying stands in its sentence and what
comes between it and its content, when that is not the usual `X a déclaré que …`.

- `X, c'est ce qu'a affirmé Y` / `X : c'est ce qu'a annoncé Y` / `X, c'est du moins ce
  qu'assure Y`: the cleft points back to the clause before it in the same sentence (the
  sentence before is `spans.points_back`'s case, `C'est ce qu'a dit X` opening a sentence);
- `Ce que réclament les syndicats, c'est une hausse des salaires`: a pseudo-cleft, whose
  words said follow `c'est`;
- `La piscine fermera en juin : le maire l'a annoncé lundi`: the clause before is taken up
  by the object pronoun of the verb of saying;
- `En assurant que …, le ministre a …`: a gerund opening the sentence, whose content ends
  at the comma before the main clause and whose speaker is that clause's subject;
- `Le ministre a été ferme : …`: the lexicon's copula entries (`être clair`, `être
  ferme`) say how someone spoke before a colon; a thing or a figure (`Le résultat a été
  net : …`) as subject says nothing;
- `Le procureur, X, ancien juge passé par … et arrivé il y a trois ans, a indiqué que`: a
  long apposition (participles, `il y a`) between the subject and its verb, where the
  parse loses the subject;
- `a adressé une lettre à la ministre lui demandant de …`: a participle after a document
  noun speaks for the document's author, the subject of the verb that sent it, not for
  the addressee between;
- `est allé jusqu'à dire que`, `est venu dire que`: a verb of motion conjugated with
  `être` before the infinitive of saying, which the parser reads as a passive.

Why a module of its own: `quotes.py` routes each cue to a pass and `cues.py` is at its
size limit; these tests read the words around a cue and say which clause is its content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate, Cue, make_candidate
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import is_present_participle
from presswatch.nlp.participle_subjects import GERUND_OPENERS, is_gerund_form, is_noun_phrase
from presswatch.nlp.quote_filters import names_no_source
from presswatch.nlp.spans import first_char, last_content_char, points_back
from presswatch.nlp.subjects import subject_mention
from presswatch.textutil import doc_text

CLEFT_OPENERS = frozenset({",", ":", ";", "—", "–"})
"""What may end the clause a same-sentence cleft points back to (`X, c'est ce qu'…`,
`X : c'est ce qu'…`, `X ; c'est ce qu'…`)."""

CLEFT_REACH = 12
"""At most this many tokens between the comma and the cue: `c'est en tout cas ce qu'a`,
or `c'est ce que le maire a` with a short subject; further away it is no cleft of the cue."""


NAMING_VERBS = frozenset({"appeler", "nommer", "qualifier", "baptiser", "surnommer"})
"""Verbs that give their object a name (`ce qu'on appelle un abus`)."""


def names_what_went_before(doc: Doc, cue: Cue) -> bool:
    """`…, c'est ce qu'on appelle un passage en force`, `c'est ce que les juristes appellent
    un abus`: with its subject before the verb, a noun phrase right after a naming verb is
    what `ce que` is called, the verb naming the clause before, not reporting it (second
    reader, h40-review2). A quoted name (`ce que le maire a appelé « une victoire »`) is his
    words; `c'est ce qu'a affirmé le maire` has its subject after the verb."""
    k = cue.tail
    return cue.verb.lemma in NAMING_VERBS and k < len(doc) and doc[k].pos_ == "DET"


def cleft_in_sentence(doc: Doc, unit_start: int, cue_start: int) -> int | None:
    """`Les travaux reprendront en mai, c'est ce qu'a affirmé le préfet`: the index of the
    comma (or colon) after which `c'est ce qu'` opens the cue's words, when a clause of
    some length stands before it; None otherwise. The clause before is the content, as
    the sentence before is when the cleft opens a sentence."""
    for k in range(cue_start - 1, max(unit_start + 2, cue_start - CLEFT_REACH) - 1, -1):
        if doc[k].text in CLEFT_OPENERS and points_back(doc, k + 1, cue_start):
            if not any(doc[j].pos_ in {"VERB", "AUX"} for j in range(unit_start, k)):
                return None  # `Ce matin, c'est ce qu'a dit X`: no clause said before
            return k
    return None




def gerund_start(doc: Doc, verb: Token, first: int) -> int:
    """`En assurant que …, le ministre a …`, `Tout en reconnaissant que …, la ministre …`:
    where a gerund opens, `en` (and `tout`) before its present participle, so that a
    gerund opening its sentence shares the main clause's subject and ends at its comma as
    an opening participle does (`Estimant que …, les riverains …`); `first` otherwise
    (where an infinitive phrase opens, or the verb itself)."""
    k = verb.i
    if first != k or k == 0 or doc[k - 1].lower_ not in GERUND_OPENERS or \
            not is_gerund_form(verb):
        return first  # (`en accusant` tagged an infinitive: `en` + -ant is a gerund)
    k -= 1
    return k - 1 if k > 0 and doc[k - 1].lower_ == "tout" else k


MEASURE_NOUNS = frozenset({"bilan", "chiffre", "résultat", "estimation", "décompte",
                           "comptage", "recensement", "relevé", "donnée", "statistique",
                           "projection", "prévision", "constatation", "baromètre", "score"})
"""Figures and outcomes the lexicon lists as sources (`selon le bilan`, `selon les
résultats`) but which speak in no manner: `Le résultat a été clair : 60 % des voix` is
the writer's reading of a figure, not words said clearly (second reader, h40-review2)."""


def copula_of_a_thing(doc: Doc, cue: Cue, mention: tuple[int, int] | None, frame: str,
                      lex: Lexicon) -> bool:
    """Whether a copula entry of the lexicon (`être clair : …`, `a été ferme : …`) has no
    one to speak for it: no subject found, or a thing (`Le ciel était clair : pas un
    nuage`, `La situation est claire : …`), where the adjective describes, not a voice;
    or no colon after it (`Il est clair que …` is the writer's own judgement)."""
    if not cue.verb.lemma.startswith("être "):
        return False
    return frame != "colon" or mention is None or \
        names_no_source(doc, mention, lex, thing_object=True) or \
        doc[mention[0]: mention[1]].root.lemma_.lower() in MEASURE_NOUNS


def copula_subject(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """`Il a été clair : …`: the subject of a copula entry, which the parser hangs on the
    adjective (and reads `il` as impersonal, `il est clair que`); the colon frame makes
    it a person. None for other cues or when the adjective has no subject."""
    if not cue.verb.lemma.startswith("être "):
        return None
    adjective = doc[cue.end - 1]
    subject = next((c for c in adjective.children if c.i < cue.start and c.dep_ in {
        "nsubj", "expl:subj"}), None)
    if subject is None:
        return None
    return subject.left_edge.i, subject.i + 1



MOTION_VERBS = frozenset({"aller", "venir", "revenir", "monter", "descendre", "sortir",
                          "partir"})
"""Verbs of motion that take `être` and an infinitive of saying after them (`est allé
jusqu'à dire`, `est venu expliquer`, `est revenu affirmer`)."""


def moves_to_speak(governor: Token) -> bool:
    """`Il est allé jusqu'à dire que …`, `Elle est venue expliquer que …`: the infinitive's
    governor is a verb of motion, whose `être` the parser labels a passive auxiliary;
    its subject goes on to speak (a passive governor, `a été hué avant de déclarer`, or
    `a été invité à dire`, reports nobody's words)."""
    return governor.lemma_ in MOTION_VERBS


RELATIVE_OPENERS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})
"""Words after which a finite verb belongs to a relative clause inside an apposition."""


def _finite_outside_relatives(doc: Doc, lo: int, hi: int) -> bool:
    """Whether a finite verb stands in `lo`…`hi` outside a relative clause and outside `il y
    a` (`arrivé il y a trois ans`: a date, no clause of the apposition's own)."""
    relative = False
    for k in range(lo, hi):
        t = doc[k]
        relative = relative or t.lower_ in RELATIVE_OPENERS
        if relative or t.pos_ not in {"VERB", "AUX"} or "Fin" not in morph(t, "VerbForm"):
            continue
        if k >= 2 and doc[k - 1].lower_ == "y" and doc[k - 2].lower_ == "il":
            continue
        return True
    return False


def apposed_subject(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """`Le procureur de Valmont, Paul Roux, magistrat passé par le pôle financier et nommé
    il y a deux ans, a indiqué que …`: the noun phrase opening the sentence (its name in
    the next commas when one follows) is the subject of a verb the last comma of a long
    apposition leads to; None when the words before the verb are not so built."""
    prev = cue.start - 1
    if prev < 3 or doc[prev].text != ",":
        return None
    first = prev  # (the parser's sentence may start inside the apposition: `il y a`)
    while first > 0 and doc[first - 1].text not in {".", "!", "?"} and \
            "\n" not in doc[first - 1].text:
        first -= 1
    commas = [t.i for t in doc[first:prev] if t.text == ","]
    if not commas or doc[first].pos_ not in {"DET", "PROPN"} or \
            not is_noun_phrase(doc, first, commas[0]) or any(
            t.text in {":", ";", "«", "»", "(", ")"} for t in doc[first:prev]):
        return None
    subject, aside = (first, commas[0]), commas[0] + 1
    if len(commas) > 1 and all(t.pos_ == "PROPN" for t in doc[commas[0] + 1:commas[1]]):
        subject, aside = (commas[0] + 1, commas[1]), commas[1] + 1  # its name
    if aside >= prev or _finite_outside_relatives(doc, aside, prev):
        return None
    return subject


SENT_DOCUMENTS = frozenset({"media"})
"""The class of `data/speaker_nouns.tsv` that holds documents (`lettre`, `communiqué`,
`motion`, `note`)."""

AUTHORING_VERBS = frozenset({"publier", "adresser", "envoyer", "diffuser", "signer",
                             "rédiger", "transmettre", "poster", "remettre", "déposer",
                             "lire", "écrire", "adopter", "voter", "cosigner"})
"""Verbs whose subject is the author of the document they take as object (`a publié un
communiqué`, `ont adressé une lettre`, `a déposé une motion`); not `recevoir`, `citer`."""

DOCUMENT_REACH = 8
"""At most this many tokens between the document noun and its participle (`une lettre à
la ministre de la Santé lui demandant`)."""


def document_author(doc: Doc, cue: Cue, lex: Lexicon) -> tuple[int, int] | None:
    """`Le collectif a adressé une lettre à la ministre lui demandant de …`, `Les riverains
    ont publié une lettre ouverte dénonçant …`: a present participle after the object of a
    verb, that object a document noun, reports the document's words, whose author is
    that verb's subject; None for any other cue."""
    verb = doc[cue.i]
    if not is_present_participle(verb) or cue.start == 0 or \
            doc[cue.start - 1].is_punct or doc[cue.start - 1].lower_ == "en":
        return None
    for k in range(cue.start - 1, max(-1, cue.start - 1 - DOCUMENT_REACH), -1):
        t = doc[k]
        if t.is_punct or t.pos_ in {"VERB", "AUX"}:
            return None
        if t.pos_ == "NOUN" and lex.speaker_nouns.get(t.lemma_.lower(), ("",))[0] in \
                SENT_DOCUMENTS:
            if t.dep_ != "obj" or t.head.lemma_ not in AUTHORING_VERBS or t.head.i > k:
                return None  # (`a reçu une lettre des habitants dénonçant …`: not his)
            return subject_mention(doc, t.head)
    return None


PSEUDO_CLEFT_OPENERS = (("ce", "que"), ("ce", "qu'"), ("ce", "dont"))
"""`Ce que …`, `Ce qu'…`, `Ce dont …` opening a pseudo-cleft (`Ce que réclament les
syndicats, c'est …`)."""

IT_IS = frozenset({"c'", "ce"})


def said_after_cest(doc: Doc, cue: Cue, unit: tuple[int, int], lex: Lexicon
                    ) -> list[Candidate]:
    """`Ce que réclament les syndicats, c'est une hausse des salaires`, `Ce que le maire a
    annoncé, c'est la fermeture de la piscine`: the relative that opens the sentence holds
    the verb of saying and its speaker (after the verb, or before it), and the words after
    `, c'est` are what was said. Empty when the unit is not so built."""
    first = unit[0]
    while first < cue.start and doc[first].is_space:
        first += 1
    if first + 1 >= cue.start or (doc[first].lower_, doc[first + 1].lower_.replace(
            "’", "'")) not in PSEUDO_CLEFT_OPENERS or cue.start - first > 8:
        return []
    comma = next((k for k in range(cue.end, unit[1] - 2) if doc[k].text == ","), None)
    if comma is None or doc[comma + 1].lower_.replace("’", "'") not in IT_IS or \
            doc[comma + 2].lemma_ != "être" or comma - cue.end > 8:
        return []
    text = doc_text(doc)
    start = first_char(text, doc[comma + 3].idx) if comma + 3 < unit[1] else len(text)
    last = doc[unit[1] - 1]
    end = last_content_char(text, start, last.idx + len(last))
    if end - start < 3:
        return []
    if first + 2 < cue.start:  # `Ce que le maire a annoncé`: the subject before the verb
        mention = subject_mention(doc, doc[cue.i], cue.tail) or (first + 2, cue.start)
    else:  # `Ce que réclament les syndicats`: the inverted subject, up to the comma
        mention = (cue.end, comma)
    return [make_candidate(start, end, "que", cue, mention)]


RESUMING_PRONOUNS = frozenset({"l'", "le"})
"""Object pronouns that take up a clause said before (`le maire l'a annoncé`)."""
CLAUSE_ENDS = frozenset({",", ":", ";"})


def clause_taken_up(doc: Doc, cue: Cue, unit_start: int) -> int | None:
    """`La piscine fermera en juin : le maire l'a annoncé lundi`, `…, la ministre l'a
    confirmé`: the verb's object pronoun takes up the clause before the punctuation that
    precedes its subject; that punctuation's index, or None (no pronoun, no subject, no
    clause with a finite verb of its own before)."""
    verb = doc[cue.i]
    if "que" not in cue.verb.frames:
        return None  # (`il l'a présenté aux élus`: the pronoun is a thing shown)
    pronoun = next((c for c in verb.children if c.i < cue.start + 2 and c.i < verb.i and
                    c.lower_.replace("’", "'") in RESUMING_PRONOUNS and c.pos_ == "PRON"),
                   None)
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i),
                   None)
    if pronoun is None or subject is None:
        return None
    k = subject.left_edge.i - 1
    if any(t.lower_ in {"comme", "ainsi"} for t in doc[max(0, k):verb.i]):
        return None  # `…, comme X l'avait annoncé`: `incises.subject_first_comme`'s case
    if k <= unit_start + 1 or doc[k].text not in CLAUSE_ENDS or not any(
            t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
            for t in doc[unit_start:k]):
        return None
    return k
