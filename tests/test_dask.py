"""Specification of `annotate --dask` and `ingest --dask` on a real cluster: a scheduler and
two single-threaded workers started here on 127.0.0.1 give what a local run gives (quotes,
records, stories), bad inputs are one error line each, and a worker killed mid-run costs
no article and doubles none."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED

from presswatch import cli
from presswatch.formats.parquet import read_records
from presswatch.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DEV = SHARED / "eval" / "dev"
BIN = Path(sys.executable).parent
MODEL = "fr_core_news_sm"  # quick to load on each worker; the local runs use the same

# Short articles written for these tests: several paragraphs, quotes of every kind.
OPENINGS = (
    "Le conseil municipal de {ville} s'est réuni mardi soir pour voter le budget.",
    "La préfecture de {ville} a annoncé la fermeture de deux écoles après les orages.",
    "Les salariés de l'usine de {ville} ont manifesté devant la mairie jeudi matin.",
)
QUOTES = (
    "« Nous avons fait des choix difficiles mais nécessaires », a déclaré {nom}, maire de "
    "la commune, devant les élus.",
    "{nom} a estimé que la situation restait « très préoccupante » pour les familles.",
    "Selon {nom}, les travaux devraient durer au moins six mois.",
    "« Personne ne sera laissé de côté », a promis {nom} à la sortie de la réunion.",
    "Interrogée par la presse, {nom} a assuré qu'aucune décision n'avait encore été prise.",
)
TOWNS = ("Quimperlé", "Montbrison", "Saint-Flour", "Pontarlier", "Millau", "Lannion",
         "Figeac", "Oloron", "Verdun", "Dole")
NAMES = ("Maëlle Dufresnoy", "Baptiste Kerouan", "Solène Marchetti", "Yanis Berthelot",
         "Inès Valadier", "Gaspard Lemoal")


def written_articles(n: int) -> list[dict]:
    """``n`` distinct articles (JSON objects) composed of the sentences above."""
    articles = []
    for i in range(n):
        town, name = TOWNS[i % len(TOWNS)], NAMES[i % len(NAMES)]
        paragraphs = [OPENINGS[i % len(OPENINGS)].format(ville=town)]
        paragraphs += [QUOTES[(i + k) % len(QUOTES)].format(nom=name) for k in range(3)]
        paragraphs.append(f"Le dossier sera de nouveau examiné lors de la séance numéro {i}.")
        articles.append({"id": f"art-{i:03d}", "url": f"https://exemple.fr/{i}",
                         "date": f"2023-05-{i % 28 + 1:02d}", "text": "\n\n".join(paragraphs)})
    return articles


def write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                    encoding="utf-8")
    return path


class LocalCluster:
    """`dask scheduler` and `dask worker` processes on 127.0.0.1, free ports, one thread
    each; every process is killed at teardown."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.file = folder / "scheduler.json"
        self.processes: list[subprocess.Popen] = []
        self.workers: list[subprocess.Popen] = []
        self.scheduler = self._start("scheduler", "scheduler", "--host", "127.0.0.1",
                                     "--port", "0", "--no-dashboard",
                                     "--scheduler-file", str(self.file))
        self._wait(lambda: self.file.exists(), "the scheduler to start")
        self.address = json.loads(self.file.read_text())["address"]

    def _start(self, log: str, *args: str) -> subprocess.Popen:
        with (self.folder / f"{log}.log").open("ab") as out:
            process = subprocess.Popen([str(BIN / "dask"), *args], stdout=out, stderr=out)
        self.processes.append(process)
        return process

    def _wait(self, ready, what: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} s for {what}")
            time.sleep(0.2)

    def add_worker(self) -> subprocess.Popen:
        """Start one more worker and wait until the scheduler counts it."""
        name = f"worker-{len(self.workers)}"
        worker = self._start(name, "worker", "--scheduler-file", str(self.file),
                             "--nthreads", "1", "--no-nanny", "--no-dashboard",
                             "--host", "127.0.0.1", "--name", name,
                             "--local-directory", str(self.folder))
        self.workers.append(worker)
        self._wait(lambda: self.n_workers() >= len(self.alive()), f"{name} to join")
        return worker

    def alive(self) -> list[subprocess.Popen]:
        return [w for w in self.workers if w.poll() is None]

    def n_workers(self) -> int:
        from distributed import Client

        with Client(self.address, timeout=30) as client:
            return len(client.scheduler_info(n_workers=-1)["workers"])

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    local = LocalCluster(tmp_path_factory.mktemp("dask"))
    try:
        local.add_worker()
        local.add_worker()
        yield local
    finally:
        local.close()


