"""What the interaction tests read of an article: each interaction the pipeline found, as
its type and parties (and place), in the article's order. One definition for every
`test_interactions*.py` file."""

from __future__ import annotations

from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    """(type, participants) of each interaction `text` tells."""
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


def found_with_places(nlp: Language, text: str) -> list[tuple[str, list[str], str | None]]:
    """(type, participants, place) of each interaction `text` tells."""
    return [(ev["type"], ev["participants"], ev["place"])
            for ev in nlp(text)._.interactions]
