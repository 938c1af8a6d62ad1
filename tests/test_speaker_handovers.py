"""Handovers and offices named in a chain of appositions (probe speakers-10, session 32,
helper h42-spk): a successor's relative the parse hangs elsewhere, an office given to a
name through a second apposition, `nouveau` against `l'ancien`, `sortant` for the one who
hands over. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, content, speaker", [
    ("Le club a présenté son nouvel entraîneur, le Belge Tom Peeters, qui remplace Marc "
     "Vial, limogé lundi. « Je pars sans rancune », a dit l'ancien entraîneur.",
     "Je pars sans rancune", "Marc Vial"),
    ("Le FC Lorvan a présenté jeudi son nouvel entraîneur, l'Espagnol Pablo Ruiz, qui "
     "remplace Didier Marsac, écarté la semaine dernière. « Je souhaite bonne chance au "
     "groupe », a dit l'ancien entraîneur.", "Je souhaite bonne chance au groupe",
     "Didier Marsac"),
])
def test_the_one_a_successor_replaces_is_the_former_holder(annotate, text, content, speaker):
    """`son nouvel entraîneur, le Belge X, qui remplace Y`: the relative may hang on the
    demonym or leave `qui` and Y both subjects; Y is still `l'ancien entraîneur`, and X,
    said new, is not."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_an_office_apposed_twice_to_a_name_is_theirs(annotate):
    """`a élu son nouveau président, le chimiste X, qui …`: both appositions describe X,
    so `le nouveau président` takes X up."""
    quotes = annotate(
        "Le conseil a élu mardi son nouveau président, le chimiste Paul Arnaud, qui succède "
        "à Anne Viguier après dix ans. « Je veux rouvrir le dialogue », a promis le nouveau "
        "président.")
    assert find(quotes, "Je veux rouvrir le dialogue")["speaker"] == "Paul Arnaud"


def test_the_outgoing_holder_is_the_one_who_hands_over(annotate):
    """`la présidente sortante` after `X, qui succède à Y`: Y, now the former holder."""
    quotes = annotate(
        "L'association a élu samedi sa nouvelle présidente, la juriste Claire Morel, qui "
        "succède à Hélène Vasseur. La présidente sortante a salué « un vote serein ».")
    assert find(quotes, "un vote serein")["speaker"] == "Hélène Vasseur"


def test_celui_de_stands_for_the_role_noun_said_before(annotate):
    """`L'entraîneur de A, X, et celui de B, Y`: `celui` is Y's `entraîneur`, with B, so
    `L'entraîneur de B` is Y, not X who holds the noun."""
    quotes = annotate(
        "L'entraîneur de Vernay, Paul Giraud, et celui de Saint-Olin, Marc Dubreuil, ont "
        "commenté le nul. « On a dominé », a estimé le coach de Vernay. L'entraîneur de "
        "Saint-Olin a regretté « un manque de réalisme ».")
    assert find(quotes, "un manque de réalisme")["speaker"] == "Marc Dubreuil"


@pytest.mark.parametrize("text, content, speaker", [
    ("Le collectif des riverains, présidé par Anne Morel, a déposé un recours. Sa "
     "présidente a dénoncé « un passage en force ».", "un passage en force", "Anne Morel"),
    ("Le syndicat des viticulteurs, dirigé par Paul Roux, a manifesté jeudi. Son dirigeant "
     "a réclamé « des aides d'urgence ».", "des aides d'urgence", "Paul Roux"),
])
def test_the_agent_of_presidee_par_heads_the_body(annotate, text, content, speaker):
    """`Le collectif X, présidé par Y`: Y is its `président`, so `Sa présidente` is Y."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_role_said_new_is_not_the_former_one(annotate):
    """`son nouvel entraîneur, X` … `l'ancien entraîneur`: somebody else, even when the
    article never names the predecessor."""
    quotes = annotate(
        "Le club a présenté lundi son nouvel entraîneur, Tom Peeters. Le président a salué "
        "un choix « mûrement réfléchi ». « Je pars sans rancune », a dit l'ancien entraîneur.")
    assert "Peeters" not in (find(quotes, "Je pars sans rancune")["speaker"] or "")
