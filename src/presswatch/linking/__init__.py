"""Across articles: pure functions over compact per-article features.

Each module takes plain values that the store (or one ``annotate`` run) extracted from
annotated articles and returns plain values; none reads a database or a spaCy Doc, so the
store can recompute everything after every ingest batch and tests need no fixtures.

- :mod:`.people`: one canonical person for the many ways articles write a name (and the
  speakers of quotes resolved to those people); its names are re-exported here.
- :mod:`.names`, :mod:`.roles`: name keys and transliterations; role signatures with the
  dates a role was seen held.
- :mod:`.identities`: the user's identities file (pin, merge, split people).
- :mod:`.stories`: articles about one real-world event grouped into stories.
- :mod:`.events`: interaction mentions of many articles clustered into events.
- :mod:`.statements`: one speaker's renderings of one statement across outlets, scored.
- :mod:`.provenance`: the agencies and outlets an article credits, and its byline.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presswatch.linking.people import (
        Identity,
        Person,
        PersonEntry,
        RoleSpan,
        first_names_match,
        name_key,
        person_id,
        role_signature,
    )
    from presswatch.linking.people_linking import Linking, link_people

__all__ = ["Identity", "Linking", "Person", "PersonEntry", "RoleSpan", "first_names_match",
           "link_people", "name_key", "person_id", "role_signature"]

_LINKING = {"Linking", "link_people"}
"""The names of :mod:`.people_linking`; the others are :mod:`.people`'s."""


def __getattr__(name: str) -> Any:
    """The names of :mod:`.people` and :mod:`.people_linking`, imported on first use
    (PEP 562): a query reads :mod:`.provenance` or :mod:`.events`, and must not pay for
    the name matching (rapidfuzz) and role rules of :mod:`.people` at its start."""
    if name not in __all__:
        raise AttributeError(f"module 'presswatch.linking' has no attribute {name!r}")
    module = "people_linking" if name in _LINKING else "people"
    value = getattr(importlib.import_module(f"presswatch.linking.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
