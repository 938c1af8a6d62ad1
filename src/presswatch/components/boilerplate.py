"""spaCy component flagging boilerplate spans into `Doc._.boilerplate`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from spacy.tokens import Doc

from presswatch.components.base import Component
from presswatch.nlp.boilerplate import Rule, find_boilerplate, load_rules
from presswatch.textutil import doc_text


class BoilerplateFlagger(Component):
    """Writes `{start, end, kind}` spans; the text itself is never changed."""

    outputs: ClassVar[dict[str, Callable[[], Any]]] = {"boilerplate": list}

    def __init__(self, name: str, *, rules_path: str | None = None) -> None:
        super().__init__(name)
        self.rules_path = rules_path
        self.rules: list[Rule] = load_rules(Path(rules_path) if rules_path else None)

    def process(self, doc: Doc) -> None:
        doc._.boilerplate = find_boilerplate(doc_text(doc), self.rules)
