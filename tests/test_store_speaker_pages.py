"""Specification of a speaker's page of quotes (`Store.quotes(QuoteFilter(speaker=…))`).

A speaker's page is read from narrow indexes in listing order (`presswatch.store.by_speaker`)
rather than by sorting every quote the speaker said. It must be exactly the head of the full,
general listing (`Store.iter_quotes`): same rows, same order, same corrections applied, and
`truncated` exactly when more rows match; on SQLite and PostgreSQL, before and after a
recompute, after a re-annotation, and on a store migrated from before the listing columns.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import select

from presswatch.reading import Article
from presswatch.store import QuoteFilter, Store, fts_within, reads, schema
from presswatch.store.fixtures import annotated, interaction, person

SEED = 7
NAMES = ("Jean Martin", "Marie Martin", "Martin Dubois", "Sophie Leroy", "Paul Leroy",
         "Anne Roux")
ROLES = ("le ministre", "la porte-parole du gouvernement")
ACTS = ("statement", "warning", "opinion", "accusation")
DAYS = (None, "2022-01", "2022-01-15", "2022-01-15", "2022-02-03", "2023-06-30")

FILTERS = [
    QuoteFilter(speaker=s, **extra)
    for s in ("martin", "Jean Martin", "ministre", "petrova", "sélectionneur", "zzz", "e")
    for extra in ({}, {"since": "2022-01-15", "until": "2022-02"}, {"act": "warning"},
                  {"only_second_hand": True}, {"second_hand": False, "until": "2022-01"})
]
LIMITS = (1, 2, 3, 5, 100)


def _quote(rng: random.Random, speaker: str, start: int, text: str, n: int,
           parent: str | None) -> dict[str, Any]:
    return {"id": f"q{n}", "start": start, "end": start + len(text), "text": text,
            "type": "direct", "speaker": speaker, "act": rng.choice(ACTS), "cue": None,
            "cue_start": None, "cue_end": None, "mention": speaker, "addressee": None,
            "said_on": rng.choice((None, None, "2022-01-15", "2022-03-01")), "said_at": None,
            "parent": parent, "confidence": 0.9, "in_boilerplate": False}


def _article(i: int, rng: random.Random) -> tuple[Article, dict[str, Any]]:
    """One article with a few quotes by recurring people (by name, surname or role), one of
    them second-hand and one nested at the same offset as another (a tie in every key but
    the quote's end). Offsets of two and three digits: their keys sort otherwise as text."""
    cast = rng.sample(NAMES, 2)
    text, quotes = f"Article {i}. " + "…" * rng.randint(0, 90), []
    for n in range(1, rng.randint(3, 6)):
        speaker = rng.choice((*cast, cast[0].split()[-1], *ROLES))
        said = f"Propos {i}-{n} sur la situation"
        start = len(text) + 3
        text += f" « {said} »."
        quotes.append(_quote(rng, speaker, start, said, n, "q1" if n == 3 else None))
    nested = dict(quotes[0], id="q99", end=quotes[0]["start"] + 6,
                  text=quotes[0]["text"][:6], act="warning")
    article, record = annotated(
        f"a{i}", date=rng.choice(DAYS), outlet=rng.choice(("Le Soir", "Le Matin")),
        url=f"https://ex.org/{i}", parts=[text],
        people=[person(name, name.split()[-1], roles=(rng.choice(ROLES),))
                for name in cast])
    record["quotes"] = [*quotes, nested]
    return article, record


def _meeting_reported_twice() -> list[tuple[Article, dict[str, Any]]]:
    """A dated article and an undated one reporting the same meeting: a recompute dates the
    second (and so its quotes) by the event."""
    pair = [("dated", "2022-01-22", "Olga Petrova et Hugo Blanc se sont rencontrés à Genève. "
             "« Nous avançons », a dit Olga Petrova.", "2022-01-21"),
            ("undated", None, "Petrova et Blanc ont eu des pourparlers à Genève. "
             "« Rien de neuf », a dit Olga Petrova.", None)]
    out = []
    for aid, day, text, when in pair:
        start = text.index("« ") + 2
        said = text[start:text.index(" »")]
        article, record = annotated(
            aid, date=day, outlet="Le Temps", url=f"https://ex.org/{aid}", parts=[text],
            people=[person("Olga Petrova", "Petrova", gender="f"),
                    person("Hugo Blanc", "Blanc")],
            interactions=[interaction("meeting" if day else "talks", "Genève",
                                      "Olga Petrova" if day else "Petrova",
                                      "Hugo Blanc" if day else "Blanc", date=when)])
        record["quotes"] = [_quote(random.Random(SEED), "Olga Petrova", start, said, 1, None)]
        out.append((article, record))
    return out


def _correct(store: Store, rng: random.Random) -> None:
    """Speaker moved onto and off the names, acts changed, quotes deleted."""
    keys = [r["key"] for r in store.iter_quotes()]
    for key in rng.sample(keys, 12):
        store.correct(key, "speaker", rng.choice(("Jean Martin", "Anne Roux", "un témoin")))
    for key in rng.sample(keys, 10):
        store.correct(key, "act", rng.choice(ACTS))
    for key in rng.sample(keys, 8):
        store.correct(key, "deleted", "1")
    store.correct(keys[0], "deleted", "0")  # not deleted after all


def _coach(i: int) -> tuple[Article, dict[str, Any]]:
    """An article quoting a person by role only: every quote of that speaker string is
    linked to one person, none of whose names contains the role."""
    text = "Le sélectionneur Didier Roche a parlé. « Nous gagnerons », a dit le sélectionneur."
    start = text.index("« ") + 2
    said = text[start:text.index(" »")]
    article, record = annotated(
        f"coach-{i}", date=f"2022-0{i + 1}-10", outlet="Le Sport",
        url=f"https://ex.org/coach-{i}", parts=[text + f" ({i})"],
        people=[person("Didier Roche", "Roche", roles=("le sélectionneur",))])
    record["quotes"] = [_quote(random.Random(i), "le sélectionneur", start, said, 1, None)]
    return article, record


@pytest.fixture
def lively(store: Store) -> Store:
    """A store as users leave it: corrected and recomputed (which dates an undated article
    and links a role to its holder), then one article re-annotated with other said_on
    dates, no recompute yet, and one added without a recompute."""
    rng = random.Random(SEED)
    records = {}
    for i in range(40):
        article, records[i] = _article(i, rng)
        store.add_article(article, records[i], pipeline_version="t")
    for article, record in [*_meeting_reported_twice(), _coach(0), _coach(1)]:
        store.add_article(article, record, pipeline_version="t")
    _correct(store, rng)
    store.recompute()
    again = {**records[3], "quotes": [{**q, "said_on": "2021-12-01"}
                                      for q in records[3]["quotes"]]}
    store.replace_annotations(_stored_id(store, "a3"), again, pipeline_version="t2")
    store.add_article(*_article(99, rng), pipeline_version="t")
    return store


def _stored_id(store: Store, input_id: str) -> str:
    a = schema.articles
    with store.engine.connect() as conn:
        return conn.execute(select(a.c.id).where(a.c.input_id == input_id)).scalar_one()


def _page(store: Store, f: QuoteFilter, limit: int) -> tuple[list[dict[str, Any]], bool]:
    page = store.quotes(f, limit=limit)
    rows = [{k: v for k, v in r.items() if k not in ("people", "sources")} for r in page.rows]
    return rows, page.truncated


def _assert_pages_are_heads_of_the_listing(store: Store) -> None:
    """Each page equals the head of the general listing: every match, sorted, then cut."""
    for f in FILTERS:
        every = list(store.iter_quotes(f))
        for limit in LIMITS:
            assert _page(store, f, limit) == (every[:limit], len(every) > limit), (f, limit)


def _assert_listing_data_in_step(store: Store) -> None:
    """Each quote's said_when is its said_on, else its article's date, and the copies in
    ``quote_people`` of existing quotes agree."""
    q, a, qp = schema.quotes, schema.articles, schema.quote_people
    with store.engine.connect() as conn:
        quotes = {r.key: (r.said_when, r.article_id, r.start) for r in conn.execute(
            select(q.c.key, q.c.said_when, q.c.article_id, q.c.start))}
        expected = {r.key: (r.said_on if r.said_on is not None else r.date) for r in
                    conn.execute(select(q.c.key, q.c.said_on, a.c.date).join(
                        a, a.c.id == q.c.article_id))}
        copies = {(r.quote_key, r.person_id): (r.said_when, r.article_id, r.start)
                  for r in conn.execute(select(qp))}
    assert {k: v[0] for k, v in quotes.items()} == expected
    assert {k: v for k, v in copies.items() if k[0] in quotes} == {
        k: quotes[k[0]] for k in copies if k[0] in quotes}


def test_a_speakers_page_is_the_head_of_the_general_listing(lively):
    assert all(any(lively.iter_quotes(f)) for f in FILTERS[:5])  # the filters do match
    coach = lively.quotes(QuoteFilter(speaker="sélectionneur")).rows
    assert [r["people"] for r in coach] == [["Didier Roche"]] * 2  # by its string alone

    _assert_pages_are_heads_of_the_listing(lively)


def test_the_listing_date_follows_said_on_and_the_article_date_inferred(lively):
    [undated] = lively.quotes(QuoteFilter(text="Rien de neuf")).rows

    assert undated["date"] == "2022-01-21"  # dated by the event it reports
    _assert_listing_data_in_step(lively)
    lively.recompute()
    _assert_listing_data_in_step(lively)


def test_it_stays_so_when_filters_make_the_window_grow_or_give_up(lively, monkeypatch):
    monkeypatch.setattr(reads, "WINDOW_GROWTH", 2)
    monkeypatch.setattr(reads, "MAX_LISTED_KEYS", 8)  # speakers past 8 keys: general path

    _assert_pages_are_heads_of_the_listing(lively)


def test_it_stays_so_after_a_recompute(lively):
    lively.recompute()

    _assert_pages_are_heads_of_the_listing(lively)


def test_the_migration_fills_the_listing_columns_of_an_older_store(lively, store_url):
    qp, q = schema.quote_people, schema.quotes
    with lively.engine.begin() as conn:  # as 0003 left it: no listing data
        conn.execute(q.update().values(said_when=None))
        conn.execute(qp.update().values(said_when=None, article_id=None, start=None))
        conn.execute(schema.speakers.delete())
        conn.execute(schema.schema_migrations.delete().where(
            schema.schema_migrations.c.name == "0004_listing_order"))

    with Store(store_url) as migrated:
        _assert_pages_are_heads_of_the_listing(migrated)


def test_the_speakers_table_lists_every_speaker_string_stored(lively):
    with lively.engine.connect() as conn:
        listed = set(conn.execute(schema.speakers.select()).scalars())
        stored = set(conn.execute(select(schema.quotes.c.speaker_folded)).scalars()) - {None}

    assert stored <= listed  # before a recompute, re-annotation may leave a few extra
    lively.recompute()
    with lively.engine.connect() as conn:
        assert set(conn.execute(schema.speakers.select()).scalars()) == stored


@pytest.mark.parametrize("speaker_side", [0, 1000], ids=["words-side", "speaker-side"])
def test_a_speakers_full_text_page_is_the_head_of_the_general_listing(
        lively, monkeypatch, speaker_side):
    """Words with a speaker (role-linked quotes, corrected speakers, quotes not linked yet
    included): SQLite ranks the speaker's matches read from either side, and the page is
    still the head of every match ranked."""
    monkeypatch.setattr(fts_within, "SPEAKER_SIDE", speaker_side)
    monkeypatch.setattr(fts_within, "QUOTE_COST", 10**9)
    for speaker in ("martin", "Jean Martin", "ministre", "sélectionneur", "Roche", "petrova"):
        for words in ("situation", "propos sur", "gagnerons", "neuf"):
            f = QuoteFilter(speaker=speaker, text=words)
            every = list(lively.iter_quotes(f))
            for limit in (1, 3, 100):
                assert _page(lively, f, limit) == (every[:limit], len(every) > limit), (f,)
