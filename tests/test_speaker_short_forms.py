"""An institution named in full, then by its capitalised head noun alone (`la Cour`,
`la Commission`), and a person's name of several words the tagger cut or split: the
speaker is the full name the article gives. Sentences are our own."""

from __future__ import annotations

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
