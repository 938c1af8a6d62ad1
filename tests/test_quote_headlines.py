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


@pytest.mark.parametrize("text", [
    # (second reading) a finite verb only inside a relative of a noun phrase: a subject heading
    "Lucien Aubert : ce qu'il faut retenir de son discours au congrès\n"
    "Le président du parti, Lucien Aubert, a parlé une heure samedi.",
    "Yanis Koulibaly : un doublé qui relance Brest dans la course au maintien\n"
    "Yanis Koulibaly a marqué deux fois dimanche au stade Francis-Le Blé.",
    # an explainer's question without its question mark
    "Gaëlle Berthier : pourquoi elle quitte la présidence du club\n"
    "Gaëlle Berthier a annoncé sa décision aux joueurs lundi.",
    # the singular third-person pronoun takes the name up: the page tells of the person
    "Armand Voisin : il est mort à l'âge de 91 ans dans sa maison de Dinan\n"
    "Le sculpteur Armand Voisin s'est éteint mardi.",
    "Hélène Quéré : elle a fait de son moulin un musée pour tout le canton\n"
    "Hélène Quéré a racheté le moulin de Kerlann en 2004.",
    # a common noun heading the topic before the surname (`Affaire X :`)
    "Affaire Tessier : la justice rouvre l'enquête sur l'incendie\n"
    "La maison de Bruno Tessier avait brûlé en 2018.",
])
def test_headlines_that_tell_of_the_person(annotate, text):
    first_line = text.split("\n")[0]
    assert not any(q["start"] < len(first_line) for q in annotate(text))


@pytest.mark.parametrize("text, words", [
    ("Bruno Tessier : il faut rouvrir la maternité de Landivy\n"
     "Le maire de Landivy, Bruno Tessier, a écrit au ministre.",
     "il faut rouvrir la maternité de Landivy"),
    ("Bruno Tessier : il n'y aura pas de hausse des impôts locaux\n"
     "Le maire de Landivy, Bruno Tessier, a présenté son budget.",
     "il n'y aura pas de hausse des impôts locaux"),
    ("Bruno Tessier : ils ont menti aux familles depuis le début\n"
     "Le délégué des parents, Bruno Tessier, a écrit au rectorat.",
     "ils ont menti aux familles depuis le début"),
])
def test_an_impersonal_or_other_subject_keeps_the_headline_words(annotate, text, words):
    q = find(annotate(text), words)
    assert same_speaker(q["speaker"], "Bruno Tessier")
