"""Specification of quote links after a batch (``store/quote_update.py``): only the quotes
whose article, alias or role changed are resolved again, and the tables come out exactly
as a full rebuild makes them, batch after batch, with analysts' corrections in between."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_incremental import _snapshot

from presswatch.reading import Article
from presswatch.store import Store, schema
from presswatch.store.fixtures import annotated, interaction, person

_PEOPLE = [("Sergueï", "Lavrov"), ("Sergei", "Lavrov"), ("Anthony", "Blinken"),
           ("Antony", "Blinken"), ("Hervé", "Renard"), ("Wendie", "Renard"),
           ("Marco", "Rubio"), ("Léa", "Marchetti"), ("Ngozi", "Okafor")]
_ROLES = ["le chef de la diplomatie russe", "le secrétaire d'État américain",
          "la ministre des Affaires étrangères", "le sélectionneur"]
_WORDS = ["Nous restons attachés à la sécurité indivisible de tout le continent",
          "Toute agression contre nos voisins aura un coût sévère",
          "La diplomatie reste possible si chacun fait un pas",
          "Le match de samedi sera difficile pour toute notre équipe",
          "Les marchés financiers restent calmes malgré les tensions"]
_PLACES = ["Genève", "Vienne", "Ryad", None]


def _article(rng: random.Random, n: int) -> tuple[Article, dict[str, Any]]:
    """A random article: a few people (some with a dated role), quotes by a full name, a
    surname alone, a role, two people jointly or someone the article does not list, in
    words other articles reprint."""
    cast = rng.sample(_PEOPLE, rng.randint(1, 3))
    people = [person(f"{first} {last}", last,
                     roles=(rng.choice(_ROLES),) if rng.random() < 0.4 else (),
                     gender=rng.choice(["m", "f"])) for first, last in cast]
    speakers = [f"{f} {s}" for f, s in cast] + [s for _f, s in rng.sample(_PEOPLE, 2)]
    speakers += [rng.choice(_ROLES), f"{cast[0][0]} {cast[0][1]} et {rng.choice(_PEOPLE)[1]}",
                 " ".join(rng.choice(_PEOPLE))]
    parts: list[Any] = []
    for _ in range(rng.randint(1, 3)):
        parts += ["Il a déclaré : « ", (rng.choice(_WORDS), {"speaker": rng.choice(speakers)}),
                  " ».\n"]
    meets = []
    if len(cast) > 1 and rng.random() < 0.5:
        meets = [interaction(rng.choice(["meeting", "talks", "phone_call"]),
                             rng.choice(_PLACES), *(f"{f} {s}" for f, s in cast[:2]))]
    day = rng.choice([None, "2022-01-21", "2022-01-22", "2022-03-01", "2023-06-02"])
    return annotated(f"a{n}", date=day, outlet=rng.choice(["Le Matin", "L'Écho"]),
                     url=f"https://ex.org/{n}", parts=parts, people=people,
                     interactions=meets)


def _correct(rng: random.Random, stores: list[Store]) -> None:
    """The same random write in every store: an analyst's correction (a quote's speaker,
    a quote deleted or restored, an article's story), or an article annotated again
    (other people and quotes: some quotes and speaker strings vanish)."""
    with stores[0].engine.connect() as conn:
        keys = sorted(conn.execute(select(schema.quotes.c.key)).scalars())
        ids = sorted(conn.execute(select(schema.articles.c.id)).scalars())
    kind = rng.choice(["speaker", "deleted", "restored", "story", "annotated"])
    key, first, second = rng.choice(keys), rng.choice(ids), rng.choice([None, *ids])
    speaker = " ".join(rng.choice(_PEOPLE))
    _article_again, record = _article(rng, 10_000)
    for store in stores:
        if kind == "annotated":
            store.replace_annotations(first, record, pipeline_version="again")
        elif kind == "story":
            store.correct_story(first, second)
        else:
            store.correct(key, "speaker" if kind == "speaker" else "deleted",
                          speaker if kind == "speaker" else "1" if kind == "deleted" else "0")


def _batches_equal_a_full_rebuild(rng: random.Random, make, tmp_path: Path, label: str
                                  ) -> None:
    """Six batches of 2–6 articles made by `make`, with random corrections between them:
    after each, the incremental store's derived tables equal a full rebuild's."""
    with Store(f"sqlite:///{tmp_path / 'batches.db'}") as batched, \
            Store(f"sqlite:///{tmp_path / 'full.db'}") as full:
        n = 0
        for step in range(6):
            for _ in range(rng.randint(2, 6)):
                article, record = make(rng, n)
                n += 1
                for store in (batched, full):
                    store.add_article(article, record, pipeline_version="test")
            for _ in range(rng.choice([0, 1, 2]) if step else 0):
                _correct(rng, [batched, full])
            batched.recompute()
            full.recompute(full=True)
            assert _snapshot(batched) == _snapshot(full), f"{label}, step {step}"


@pytest.mark.parametrize("seed", range(8))
def test_random_batches_and_corrections_derive_what_a_full_rebuild_derives(
        seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    _batches_equal_a_full_rebuild(rng, _article, tmp_path, f"seed {seed}")


def test_a_batch_resolves_again_only_the_quotes_it_can_change(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new article whose people nobody else names resolves its own quotes only; one
    that makes a surname ambiguous resolves again, in other articles, the quotes said by
    that surname alone (and nothing else)."""
    from presswatch.store import quote_update

    rng = random.Random(3)
    for n in range(12):
        store.add_article(*_article(rng, n), pipeline_version="test")
    store.recompute()
    resolved: list[str] = []
    real = quote_update.quote_links

    def spy(rows: Any, *args: Any) -> Any:
        rows = list(rows)
        resolved.extend(r[0] for r in rows)
        return real(rows, *args)

    monkeypatch.setattr(quote_update, "quote_links", spy)
    lone = annotated("lone", date="2024-05-05", outlet="Le Matin", url="https://ex.org/l",
                     parts=["Elle a dit : « ", ("Les récoltes seront bonnes cette année",
                                                {"speaker": "Ingrid Solberg"}),
                            " ». Puis : « ", ("Le printemps a été doux",
                                              {"speaker": "Solberg"}), " ».\n"],
                     people=[person("Ingrid Solberg", "Solberg", gender="f")])
    store.add_article(*lone, pipeline_version="test")
    store.recompute()
    lone_id = _stored_id(store, "https://ex.org/l")
    assert {k.split(":")[0] for k in resolved} == {lone_id}

    resolved.clear()
    store.add_article(*annotated(
        "solberg-2", date="2024-05-06", outlet="Le Matin", url="https://ex.org/s2",
        parts=["Solberg a répondu : « ", ("Nous verrons bien", {"speaker": "Solberg"}),
               " ».\n"], people=[person("Erna Solberg", "Solberg", gender="f")]),
        pipeline_version="test")
    store.recompute()
    again = [k for k in resolved if k.startswith(lone_id)]
    assert len(again) == 1 and len({k.split(":")[0] for k in resolved}) == 2
    with store.engine.connect() as conn:  # its own article's names still decide
        assert conn.execute(select(schema.people.c.name).join(
            schema.quote_people, schema.quote_people.c.person_id == schema.people.c.id).where(
            schema.quote_people.c.quote_key == again[0])).scalars().all() == ["Ingrid Solberg"]
    before = _snapshot(store)
    store.recompute(full=True)
    assert _snapshot(store) == before


