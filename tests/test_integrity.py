"""What a journalist relies on: quotes cut where the words stop whatever the line endings,
paraphrase never cited as someone's own words, metadata never lost on a repeat."""

from __future__ import annotations

import pytest

CRLF_TEXTS = [
    "Le ministre a prévenu que la situation pourrait dégénérer.\n\nLa réunion a duré deux "
    "heures.\n",
    "« Nous ne céderons pas », a déclaré la ministre.\n\nElle a ajouté que la crise allait "
    "durer.\n\n",
    "Selon le maire, la ville manque de moyens.\nIl a indiqué que les travaux commenceraient "
    "lundi.\n",
]


@pytest.mark.parametrize("text", CRLF_TEXTS)
def test_quote_spans_end_at_the_same_words_with_crlf_as_with_lf(annotate, text):
    lf = [q["text"] for q in annotate(text)]
    crlf_text = text.replace("\n", "\r\n")
    crlf = annotate(crlf_text)
    assert lf and [q["text"] for q in crlf] == lf
    for quote in crlf:
        assert crlf_text[quote["start"]:quote["end"]] == quote["text"]
        assert not quote["text"].endswith((".", "\r", "\n"))
