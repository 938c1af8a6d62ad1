"""Specification of provenance: the agencies and outlets an article credits and its byline,
found by general patterns and an editable agency list; quotes filtered by original source
and by whether the article reports them first-hand; older databases gain both."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect

from presswatch import cli
from presswatch.linking.provenance import find_provenance, load_agencies
from presswatch.store import QuoteFilter, Store
from presswatch.store.fixtures import annotated, person


def credited(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.kind) for c in find_provenance(text).credits]


# --------------------------------------------------------------------------------------------
# Credits and bylines in article texts


@pytest.mark.parametrize("text, expected", [
    ("La Russie rejette ces soupçons.\nAvec des informations de Spoutnik et de l’AFP\n.",
     [("Spoutnik", "agency"), ("AFP", "agency")]),
    ("Lavrov a parlé avec Blinken.\n\nIran Press/ Le Monde : La Russie, quant à elle, a nié "
     "les allégations occidentales.", [("Iran Press", "outlet"), ("Le Monde", "outlet")]),
    ("MOSCOU (Reuters) - Le Kremlin a démenti toute intention d'envahir l'Ukraine.",
     [("Reuters", "agency")]),
    ("Le ministre est arrivé à Genève vendredi soir, selon l'AFP.", [("AFP", "agency")]),
    ("Le journal russe Kommersant a cité deux sources diplomatiques.",
     [("Kommersant", "outlet")]),
    ("L'agence américaine Bloomberg a rapporté samedi, citant des responsables.",
     [("Bloomberg", "agency")]),
    ("Une dépêche de l'Agence France-Presse le confirme.", [("AFP", "agency")]),
    ("Le texte de l'article.\nSource : Reuters, Le Figaro\n",
     [("Reuters", "agency"), ("Le Figaro", "outlet")]),
])
def test_an_article_credits_agencies_and_outlets(text, expected):
    assert credited(text) == expected


@pytest.mark.parametrize("text", [
    "L'AP-HP a ouvert un nouveau service.",  # AP inside another acronym
    "Selon Moscou, les troupes sont rentrées dans leurs casernes.",
    "Le détail est sur le site Internet du ministère.",
    "Avec cette victoire, la voie vers la première place du groupe F paraît tracée.",
])
def test_places_institutions_and_ordinary_sentences_are_no_credit(text):
    assert credited(text) == []


@pytest.mark.parametrize("text, byline", [
    ("Par Jean Dupont, correspondant à Moscou\nLe Kremlin a démenti.", "Jean Dupont"),
    ("Propos recueillis par Marie-Claire Durand et Paul Martin\nQuestion.",
     "Marie-Claire Durand et Paul Martin"),
    ("Le Kremlin a démenti.\nPar Anne Le Goff (avec AFP)", "Anne Le Goff"),
    ("Le Kremlin a démenti, par la voix de son porte-parole.", None),
])
def test_the_byline_is_who_signed_the_article(text, byline):
    assert find_provenance(text).byline == byline


def test_the_agency_list_is_an_editable_file(tmp_path):
    path = tmp_path / "agencies.tsv"
    path.write_text("# one per line\nname\taliases\nČTK\tČTK|CTK\n", encoding="utf-8")

    agencies = load_agencies(path)

    assert [c.name for c in find_provenance("PRAGUE (CTK) - Le gouvernement a démissionné.",
                                            agencies).credits] == ["ČTK"]
    assert find_provenance("Selon l'AFP, rien.", agencies).credits == ()  # not in this list


# --------------------------------------------------------------------------------------------
# In the store: credits per article, quotes by source, first- and second-hand quotes


def _articles() -> list:
    lavrov = [person("Sergueï Lavrov", "Lavrov"), person("Maria Zakharova", gender="f")]
    return [
        annotated("wire", date="2022-02-10", outlet="Le Journal", parts=[
            "Par Jean Dupont\nSergueï Lavrov a déclaré : « ",
            ("Le sol était gelé comme une pierre", {"speaker": "Sergueï Lavrov"}),
            " ». Maria Zakharova a rapporté que, selon lui, « ",
            ("personne ne nous écoute", {"speaker": "Sergueï Lavrov", "parent": "q3"}),
            " ». Zakharova a ajouté : « ",
            ("la conversation fut celle de sourds", {"speaker": "Maria Zakharova"}),
            " ».\nAvec des informations de Spoutnik et de l’AFP\n"], people=lavrov),
        annotated("own", date="2022-02-10", outlet="Le Monde", parts=[
            "Sergueï Lavrov a estimé que « ", ("rien n'a changé", {"speaker": "Sergueï Lavrov"}),
            " ».\n"], people=lavrov[:1]),
    ]


@pytest.fixture
def credits_store(store: Store) -> Store:
    for article, record in _articles():
        store.add_article(article, record, pipeline_version="t")
    store.recompute()
    return store


def texts(rows) -> list[str]:
    return [r["text"] for r in rows.rows]


@pytest.mark.parametrize("filters, expected", [
    (QuoteFilter(source="AFP"), ["Le sol était gelé comme une pierre", "personne ne nous écoute",
                                 "la conversation fut celle de sourds"]),
    (QuoteFilter(source="Agence France-Presse"),
     ["Le sol était gelé comme une pierre", "personne ne nous écoute",
      "la conversation fut celle de sourds"]),
    (QuoteFilter(source="sputnik"), ["Le sol était gelé comme une pierre",
                                     "personne ne nous écoute",
                                     "la conversation fut celle de sourds"]),
    (QuoteFilter(source="monde"), ["rien n'a changé"]),  # an article is its own source
    (QuoteFilter(source="Reuters"), []),
    (QuoteFilter(speaker="lavrov", second_hand=False), ["Le sol était gelé comme une pierre",
                                                        "rien n'a changé"]),
    (QuoteFilter(only_second_hand=True), ["personne ne nous écoute"]),
])
def test_quotes_by_original_source_and_hand(credits_store, filters, expected):
    assert sorted(texts(credits_store.quotes(filters))) == sorted(expected)


def test_quote_rows_and_articles_carry_their_credits_and_byline(credits_store):
    row = credits_store.quotes(QuoteFilter(text="gelé")).rows[0]
    article = credits_store.article_sources(row["article_id"])

    assert row["sources"] == ["Spoutnik", "AFP"]
    assert article["byline"] == "Jean Dupont"
    assert [(c["name"], c["kind"], c["phrase"]) for c in article["credits"]] == [
        ("Spoutnik", "agency", "Avec des informations de Spoutnik et de l’AFP"),
        ("AFP", "agency", "Avec des informations de Spoutnik et de l’AFP")]
    text = next(a.text for a, _r in _articles() if a.id == "wire")
    assert [text[c["start"]:c["end"]] for c in article["credits"]] == ["Spoutnik", "AFP"]


def test_sources_lists_what_articles_credit(credits_store):
    assert [(r["name"], r["kind"], r["articles"]) for r in credits_store.sources().rows] == [
        ("AFP", "agency", 1), ("Spoutnik", "agency", 1)]


def test_the_quotes_command_filters_on_source_and_hand(credits_store, store_url):
    def run(*args: str) -> list[dict]:
        result = CliRunner().invoke(cli.cli, ["quotes", "--db", store_url, "--format", "json",
                                              *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    assert len(run("--source", "AFP")) == 3
    assert [q["text"] for q in run("--source", "AFP", "--first-hand", "--speaker", "lavrov")
            ] == ["Le sol était gelé comme une pierre"]
    assert [q["parent"] for q in run("--second-hand-only")] == ["q3"]
    contradiction = CliRunner().invoke(cli.cli, ["quotes", "--db", store_url, "--first-hand",
                                                 "--second-hand-only"])
    assert contradiction.exit_code == 2


def test_an_older_database_gains_credits_bylines_and_the_new_tables(store_url, store):
    for article, record in _articles():
        store.add_article(article, record, pipeline_version="t")
    with store.engine.begin() as conn:  # back to the schema before 0003
        for table in ("quote_variants", "event_people", "event_mentions", "events",
                      "article_credits"):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        for table, column in (("articles", "byline"), ("articles", "date_basis"),
                              ("people", "statements"), ("quote_people", "statement")):
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.exec_driver_sql("DELETE FROM schema_migrations "
                             "WHERE name = '0003_events_variants_provenance'")
    store.close()

    with Store(store_url) as upgraded:
        upgraded.recompute()
        columns = {c["name"] for c in inspect(upgraded.engine).get_columns("articles")}
        row = upgraded.quotes(QuoteFilter(source="AFP")).rows[0]

        assert {"byline", "date_basis"} <= columns
        assert upgraded.article_sources(row["article_id"])["byline"] == "Jean Dupont"
        assert upgraded.person("Lavrov")["statements"] == 3
