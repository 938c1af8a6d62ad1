"""Annotated records → table rows (pure functions, no SQL).

An article's id is a hash of its normalised text and URL, so that the same article read
again (another run, another file, a re-run after a crash) maps to the same row; the hash of
the normalised text alone is unique too, so a reprint under another URL is stored once.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime
from typing import TYPE_CHECKING, Any

from presswatch.linking.provenance import find_provenance
from presswatch.linking.story_text import keywords
from presswatch.nlp.dates import parse_article_date
from presswatch.textutil import fold

if TYPE_CHECKING:  # the reading package (charset detection, …) is for writers to import
    from presswatch.reading import Article

__all__ = ["article_id", "article_rows", "credit_rows", "iso_date", "normalise_text",
           "quote_key", "sentence_around", "text_hash"]

MAX_SENTENCE_CHARS = 1200
"""The ``sentence`` stored with a quote is cut around the quote beyond this length."""

_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?…](?:[»”\"'’)\]]*)\s+|\n\s*")


def normalise_text(text: str) -> str:
    """What two copies of one article share: NFKC, one kind of apostrophe, single spaces."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'")
    return _SPACES.sub(" ", text).strip()


def text_hash(text: str) -> str:
    """sha1 of the normalised text: a reprint under another URL has the same hash."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(text: str, url: str | None) -> str:
    """sha1 of the normalised text and the URL: the article's primary key."""
    data = normalise_text(text) + "\n" + (url or "")
    return hashlib.sha1(data.encode("utf-8")).hexdigest()


def quote_key(article: str, start: int, end: int) -> str:
    """A quote's identity that survives re-annotation: where it is in its article's text."""
    return f"{article}:{start}-{end}"


def iso_date(value: str | None) -> str | None:
    """An ISO day (``2022-02-10``), a month (``2022-02``) or None for anything else."""
    day = parse_article_date(value)
    if day is not None:
        return day.isoformat()
    value = (value or "").strip()
    return value[:7] if re.fullmatch(r"\d{4}-\d{2}(-.*)?", value) else None


def sentence_around(text: str, start: int, end: int) -> tuple[int, str]:
    """The sentence(s) holding ``text[start:end]``: what a reader needs to cite a quote.

    Boundaries are a sentence-final mark followed by a space, or a line break; the result
    is cut to :data:`MAX_SENTENCE_CHARS` around the quote.
    """
    start, end = max(0, start), min(len(text), max(start, end))
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    right = max(m.end() if m else len(text), end)
    if right - left > MAX_SENTENCE_CHARS:
        slack = max(0, (MAX_SENTENCE_CHARS - (end - start)) // 2)
        left, right = max(left, start - slack), min(right, end + slack)
    while left < right and text[left].isspace():
        left += 1
    return left, text[left:right].rstrip()


def _infer_date(record: dict[str, Any]) -> str | None:
    days = [d for ev in record.get("interactions") or [] if (d := iso_date(ev.get("date")))
            and len(d) == 10]
    return max(days) if days else None


def article_rows(article: Article, record: dict[str, Any], *, pipeline_version: str,
                 now: datetime) -> dict[str, Any]:
    """The ``articles`` row of one annotated article (its text is ``article.text``)."""
    date = iso_date(record.get("date") or article.date)
    inferred = None if date else _infer_date(record)
    return {
        "id": article_id(article.text, article.url), "input_id": article.id,
        "url": article.url or None, "text_hash": text_hash(article.text),
        "outlet": record.get("outlet") or article.outlet, "date": date or inferred,
        "date_inferred": inferred is not None,
        "date_basis": "interactions" if inferred is not None else None,
        "title": record.get("title") or article.title, "text": article.text,
        "source": article.source, "pipeline_version": pipeline_version, "ingested_at": now,
        "byline": find_provenance(article.text).byline,
        "keywords": keywords_json(record, article.text),
    }


def keywords_json(record: dict[str, Any], text: str) -> str:
    """The ``articles.keywords`` value: the record's keywords, else the text's."""
    return json.dumps(record.get("keywords") or keywords(text), ensure_ascii=False)


def credit_rows(aid: str, text: str) -> list[dict[str, Any]]:
    """The ``article_credits`` rows of one article: the agencies and outlets it credits."""
    return [{"article_id": aid, "idx": i, "name": c.name, "name_folded": fold(c.name),
             "kind": c.kind, "phrase": c.phrase, "start": c.start, "end": c.end}
            for i, c in enumerate(find_provenance(text).credits)]


def annotation_rows(aid: str, text: str, record: dict[str, Any], pipeline_version: str, *,
                    article_date: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Rows of every annotation table for one article, by table name. ``article_date`` is
    the stored article's date: a quote without ``said_on`` is listed under it."""
    quotes = []
    for q in record.get("quotes") or []:
        start, end = int(q["start"]), int(q["end"])
        s_start, sentence = sentence_around(
            text, min(start, q.get("cue_start") or start), max(end, q.get("cue_end") or end))
        quotes.append({
            "article_id": aid, "quote_id": str(q.get("id")), "key": quote_key(aid, start, end),
            "start": start, "end": end, "text": q.get("text") or text[start:end],
            "type": q.get("type"), "speaker": q.get("speaker"),
            "speaker_folded": fold(q.get("speaker")) or None, "act": q.get("act"),
            "cue": q.get("cue"), "cue_start": q.get("cue_start"), "cue_end": q.get("cue_end"),
            "mention": q.get("mention"), "addressee": q.get("addressee"),
            "said_on": q.get("said_on"), "said_at": q.get("said_at"),
            "said_when": article_date if q.get("said_on") is None else q["said_on"],
            "parent": q.get("parent"), "in_boilerplate": bool(q.get("in_boilerplate")),
            "confidence": q.get("confidence"), "sentence": sentence,
            "sentence_start": s_start, "pipeline_version": pipeline_version,
        })
    # one row per quote key: the pipeline may report one span twice
    quotes = list({q["key"]: q for q in quotes}.values())
    people = [{"article_id": aid, "idx": i, "name": p.get("name") or "",
               "gender": p.get("gender"), "names": json.dumps(p.get("names") or [],
                                                               ensure_ascii=False),
               "roles": json.dumps(p.get("roles") or [], ensure_ascii=False),
               "mentions": len(p.get("mentions") or [])}
              for i, p in enumerate(record.get("people") or []) if p.get("name")]
    interactions, participants = [], []
    for i, ev in enumerate(record.get("interactions") or []):
        interactions.append({
            "article_id": aid, "idx": i, "type": ev.get("type") or "unknown",
            "place": ev.get("place"), "date": iso_date(ev.get("date")),
            "trigger": ev.get("trigger"), "trigger_start": ev.get("trigger_start"),
            "trigger_end": ev.get("trigger_end")})
        participants += [{"article_id": aid, "interaction_idx": i, "position": n,
                          "participant": name}
                         for n, name in enumerate(ev.get("participants") or []) if name]
    spans = {b["start"]: {"article_id": aid, "start": b["start"], "end": b["end"],
                          "kind": b.get("kind")} for b in record.get("boilerplate") or []}
    return {"quotes": quotes, "article_people": people, "interactions": interactions,
            "interaction_participants": participants, "boilerplate": list(spans.values()),
            "article_credits": credit_rows(aid, text)}
