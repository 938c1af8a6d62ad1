"""The one annotation stream: options checked once, records paired with their articles even
when a component drops one, and the old import paths that now point to it."""

from __future__ import annotations

import importlib
import sys

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from presswatch import annotate
from presswatch.annotate import Options, annotate_stream, read_articles, report_component_errors
from presswatch.deprecated import MOVED
from presswatch.reading import Article


class Errors:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def error(self, message: str) -> None:
        self.lines.append(message)


class Boom(Pipe):
    """Fails on any text containing BOOM."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return doc


@Language.factory("annotate_test_boom")
def make_boom(nlp: Language, name: str) -> Boom:
    return Boom(nlp, name)


@pytest.fixture
def boom_nlp() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("annotate_test_boom")
    return nlp


@pytest.mark.parametrize("values", [{"max_chars": 0}, {"n_process": -1}, {"batch_size": True},
                                    {"batch_size": 1.5}])
def test_options_refuse_what_no_batch_can_run_with(values):
    with pytest.raises(ValueError, match=next(iter(values))):
        Options(**values)


def test_an_article_a_component_failed_on_is_an_error_and_the_others_keep_their_records(
        boom_nlp):
    errors = Errors()
    report_component_errors(boom_nlp, errors)
    articles = [Article(id=i, text=t, source=f"{i}.txt")
                for i, t in (("a", "Un."), ("b", "BOOM deux."), ("c", "Trois."))]

    pairs = list(annotate_stream(articles, boom_nlp, errors, Options(batch_size=1)))

    assert [(a.id, r["id"]) for a, r in pairs] == [("a", "a"), ("c", "c")]
    assert errors.lines == ["b.txt: component annotate_test_boom failed: ValueError: boom",
                            "b.txt: annotation failed, article skipped"]


def test_unreadable_inputs_are_reported_and_skipped(tmp_path):
    (tmp_path / "ok.txt").write_text("« Oui », a-t-il dit.", encoding="utf-8")
    (tmp_path / "long.txt").write_text("x" * 50, encoding="utf-8")
    errors = Errors()

    found = list(read_articles([str(tmp_path)], errors, Options(max_chars=40)))

    assert [a.source.rsplit("/", 1)[-1] for a in found] == ["ok.txt"]
    assert len(errors.lines) == 1 and "long.txt" in errors.lines[0]


def test_one_article_goes_through_the_same_stream(boom_nlp):
    record = annotate.annotate_article(Article(id="x", text="Un."), nlp=boom_nlp)
    assert record["id"] == "x" and record["quotes"] == []
    with pytest.raises(ValueError, match="boom"):
        annotate.annotate_article(Article(id="y", text="BOOM."), nlp=boom_nlp)


@pytest.mark.parametrize("old", sorted(MOVED))
def test_each_old_module_path_still_imports_and_says_where_it_went(old):
    sys.modules.pop(old, None)
    module = importlib.import_module(old)
    new = importlib.import_module(MOVED[old])
    public = getattr(new, "__all__", None) or ["assign_stories"]
    name = "group_stories" if old == "presswatch.grouping" else public[0]
    with pytest.warns(DeprecationWarning, match=MOVED[old]):
        value = getattr(module, name)
    assert value is getattr(new, "group" if name == "group_stories" else name)


def test_the_record_carries_the_sources_the_article_credits_and_its_byline(boom_nlp):
    text = "MOSCOU (Reuters) - Le ministre a parlé.\nPar Jean Dupont"
    record = annotate.annotate_article(Article(id="r", text=text), nlp=boom_nlp)
    assert [(c["name"], c["kind"]) for c in record["credits"]] == [("Reuters", "agency")]
    credit = record["credits"][0]
    assert text[credit["start"]:credit["end"]] in credit["phrase"]  # offsets into the text
    assert record["byline"] == "Jean Dupont"


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers: Linux only")
def test_two_processes_give_the_records_of_one_and_the_parent_builds_no_doc(
        nlp_sm, monkeypatch):
    """With `n_process=2` the workers go from article to record; the parent only hands out
    articles (no tokenizing, no Doc sent either way) and takes the records in input order."""
    texts = ["« Nous partirons demain », a déclaré Paul Morel.",
             "La ministre a estimé que la réforme était « nécessaire ».",
             "Selon le préfet, la route restera fermée.",
             "Il n'a rien dit.", "« Non », a répondu Jeanne Dubois à la presse."]
    articles = [Article(id=f"a{k}", text=t, source=f"a{k}.txt")
                for k, t in enumerate(texts * 3)]
    one = [r for _a, r in annotate_stream(articles, nlp_sm, Errors(), Options(batch_size=2))]
    made, real = [], annotate.make_doc
    # (a call in a worker lands in the worker's copy of `made`, not in this one)
    monkeypatch.setattr(annotate, "make_doc", lambda *a: made.append(a) or real(*a))
    two = list(annotate_stream(articles, nlp_sm, Errors(),
                               Options(n_process=2, batch_size=2)))
    assert [(a.id, r) for a, r in two] == [(a.id, r) for a, r in zip(articles, one, strict=True)]
    assert made == []


def test_the_record_dates_its_article_by_the_verbs_the_tagger_reads_as_future(nlp):
    # passé simple and a noun before a year put nothing to come; `aura` does
    text = ("Le général se retira en 1969 à Colombey. L'épidémie de choléra en 2010 fut "
            "longue. Le prochain sommet aura lieu en juin 2027 à Dakar.")
    record = annotate.annotate_article(Article(id="f", text=text), nlp=nlp)
    assert [k for k in record["keywords"] if k.startswith("@")] == ["@until:2027"]
