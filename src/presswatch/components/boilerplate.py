"""spaCy component flagging boilerplate spans into `Doc._.boilerplate`."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.components import extensions
from presswatch.nlp.boilerplate import Rule, find_boilerplate, load_rules


class BoilerplateFlagger:
    """Writes `{start, end, kind}` spans; the text itself is never changed."""

    def __init__(self, nlp: Language, name: str, *, rules_path: str | None = None) -> None:
        extensions.register()
        self.name = name
        self.rules_path = rules_path
        self.rules: list[Rule] = load_rules(Path(rules_path) if rules_path else None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.boilerplate = find_boilerplate(doc.text, self.rules)
        return doc


@Language.factory("presswatch_boilerplate", assigns=["doc._.boilerplate"],
                  default_config={"rules_path": None})
def make_boilerplate_flagger(nlp: Language, name: str, rules_path: str | None
                             ) -> BoilerplateFlagger:
    return BoilerplateFlagger(nlp, name, rules_path=rules_path)
