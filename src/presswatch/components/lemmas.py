"""Fill each token's lemma from a memo keyed by (form, part of speech), before the model's
French lemmatizer, which then finds every lemma set and has nothing left to do.

spaCy's `FrenchLemmatizer` (rule mode) gives a lemma that depends on the token's form and
part of speech alone (its own cache is keyed by the two), but it still builds each Token
and makes three Python calls for it: 0.10 s of CPU per 100 example articles. Here the two
columns are read in bulk (`Doc.to_array`), a token's lemma comes from one dict lookup, the
lemmatizer is asked only for pairs not seen yet, and one `Doc.from_array` writes them:
0.025 s, and 0.015 s for the lemmatizer's pass over lemmas already set. Same lemmas, byte
for byte (`Doc.to_bytes`). Added only before a lemmatizer of exactly that kind, which
keeps a lemma already set (`overwrite` false).

A pair not seen yet is asked of a twin of that lemmatizer (:func:`indexed_twin`): the same
spaCy code and tables, except that each part of speech's list of known lemmas
(`lemma_index`, 66,000 nouns) is a set. `rule_lemmatize` only asks whether a word is in
that list, once for the form and once per rule's candidate, and on a list each question is
a scan: 1.7 ms for an unseen plural noun, 2.4 s of the 9.6 s a fresh process spends on the
150 corpus articles. The pipeline's lemmatizer keeps its lists (what it saves and loads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, ORTH, POS
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.lookups import Lookups, Table
from spacy.tokens import Doc

from presswatch.components.base import Component

if TYPE_CHECKING:
    from spacy.language import Language

LEMMATIZER = "lemmatizer"
INDEX = "lemma_index"
"""The rule lemmatizer's table of known lemmas, a list per part of speech."""
MAX_MEMO = 1 << 18
"""(form, part of speech) pairs kept; the memo (and the lemmatizer's own cache of the same
pairs) is emptied past this, so a long stream's memory stays flat (a few MB)."""


class MemoLemmas(Component):
    """Lemmas of the tokens that have none, from the lemmatizer `lemmatizer`."""

    def __init__(self, name: str, lemmatizer: FrenchLemmatizer | None = None) -> None:
        super().__init__(name)
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int], int] = {}

    def process(self, doc: Doc) -> None:
        if self.lemmatizer is None or not len(doc):
            return
        import numpy

        memo = self.memo
        if len(memo) > MAX_MEMO:
            memo.clear()
            self.lemmatizer.cache.clear()
        strings = doc.vocab.strings
        lemmas = []
        for i, (orth, pos, lemma) in enumerate(doc.to_array([ORTH, POS, LEMMA]).tolist()):
            if lemma == 0:  # (a lemma already set is kept, as the lemmatizer keeps it)
                lemma = memo.get((orth, pos))
                if lemma is None:
                    lemma = memo[orth, pos] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64").reshape(-1, 1))


def memo_lemmas(nlp: Language) -> None:
    """Put a :class:`MemoLemmas` before the model's lemmatizer when it is a
    `FrenchLemmatizer` in rule mode that keeps lemmas already set; else change nothing."""
    if LEMMATIZER not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if type(lemmatizer) is not FrenchLemmatizer or lemmatizer.mode != "rule" or \
            lemmatizer.overwrite:
        return
    nlp.add_pipe("presswatch_lemmas", before=LEMMATIZER).lemmatizer = indexed_twin(lemmatizer)


def indexed_twin(lemmatizer: FrenchLemmatizer) -> FrenchLemmatizer:
    """A rule-mode `FrenchLemmatizer` with `lemmatizer`'s tables, its `lemma_index` lists
    turned into sets: the same lemma for every token (its code only tests membership in
    them), without a scan of tens of thousands of words per test. The other tables are
    shared, not copied; the twin is never saved (`lemmatizer` is what the pipeline saves).
    `lemmatizer` itself when it has no such table yet (not initialized): a twin would keep
    the empty tables while the lemmatizer gets its own later."""
    if INDEX not in lemmatizer.lookups:
        return lemmatizer
    twin = FrenchLemmatizer(lemmatizer.vocab, None, lemmatizer.name, mode="rule",
                            overwrite=False, scorer=None)
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == INDEX:
            indexed = Table(name=name)
            for key, words in table.items():  # (keys are the part of speech's hash)
                indexed[key] = frozenset(words)
            table = indexed
        lookups.set_table(name, table)
    twin.lookups = lookups
    return twin
