"""presswatch's spaCy components, registered with `Language.factory` on import and listed
under the `spacy_factories` entry point so `nlp.add_pipe("presswatch_quotes")` works from
a plain spaCy config once the package is installed."""

from presswatch.components import (  # noqa: F401  (import registers the factories)
    acts,
    boilerplate,
    extensions,
    interactions,
    paragraphs,
    quotes,
    speakers,
)
