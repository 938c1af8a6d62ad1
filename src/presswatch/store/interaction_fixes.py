"""An analyst's corrections of interactions: type, parties, or not an interaction at all.

Kept apart like quote corrections (``interaction_corrections``: article, trigger offset,
field, value), which no ingest touches. A correction is keyed by where the trigger starts in
the article's text, not by a row, so it is applied again whenever the article's annotations
are written (first ingest, re-annotation): the stored ``interactions`` rows are always the
corrected ones, and every read, derived event and person page follows them at the next
recompute.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, select, update

from presswatch.store import schema

INTERACTION_TYPES = ("meeting", "phone_call", "press_conference", "talks", "visit", "summit")
CORRECTABLE_INTERACTION_FIELDS = ("type", "participants", "deleted")
"""Interaction fields an analyst may correct; ``deleted`` drops a mention that reports no
interaction."""


def check(field: str, value: str | list[str] | None) -> str | None:
    """The stored form of a correction's value, or ValueError naming what is wrong."""
    if field not in CORRECTABLE_INTERACTION_FIELDS:
        raise ValueError(f"cannot correct an interaction's {field!r}: one of "
                         f"{CORRECTABLE_INTERACTION_FIELDS}")
    if field == "type":
        if value not in INTERACTION_TYPES:
            raise ValueError(f"unknown interaction type {value!r}: one of {INTERACTION_TYPES}")
        return str(value)
    if field == "participants":
        names = [value] if isinstance(value, str) else list(value or [])
        names = [n.strip() for n in names if n and n.strip()]
        if not names:
            raise ValueError("an interaction needs at least one participant")
        return json.dumps(names, ensure_ascii=False)
    return "1" if value not in (None, "", "0", False) else None


def record(conn: Connection, article_id: str, trigger_start: int, field: str,
           value: str | None) -> None:
    """Store one correction (the latest per field wins) and apply it at once."""
    it = schema.interactions
    known = conn.execute(select(it.c.idx).where(it.c.article_id == article_id,
                                                it.c.trigger_start == trigger_start)).first()
    fixes = schema.interaction_corrections
    if known is None and conn.execute(select(fixes.c.field).where(
            fixes.c.article_id == article_id,
            fixes.c.trigger_start == trigger_start)).first() is None:
        raise ValueError(f"no interaction of article {article_id} starts at {trigger_start}")
    conn.execute(delete(fixes).where(fixes.c.article_id == article_id,
                                     fixes.c.trigger_start == trigger_start,
                                     fixes.c.field == field))
    conn.execute(fixes.insert().values(article_id=article_id, trigger_start=trigger_start,
                                       field=field, value=value,
                                       created_at=datetime.now(UTC)))
    apply(conn, article_id)


def apply(conn: Connection, article_id: str) -> None:
    """Make one article's stored interactions the corrected ones."""
    fixes = schema.interaction_corrections
    it, ip = schema.interactions, schema.interaction_participants
    rows = conn.execute(select(fixes.c.trigger_start, fixes.c.field, fixes.c.value)
                        .where(fixes.c.article_id == article_id)).all()
    for start, field, value in rows:
        idx = conn.execute(select(it.c.idx).where(it.c.article_id == article_id,
                                                  it.c.trigger_start == start)).scalar()
        if idx is None:
            continue  # the pipeline no longer finds it: nothing to correct
        mine = (ip.c.article_id == article_id, ip.c.interaction_idx == idx)
        if field == "deleted" and value:
            conn.execute(delete(ip).where(*mine))
            conn.execute(delete(it).where(it.c.article_id == article_id, it.c.idx == idx))
        elif field == "type":
            conn.execute(update(it).where(it.c.article_id == article_id, it.c.idx == idx)
                         .values(type=value))
        elif field == "participants":
            conn.execute(delete(ip).where(*mine))
            conn.execute(ip.insert(), [{"article_id": article_id, "interaction_idx": idx,
                                        "position": n, "participant": name}
                                       for n, name in enumerate(json.loads(value))])
