"""An agentless participle of judgement after the object of a verb of saying (`X a
critiqué la réforme, jugée « injuste »`) is the judgement of that verb's subject, even where
an aside with a quoted title makes the parser lose the object (`passives.py`,
`speech_verb_over_participle`). A present participle after a thing's clause says what
the person named after `avec` does (`subjects.named_after_avec`). Sentences are our own."""

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


@pytest.mark.parametrize("text, content, speaker", [
    ("La réunion a commencé avec Jean Dubois, président du syndicat, exprimant les "
     "inquiétudes des salariés sur la fermeture de l'usine.",
     "les inquiétudes des salariés sur la fermeture de l'usine", "Jean Dubois"),
    ("La soirée s'est terminée avec Marie Roux dénonçant le manque de moyens des "
     "associations.", "le manque de moyens des associations", "Marie Roux"),
])
def test_a_participle_after_a_things_clause_is_the_person_named_after_avec(
        annotate, text, content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_person_subject_keeps_the_participle_beside_avec(annotate):
    quotes = annotate("Le maire est arrivé avec Marie Roux, dénonçant le manque de moyens "
                      "des associations.")
    assert find(quotes, "le manque de moyens des associations")["speaker"] == "le maire"
