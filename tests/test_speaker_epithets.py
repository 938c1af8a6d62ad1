"""Speakers taken up by an epithet or a broader noun than the role written with their name
(probe speakers-10, session 32, helper h42-spk): an age noun nobody was given, a role with
an age, and general French variations of data/role_hypernyms.tsv. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, content, expected", [
    ("Le jardinier de la commune, Paul Ricard, a été licencié en mars. « On m'a jeté comme "
     "un malpropre », a dénoncé le quinquagénaire.", "On m'a jeté comme un malpropre",
     "Ricard"),
    ("La boulangère du bourg, Sylvie Caron, a baissé le rideau samedi. « Je n'avais plus la "
     "force », a confié la sexagénaire.", "Je n'avais plus la force", "Caron"),
])
def test_an_age_noun_nobody_was_given_takes_up_the_person_in_focus(annotate, text, content,
                                                                   expected):
    """`le quinquagénaire` where the article wrote no age of that decade: elegant variation
    for the person in focus, who need not have been given the age."""
    speaker = find(annotate(text), content)["speaker"]
    assert speaker and expected in speaker


def test_an_age_noun_takes_up_whoever_was_given_that_age(annotate):
    """`Un homme de 52 ans … le quinquagénaire`: the age written before says who is meant,
    not the named person in focus."""
    quotes = annotate(
        "Un homme de 52 ans a été interpellé dimanche. Le maire, Jean Dufresne, a salué "
        "l'intervention des gendarmes. « Je n'ai rien fait », a assuré le quinquagénaire.")
    assert "Dufresne" not in (find(quotes, "Je n'ai rien fait")["speaker"] or "")


@pytest.mark.parametrize("text, content, expected", [
    ("Le boulanger du village, Marc Tessier, a fermé sa boutique lundi. « Je n'ai plus la "
     "force », a confié l'artisan de 63 ans.", "Je n'ai plus la force", "Tessier"),
    ("La pharmacienne du bourg, Claire Vidal, a vendu son officine. « Personne ne voulait "
     "reprendre », a regretté la commerçante de 61 ans.", "Personne ne voulait reprendre",
     "Vidal"),
])
def test_a_role_with_an_age_is_a_portrait_of_the_person_in_focus(annotate, text, content,
                                                                 expected):
    """`l'artisan de 63 ans` after `Le boulanger, X`: the age marks a portrait of someone
    already in the story, so its noun is no rival office."""
    speaker = find(annotate(text), content)["speaker"]
    assert speaker and expected in speaker


@pytest.mark.parametrize("text, content, expected", [
    ("L'adjointe aux écoles, Inès Garnier, a voté contre le budget. « Je ne voterai jamais "
     "la fermeture d'une classe », a dit l'élue.",
     "Je ne voterai jamais la fermeture d'une classe", "Garnier"),
    ("La vice-présidente de la région chargée des lycées, Nora Belkacem, a visité le "
     "chantier. L'élue a assuré que les travaux seraient finis en septembre.",
     "les travaux seraient finis en septembre", "Belkacem"),
    ("La capitaine de l'équipe, Emma Roche, a marqué neuf buts. « On a joué juste », a "
     "résumé la demi-centre.", "On a joué juste", "Roche"),
    ("L'entraîneuse du club, Lucie Perrot, a présenté deux recrues. La technicienne a "
     "indiqué que le groupe serait au complet en août.",
     "le groupe serait au complet en août", "Perrot"),
    ("Le gérant de la scierie, Alain Roche, comparaissait jeudi. Le président du tribunal "
     "lui a demandé pourquoi les contrôles n'avaient pas été faits. « Tout était aux "
     "normes », a répondu le chef d'entreprise.", "Tout était aux normes", "Roche"),
    ("La proviseure du lycée Colbert, Anne Lebon, a appris sa mutation lundi. Les parents "
     "dénoncent une « sanction ». « Je n'ai reçu aucune explication », a déclaré la cheffe "
     "d'établissement.", "Je n'ai reçu aucune explication", "Lebon"),
    ("Le projet divise l'hôpital. La cheffe du service d'orthopédie, le professeur Claire "
     "Vidal, s'y oppose. Le directeur, Paul Marty, a défendu « un choix raisonnable ». La "
     "chirurgienne a demandé une étude indépendante.", "une étude indépendante", "Vidal"),
    ("L'entraîneur de Vernay, Marc Petit, a salué « un match sérieux ». Le buteur de Vernay, "
     "Yanis Mercier, a dédié son but à sa mère. « Elle était dans les tribunes », a raconté "
     "l'attaquant.", "Elle était dans les tribunes", "Mercier"),
])
def test_a_broader_noun_takes_up_the_role_holder(annotate, text, content, expected):
    """A deputy mayor is `l'élue`, a captain plays a position (`la demi-centre`), a coach is `la
    technicienne`, a manager `le chef d'entreprise`, a head teacher `la cheffe
    d'établissement`, a head of orthopaedics `la chirurgienne`, a scorer `l'attaquant`
    (data/role_hypernyms.tsv, one way)."""
    speaker = find(annotate(text), content)["speaker"]
    assert speaker and expected in speaker


def test_an_age_noun_nobody_was_given_is_not_someone_given_another_age(annotate):
    """Second reader (session 32, h42-review): `Le directeur, X, 41 ans` is no
    `sexagénaire`, even in focus and with no age of the sixties written."""
    quotes = annotate(
        "Le directeur de l'école, Thomas Lenoir, 41 ans, a rencontré les parents d'élèves "
        "jeudi soir. « Les classes sont surchargées », a reconnu le sexagénaire.")
    assert "Lenoir" not in (find(quotes, "Les classes sont surchargées")["speaker"] or "")


@pytest.mark.parametrize("text, content, wrong", [
    ("Le capitaine de gendarmerie Yves Kerlan a ouvert une enquête sur le vol des maillots. "
     "« Ils ont forcé la porte arrière », a raconté le gardien.",
     "Ils ont forcé la porte arrière", "Kerlan"),
    ("Le capitaine du chalutier, Yves Kerlan, a été placé en garde à vue à Lorient. « On m'a "
     "payé pour conduire », a soutenu le passeur.", "On m'a payé pour conduire", "Kerlan"),
])
def test_a_captain_of_a_corps_or_a_ship_is_no_player(annotate, text, content, wrong):
    """Second reader (session 32, h42-review): role_hypernyms makes a team's captain a
    `gardien` or a `passeur`; a captain of the gendarmerie or of a boat is neither (the
    row's `!` words)."""
    assert wrong not in (find(annotate(text), content)["speaker"] or "")


def test_an_opposition_councillor_is_not_a_deputy_mayor(annotate):
    """Second reader (session 32, h42-review): role_hypernyms makes `L'adjointe aux
    sports, X` an `élue`, not `l'élue d'opposition`."""
    quotes = annotate(
        "L'adjointe aux sports, Nadia Ferrand, a présenté les tarifs de la piscine mardi "
        "soir. Les élus d'opposition ont voté contre. « C'est une faute », a tranché l'élue "
        "d'opposition.")
    assert "Ferrand" not in (find(quotes, "C'est une faute")["speaker"] or "")
