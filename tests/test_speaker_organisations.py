"""An organisation the press names once, then describes (`le fabricant`, `l'organisation
agricole`): the description is that organisation, unless its noun says another kind (a
union after a company). And a role the NER opened a person at (`le président Saïed`,
`président de la République` + the name) leaves the name to its bearer. Sentences are our
own."""

from __future__ import annotations

import pytest
from test_quotes import find


def test_a_company_described_by_its_trade_is_the_company_named_before(annotate):
    quotes = annotate("Michelin a relevé ses prévisions pour l'année. Les ventes progressent "
                      "de 5 % en Europe, a indiqué le fabricant de pneumatiques mardi.")
    assert find(quotes, "Les ventes progressent de 5 % en Europe")["speaker"] == "Michelin"


def test_an_organisation_described_after_it_spoke_is_that_source(annotate):
    quotes = annotate("« Nous ne céderons pas », a déclaré la Confédération paysanne dans un "
                      "communiqué. L'organisation agricole précise que les blocages "
                      "continueront.")
    assert find(quotes, "les blocages continueront")["speaker"] == \
        "la Confédération paysanne"


def test_a_union_is_not_the_company_it_answers(annotate):
    quotes = annotate("Michelin a annoncé la fermeture de son usine de Cholet. Le syndicat a "
                      "dénoncé une décision brutale.")
    assert find(quotes, "une décision brutale")["speaker"] == "le syndicat"


def test_a_union_described_is_the_one_the_article_calls_a_union(annotate):
    quotes = annotate("Une délégation de la Fédération nationale des cheminots (FNC) a été "
                      "reçue au ministère. « Nous irons jusqu'au bout », a déclaré la FNC. La "
                      "centrale syndicale indique que le préavis couvre tout le territoire.")
    assert find(quotes, "le préavis couvre tout le territoire")["speaker"] == "la FNC"


@pytest.mark.parametrize("name, taken_up", [
    ("L'Union générale des travailleurs du rail (UGTR)", True),
    ("La Confédération nationale du travail", True),
    ("L'Union européenne", False),  # a union by name, of states: no labour in it
])
def test_a_union_named_for_the_workers_it_unites_is_the_union_described_later(
        annotate, name, taken_up):
    quotes = annotate(f"{name} a appelé à la grève jeudi. La centrale syndicale a réclamé "
                      "une hausse des salaires de la fonction publique.")
    speaker = find(quotes, "une hausse des salaires de la fonction publique")["speaker"]
    assert (speaker.lower() != "la centrale syndicale") == taken_up


def test_a_description_naming_nobody_stays_when_no_organisation_was_named(annotate):
    quotes = annotate("Les prix ont encore augmenté en mai. L'entreprise a indiqué que les "
                      "salaires seraient revus.")
    assert find(quotes, "les salaires seraient revus")["speaker"].lower() == "l'entreprise"


def test_a_role_the_ner_tagged_as_a_person_leaves_the_name_to_its_bearer(annotate):
    """`président de la République` tagged as a person swallowed `Paul Garnier` after it;
    the role then took the former head of state named next."""
    quotes = annotate("Le président de la République Paul Garnier a rendu hommage à "
                      "l'ancienne ministre. L'ancien chef de l'État Jean Castel a salué « une "
                      "grande dame ». Le président de la République a assuré qu'elle "
                      "« restera un exemple ».")
    assert find(quotes, "elle « restera un exemple »")["speaker"] == "Paul Garnier"


def test_a_former_role_the_ner_ran_into_the_name_is_that_persons_role(annotate, nlp):
    """`l'ancien Premier ministre Paul Garnier` tagged as one person: `Premier` is no
    first name, and the former role is his, not the current Prime Minister's."""
    text = ("Le Premier ministre Jean Castel a reçu l'ancien Premier ministre Paul Garnier. "
            "L'ancien chef du gouvernement a déclaré qu'il soutiendrait le texte.")
    assert "Premier Paul Garnier" not in [p["name"] for p in nlp(text)._.people]
    assert find(annotate(text), "il soutiendrait le texte")["speaker"] == "Paul Garnier"


def test_a_surname_after_a_role_noun_is_a_person_whatever_the_ner_said(annotate, nlp):
    """`Ouattara` after `le président` is tagged a place (and parsed as an adjective):
    the role taken up later still names him; a continent after a role is no surname."""
    quotes = annotate("Le président Ouattara a déclaré que la coopération serait renforcée. "
                      "Le chef de l'État a rappelé que la paix était fragile.")
    assert find(quotes, "la paix était fragile")["speaker"] == "Ouattara"
    doc = nlp("Le directeur Afrique de la banque a présenté les résultats.")
    assert [p["name"] for p in doc._.people] == []


def test_a_name_after_a_role_and_a_nationality_is_a_person_whatever_the_ner_said(annotate):
    """`Kassym-Jomart Tokaïev` after `le président kazakh` is tagged MISC: the role and
    the nationality before it say a person is named, whom the role takes up later."""
    quotes = annotate("Le président kazakh Kassym-Jomart Tokaïev a reçu le ministre. Le "
                      "dirigeant kazakh a indiqué que les accords seraient signés.")
    assert find(quotes, "les accords seraient signés")["speaker"] == "Kassym-Jomart Tokaïev"


def test_the_lower_case_part_of_a_hyphenated_given_name_stays_in_the_name(annotate):
    """`Jong-sok`, `Ji-hoon`: Korean given names are written with a lower-case second part."""
    quotes = annotate("Le président Kim Jong-sok a inspecté une usine. « La production doit "
                      "doubler », a déclaré Kim Jong-sok.")
    assert find(quotes, "La production doit doubler")["speaker"] == "Kim Jong-sok"


