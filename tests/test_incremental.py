"""Specification of keeping derived tables up to date batch after batch: after each ingest
batch only the derived rows that changed are written, and the tables come out exactly as a
full rebuild (``presswatch relink``) of the same articles, or one batch of them all, makes
them: people, aliases, roles, quote links, stories, events, variants and inferred dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from presswatch.annotate import annotate_stream
from presswatch.ingest import pipeline_version
from presswatch.reading import Article
from presswatch.store import Store, schema
from presswatch.store.changes import write_changes
from presswatch.store.fixtures import annotated, interaction, person, sample_articles


def _snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every derived table, and what a recompute writes into articles and quotes."""
    a, q = schema.articles, schema.quotes
    tables = {t.name: t.select() for t in schema.DERIVED_TABLES}
    tables["article dates"] = a.select().with_only_columns(
        a.c.id, a.c.date, a.c.date_inferred, a.c.date_basis)
    tables["quote dates"] = q.select().with_only_columns(q.c.key, q.c.said_when)
    with store.engine.connect() as conn:
        return {name: sorted((tuple(r) for r in conn.execute(query)), key=repr)
                for name, query in tables.items()}


def _more_articles() -> list[tuple[Article, dict[str, Any]]]:
    """Articles that change what the first batches derived: a later report of the Geneva
    meeting (it joins that story and event), an undated reprint, a new role holder."""
    lavrov = person("Sergueï Lavrov", "Lavrov",
                    roles=("le chef de la diplomatie russe",))
    return [
        annotated("geneve-3", date="2022-01-22", outlet="Le Matin", url="https://ex.org/6",
                  parts=["À Genève, Sergueï Lavrov a retrouvé Antony Blinken. « ",
                         ("Nous restons attachés à la sécurité indivisible",
                          {"speaker": "Sergueï Lavrov"}),
                         " », a dit le chef de la diplomatie russe.\n"],
                  people=[lavrov, person("Antony Blinken", "Blinken")],
                  interactions=[interaction("meeting", "Genève", "Sergueï Lavrov",
                                            "Antony Blinken")]),
        annotated("sans-date", date=None, outlet="L'Écho", url="https://ex.org/7",
                  parts=["Le chef de la diplomatie russe a répété : « ",
                         ("Vous attisez les tensions en Europe",
                          {"speaker": "le chef de la diplomatie russe"}), " ».\n"],
                  people=[]),
        annotated("vienne", date="2023-06-02", outlet="Le Quotidien", url="https://ex.org/8",
                  parts=["La ministre Léa Marchetti a annoncé : « ",
                         ("Le sommet de Vienne aura lieu en juillet",
                          {"speaker": "Léa Marchetti"}),
                         " ». Elle a rencontré Marco Rubio à Vienne.\n"],
                  people=[person("Léa Marchetti", "Marchetti", gender="f",
                                 roles=("la ministre des Affaires étrangères",)),
                          person("Marco Rubio", "Rubio")],
                  interactions=[interaction("meeting", "Vienne", "Léa Marchetti",
                                            "Marco Rubio", date="2023-06-01")]),
    ]


def _ingest(store: Store, batches: list[list[tuple[Article, dict[str, Any]]]], *,
            full: bool = False) -> list[dict[str, list[tuple[Any, ...]]]]:
    snapshots = []
    for batch in batches:
        for article, record in batch:
            store.add_article(article, record, pipeline_version="test")
        store.recompute(full=full)
        snapshots.append(_snapshot(store))
    return snapshots


def test_three_batches_derive_what_one_batch_and_a_full_rebuild_derive(
        store: Store, tmp_path: Path) -> None:
    articles = sample_articles() + _more_articles()
    batches = [articles[:3], articles[3:6], articles[6:]]
    snapshots = _ingest(store, batches)
    with Store(f"sqlite:///{tmp_path / 'at-once.db'}") as at_once:
        assert _ingest(at_once, [articles], full=True)[-1] == snapshots[-1]
    store.recompute(full=True)
    assert _snapshot(store) == snapshots[-1]
    # the batches did change what earlier batches derived, so the test compares something
    assert snapshots[0]["stories"] != snapshots[-1]["stories"]
    assert snapshots[1]["people"] != snapshots[-1]["people"]


