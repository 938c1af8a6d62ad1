"""Check that a restructure changed no output: ``annotate --format jsonl`` and an ingest.

Runs ``presswatch annotate --format jsonl`` and ``presswatch ingest`` over ``examples/`` and
the texts of a gold folder (only the id, text, url, date and outlet of each gold file, as
``presswatch eval`` reads them), once with the code of a reference commit and once with the
working tree, and compares:

- annotate: every record and every quote, interaction, person... of the reference must come
  out the same; fields the new code adds are allowed (and listed);
- ingest: every table row for row, apart from timestamps (``ingested_at``, ``applied_at``,
  ``created_at``) and ``pipeline_version``; tables and columns the new code adds are listed.

The reference commit's code runs from a ``git archive`` of its ``src/`` on ``PYTHONPATH``
(in front of the editable install), with the same virtual environment, so the check needs
no second install. Its output is cached under ``.check/`` by commit and gold folder.

    .venv/bin/python scripts/check_same_output.py                  # against acba386
    .venv/bin/python scripts/check_same_output.py --base COMMIT --gold ../shared/eval/dev

Exit status 0 when the outputs agree, 1 with a report of the first differences otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASE = "acba386"
"""The last commit before the restructure of issue 14."""
DEFAULT_GOLD = Path("/work/shared/eval/dev")
GOLD_FIELDS = ("id", "text", "url", "date", "outlet")
IGNORED_COLUMNS = {"ingested_at", "applied_at", "created_at", "pipeline_version"}
FTS_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")
MAX_REPORTED = 20


def _inputs(work: Path, gold: Path | None) -> list[str]:
    """examples/ plus one JSONL file holding the gold articles' input fields."""
    inputs = [str(ROOT / "examples")]
    if gold is not None:
        lines = []
        for f in sorted(gold.glob("*.json")):
            d = json.loads(f.read_text("utf-8"))
            lines.append(json.dumps({k: d.get(k) for k in GOLD_FIELDS}, ensure_ascii=False))
        path = work / "gold.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        inputs.append(str(path))
    return inputs


def _run(src: Path | None, args: list[str], out: Path) -> None:
    """``presswatch ARGS`` with the code in ``src`` (None: this script's own working tree,
    ``ROOT/src``, whatever package the virtual environment has installed: run from a git
    worktree with another tree's environment, the check still reads the worktree), stdout
    to ``out``. An inherited relative ``PYTHONPATH`` is made absolute first: the command
    runs from another folder, where it would find nothing."""
    env = dict(os.environ)
    env.pop("PRESSWATCH_DB", None)
    inherited = [str(Path(p).resolve()) for p in env.get("PYTHONPATH", "").split(os.pathsep)
                 if p]
    env["PYTHONPATH"] = os.pathsep.join([str(src or ROOT / "src"), *inherited])
    code = "import sys; from presswatch.cli import main; sys.argv[0] = 'presswatch'; main()"
    with open(out, "w", encoding="utf-8") as fh:
        proc = subprocess.run([sys.executable, "-c", code, *args], stdout=fh, env=env,
                              stderr=subprocess.PIPE, text=True, check=False, cwd=out.parent)
    if proc.returncode != 0:
        raise SystemExit(f"presswatch {' '.join(args)} failed ({proc.returncode}):\n"
                         f"{proc.stderr[-2000:]}")


def _dump_tables(db: Path) -> dict[str, Any]:
    """Every table of the SQLite file ``db`` as {table: {"columns", "rows"}} (rows sorted)."""
    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    tables = {}
    for name in sorted(names):
        if name.endswith(FTS_SHADOW) and "_fts" in name:
            continue
        cur = conn.execute(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cur.description]
        rows = sorted((list(r) for r in cur.fetchall()), key=repr)
        tables[name] = {"columns": columns, "rows": rows}
    conn.close()
    return tables


def produce(src: Path | None, inputs: list[str], out_dir: Path) -> dict[str, Any]:
    """Annotate and ingest ``inputs`` with the code in ``src``; the outputs as plain data."""
    out_dir.mkdir(parents=True, exist_ok=True)
    jsonl = out_dir / "annotate.jsonl"
    _run(src, ["annotate", "--format", "jsonl", *inputs], jsonl)
    db = out_dir / "ingest.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    _run(src, ["ingest", "--db", f"sqlite:///{db}", *inputs], out_dir / "ingest.out")
    records = [json.loads(line) for line in jsonl.read_text("utf-8").splitlines() if line]
    result = {"annotate": records, "tables": _dump_tables(db)}
    (out_dir / "result.json").write_text(json.dumps(result, ensure_ascii=False, default=str),
                                         encoding="utf-8")
    return json.loads((out_dir / "result.json").read_text("utf-8"))


