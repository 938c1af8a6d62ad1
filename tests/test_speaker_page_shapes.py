"""Speakers the shape of a page gives (ninth speaker probe, session 30, issue 9): a person
named after a medium the recogniser did not bound (`a déclaré à Marseille Hebdo X`), a
quotation standing first whose speaker the next sentence is about, the addressee of an
interview's question answering it, people sharing one surname (`Anne et Pierre X`; `son
fils Y` makes X `le père`), an opinion piece's headline quotation given to its signer.
Sentences are our own."""

from __future__ import annotations

from test_quotes import find


def starting(quotes: list[dict], words: str) -> dict:
    """The one quote whose text starts with `words`."""
    found = [q for q in quotes if q["text"].startswith(words)]
    assert len(found) == 1, repr([(q["text"], q["speaker"]) for q in quotes])
    return found[0]


def test_a_person_named_after_a_medium_of_two_words_speaks(annotate):
    quotes = annotate(
        "Les loyers ont encore augmenté. « Les familles n'en peuvent plus », a expliqué à "
        "Marseille Hebdo Sophie Garnier, présidente de l'association.")
    assert find(quotes, "Les familles n'en peuvent plus")["speaker"] == "Sophie Garnier"


def test_a_person_after_a_regional_daily_speaks_not_the_region(annotate):
    quotes = annotate(
        "Le chantier du pont a pris du retard. « Le chantier prendra deux ans de plus », a "
        "indiqué à Paris Normandie Thomas Leroy.")
    assert find(quotes, "Le chantier prendra deux ans de plus")["speaker"] == "Thomas Leroy"


def test_a_quotation_opening_its_paragraph_is_the_next_sentences_person(annotate):
    quotes = annotate(
        "La grève des éboueurs entre dans sa deuxième semaine à Nantes.\n"
        "« Nous ne reprendrons pas le travail sans garanties. » Le délégué syndical, "
        "Olivier Marchand, a tenu ce discours devant une centaine de grévistes.")
    quote = find(quotes, "Nous ne reprendrons pas le travail sans garanties")
    assert quote["speaker"] == "Olivier Marchand"


def test_a_quotation_after_a_sentence_naming_nobody_is_the_next_sentences(annotate):
    quotes = annotate(
        "Des centaines de parents ont manifesté samedi devant le rectorat. « Nos enfants "
        "n'ont plus de professeur de maths depuis octobre. » La présidente de la fédération "
        "des parents, Hélène Brossard, a remis une pétition au recteur.")
    quote = find(quotes, "Nos enfants n'ont plus de professeur de maths depuis octobre")
    assert quote["speaker"] == "Hélène Brossard"


def test_a_quotation_the_next_sentence_answers_is_not_the_answerers(annotate):
    quotes = annotate(
        "Le débat sur la piscine a animé le conseil municipal.\n"
        "« Ce projet va ruiner la commune. » Le maire, Henri Lacombe, a répondu que les "
        "subventions couvraient la moitié du coût.")
    quote = next((q for q in quotes if q["text"].startswith("Ce projet va ruiner")), None)
    assert quote is None or quote["speaker"] != "Henri Lacombe"


def test_an_answer_is_the_person_the_question_addressed(annotate):
    quotes = annotate(
        "Faut-il fermer le centre-ville aux voitures ?\n\n"
        "Deux commerçants débattent. Propos recueillis par Léa Monnier.\n"
        "— Bernard Fouquet, vous tenez une librairie rue Nationale. Êtes-vous inquiet ?\n"
        "— Très. Mes clients viennent de la campagne, en voiture.\n"
        "— Et vous, Claire Dupuis, qui avez ouvert un café l'an dernier ?\n"
        "— Je suis pour. Les terrasses vont enfin respirer.\n"
        "— Monsieur Fouquet, que lui répondez-vous ?\n"
        "— Qu'un café ne vit pas des mêmes clients qu'une librairie.")
    assert starting(quotes, "Très. Mes clients viennent")["speaker"] == "Bernard Fouquet"
    assert starting(quotes, "Je suis pour")["speaker"] == "Claire Dupuis"
    assert starting(quotes, "Qu'un café ne vit pas")["speaker"] == "Bernard Fouquet"
    assert starting(quotes, "Et vous, Claire Dupuis")["speaker"] == "Léa Monnier"


def test_a_couple_named_with_one_surname_are_two_people(annotate):
    quotes = annotate(
        "Sophie et Marc Delaunay ont repris la boulangerie du village en mai. « On "
        "travaille quinze heures par jour », explique Mme Delaunay. Leur fils, Alex "
        "Delaunay, livre les tournées. « Je connais tout le monde », sourit le jeune homme.")
    assert find(quotes, "On travaille quinze heures par jour")["speaker"] == "Sophie Delaunay"


def test_the_father_is_the_one_whose_son_the_article_names(annotate):
    quotes = annotate(
        "À Cholet, Bernard Rivière, 61 ans, a confié la menuiserie à son fils Julien "
        "Rivière. « Je veux moderniser l'atelier », explique Julien Rivière. « Il a de l'or "
        "dans les mains », assure le père.")
    assert find(quotes, "Il a de l'or dans les mains")["speaker"] == "Bernard Rivière"


def test_a_headline_quotation_of_an_opinion_piece_is_its_signers(annotate):
    quotes = annotate(
        "Tribune. « Nos écoles rurales ne sont pas des variables d'ajustement »\n\n"
        "Chaque rentrée, des classes ferment dans nos villages. Les enfants font quarante "
        "minutes de car. Nous demandons un moratoire sur les fermetures.\n"
        "Martine Cazals, maire de Saint-Géry")
    quote = find(quotes, "Nos écoles rurales ne sont pas des variables d'ajustement")
    assert quote["speaker"] == "Martine Cazals"


def test_a_possessive_kin_mention_is_the_spouse_sharing_the_surname(annotate):
    quotes = annotate(
        "Isabelle et Thomas Garnier ont ouvert une librairie à Dinan. « Nous voulions un "
        "lieu de rencontre », raconte Mme Garnier. Son époux, ancien instituteur, assure que "
        "les lecteurs sont au rendez-vous.")
    quote = find(quotes, "les lecteurs sont au rendez-vous")
    assert quote["speaker"] == "Thomas Garnier"


def test_the_son_is_not_the_father_whose_verb_had_him_as_object(annotate):
    quotes = annotate(
        "À Cholet, Bernard Rivière entraîne son fils Julien Rivière au club de judo. "
        "« Il apprend vite », assure le père. « Je veux surtout gagner les championnats », "
        "répond le fils.")
    assert find(quotes, "Il apprend vite")["speaker"] == "Bernard Rivière"
    assert find(quotes, "Je veux surtout gagner les championnats")["speaker"] == "Julien Rivière"
