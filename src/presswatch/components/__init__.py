"""presswatch's spaCy face: thin components over the rules of `presswatch.nlp`.

`factories` registers them (`Language.factory`, and the `spacy_factories` entry point);
`base` gives them spaCy's error-handler contract; `extensions` declares the `Doc._`
attributes they write. Importing this package registers the factories.
"""

from presswatch.components import (  # noqa: F401  (import registers the factories)
    extensions,
    factories,
)
