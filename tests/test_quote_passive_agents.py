"""Passive verbs of saying with their agent that the quote finder used to miss (issue 9,
session 31, probe eval/probes-indirect-9): denying, mentioning, promising, charging and
confirming verbs whose passive subject is what was said; a rejection by a person (not a
body's vote); `informés / prévenus par X de Y` with the agent phrase swallowing Y; a
colon after the agent of a passive speech-event noun; `invités par X à` + infinitive; an
agent the parser hangs on the recipient. Every sentence is our own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Cette rumeur a été démentie mardi par le syndicat des buralistes.",
     "Cette rumeur", "le syndicat des buralistes"),
    ("Une hausse des loyers a été évoquée par le bailleur social.",
     "Une hausse des loyers", "le bailleur social"),
    ("Une prime de fin d'année a été promise par la direction.",
     "Une prime de fin d'année", "la direction"),
])
def test_the_subject_of_a_passive_verb_of_saying_is_what_was_said(annotate, text, content,
                                                                   speaker):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"
    assert same_speaker(q["speaker"], speaker)


def test_a_rejection_by_a_person_is_words_by_a_body_a_vote(annotate):
    q = find(annotate("Une fusion des deux clubs, aussitôt rejetée par la ministre."),
             "Une fusion des deux clubs")
    assert same_speaker(q["speaker"], "la ministre")
    assert annotate("Le budget a été rejeté par le conseil régional.") == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Les locataires ont été prévenus par le bailleur de la fermeture du parking.",
     "la fermeture du parking", "le bailleur"),
    ("Les éleveurs ont été informés par la chambre d'agriculture d'un retard des aides.",
     "un retard des aides", "la chambre d'agriculture"),
])
def test_what_the_ones_told_were_told_is_cut_from_the_agent(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert same_speaker(q["speaker"], speaker)


def test_a_colon_after_the_agent_of_a_passive_message(annotate):
    q = find(annotate("Un message a été adressé aux familles par la directrice en fin de "
                      "matinée : la cantine restera fermée jeudi."),
             "la cantine restera fermée jeudi")
    assert same_speaker(q["speaker"], "la directrice")


def test_an_infinitive_after_the_agent_of_a_passive_appeal(annotate):
    q = find(annotate("Les commerçants ont été invités par la mairie à rentrer leurs "
                      "terrasses."), "rentrer leurs terrasses")
    assert same_speaker(q["speaker"], "la mairie")


def test_a_bare_noun_after_par_is_the_means_of_telling_not_who_told(annotate):
    # (second reading) `par courrier`, `par téléphone`: nobody is named as having told them
    for text in ("Les locataires ont été informés par courrier d'une hausse des charges.",
                 "Les familles ont été prévenues par téléphone d'un retard du car scolaire."):
        assert not any(q["speaker"] for q in annotate(text))
