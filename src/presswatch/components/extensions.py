"""The `Doc._` attributes presswatch writes. All hold plain data (dicts, lists, strings,
ints) so a Doc keeps them through `Doc.to_bytes()` and `nlp.pipe(n_process=2)`."""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "meta": "article metadata: id, url, date, outlet, title",
    "boilerplate": "list of {start, end, kind}: scraping debris, flagged not removed",
    "quotes": "list of quote records (presswatch.nlp.records.QuoteRecord)",
    "people": "list of {name, gender, roles, mentions}: the article's people",
    "interactions": "list of interaction dicts: meetings, calls, talks…",
}


def register() -> None:
    """Register the attributes once; re-registering is harmless."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
