"""Specification of the store under concurrent use: two writers on one SQLite file take
turns (none fails with "database is locked"), a ``kill -9`` during a recompute leaves the
derived tables as they were, and spaCy workers end with the process that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from presswatch.store import Store
from presswatch.store.fixtures import populate

WRITER = textwrap.dedent("""
    import sys
    from presswatch.store import Store
    from presswatch.store.fixtures import annotated, person
    db, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Store("sqlite:///" + db) as store:
        for i in range(n):
            name = f"Agathe Vernier{tag}"
            article, record = annotated(
                f"{tag}-{i}", date="2023-05-0" + str(1 + i % 9), outlet="Le Courrier",
                url=f"https://ex.org/{tag}/{i}",
                parts=[f"{name} a déclaré : « ", (f"Le port rouvrira le {i} juin, {tag}",
                                                   {"speaker": name}), " »."],
                people=[person(name, f"Vernier{tag}", gender="f")])
            store.add_article(article, record, pipeline_version="test")
            store.recompute()
    print("done")
""")


def test_two_writers_on_one_sqlite_file_wait_their_turn(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    Store(f"sqlite:///{db}").close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), tag, "15"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err and out.strip() == "done"
    with Store(f"sqlite:///{db}") as store:
        assert store.counts()["articles"] == 30
        assert store.counts()["people"] == 2


RECOMPUTING = textwrap.dedent("""
    import sys, time
    from presswatch.store import Store, derive
    real = derive.recompute
    def slow(conn, *args, **kwargs):
        summary = real(conn, *args, **kwargs)
        print("rewritten", flush=True)
        time.sleep(60)  # killed here: every derived table rewritten, nothing committed
        return summary
    derive.recompute = slow
    with Store("sqlite:///" + sys.argv[1]) as store:
        store.recompute(full=True)  # relink: every derived row deleted, then written
""")


def test_a_kill_during_a_recompute_leaves_people_and_stories_as_they_were(
        tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    with Store(f"sqlite:///{db}") as store:
        populate(store)
        before = (store.counts(), [p["id"] for p in store.people(limit=100).rows])
    proc = subprocess.Popen([sys.executable, "-c", RECOMPUTING, str(db)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "rewritten"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Store(f"sqlite:///{db}") as store:
        after = (store.counts(), [p["id"] for p in store.people(limit=100).rows])
    assert after == before and before[0]["people"] > 0 and before[0]["stories"] > 0


PARENT = textwrap.dedent("""
    import multiprocessing, sys, time
    import spacy
    from presswatch.lifetime import end_with_parent
    end_with_parent()
    def texts():
        while True:
            time.sleep(0.05)
            yield "Le maire a inauguré le pont."
    nlp = spacy.blank("fr")
    for n, _doc in enumerate(nlp.pipe(texts(), n_process=2, batch_size=1)):
        if n == 4:
            print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
""")


ANNOTATING = textwrap.dedent("""
    import multiprocessing, time
    import spacy
    from presswatch.annotate import annotate_articles
    from presswatch.reading import Article
    def articles():
        for k in range(10**6):
            time.sleep(0.05)
            yield Article(id=str(k), text="Le maire a inauguré le pont.", source=f"{k}.txt")
    nlp = spacy.blank("fr")
    for n, _record in enumerate(annotate_articles(articles(), nlp=nlp, n_process=2,
                                                  batch_size=1)):
        if n == 4:
            print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(")")[-1].split()[0] == "Z")


@pytest.mark.skipif(sys.platform == "win32", reason="no fork")
@pytest.mark.parametrize("parent", [PARENT, ANNOTATING], ids=["spacy", "annotate"])
def test_spacy_workers_end_when_their_parent_is_killed(parent: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in proc.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)
