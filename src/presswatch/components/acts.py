"""spaCy component: give each quote one of the thirteen speech acts."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.components import extensions
from presswatch.lexicon import default_lexicon
from presswatch.nlp.acts import classify, load_content_acts
from presswatch.textutil import release_text


class ActComponent:
    def __init__(self, nlp: Language, name: str, *, content_acts_path: str | None = None
                 ) -> None:
        extensions.register()
        self.name = name
        self.content_acts = load_content_acts(Path(content_acts_path) if content_acts_path
                                              else None)
        self.lexicon = default_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.quotes or []
        parents = {q["parent"] for q in quotes if q["parent"]}
        for q in quotes:
            verb = self.lexicon.verb(q["cue_lemma"]) if q["cue_lemma"] else None
            if q["id"] in parents:
                # `Selon X, Y a répondu que …`: X reports; what Y says is Y's act
                q["act"] = verb.act if verb is not None else "statement"
                continue
            q["act"] = classify(doc, q["start"], q["end"], verb, q["rule"], self.content_acts,
                                lexicon=self.lexicon, speaker=q.get("speaker"))
        release_text(doc)
        return doc


@Language.factory("presswatch_acts", requires=["doc._.quotes"],
                  default_config={"content_acts_path": None})
def make_act_classifier(nlp: Language, name: str, content_acts_path: str | None
                        ) -> ActComponent:
    return ActComponent(nlp, name, content_acts_path=content_acts_path)
