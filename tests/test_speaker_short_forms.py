"""An institution named in full, then by its head noun alone (`la Cour`, `la
Commission`, `le ministère`, `le parquet`), and a person's name of several words the
tagger cut or split: the speaker is the full name the article gives. Sentences are our
own."""

from __future__ import annotations

import pytest
from test_quotes import find


def test_a_court_named_in_full_then_shortened_is_that_court(annotate):
    quotes = annotate("La Cour européenne des droits de l'homme a condamné la Pologne jeudi. "
                      "Dans son arrêt, la Cour a estimé que la procédure était « inéquitable ».")
    assert find(quotes, "la procédure était « inéquitable »")["speaker"] == \
        "la Cour européenne des droits de l'homme"


def test_a_short_form_shared_by_two_institutions_stays_as_written(annotate):
    quotes = annotate("La Commission nationale du débat public et la Commission européenne "
                      "ont publié leurs avis lundi. Selon la Commission, le projet reste « très "
                      "contesté » par les riverains.")
    quote = find(quotes, "le projet reste « très contesté » par les riverains")
    assert quote["speaker"] == "la Commission"


def test_a_role_in_the_headline_is_the_minister_named_with_a_two_word_surname(annotate):
    """`Aït` read as an adjective cut `Karim` from `Aït Benali`: the headline's role then
    named nobody, and `M. Aït Benali` became a second person."""
    quotes = annotate("Eau : le ministre de l'Agriculture dément toute pénurie dans la région"
                      "\n\nLe ministre de l'Agriculture Karim Aït Benali a démenti mardi toute "
                      "pénurie d'eau. M. Aït Benali a assuré que les barrages étaient pleins.")
    assert find(quotes, "toute pénurie dans la région")["speaker"] == "Karim Aït Benali"
    assert find(quotes, "les barrages étaient pleins")["speaker"] == "Karim Aït Benali"


def test_a_father_and_son_sharing_names_stay_two_people(nlp):
    import presswatch

    doc = nlp(presswatch.make_doc(nlp, "Le président Paul Martin Durand a succédé à son père, "
                                  "Martin Durand, mort en 2021.", {}))
    assert {"Paul Martin Durand", "Martin Durand"} <= {p["name"] for p in doc._.people}


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Le ministère des Armées a confirmé l'opération. Le ministère a précisé qu'aucun civil "
     "n'avait été touché.", "aucun civil n'avait été touché", "le ministère des Armées"),
    ("La Fédération française de handball a suspendu le joueur. La fédération a indiqué "
     "qu'une commission statuerait en juin.", "une commission statuerait en juin",
     "la Fédération française de handball"),
    ("Le parquet de Nanterre a ouvert une enquête. Le parquet précise que deux personnes ont "
     "été interpellées.", "deux personnes ont été interpellées", "le parquet de Nanterre"),
    ("Le tribunal correctionnel de Lyon a rendu sa décision jeudi. Selon le tribunal, les "
     "faits sont établis.", "les faits sont établis", "le tribunal correctionnel de Lyon"),
    ("Le parquet national financier a ouvert une enquête. Selon le parquet, les faits "
     "remontent à 2019.", "les faits remontent à 2019", "le parquet national financier"),
])
def test_an_institution_named_in_full_then_by_its_noun_is_that_institution(
        annotate, text, quotation, speaker):
    """`le ministère` alone says no ministry: the one the article named in full does."""
    assert find(annotate(text), quotation)["speaker"] == speaker


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Le ministère de la Santé et le ministère de l'Intérieur ont publié un communiqué "
     "commun. Le ministère a précisé que les contrôles seraient renforcés.",
     "les contrôles seraient renforcés", "le ministère"),
    ("Le gouvernement de Paul Roux a présenté son budget mardi. Le gouvernement assure que la "
     "dette sera réduite.", "la dette sera réduite", "le gouvernement"),
    ("Le gouvernement précédent avait promis une baisse. Le gouvernement assure désormais que "
     "la dette sera réduite.", "la dette sera réduite", "le gouvernement"),
])
def test_an_institution_noun_stays_as_written_when_no_one_name_fits(annotate, text,
                                                                    quotation, speaker):
    """Two ministries named: which one is unsaid; `de Paul Roux` says whose government,
    and writing it would name a person who did not speak."""
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_a_titled_surname_with_a_particle_is_the_full_name(annotate):
    """`M. Ben Salah` after `Mohamed Ben Salah`: after a title, `Ben` (also a given name)
    is the particle of the surname, not a namesake's first name."""
    quotes = annotate("Karim Ben Youssef, ministre de l'Intérieur, a annoncé dix arrestations. "
                      "M. Ben Youssef a précisé que l'enquête se poursuivait.")
    assert find(quotes, "l'enquête se poursuivait")["speaker"] == "Karim Ben Youssef"
