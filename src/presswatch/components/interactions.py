"""spaCy component: interactions (meetings, calls, talks…) into `Doc._.interactions`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from spacy.tokens import Doc

from presswatch.components.base import Component
from presswatch.nlp.interactions import find_interactions, load_triggers


class InteractionComponent(Component):
    outputs: ClassVar[dict[str, Callable[[], Any]]] = {"interactions": list}

    def __init__(self, name: str, *, triggers_path: str | None = None) -> None:
        super().__init__(name)
        self.triggers = load_triggers(Path(triggers_path) if triggers_path else None)

    def process(self, doc: Doc) -> None:
        meta = doc._.meta or {}
        doc._.interactions = find_interactions(doc, self.triggers, meta.get("date"))
