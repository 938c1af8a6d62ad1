"""Specification of statement variants: quotes of one speaker that render one statement in
other words (outlets' paraphrases and translations of the Lavrov–Blinken meeting in Geneva)
are linked with a similarity score, and statement counts count statements, not reprints.
The sentences are those of the dev set's Geneva articles."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from presswatch import cli
from presswatch.linking.statements import (
    MIN_SHARED_CONTENT_WORDS,
    VARIANT_MIN_SCORE,
    Said,
    content_words,
    link_variants,
    similarity,
    statement_ids,
)
from presswatch.store import QuoteFilter, Store
from presswatch.store.fixtures import annotated, interaction, person, populate

# Antony Blinken on the written answer, as three outlets rendered it
H24 = ("Washington présenterait des « idées » sous forme de réponses écrites à Moscou la "
       "semaine prochaine")
SPUTNIK = ("Washington soumettrait une réponse écrite aux propositions de Moscou sur les "
           "garanties de sécurité d’ici une semaine")
TOPCOR = "présenter la position officielle des États-Unis sur papier la semaine prochaine"


# --------------------------------------------------------------------------------------------
# How alike two renderings are


@pytest.mark.parametrize("a, b", [
    (H24, SPUTNIK),
    (H24, TOPCOR),  # a translation: few words in common, but the content words are
    ('lui et son homologue américain étaient "d\'accord qu\'un dialogue raisonnable" était '
     '"nécessaire" pour que "l\'émotion retombe"',
     "lui et le secrétaire d’État américain « convenaient que un dialogue raisonnable est "
     "nécessaire » pour que « les émotions se calment »"),
    ("prouver qu'elle n'avait pas l'intention d'envahir l'Ukraine en retirant ses troupes de "
     "la frontière",
     "apporter la preuve que Moscou n’avait pas l’intention d’envahir son voisin, et de "
     "retirer les quelques 100.000 soldats russes massés à la frontière avec l’Ukraine"),
])
def test_two_renderings_of_one_statement_are_one_statement(a, b):
    sim = similarity(a, b)

    assert sim.same_statement
    assert sim.score >= VARIANT_MIN_SCORE and sim.shared >= MIN_SHARED_CONTENT_WORDS


@pytest.mark.parametrize("a, b", [
    ("le dialogue avec Moscou allait se poursuivre",
     "Nous sommes tous attachés à la diplomatie et au dialogue pour tenter de résoudre nos "
     "différends"),  # one topic, two statements
    ("les Etats-Unis répondraient « à une agression de la Russie y compris non militaire »",
     "les États-Unis et leurs alliés sont déterminés à maintenir le dialogue avec Russie"),
    ("utile", "Cette rencontre était pratique et utile"),  # a fragment is in every long quote
])
def test_different_statements_are_not_linked(a, b):
    assert not similarity(a, b).same_statement


def test_content_words_fold_accents_drop_function_words_and_keep_compounds():
    assert content_words("Les États-Unis répondront à toute agression") == {
        "etats-", "repond", "agress"}


def test_verbatim_copies_score_100_whatever_the_punctuation():
    assert similarity("Nous restons attachés à la sécurité indivisible",
                      "« nous restons attachés à la sécurité indivisible »").score == 100


# --------------------------------------------------------------------------------------------
# Which quotes are linked


def said(key: str, text: str, *, who: str = "p-blinken", story: str = "s-geneve",
         day: date | None = date(2022, 1, 21)) -> Said:
    return Said(key, who, story, text, day)


def test_variants_are_linked_within_a_story_for_one_speaker_only():
    links = link_variants([said("h24:1", H24), said("sputnik:1", SPUTNIK),
                           said("topcor:1", TOPCOR), said("lavrov:1", SPUTNIK, who="p-lavrov"),
                           said("ryad:1", "Washington présentera des réponses écrites à Moscou "
                                          "la semaine prochaine", story="s-ryad")])

    assert [(lk.a, lk.b, lk.how) for lk in links] == [
        ("h24:1", "sputnik:1", "variant"), ("h24:1", "topcor:1", "variant")]


def test_across_stories_only_verbatim_reprints_a_few_days_apart_are_linked():
    quote = "Nous restons attachés à la sécurité indivisible"
    links = link_variants([
        said("quotidien:1", quote, who="p-lavrov", day=date(2022, 1, 21)),
        said("echo:1", quote, who="p-lavrov", story="a:echo", day=date(2022, 1, 23)),
        said("later:1", quote, who="p-lavrov", story="a:later", day=date(2022, 6, 1)),
        said("para:1", "Nous tenons à une sécurité indivisible", who="p-lavrov",
             story="a:para", day=date(2022, 1, 22)),
    ])

    assert [(lk.a, lk.b, lk.score, lk.how) for lk in links] == [
        ("echo:1", "quotidien:1", 100.0, "reprint")]


def test_linked_quotes_are_one_statement():
    quotes = [said("h24:1", H24), said("sputnik:1", SPUTNIK), said("topcor:1", TOPCOR),
              said("h24:2", "le dialogue avec Moscou allait se poursuivre")]
    ids = statement_ids(quotes, link_variants(quotes))

    assert len(set(ids.values())) == 2
    assert ids[("sputnik:1", "p-blinken")] == ids[("topcor:1", "p-blinken")]  # through h24


# --------------------------------------------------------------------------------------------
# In the store


@pytest.fixture
def filled(store: Store) -> Store:
    populate(store)
    return store


def test_a_reprint_is_not_a_second_statement(filled):
    lavrov = filled.person("Lavrov")
    [row] = filled.people(name="Lavrov").rows

    assert (lavrov["quotes"], lavrov["statements"]) == (3, 2)
    assert (row["quotes"], row["statements"]) == (3, 2)


def _three_outlets() -> list:
    blinken = [person("Antony Blinken", "Blinken", roles=("le secrétaire d'État américain",)),
               person("Sergueï Lavrov", "Lavrov")]
    met = [interaction("meeting", "Genève", "Antony Blinken", "Sergueï Lavrov")]
    return [annotated(aid, date="2022-01-21", outlet=outlet, parts=[
        "Après sa rencontre avec Sergueï Lavrov à Genève, Antony Blinken a affirmé que ",
        (text, {"speaker": "Antony Blinken", "type": "indirect"}), ".\n"], people=blinken,
        interactions=met)
        for aid, outlet, text in (("h24", "H24 Info", H24), ("sputnik", "Sputnik", SPUTNIK),
                                  ("topcor", "Topcor", TOPCOR))]


def test_variants_show_the_other_renderings_of_one_statement_with_scores(store):
    for article, record in _three_outlets():
        store.add_article(article, record, pipeline_version="t")
    store.recompute()
    topcor = store.quotes(QuoteFilter(outlet="Topcor")).rows[0]

    rows = store.variants(topcor["key"]).rows

    assert [(r["outlet"], r["how"]) for r in rows] == [("H24 Info", "variant"),
                                                        ("Sputnik", None)]
    assert rows[0]["score"] >= VARIANT_MIN_SCORE
    assert rows[1]["score"] is None  # one statement through H24's rendering only
    assert store.person("Blinken")["statements"] == 1
    assert store.variants("no-such:1-2").rows == []


def test_a_deleted_quote_is_no_rendering_and_no_statement(store):
    for article, record in _three_outlets():
        store.add_article(article, record, pipeline_version="t")
    store.recompute()
    h24 = store.quotes(QuoteFilter(outlet="H24")).rows[0]

    store.correct(h24["key"], "deleted", "1")
    store.recompute()

    assert (store.person("Blinken")["quotes"], store.person("Blinken")["statements"]) == (2, 2)
    sputnik = store.quotes(QuoteFilter(outlet="Sputnik")).rows[0]
    assert store.variants(sputnik["key"]).rows == []


def test_the_variants_command_prints_the_other_renderings(store, store_url):
    for article, record in _three_outlets():
        store.add_article(article, record, pipeline_version="t")
    store.recompute()
    h24 = store.quotes(QuoteFilter(outlet="H24")).rows[0]

    result = CliRunner().invoke(cli.cli, ["variants", h24["key"], "--db", store_url,
                                          "--format", "json"])

    assert result.exit_code == 0, result.output
    assert [r["text"] for r in json.loads(result.stdout)] == [SPUTNIK, TOPCOR]
