"""Annotation on a Dask cluster: the one annotation stream, run by the workers of a scheduler.

``presswatch annotate --dask ADDRESS`` and ``ingest --dask ADDRESS`` connect a
:class:`distributed.Client` to a running scheduler. Each worker loads the pipeline once
(:class:`PipelinePlugin`, registered idempotently: a later run on the same cluster reuses
it, a worker that joins later loads it too). Articles are read on the client, so a bad
input is one error line there as in a local run; they travel in partitions of
``Options.partition_size`` articles, each one task running
:func:`presswatch.annotate.annotate_stream` on a worker. Results come back in input order,
so all that follows (stories, the writers, the store) is the local code unchanged:
``annotate --dask`` prints what ``annotate`` prints, stories included.

Writing: with a PostgreSQL store the workers write their articles themselves, each in its
own transaction (:meth:`Store.add_article`), and send back only ids and quotes; with SQLite
(one file, one writer) the records stream back to the client, which writes them as a local
ingest does (:func:`presswatch.ingest.store_annotated`).

A lost worker: the scheduler runs its tasks again on another worker (and any result the
client had not fetched yet). Annotating has no side effect and a store write is
insert-or-ignore on the article's text hash and URL, so an article a task wrote before its
worker died is found stored by the second attempt and not written again: no article is
lost and none is doubled.

TLS: a ``tls://`` address uses Dask's own security settings (``distributed.comm.tls.*`` in
the Dask config, or ``DASK_DISTRIBUTED__COMM__TLS__...`` variables), which
:class:`distributed.security.Security` reads.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from types import TracebackType
from typing import Any

import click

from presswatch.annotate import Options, Report, annotate_stream, report_component_errors
from presswatch.ingest import (
    Counting,
    IngestCounts,
    Reporter,
    new_articles,
    pipeline_version,
    store_annotated,
)
from presswatch.pipeline import load
from presswatch.reading import Article
from presswatch.store import Store

try:  # the optional extra presswatch[dask]; without it, connect() says so in one line
    from distributed import Client, WorkerPlugin, get_worker
    from distributed.security import Security
except ImportError:  # pragma: no cover - the test extra installs dask
    Client = Security = get_worker = None  # type: ignore[assignment,misc]
    WorkerPlugin = object  # type: ignore[assignment,misc]

__all__ = [
    "TAIL_SPLIT",
    "Cluster",
    "ClusterError",
    "PipelinePlugin",
    "annotate_partition",
    "connect",
    "partitions",
    "plugin_name",
]

IN_FLIGHT_PER_THREAD = 2
"""Partitions submitted ahead per worker thread: enough to keep every worker busy while
results are taken in input order, few enough that the client's memory stays flat."""
TAIL_SPLIT = 4
"""The articles left when the input ends go out in partitions this many times smaller:
the workers take partitions from one queue, so the run's last partition is what one
worker annotates while the others have nothing left; a small one keeps them all busy to
the end (with 32-article partitions on two workers, the wait for the last one cost about
a twentieth of a 600-article run)."""
CONNECT_TIMEOUT = 10
"""Seconds to reach the scheduler."""
WORKER_TIMEOUT = 60
"""Seconds to wait for a first worker to join (one may still be starting)."""


class ClusterError(click.ClickException):
    """The cluster cannot be used: no dask extra, no scheduler, no pipeline on its workers
    (a ClickException: the command line prints its one sentence)."""


def plugin_name(model: str) -> str:
    """The worker plugin's name: one loaded pipeline per model per worker."""
    return f"presswatch-pipeline:{model}"


