"""Specification of how a ``--speaker`` string finds names (`presswatch.store.name_search`).

Part of a name is looked for inside every alias and speaker string through a trigram index
(pg_trgm on PostgreSQL, an FTS5 trigram table on SQLite). It must find exactly what reading
every name would: any part of a name, accents and case folded, two letters as well as ten,
the characters that are wildcards to SQL (``%``, ``_``, ``*``, ``?``, ``[``) as plain
letters; and follow the names as a re-annotation and a recompute change them.
"""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from presswatch.store import QuoteFilter, Store
from presswatch.store.fixtures import annotated, person
from presswatch.store.name_search import INDEXED

SPEAKERS = ("Zoé Dupont-Lefèvre", "Jean_Paul Morel", "le collectif 50% Solidaire",
            "l'auteur de *Racines?*", "Ana [Costa] Ruiz", "Janvier Okafor")


def _article(aid: str, speakers: tuple[str, ...]) -> tuple:
    parts: list = ["Réunion publique. "]
    for n, speaker in enumerate(speakers):
        parts += ["« ", (f"Propos numéro {n} de la soirée", {"speaker": speaker,
                                                            "act": "statement"}), " ». "]
    return annotated(aid, date="2024-03-02", outlet="Le Veilleur", parts=parts,
                     people=[person("Zoé Dupont-Lefèvre", "Dupont-Lefèvre", gender="f")])


def _found(store: Store, name: str) -> set[str]:
    return {r["speaker"] for r in store.quotes(QuoteFilter(speaker=name)).rows}


@pytest.fixture
def named(store: Store) -> Store:
    store.add_article(*_article("reunion", SPEAKERS), pipeline_version="t")
    store.recompute()
    return store


def _stored_id(store: Store) -> str:
    [row] = store.quotes(QuoteFilter(speaker="okafor")).rows
    return row["article_id"]


@pytest.mark.parametrize("name", ["dupont", "DUPONT-LEFEVRE", "zoé", "upo", "zo", "n", "ruiz",
                                  "%", "_", "n_p", "50%", "*", "?", "[", "[costa]", "s?",
                                  "ja", "xyz"])
def test_a_speaker_string_finds_exactly_the_names_containing_it(named, name):
    expected = {s for s in SPEAKERS if name.lower().replace("é", "e")
                in s.lower().replace("é", "e").replace("è", "e")}

    assert _found(named, name) == expected


def test_the_search_follows_names_a_reannotation_changes(named):
    _, record = _article("reunion", ("Janvier Okafor", "Bérénice Vallon"))
    named.replace_annotations(_stored_id(named), record, pipeline_version="t2")
    named.recompute()

    assert _found(named, "vallon") == {"Bérénice Vallon"}
    assert _found(named, "morel") == set()
    assert _found(named, "okafor") == {"Janvier Okafor"}
    assert _found(named, "dupont") == set()  # her alias remains, but no quote of hers


def test_names_are_searched_through_an_index_on_each_database(named):
    """The index exists where the database offers one (pg_trgm is in Debian's
    PostgreSQL package, FTS5's trigram tokenizer in SQLite since 3.34)."""
    inspector = inspect(named.engine)
    for table, _column in INDEXED:
        if named.engine.dialect.name == "postgresql":
            assert f"{table}_grams" in {i["name"] for i in inspector.get_indexes(table)}
        else:
            assert f"{table}_grams" in inspector.get_table_names()
