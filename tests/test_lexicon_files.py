"""The lexicon files are edited by hand: a row that contradicts another says so, naming the
word, instead of one of them silently winning."""

from __future__ import annotations

from pathlib import Path

import pytest

from presswatch.lexicon import load_speaker_nouns


def _nouns(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "speaker_nouns.tsv"
    path.write_text("lemma\tclass\tgender\n" + rows, encoding="utf-8")
    return path


def test_two_rows_that_disagree_on_a_noun_name_it(tmp_path: Path) -> None:
    path = _nouns(tmp_path, "bailleur\tinstitution\tm\nbailleur\trole\tm\n")
    with pytest.raises(ValueError, match="bailleur"):
        load_speaker_nouns(path)


def test_a_row_repeated_as_it_was_is_harmless(tmp_path: Path) -> None:
    path = _nouns(tmp_path, "sculpteur\trole\tm\nsculpteur\trole\tm\n")
    assert load_speaker_nouns(path)["sculpteur"] == ("role", "m")


def test_the_shipped_noun_list_has_one_row_per_noun() -> None:
    shipped = Path(__file__).resolve().parent.parent / "src" / "presswatch" / "data" / \
        "speaker_nouns.tsv"
    lemmas = [line.split("\t")[0] for line in shipped.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")][1:]
    assert len(lemmas) == len(set(lemmas))
