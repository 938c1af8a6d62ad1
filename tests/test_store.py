"""Specification of the Store on SQLite and PostgreSQL: schema and migrations, idempotent
writes, atomic articles, corrections that outlive re-annotation, and the named reads the
CLI calls. Data come from `presswatch.store.fixtures` (no spaCy model needed)."""

from __future__ import annotations

import copy
import csv
import json

import pyarrow.parquet as pq
import pytest
from sqlalchemy import inspect

from presswatch.formats.export import EXPORT_TABLES, export
from presswatch.reading import Article
from presswatch.store import QuoteFilter, Store, StoreError
from presswatch.store.fixtures import annotated, interaction, person, populate, sample_articles
from presswatch.store.migrations import MIGRATIONS, pending

PUBLIC_TABLES = {"articles", "quotes", "people", "person_aliases", "person_roles",
                 "quote_people", "interactions", "interaction_participants", "stories",
                 "article_stories", "corrections", "schema_migrations", "article_people",
                 "boilerplate", "participant_people"}


@pytest.fixture
def filled(store: Store) -> Store:
    populate(store)
    return store


def texts(rows) -> list[str]:
    return [r["text"] for r in rows.rows]


# --------------------------------------------------------------------------------------------
# Schema


def test_the_schema_is_plain_public_tables_and_every_migration_is_recorded(store):
    tables = set(inspect(store.engine).get_table_names())

    assert tables >= PUBLIC_TABLES
    assert pending(store.engine) == []
    with store.engine.connect() as conn:
        names = [r.name for r in conn.exec_driver_sql(
            "SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [name for name, _fn in MIGRATIONS]


def test_opening_a_store_again_applies_nothing(store_url, store):
    with Store(store_url) as again:
        assert pending(again.engine) == []


def test_a_query_on_a_missing_sqlite_file_is_an_error_not_an_empty_database(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        Store(f"sqlite:///{tmp_path / 'typo.db'}", create=False)
    assert not (tmp_path / "typo.db").exists()


# --------------------------------------------------------------------------------------------
# Writes


def test_the_same_article_twice_is_stored_once(store):
    article, record = sample_articles()[0]
    moved = Article(id="elsewhere", text=article.text, url="https://other.example/x")
    edited = Article(id="update", text=article.text + " Mise à jour.", url=article.url)

    first = store.add_article(article, record, pipeline_version="t")
    again = store.add_article(article, record, pipeline_version="t")
    same_text = store.add_article(moved, record, pipeline_version="t")
    same_url = store.add_article(edited, record, pipeline_version="t")

    assert first is not None and (again, same_text, same_url) == (None, None, None)
    assert store.counts()["articles"] == 1
    assert store.counts()["quotes"] == len(record["quotes"])
    assert store.has_article("  " + article.text.replace(" ", "  "))  # normalised text


def test_an_article_that_fails_midway_leaves_nothing_behind(store):
    article, record = sample_articles()[0]
    broken = copy.deepcopy(record)
    del broken["quotes"][1]["start"]  # the second quote cannot be written

    with pytest.raises(KeyError):
        store.add_article(article, broken, pipeline_version="t")

    assert store.counts()["articles"] == 0 and store.counts()["quotes"] == 0
    assert store.add_article(article, record, pipeline_version="t") is not None


def test_corrections_survive_re_annotation(filled):
    lavrov = filled.quotes(QuoteFilter(text="tensions")).rows[0]
    blinken = filled.quotes(QuoteFilter(text="diplomatie reste possible")).rows[0]

    filled.correct(lavrov["key"], "act", "criticism")
    filled.correct(blinken["key"], "deleted", "1")
    _article, record = next(p for p in sample_articles() if p[0].id == "geneve-2")
    filled.replace_annotations(lavrov["article_id"], record, pipeline_version="v2")
    filled.recompute()

    [again] = filled.quotes(QuoteFilter(text="tensions")).rows
    assert (again["act"], again["pipeline_version"], again["corrected"]) == (
        "criticism", "v2", True)
    assert filled.quotes(QuoteFilter(text="diplomatie reste possible")).rows == []


def test_a_corrected_speaker_moves_the_quote_to_that_person(filled):
    renard = filled.quotes(QuoteFilter(speaker="Wendie")).rows[0]

    filled.correct(renard["key"], "speaker", "Hervé Renard")
    filled.recompute()

    assert texts(filled.quotes(QuoteFilter(speaker="Wendie"))) == []
    assert "Nous voulons le titre" in texts(filled.quotes(QuoteFilter(speaker="Hervé")))


def test_only_known_fields_can_be_corrected(store):
    with pytest.raises(ValueError, match="cannot correct 'text'"):
        store.correct("x:1-2", "text", "y")


# --------------------------------------------------------------------------------------------
# People and stories across articles


def test_people_are_canonical_across_articles(filled):
    people = {p["name"]: p for p in filled.people().rows}

    assert set(people) == {"Sergueï Lavrov", "Anthony Blinken", "Marco Rubio",
                           "Hervé Renard", "Wendie Renard"}
    assert set(people["Sergueï Lavrov"]["aliases"]) == {"Sergueï Lavrov", "Sergey Lavrov",
                                                        "Lavrov"}


def test_speaker_filter_matches_every_alias_and_role_linked_quote(filled):
    assert texts(filled.quotes(QuoteFilter(speaker="lavrov"))) == [
        "Nous restons attachés à la sécurité indivisible",  # as Sergueï Lavrov
        "Vous attisez les tensions",  # "le chef de la diplomatie russe"
        "Nous restons attachés à la sécurité indivisible",  # the reprint, as "Lavrov"
    ]
    [rubio] = filled.quotes(QuoteFilter(speaker="rubio")).rows
    assert (rubio["speaker"], rubio["people"]) == ("le secrétaire d'État américain",
                                                   ["Marco Rubio"])  # the holder in 2025


def test_person_shows_roles_with_dates_acts_and_counterparts(filled):
    info = filled.person("Sergey Lavrov")

    assert info["name"] == "Sergueï Lavrov"
    assert info["roles"] == [{"role": "le ministre russe des Affaires étrangères",
                              "first_seen": "2022-01-21", "last_seen": "2025-02-18",
                              "count": 2}]
    assert info["acts"] == {"statement": 2, "accusation": 1}
    assert [c["name"] for c in info["counterparts"]] == ["Anthony Blinken", "Marco Rubio"]
    assert filled.person("Renard") is None  # two Renards, equally quoted: ambiguous


def test_a_person_page_lists_who_was_addressed_and_met_not_the_noise_around(store):
    """Addressees that name no one (a fragment, a phrase relative to someone unnamed) are
    left out, a known person's alias is that person; people beside a summit or in a
    crowded list of parties were not met."""
    said = {"speaker": "Hélène Dubreuil", "act": "statement"}
    parts = ["Hélène Dubreuil a reçu Marc Aubry. Elle a dit : « ", ("Un", said), " ». « ",
             ("Deux", said), " ». « ", ("Trois", said), " ». « ", ("Quatre", said), " ».\n"]
    for k, addressee in enumerate(["M. Aubry", "cette occasion les enjeux", "les syndicats",
                                   "son homologue belge"]):
        parts[2 + 2 * k] = (parts[2 + 2 * k][0], {**said, "addressee": addressee})
    names = ["Hélène Dubreuil", "Marc Aubry", "Paul Lenoir", "Ana Costa", "Yves Morin"]
    article, record = annotated(
        "sommet", date="2024-05-02", outlet="Le Courrier", parts=parts,
        people=[person("Hélène Dubreuil", gender="f"), person("Marc Aubry", "Aubry"),
                *(person(n) for n in names[2:])],
        interactions=[interaction("meeting", None, "Hélène Dubreuil", "Marc Aubry"),
                      interaction("summit", "Lyon", "Hélène Dubreuil", "Paul Lenoir"),
                      interaction("meeting", None, *names)])
    store.add_article(article, record, pipeline_version="t")
    store.recompute()

    page = store.person("Hélène Dubreuil")
    assert page["addressees"] == [{"name": "Marc Aubry", "quotes": 1},
                                  {"name": "les syndicats", "quotes": 1}]
    assert page["counterparts"] == [{"name": "Marc Aubry", "interactions": 1}]
    assert store.person_by_id(page["id"])["addressees"] == page["addressees"]
    assert [c["name"] for c in store.person_by_id(page["id"])["counterparts"]] == [
        "Marc Aubry"]


def test_an_addressee_given_by_role_and_surname_is_that_person(store):
    said = {"speaker": "Hélène Dubreuil", "act": "statement"}
    parts = ["Hélène Dubreuil a parlé. « ",
             ("Un", {**said, "addressee": "le ministre belge Aubry"}), " ». « ",
             ("Deux", {**said, "addressee": "la Maison Blanche"}), " ».\n"]
    article, record = annotated(
        "roles", date="2024-05-02", outlet="Le Courrier", parts=parts,
        people=[person("Hélène Dubreuil", gender="f"), person("Marc Aubry", "Aubry")])
    store.add_article(article, record, pipeline_version="t")
    store.recompute()

    assert store.person("Hélène Dubreuil")["addressees"] == [
        {"name": "Marc Aubry", "quotes": 1}, {"name": "la Maison Blanche", "quotes": 1}]


def test_two_addressees_by_role_are_not_the_last_one_alone(store):
    """`les ministres Aubry et Roux` names two people: it is not Jean Roux's quote."""
    said = {"speaker": "Hélène Dubreuil", "act": "statement"}
    parts = ["Hélène Dubreuil a parlé. « ",
             ("Un", {**said, "addressee": "les ministres Aubry et Roux"}), " ».\n"]
    article, record = annotated(
        "pair", date="2024-05-02", outlet="Le Courrier", parts=parts,
        people=[person("Hélène Dubreuil", gender="f"), person("Marc Aubry", "Aubry"),
                person("Jean Roux", "Roux")])
    store.add_article(article, record, pipeline_version="t")
    store.recompute()

    assert store.person("Hélène Dubreuil")["addressees"] == [
        {"name": "les ministres Aubry et Roux", "quotes": 1}]


def test_stories_group_articles_about_one_event_across_outlets(filled):
    [story] = filled.stories().rows

    assert story["label"] == "Lavrov – Blinken, rencontre à Genève (2022-01-21)"
    assert story["outlet_names"] == ["La Gazette", "Le Quotidien"]
    assert texts(filled.quotes(QuoteFilter(story="Genève"))) == [
        "Nous restons attachés à la sécurité indivisible", "Toute agression aura un coût sévère",
        "Vous attisez les tensions", "La diplomatie reste possible"]


def test_timeline_lists_dated_interactions_and_quotes_in_order(filled):
    rows = filled.timeline("Blinken").rows

    assert [(r["date"], r["kind"], r["what"]) for r in rows] == [
        ("2022-01-21", "interaction", "meeting"), ("2022-01-21", "quote", "warning"),
        ("2022-01-22", "interaction", "talks"), ("2022-01-22", "quote", "opinion")]


# --------------------------------------------------------------------------------------------
# Query filters and caps


@pytest.mark.parametrize("filters, expected", [
    (QuoteFilter(act="praise"), ["Je suis fier de ce groupe"]),
    (QuoteFilter(since="2025"), ["Ce fut une conversation utile"]),
    (QuoteFilter(since="2022-01-22", until="2022-01"), [
        "Vous attisez les tensions", "La diplomatie reste possible",
        "Nous restons attachés à la sécurité indivisible"]),
    (QuoteFilter(speaker="lavrov", since="2022-01-22", until="2022-01"), [
        "Vous attisez les tensions", "Nous restons attachés à la sécurité indivisible"]),
    (QuoteFilter(outlet="sport"), ["Je suis fier de ce groupe", "Nous voulons le titre"]),
    (QuoteFilter(text="sécurité indivisible", outlet="quotidien"), [
        "Nous restons attachés à la sécurité indivisible"]),
    (QuoteFilter(text='"coût sévère"'), ["Toute agression aura un coût sévère"]),
    (QuoteFilter(text="NOT (unbalanced"), []),
])
def test_quote_filters(filled, filters, expected):
    assert texts(filled.quotes(filters)) == expected


def test_quote_rows_carry_what_a_citation_needs(filled):
    [row] = filled.quotes(QuoteFilter(text="coût sévère")).rows

    assert (row["outlet"], row["url"], row["date"]) == ("Le Quotidien", "https://ex.org/1",
                                                        "2022-01-21")
    assert row["sentence"].endswith("« Toute agression aura un coût sévère »."), row["sentence"]
    assert row["sentence"].startswith("Le secrétaire d'État américain Antony Blinken")
    article = next(a for a, _r in sample_articles() if a.id == "geneve-1")
    assert article.text[row["start"]:row["end"]] == row["text"]


def test_reads_are_capped_and_say_so(filled):
    capped = filled.quotes(limit=3)
    everything = filled.quotes(limit=100)

    assert (len(capped.rows), capped.truncated) == (3, True)
    assert (len(everything.rows), everything.truncated) == (8, False)


def test_search_finds_quotes_then_articles(filled):
    hits = filled.search("sécurité indivisible").rows

    assert [h["kind"] for h in hits] == ["quote", "quote", "article", "article"]
    assert all("indivisible" in h["text"] for h in hits)


# --------------------------------------------------------------------------------------------
# Export


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_writes_every_table_with_citable_quote_rows(filled, tmp_path, fmt):
    written = export(filled, tmp_path, fmt)

    assert set(written) == set(EXPORT_TABLES) and written["quotes"] == 8
    path = tmp_path / f"quotes.{fmt}"
    if fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
    else:
        rows = pq.read_table(path).to_pylist()
    first = rows[0]
    for field in ("outlet", "url", "date", "sentence", "start", "end", "speaker", "key"):
        assert field in first
    assert str(first["start"]) == str(filled.quotes(limit=1).rows[0]["start"])


def test_an_analyst_s_story_merge_and_split_survive_recomputes(filled):
    [story] = filled.stories().rows
    filled.correct_story("geneve-2", None)  # a split, by input id
    filled.recompute()
    assert filled.stories().rows == []

    filled.correct_story("ryad", "geneve-1")  # a merge
    filled.recompute()
    filled.recompute()
    [merged] = filled.stories().rows
    assert merged["articles"] == 2 and merged["id"] != story["id"]
    with pytest.raises(ValueError, match="no stored article"):
        filled.correct_story("nowhere", None)
