"""Reports the quote finder used to miss in real copy (issue 9, session 31, probe
eval/probes-indirect-9): a change or a count of cases observed by a verb of observing
(`a noté une hausse`, `a rapporté 40 nouveaux cas`) where the same verbs with another
object tell what was done (`a relevé son taux`, `a rapporté 2 millions`); `la partie
civile` as a source of `Pour X, …`; and `Pour X,` before a person who speaks, which says on
whose behalf, not whose view. Every sentence is our own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("La directrice du lycée a noté une hausse des absences en novembre.",
     "une hausse des absences en novembre", "la directrice du lycée"),
    ("Le syndicat, qui relève une baisse des effectifs, réclame des embauches.",
     "une baisse des effectifs", "le syndicat"),
    ("L'agence sanitaire a rapporté 35 nouveaux cas de rougeole.",
     "35 nouveaux cas de rougeole", "l'agence sanitaire"),
])
def test_a_change_observed_is_what_was_said(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text", [
    "La banque centrale a relevé son taux directeur d'un quart de point.",
    "Le salon a rapporté 3 millions d'euros aux hôteliers.",
    "Le jury a noté les candidats sur vingt.",
])
def test_things_observing_verbs_do(annotate, text):
    assert annotate(text) == []


def test_the_partie_civile_is_a_source(annotate):
    q = find(annotate("Pour la partie civile, c'est une peine bien trop légère."),
             "c'est une peine bien trop légère")
    assert same_speaker(q["speaker"], "la partie civile")


def test_pour_before_a_person_who_speaks_is_on_whose_behalf(annotate):
    quotes = annotate("Pour la partie civile, Me Sylvie Carrel a demandé des dommages "
                      "et intérêts.")
    q = find(quotes, "des dommages et intérêts")
    assert same_speaker(q["speaker"], "Sylvie Carrel")
    assert not any(x["cue"] == "Pour" for x in quotes)
