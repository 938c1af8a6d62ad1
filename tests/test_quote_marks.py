"""Quotations in marks that no verb of saying introduces, whose speaker the words around
them still name (GUIDELINE: quoted words with no reporting verb are annotated when the
article makes clear who said them), and look-alikes in marks that are nobody's words.
The constructions come from the corpus (`eval/probes-marks/README.md`); the sentences are
our own."""

from __future__ import annotations

import pytest


def find(quotes: list[dict], text: str) -> dict:
    """The one quote whose text is exactly `text`."""
    found = [q for q in quotes if q["text"] == text]
    assert len(found) == 1, f"no single quote {text!r} among " + repr(
        [(q["text"], q["type"], q["speaker"]) for q in quotes])
    return found[0]


@pytest.mark.parametrize("text, content, speaker", [
    ("« Pourquoi le car scolaire passe-t-il si tôt ? » Telle était la question posée par un "
     "parent d'élève, Julien Marty, lors de la réunion de rentrée.",
     "Pourquoi le car scolaire passe-t-il si tôt ?", "Julien Marty"),
    ("« Je ne quitterai jamais ce port. » Ces mots sont ceux de Yann Le Corre, dernier "
     "pêcheur de l'île.", "Je ne quitterai jamais ce port", "Yann Le Corre"),
    ("« Cette route tue nos enfants. » C'est par ces mots que la députée Léa Fontaine a "
     "interpellé le ministre mercredi.", "Cette route tue nos enfants", "Léa Fontaine"),
    ("« Où sont passés les crédits promis ? » C'est la question qu'a posée jeudi le sénateur "
     "Marc Bellec au gouvernement.", "Où sont passés les crédits promis ?", "Marc Bellec"),
])
def test_a_quotation_the_next_sentence_gives_to_someone_by_its_words_is_theirs(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("direct", speaker)


def test_words_taken_up_as_a_motto_are_nobodys_quote(annotate):
    quotes = annotate("« Ensemble pour la vallée. » Telle était la devise affichée sur les "
                      "tracts de la liste municipale.")
    assert not [q for q in quotes if q["text"].startswith("Ensemble pour")]


@pytest.mark.parametrize("text, content, speaker", [
    ("Le club a perdu à domicile. « Nous avons manqué d'envie », Karim Haddad, l'entraîneur, "
     "baisse la tête.", "Nous avons manqué d'envie", "Karim Haddad"),
    ("La saison des vendanges s'ouvre sous le soleil. « Le raisin n'a jamais été aussi "
     "beau », Claire Vidal donne le ton.", "Le raisin n'a jamais été aussi beau",
     "Claire Vidal"),
    ("Les ventes de vélos ont reculé de 12 %. « Le marché repartira au printemps », la "
     "fédération se montre optimiste.", "Le marché repartira au printemps", "la fédération"),
])
def test_a_quotation_then_its_speaker_as_subject_of_another_verb_is_theirs(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("direct", speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("Les riverains se plaignent du bruit. C'est le cas de Monique Perrin, dont la maison "
     "longe la voie ferrée : « Les trains passent toute la nuit. »",
     "Les trains passent toute la nuit", "Monique Perrin"),
])
def test_a_colon_after_the_case_of_someone_gives_them_the_quotation(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("direct", speaker)


def test_a_heading_run_into_the_paragraph_is_the_words_of_the_quote_after_it(annotate):
    quotes = annotate("Le sommet s'est achevé samedi.\n« Tenir le cap ». « Notre choix, c'est de "
                      "tenir le cap malgré les vents contraires », a dit la ministre, Anne Roche, "
                      "devant la presse.")
    q = find(quotes, "Tenir le cap")
    assert (q["type"], q["speaker"]) == ("direct", "Anne Roche")


def test_a_scraped_date_marker_before_the_opening_quotation_is_no_lead(annotate):
    quotes = annotate(" date 2024-03 « Qui entretiendra le chemin de halage ? » Telle était la "
                      "question posée par une riveraine, Odette Lambert, au conseil de jeudi.")
    q = find(quotes, "Qui entretiendra le chemin de halage ?")
    assert (q["type"], q["speaker"]) == ("direct", "Odette Lambert")


def test_an_asker_named_by_an_apposed_name_after_the_verb_is_the_speaker(annotate):
    quotes = annotate("« Quand le bac reprendra-t-il son service ? » C'est la question qu'a "
                      "posée un lecteur, Marcel Tanguy, au département.")
    q = find(quotes, "Quand le bac reprendra-t-il son service ?")
    assert (q["type"], q["speaker"]) == ("direct", "Marcel Tanguy")


@pytest.mark.parametrize("text, content, speaker", [
    ("L'hydrologue chargée du suivi, Claire Naudin, est formelle : « Le terrain bouge de trois "
     "millimètres par jour. »", "Le terrain bouge de trois millimètres par jour", "Claire Naudin"),
    ("« Pourquoi la piscine ferme-t-elle le dimanche matin ? » Telle était la question posée "
     "par un nageur, Louis Carré, au conseil.",
     "Pourquoi la piscine ferme-t-elle le dimanche matin ?", "Louis Carré"),
])
def test_a_quoted_sentence_whose_verb_the_tagger_misread_is_still_words_said(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("direct", speaker)


@pytest.mark.parametrize("text", [
    "Le musée présente l'exposition « Les Peintres de la vallée du Lot » jusqu'en mars.",
    "Le département a lancé l'opération « Des routes plus sûres pour tous » lundi.",
])
def test_a_title_in_marks_with_no_stop_of_its_own_stays_no_quote(annotate, text):
    assert annotate(text) == []
