"""What a quote's words, cue and grammar say about its speech act, as sparse features.

The speech-act model (`nlp/act_model.py`) weighs these; the rules of `nlp/acts.py` are one
of them (`rule=…`), so the model learns where the hand-written reading is right and where
the gold annotation judges otherwise (most often: a neutral cue before an assessment, an
`opinion`). Every feature is a plain string, so a trained model is a readable table of
weights and a new feature needs no change to the model format. Where the rules' answer
comes from (`rule_cue=` a specific cue, `rule_content=` the content after a neutral cue)
and what marks a plan or decision made known (a dated content, a passive or third-person
future, the stance classes `decision` and `schedule`, an institution as speaker) let the
model tell an `announcement` from a `statement` or a `promise`. Beside them,
`content_vector` gives the content's averaged word vector (the spaCy model's own vectors):
what its words mean, for the judgements and feelings no lexicon lists. The general
subjectivity lexicon `data/subjectivity.tsv` (thousands of rated French adjectives, derived
from Pattern's by `training/subjectivity.py`) says how much the content judges and which way
(`subj_max=`, `subj_n=`, `subj_pol=`; a negation flips the polarity), and `_kind_features`
what the content is: figures (`number`, `quantity`), whose clause in which tense
(`root_clause=first_past`: `nous avons décidé`), a question. Training leaves these two
kinds out by default (`training/act_fit.py` `WITHOUT`: measured, no clear gain on unseen
articles; docs/evaluation.md, sixth round); they are here to be weighed again with more labels.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy
from spacy.attrs import DEP, IS_ALPHA, IS_STOP, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import ReportingVerb
from presswatch.nlp.acts import (
    ContentActs,
    is_attribute,
    load_stance_words,
    word_acts,
)
from presswatch.nlp.dates import find_dates
from presswatch.nlp.docfacts import column, morph, span_text, strings
from presswatch.nlp.french import FIRST_PERSON_WORDS, NEGATING_WORDS, looks_future
from presswatch.textutil import doc_value

# Parts of speech whose lemmas carry what the content is about.
CONTENT_POS = frozenset({"NOUN", "ADJ", "VERB", "ADV", "INTJ"})
SECOND_PERSON = frozenset({"vous", "tu", "te", "t'", "votre", "vos", "ton", "ta", "tes"})
# Content length buckets, in tokens.
LENGTH_BUCKETS = ((6, "short"), (20, "medium"), (45, "long"))
# Verbs whose presence says the content is about what may, must or is wanted to be.
MODAL_VERBS = frozenset({"pouvoir", "devoir", "falloir", "vouloir"})
# Subject pronouns by person: whose view or commitment the content states.
SUBJECT_PERSON = {"je": "first", "j'": "first", "nous": "first", "on": "first",
                  "tu": "second", "vous": "second"}
# A year in a content (`en 2026`, `d'ici 2030`): with a future, a date set for a plan.
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Parts of speech the subjectivity lexicon rates (mostly adjectives; a few adverbs, nouns,
# verbs and interjections).
RATED_POS = frozenset({"ADJ", "ADV", "NOUN", "VERB", "INTJ"})
# A word this subjective (0 to 1, `data/subjectivity.tsv`) counts as a judging word; the
# content's most subjective word is bucketed at these bounds. Pattern's own classifier calls
# a text subjective from 0.5; the buckets keep the model's features few and general.
SUBJECTIVE = 0.5
SUBJECTIVITY_BUCKETS = ((0.7, "high"), (0.4, "mid"), (0.0, "low"))
# Adverbs that negate the word they modify or the verb they stand by (`pas bon`, `n'est
# jamais juste`): the polarity of what they negate flips.
NEGATING_ADVERBS = frozenset({"ne", "n'", "pas", "jamais", "plus", "guère"})
# Words after a number that make it a quantity (a result, a toll, a budget).
UNITS = frozenset({"%", "euro", "euros", "million", "millions", "milliard", "milliards",
                   "pour", "kilomètre", "kilomètres", "km", "mètre", "mètres", "tonne",
                   "tonnes"})


CONTENT_KIND_PREFIXES = ("subj_", "number", "quantity", "root_clause=", "question")
"""The features of `_subjectivity_features` and `_kind_features`: left out of training by
default (`training/act_fit.py` `WITHOUT`), and not computed for a model that weighs none."""


def act_features(doc: Doc, quote: dict, rule_act: str, verb: ReportingVerb | None,
                 content_acts: ContentActs, *, is_parent: bool = False,
                 stance_words: dict[str, frozenset[str]] | None = None,
                 content_kinds: bool = True) -> list[str]:
    """The features of one quote (a record of `doc._.quotes`) whose rules say `rule_act`.

    Besides the cue and the rules' answer, the content's manner of speaking: stance words
    (`stance_words`, default `data/stance_words.tsv`), who is the subject, modality, tense
    and mood, an attribute construction (`c'est essentiel`), punctuation. These say what
    kind of speaking a quote is on any topic, which is what carries to unseen articles."""
    neutral = verb is None or verb.act == "statement"
    features = [f"rule={rule_act}", f"type={quote['type']}",
                f"frame={quote.get('rule') or '-'}",
                f"cue={quote.get('cue_lemma') or '-'}",
                f"cueact={verb.act if verb is not None else '-'}",
                f"cuekind={verb.kind if verb is not None else '-'}"]
    # where the rules' answer comes from: a specific cue's act is nearly always right, an
    # answer read from the content after a neutral cue is a guess the model may overrule
    features.append(f"rule_{'content' if neutral else 'cue'}={rule_act}")
    features.append(f"speaker={_speaker_kind(doc, quote)}")
    if neutral:
        features.append(f"neutral_type={quote['type']}")
    if is_parent:
        features.append("reports_another")
    if quote.get("parent"):
        features.append("reported_within")
    span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return features
    features.extend(_content_features(span, content_acts))
    if content_kinds:  # (`CONTENT_KIND_PREFIXES`)
        features.extend(_subjectivity_features(span, load_subjectivity()))
        features.extend(_kind_features(span))
    stance = _stance_features(span, load_stance_words() if stance_words is None
                              else stance_words)
    features.extend(stance)
    if neutral:
        features.extend(f"neutral_{f}" for f in stance if f.startswith("stance="))
    return features


def content_vector(doc: Doc, quote: dict) -> tuple[float, ...] | None:
    """The mean vector of the content's alphabetic non-stop words, or None when none has a
    vector (a pipeline without vectors, a content of numbers). Function words are left out:
    they say how a sentence is built, which the string features already tell."""
    mean = content_mean(doc, quote)
    return None if mean is None else tuple(mean.tolist())


def content_mean(doc: Doc, quote: dict) -> numpy.ndarray | None:
    """`content_vector` as the numpy array it is computed as (float64, the same values):
    what the act model reads, which would only turn a tuple of 300 floats back into an
    array (the tuple is for training's examples)."""
    vectors = doc.vocab.vectors
    if vectors.shape[0] == 0:
        # no static vectors (fr_core_news_sm): spaCy would lend the parser's context
        # tensor instead, which is no word meaning and not what the model was trained on
        return None
    span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
    if span is None:
        return None
    if vectors.mode != "default":  # (floret: every word has a vector, built from its parts)
        rows = [t.vector for t in span if t.is_alpha and not t.is_stop and t.has_vector]
    else:
        rows = [r for r in doc_value(doc, "vector rows", vectors,
                                     lambda: _vector_rows(doc))[span.start:span.end] if r >= 0]
    if not rows:
        return None
    # in order, in float32: the sum the model was trained on (reducing over the first
    # axis adds row after row, as a loop would, without a Python step per word)
    total = numpy.add.reduce(numpy.asarray(rows) if vectors.mode != "default"
                             else vectors.data[rows], axis=0)
    # each float32 sum made a float and divided as one: the values training read
    return total.astype(numpy.float64) / len(rows)


def _vector_rows(doc: Doc) -> list[int]:
    """Per token, the row of its vector in the vectors table when `content_vector` counts
    it (an alphabetic non-stop word with a vector), else -1: read in bulk once per doc
    (`Doc.to_array`), as building each token and its vector cost more than the model."""
    vectors = doc.vocab.vectors
    key2row = vectors.key2row
    return [key2row.get(key, -1) if alpha and not stop else -1
            for alpha, stop, key in doc.to_array([IS_ALPHA, IS_STOP, vectors.attr]).tolist()]


def _stance_features(span: Span, stance_words: dict[str, frozenset[str]]) -> list[str]:
    """Stance classes present (`stance=emotion`; `stance2=` when twice or more), the
    content's subject person, modal verbs, future and an attributive assessment."""
    out: set[str] = set()
    counts: dict[str, int] = {}
    adjectives = 0
    verbal = False
    doc = span.doc
    lowers, lemmas, tags, deps = (strings(doc, a) for a in (LOWER, LEMMA, POS, DEP))
    for i in range(span.start, span.end):
        # (the doc's columns: a Token is built only for the verbs and copulas read below)
        lower, lemma, pos, dep = lowers[i], lemmas[i], tags[i], deps[i]
        for cls in stance_words.get(lemma.lower(), ()) or stance_words.get(lower, ()):
            counts[cls] = counts.get(cls, 0) + 1
        if pos == "ADJ":
            adjectives += 1
        if dep.startswith("nsubj"):
            person = SUBJECT_PERSON.get(lower.replace("’", "'"))
            out.add(f"subject={person or 'third'}")
        if pos in ("VERB", "AUX"):
            verbal = True
            if lemma in MODAL_VERBS:
                out.add(f"modal={lemma}")
            if _is_future(doc[i]):
                out.add("future")
                out.add(f"future_subject={_future_subject(doc[i])}")
        if dep == "cop" and is_attribute(doc[i]):
            out.add(f"attribute={doc[i].head.pos_}")
    for cls, n in counts.items():
        out.add(f"stance={cls}")
        if n >= 2:
            out.add(f"stance2={cls}")
    if adjectives * 8 >= len(span):
        out.add("adjective_rich")
    text = span_text(span.doc, span.start, span.end)
    if find_dates(text) or YEAR.search(text):
        out.add("dated")
    if not verbal:
        out.add("verbless")
    return sorted(out)


def _speaker_kind(doc: Doc, quote: dict) -> str:
    """`named` when the words naming the speaker hold a person's name, `described` for a
    description (`le ministère`, `la police`: institutions make announcements), `none`
    without a speaker."""
    if not quote.get("speaker"):
        return "none"
    start, end = quote.get("mention_start"), quote.get("mention_end")
    mention = doc.char_span(start, end, alignment_mode="expand") \
        if start is not None and end is not None else None
    if mention is None:
        return "other"
    if any(t.ent_type_ == "PER" for t in mention):
        return "named"
    if any(t.pos_ == "PRON" for t in mention):
        return "pronoun"
    return "described"


def _future_subject(token: Token) -> str:
    """Who a future is about: `first` (`nous ferons`: a commitment), `passive` (`les
    élections se tiendront`, `sera nommé`: a plan made known), else `third`."""
    verb = token
    if token.lemma_ == "aller":
        verb = next((c for c in token.children if c.dep_ == "xcomp"), token)
    elif token.dep_.startswith("aux") or token.dep_ == "cop":
        verb = token.head
    children = list(verb.children) + (list(token.children) if verb is not token else [])
    if any(c.dep_ in ("aux:pass", "expl:pass", "expl:comp") for c in children):
        return "passive"
    for c in children:
        if c.dep_.startswith("nsubj"):
            person = SUBJECT_PERSON.get(c.lower_.replace("’", "'"))
            return person or "third"
    return "third"


def _is_future(token: Token) -> bool:
    """A future (`viendra`, `sera`) or a near future (`va partir`)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if "Fut" in morph(token, "Tense") or looks_future(token):
        return True
    return token.lemma_ == "aller" and any(c.dep_ == "xcomp" for c in token.children)


def _content_features(span: Span, content_acts: ContentActs) -> list[str]:
    out: set[str] = set()
    text = span_text(span.doc, span.start, span.end).rstrip()
    if text.endswith("?"):
        out.add("ends?")
    if "!" in text:
        out.add("exclaims")
    size = len(span)
    out.add("len=" + next((name for bound, name in LENGTH_BUCKETS if size <= bound), "huge"))
    doc = span.doc  # (its columns: a Token is built only where the parse is read)
    lowers, lemmas, tags = (strings(doc, a) for a in (LOWER, LEMMA, POS))
    alpha, stop, acts = column(doc, IS_ALPHA), column(doc, IS_STOP), \
        word_acts(doc, content_acts)
    for i in range(span.start, span.end):
        lower = lowers[i].replace("’", "'")
        if lower in NEGATING_WORDS and any(c.lower_ in ("ne", "n'", "n’") for c in
                                     doc[i].head.children):
            out.add("negation")
        if lower in FIRST_PERSON_WORDS:
            out.add("first_person")
        elif lower in SECOND_PERSON:
            out.add("second_person")
        act = acts[i]
        if act is not None:
            out.add(f"word_act={act}")
        pos = tags[i]
        if pos in ("VERB", "AUX"):
            token = doc[i]
            for tense in morph(token, "Tense"):
                out.add(f"tense={tense}")
            for mood in morph(token, "Mood"):
                if mood in ("Cnd", "Imp", "Sub"):
                    out.add(f"mood={mood}")
        if pos in CONTENT_POS and alpha[i] and not stop[i]:
            out.add(f"lemma={lemmas[i].lower()}")
    root = span.root
    out.add(f"root_pos={root.pos_}")
    if root.pos_ in ("VERB", "ADJ", "NOUN"):
        out.add(f"root={root.lemma_.lower()}")
    return sorted(out)


@lru_cache(maxsize=4)
def load_subjectivity(path: str | None = None) -> dict[str, tuple[float, float]]:
    """`data/subjectivity.tsv`: lemma → (polarity -1…1, subjectivity 0…1); see the file's
    header for its source and `training/subjectivity.py` for how it is derived."""
    if path is None:
        text = resources.files("presswatch.data").joinpath("subjectivity.tsv").read_text(
            "utf-8")
    else:
        text = Path(path).read_text("utf-8")
    out: dict[str, tuple[float, float]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, polarity, subjectivity = line.split("\t")[:3]
        out[lemma.strip().lower()] = (float(polarity), float(subjectivity))
    return out


def _subjectivity_features(span: Span, lexicon: dict[str, tuple[float, float]]
                           ) -> list[str]:
    """How much the content judges, from `lexicon`: its most subjective rated word
    (`subj_max=high|mid|low`, `none` without a rated word), how many judging words
    (`subj_n=1|2+`, at least `SUBJECTIVE`) and which way they lean together
    (`subj_pol=pos|neg|mixed`, a negated word's polarity flipped: `pas juste` blames)."""
    rated = []
    for token in span:
        if token.pos_ not in RATED_POS or not token.is_alpha:
            continue
        entry = lexicon.get(token.lemma_.lower()) or lexicon.get(token.lower_)
        if entry is not None:
            polarity, subjectivity = entry
            rated.append((-polarity if _negated(token) else polarity, subjectivity))
    top = max((s for _, s in rated), default=None)
    out = ["subj_max=" + ("none" if top is None else
                          next(name for bound, name in SUBJECTIVITY_BUCKETS if top >= bound))]
    judging = [p for p, s in rated if s >= SUBJECTIVE]
    if judging:
        out.append("subj_n=" + ("1" if len(judging) == 1 else "2+"))
        lean = sum(judging)
        out.append("subj_pol=" + ("pos" if lean > 0.1 else "neg" if lean < -0.1 else "mixed"))
    return out


def _negated(token: Token) -> bool:
    """A negating adverb on the word or, for a modifier, on the word it modifies."""
    heads = (token, token.head) if token.dep_ in ("amod", "advmod") else (token,)
    return any(c.dep_ == "advmod" and c.lower_.replace("’", "'") in NEGATING_ADVERBS
               for t in heads for c in t.children)


def _kind_features(span: Span) -> list[str]:
    """What the content is, beside how it speaks: a figure (`number`; `quantity` before a
    unit: a toll, a result, a budget are made known), the subject person and tense of its
    main clause (`root_clause=first_past`: `nous avons décidé`, a decision made known;
    `third_pres`: a state described), a question anywhere in it. A year is no figure
    (`dated` says it)."""
    doc = span.doc
    out: set[str] = set()
    for token in span:
        if (token.like_num or token.pos_ == "NUM") and not (token.is_digit and len(token) == 4):
            out.add("number")
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and after.lower_ in UNITS:
                out.add("quantity")
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        subjects = [c for c in root.children if c.dep_.startswith("nsubj")]
        person = "none" if not subjects else "first" if any(
            SUBJECT_PERSON.get(c.lower_.replace("’", "'")) == "first" for c in subjects) \
            else "third"
        if any(c.dep_ in ("aux", "aux:tense") for c in root.children) and \
                "Part" in morph(root, "VerbForm"):
            tense = "past"
        elif "Fut" in morph(root, "Tense"):
            tense = "fut"
        elif "Pres" in morph(root, "Tense"):
            tense = "pres"
        else:
            tense = "other"
        out.add(f"root_clause={person}_{tense}")
    if "?" in span_text(doc, span.start, span.end):
        out.add("question")
    return sorted(out)
