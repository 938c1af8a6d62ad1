"""Worker processes end with their parent.

``--workers N`` runs the annotation in N forked workers (``annotate._records_in_processes``,
or spaCy's ``nlp.pipe(n_process=N)`` where there is no fork), which wait on a queue: when
the parent is killed (``kill -9``, an OOM kill, a closed terminal), they would wait for
ever, holding a model each (about 535 MB). :func:`end_with_parent` makes every process
forked from now on die with the process that forked it: on Linux the kernel signals it
(``PR_SET_PDEATHSIG``), elsewhere a thread of the worker watches its parent.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import threading
import time

__all__ = ["end_with_parent"]

_PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 1.0
"""How often a worker without PR_SET_PDEATHSIG checks that its parent lives."""
_installed = False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def _bind_to_parent(parent: int) -> None:
    """In a freshly forked child: die when ``parent`` does."""
    bound = False
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        bound = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    if not bound:
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()


_forking_pid = 0


def _before_fork() -> None:
    global _forking_pid
    _forking_pid = os.getpid()


def _after_fork_in_child() -> None:
    _bind_to_parent(_forking_pid)


def end_with_parent() -> None:
    """From now on, each process this one forks (spaCy's ``n_process`` workers) ends when
    this process ends, however it ends. Idempotent."""
    global _installed
    if not _installed:
        _installed = True
        os.register_at_fork(before=_before_fork, after_in_child=_after_fork_in_child)
