"""spaCy component: give each quote one of the thirteen speech acts.

The rules of `nlp/acts.py` read the cue and the content; the learned model of
`nlp/act_model.py` (trained on the gold quotes by `python -m presswatch.training.acts`)
weighs their answer together with the content's words and grammar and decides. Without a
model (`use_model: false`, or none shipped) the rules decide alone.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.components import extensions
from presswatch.lexicon import default_lexicon
from presswatch.nlp.act_features import act_features
from presswatch.nlp.act_model import ActModel, load_act_model
from presswatch.nlp.acts import classify, load_content_acts
from presswatch.textutil import release_text


class ActComponent:
    def __init__(self, nlp: Language, name: str, *, content_acts_path: str | None = None,
                 model_path: str | None = None, use_model: bool = True) -> None:
        extensions.register()
        self.name = name
        self.content_acts = load_content_acts(Path(content_acts_path) if content_acts_path
                                              else None)
        self.lexicon = default_lexicon()
        self.model: ActModel | None = load_act_model(model_path) if use_model else None

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.quotes or []
        parents = {q["parent"] for q in quotes if q["parent"]}
        for q in quotes:
            verb = self.lexicon.verb(q["cue_lemma"]) if q["cue_lemma"] else None
            rule_act = self.rule_act(doc, q, verb, is_parent=q["id"] in parents)
            if self.model is None:
                q["act"] = rule_act
            else:
                q["act"] = self.model.predict(self.features(doc, q, rule_act, verb,
                                                            is_parent=q["id"] in parents))
        release_text(doc)
        return doc

    def rule_act(self, doc: Doc, quote: dict, verb, *, is_parent: bool) -> str:
        """The hand-written rules' act for `quote`."""
        if is_parent:
            # `Selon X, Y a répondu que …`: X reports; what Y says is Y's act
            return verb.act if verb is not None else "statement"
        return classify(doc, quote["start"], quote["end"], verb, quote["rule"],
                        self.content_acts, lexicon=self.lexicon, speaker=quote.get("speaker"))

    def features(self, doc: Doc, quote: dict, rule_act: str, verb, *,
                 is_parent: bool) -> list[str]:
        """What the model weighs for `quote` (also what training reads)."""
        return act_features(doc, quote, rule_act, verb, self.content_acts, is_parent=is_parent)


@Language.factory("presswatch_acts", requires=["doc._.quotes"], assigns=["doc._.quotes"],
                  default_config={"content_acts_path": None, "model_path": None,
                                  "use_model": True})
def make_act_classifier(nlp: Language, name: str, content_acts_path: str | None,
                        model_path: str | None, use_model: bool) -> ActComponent:
    return ActComponent(nlp, name, content_acts_path=content_acts_path, model_path=model_path,
                        use_model=use_model)
