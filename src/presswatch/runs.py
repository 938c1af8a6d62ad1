"""One batch run of the CLI: its counts, its progress bar and its error lines (stderr).

``annotate``, ``ingest`` and ``reannotate`` report through a :class:`Run`: the annotation
stream (:mod:`presswatch.annotate`) tells it of each error and each record, and the command
prints its summary and exits with its code. Exit codes follow trafilatura: 0 without
errors, 1 with some, 126 when every input failed.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from presswatch.reading import Article
from presswatch.reading.model import one_line
from presswatch.textutil import counted

__all__ = ["EXIT_ALL_FAILED", "EXIT_OK", "EXIT_SOME_ERRORS", "IngestRun", "Run"]

EXIT_OK = 0
EXIT_SOME_ERRORS = 1
EXIT_ALL_FAILED = 126
"""trafilatura's batch exit codes: no error, some inputs failed, every input failed."""


class Run:
    """Counts of one ``annotate`` run, its progress bar and its error lines (stderr)."""

    def __init__(self, show_progress: bool, verb: str = "annotating") -> None:
        self.articles = 0
        self.quotes = 0
        self.errors = 0
        self.progress = Progress(
            SpinnerColumn(), TextColumn(verb),
            TextColumn("{task.completed} articles, {task.fields[quotes]} quotes"),
            TimeElapsedColumn(),
            console=Console(stderr=True), disable=not show_progress, transient=True,
            redirect_stdout=False, redirect_stderr=False,
        )
        self._task = self.progress.add_task("annotate", total=None, quotes=0)
        self._live = False

    def __enter__(self) -> Run:
        self.progress.start()
        self._live = not self.progress.disable
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.progress.stop()
        self._live = False

    def error(self, message: str) -> None:
        """Count an error and print ``error: <message>`` on one line of stderr."""
        self.errors += 1
        self._line(f"error: {message}")

    def warning(self, message: str) -> None:
        """Print ``warning: <message>`` on one line of stderr (not an error: the article is
        read, with something kept or changed that the user should know about)."""
        self._line(f"warning: {message}")

    def _line(self, line: str) -> None:
        line = one_line(line)  # a name or an exception's text never splits a line
        if self._live:  # print above the live progress bar instead of through it
            self.progress.console.print(Text(line), soft_wrap=True)
        else:
            click.echo(line, err=True)

    def done(self, record: dict[str, Any]) -> None:
        """Count one annotated article and its quotes, and move the progress bar."""
        self.articles += 1
        self.quotes += len(record.get("quotes") or [])
        self.progress.update(self._task, advance=1, quotes=self.quotes)

    @property
    def summary(self) -> str:
        """The one line printed on stderr at the end of the run."""
        return (f"annotated {counted(self.articles, 'article')}, "
                f"{counted(self.quotes, 'quote')}; {counted(self.errors, 'error')}")

    @property
    def exit_code(self) -> int:
        """0 without errors, 126 when no article came through, else 1 (trafilatura's)."""
        if not self.errors:
            return EXIT_OK
        return EXIT_ALL_FAILED if not self.articles else EXIT_SOME_ERRORS


class IngestRun(Run):
    """An ``annotate`` run's counts and progress, plus articles found already stored."""

    def __init__(self, show_progress: bool, verb: str = "ingesting") -> None:
        super().__init__(show_progress, verb)
        self.skipped_count = 0
        self.completed_count = 0
        self.completed_fields: dict[str, None] = {}  # in the order first filled

    def skipped(self, article: Article, completed: tuple[str, ...] = ()) -> None:
        """Count an article found stored already (not an error: ingest is repeatable), and
        whether this copy filled in metadata the stored one lacked."""
        self.skipped_count += 1
        if completed:
            self.completed_count += 1
            self.completed_fields.update(dict.fromkeys(completed))

    @property
    def summary(self) -> str:
        """The one line printed on stderr at the end of the run."""
        stored = f"{self.skipped_count} already stored"
        if self.completed_count:
            stored += (f" ({counted(self.completed_count, 'completed', 'completed')} with "
                       f"{', '.join(self.completed_fields)})")
        return (f"stored {counted(self.articles, 'article')}, "
                f"{counted(self.quotes, 'quote')}; {stored}; "
                f"{counted(self.errors, 'error')}")

    @property
    def exit_code(self) -> int:
        """As :attr:`Run.exit_code`; an article stored already counts as come through."""
        if not self.errors:
            return EXIT_OK
        return EXIT_ALL_FAILED if not (self.articles or self.skipped_count) else EXIT_SOME_ERRORS