def _base_src(commit: str, work: Path) -> Path:
    """The ``src/`` folder of ``commit``, unpacked under ``work``."""
    archive = work / "base.tar"
    with open(archive, "wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], stdout=fh,
                       check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(work / "base", filter="data")
    return work / "base" / "src"


def _compare_values(old: Any, new: Any, where: str, diffs: list[str], added: set[str]) -> None:
    """Record in ``diffs`` where ``new`` differs from ``old``; keys only ``new`` has go to
    ``added`` (as paths with list positions blanked)."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in old:
            if key not in new:
                diffs.append(f"{where}.{key}: missing (was {old[key]!r:.200})")
            else:
                _compare_values(old[key], new[key], f"{where}.{key}", diffs, added)
        for key in set(new) - set(old):
            added.add(_shape(f"{where}.{key}"))
    elif isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            diffs.append(f"{where}: {len(old)} items before, {len(new)} now")
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            _compare_values(a, b, f"{where}[{i}]", diffs, added)
    elif old != new:
        diffs.append(f"{where}: {old!r:.200} before, {new!r:.200} now")


def _shape(path: str) -> str:
    import re

    return re.sub(r"\[\d+\]", "[]", re.sub(r"^record\[\d+\]", "record", path))


def compare(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], set[str]]:
    """Differences between a reference and a new result, and what the new one adds."""
    diffs: list[str] = []
    added: set[str] = set()
    _compare_values(old["annotate"], new["annotate"], "record", diffs, added)
    for name, table in old["tables"].items():
        if name not in new["tables"]:
            diffs.append(f"table {name}: missing")
            continue
        now = new["tables"][name]
        keep = [c for c in table["columns"] if c not in IGNORED_COLUMNS]
        if missing := set(keep) - set(now["columns"]):
            diffs.append(f"table {name}: columns {sorted(missing)} missing")
            continue
        added |= {f"{name}.{c}" for c in set(now["columns"]) - set(table["columns"])}

        def project(t: dict[str, Any], cols: list[str] = keep) -> list[str]:
            idx = [t["columns"].index(c) for c in cols]
            return sorted(json.dumps([r[i] for i in idx], ensure_ascii=False, default=str)
                          for r in t["rows"])

        before, after = project(table), project(now)
        if before != after:
            gone = sorted(set(before) - set(after))
            new_rows = sorted(set(after) - set(before))
            columns = sorted({c for a, b in zip(gone, new_rows, strict=False)
                              for c, x, y in zip(keep, json.loads(a), json.loads(b),
                                                 strict=True) if x != y})
            diffs.append(f"table {name}: {len(before)} rows before, {len(after)} now; "
                         f"{len(gone)} rows changed or gone, {len(new_rows)} new; "
                         f"columns that differ: {columns}; e.g. {gone[:1]!s:.300} -> "
                         f"{new_rows[:1]!s:.300}")
    added |= {f"table {n}" for n in set(new["tables"]) - set(old["tables"])}
    return diffs, added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default=DEFAULT_BASE, help="reference commit")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="gold folder whose texts are annotated too (skipped if absent)")
    parser.add_argument("--cache", type=Path, default=ROOT / ".check",
                        help="where reference outputs are kept, by commit")
    args = parser.parse_args()
    gold = args.gold if args.gold and args.gold.is_dir() else None
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", args.base], check=True,
                            capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        args.cache.mkdir(parents=True, exist_ok=True)
        inputs = _inputs(args.cache, gold)  # a fixed path: ingest stores it as the source
        # by commit and by gold folder: the same commit's output on another folder is
        # another reference
        which = hashlib.sha1(str(gold.resolve()).encode()).hexdigest()[:8] if gold \
            else "examples"
        ref_dir = args.cache / f"reference-{commit[:12]}-{which}"
        if (ref_dir / "result.json").exists():
            reference = json.loads((ref_dir / "result.json").read_text("utf-8"))
            print(f"reference: {ref_dir} (cached)", file=sys.stderr)
        else:
            print(f"reference: running {commit[:12]}...", file=sys.stderr)
            reference = produce(_base_src(commit, work), inputs, ref_dir)
        print("now: running the working tree...", file=sys.stderr)
        current = produce(None, inputs, work / "current")
    diffs, added = compare(reference, current)
    n_quotes = sum(len(r.get("quotes") or []) for r in reference["annotate"])
    print(f"{len(reference['annotate'])} records, {n_quotes} quotes, "
          f"{len(reference['tables'])} tables compared")
    if added:
        print("added: " + ", ".join(sorted(added)))
    if diffs:
        print(f"{len(diffs)} differences:")
        for line in diffs[:MAX_REPORTED]:
            print("  " + line)
        return 1
    print("same output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
