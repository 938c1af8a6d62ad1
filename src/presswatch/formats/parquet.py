"""``annotate --format parquet --out DIR``: one Parquet file per partition, then the stories.

The records stream into ``part-00000.parquet``, ``part-00001.parquet``… one file per
partition of ``partition_size`` records, in input order, the moment a partition is
complete, so memory stays flat and a Dask run writes as its partitions come in. One row is
one article: the record's plain fields as string columns, its lists and maps (``quotes``,
``people``, ``interactions``, ``keywords``…) as JSON text, so every file has the same
schema whatever an article holds, and nothing is lost (:func:`read_records` gives the
records back). Stories need the whole run: they are grouped from each record's compact
features (:func:`presswatch.linking.stories.features`) once all partitions are in and
written last, to ``stories.parquet`` (``id``, ``story``), the ``story`` field of the JSONL
output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from presswatch.linking import stories

__all__ = ["PLAIN_FIELDS", "STORIES_FILE", "read_records", "write_parquet"]

PLAIN_FIELDS = ("id", "url", "date", "outlet", "title", "byline", "text")
"""Record fields written as string columns; every other field is JSON text."""
STORIES_FILE = "stories.parquet"
PART_GLOB = "part-*.parquet"


def _row(record: dict[str, Any], nested: tuple[str, ...]) -> dict[str, Any]:
    row = {name: record.get(name) for name in PLAIN_FIELDS}
    row.update({name: json.dumps(record.get(name), ensure_ascii=False) for name in nested})
    return row


def write_parquet(records: Iterable[dict[str, Any]], out_dir: str | Path,
                  partition_size: int, group_stories: bool = True) -> int:
    """Write ``records`` to ``out_dir`` (created if missing; the parts and stories of an
    earlier run there are replaced) and return how many were written.

    Args:
        records: Article records, in input order, consumed once.
        out_dir: The folder.
        partition_size: Records per file.
        group_stories: Write ``stories.parquet`` once every record is in.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob(PART_GLOB), out / STORIES_FILE]:
        old.unlink(missing_ok=True)
    it = iter(records)
    features: list[stories.StoryFeatures] = []
    schema: pa.Schema | None = None
    nested: tuple[str, ...] = ()
    written = 0
    while batch := list(islice(it, partition_size)):
        if schema is None:  # fixed by the first record: every part has the same columns
            nested = tuple(k for k in batch[0] if k not in PLAIN_FIELDS and k != "story")
            schema = pa.schema([(name, pa.string()) for name in PLAIN_FIELDS + nested])
        if group_stories:
            features.extend(stories.features(r) for r in batch)
        table = pa.Table.from_pylist([_row(r, nested) for r in batch], schema=schema)
        pq.write_table(table, out / f"part-{written // partition_size:05d}.parquet")
        written += len(batch)
    if group_stories:
        story_of = stories.group(features)
        rows = [{"id": f.id, "story": story_of.get(f.id)} for f in features]
        pq.write_table(pa.Table.from_pylist(
            rows, schema=pa.schema([("id", pa.string()), ("story", pa.string())])),
            out / STORIES_FILE)
    return written


def read_records(out_dir: str | Path) -> Iterator[dict[str, Any]]:
    """The records a :func:`write_parquet` folder holds, in input order, with ``story`` set
    from ``stories.parquet`` when there is one: what ``--format jsonl`` prints."""
    out = Path(out_dir)
    story_of: dict[str, str | None] = {}
    if (out / STORIES_FILE).exists():
        story_of = {r["id"]: r["story"] for r in pq.read_table(out / STORIES_FILE).to_pylist()}
    for part in sorted(out.glob(PART_GLOB)):
        for row in pq.read_table(part).to_pylist():
            record: dict[str, Any] = {}
            for name, value in row.items():
                record[name] = value if name in PLAIN_FIELDS else json.loads(value)
            if record.get("text") is None:
                del record["text"]  # only extracted (HTML) texts are in a record
            record["story"] = story_of.get(record["id"])
            yield record
