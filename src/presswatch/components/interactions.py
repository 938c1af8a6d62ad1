"""spaCy component: interactions (meetings, calls, talks…) into `Doc._.interactions`."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.components import extensions
from presswatch.nlp.interactions import find_interactions, load_triggers


class InteractionComponent:
    def __init__(self, nlp: Language, name: str, *, triggers_path: str | None = None) -> None:
        extensions.register()
        self.name = name
        self.triggers = load_triggers(Path(triggers_path) if triggers_path else None)

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta or {}
        doc._.interactions = find_interactions(doc, self.triggers, meta.get("date"))
        return doc


@Language.factory("presswatch_interactions", assigns=["doc._.interactions"],
                  requires=["doc._.people", "doc._.quotes"],
                  default_config={"triggers_path": None})
def make_interaction_finder(nlp: Language, name: str, triggers_path: str | None
                            ) -> InteractionComponent:
    return InteractionComponent(nlp, name, triggers_path=triggers_path)
