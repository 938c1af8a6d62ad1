"""A version for derived rows: a digest of the source files of the rules that made them.

Derived rows kept between runs (people parts, events, story features, story labels) carry
the version of the rules that made them, so that a release that changes those rules, or the
word lists they read, derives them again without anyone remembering to bump a number.
"""

from __future__ import annotations

import hashlib
from importlib import resources

__all__ = ["rules_version"]


def rules_version(*files: tuple[str, str]) -> str:
    """A short digest of the package files ``(package, name)``, in the order given."""
    digest = hashlib.sha1()
    for package, name in files:
        digest.update(resources.files(package).joinpath(name).read_bytes())
    return digest.hexdigest()[:12]
