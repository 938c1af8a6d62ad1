"""Quoted words in the sentence after a quote, with no verb of saying of their own, are the
same speaker going on (issue 9, the twenty-ninth session's corpus reading): the GUIDELINE's
quoted words with no reporting verb, annotated `direct` with no cue when the article makes
clear who said them. Scare quotes, names and titles stay out. Every sentence is our own."""

from __future__ import annotations

import pytest
from test_quotes import find

BEFORE = "« La demande reste très forte », a commenté le maire Jean Dubreuil."


@pytest.mark.parametrize("sentence, fragment", [
    ("Pas question pour autant « d'augmenter les tarifs ».", "d'augmenter les tarifs"),
    ("C'est une « question de principe » pour les familles.", "question de principe"),
    ("Il faut « garder la tête froide » jusqu'à la fin de l'été.",
     "garder la tête froide"),
    ("Une « très belle surprise » pour toute l'équipe municipale.", "très belle surprise"),
    # a relative clause after the quoted words is still the speaker's sentence
    ("C'est une « vraie fierté » pour ceux qui ont travaillé tout l'été.", "vraie fierté"),
])
def test_quoted_words_in_a_verbless_or_impersonal_sentence_go_on_with_the_speaker(
        annotate, sentence, fragment):
    q = find(annotate(f"{BEFORE} {sentence}"), fragment)
    assert (q["type"], q["speaker"], q["cue"]) == ("direct", "Jean Dubreuil", None)


def test_each_quoted_fragment_of_the_sentence_is_a_quote_and_the_chain_goes_on(annotate):
    quotes = annotate(f"{BEFORE} Un « succès » et une « fierté » pour la ville. Bref, "
                      "« une année à marquer d'une pierre blanche ».")
    for fragment in ("succès", "fierté", "une année à marquer d'une pierre blanche"):
        assert find(quotes, fragment)["speaker"] == "Jean Dubreuil"


@pytest.mark.parametrize("sentence, words", [
    # someone else's sentence: another subject with a verb of its own
    ("La mairie a lancé un « plan d'urgence » pour les commerçants.", "plan d'urgence"),
    # another person named in the sentence
    ("Une « catastrophe » pour Paul Morel, patron du café du port.", "catastrophe"),
    # a name or a title in quotation marks
    ("Rendez-vous au « Café des sports » samedi pour la réunion.", "Café des sports"),
    # an impersonal opening, then the writer narrating with verbs of their own (h40-review)
    ("C'est lui qui avait lancé le « plan fraîcheur » en 2019.", "plan fraîcheur"),
    ("Il faut dire que l'opération, baptisée « été tranquille », avait duré trois mois.",
     "été tranquille"),
    # someone else's view: `pour X,` opening the sentence, `selon X`
    ("Pour son adjoint, « une erreur de calendrier ».", "une erreur de calendrier"),
    ("Une « fausse bonne idée » selon l'opposition municipale.", "fausse bonne idée"),
])
def test_quoted_words_in_a_sentence_that_speaks_for_someone_else_are_not_his(
        annotate, sentence, words):
    quotes = annotate(f"{BEFORE} {sentence}")
    assert not any(q["text"] == words and q["speaker"] == "Jean Dubreuil" for q in quotes)


def test_quoted_words_after_a_new_paragraph_do_not_go_on_with_the_quote_before(annotate):
    quotes = annotate(f"{BEFORE}\n\nUne « très belle surprise » pour toute l'équipe.")
    assert [q["text"] for q in quotes] == ["La demande reste très forte"]


@pytest.mark.parametrize("before", [
    "Le maire a annoncé la fermeture de la piscine municipale.",
    "Selon la préfecture, la route restera fermée jusqu'à lundi.",
])
def test_quoted_words_after_a_report_in_the_writer_s_words_are_not_the_reporter_s(
        annotate, before):
    """Second reader (h40-review): the speaker goes on after words of his own in
    quotation marks; after a report with none, quoted words are scare quotes or anyone's."""
    quotes = annotate(f"{before} Un « casse-tête » pour les habitants du quartier.")
    assert not any(q["text"] == "casse-tête" for q in quotes)