def _stored_id(store: Store, url: str) -> str:
    with store.engine.connect() as conn:
        return conn.execute(select(schema.articles.c.id).where(
            schema.articles.c.url == url)).scalar_one()


def test_a_role_only_speaker_is_resolved_again_when_its_storys_people_change(
        store: Store, tmp_path: Path) -> None:
    """Two people held one role at no known date: a role-only speaker names whichever of
    them its story names. When a later report joins the story and names one of them, the
    earlier article's quote (its own text, date and names unchanged) follows."""
    role = "le secrétaire d'État américain"
    story = ("À Genève, les délégations ont négocié toute la nuit sur le gazoduc Nordique, "
             "les sanctions bancaires, la centrale de Zaporijia et les frontières "
             "orientales, sans accord final sur le gazoduc Nordique ni sur Zaporijia. ")

    def report(aid: str, names: list[str], said: str, text: str = story
               ) -> tuple[Article, dict[str, Any]]:
        return annotated(aid, date=None, outlet="Le Matin", url=f"https://ex.org/{aid}",
                         parts=[text + "Il a dit : « ", (said, {"speaker": role}), " ».\n"],
                         people=[person(n, n.split()[-1], roles=(role,)) for n in names])

    first = [report("rubio", ["Marco Rubio"], "Nous restons prudents", "Un tweet. "),
             report("blinken", ["Antony Blinken"], "Rien n'est décidé", "Une photo. "),
             report("alone", [], "Le gazoduc Nordique reste une priorité absolue"),
             report("alone-2", [], "Le gazoduc Nordique est une priorité absolue")]
    second = [report("later-4", ["Marco Rubio"], "Le gazoduc Nordique reste une priorité")]
    linked: list[list[str]] = []
    stories: list[list[str]] = []
    with Store(f"sqlite:///{tmp_path / 'full.db'}") as full:
        for batch in (first, second):
            for article, record in batch:
                store.add_article(article, record, pipeline_version="test")
                full.add_article(article, record, pipeline_version="test")
            store.recompute()
            full.recompute(full=True)
            assert _snapshot(store) == _snapshot(full)
            with store.engine.connect() as conn:
                linked.append(conn.execute(select(schema.people.c.name).join(
                    schema.quote_people).where(schema.quote_people.c.article_id.in_(
                        [_stored_id(store, f"https://ex.org/{a}") for a in ("alone", "alone-2")]
                    ))).scalars().all())
                stories.append(conn.execute(select(schema.article_stories.c.story_id).where(
                    schema.article_stories.c.article_id == _stored_id(
                        store, "https://ex.org/alone"))).scalars().all())
    assert linked == [[], ["Marco Rubio", "Marco Rubio"]]
    assert len(stories[0]) == 1 and stories[0] == stories[1]  # same story id, new people


