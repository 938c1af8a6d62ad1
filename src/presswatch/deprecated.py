"""Old import paths, kept working for one release after the restructure of issue 14.

Every module that moved is listed in :data:`MOVED`, and only here: importing an old path
(``import presswatch.api``, ``from presswatch.stories import group``) gives a stand-in module
that forwards every attribute to the new module and emits a :class:`DeprecationWarning`
naming the new path, as trafilatura's ``_check_deprecation`` does for renamed options.
Remove an entry (and, when empty, this module) one release after it was added.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
import warnings
from collections.abc import Sequence
from typing import Any

__all__ = ["MOVED", "RENAMED", "install"]

MOVED: dict[str, str] = {
    "presswatch.api": "presswatch.annotate",
    "presswatch.names": "presswatch.linking.names",
    "presswatch.roles": "presswatch.linking.roles",
    "presswatch.identities": "presswatch.linking.identities",
    "presswatch.events": "presswatch.linking.events",
    "presswatch.stories": "presswatch.linking.stories",
    "presswatch.grouping": "presswatch.linking.stories",
    "presswatch.statements": "presswatch.linking.statements",
    "presswatch.provenance": "presswatch.linking.provenance",
    "presswatch.output": "presswatch.formats.records",
    "presswatch.listing": "presswatch.formats.listing",
    "presswatch.export": "presswatch.formats.export",
}
"""Old module path -> new module path (moved in 0.1.x by issue 14)."""

RENAMED: dict[tuple[str, str], str] = {
    ("presswatch.grouping", "group_stories"): "group",
}
"""(old module, old name) -> name in the new module, where the name changed too."""


class _Moved(types.ModuleType):
    """Stands in for a moved module: each attribute read warns and reads the new module."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        old = self.__name__
        target = importlib.import_module(MOVED[old])
        new_name = RENAMED.get((old, name), name)
        warnings.warn(f"{old}.{name} is deprecated: use {target.__name__}.{new_name}",
                      DeprecationWarning, stacklevel=2)
        return getattr(target, new_name)


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds the old paths of :data:`MOVED` (and nothing else)."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MOVED:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _Moved(spec.name, f"Deprecated: moved to {MOVED[spec.name]}.")

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing to run: attributes are read from the new module when asked for."""


def install() -> None:
    """Make the old paths importable (once; :mod:`presswatch` calls this on import)."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder())
