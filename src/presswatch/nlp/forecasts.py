"""A body's or a person's forecast: `La Banque centrale prévoit que la croissance restera
faible`, `L'institut anticipe que les prix baisseront`.

Why apart: `prévoir` and `anticiper` are verbs of thought (`data/reporting_verbs.tsv`),
which report words only inside quotation marks; but a body's forecast (a bank, an
institute, a chamber, a region) is published, a statement (eval/corpus l-47, the
forecasts of probes-indirect-9). A text's provision (`La loi prévoit que`, `Le contrat
prévoit que`) is no forecast and nobody's words; neither is a plan (`prévoit de recruter`:
no `que`); a person's `prévoit que` may be a thought, and stays one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Cue
from presswatch.nlp.french import QUE

FORECAST_VERBS = frozenset({"prévoir", "anticiper"})
PUBLISHING_CLASSES = frozenset({"institution", "group"})
"""Speaker-noun classes of a subject that publishes forecasts (not `media`, which holds the
documents: `le projet de loi`, `le rapport`; not `role`: a person's guess)."""


def published_forecast(doc: Doc, cue: Cue, lex: Lexicon) -> bool:
    """Whether the cue is `prévoir que` / `anticiper que` right after the verb, with a
    body for subject: an organisation's name, or a noun of an institution or a group."""
    if cue.verb.lemma not in FORECAST_VERBS or cue.tail >= len(doc) or \
            doc[cue.tail].lower_.replace("’", "'") not in QUE:
        return False
    verb = doc[cue.i]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return False  # (`il prévoit que`: the pronoun's antecedent is not read here)
    if subject.pos_ == "PROPN":
        return subject.ent_type_ == "ORG"
    return lex.noun_class(subject) in PUBLISHING_CLASSES
