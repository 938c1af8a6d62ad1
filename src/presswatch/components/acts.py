"""spaCy component: give each quote one of the thirteen speech acts.

The rules of `nlp/acts.py` read the cue and the content. A learned model
(`nlp/act_model.py`, trained on gold and silver quotes by `python -m
presswatch.training.acts`) weighs their answer together with the content's grammar and
stance words and the content's word vector. The shipped one decides every act (its
`meta["decides"]` is None), the rules' answer being its most weighed feature; a model may
instead decide only some of the rules' answers (`meta["decides"]`) and overrule the others
when confident (`meta["overrule_above"]`).
The shipped model is `presswatch/data/act_model.json`; `model_path` picks another, and
`use_model=False` leaves the rules alone.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from presswatch.components.base import Component
from presswatch.lexicon import ReportingVerb, default_lexicon
from presswatch.nlp.act_features import (
    CONTENT_KIND_PREFIXES,
    act_features,
    content_mean,
    content_vector,
)
from presswatch.nlp.act_model import ActModel, load_act_model
from presswatch.nlp.acts import load_content_acts, nothing_announced, rule_act
from presswatch.nlp.interviews import INTERVIEW_QUESTIONS


class ActComponent(Component):
    def __init__(self, name: str, *, content_acts_path: str | None = None,
                 model_path: str | None = None, use_model: bool = True) -> None:
        super().__init__(name)
        self.content_acts = load_content_acts(Path(content_acts_path) if content_acts_path
                                              else None)
        self.lexicon = default_lexicon()
        self.model: ActModel | None = load_act_model(model_path) if use_model else None

    def process(self, doc: Doc) -> None:
        quotes = doc._.quotes or []
        parents = {q["parent"] for q in quotes if q["parent"]}
        for q in quotes:
            if q["rule"] in INTERVIEW_QUESTIONS:
                q["act"] = "question"  # an interviewer's turn asks, whatever its words
                continue
            verb = self.lexicon.verb(q["cue_lemma"]) if q["cue_lemma"] else None
            is_parent = q["id"] in parents
            act = rule_act(doc, q, verb, self.content_acts, self.lexicon, is_parent=is_parent)
            if self.model is not None and self.model.consulted(act):
                features = self.features(doc, q, act, verb, is_parent=is_parent)
                act = nothing_announced(act, self.model.decide(
                    act, features, None if self.model.vector is None
                    else content_mean(doc, q)), features)
            q["act"] = act

    def features(self, doc: Doc, quote: dict, rules_act: str, verb: ReportingVerb | None, *,
                 is_parent: bool) -> list[str]:
        """What the model weighs for `quote` (also what training reads, with no model: every
        feature); the content-kind features only for a model that weighs some."""
        return act_features(doc, quote, rules_act, verb, self.content_acts, is_parent=is_parent,
                            content_kinds=self.model is None or
                            self.model.weighs_any(CONTENT_KIND_PREFIXES))

    def vector(self, doc: Doc, quote: dict) -> tuple[float, ...] | None:
        """The content's word vector the model weighs, as training reads it (`process`
        hands the model the same values as an array); None when the model weighs none,
        which spares computing it."""
        if self.model is not None and self.model.vector is None:
            return None
        return content_vector(doc, quote)
