"""Specification of an analyst's interaction corrections: a type, the parties, or a mention
that reports no interaction, fixed once and kept through re-annotation, on SQLite and
PostgreSQL. Data come from `presswatch.store.fixtures` (no spaCy model needed)."""

from __future__ import annotations

import pytest

from presswatch.store import Store
from presswatch.store.fixtures import populate, sample_articles


@pytest.fixture
def filled(store: Store) -> Store:
    populate(store)
    return store


def interactions_of(store: Store, url: str) -> list[dict]:
    return [r for r in store.interactions_page(offset=0, limit=50)[0] if r["url"] == url]


def reannotate(store: Store, input_id: str, url: str) -> None:
    _article, record = next(p for p in sample_articles() if p[0].id == input_id)
    aid = next(r["id"] for r in store.articles_page(offset=0, limit=50)[0] if r["url"] == url)
    store.replace_annotations(aid, record, pipeline_version="v2")


def test_a_corrected_type_and_parties_are_what_every_read_shows(filled):
    filled.correct_interaction("geneve-1", 0, "type", "talks")
    filled.correct_interaction("geneve-1", 0, "participants",
                               ["Sergueï Lavrov", "Antony Blinken", "la délégation suisse"])
    filled.recompute()

    [ev] = interactions_of(filled, "https://ex.org/1")
    assert (ev["type"], ev["trigger_start"]) == ("talks", 0)  # the key a fix is made by
    assert ev["participants"] == ["Sergueï Lavrov", "Antony Blinken", "la délégation suisse"]
    listed, _more = filled.interactions_page(offset=0, limit=50, participant="suisse")
    assert [r["type"] for r in listed] == ["talks"]
    assert filled.article(ev["article_id"])["interactions"][0]["type"] == "talks"


def test_corrections_survive_re_annotation_and_a_deleted_mention_stays_gone(filled):
    filled.correct_interaction("geneve-1", 0, "type", "talks")
    filled.correct_interaction("ryad", 0, "deleted", "1")
    assert interactions_of(filled, "https://ex.org/3") == []

    reannotate(filled, "geneve-1", "https://ex.org/1")
    reannotate(filled, "ryad", "https://ex.org/3")
    filled.recompute()

    assert [ev["type"] for ev in interactions_of(filled, "https://ex.org/1")] == ["talks"]
    assert interactions_of(filled, "https://ex.org/3") == []


@pytest.mark.parametrize("field, value, message", [
    ("place", "Berne", "cannot correct an interaction's 'place'"),
    ("type", "dinner", "unknown interaction type 'dinner'"),
    ("participants", [], "at least one participant"),
])
def test_only_known_fields_and_types_can_be_corrected(filled, field, value, message):
    with pytest.raises(ValueError, match=message):
        filled.correct_interaction("geneve-1", 0, field, value)


def test_a_correction_names_a_stored_mention(filled):
    with pytest.raises(ValueError, match="no stored article"):
        filled.correct_interaction("nowhere", 0, "type", "talks")
    with pytest.raises(ValueError, match="starts at 999"):
        filled.correct_interaction("geneve-1", 999, "type", "talks")
