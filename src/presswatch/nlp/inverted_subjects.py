"""Who speaks after the verb: the inverted subject of an incise or a verb that comes first
(`», a expliqué mardi le maire`, `a déclaré à l'AFP le ministre, Paul Roux`), without the
when, where and to whom around it. `nlp/subjects.py` finds subjects before the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon, fold
from presswatch.nlp.candidates import Cue
from presswatch.nlp.circumstances import (
    CHANNEL_SPOTS,
    CIRCUMSTANCE_PREPOSITIONS,
    addressee_end,
    says_when,
    skip_circumstance,
)
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import ROLE_AFTER_EN
from presswatch.nlp.name_spans import article_person_spans, through_hyphens
from presswatch.nlp.people import is_title
from presswatch.nlp.source_phrases import apposed_name_end
from presswatch.nlp.spans import np_span, pp_np_end, with_rank


def inverted_name_follows(doc: Doc, cue: Cue) -> bool:
    """`« A, observe François Heisbourg, conseiller … B »`: a finite verb followed by a
    person's name, inside a quotation, is an incise even when the parser gave the verb a
    subject from the quoted words."""
    verb = doc[cue.i]
    if "Fin" not in morph(verb, "VerbForm"):
        return False
    j = cue.tail
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    return j < len(doc) and (doc[j].ent_type_ == "PER" or is_title(doc[j]))


def incise_addressee(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """`», a déclaré à l'AFP le ministre`: whom the inverted verb was said to."""
    j = cue.end if cue.clitic is not None else cue.tail
    while j < len(doc) and (doc[j].pos_ == "ADV" or doc[j].is_space):
        j += 1
    end = addressee_end(doc, j)
    return (j + 1, end) if end > j else None


def _clip_to_name(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """`a déclaré Hervé Renard en conférence de presse`: the speaker is the name, not the
    prepositional phrase the parser hung on it."""
    lo, hi = span
    for k in range(lo, hi):
        if doc[k].ent_type_ == "PER" and doc[k].ent_iob_ == "B":
            end = k + 1
            while end < hi and doc[end].ent_iob_ == "I":
                end += 1
            if end < hi and doc[end].pos_ == "ADP":
                return lo, end
            break
    return span


ON_PLACES = frozenset({"à", "au", "aux", "dans", "chez", "auprès"})
"""Prepositions after `indique-t-on` that say whose side `on` speaks for."""


def inverted_subject(doc: Doc, cue: Cue, lex: Lexicon) -> tuple[int, int] | None:
    """Who speaks after the incise's verb (`», a prévenu Météo-France`): the subject the
    rules below find, carried over a hyphen glued between capitalised words, which the
    tokenizer split (`Météo` `-` `France`)."""
    found = _inverted_subject(doc, cue, lex)
    return None if found is None else with_rank(doc, through_hyphens(doc, *found))


def _inverted_subject(doc: Doc, cue: Cue, lex: Lexicon) -> tuple[int, int] | None:
    if cue.verb.lemma in LEARNT_FROM:
        return _learnt_from(doc, cue)
    if cue.clitic is not None:
        k = cue.clitic + 1
        if doc[cue.clitic].lower_.lstrip("-") == "on" and k + 1 < len(doc) and \
                doc[k].lower_ in ON_PLACES:
            # `indique-t-on à l'Élysée`, `explique-t-on dans l'entourage du ministre`
            k += 2 if doc[k].lower_ == "auprès" and doc[k + 1].lower_ in {"de", "du"} else 1
            end = pp_np_end(doc, k, len(doc))
            if end > k:
                return k, end
        if doc[cue.clitic].lower_.lstrip("-") == "on" and k + 1 < len(doc) and \
                doc[k].lower_.replace("’", "'") in {"de", "d'"} and \
                doc[k + 1].lower_ in {"source", "sources"}:
            # `indique-t-on de source diplomatique`: the kind of source, as after
            # `a-t-on appris de source policière`
            return k + 1, max(pp_np_end(doc, k + 1, len(doc)), k + 2)
        return cue.clitic, cue.clitic + 1
    if (named := _person_after_medium(doc, cue, lex)) is not None:
        return _with_apposed_name(doc, named, lex)
    token = doc[cue.i]
    # (not a subject past another verb: `explique son avocat, Me X, qui justifie ce recours,
    # et explique dans quel état est son client` hung `son client` on the first verb)
    subj = [c for c in token.children if c.dep_.startswith("nsubj") and c.i > cue.i and
            not any(doc[k].pos_ == "VERB" for k in range(cue.tail, c.i))]
    if subj and skip_circumstance(doc, (span := np_span(doc, subj[0]))[0], commas=False) \
            >= span[1]:
        subj = []  # `a prévenu le mois dernier l'entraîneuse`: the parse's subject is when
    if subj:
        lo, hi = _clip_to_name(doc, np_span(doc, subj[0]))
        lo = max(lo, cue.tail)  # (a parse that hangs the verb inside its own subject)
        lo = max(lo, min(skip_circumstance(doc, lo), subj[0].i))  # `ce mercredi 24 août le …`
        # `à l'AFP Amina Bintou Diallo`: a first name the parser hung on the addressee
        after = addressee_end(doc, skip_circumstance(doc, cue.tail))
        if after < lo <= after + 2 and all(doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
                                           for k in range(after, lo)):
            lo = after
        return _with_apposed_name(doc, _without_circumstance(doc, (lo, hi), lex), lex)
    j = skip_circumstance(doc, cue.tail)
    j = addressee_end(doc, j)  # `a expliqué à France Bleu Xavier Garrabé`
    if j < len(doc) and doc[j].like_url:
        return j, j + 1  # `…, rapporte lefaso.net`: the site the tagger took for a word
    if j + 1 < len(doc) and doc[j].pos_ not in {"DET", "PROPN", "NOUN", "PRON"} and \
            doc[j].text[:1].isupper() and doc[j].is_alpha and \
            doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
        k = j + 1  # `a déclaré Per Eklund`: a first name the tagger read as another word
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            k += 1
        return j, k
    if j < len(doc) and (doc[j].pos_ in {"DET", "PROPN", "NOUN", "PRON"} or
                         is_title(doc[j]) or doc[j].ent_type_ == "PER"):
        head = doc[j]
        if head.pos_ == "DET":  # `a affirmé le prévenu`: the parser may hang `le` elsewhere
            head = next((doc[k] for k in range(j + 1, min(j + 4, len(doc)))
                         if doc[k].pos_ in {"NOUN", "PROPN"}), head)
        # climb to the phrase head that stays after the verb
        while head.head.i != head.i and head.head.i >= j and head.dep_ in {
                "det", "amod", "flat:name", "case", "nmod", "compound"} and head.head.i < j + 12:
            head = head.head
        lo, hi = np_span(doc, head)
        if doc[j].ent_type_ == "PER":
            k = j
            while k < len(doc) and doc[k].ent_type_ == "PER" and not (
                    k > j and doc[k].ent_iob_ == "B"):
                k += 1
            hi = k  # `a ajouté Bruno Le Maire`, not `… Le Maire en conférence de presse`
        # (a verb the tagger took for the subject's adjective is inside its noun phrase)
        lo = min(lo, j) if lo > cue.i else j
        return _with_apposed_name(doc, _without_circumstance(doc, (lo, hi), lex), lex)
    return _subject_after_long_aside(doc, cue)


MEDIUM_WORDS = 4
"""Longest medium's name (`Lyon Capitale`, `Paris Normandie`) read before a speaker's name."""


def _person_after_medium(doc: Doc, cue: Cue, lex: Lexicon) -> tuple[int, int] | None:
    """`a déclaré à Lyon Capitale Karim Haddad, délégué …`: after `à`, a run of capitalised
    words that a first name (the first-name lexicon) cuts in two, the run closing the incise,
    is a medium's name the recogniser did not bound (a town, a common noun: `Var Matin`),
    then the speaker's name; the name, not the medium's last word, speaks."""
    j = skip_circumstance(doc, cue.tail)
    if j >= len(doc) or doc[j].lower_ not in {"à", "au"}:
        return None
    k = j + 1
    while k < len(doc) and doc[k].pos_ == "DET" and k - j < 3:
        k += 1
    end = k
    while end < len(doc) and end - k < MEDIUM_WORDS + 3 and doc[end].text[:1].isupper() and \
            doc[end].is_alpha and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if end < len(doc) and not doc[end].is_punct:
        return None
    first = next((m for m in range(k + 1, min(end - 1, k + MEDIUM_WORDS + 1))
                  if fold(doc[m].text.split("-")[0]) in lex.first_names), None)
    return None if first is None else (first, end)


LONG_ASIDE_TOKENS = 60
"""How far past an incise's verb an aside set off by commas may run before the subject
that closes the sentence (`», a conclu, sous les applaudissements …, l'édile.`)."""


def _subject_after_long_aside(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """`« … », a déclaré, en ouvrant le dépouillement à l'école puis en le clôturant trois
    heures plus tard à la salle des fêtes, le maire de Saint-Ours.`: an incise verb followed
    by a comma, an aside too long or too varied to skip as a circumstance, and a noun
    phrase after the aside's last comma that ends the sentence: that phrase speaks."""
    k = cue.tail
    if k >= len(doc) or doc[k].text != ",":
        return None
    end = next((j for j in range(k + 1, min(len(doc), k + LONG_ASIDE_TOKENS))
                if doc[j].text in {".", "!", "?", ";"} or doc[j].text in '«»"“”' or
                doc[j].is_sent_start), None)
    if end is None or doc[end].text not in {".", "!", "?", ";"}:
        return None
    comma = max((j for j in range(k + 1, end) if doc[j].text == ","), default=None)
    if comma is None or comma + 1 >= end:
        return None
    lo = comma + 1
    words = doc[lo:end]
    if not (words[0].pos_ in {"DET", "PROPN"} or is_title(words[0]) or
            words[0].ent_type_ == "PER") or \
            any(t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} for t in words):
        return None
    return lo, end


