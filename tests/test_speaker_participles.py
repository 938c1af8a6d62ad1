"""An agentless participle of judgement after the object of a verb of saying (`X a
critiqué la réforme, jugée « injuste »`) is the judgement of that verb's subject, even where
an aside with a quoted title makes the parser lose the object (`passives.py`,
`speech_verb_over_participle`). Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Paul Mercier a critiqué, mardi soir dans l'émission \"Le Grand Débat\" de France Inter, "
     "la réforme du gouvernement, jugée \"injuste pour les communes\".",
     "injuste pour les communes", "Paul Mercier"),
    ("La ministre Anne Roux a défendu, jeudi dans l'émission \"Face aux lecteurs\" du "
     "Parisien, la loi sur l'eau, jugée \"indispensable\".", "indispensable", "Anne Roux"),
])
def test_the_judgement_on_the_object_is_the_speakers(annotate, text, quotation, speaker):
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_a_verb_whose_object_is_not_what_was_said_gives_no_judge(annotate):
    """`a présenté la loi, jugée « … »`: who judged it is not said; nobody is made up."""
    quotes = annotate("Le gouvernement a présenté jeudi la loi sur l'eau, jugée "
                      "\"indispensable\".")
    assert all(q["speaker"] is None for q in quotes if q["text"] == "indispensable")
