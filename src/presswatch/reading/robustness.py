"""Hostile batches for the reader, and the oracle that judges what it made of them.

One generator of batches (:func:`make_batch`, driven by any :class:`random.Random`: a seeded
one in ``bench/reliability.py``, Hypothesis's ``st.randoms()`` in
``tests/test_reading_properties.py``) and one oracle (:func:`judge`), so the property test
and the figures in README's reliability table check the same promises:

- no exception escapes :func:`presswatch.reading.iter_articles` (nor the store);
- every good article of a batch comes out, with exactly its text (after the one
  replacement the reader states: a lone surrogate becomes U+FFFD, one for one);
- everything reading outputs is valid UTF-8, and every error is one line;
- no article text holds a NUL, and a stored text reads back identical.

A batch is a folder of files: good articles in UTF-8 (with or without BOM), UTF-16 or
UTF-32 with a BOM, as ``.txt``, ``.json`` or ``.jsonl`` (with lone surrogates escaped in
JSON, duplicate ids, junk lines between good ones), under names that may hold bytes that
are not UTF-8, newlines or spaces; and junk files (random bytes, NULs after the sniffed
first 8 KiB, binary signatures). Needs nothing outside the standard library and presswatch.
"""

from __future__ import annotations

import json
import os
import random
import string
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from presswatch.reading import Article, ReadError, iter_articles
from presswatch.store import Store

__all__ = ["Batch", "Verdict", "judge", "make_batch", "run_batch"]

SENTENCES = (
    "« Le tramway desservira le quartier nord dès l'automne », a annoncé la présidente "
    "de la métropole.",
    "Le syndicat des boulangers a dénoncé une hausse « insupportable » du prix de la farine.",
    "Interrogé mardi, le préfet a assuré que les routes seraient dégagées avant la nuit.",
    "« Nous avons perdu trois saisons de suite », a reconnu l'entraîneur, amer.",
    "La directrice de l'hôpital a expliqué que les urgences resteraient ouvertes tout l'été.",
    "Selon le maire, « la rénovation du gymnase coûtera moins que prévu ».",
    "Les riverains ont réclamé un feu rouge devant l'école élémentaire.",
    "« C'est une décision courageuse », a estimé le député de la circonscription.",
)
"""French sentences written for this generator (no corpus text)."""

ENCODINGS = (("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
             ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
             ("utf-32-be", b"\x00\x00\xfe\xff"))
"""Encodings a good article is written in, with the BOM written before it."""


@dataclass
class Batch:
    """Files to write in a folder, and the texts that must come out of them."""

    files: list[tuple[bytes, bytes]] = field(default_factory=list)
    """(name, content) pairs; names are bytes, as a POSIX file system holds them."""
    expected: list[str] = field(default_factory=list)
    """Texts of the good articles, as the reader must give them."""


@dataclass
class Verdict:
    """What the oracle found on one batch."""

    inputs: int = 0
    good: int = 0
    crashes: int = 0
    lost: int = 0
    bad_output: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Verdict) -> None:
        self.inputs += other.inputs
        self.good += other.good
        self.crashes += other.crashes
        self.lost += other.lost
        self.bad_output += other.bad_output
        self.problems += other.problems[:5]


def _text(rng: random.Random) -> str:
    sentences = [rng.choice(SENTENCES) for _ in range(rng.randint(1, 4))]
    ending = rng.choice(("\n", "\r\n", " "))
    return ending.join(sentences) + rng.choice(("", "\n", "\r\n"))


def _name(rng: random.Random, n: int, suffix: str) -> bytes:
    stem = rng.choice((b"article", b"d\xe9p\xeache", b"ligne\nbris\xe9e", b"caf\xc3\xa9",
                       b"deux mots", b"\xff\xfe", b"tab\tulation", b"x"))
    return stem + f"-{n}".encode() + suffix.encode()


def _encode(rng: random.Random, text: str) -> bytes:
    codec, bom = rng.choice(ENCODINGS)
    return bom + text.encode(codec)


def _with_surrogate(rng: random.Random, text: str) -> tuple[str, str]:
    """JSON source with a lone surrogate escaped in it, and the text the reader must give."""
    at = rng.randrange(len(text) + 1)
    lone = rng.choice(("\\ud800", "\\udfff", "\\udc80"))
    source = json.dumps(text[:at], ensure_ascii=False)[1:-1] + lone + \
        json.dumps(text[at:], ensure_ascii=False)[1:-1]
    return source, text[:at] + "\ufffd" + text[at:]