def _met_article(rng: random.Random, n: int) -> tuple[Article, dict[str, Any]]:
    """A random article (:func:`_article`) that more often reports an interaction, whose
    participants are also named by a surname alone or a role, as its quotes' speakers
    are: found through the aliases and roles of everyone, not its own names."""
    article, record = _article(rng, n)
    if rng.random() < 0.7:
        first = record["people"][0]["name"]
        others = [" ".join(rng.choice(_PEOPLE)), rng.choice(_PEOPLE)[1], rng.choice(_ROLES)]
        record["interactions"] = [interaction(
            rng.choice(["meeting", "talks", "phone_call"]), rng.choice(_PLACES), first,
            *rng.sample(others, rng.randint(1, 3)))]
    return article, record


@pytest.mark.parametrize("seed", range(8))
def test_random_participants_by_surname_or_role_derive_what_a_full_rebuild_derives(
        seed: int, tmp_path: Path) -> None:
    """Participant links kept for the articles a batch does not reach come out as a full
    rebuild makes them, batch after batch, with corrections in between."""
    rng = random.Random(1000 + seed)
    _batches_equal_a_full_rebuild(rng, _met_article, tmp_path, f"seed {seed}")


def test_a_role_only_participant_follows_its_storys_people(store: Store) -> None:
    """The participant links of an article a batch does not write are resolved again when
    its story's people change, though no alias or role row does: two people held one
    role at no known date, a dated report of a meeting names only the role, and a later
    report joining its story names one of them (without the role)."""
    role = "le secrétaire d'État américain"
    story = ("À Bergen, les ministres ont discuté des quotas de cabillaud, du port de "
             "Tromsø, des câbles sous-marins et du gazoduc Baltique, sans accord sur le "
             "gazoduc Baltique ni sur les quotas de cabillaud. ")

    def report(aid: str, names: list[str], day: str | None, said: str, text: str = story,
               met: bool = False, held: bool = True) -> tuple[Article, dict[str, Any]]:
        return annotated(aid, date=day, outlet="Le Matin", url=f"https://ex.org/{aid}",
                         parts=[text + "Il a dit : « ", (said, {"speaker": role}), " ».\n"],
                         people=[person(n, n.split()[-1], roles=(role,) if held else ())
                                 for n in names],
                         interactions=[interaction("talks", "Bergen", role)] if met else [])

    first = [report("rubio", ["Marco Rubio"], None, "Nous restons prudents", "Un tweet. "),
             report("blinken", ["Antony Blinken"], None, "Rien n'est décidé", "Une photo. "),
             report("bergen", [], "2024-03-10", "Les quotas de cabillaud restent à fixer",
                    met=True),
             report("bergen-2", [], "2024-03-10", "Les quotas de cabillaud sont à fixer")]
    later = report("later", ["Marco Rubio"], None, "Les quotas de cabillaud seront fixés",
                   held=False)  # no role row changes
    store.add_article(*first[0], pipeline_version="test")
    met = []
    for batch in (first[1:], [later]):
        for article, record in batch:
            store.add_article(article, record, pipeline_version="test")
        store.recompute()
        with store.engine.connect() as conn:
            met.append(conn.execute(select(schema.people.c.name).join(
                schema.participant_people).where(schema.participant_people.c.article_id
                == _stored_id(store, "https://ex.org/bergen"))).scalars().all())
    assert met == [[], ["Marco Rubio"]]
    before = _snapshot(store)
    store.recompute(full=True)
    assert _snapshot(store) == before
