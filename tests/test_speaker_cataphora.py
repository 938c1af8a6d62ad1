"""A role written before its holder's name: the name the next sentence gives as a quote's
speaker, when nobody else is named between and the person has no other role (third
speaker probe, session 25). Sentences are our own."""

from __future__ import annotations

from test_quotes import find


def test_a_role_takes_up_the_name_the_next_quote_gives(annotate):
    quotes = annotate(
        "La déléguée syndicale, Marie Olivier, a réclamé une hausse de 5 %. Le directeur du site a "
        "affirmé que les carnets de commandes étaient vides. « Nous ne pouvons pas promettre "
        "plus de 2 % », a ajouté Gérard Pellegrin.")
    assert find(quotes, "les carnets de commandes étaient vides")["speaker"] == \
        "Gérard Pellegrin"


def test_the_role_found_ahead_rules_out_another_office(annotate):
    """Once `la directrice` is Maud Ferrier, `la ministre` is not her."""
    quotes = annotate(
        "Le délégué syndical, Paul Aubry, a réclamé une hausse des salaires. "
        "La directrice de l'usine a indiqué que la production reprendrait jeudi. « Les "
        "stocks sont presque vides », a précisé Maud Ferrier. Interrogée au Sénat, la "
        "ministre de l'Industrie a appelé à reprendre le dialogue.")
    assert find(quotes, "reprendre le dialogue")["speaker"] != "Maud Ferrier"


def test_a_name_of_the_other_gender_is_not_the_role_written_before(annotate):
    quotes = annotate(
        "Le conseil a voté le budget. « Les impôts n'augmenteront pas », a assuré "
        "l'adjoint aux finances. Pour l'opposition, Martine Vidal a dénoncé un budget "
        "insincère.")
    assert find(quotes, "Les impôts n'augmenteront pas")["speaker"] != "Martine Vidal"


def test_a_role_that_spoke_again_before_the_name_is_not_that_name(annotate):
    quotes = annotate(
        "La déléguée syndicale, Marie Olivier, a réclamé une hausse de 5 %. Le directeur du "
        "site a affirmé que les carnets de commandes étaient vides. Il a promis un nouveau "
        "rendez-vous. Pour les cadres, Gérard Pellegrin a jugé la situation grave.")
    assert find(quotes, "les carnets de commandes étaient vides")["speaker"] != \
        "Gérard Pellegrin"