LEARNT_FROM = frozenset({"apprendre"})
"""Verbs whose incise names the reporter, not the source: `…, a-t-on appris auprès de la
gendarmerie`, `…, a appris l'AFP de source policière` (the source follows `auprès de`)."""


def _learnt_from(doc: Doc, cue: Cue) -> tuple[int, int] | None:
    """The source after `auprès de` or `de source`, past a date or a reporter; None
    when the words say no source (`a-t-on appris`)."""
    end = next((k for k in range(cue.tail, len(doc)) if doc[k].is_sent_start or
                doc[k].text in {".", ";", "«", "»", '"'}), len(doc))
    for k in range(cue.tail, end - 1):
        low, nxt = doc[k].lower_, doc[k + 1].lower_.replace("’", "'")
        if low == "auprès" and nxt in {"de", "du", "des", "d'"}:
            start = k + 2 if nxt in {"de", "d'"} else k + 1
        elif k == cue.tail and (low in {"du", "des"} or (
                low.replace("’", "'") in {"de", "d'"} and doc[k + 1].pos_ in {"DET", "PROPN"})):
            start = k + 1  # `a-t-on appris du gouverneur`, `de la direction`: `de` right
            # after the verb names whom it was learnt from; `du côté de X`: X
            if start + 1 < end and doc[start].lower_ in {"côté", "côtés"} and \
                    doc[start + 1].lower_.replace("’", "'") in {"de", "d'", "du", "des"}:
                start += 2
        elif low in {"source", "sources"} and k > cue.tail and \
                doc[k - 1].lower_ in {"de", "d'", "d’"}:
            start = k  # `de source policière`, `de sources concordantes`: the kind
        else:
            continue
        stop = pp_np_end(doc, start, end)
        stop = next((j for j in range(start + 1, stop) if says_when(doc, j)), stop)
        return (start, stop) if stop > start else None  # (`de source judiciaire ce mardi`)
    return None