def _jsonl(rng: random.Random, batch: Batch) -> bytes:
    lines = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.random()
        text = _text(rng)
        record_id = rng.choice(("a", "b", "1", "même-id", None))
        if kind < 0.55:
            lines.append(json.dumps({"id": record_id, "text": text}, ensure_ascii=False))
            batch.expected.append(text)
        elif kind < 0.7:
            source, expected = _with_surrogate(rng, text)
            lines.append('{"id": "s", "text": "' + source + '"}')
            batch.expected.append(expected)
        elif kind < 0.8:
            lines.append(json.dumps({"text": text[:5] + "\0" + text[5:]}))  # refused
        elif kind < 0.9:
            lines.append(json.dumps({"text": "  \t ", "date": "2022-13-45"}))  # refused
        else:
            lines.append("".join(rng.choice(string.printable) for _ in range(20)))
    return _encode(rng, "\n".join(lines) + "\n")


def _junk(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.4:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
    if kind < 0.7:
        text = _text(rng)
        text *= 8300 // len(text) + 2  # over 8 KiB: the NUL goes past the sniffed start
        at = rng.randrange(8200, len(text))
        return (text[:at] + "\0" + text[at:]).encode()
    magic = rng.choice((b"%PDF-1.7", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\x1f\x8b"))
    return magic + bytes(rng.randrange(256) for _ in range(50))


def make_batch(rng: random.Random, files: int = 4) -> Batch:
    """A batch of ``files`` files, good and hostile, drawn from ``rng``."""
    batch = Batch()
    for n in range(files):
        kind = rng.random()
        if kind < 0.3:
            text = _text(rng)
            batch.files.append((_name(rng, n, ".txt"), _encode(rng, text)))
            batch.expected.append(text)
        elif kind < 0.5:
            texts = [_text(rng) for _ in range(rng.randint(1, 3))]
            data = json.dumps([{"id": "x", "text": t} for t in texts], ensure_ascii=False)
            batch.files.append((_name(rng, n, ".json"), _encode(rng, data)))
            batch.expected += texts
        elif kind < 0.75:
            batch.files.append((_name(rng, n, ".jsonl"), _jsonl(rng, batch)))
        else:
            suffix = rng.choice((".txt", ".json", ".jsonl", ".html"))
            batch.files.append((_name(rng, n, suffix), _junk(rng)))
    return batch


def _one_line_utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return len(value.splitlines()) <= 1


def judge(batch: Batch, items: list[Article | ReadError], store: Store | None) -> Verdict:
    """The oracle: what went wrong reading (and storing) ``batch``."""
    verdict = Verdict(inputs=len(batch.files), good=len(batch.expected))
    articles = [i for i in items if isinstance(i, Article)]
    missing = Counter(batch.expected) - Counter(a.text for a in articles)
    if missing:
        verdict.lost += sum(missing.values())
        verdict.problems.append(f"lost: {list(missing)[:2]!r}")
    for item in items:
        if isinstance(item, ReadError):
            if not _one_line_utf8(str(item)):
                verdict.bad_output += 1
                verdict.problems.append(f"error not one UTF-8 line: {str(item)!r}")
            continue
        fields = (item.id, item.source, item.text, *getattr(item, "notes", ()),
                  *(v for v in (item.title, item.url, item.date, item.outlet) if v))
        if any(not _one_line_utf8(v) for v in fields[:2]) or "\0" in item.text or \
                any(not _one_line_utf8(v.replace("\n", " ").replace("\r", " "))
                    for v in fields[2:]):
            verdict.bad_output += 1
            verdict.problems.append(f"bad article fields: {item.id!r}")
    if store is not None:
        stored_ids = []
        for article in articles:
            try:
                stored = store.add_article(article, _record(article), pipeline_version="fuzz")
            except Exception as err:
                verdict.crashes += 1
                verdict.problems.append(f"store crashed: {type(err).__name__}: {err}")
                continue
            if stored is not None:
                stored_ids.append((stored, article.text))
        read_back = {a.id: a.text for a in store.stored_articles()}
        for stored, text in stored_ids:
            if read_back.get(stored) != text:
                verdict.lost += 1
                verdict.problems.append(f"stored text reads back differently: {stored}")
    return verdict


def _record(article: Article) -> dict:
    return {"id": article.id, "url": article.url, "date": article.date,
            "outlet": article.outlet, "title": article.title, "story": None, "quotes": [],
            "interactions": [], "people": [], "boilerplate": []}


def run_batch(batch: Batch, *, store: bool = True) -> Verdict:
    """Write ``batch`` to a fresh folder, read it as ``presswatch ingest`` does, store what
    was read in a fresh SQLite store (with ``store``), and judge it all."""
    with tempfile.TemporaryDirectory(prefix="presswatch-fuzz-") as folder:
        inputs = Path(folder, "in")
        inputs.mkdir()
        for name, content in batch.files:
            with open(os.path.join(os.fsencode(inputs), name), "wb") as f:
                f.write(content)
        try:
            items = list(iter_articles([inputs]))
        except Exception as err:
            verdict = Verdict(inputs=len(batch.files), good=len(batch.expected), crashes=1)
            verdict.problems.append(f"reader crashed: {type(err).__name__}: {err}")
            return verdict
        if not store:
            return judge(batch, items, None)
        with Store(f"sqlite:///{Path(folder, 'store.db')}") as db:
            return judge(batch, items, db)
