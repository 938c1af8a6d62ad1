"""The press rarely repeats a name: it says `le sélectionneur`, `la médaillée d'or`, `le Dr
Diallo`, `le quadragénaire` for someone it named just before. These specify which of those
variations resolve to the person named, and which stay descriptions. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Didier Roux a dévoilé sa liste pour le Mondial. « Le groupe est prêt », a assuré le "
     "sélectionneur.", "Le groupe est prêt", "Didier Roux"),
    ("Claire Morel a été réélue à la tête du groupe. « Nous serons vigilants », a prévenu la "
     "centriste.", "Nous serons vigilants", "Claire Morel"),
    ("Jeanne Martin a remporté la course. « C'est le plus beau jour de ma vie », a lancé la "
     "médaillée d'or.", "C'est le plus beau jour de ma vie", "Jeanne Martin"),
    ("Paul Henri, 45 ans, a été arrêté lundi. « Je suis innocent », a clamé le "
     "quadragénaire.", "Je suis innocent", "Paul Henri"),
    ("Le député Karim Saadi a quitté le parti. « C'est une décision mûrie », a expliqué l'élu "
     "écologiste.", "C'est une décision mûrie", "Karim Saadi"),
    ("Maître Paul Girard défend l'avocat poursuivi. « Ce dossier est vide », a estimé le "
     "bâtonnier.", "Ce dossier est vide", "Paul Girard"),
])
def test_a_role_distinction_or_age_names_the_person_named_before(annotate, text, quotation,
                                                                  speaker):
    assert find(annotate(text), quotation)["speaker"] == speaker


@pytest.mark.parametrize("text, quotation", [
    ("Le Dr Amadou Diallo dirige l'hôpital depuis 2019. « La situation s'améliore », a "
     "indiqué le Dr Diallo.", "La situation s'améliore"),
    ("Selon le docteur Amadou Diallo, qui dirige l'hôpital, « la situation s'améliore ».",
     "la situation s'améliore"),
])
def test_a_title_after_an_article_still_opens_a_name(annotate, text, quotation):
    assert find(annotate(text), quotation)["speaker"] == "Amadou Diallo"


def test_a_name_after_an_article_without_a_title_is_no_person(annotate):
    quotes = annotate("Le Kremlin a affirmé que les négociations continuaient.")
    assert find(quotes, "les négociations continuaient")["speaker"] == "le Kremlin"
