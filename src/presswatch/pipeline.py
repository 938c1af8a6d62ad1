"""Build the presswatch pipeline: a French spaCy model plus presswatch's components."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported when a model loads, so the CLI starts fast
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "fr_core_news_md"
COMPONENTS = ("presswatch_boilerplate", "presswatch_quotes", "presswatch_speakers",
              "presswatch_acts", "presswatch_interactions")


def versions(model: str = DEFAULT_MODEL) -> dict[str, str | None]:
    """presswatch's, the model package's and spaCy's installed versions, read from the
    package metadata (no model is loaded: ``presswatch --version`` stays instant). The
    ``pipeline`` entry is what :func:`presswatch.ingest.pipeline_version` records on each
    stored annotation when ``model`` runs."""
    from importlib import metadata

    import presswatch

    def installed(package: str) -> str | None:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return None

    model_version = installed(model.replace("_", "-"))
    return {"presswatch": presswatch.__version__, "model": model, "model_version": model_version,
            "spacy": installed("spacy"),
            "pipeline": f"presswatch {presswatch.__version__}; {model} {model_version or '?'}"}


def load(model: str = DEFAULT_MODEL, *, config: dict[str, dict] | None = None) -> Language:
    """Load `model` (an installed spaCy package name or path) and add presswatch's
    components after it. `config` maps a component name to its config overrides."""
    if not isinstance(model, str):
        raise TypeError(f"model must be a package name or path, not {type(model).__name__}")
    import spacy

    import presswatch.components  # noqa: F401  (registers the factories)
    from presswatch.components.lemmas import memo_lemmas
    from presswatch.components.tags import copy_pos_tags
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ValueError(f"cannot load spaCy model {model!r}: is the package installed? "
                         f"(pip install {model.replace('_', '-')})") from exc
    config = config or {}
    unknown = set(config) - set(COMPONENTS) - {"presswatch_paragraphs"}
    if unknown:
        raise ValueError(f"unknown components in config: {sorted(unknown)}")
    split_elision_before_quotes(nlp)
    split_glued_sentences(nlp)
    copy_pos_tags(nlp)  # (the same tags as the model's ruler gives, without its cost)
    memo_lemmas(nlp)  # (the same lemmas as the model's lemmatizer gives, without its cost)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("presswatch_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


ELISION_BEFORE_QUOTE = r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=[«“”\"])"
"""An elided word glued to an opening quotation mark (`d'« un foyer »`, `qu’”il`)."""


def split_elision_before_quotes(nlp: Language) -> None:
    """Make the tokenizer split `d'«` into `d'` and `«`: French models keep the two
    (or `d`, `'` and `«`) together, which hides the verb before (`dément l'existence
    d'« un foyer »` tags `dément` as an adverb) and the word after the mark."""
    nlp.tokenizer.prefix_search = _before(nlp.tokenizer.prefix_search,
                                          f"^(?i:{ELISION_BEFORE_QUOTE})").search


GLUED_FULL_STOP = r"(?<=[0-9)\]»”\"])\.(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
"""A full stop glued to the next sentence after a number, a bracket or a closing mark
(`(sur 16).Toutefois`, `en 2020.Le président`), as scraped text often has: spaCy's own
rules split it after a letter only."""


def split_glued_sentences(nlp: Language) -> None:
    """Make the tokenizer split `16).Toutefois` at its full stop, so the parser sees two
    sentences and no speaker runs from one into the next."""
    nlp.tokenizer.infix_finditer = _before(nlp.tokenizer.infix_finditer,
                                           GLUED_FULL_STOP).finditer
    # (after a closing mark the tokenizer has already cut the mark off: `».Le` → `.Le`)
    nlp.tokenizer.prefix_search = _before(nlp.tokenizer.prefix_search,
                                          r"^\.(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])").search


def _before(current: Callable | None, pattern: str) -> re.Pattern[str]:
    """`pattern` tried before the tokenizer's own regex (the bound method `current` of a
    compiled pattern, or None), as one compiled pattern."""
    own = current.__self__.pattern if current is not None else None
    return re.compile(pattern + (f"|{own}" if own else ""))


def make_doc(nlp: Language, text: str, meta: dict | None = None) -> Doc:
    """A Doc ready for `nlp(doc)` / `nlp.pipe(docs)`, carrying the article's metadata."""
    from presswatch.components import extensions
    from presswatch.textutil import SOURCE_TEXT, made_from, parse_text

    extensions.register()
    parsed = parse_text(text)  # no-break spaces read as spaces: offsets unchanged
    doc = nlp.make_doc(parsed)
    if parsed != text:
        doc.user_data[SOURCE_TEXT] = text
    doc._.meta = dict(meta or {})
    made_from(doc, parsed)  # the components read the text without joining the tokens again
    return doc