def _with_apposed_name(doc: Doc, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """`lance l'organisateur, Xavier Duportet, au siège …`: a name right after an inverted
    role is its apposition, wherever the parser hung it."""
    lo, hi = span
    head = doc[lo:hi].root
    if lex.noun_class(head) not in {"role", "group"}:
        return span
    end = apposed_name_end(doc, hi, len(doc), SENTENCE_CLOSERS)
    named_already = doc[hi - 1].ent_type_ == "PER" and doc[hi - 1].pos_ == "PROPN"
    if end == hi and not named_already and (longer := _role_complement_end(doc, hi)) > hi:
        named = apposed_name_end(doc, longer, len(doc), SENTENCE_CLOSERS)
        if named > longer:
            return lo, named  # `le coordonnateur à la prévention et aux communications
            # de la SOPFEU, Stéphane Caron`: the role's `à` complement, then the name
    return lo, end if end > hi else _apposed_person_end(doc, hi, lex)


def _role_complement_end(doc: Doc, k: int) -> int:
    """Where a role's complements opened by `à` or `en` end (`adjoint aux transports`,
    `délégué à la prévention et aux communications de la SOPFEU`, `l'économiste en chef de
    la banque X`), or `k` when none opens there."""
    end = k
    while end + 1 < len(doc) and (doc[end].lower_ in {"à", "au", "aux"} or (
            doc[end].lower_ == "en" and doc[end + 1].lower_ in ROLE_AFTER_EN)):
        end = pp_np_end(doc, end + 1, len(doc))  # (`l'économiste en chef de la banque X`)
        if end + 1 < len(doc) and doc[end].lower_ == "et" and \
                doc[end + 1].lower_ in {"à", "au", "aux"}:
            end += 1
    return end


def _apposed_person_end(doc: Doc, hi: int, lex: Lexicon) -> int:
    """`a tweeté la présidente du Parlement, la Maltaise Itziar Etxeberria.`: a name the
    model tagged as a place (not a person) but the article's people hold (`name_spans.py`),
    set off by a comma after the role, a demonym or a title word before it, is the role's
    apposition too; the end past it, or `hi`."""
    first = hi + 1
    if hi >= len(doc) or doc[hi].text != ",":
        return hi
    if first + 2 < len(doc) and doc[first].lower_ in {"le", "la", "l'", "l’"} and \
            doc[first + 1].is_title:
        first += 2
    for a, b in article_person_spans(doc, lex):
        if a == first and (b == len(doc) or doc[b].text in SENTENCE_CLOSERS):
            return b
    return hi


INVERTED_SUBJECT_STOPS = CIRCUMSTANCE_PREPOSITIONS | {"avec"}
"""Prepositions that end an inverted subject: where, how, and with whom it was said
(`plaisante la ministre avec le député`: the député is not a second speaker)."""
SENTENCE_CLOSERS = frozenset({",", ".", ";", "!", "?", "…", ")"})


def _without_circumstance(doc: Doc, span: tuple[int, int], lex: Lexicon
                          ) -> tuple[int, int]:
    """`précise le groupe dans un communiqué`: where or how it was said is not the
    speaker; the inverted subject stops at such a preposition."""
    lo, hi = span
    hi = next((k for k in range(lo + 1, hi) if doc[k].lower_ in INVERTED_SUBJECT_STOPS
               and (doc[k].pos_ == "ADP" or _lors_de(doc, k)) and not (
                   k + 1 < len(doc) and doc[k + 1].lower_ in ROLE_AFTER_EN)), hi)
    # `a confié le Lyonnais au micro de Canal+`: the medium's microphone is where
    hi = next((k for k in range(lo + 1, hi) if _at_a_channel(doc, k)), hi)
    # `a demandé le journaliste Marc Duval au maire, X`: after the speaker's name, `à`
    # opens whom it was said to (a role's own `aux transports` comes before the name)
    hi = next((k for k in range(lo + 1, hi) if doc[k].lower_ in {"à", "au", "aux"} and
               doc[k].pos_ == "ADP" and doc[k - 1].ent_type_ == "PER" and
               doc[k - 1].pos_ == "PROPN"), hi)
    # `ont déclaré des témoins lundi`: the date after the subject is when, not who
    hi = next((k for k in range(lo + 1, hi) if says_when(doc, k) and doc[k].pos_ != "PROPN"),
              hi)
    # `a déclaré l'Espagnol, les larmes aux yeux`: after a comma, words that neither name
    # nor describe anyone are the circumstance, not an apposition
    for k in range(lo + 1, hi):
        if doc[k].text == "," and not any(
                t.pos_ == "PROPN" or t.ent_type_ == "PER" or is_title(t) or
                lex.noun_class(t) == "role"
                for t in doc[k + 1: hi]):
            return lo, k
    return lo, hi


def _lors_de(doc: Doc, k: int) -> bool:
    """`lors de`, `lors d'un déplacement`: a preposition whatever the tagger calls `lors`
    (an adverb the parser then hangs on the subject's noun)."""
    return doc[k].lower_ == "lors" and k + 1 < len(doc) and \
        doc[k + 1].lower_.replace("’", "'") in {"de", "d'", "du", "des"}


def _at_a_channel(doc: Doc, k: int) -> bool:
    """`au micro de`, `à l'antenne de`: a preposition opening the spot of a medium where the
    words were said (a `sur` or `dans` already ends the subject)."""
    if doc[k].lower_ not in {"au", "à"} or k + 1 >= len(doc):
        return False
    j = k + 2 if doc[k + 1].lower_ in {"l'", "l’", "la", "le"} else k + 1
    return j < len(doc) and doc[j].lemma_.lower() in CHANNEL_SPOTS
