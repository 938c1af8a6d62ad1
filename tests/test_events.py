"""Specification of events across articles: interaction mentions of many outlets clustered
into the real-world meetings, calls and press conferences they report, with canonical
participants, a place and a date, and undated articles dated by the events they report.
Pure clustering first (no database), then the store on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from presswatch import cli
from presswatch.linking.events import Mention, cluster_events, inferred_article_dates
from presswatch.store import EventFilter, Store
from presswatch.store.fixtures import annotated, interaction, person, populate

LAVROV, BLINKEN, TRUSS, BIDEN = "p-lavrov", "p-blinken", "p-truss", "p-biden"
MACRON, POUTINE = "p-macron", "p-poutine"


def mention(article: str, kind: str, *people: str, place: str | None = None,
            on: date | None = None, reported: date | None = None,
            story: str | None = None, index: int = 0) -> Mention:
    return Mention(article, index, kind, frozenset(people), place, on, reported,
                   story or "a:" + article)


def grouped(events) -> list[set[str]]:
    """Each event as the set of its mentions' articles, for readable assertions."""
    return sorted(({m.article_id for m in e.mentions} for e in events), key=sorted)


# --------------------------------------------------------------------------------------------
# Which mentions are one event


def test_a_meeting_one_outlet_calls_talks_is_the_same_event():
    events = cluster_events([
        mention("quotidien", "meeting", LAVROV, BLINKEN, place="Genève",
                reported=date(2022, 1, 21)),
        mention("gazette", "talks", LAVROV, BLINKEN, place="Genève",
                reported=date(2022, 1, 22)),
    ])

    [event] = events
    assert (event.type, event.types, event.place) == ("meeting", ["meeting", "talks"], "Genève")
    assert (event.date, event.date_inferred) == (date(2022, 1, 21), True)
    assert [p for p, _n in event.participants] == [BLINKEN, LAVROV]


def test_a_phone_call_is_never_a_meeting_of_the_same_people():
    events = cluster_events([
        mention("a", "meeting", LAVROV, BLINKEN, reported=date(2022, 1, 21)),
        mention("b", "phone_call", LAVROV, BLINKEN, reported=date(2022, 1, 21)),
    ])

    assert len(events) == 2


def test_the_same_people_meeting_again_weeks_later_is_another_event():
    events = cluster_events([
        mention("stockholm", "meeting", LAVROV, BLINKEN, on=date(2021, 12, 2),
                reported=date(2021, 12, 2)),
        mention("geneve", "meeting", LAVROV, BLINKEN, on=date(2022, 1, 21),
                reported=date(2022, 1, 22)),
    ])

    assert grouped(events) == [{"geneve"}, {"stockholm"}]


def test_different_people_meeting_the_same_day_are_different_events():
    events = cluster_events([
        mention("a", "meeting", LAVROV, BLINKEN, reported=date(2022, 2, 10)),
        mention("b", "meeting", LAVROV, TRUSS, reported=date(2022, 2, 10)),
    ])

    assert len(events) == 2


def test_outside_a_story_two_places_are_two_events():
    events = cluster_events([
        mention("a", "meeting", LAVROV, BLINKEN, place="Genève", reported=date(2022, 1, 21)),
        mention("b", "meeting", LAVROV, BLINKEN, place="Stockholm",
                reported=date(2022, 1, 21)),
    ])

    assert len(events) == 2


def test_within_a_story_the_kremlin_and_moscow_are_one_meeting_and_a_bare_mention_joins():
    story = "s-macron-poutine"
    events = cluster_events([
        mention("rtl", "talks", MACRON, POUTINE, story=story),
        mention("sputnik", "talks", MACRON, POUTINE, place="Moscou", story=story,
                reported=date(2022, 2, 7)),
        mention("alwihda", "meeting", MACRON, POUTINE, place="Moscou", story=story),
        mention("transalpin", "meeting", MACRON, POUTINE, place="Kremlin", story=story,
                on=date(2022, 2, 7), reported=date(2022, 2, 9)),
        mention("rtl", "meeting", story=story, index=1),  # "la rencontre", no one named
    ])

    [event] = events
    assert (event.place, event.date, event.date_inferred) == ("Moscou", date(2022, 2, 7),
                                                              False)
    assert event.story == story and len(event.mentions) == 5


def test_an_undated_mention_cannot_chain_two_meetings_into_one():
    story = "s-lavrov-blinken"
    events = cluster_events([
        mention("a", "meeting", LAVROV, BLINKEN, on=date(2022, 1, 21), story=story),
        mention("b", "meeting", LAVROV, BLINKEN, on=date(2022, 1, 28), story=story),
        mention("c", "meeting", LAVROV, BLINKEN, story=story),
    ])

    assert len(events) == 2
    assert all(len({m.date for m in e.mentions if m.date}) == 1 for e in events)


