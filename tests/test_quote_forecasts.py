"""A body's forecast, `X prévoit que …` (issue 9, session 32, probe
eval/probes-indirect-9): published, so reported words although `prévoir` is a verb of
thought; a text's provision, a plan and a person's guess are not. Every sentence is our
own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("L'institut régional de la statistique prévoit que les exportations reculeront cette "
     "année.", "les exportations reculeront cette année",
     "l'institut régional de la statistique"),
    ("La chambre d'agriculture anticipe que les récoltes de blé seront médiocres.",
     "les récoltes de blé seront médiocres", "la chambre d'agriculture"),
])
def test_a_bodys_forecast_is_reported(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"
    assert same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text", [
    "Le règlement prévoit que les candidats soient tirés au sort.",
    "Le contrat prévoit que le loyer sera révisé chaque année.",
    "La coopérative prévoit de construire un second silo.",
    "Mon voisin prévoit que l'hiver sera rude.",
])
def test_provisions_plans_and_guesses_are_not(annotate, text):
    assert annotate(text) == []