class PipelinePlugin(WorkerPlugin):
    """Loads the presswatch pipeline once per worker, and opens each store once."""

    idempotent = True  # registered again by a later run: the loaded pipeline is kept

    def __init__(self, model: str) -> None:
        self.model = model
        self.name = plugin_name(model)

    def setup(self, worker: Any) -> None:
        """Load the pipeline (on the worker, when it starts or when the plugin arrives)."""
        self.nlp = load(self.model)
        self.version = pipeline_version(self.nlp)
        self.lock = threading.Lock()  # one task at a time uses the pipeline and its handler
        self.stores: dict[str, Store] = {}

    def teardown(self, worker: Any) -> None:
        """Release the stores' connections."""
        for store in self.stores.values():
            store.close()

    def store(self, url: str) -> Store:
        """The store at ``url``, opened once per worker."""
        if url not in self.stores:
            self.stores[url] = Store(url, create=False)
        return self.stores[url]


def partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``articles`` in partitions of ``size``, in input order, except the last ones: the
    input is read one partition ahead, and what is left when it ends (``size`` to
    ``2 * size - 1`` articles) goes out in partitions ``TAIL_SPLIT`` times smaller."""
    it = iter(articles)
    ahead: deque[Article] = deque(islice(it, size))
    for article in it:
        ahead.append(article)
        if len(ahead) == 2 * size:
            yield [ahead.popleft() for _ in range(size)]
    small = -(-size // TAIL_SPLIT)
    while ahead:
        yield [ahead.popleft() for _ in range(min(small, len(ahead)))]


@dataclass(slots=True)
class Partition:
    """What one task sends back, in input order: each record with the position of its
    article in the partition (the client holds the articles: they do not travel back)."""

    records: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    stored: list[dict[str, Any]] = field(default_factory=list)  # {id, quotes} written there
    lines: list[tuple[str, str]] = field(default_factory=list)  # ("error", message)…


class _Lines:
    """A Report that keeps a task's error and warning lines for the client to print."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []

    def error(self, message: str) -> None:
        self.lines.append(("error", message))

    def warning(self, message: str) -> None:
        self.lines.append(("warning", message))


def annotate_partition(articles: list[Article], plugin: str, options: Options,
                       store_url: str | None = None) -> Partition:
    """The task: annotate one partition with this worker's pipeline; with ``store_url``
    store each article (its own transaction) and send back only its id and quotes."""
    loaded: PipelinePlugin = get_worker().plugins[plugin]
    report = _Lines()
    with loaded.lock:
        report_component_errors(loaded.nlp, report)
        pairs = list(annotate_stream(articles, loaded.nlp, report, options))
    if store_url is None:
        position = {id(article): k for k, article in enumerate(articles)}
        return Partition(records=[(position[id(article)], record) for article, record in pairs],
                         lines=report.lines)
    store = loaded.store(store_url)
    stored = []
    for article, record in pairs:
        try:
            # None: stored already, by an earlier attempt of this task (a lost worker) or
            # by another run since the client checked; in the store once either way.
            store.add_article(article, record, pipeline_version=loaded.version)
        except Exception as err:  # this article's transaction was rolled back; go on
            report.error(f"{article.source}: not stored: {type(err).__name__}: {err}")
            continue
        stored.append({"id": record.get("id"), "quotes": record.get("quotes") or []})
    return Partition(stored=stored, lines=report.lines)


def _worker_version(plugin: str, dask_worker: Any = None) -> str:
    return dask_worker.plugins[plugin].version