def test_initials_after_a_surname_belong_to_that_name(annotate):
    """Russian official style writes the given name's and patronymic's initials after the
    surname (`Grouchko A.V.`): they are part of the name, not a person of their own."""
    quotes = annotate("Le vice-ministre Alexandre Grouchko a rencontré l'ambassadeur. Grouchko "
                      "A.V. a souligné que la coopération devait se poursuivre.")
    assert find(quotes, "la coopération devait se poursuivre")["speaker"] == \
        "Alexandre Grouchko"


def test_the_only_organisation_named_is_taken_up_far_back(annotate):
    """Volunteers speak between the organisation's lead and `selon l'organisation`,
    further than a pronoun reaches: it is still the one organisation the article named."""
    quotes = annotate(
        "Les Banques alimentaires lancent leur collecte nationale vendredi. Dans un "
        "supermarché de Rennes, des dizaines de bénévoles trient des colis de pâtes, de riz "
        "et de conserves sous l'œil des clients.\n\nPaul Girard, retraité de 70 ans, dépose "
        "un sac rempli de lait, de farine, de café et de biscuits pour les enfants dans le "
        "chariot prévu à cet effet, puis repart vers les caisses avec sa petite-fille. « Tout "
        "augmente, alors je donne ce que je peux », déclare-t-il en souriant.\n\nMarie, "
        "étudiante de 19 ans, distribue des prospectus à l'entrée du magasin depuis le "
        "matin, avec trois camarades de sa promotion venues en renfort pour le week-end. "
        "Certains clients « s'arrêtent pour discuter », raconte-t-elle.\n\nCette année, "
        "9.000 bénévoles seront mobilisés dans toute la France selon l'organisation.")
    quote = find(quotes, "9.000 bénévoles seront mobilisés dans toute la France")
    assert "Banques alimentaires" in quote["speaker"]


def test_two_organisations_named_far_back_leave_the_description(annotate):
    quotes = annotate(
        "Les Banques alimentaires lancent leur collecte nationale vendredi. Le Secours "
        "populaire lance la sienne samedi. Dans un supermarché de Rennes, des dizaines de "
        "bénévoles trient des colis de pâtes, de riz et de conserves sous l'œil des "
        "clients.\n\nPaul Girard, retraité de 70 ans, dépose un sac rempli de lait, de "
        "farine, de café et de biscuits pour les enfants dans le chariot prévu à cet effet, "
        "puis repart vers les caisses avec sa petite-fille. « Tout augmente, alors je donne "
        "ce que je peux », déclare-t-il en souriant.\n\nMarie, étudiante de 19 ans, "
        "distribue des prospectus à l'entrée du magasin depuis le matin, avec trois "
        "camarades de sa promotion venues en renfort pour le week-end. Certains clients « "
        "s'arrêtent pour discuter », raconte-t-elle.\n\nCette année, 9.000 bénévoles "
        "seront mobilisés dans toute la France selon l'organisation.")
    quote = find(quotes, "9.000 bénévoles seront mobilisés dans toute la France")
    assert quote["speaker"] == "l'organisation"


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Le groupe Valmont a annoncé la suppression de 300 postes. L'entreprise a précisé que les "
     "départs seraient volontaires.", "les départs seraient volontaires", "Valmont"),
    ("La société Nordéa a annoncé un plan social. Selon l'entreprise, les départs seront "
     "volontaires.", "les départs seront volontaires", "Nordéa"),
])
def test_an_organisation_named_after_its_kind_is_taken_up_by_a_description(
        annotate, text, quotation, speaker):
    """`le groupe Valmont`, quoted as a source, is a name though it opens with a noun: the
    NER often tags no organisation there, and `l'entreprise` would otherwise name none."""
    assert speaker in (find(annotate(text), quotation)["speaker"] or "")


def test_the_institution_is_the_one_named_before(annotate):
    """`La Banque de France … L'institution estime que …`: `institution` describes the
    organisation the article named, like `l'entreprise` or `le groupe`."""
    quotes = annotate("La Caisse des dépôts a publié ses comptes. L'institution estime que "
                      "ses placements resteront prudents.")
    assert "caisse des dépôts" in find(quotes, "ses placements resteront prudents"
                                       )["speaker"].lower()


def test_the_network_operator_described_takes_up_the_company_named_before(annotate):
    """`le gestionnaire du réseau` after `Enedis`: a description of the company the
    article named (data/organisation_nouns.txt), which speaks through it."""
    quotes = annotate("Enedis a été saisi. Selon le gestionnaire du réseau, la coupure "
                      "durera deux heures.")
    assert find(quotes, "la coupure durera deux heures")["speaker"] == "Enedis"


@pytest.mark.parametrize("text, quotation, speaker", [
    ("La mairie de Brest a publié un communiqué lundi. Selon le communiqué, les travaux "
     "« commenceront en mars ».", "les travaux « commenceront en mars »", "la mairie de Brest"),
    ("Dans un communiqué, le syndicat Force ouvrière a dénoncé la réforme. Le communiqué "
     "précise que la grève « sera reconduite ».", "la grève « sera reconduite »",
     "le syndicat Force ouvrière"),
])
def test_a_document_taken_up_by_its_noun_is_its_issuer(annotate, text, quotation, speaker):
    """`speaker_documents.py`: `le communiqué` after the sentence saying who published it."""
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_a_document_no_sentence_attributes_stays_the_document(annotate):
    quotes = annotate("Selon le communiqué, les travaux « commenceront en mars ».")
    assert find(quotes, "les travaux « commenceront en mars »")["speaker"] == "le communiqué"