def test_a_person_named_in_passing_by_one_outlet_is_not_a_participant():
    events = cluster_events([
        mention("francetvinfo", "meeting", LAVROV, BLINKEN, BIDEN, place="Genève",
                reported=date(2022, 1, 21)),
        mention("atlantico", "meeting", BLINKEN, LAVROV, place="Genève",
                reported=date(2022, 1, 21)),
        mention("h24", "talks", BLINKEN, LAVROV, place="Genève", reported=date(2022, 1, 22)),
    ])

    [event] = events
    assert event.participants == [(BLINKEN, 3), (LAVROV, 3)]


def test_an_undated_article_outside_stories_joins_the_one_event_with_its_place_and_people():
    dated = mention("geneve", "meeting", LAVROV, BLINKEN, place="Genève",
                    on=date(2022, 1, 21), reported=date(2022, 1, 21))
    undated = mention("undated", "talks", LAVROV, BLINKEN, place="Genève")
    again = mention("again", "meeting", LAVROV, BLINKEN, place="Genève",
                    on=date(2022, 6, 1), reported=date(2022, 6, 1))

    assert grouped(cluster_events([dated, undated])) == [{"geneve", "undated"}]
    assert len(cluster_events([dated, undated, again])) == 3  # two candidates: no guess


def test_two_undated_reports_before_and_after_the_dated_one_both_join_it():
    # the first undated report joins the event under a new root; the second must still
    # find that event (the clustering once looked it up under its old root and crashed)
    first = mention("a-first", "talks", LAVROV, BLINKEN, place="Genève")
    dated = mention("b-geneve", "meeting", LAVROV, BLINKEN, place="Genève",
                    on=date(2022, 1, 21), reported=date(2022, 1, 21))
    last = mention("c-last", "talks", LAVROV, BLINKEN, place="Genève")

    assert grouped(cluster_events([first, dated, last])) == [{"a-first", "b-geneve", "c-last"}]


def test_an_article_is_dated_by_the_latest_event_it_reports():
    events = cluster_events([
        mention("dated", "meeting", LAVROV, BLINKEN, place="Genève", on=date(2022, 1, 21),
                reported=date(2022, 1, 22)),
        mention("undated", "meeting", LAVROV, BLINKEN, place="Genève", story="s"),
        mention("dated", "press_conference", LAVROV, reported=date(2022, 1, 22), index=1),
        mention("undated", "press_conference", LAVROV, story="s", index=1),
    ])

    assert inferred_article_dates(events) == {
        "dated": (date(2022, 1, 22), False),  # its press conference: dated by itself only
        "undated": (date(2022, 1, 21), True),  # the meeting, on the day a text gives
    }


# --------------------------------------------------------------------------------------------
# In the store


@pytest.fixture
def filled(store: Store) -> Store:
    populate(store)
    return store


def test_events_have_canonical_participants_place_date_and_their_outlets(filled):
    rows = filled.events().rows

    assert [(r["date"], r["type"], r["types"], r["place"], r["participants"],
             r["outlet_names"]) for r in rows] == [
        ("2022-01-21", "meeting", "meeting, talks", "Genève",
         ["Anthony Blinken", "Sergueï Lavrov"], ["La Gazette", "Le Quotidien"]),
        ("2025-02-18", "talks", "talks", "Ryad", ["Marco Rubio", "Sergueï Lavrov"],
         ["Le Quotidien"]),
    ]
    assert rows[0]["label"] == "Lavrov – Blinken, rencontre à Genève (2022-01-21)"
    assert rows[0]["date_inferred"] is True  # no article says when: their dates say


@pytest.mark.parametrize("filters, labels", [
    (EventFilter(person="Rubio"), ["Rubio – Lavrov, pourparlers à Ryad (2025-02-18)"]),
    (EventFilter(type="talks"), ["Lavrov – Blinken, rencontre à Genève (2022-01-21)",
                                 "Rubio – Lavrov, pourparlers à Ryad (2025-02-18)"]),
    (EventFilter(type="phone_call"), []),
    (EventFilter(since="2023"), ["Rubio – Lavrov, pourparlers à Ryad (2025-02-18)"]),
    (EventFilter(story="Genève"), ["Lavrov – Blinken, rencontre à Genève (2022-01-21)"]),
])
def test_event_filters(filled, filters, labels):
    assert [r["label"] for r in filled.events(filters).rows] == labels


def test_an_unknown_participant_is_none_not_an_empty_list(filled):
    assert filled.events(EventFilter(person="Personne Inconnue")) is None


