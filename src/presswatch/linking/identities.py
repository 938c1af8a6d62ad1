"""The user's identities file: pin, merge and split canonical people.

Automatic linking (:mod:`presswatch.linking`) is right most of the time; an analyst who
knows better writes it down in a YAML file that survives every re-ingest::

    people:
      - name: Sergueï Lavrov                 # pin: always shown under this name
        aliases: [Sergey Lavrov, S. Lavrov]  # merge: these names are this person
        roles:                               # facts added to the learned roles
          - {role: ministre russe des Affaires étrangères, since: 2004-03-09}
      - name: Hervé Renard
        distinct: [Wendie Renard]            # split: never this person

The file is data about particular people, so it lives next to the database, never in code.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from presswatch.linking.people import Identity
from presswatch.settings import DEFAULT_IDENTITIES_NAME

__all__ = ["DEFAULT_IDENTITIES_NAME", "load_identities", "parse_identities"]


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a date (write YYYY-MM-DD)") from None


def _names(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a name or a list of names")
    return tuple(value)


def parse_identities(data: Any, *, source: str = "identities") -> list[Identity]:
    """Identities from the parsed YAML document; a mistake raises ValueError naming where."""
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("people", []), list):
        raise ValueError(f"{source}: expected a mapping with a `people:` list")
    unknown_top = set(data) - {"people"}
    if unknown_top:
        raise ValueError(f"{source}: unknown keys {sorted(unknown_top)} (only `people`)")
    out: list[Identity] = []
    for n, item in enumerate(data.get("people") or [], start=1):
        where = f"{source}: people #{n}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ValueError(f"{where}: each person needs a `name`")
        unknown = set(item) - {"name", "aliases", "distinct", "roles"}
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        roles = []
        for r in item.get("roles") or []:
            if isinstance(r, str):
                r = {"role": r}
            if not isinstance(r, dict) or not isinstance(r.get("role"), str):
                raise ValueError(f"{where}: each role needs a `role` text")
            roles.append((r["role"], _date(r.get("since"), where), _date(r.get("until"), where)))
        out.append(Identity(item["name"], _names(item.get("aliases"), where),
                            _names(item.get("distinct"), where), tuple(roles)))
    return out


def load_identities(path: str | Path) -> list[Identity]:
    """Read an identities YAML file (see the module docstring for its shape)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ValueError(f"{path}: cannot read identities file: {err.strerror or err}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ValueError(f"{path}: invalid YAML: {err}") from None
    return parse_identities(data, source=str(path))
