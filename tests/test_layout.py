"""The package's layout rules, checked on the source: no import cycle between presswatch's
modules (imports inside functions count: a cycle deferred into a function is still one
the reader has to untangle), and no module over 600 lines."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import presswatch

PACKAGE = Path(presswatch.__file__).resolve().parent
MAX_LINES = 600


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """presswatch modules that ``name`` imports anywhere in its body. ``from a import b``
    counts ``a.b`` when that is a module, else ``a``; importing ``a.b`` does not count
    ``a`` (the package's ``__init__`` runs, but a cycle through it is one of ``a``'s own
    imports, which are checked on their own)."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[:len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                if sub in known:
                    found.add(sub)
                elif target in known:
                    found.add(target)
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _package_edges(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph without edges from a package's ``__init__`` to its own modules (re-exports
    are how a package presents itself, not a dependency of the package on itself)."""
    return {name: {t for t in targets if not t.startswith(name + ".")}
            for name, targets in graph.items()}


def test_the_cycle_finder_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    a = tmp_path / "a.py"
    a.write_text("def f():\n    from presswatch.b import g\n", encoding="utf-8")
    assert _imports("presswatch.a", a, {"presswatch.a", "presswatch.b"}) == {"presswatch.b"}
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]


def test_no_import_cycle_inside_presswatch() -> None:
    cycles = _cycles(_package_edges(_graph()))
    assert cycles == [], "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)




SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|ANALYZE|CREATE|ALTER|DROP)\s",
                       re.IGNORECASE)
SQL_SHAPE = re.compile(r"\b(FROM|INTO|SET|TABLE|INDEX|WHERE)\b|PRAGMA|ANALYZE", re.IGNORECASE)


def test_no_module_is_over_600_lines() -> None:
    long = {name: n for name, path in _modules().items()
            if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def _sql_outside_the_store(name: str, path: Path) -> list[str]:
    """What in a module outside ``presswatch.store`` speaks SQL: an import of SQLAlchemy's
    query layer or of a database driver, or a string that reads as a SQL statement."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                       else [a.name for a in node.names])
            for module in modules:
                root = module.split(".")[0]
                if root in ("sqlite3", "psycopg") or (
                        root == "sqlalchemy" and module != "sqlalchemy.exc"):
                    found.append(f"imports {module}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip()
            if SQL_WORDS.match(text) and SQL_SHAPE.search(text):
                found.append(f"SQL string {text[:60]!r}")
    return found


def test_the_sql_finder_sees_core_imports_and_statements(tmp_path: Path) -> None:
    m = tmp_path / "m.py"
    m.write_text("from sqlalchemy import select\nfrom sqlalchemy.exc import OperationalError\n"
                 "Q = f'PRAGMA mmap_size = {1}'\nR = 'select id from quotes'\n"
                 "S = 'Select the quotes a person said.'\n", encoding="utf-8")
    assert set(_sql_outside_the_store("presswatch.m", m)) == {
        "imports sqlalchemy", "SQL string 'PRAGMA mmap_size ='",
        "SQL string 'select id from quotes'"}


def test_no_sql_outside_the_store() -> None:
    """The store is the one owner of SQL (raw or SQLAlchemy Core); SQLAlchemy's exceptions
    may be caught elsewhere."""
    found = {name: hits for name, path in _modules().items()
             if not name.startswith("presswatch.store")
             and (hits := _sql_outside_the_store(name, path))}
    assert found == {}


def _map() -> str:
    readme = (PACKAGE.parents[1] / "README.md").read_text("utf-8")
    section = readme.split("## How it works — where things live", 1)[1]
    return section.split("```", 2)[1]


def test_the_readme_map_names_every_module_and_only_modules_that_exist() -> None:
    """The README's "where things live" map matches the tree: every module of the package
    is named (components/ as a folder: its modules mirror nlp/), and every name exists."""
    text = _map()
    named = set(re.findall(r"\w+\.py", text)) | set(re.findall(r"^\s*(\w+/)", text, re.M))
    files = {p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py")
             if "__pycache__" not in p.parts}
    missing = sorted(str(f) for f in files if f.name != "__init__.py"
                     and f.parts[0] != "components" and f.name not in named)
    assert missing == []
    existing = {p.name for p in PACKAGE.rglob("*")} | {p.name + "/" for p in
                                                       PACKAGE.rglob("*") if p.is_dir()}
    assert sorted(n for n in named if n not in existing and n != "src/") == []
