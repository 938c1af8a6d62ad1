"""Reporting constructions the construction × lexicon probe (`bench/reporting_grammar.py`,
issue 9, session 21) found the finder getting wrong. Every sentence is our own; each
construction is tried with more than one wording."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, first, second, cue", [
    ("« Nous avons pris du retard », a reconnu le maire, avant d'ajouter que la route "
     "rouvrirait lundi.", "Nous avons pris du retard", "la route rouvrirait lundi", "ajouter"),
    ("« Le site restera ouvert », a assuré la directrice, avant de préciser que dix postes "
     "seraient supprimés.", "Le site restera ouvert", "dix postes seraient supprimés",
     "préciser"),
    ("Le maire a reconnu que le chantier avait pris du retard avant d'assurer que la route "
     "rouvrirait lundi.", "le chantier avait pris du retard", "la route rouvrirait lundi",
     "assurer"),
    ("La ministre a admis que le calendrier était serré avant de promettre que les primes "
     "seraient versées.", "le calendrier était serré", "les primes seraient versées",
     "promettre"),
])
def test_what_the_speaker_said_next_after_avant_de_is_a_quote_of_its_own(annotate, text,
                                                                         first, second, cue):
    quotes = annotate(text)
    one, two = find(quotes, first), find(quotes, second)
    assert two["cue"] == cue
    assert one["speaker"] == two["speaker"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Le maire, qui a assuré que les travaux seraient financés, a quitté la salle.",
     "les travaux seraient financés", "le maire"),
    ("La ministre, qui estimait que la réforme était prête, n'a pas convaincu les députés.",
     "la réforme était prête", "la ministre"),
    ("Le maire, qui a assuré que les travaux, prévus en mai, seraient financés, a quitté la "
     "salle.", "les travaux, prévus en mai, seraient financés", "le maire"),
])
def test_a_report_in_a_relative_clause_stops_where_the_main_verb_resumes(annotate, text,
                                                                        content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("indirect", speaker)


@pytest.mark.parametrize("text, content", [
    ("Le maire a promis de « tout faire » pour sauver l'usine.",
     "« tout faire » pour sauver l'usine"),
    ("La ministre a demandé aux élus de « ne pas céder » aux pressions.",
     "« ne pas céder » aux pressions"),
])
def test_de_before_a_quoted_infinitive_is_not_content(annotate, text, content):
    q = find(annotate(text), content)
    assert q["type"] == "mixed"


def test_de_as_an_article_before_a_quoted_noun_stays_in_the_content(annotate):
    quotes = annotate("Le maire a regretté de « graves manquements » dans la gestion du club.")
    assert any(q["text"].startswith("de « graves manquements »") for q in quotes)


@pytest.mark.parametrize("text, content, cue", [
    ("Claire Roussel a ouvert la séance. Les prix vont encore monter, s'inquiète-t-elle.",
     "Les prix vont encore monter", "s'inquiète-t-elle"),
    ("Paul Girard a ouvert la séance. Rien n'est joué, tempère-t-il.",
     "Rien n'est joué", "tempère-t-il"),
    ("Paul Girard a ouvert la séance. La saison sera longue, complète-t-il.",
     "La saison sera longue", "complète-t-il"),
    ("Paul Girard a ouvert la séance. Le vote est un désaveu, interprète-t-il.",
     "Le vote est un désaveu", "interprète-t-il"),
])
def test_a_present_in_e_grave_is_read_as_its_verb_in_e_acute(annotate, text, content, cue):
    q = find(annotate(text), content)
    assert (q["type"], q["cue"], q["speaker"]) == ("indirect", cue, text.split(" a ouvert")[0])


@pytest.mark.parametrize("text, content, speaker", [
    ("Le club s'estime lésé par l'arbitrage.", "lésé par l'arbitrage", "le club"),
    ("Les riverains s'estiment oubliés par la mairie.", "oubliés par la mairie",
     "les riverains"),
])
def test_s_estimer_with_an_attribute_reports_a_judgement(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("indirect", speaker)


def test_s_estimer_a_an_amount_reports_nothing(annotate):
    assert not annotate("Le coût du chantier s'estime à deux millions d'euros.")


@pytest.mark.parametrize("text, inner", [
    ("La mairie a balayé les accusations selon lesquelles elle aurait caché le rapport, a "
     "indiqué son porte-parole.", "elle aurait caché le rapport"),
    ("Le syndicat a rejeté les accusations selon lesquelles il bloquerait le dialogue, a "
     "expliqué sa secrétaire.", "il bloquerait le dialogue"),
])
def test_a_selon_lesquelles_content_stops_before_the_incise_that_follows(annotate, text,
                                                                         inner):
    assert any(q["text"] == inner for q in annotate(text))
    assert not any(q["text"].startswith(inner + ",") for q in annotate(text))


@pytest.mark.parametrize("text, content", [
    ("Le syndicat qualifie d'« historique » l'accord signé mardi.",
     "« historique » l'accord signé mardi"),
    ("L'avocate a qualifié d'excessive la sanction prononcée contre son client.",
     "excessive la sanction prononcée contre son client"),
])
def test_qualifier_de_before_its_object_keeps_de_out_of_the_content(annotate, text, content):
    find(annotate(text), content)


@pytest.mark.parametrize("text, content, speaker", [
    ("Claire Roux préside le syndicat. Comme elle l'a rappelé, la dette a doublé en dix ans.",
     "la dette a doublé en dix ans", "Claire Roux"),
    ("Paul Girard préside le club. La saison sera longue, comme il l'a souligné.",
     "La saison sera longue", "Paul Girard"),
])
def test_comme_and_a_subject_pronoun_report_the_clause_beside_them(annotate, text, content,
                                                                  speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("indirect", speaker)


def test_comme_on_l_a_dit_is_the_writers_own_voice(annotate):
    assert not annotate("Comme on l'a dit, la dette a doublé en dix ans.")


@pytest.mark.parametrize("text, content, cue", [
    ("La ministre s'en est prise à la politique du gouvernement.",
     "la politique du gouvernement", "s'en est prise"),
    ("Le maire s'en prend à la réforme des retraites.", "la réforme des retraites",
     "s'en prend"),
])
def test_s_en_prendre_a_is_read_as_its_lexicon_entry(annotate, text, content, cue):
    q = find(annotate(text), content)
    assert (q["type"], q["cue"]) == ("indirect", cue)


def test_s_en_remettre_a_reports_nothing(annotate):
    assert not annotate("Elle s'en est remise à la justice.")


@pytest.mark.parametrize("text, content, speaker", [
    ("Le député Yann Morel juge la loi « inapplicable ». Pour son collègue Hugo Brun, il faut "
     "simplement l'amender.", "il faut simplement l'amender", "Hugo Brun"),
    ("Pour sa consœur Léa Fabre, coautrice du rapport, « les chiffres parlent d'eux-mêmes ».",
     "les chiffres parlent d'eux-mêmes", "Léa Fabre"),
])
def test_pour_a_possessive_role_and_its_name_is_a_source(annotate, text, content, speaker):
    """`Pour son collègue X, …`: a possessive speaker noun with the person's name after
    `pour` is someone speaking; the apposition after the name is no part of the words."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_pour_a_possessive_kin_and_a_name_is_whom_it_is_for(annotate):
    quotes = annotate("Pour son fils Hugo Brun, la famille a acheté une maison à Nîmes.")
    assert not any(q["speaker"] and "Brun" in q["speaker"] for q in quotes)



