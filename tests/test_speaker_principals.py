"""A role said of someone else's behalf (`le porte-parole`, `le conseiller`) and a role set
against the last speaker (`Mais le chancelier allemand …`) name somebody other than the
person the narration has in focus. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, quotation, description", [
    ("Vladimir Petrov a signé lundi un décret sur la mobilisation. « Cette décision répond à "
     "une menace directe », a expliqué le porte-parole du Kremlin.",
     "Cette décision répond à une menace directe", "le porte-parole du Kremlin"),
    ("Le ministère a annoncé la prise d'un village. Vladimir Petrov a présidé mardi une "
     "réunion. « Les objectifs seront atteints », a assuré le porte-parole du Kremlin.",
     "Les objectifs seront atteints", "le porte-parole du Kremlin"),
    ("Marie Dupont a déposé plainte vendredi à Lille. « Ma cliente a été menacée », a "
     "déclaré l'avocate.", "Ma cliente a été menacée", "l'avocate"),
])
def test_a_role_held_for_someone_else_is_not_the_principal_in_focus(annotate, text,
                                                                    quotation, description):
    """The spokesman of the Kremlin is not the president who signed: untied, the role stays
    a description rather than naming the principal (data/proxy_roles.txt)."""
    assert find(annotate(text), quotation)["speaker"] == description


def test_a_role_held_for_someone_else_continues_the_last_speaker(annotate):
    quotes = annotate("Dmitri Orlov a qualifié mardi les sanctions de « vol pur et simple ». "
                      "« Nous répondrons », a ajouté le porte-parole du Kremlin.")
    assert find(quotes, "Nous répondrons")["speaker"] == "Dmitri Orlov"


def test_but_and_a_nationality_turn_from_the_last_speaker(annotate):
    """`Mais le chancelier allemand`: the nationality sets the subject against the person
    just quoted, who was never given it; the pronoun after it follows the role."""
    quotes = annotate("Paul Garnier s'est entretenu avec Olaf Kessler à Berlin. « Nous devons "
                      "avancer ensemble », a déclaré Paul Garnier. Mais le chancelier allemand "
                      "est resté prudent. « Il faut du temps », a-t-il répondu.")
    assert find(quotes, "Il faut du temps")["speaker"] == "Olaf Kessler"
    # without `Mais`, the role may still continue the person just quoted
    quotes = annotate("Olaf Kessler a reçu mardi des industriels à Berlin. « Nous devons "
                      "investir », a déclaré Olaf Kessler. Le chancelier allemand a promis "
                      "que « les aides arriveront vite ».")
    assert find(quotes, "les aides arriveront vite")["speaker"] == "Olaf Kessler"


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Les Maliens sont sous le choc après l'attaque. Ils ont condamné une agression lâche.",
     "une agression lâche", "les Maliens"),
    ("Les syndicats ont manifesté mardi devant le ministère. Ils estiment que la réforme est "
     "injuste.", "la réforme est injuste", "les syndicats"),
])
def test_a_plural_pronoun_takes_up_a_people_named_by_its_nationality(annotate, text,
                                                                     quotation, speaker):
    """`Les Maliens` is a group as much as `les syndicats`: the subject `ils` continues."""
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_a_sentence_the_parser_opens_on_a_comma_keeps_the_subject_in_focus(annotate):
    """The parser may split `…, début juillet, la levée de …` at a comma; that is no new
    sentence, so the subject before it is still the one `il` continues, not the name in
    the parenthesis after it."""
    quotes = annotate(
        "Nommé en janvier 2021 pour enquêter sur le drame, Paul Garnier avait demandé, début "
        "juillet, la levée de l'immunité de responsables sécuritaires et politiques, notamment "
        "quatre anciens ministres, dont trois sont actuellement députés (Marc Roux, Luc Petit "
        "et Jean Morel, les deux derniers étant proches du président du Sénat Henri Blanc). "
        "Il veut pouvoir les juger pour négligence, les responsables « n'ayant pas pris les "
        "mesures nécessaires », selon lui.")
    assert {q["speaker"] for q in quotes} == {"Paul Garnier"}


def test_a_nationality_passes_over_a_speaker_given_another(annotate):
    """`Le Français a assuré` after the Spaniard spoke: the Spaniard taking the floor does
    not stop the nationality from naming the player in focus before him (as the other
    gender does not)."""
    quotes = annotate("Marc Lefèvre a affronté l'Espagnol Carlos Ruiz en demi-finale. "
                      "L'Espagnol a reconnu que « le Français était plus frais ». Le Français "
                      "a assuré qu'il « visait le titre ».")
    assert find(quotes, "le Français était plus frais")["speaker"] == "Carlos Ruiz"
    assert find(quotes, "il « visait le titre »")["speaker"] == "Marc Lefèvre"