def test_rows_that_did_not_change_are_not_written(store: Store,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from presswatch.store import derive

    _ingest(store, [sample_articles()])
    touched: dict[str, tuple[int, int, int]] = {}

    def spy(*args: Any, **kwargs: Any) -> Any:
        touched.update(write_changes(*args, **kwargs))
        return touched

    found: list[Any] = []
    real = derive.update_quotes

    def local(*args: Any, **kwargs: Any) -> Any:
        found.append(real(*args, **kwargs))
        return found[-1]

    monkeypatch.setattr(derive, "write_changes", spy)
    monkeypatch.setattr(derive, "update_quotes", local)
    with store.engine.begin() as conn:
        derive.recompute(conn, full=False)
    assert touched and all(n == (0, 0, 0) for n in touched.values())
    # no quote resolved again, no person's variants compared again
    quotes = found[0]
    assert not any(quotes.rows.values()) and not quotes.counts
    assert not (quotes.variants.gone or quotes.variants.added or quotes.variants.changed)
    assert _snapshot(store)["people"]


def test_nothing_is_computed_until_an_article_a_correction_or_an_identity_changes(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from presswatch.linking import Identity
    from presswatch.store import derive

    _ingest(store, [sample_articles()[:3]])
    before = _snapshot(store)
    runs = []
    real = derive.recompute
    monkeypatch.setattr(derive, "recompute", lambda *a, **k: runs.append(1) or real(*a, **k))

    summary = store.recompute()
    assert runs == [] and _snapshot(store) == before and summary.people == len(before["people"])
    changes = [lambda: store.add_article(*sample_articles()[3], pipeline_version="test"),
               lambda: store.correct(before["quote_people"][0][0], "speaker", "Marco Rubio"),
               lambda: store.correct_story("geneve-1", None)]
    for n, change in enumerate(changes, start=1):
        change()
        store.recompute()
        store.recompute()
        assert len(runs) == n
    store.recompute([Identity("Sergueï Lavrov", aliases=("S. Lavrov",))])
    store.recompute(full=True)
    assert len(runs) == len(changes) + 2


@pytest.mark.slow
def test_the_examples_in_three_batches_derive_what_they_derive_at_once(
        nlp: Any, example_texts: dict[str, str], tmp_path: Path) -> None:
    articles = [Article(id=name, text=text, url=None, date=None, outlet=f"outlet {i}",
                        source=f"examples/{name}")
                for i, (name, text) in enumerate(example_texts.items())]

    class Quiet:
        def error(self, message: str) -> None:
            raise AssertionError(message)

        warning = error

    done = list(annotate_stream(articles, nlp, Quiet()))
    assert len(done) == len(articles) >= 3
    version = pipeline_version(nlp)

    def ingest(db: str, batches: list[list[Any]], full: bool) -> dict[str, Any]:
        with Store(f"sqlite:///{tmp_path / db}") as store:
            for batch in batches:
                for article, record in batch:
                    store.add_article(article, record, pipeline_version=version)
                store.recompute(full=full)
            return _snapshot(store)

    third = -(-len(done) // 3)
    batched = ingest("batches.db", [done[:third], done[third:2 * third], done[2 * third:]],
                     False)
    assert batched == ingest("once.db", [done], True)
    assert batched["people"] and batched["quote_people"]


def test_people_whose_quotes_did_not_change_keep_their_stored_variants(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from presswatch.store import quote_update

    articles = sample_articles() + _more_articles()
    _ingest(store, [articles[:6]])
    compared: list[set[str]] = []
    real = quote_update.link_variants

    def spy(said: Any) -> Any:
        said = list(said)
        compared.append({s.person for s in said})
        return real(said)

    monkeypatch.setattr(quote_update, "link_variants", spy)
    batched = _ingest(store, [articles[6:]])[-1]
    with store.engine.connect() as conn:
        everyone = {r.id for r in conn.execute(schema.people.select())}
        quoted = {r.person_id for r in conn.execute(schema.quote_people.select())}
    assert compared and compared[-1] < quoted <= everyone  # some people were not compared
    store.recompute(full=True)
    assert _snapshot(store) == batched


def test_derived_state_lost_or_garbled_means_deriving_everything_again(store: Store) -> None:
    from sqlalchemy import update

    articles = sample_articles() + _more_articles()
    _ingest(store, [articles[:4]])
    with store.engine.begin() as conn:
        conn.execute(update(schema.derive_state).where(
            schema.derive_state.c.name != "derived").values(value="{not json"))
    batched = _ingest(store, [articles[4:]])[-1]
    store.recompute(full=True)
    assert _snapshot(store) == batched


def _said(aid: str, day: str, speaker: str, words: str,
          people: list[dict[str, Any]]) -> tuple[Article, dict[str, Any]]:
    return annotated(aid, date=day, outlet="La Gazette", url=f"https://ex.org/{aid}",
                     parts=[f"{speaker} a déclaré : « ", (words, {"speaker": speaker}), " ».\n"],
                     people=people)


def test_batches_that_merge_people_across_surname_blocks_or_make_a_surname_ambiguous(
        store: Store, tmp_path: Path) -> None:
    """The people parts a batch reaches are clustered again, and with them what follows
    from people: a garbled surname of another block joins the real one when an article
    names both; a surname alone attached to its one bearer attaches to nobody once a
    second person of that surname appears; people of unrelated blocks are kept."""
    first = [
        _said("lavrov-1", "2022-03-01", "Antoine BlinkIl", "Nous verrons demain",
              [person("Antoine BlinkIl", "BlinkIl")]),
        _said("lavrov-2", "2022-03-02", "Anthony Blinken", "La réunion est utile",
              [person("Anthony Blinken", "Blinken")]),
        _said("renard-1", "2022-03-03", "Hervé Renard", "Le match sera difficile",
              [person("Hervé Renard", "Renard")]),
        _said("renard-2", "2022-03-09", "Renard", "Nous avons bien joué",
              [person("Renard", gender="m")]),
        _said("okafor-1", "2022-03-04", "Ngozi Okafor", "Les marchés sont calmes",
              [person("Ngozi Okafor", "Okafor", gender="f")]),
    ]
    second = [
        _said("both-1", "2022-03-05", "Anthony Blinken", "Nous parlerons encore",
              [person("Anthony Blinken", "Blinken"), person("Antoine BlinkIl")]),
        _said("renard-3", "2022-03-10", "Wendie Renard", "Nous serons prêtes",
              [person("Wendie Renard", "Renard", gender="f")]),
    ]
    before, after = _ingest(store, [first, second])
    people = {row[1] for row in after["people"]}
    assert len(before["people"]) == 4 and "Antoine BlinkIl" in {r[1] for r in before["people"]}
    assert "Antoine BlinkIl" not in people and {"Anthony Blinken", "Wendie Renard"} <= people
    linked = {row[0] for row in after["quote_people"]}
    assert len(linked) == len({row[0] for row in before["quote_people"]}) + 1  # Renard: nobody
    with Store(f"sqlite:///{tmp_path / 'at-once.db'}") as at_once:
        assert _ingest(at_once, [first + second], full=True)[-1] == after


def test_a_batch_of_new_articles_is_grouped_from_them_and_any_other_write_from_all(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes record the articles they touch: after a batch that only adds articles,
    stories are grouped from those (and what they reach); after a write to an article
    already grouped (an analyst's story fix, a quote correction), or with the record
    unreadable, from every article. The tables are a full rebuild's every time."""
    from presswatch.store import derive

    articles = sample_articles() + _more_articles()
    paths: list[bool] = []
    real = derive.regroup_new

    def spy(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        paths.append(found is not None)
        return found

    monkeypatch.setattr(derive, "regroup_new", spy)
    _ingest(store, [articles[:4]])
    assert paths == []  # a new store: nothing recorded yet, every article grouped
    _ingest(store, [articles[4:6]])
    assert paths == [True]
    store.correct_story(articles[0][0].id, None)
    store.recompute()
    assert paths == [True, False]
    with store.engine.begin() as conn:
        conn.execute(schema.derive_state.update().where(
            schema.derive_state.c.name == "touched").values(value=" not-an-id"))
    batched = _ingest(store, [articles[6:]])[-1]
    assert paths == [True, False]  # unreadable: every article grouped, regroup_new not tried
    with Store(f"sqlite:///{tmp_path / 'at-once.db'}") as at_once:
        for article, record in articles:
            at_once.add_article(article, record, pipeline_version="test")
        at_once.correct_story(articles[0][0].id, None)
        at_once.recompute(full=True)
        assert _snapshot(at_once) == batched


def test_a_list_of_touched_articles_too_long_to_keep_means_unknown(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each write appends to the list: past a bound it is dropped rather than copied at
    every article of a large batch, and the next recompute digests every article."""
    from presswatch.store import touched

    monkeypatch.setattr(touched, "MAX_LISTED", 2)
    articles = sample_articles()
    _ingest(store, [articles[:2]])
    for article, record in articles[2:4]:
        store.add_article(article, record, pipeline_version="test")
    with store.engine.connect() as conn:
        assert touched.take(conn) is not None  # two: kept
    store.add_article(*articles[4], pipeline_version="test")
    with store.engine.connect() as conn:
        assert touched.take(conn) is None  # three: dropped


def test_a_feeds_batch_finds_the_people_parts_it_changes_from_its_own_names(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a batch that only adds articles, people parts are found from the entries of
    the new articles and of the articles whose story changed; with the parts' index
    garbled, or identities that differ from the last recompute's, every part is worked
    out again. The tables are a full rebuild's every time."""
    from presswatch.linking import Identity
    from presswatch.store import derive

    articles = sample_articles() + _more_articles()
    paths: list[bool] = []
    real = derive.relink

    def spy(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        paths.append(found is not None)
        return found

    monkeypatch.setattr(derive, "relink", spy)
    _ingest(store, [articles[:3]])
    assert paths == []  # a new store: nothing recorded yet
    _ingest(store, [articles[3:5]])
    assert paths == [True]
    with store.engine.begin() as conn:
        conn.execute(schema.derive_state.update().where(
            schema.derive_state.c.name == "people-index").values(value="{not json"))
    _ingest(store, [articles[5:6]])
    assert paths == [True]  # unreadable: not tried
    pinned = [Identity("Sergueï Lavrov", aliases=("S. Lavrov",))]
    store.add_article(*articles[6], pipeline_version="test")
    store.recompute(pinned)
    assert paths == [True]  # other identities: every part again
    for article, record in articles[7:]:
        store.add_article(article, record, pipeline_version="test")
    store.recompute(pinned)
    assert paths == [True, True]
    batched = _snapshot(store)
    with Store(f"sqlite:///{tmp_path / 'at-once.db'}") as at_once:
        for article, record in articles:
            at_once.add_article(article, record, pipeline_version="test")
        at_once.recompute(pinned, full=True)
        assert _snapshot(at_once) == batched


def test_story_state_rows_garbled_or_out_of_step_mean_grouping_every_article(
        store: Store) -> None:
    """Story grouping's state is rows written by key (an article's digest and names, its
    part and group; each keyword's document frequency); a names value that does not read,
    or rows whose count is not the one the last recompute recorded, are not trusted: every
    article is grouped again, and the tables are a full rebuild's."""
    from sqlalchemy import func, select

    from presswatch.store.story_state import story_parts

    articles = sample_articles() + _more_articles()
    _ingest(store, [articles[:4]])
    with store.engine.connect() as conn:
        assert story_parts(conn) is not None
    sa = schema.story_articles
    first = select(func.min(sa.c.article_id)).scalar_subquery()
    with store.engine.begin() as conn:
        conn.execute(sa.update().where(sa.c.article_id == first).values(names="[not json"))
        assert story_parts(conn) is None
    batched = _ingest(store, [articles[4:6]])[-1]
    store.recompute(full=True)
    assert _snapshot(store) == batched
    with store.engine.begin() as conn:
        conn.execute(sa.delete().where(sa.c.article_id == first))
        assert story_parts(conn) is None  # one row short of what the marker says
    batched = _ingest(store, [articles[6:]])[-1]
    store.recompute(full=True)
    assert _snapshot(store) == batched


def test_a_batch_clusters_again_only_the_events_its_mentions_reach(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A report of a meeting no stored mention can join is clustered alone: every other
    event keeps its rows; a later report of a stored meeting clusters that meeting's
    mentions again. The tables are a full rebuild's every time."""
    from presswatch.linking import event_update

    clustered: list[set[str]] = []
    real = event_update.cluster_events

    def spy(mentions: Any) -> Any:
        mentions = list(mentions)
        clustered.append({m.article_id for m in mentions})
        return real(mentions)

    monkeypatch.setattr(event_update, "cluster_events", spy)
    articles = sample_articles() + _more_articles()
    geneva, vienna = articles[-3], articles[-1]
    rest = [a for a in articles if a not in (geneva, vienna)]
    _ingest(store, [rest])
    _ingest(store, [[vienna]])

    def stored_id(article: Article) -> str:
        a = schema.articles
        with store.engine.connect() as conn:
            return conn.execute(a.select().with_only_columns(a.c.id).where(
                a.c.url == article.url)).scalar_one()

    assert clustered[-1] == {stored_id(vienna[0])}
    batched = _ingest(store, [[geneva]])[-1]
    assert stored_id(geneva[0]) in clustered[-1]
    assert stored_id(vienna[0]) not in clustered[-1]
    assert len(clustered[-1]) > 1  # the Geneva meeting's earlier reports
    store.recompute(full=True)
    assert _snapshot(store) == batched


def _met(aid: str, day: str, place: str, who: list[dict[str, Any]], *names: str,
         about: str = "du port") -> tuple[Article, dict[str, Any]]:
    return annotated(aid, date=day, outlet="Le Courrier", url=f"https://ex.org/{aid}",
                     parts=[f"{names[0]} a reçu {names[1]} à {place} pour parler {about}.\n"],
                     people=who, interactions=[interaction("meeting", place, *names)])


_SINES = ("des chantiers navals de Setúbal, des conteneurs de Sines, des douanes "
          "d'Alcântara, des ferries vers Madère, des quotas de sardines et du phare du Cabo")


def test_an_event_no_batch_article_reports_follows_its_peoples_names_links_and_story(
        store: Store, tmp_path: Path) -> None:
    """Events whose articles the batch did not write are still brought up to date when
    what their rows are made from changes elsewhere: a participant's display name (two
    new articles spell Benaïssa with its diaeresis: same person, new name in the event's
    label), a participant link (a surname alone names nobody once a second person bears
    it), the article's story (a new report joins it); and an article annotated again
    gives its event its new place. A full rebuild gives the same tables every time."""
    first = [
        _met("lisbonne-1", "2023-03-01", "Lisbonne",
             [person("Mehdi Benaissa", "Benaissa"), person("Marco Rubio", "Rubio")],
             "Mehdi Benaissa", "Marco Rubio"),
        _met("porto-1", "2023-05-10", "Porto",
             [person("Vasseur", gender="f"), person("Ana Costa", "Costa", gender="f")],
             "Vasseur", "Ana Costa"),
        _said("vasseur-1", "2023-05-02", "Hélène Vasseur", "Le port rouvrira en juin",
              [person("Hélène Vasseur", "Vasseur", gender="f")]),
        _met("sines-1", "2023-07-03", "Sines",
             [person("Rui Pinto", "Pinto"), person("Carla Mota", "Mota", gender="f")],
             "Rui Pinto", "Carla Mota", about=_SINES),
    ]
    second = [
        _said("benaissa-2", "2023-09-01", "Mehdi Benaïssa", "Les quais seront agrandis",
              [person("Mehdi Benaïssa", "Benaïssa")]),
        _said("benaissa-3", "2023-09-08", "Mehdi Benaïssa", "Les grues arrivent demain",
              [person("Mehdi Benaïssa", "Benaïssa")]),
        _said("vasseur-2", "2023-09-03", "Paul Vasseur", "La pêche reprend lentement",
              [person("Paul Vasseur", "Vasseur")]),
        annotated("sines-2", date="2023-07-04", outlet="O Jornal", url="https://ex.org/sines-2",
                  parts=[f"À Sines, Rui Pinto et Carla Mota ont parlé {_SINES}.\n"],
                  people=[person("Rui Pinto", "Pinto")]),
    ]
    before, after = _ingest(store, [first, second])
    assert any("Benaïssa" in str(row) for row in after["events"])
    assert not any("Benaïssa" in str(row) for row in before["events"])
    assert len(after["event_people"]) == len(before["event_people"]) - 1  # Vasseur: nobody
    assert len(after["stories"]) == len(before["stories"]) + 1  # Sines
    with Store(f"sqlite:///{tmp_path / 'at-once.db'}") as at_once:
        assert _ingest(at_once, [first + second], full=True)[-1] == after
        braga = _met("porto-1", "2023-05-10", "Braga", first[1][1]["people"], "Vasseur",
                     "Ana Costa")[1]
        for one in (store, at_once):
            a = schema.articles
            with one.engine.connect() as conn:
                aid = conn.execute(a.select().with_only_columns(a.c.id).where(
                    a.c.url == "https://ex.org/porto-1")).scalar_one()
            one.replace_annotations(aid, braga, pipeline_version="test")
        store.recompute()
        at_once.recompute(full=True)
        again = _snapshot(store)
        assert again == _snapshot(at_once)
        assert any("Braga" in str(row) for row in again["events"])


def test_people_a_feeds_batch_does_not_reach_are_read_back_from_their_rows(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a batch that only adds articles, the people of the parts it does not reach
    are taken from their stored rows, not counted again; people parts stored without
    their clusters' people (an older store) mean building everyone, once: the update
    writes them. The tables are a full rebuild's every time."""
    import json

    from presswatch.store import derive

    articles = sample_articles() + _more_articles()
    kept: list[set[str]] = []
    real = derive.relink

    def spy(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        kept.append(set() if found is None else {found[0].people[p].name
                                                 for p in found[0].kept})
        return found

    monkeypatch.setattr(derive, "relink", spy)
    _ingest(store, [articles[:3]])
    _ingest(store, [articles[3:4]])
    assert "Sergueï Lavrov" in kept[-1]  # the Renard article does not reach him
    state = schema.derive_state
    with store.engine.begin() as conn:
        for name, value in conn.execute(state.select().where(state.c.name.like("people:%"))):
            older = {k: v for k, v in json.loads(value).items() if k != "pids"}
            conn.execute(state.update().where(state.c.name == name)
                         .values(value=json.dumps(older)))
    _ingest(store, [articles[4:5]])
    assert kept[-1] == set()  # nobody's people known: everyone built, and written
    _ingest(store, [articles[5:6]])
    assert "Wendie Renard" in kept[-1]
    batched = _ingest(store, [articles[6:]])[-1]
    assert kept[-1]
    with Store(f"sqlite:///{tmp_path / 'at-once.db'}") as at_once:
        assert _ingest(at_once, [articles], full=True)[-1] == batched


def test_a_role_whose_holder_changes_follows_though_the_former_holder_is_read_back(
        store: Store, tmp_path: Path) -> None:
    """A role-only quote goes to the nearest holder of the role at its date: when a new
    article makes another holder nearer, the quote follows, though the former holder is
    a person the batch does not reach (read back from its rows)."""
    def said(aid: str, day: str, url: str, *people: dict[str, Any]) -> Any:
        return annotated(aid, date=day, outlet="Le Matin", url=url, people=list(people),
                         parts=[f"Article {aid} sur les musées et les théâtres.\n"])

    culture = ("le ministre de la Culture",)
    articles = [
        said("kessler", "2023-01-01", "https://ex.org/k",
             person("Paul Kessler", "Kessler", roles=culture)),
        said("ortiz", "2022-06-01", "https://ex.org/o",
             person("Jorge Ortiz", "Ortiz", roles=culture)),
        annotated("role", date="2023-01-20", outlet="La Gazette", url="https://ex.org/r",
                  parts=["Le ministre de la Culture a promis : « ",
                         ("Les bibliothèques resteront ouvertes le dimanche",
                          {"speaker": "le ministre de la Culture"}), " ».\n"]),
    ]
    _ingest(store, [articles])
    batch = [said("ortiz-2", "2023-01-21", "https://ex.org/o2",
                  person("Jorge Ortiz", "Ortiz", roles=culture))]
    batched = _ingest(store, [batch])[-1]
    with Store(f"sqlite:///{tmp_path / 'at-once.db'}") as at_once:
        assert _ingest(at_once, [articles + batch], full=True)[-1] == batched
    linked = {pid for _key, pid, how, *_rest in batched["quote_people"] if how == "role"}
    assert linked == {p[0] for p in batched["people"] if p[1] == "Jorge Ortiz"}


def test_an_update_sums_up_what_a_full_rebuild_does_a_joint_quote_counted_once(
        store: Store) -> None:
    """After a feed's batch the summary is counted from the tables: a quote said by two
    people (two ``quote_people`` rows) is one linked quote, as a full rebuild counts it."""
    duo = [person("Odile Ferrand", "Ferrand", gender="f"), person("Marc Lessard", "Lessard")]
    first = _said("sur-le-port", "2024-02-03", "Odile Ferrand",
                  "Le port de pêche rouvrira au printemps", duo)
    joint = annotated("conference-commune", date="2024-02-05", outlet="Le Courrier",
                      url="https://ex.org/commune",
                      parts=["Odile Ferrand et Marc Lessard ont affirmé : « ",
                             ("Les quais seront réparés avant l'été",
                              {"speaker": "Odile Ferrand et Marc Lessard"}), " ».\n"],
                      people=duo)
    _ingest(store, [[first]])
    for article, record in [joint]:
        store.add_article(article, record, pipeline_version="test")
    updated = store.recompute()
    rows = _snapshot(store)["quote_people"]
    assert len(rows) == 3 and updated.linked_quotes == len({r[0] for r in rows}) == 2
    assert store.recompute(full=True) == updated


def test_an_unreached_articles_participants_are_kept_unless_an_index_change_touches_them(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch keeps the participant links of an article it does not reach (written
    before, dated by itself, same story, names and story people) as stored; but a
    participant named by a surname alone, found through the aliases of everyone, is
    resolved again when a new article makes that surname ambiguous."""
    from presswatch.store import derive

    kept: list[set[str]] = []
    real = derive.kept_participants
    monkeypatch.setattr(derive, "kept_participants",
                        lambda *a: kept.append(real(*a)) or kept[-1])
    ingrid = _said("jardins", "2024-04-02", "Ingrid Solberg",
                   "Les jardins partagés ouvriront en mai",
                   [person("Ingrid Solberg", "Solberg", gender="f")])
    meeting = annotated("verdier", date="2024-04-03", outlet="La Gazette",
                        url="https://ex.org/verdier",
                        parts=["Paul Verdier a reçu Solberg à la mairie. Il a dit : « ",
                               ("Nous avons parlé des jardins", {"speaker": "Paul Verdier"}),
                               " ».\n"],
                        people=[person("Paul Verdier", "Verdier")],
                        interactions=[interaction("meeting", "Bergen", "Paul Verdier",
                                                  "Solberg")])
    _ingest(store, [[ingrid, meeting]])
    with store.engine.connect() as conn:
        met = conn.execute(select(schema.articles.c.id).where(
            schema.articles.c.url == "https://ex.org/verdier")).scalar_one()
        assert len(conn.execute(select(schema.participant_people).where(
            schema.participant_people.c.article_id == met)).all()) == 2
    other = _said("marche", "2024-04-05", "Hugo Lambert", "Le marché restera ouvert",
                  [person("Hugo Lambert", "Lambert")])
    _ingest(store, [[other]])
    assert met in kept[-1]  # a batch that does not reach it keeps its links
    erna = _said("fjord", "2024-04-06", "Erna Solberg", "Le fjord sera protégé",
                 [person("Erna Solberg", "Solberg", gender="f")])
    batched = _ingest(store, [[erna]])[-1]
    assert met not in kept[-1]
    with store.engine.connect() as conn:  # "Solberg" alone is nobody now
        assert len(conn.execute(select(schema.participant_people).where(
            schema.participant_people.c.article_id == met)).all()) == 1
    store.recompute(full=True)
    assert _snapshot(store) == batched


def test_the_participants_of_an_article_dated_by_inference_are_resolved_again() -> None:
    """An article's participants are resolved at its date before events date it (its own
    or its story's), which ``quote_inputs`` do not keep (they keep the final date): an
    article without a date of its own never keeps its links, though its inputs are the
    last run's and no participant touches a changed alias or role."""
    from presswatch.store.derive_inputs import StoredArticle
    from presswatch.store.index_changes import kept_participants

    class Untouched:
        def lookups(self, speaker: str | None) -> tuple[bool, tuple[frozenset[str], ...]]:
            return False, ()

        def touches(self, speaker: str | None, day: object) -> bool:
            return False

    met = [{"type": "meeting", "place": "Lyon", "date": None, "participants": ["le maire"]}]
    arts = {aid: StoredArticle(aid, "2024-05-02", None, [], met, set(), None, own=own)
            for aid, own in (("own", "2024-05-02"), ("story", None))}
    inputs = {aid: ("s-1", "2024-05-02", "digest") for aid in arts}
    assert kept_participants(arts, frozenset(), inputs, dict(inputs),
                             Untouched()) == {"own"}  # type: ignore[arg-type]
