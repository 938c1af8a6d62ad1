"""Property: whatever a batch holds (random bytes, BOMs, NULs, lone surrogates, names that
are not UTF-8 or hold a newline, duplicate ids), reading it never raises, every good
article comes out with exactly its text, everything read is valid UTF-8 with one line per
error, and what is stored reads back identical.

The batches and the oracle are :mod:`presswatch.reading.robustness`, the same ones
``bench/reliability.py`` runs for README's reliability table; here Hypothesis draws them.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presswatch.reading import Article, ReadError
from presswatch.reading.robustness import Batch, judge, make_batch, run_batch


@given(st.randoms(use_true_random=False), st.integers(min_value=1, max_value=5))
@settings(max_examples=30, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
def test_no_batch_crashes_the_reader_or_loses_a_good_article(rng: random.Random,
                                                              files: int) -> None:
    verdict = run_batch(make_batch(rng, files))
    assert (verdict.crashes, verdict.lost, verdict.bad_output) == (0, 0, 0), verdict.problems


def test_the_oracle_catches_what_it_is_meant_to_catch() -> None:
    """A reader that lost an article, or gave one a NUL or a name it cannot encode, would
    be caught (an error line cannot go wrong: ReadError escapes what it prints)."""
    batch = Batch(files=[(b"a.txt", b"x")], expected=["Le conseil a vot\u00e9.", "Bis."])
    items: list[Article | ReadError] = [
        Article(id="a", text="Le conseil a vot\u00e9."),
        Article(id="b\udce9", text="Tronqu\u00e9\0"),
        ReadError("c.txt", None, "deux\nlignes"),
    ]
    verdict = judge(batch, items, None)
    assert (verdict.lost, verdict.bad_output) == (1, 1)
    assert str(items[2]) == "c.txt: deux\\nlignes"
