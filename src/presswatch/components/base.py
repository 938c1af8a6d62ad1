"""What every presswatch component shares: spaCy's error-handler contract.

spaCy's own pipes expose `set_error_handler` / `get_error_handler`; `Language.pipe` and
the CLI's batch (`annotate.report_component_errors`) install a handler that turns one
article's failure into an error line while the batch goes on. The component calls the
handler itself, then leaves its outputs empty rather than half-written, so the components
after it see a consistent Doc. (What `textutil.doc_text` and `doc_cache` keep is derived
from the text alone and stays right after a failure: it is not dropped.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from spacy.tokens import Doc
from spacy.util import raise_error

from presswatch.components import extensions


class Component:
    """Base of presswatch's components: subclasses implement `process(doc)`."""

    #: the `Doc._` attributes the component writes, with the value they take on failure
    outputs: ClassVar[dict[str, Callable[[], Any]]] = {}

    def __init__(self, name: str) -> None:
        extensions.register()
        self.name = name
        self._error_handler: Callable[..., Any] | None = None

    def process(self, doc: Doc) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.process(doc)
        except Exception as exc:
            self.get_error_handler()(self.name, self, [doc], exc)
            for attribute, empty in self.outputs.items():
                setattr(doc._, attribute, empty())
        return doc

    def set_error_handler(self, handler: Callable[..., Any] | None) -> None:
        self._error_handler = handler

    def get_error_handler(self) -> Callable[..., Any]:
        return self._error_handler or raise_error