@pytest.mark.parametrize("text, content, speaker", [
    ("Le projet coûtera trop cher, explique Paul Martin, pour qui la commune n'a pas les "
     "moyens.", "la commune n'a pas les moyens", "Paul Martin"),
    ("La réforme a été présentée mardi par la ministre, pour qui il s'agit d'une avancée "
     "historique.", "il s'agit d'une avancée historique", "la ministre"),
])
def test_pour_qui_after_a_comma_gives_the_words_to_its_antecedent(annotate, text, content,
                                                                   speaker):
    q = find(annotate(text), content)
    assert q["type"] == "indirect" and speaker in q["speaker"]


def test_pour_qui_after_an_object_says_whom_it_concerns(annotate):
    assert not any(q["cue"] == "pour qui" for q in annotate(
        "Le club a recruté un nouvel entraîneur, pour qui c'est une première expérience."))


def test_pour_qui_after_whom_a_measure_is_for_is_no_source(annotate):
    quotes = annotate("Une aide est prévue pour les étudiants, pour qui le logement reste trop "
                      "cher.")
    assert not any(q["speaker"] and "étudiants" in q["speaker"] for q in quotes)


@pytest.mark.parametrize("text, content", [
    ("La conseillère s'est demandé pourquoi la ville avait renoncé au tramway.",
     "pourquoi la ville avait renoncé au tramway"),
    ("Plusieurs parents se demandent quand la cantine rouvrira.", "quand la cantine rouvrira"),
    ("Le député a demandé comment le gouvernement comptait financer la mesure.",
     "comment le gouvernement comptait financer la mesure"),
])
def test_a_question_word_opens_an_indirect_question_like_si(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"