@pytest.fixture(scope="module")
def run(nlp_sm):
    """`presswatch ARGS...` in-process; a local run reuses the session's small pipeline."""

    def invoke(*args: str):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cli, "_load_model", lambda name: nlp_sm)
            return CliRunner().invoke(cli.cli, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The inputs of the tests: "all" (the examples, the dev texts when they are beside
    the repository, articles of ours) and "ours" (40 articles of ours only)."""
    folder = tmp_path_factory.mktemp("inputs")
    ours = write_jsonl(folder / "ours.jsonl", written_articles(40))
    some = write_jsonl(folder / "some.jsonl", written_articles(8))
    return {"all": [str(EXAMPLES), *([str(DEV)] if DEV.is_dir() else []), str(some)],
            "ours": [str(ours)]}


@pytest.fixture(scope="module")
def local_store(run, sources, tmp_path_factory: pytest.TempPathFactory):
    """`local_store(name)`: a SQLite store of a local ingest of ``sources[name]``."""
    folder = tmp_path_factory.mktemp("local")
    made: dict[str, str] = {}

    def store(name: str) -> str:
        if name not in made:
            made[name] = f"sqlite:///{folder / name}.db"
            assert run("ingest", *sources[name], "--db", made[name]).exit_code == 0
        return made[name]

    return store


def stored_quotes(url: str) -> list[tuple]:
    """Every stored quote, as what a reader cites: article, offsets, text, speaker, act."""
    with Store(url) as store:
        return sorted((q["key"], q["start"], q["end"], q["text"], q["speaker"], q["act"],
                       q["type"]) for q in store.iter_quotes())


def stored_articles(url: str) -> list[str]:
    with Store(url) as store:
        return sorted(a["id"] for a in store.iter_table("articles"))


def test_ingest_through_dask_stores_the_quotes_a_local_ingest_stores(cluster, run, sources,
                                                                     local_store, store_url):
    local = local_store("all")
    result = run("ingest", *sources["all"], "--db", store_url, "--model", MODEL,
                 "--dask", cluster.address, "--partition-size", "4")
    assert result.exit_code == 0, result.stderr
    assert "0 errors" in result.stderr
    assert stored_quotes(store_url) == stored_quotes(local)
    assert stored_articles(store_url) == stored_articles(local)


def test_annotate_through_dask_prints_the_local_records_stories_included(cluster, run,
                                                                         tmp_path):
    bad = tmp_path / "binaire.txt"
    bad.write_bytes(b"\x00\x01\x02 pas du texte")
    args = ["annotate", str(EXAMPLES), str(bad),
            str(write_jsonl(tmp_path / "ours.jsonl", written_articles(6)))]
    local = run(*args)
    remote = run(*args, "--model", MODEL, "--dask", cluster.address, "--partition-size", "3")
    assert (local.exit_code, remote.exit_code) == (1, 1)  # one input failed
    assert remote.stdout == local.stdout
    records = [json.loads(line) for line in remote.stdout.splitlines()]
    assert len(records) == 11 and any(r["story"] for r in records)
    errors = [line for line in remote.stderr.splitlines() if line.startswith("error:")]
    assert errors == [line for line in local.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "binaire.txt" in errors[0]

    folder = tmp_path / "parquet"
    result = run(*args, "--model", MODEL, "--dask", cluster.address, "--partition-size", "3",
                 "--format", "parquet", "--out", str(folder))
    assert result.exit_code == 1 and result.stdout == ""
    assert sorted(p.name for p in folder.iterdir()) == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet",
        "part-00003.parquet", "stories.parquet"]
    assert list(read_records(folder)) == records


@pytest.fixture
def writer_store(tmp_path: Path) -> str:
    """PostgreSQL when there is a test server (the workers write there themselves), else
    SQLite (the client writes what they send back)."""
    from conftest import POSTGRES_ENV, _empty_postgres

    if os.environ.get(POSTGRES_ENV):
        return _empty_postgres(os.environ[POSTGRES_ENV])
    return f"sqlite:///{tmp_path / 'presswatch.db'}"


def test_a_worker_killed_mid_ingest_costs_no_article_and_doubles_none(cluster, sources,
                                                                      local_store,
                                                                      writer_store):
    store_url = writer_store
    local = local_store("ours")
    watch = Store(store_url)  # the tables exist before the client starts
    command = [str(BIN / "presswatch"), "ingest", *sources["ours"], "--db", store_url,
               "--model", MODEL, "--dask", cluster.address, "--partition-size", "2"]
    ingest = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    victim = cluster.alive()[0]
    try:
        deadline = time.monotonic() + 120
        while (sum(1 for _ in watch.iter_table("articles")) < 2
               and time.monotonic() < deadline):
            time.sleep(0.05)
        assert ingest.poll() is None, "the ingest ended before a worker could be killed"
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
        _, stderr = ingest.communicate(timeout=300)
    finally:
        watch.close()
        if ingest.poll() is None:
            ingest.kill()
        cluster.add_worker()  # the next test has two workers again
    assert ingest.returncode == 0, stderr
    assert "0 errors" in stderr
    assert stored_articles(store_url) == stored_articles(local)  # each once
    assert len(stored_articles(store_url)) == 40
    assert stored_quotes(store_url) == stored_quotes(local)


def test_tls_addresses_use_dasks_security_settings(monkeypatch, tmp_path):
    import dask

    from presswatch import cluster as clustering

    seen = {}

    class Refused:
        def __init__(self, address, **kwargs):
            seen.update(kwargs, address=address)
            raise OSError("refused")

    monkeypatch.setattr(clustering, "Client", Refused)
    with pytest.raises(clustering.ClusterError, match="needs Dask's TLS settings"):
        clustering.connect("tls://127.0.0.1:8786", MODEL, clustering.Options())
    ca, cert = tmp_path / "ca.pem", tmp_path / "client.pem"
    with dask.config.set({"distributed.comm.tls.ca-file": str(ca),
                          "distributed.comm.tls.client.cert": str(cert)}), \
            pytest.raises(clustering.ClusterError, match="cannot reach the Dask scheduler"):
        clustering.connect("tls://127.0.0.1:8786", MODEL, clustering.Options())
    assert seen["address"] == "tls://127.0.0.1:8786"
    assert (seen["security"].tls_ca_file, seen["security"].tls_client_cert) == (str(ca),
                                                                                str(cert))


def test_without_the_dask_extra_presswatch_imports_and_dask_is_one_sentence(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("« Nous verrons », a dit la maire.\n", encoding="utf-8")
    script = ("import sys; sys.modules['dask'] = sys.modules['distributed'] = None\n"
              "import presswatch, presswatch.cli\n"
              "sys.argv = ['presswatch', 'annotate', sys.argv[1], '--dask', 'tcp://h:8786']\n"
              "presswatch.cli.main()\n")
    result = subprocess.run([sys.executable, "-c", script, str(article)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Error: --dask needs the dask extra: pip install 'presswatch[dask]'"]


def test_partitions_keep_input_order_and_end_in_smaller_ones():
    """Every article goes out once, in input order; full partitions while the input lasts,
    then what is left in partitions `TAIL_SPLIT` times smaller, so no worker is left with a
    whole partition to annotate while the others wait."""
    from presswatch.cluster import TAIL_SPLIT, partitions
    from presswatch.reading import Article

    articles = [Article(id=str(k), text="Texte.", source=f"a{k}") for k in range(100)]
    parts = list(partitions(iter(articles), 32))
    assert [a for part in parts for a in part] == articles
    assert [len(p) for p in parts] == [32, 32] + [32 // TAIL_SPLIT] * 4 + [4]
    assert [len(p) for p in partitions(articles[:5], 32)] == [5]
    assert [len(p) for p in partitions(articles[:3], 1)] == [1, 1, 1]
