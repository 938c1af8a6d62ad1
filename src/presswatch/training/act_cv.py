"""Grouped cross-validation of the speech-act model: folds of whole stories (or articles)
of the dev tuning part, folds of whole corpus articles for the silver labels, each fresh
gold set held out in turn; accuracy, mean recall per act and confusion tables.

Why grouped: an article never informs its own score and one event's reports never inform
each other's, so the figures say what an unseen article gets, as far as visible data can.
"""

from __future__ import annotations

import fnmatch
from collections import Counter, defaultdict

from presswatch.lexicon import ACTS
from presswatch.nlp.acts import nothing_announced
from presswatch.training.act_examples import Example
from presswatch.training.act_fit import fit
from presswatch.training.split import ALREADY_READ

# An act needs this many gold examples to count in a mean recall (`_macro`): a recall over
# one or two quotes is noise.
MACRO_MIN = 3


def cross_validate(examples: list[Example], *, group: str = "story", folds: int = 5,
                   **settings) -> dict:
    """Accuracy, on folds of whole stories (or articles) of the gold examples, of three
    ways to decide:

    - `model`: the model alone, trained without the fold (the rules are one of its features);
    - `combined`: the rules, except where they answer one of `DECIDES` or the model is
      confident enough (`ActModel.decide`: what the component does);
    - `rules`: the rules alone, on the same examples.

    Fresh and silver examples join every training fold and are never scored as gold. With confusion
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
    gold = [ex for ex in examples if ex.source == "gold"]
    silver = [ex for ex in examples if ex.source == "silver"]
    fresh = [ex for ex in examples if ex.source == "fresh"]
    report, tables = _gold_folds(gold, fresh + silver, group, folds, settings)
    if silver:
        silver_report, silver_combined = _silver_folds(gold + fresh, silver, folds, settings)
        report.update(silver_report)
        tables["silver_combined_confusion"] = silver_combined
    report.update({key: confusion_table(table) for key, table in tables.items()})
    return report


def _gold_folds(gold: list[Example], always: list[Example], group: str, folds: int,
                settings: dict) -> tuple[dict, dict[str, dict[str, Counter]]]:
    """Folds of whole stories (or articles) of the gold examples, `always` in every
    training fold: accuracies and mean recalls of the model, what ships and the rules,
    overall and on the later articles, and their confusion tables."""
    from sklearn.model_selection import GroupKFold

    groups = [ex.story if group == "story" else ex.article_id for ex in gold]
    n_groups = len(set(groups))
    splitter = GroupKFold(n_splits=min(folds, n_groups))
    right: Counter = Counter()
    # the same three on the articles outside split.ALREADY_READ
    later_right: Counter = Counter()
    tables: dict[str, dict[str, Counter]] = {
        key: defaultdict(Counter) for key in ("confusion", "combined_confusion",
                                              "rules_confusion")}
    for train_idx, test_idx in splitter.split(gold, groups=groups):
        test = [gold[i] for i in test_idx]
        predicted = _fold_predictions([gold[i] for i in train_idx] + always, test,
                                      **settings)
        for ex, (model, combined) in zip(test, predicted, strict=True):
            tables["confusion"][ex.act][model] += 1
            tables["combined_confusion"][ex.act][combined] += 1
            tables["rules_confusion"][ex.act][rule_act(ex)] += 1
            hits = {"model": model == ex.act, "combined": combined == ex.act,
                    "rules": rule_act(ex) == ex.act}
            right.update(hits)
            if not _already_read(ex.article_id):
                later_right.update({**hits, "n": True})
    n = len(gold)
    report = {"examples": n, "groups": n_groups, "group": group, "folds": splitter.n_splits,
              **{f"{k}_accuracy": _ratio(right[k], n) for k in ("model", "combined", "rules")},
              "later_examples": later_right["n"],
              **{f"later_{k}_accuracy": _ratio(later_right[k], later_right["n"])
                 for k in ("model", "combined", "rules")}}
    report.update({f"{k}_macro": _macro(tables[key]) for k, key in (
        ("model", "confusion"), ("combined", "combined_confusion"),
        ("rules", "rules_confusion"))})
    return report, tables


def _silver_folds(others: list[Example], silver: list[Example], folds: int, settings: dict
                  ) -> tuple[dict, dict[str, Counter]]:
    """Folds of whole corpus articles of the silver examples, the model trained on
    `others` and the other folds: accuracies and mean recalls, and what ships's confusion
    table."""
    from sklearn.model_selection import GroupKFold

    confusion: dict[str, dict[str, Counter]] = {
        k: defaultdict(Counter) for k in ("model", "combined", "rules")}
    right: Counter = Counter()
    groups = [ex.article_id for ex in silver]
    splitter = GroupKFold(n_splits=min(folds, len(set(groups))))
    for train_idx, test_idx in splitter.split(silver, groups=groups):
        test = [silver[i] for i in test_idx]
        predicted = _fold_predictions(others + [silver[i] for i in train_idx], test,
                                      **settings)
        for ex, (model, combined) in zip(test, predicted, strict=True):
            for k, act in (("model", model), ("combined", combined), ("rules", rule_act(ex))):
                confusion[k][ex.act][act] += 1
            right.update({"model": model == ex.act, "combined": combined == ex.act,
                          "rules": rule_act(ex) == ex.act})
    report: dict = {"silver_examples": len(silver)}
    report.update({f"silver_{k}_accuracy": _ratio(right[k], len(silver))
                   for k in ("model", "combined", "rules")})
    report.update({f"silver_{k}_macro": _macro(table) for k, table in confusion.items()})
    return report, confusion["combined"]


def fresh_held_out(examples: list[Example], sets: dict[str, str], *,
                   train_on_fresh: bool = True, **settings) -> dict:
    """Each fresh set scored by a model trained without that set's articles (leave one set
    out): the figure closest to unseen articles that may be read, since each set was
    annotated before any output on it was seen.

    `examples` hold the dev gold (tuning part), every fresh example and every silver one
    (none dropped); `sets` maps each fresh article (`corpus:ID`) to its set. For set S the
    model trains on the dev gold and the silver labels outside S's articles; with
    `train_on_fresh` also on the other sets' fresh gold, the silver labels of every fresh
    article then dropped (gold beats silver, as the shipped model trains); without it, on
    today's sources before the fresh gold joined. Scored by accuracy and mean recall per
    act of the model alone, of what ships (`ActModel.decide`, then
    `acts.nothing_announced` as the component does) and of the rules, with each act's
    recall (`model_recall`, `shipped_recall`)."""
    gold = [ex for ex in examples if ex.source == "gold"]
    fresh = [ex for ex in examples if ex.source == "fresh"]
    silver = [ex for ex in examples if ex.source == "silver"]
    confusion: dict[str, dict[str, Counter]] = {
        k: defaultdict(Counter) for k in ("model", "shipped", "rules")}
    by_set: dict[str, dict[str, int]] = {}
    for letter in sorted(set(sets.values())):
        held = {a for a, s in sets.items() if s == letter}
        test = [ex for ex in fresh if ex.article_id in held]
        if not test:
            continue
        dropped = set(sets) if train_on_fresh else held
        train = gold + [ex for ex in silver if ex.article_id not in dropped]
        if train_on_fresh:
            train += [ex for ex in fresh if ex.article_id not in held]
        model = fit(train, **settings)
        right: Counter = Counter()
        for ex in test:
            rules = rule_act(ex)
            answers = {"model": model.predict(list(ex.features), ex.vector),
                       "shipped": nothing_announced(rules, model.decide(
                           rules, list(ex.features), ex.vector), list(ex.features)),
                       "rules": rules}
            for k, act in answers.items():
                confusion[k][ex.act][act] += 1
                right[k] += act == ex.act
        by_set[letter] = {"n": len(test), **{k: right[k] for k in confusion}}
    n = sum(row["n"] for row in by_set.values())
    report: dict = {"examples": n, "sets": by_set}
    for k, table in confusion.items():
        report[f"{k}_accuracy"] = _ratio(sum(row[k] for row in by_set.values()), n)
        report[f"{k}_macro"] = _macro(table)
    # what the mean recall is the mean of: which acts carry to unseen articles, which do not
    report["model_recall"] = recalls(confusion["model"])
    report["shipped_recall"] = recalls(confusion["shipped"])
    report["shipped_confusion"] = confusion_table(confusion["shipped"])
    return report


def recalls(confusion: dict[str, Counter]) -> dict[str, float]:
    """Each gold act's recall, for the acts with at least `MACRO_MIN` examples (those
    `_macro` averages), sorted by act."""
    return {act: round(row[act] / sum(row.values()), 3) for act, row in
            sorted(confusion.items()) if sum(row.values()) >= MACRO_MIN}


def _macro(confusion: dict[str, Counter]) -> float:
    """Mean recall over the gold acts with at least `MACRO_MIN` examples (see
    `cross_validate`): what a mix of acts unlike the tuning part's leaves unchanged."""
    per_act = [row[act] / sum(row.values()) for act, row in confusion.items()
               if sum(row.values()) >= MACRO_MIN]
    return round(sum(per_act) / len(per_act), 3) if per_act else 0.0


def _fold_predictions(train: list[Example], test: list[Example], **settings
                      ) -> list[tuple[str, str]]:
    """(model, combined) act of each test example, from a model fitted on `train`."""
    model = fit(train, **settings)
    return [(model.predict(list(ex.features), ex.vector),
             model.decide(rule_act(ex), list(ex.features), ex.vector)) for ex in test]


def _ratio(right: int, n: int) -> float:
    return round(right / n, 3) if n else 0.0


def _already_read(article_id: str) -> bool:
    """One of the first dev articles (`split.ALREADY_READ`), on whose errors the rules were
    shaped: the rules' accuracy there is optimistic, so the report also scores the others."""
    return any(fnmatch.fnmatch(article_id, g) for g in ALREADY_READ)


def rule_act(example: Example) -> str:
    """The rules' act, which every example carries as its `rule=` feature."""
    return next(f.removeprefix("rule=") for f in example.features if f.startswith("rule="))


def confusion_table(confusion: dict[str, Counter]) -> dict[str, dict[str, int]]:
    """Gold act -> predicted act -> count, sorted, as plain dicts (what the reports print
    and `format_confusion` reads)."""
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
