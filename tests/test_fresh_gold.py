"""The fresh gold sets of `eval/` (annotated from corpus articles before any output was seen)
hold what the scorer and the guideline expect: every quote's offsets index its text, every
speaker key can match, and every text is the corpus article's own when the corpus is at hand.

Why a test: these folders are scored with `presswatch eval --no-blind`; a quote whose offsets
drifted would be scored as a miss and its figure would lie without a word."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from conftest import SHARED

from presswatch.lexicon import ACTS

EVAL = Path(__file__).resolve().parents[1] / "eval"
CORPUS = SHARED / "corpus" / "articles.jsonl"
FILES = sorted(EVAL.glob("corpus*/*.json"))


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def test_there_are_fresh_gold_files():
    assert len(FILES) >= 40  # the 33 articles of the interaction set and set C, at least


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_quote_indexes_its_text_and_its_speaker_keys_can_match(path):
    gold = json.loads(path.read_text("utf-8"))
    assert gold["id"] == path.stem
    for quote in gold["quotes"]:
        start = quote["start"]
        assert gold["text"][start:start + len(quote["text"])] == quote["text"]
        assert quote["type"] in {"direct", "indirect", "mixed"}
        assert quote["act"] in ACTS
        if quote["speaker"] is None:
            assert quote["speaker_keys"] == []
        else:
            assert any(_fold(key) in _fold(quote["speaker"]) for key in quote["speaker_keys"])


@pytest.mark.skipif(not CORPUS.exists(), reason="the corpus is not beside the repository")
def test_every_text_is_the_corpus_articles_own():
    corpus = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            corpus[record["id"]] = record["text"]
    for path in FILES:
        gold = json.loads(path.read_text("utf-8"))
        assert gold["text"] == corpus[gold["id"]], path
