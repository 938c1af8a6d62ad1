"""Pure NLP logic over spaCy Docs and strings; the spaCy components in `presswatch.components`
are thin wrappers that call into these modules and write plain data onto the Doc."""
