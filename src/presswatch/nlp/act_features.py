"""What a quote's words, cue and grammar say about its speech act, as sparse features.

The speech-act model (`nlp/act_model.py`) weighs these; the rules of `nlp/acts.py` are one
of them (`rule=…`), so the model learns where the hand-written reading is right and where
the gold annotation judges otherwise (most often: a neutral cue before an assessment, an
`opinion`). Every feature is a plain string, so a trained model is a readable table of
weights and a new feature needs no change to the model format.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from presswatch.lexicon import ReportingVerb
from presswatch.nlp.acts import NEGATION_WORDS, ContentActs, word_act

# Parts of speech whose lemmas carry what the content is about.
CONTENT_POS = frozenset({"NOUN", "ADJ", "VERB", "ADV", "INTJ"})
# First-person words anywhere in the content (acts.FIRST_PERSON holds only subjects).
FIRST_PERSON_FORMS = frozenset({"je", "j'", "me", "m'", "moi", "nous", "mon", "ma", "mes",
                                "notre", "nos"})
SECOND_PERSON = frozenset({"vous", "tu", "te", "t'", "votre", "vos", "ton", "ta", "tes"})
# Content length buckets, in tokens.
LENGTH_BUCKETS = ((6, "short"), (20, "medium"), (45, "long"))


def act_features(doc: Doc, quote: dict, rule_act: str, verb: ReportingVerb | None,
                 content_acts: ContentActs, *, is_parent: bool = False) -> list[str]:
    """The features of one quote (a record of `doc._.quotes`) whose rules say `rule_act`."""
    features = [f"rule={rule_act}", f"type={quote['type']}",
                f"frame={quote.get('rule') or '-'}",
                f"cue={quote.get('cue_lemma') or '-'}",
                f"cueact={verb.act if verb is not None else '-'}",
                f"cuekind={verb.kind if verb is not None else '-'}"]
    if is_parent:
        features.append("reports_another")
    if quote.get("parent"):
        features.append("reported_within")
    span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return features
    features.extend(_content_features(span, content_acts))
    return features


def _content_features(span: Span, content_acts: ContentActs) -> list[str]:
    out: set[str] = set()
    text = span.text.rstrip()
    if text.endswith("?"):
        out.add("ends?")
    if "!" in text:
        out.add("exclaims")
    size = len(span)
    out.add("len=" + next((name for bound, name in LENGTH_BUCKETS if size <= bound), "huge"))
    for token in span:
        lower = token.lower_.replace("’", "'")
        if lower in NEGATION_WORDS and any(c.lower_ in ("ne", "n'", "n’") for c in
                                     token.head.children):
            out.add("negation")
        if lower in FIRST_PERSON_FORMS:
            out.add("first_person")
        elif lower in SECOND_PERSON:
            out.add("second_person")
        act = word_act(token, content_acts)
        if act is not None:
            out.add(f"word_act={act}")
        if token.pos_ in ("VERB", "AUX"):
            for tense in token.morph.get("Tense"):
                out.add(f"tense={tense}")
            for mood in token.morph.get("Mood"):
                if mood in ("Cnd", "Imp", "Sub"):
                    out.add(f"mood={mood}")
        if token.pos_ in CONTENT_POS and token.is_alpha and not token.is_stop:
            out.add(f"lemma={token.lemma_.lower()}")
    root = span.root
    out.add(f"root_pos={root.pos_}")
    if root.pos_ in ("VERB", "ADJ", "NOUN"):
        out.add(f"root={root.lemma_.lower()}")
    return sorted(out)