class Cluster:
    """A client of one Dask scheduler whose workers hold the presswatch pipeline.

    Use :func:`connect`; close it (or use it as a context manager) when done.
    """

    def __init__(self, client: Any, model: str, options: Options, version: str) -> None:
        self.client = client
        self.model = model
        self.options = replace(options, n_process=1)  # a worker is one process
        self.version = version
        self.plugin = plugin_name(model)

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Disconnect (the scheduler and its workers keep running)."""
        self.client.close()

    def annotate(self, articles: Iterable[Article],
                 report: Report) -> Iterator[tuple[Article, dict[str, Any]]]:
        """(article, record) pairs in input order, as
        :func:`presswatch.annotate.annotate_stream` gives them locally."""
        for chunk, partition in self._partitions(articles, report, None):
            yield from ((chunk[k], record) for k, record in partition.records)

    def ingest(self, store: Store, inputs: Sequence[str], report: Reporter) -> IngestCounts:
        """:func:`presswatch.ingest.ingest` on the cluster: the articles not stored yet are
        annotated by the workers and written by them (PostgreSQL) or by this client."""
        run = Counting(report)
        fresh = new_articles(store, inputs, run, self.options)
        if store.url.get_backend_name() != "postgresql":
            store_annotated(store, self.annotate(fresh, run), run, self.version)
            return run.counts
        url = store.url.render_as_string(hide_password=False)
        for _chunk, partition in self._partitions(fresh, run, url):
            for record in partition.stored:
                run.stored(record)
        return run.counts

    def _partitions(self, articles: Iterable[Article], report: Report,
                    store_url: str | None) -> Iterator[tuple[list[Article], Partition]]:
        """Submit partitions a few ahead of the one awaited; yield each with its articles,
        in input order."""
        threads = sum(self.client.nthreads().values())
        window = max(2, IN_FLIGHT_PER_THREAD * threads)
        pending: deque[tuple[Any, list[Article]]] = deque()
        for chunk in partitions(articles, self.options.partition_size):
            future = self.client.submit(annotate_partition, chunk, self.plugin, self.options,
                                        store_url, pure=False)
            pending.append((future, chunk))
            if len(pending) >= window:
                yield _result(*pending.popleft(), report)
        while pending:
            yield _result(*pending.popleft(), report)


def _result(future: Any, chunk: list[Article], report: Report
            ) -> tuple[list[Article], Partition]:
    """A partition's results, its error lines printed; a task that failed for good (every
    retry too) is one error line per article it held, and the run goes on."""
    try:
        partition: Partition = future.result()
    except Exception as err:
        for article in chunk:
            report.error(f"{article.source}: annotation failed on the cluster: "
                         f"{type(err).__name__}: {err}")
        return chunk, Partition()
    finally:
        future.release()
    for kind, message in partition.lines:
        getattr(report, kind)(message)
    return chunk, partition


def security_for(address: str) -> Any:
    """Dask's security settings for ``address``: from the Dask config for ``tls://``
    (``distributed.comm.tls.ca-file``, ``.client.cert``, ``.client.key``), else None."""
    if not address.startswith("tls://"):
        return None
    security = Security()
    if not (security.tls_ca_file and security.tls_client_cert):
        raise ClusterError(
            f"{address} needs Dask's TLS settings: set distributed.comm.tls.ca-file and "
            "distributed.comm.tls.client.cert (and .client.key) in the Dask config or as "
            "DASK_DISTRIBUTED__COMM__TLS__CA_FILE, …__CLIENT__CERT, …__CLIENT__KEY")
    return security


def connect(address: str, model: str, options: Options) -> Cluster:
    """Connect to the scheduler at ``address`` and have every worker load ``model`` once.

    Raises:
        ClusterError: in one sentence, when the dask extra is missing, the scheduler cannot
            be reached, no worker joins, or the workers cannot load the pipeline.
    """
    if Client is None:
        raise ClusterError("--dask needs the dask extra: pip install 'presswatch[dask]'")
    security = security_for(address)
    try:
        client = Client(address, security=security, timeout=CONNECT_TIMEOUT,
                        set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {err}") from None
    name = plugin_name(model)
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        client.register_plugin(PipelinePlugin(model), name=name)
        versions = set(client.run(_worker_version, name).values())
    except Exception as err:
        client.close()
        raise ClusterError(f"the workers at {address} cannot run the pipeline on {model}: "
                           f"{type(err).__name__}: {err}") from None
    if len(versions) != 1:
        client.close()
        raise ClusterError(f"the workers at {address} run different pipelines: "
                           f"{', '.join(sorted(versions))}")
    return Cluster(client, model, options, versions.pop())
