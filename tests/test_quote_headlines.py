"""Headlines `Nom : clause` without quotation marks (issue 9, session 31, probe
eval/probes-indirect-9, `nlp/headline_reports.py`): the clause is the named person's words
when the body names them again; rubrics, labels in capitals, places' services, interview
questions and verbless lines are not. Every sentence is our own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


def test_a_headline_name_then_a_clause(annotate):
    q = find(annotate("Odile Caradec : le marché couvert rouvrira en mars\n"
                      "La maire de Plouzévet, Odile Caradec, a présenté lundi le chantier."),
             "le marché couvert rouvrira en mars")
    assert q["type"] == "indirect" and q["cue"] is None
    assert same_speaker(q["speaker"], "Odile Caradec")


def test_a_headline_surname_the_body_gives_in_full(annotate):
    q = find(annotate("Girard : les usines de la vallée ne fermeront pas\n"
                      "Le ministre de l'Industrie, Paul Girard, a reçu les syndicats jeudi."),
             "les usines de la vallée ne fermeront pas")
    assert same_speaker(q["speaker"], "Paul Girard")


@pytest.mark.parametrize("text", [
    # a service of a place, a rubric in capitals, a verbless portrait, an interview turn
    "Urgences de Castelrouge : le service fermera la nuit en août\n"
    "À Castelrouge, les soignants sont inquiets depuis des mois.",
    "VU SUR LE WEB : le maire de Lussac danse sur une table\n"
    "Le maire de Lussac, Hugo Ferrand, a publié une vidéo.",
    "Pierre Lamy : portrait d'un maire bâtisseur\nPierre Lamy a été élu en 1995.",
    "Marion Keller : vos joueurs sont-ils encore avec vous ?\n"
    "L'entraîneur répond à Marion Keller sans détour.",
])
def test_lines_that_are_no_ones_words(annotate, text):
    first_line = text.split("\n")[0]
    assert not any(q["start"] < len(first_line) for q in annotate(text))


def test_a_name_the_body_never_repeats_says_nothing_of_the_speaker(annotate):
    text = ("Lucie Marchal : la rentrée se fera sans masque\n"
            "Les élèves reprendront les cours lundi dans tout le département.")
    assert not any(q["start"] < 50 for q in annotate(text))