def _geneva_pair() -> list:
    return [
        annotated("dated", date="2022-01-22", outlet="Le Quotidien", parts=[
            "Sergueï Lavrov et Antony Blinken se sont rencontrés vendredi à Genève.\n"],
            people=[person("Sergueï Lavrov"), person("Antony Blinken")],
            interactions=[interaction("meeting", "Genève", "Sergueï Lavrov", "Antony Blinken",
                                      date="2022-01-21")]),
        annotated("undated", date=None, outlet="Le Temps", parts=[
            "Lavrov et Blinken ont eu des pourparlers à Genève, sans percée.\n"],
            people=[person("Sergueï Lavrov", "Lavrov"), person("Antony Blinken", "Blinken")],
            interactions=[interaction("talks", "Genève", "Lavrov", "Blinken")]),
    ]


def test_an_undated_article_takes_the_date_of_the_event_it_reports(store):
    for article, record in _geneva_pair():
        store.add_article(article, record, pipeline_version="t")

    store.recompute()
    first = {r["outlet"]: r for r in store.iter_table("articles")}
    store.recompute()  # a recompute starts from the articles' own dates: same result
    again = {r["outlet"]: r for r in store.iter_table("articles")}

    temps = again["Le Temps"]
    assert (temps["date"], temps["date_inferred"], temps["date_basis"]) == (
        "2022-01-21", True, "event")  # the day the texts give, not the first article's
    assert (again["Le Quotidien"]["date"], again["Le Quotidien"]["date_inferred"]) == (
        "2022-01-22", False)
    assert first == again
    [event] = store.events().rows
    assert (event["date"], event["date_inferred"], event["articles"]) == ("2022-01-21", False,
                                                                           2)


def test_the_events_command_prints_one_row_per_event(filled, store_url):
    result = CliRunner().invoke(cli.cli, ["events", "--db", store_url, "--person", "Blinken",
                                          "--format", "json"])

    assert result.exit_code == 0, result.output
    [event] = json.loads(result.stdout)
    assert (event["articles"], event["participants"]) == (2, ["Anthony Blinken",
                                                              "Sergueï Lavrov"])


def test_a_label_names_a_person_by_the_family_name_written_first(store):
    # `M. Xi` in the article: the family name comes first, so the label says Xi, not Jinping
    article, record = annotated(
        "beijing", date="2024-05-06", outlet="Le Quotidien", parts=[
            "Xi Jinping et Emmanuel Macron se sont rencontrés lundi à Pékin. M. Xi a salué "
            "M. Macron.\n"],
        people=[person("Xi Jinping", "Xi"), person("Emmanuel Macron", "Macron")],
        interactions=[interaction("meeting", "Pékin", "Xi Jinping", "Emmanuel Macron",
                                  date="2024-05-06")])
    store.add_article(article, record, pipeline_version="t")
    store.recompute()

    assert [r["label"] for r in store.events().rows] == [
        "Xi – Macron, rencontre à Pékin (2024-05-06)"]


def test_a_short_name_is_the_surname_unless_the_articles_use_the_first_word_alone():
    from presswatch.linking.labels import short_name

    assert short_name("Emmanuel Macron", ["Emmanuel Macron", "Macron"]) == "Macron"
    assert short_name("Xi Jinping", ["Xi Jinping", "Xi"]) == "Xi"
    assert short_name("Paul Martin", ["Paul", "Martin"]) == "Martin"  # both alone: surname
    assert short_name("Elizabeth II", ["Elizabeth"]) == "Elizabeth II"


def test_a_later_short_mention_relabels_the_older_events_as_a_rebuild_would(tmp_path):
    def beijing(aid: str, outlet: str) -> tuple:
        return annotated(aid, date="2024-05-06", outlet=outlet, parts=[
            "Xi Jinping et Emmanuel Macron se sont rencontrés lundi à Pékin.\n"],
            people=[person("Xi Jinping"), person("Emmanuel Macron", "Macron")],
            interactions=[interaction("meeting", "Pékin", "Xi Jinping", "Emmanuel Macron",
                                      date="2024-05-06")])
    later = annotated("nairobi", date="2024-09-01", outlet="Le Soir", parts=[
        "Au sommet de Nairobi, M. Xi a envoyé un message sur les océans.\n"],
        people=[person("Xi Jinping", "Xi")])

    def labels(batches: list[list[tuple]], name: str) -> list[str]:
        with Store(f"sqlite:///{tmp_path / name}") as store:
            for batch in batches:
                for article, record in batch:
                    store.add_article(article, record, pipeline_version="t")
                store.recompute()
            return [r["label"] for r in store.iter_table("events")]

    first = [beijing("a", "Le Quotidien"), beijing("b", "La Gazette")]
    assert labels([first], "before.db") == ["Jinping – Macron, rencontre à Pékin (2024-05-06)"]
    assert labels([first, [later]], "update.db") == labels([[*first, later]], "rebuild.db") == [
        "Xi – Macron, rencontre à Pékin (2024-05-06)"]
