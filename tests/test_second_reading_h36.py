"""A second reader's look-alikes for session 26's rules (issue 9): ordinary news sentences
that the new rules must leave alone, next to the case each rule is for. Every text is
our own."""

from __future__ import annotations

import pytest
from test_quotes import find


def test_a_dash_bullet_list_is_no_dialogue(annotate):
    text = "\n".join([
        "Ce qu'il faut retenir du budget :",
        "— Les impôts locaux n'augmenteront pas, assure le maire.",
        "— La piscine sera rénovée en 2027.",
        "— Deux crèches ouvriront, annonce la première adjointe.",
        "— Le stade attendra."])
    quotes = annotate(text)
    q = find(quotes, "Les impôts locaux n'augmenteront pas")
    assert (q["type"], q["speaker"]) == ("indirect", "le maire")  # no marks: indirect
    assert find(quotes, "Deux crèches ouvriront")["type"] == "indirect"


def test_a_programme_in_dashes_quotes_nobody(annotate):
    text = "\n".join([
        "Le programme du week-end :",
        "— Samedi, concert sur la place, organisé par l'association des commerçants.",
        "— Dimanche, marché aux puces, annonce la mairie."])
    assert not [q for q in annotate(text) if "marché aux puces" in q["text"]]


def test_a_dialogue_in_dashes_is_still_read(annotate):
    text = "\n".join([
        "La nuit tombe sur le port quand la vedette appareille.",
        "— On cherche deux plongeurs, explique le pilote.",
        "— Ils sont partis quand ? demande son équipier.",
        "— Vers midi."])
    quotes = annotate(text)
    q = find(quotes, "On cherche deux plongeurs")
    assert (q["type"], q["speaker"]) == ("direct", "le pilote")
    assert find(quotes, "Ils sont partis quand ?")["speaker"] == "son équipier"
    assert find(quotes, "Vers midi")["speaker"] == "le pilote"  # the answer to the question


@pytest.mark.parametrize("header", ["Par Julie Marchetti @juliemarchetti",
                                    "Suivez-nous sur Twitter @LaVoixDuCanton"])
def test_a_byline_or_a_follow_line_with_an_account_is_no_post_header(annotate, header):
    text = "\n".join([
        "La piscine de Saint-Elme fermera cet hiver",
        header,
        "Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux."])
    assert not [q for q in annotate(text) if q["text"].startswith("Le conseil municipal")]


def test_a_post_under_its_header_is_still_read(annotate):
    text = "\n".join([
        "Sur les réseaux sociaux, les usagers ne décolèrent pas.",
        "Léa Fontaine @lea_fontaine · 2 h",
        "Encore une heure d'attente sur le quai ce matin, merci la ligne 4."])
    q = find(annotate(text), "Encore une heure d'attente sur le quai ce matin, merci la ligne 4")
    assert q["speaker"] == "Léa Fontaine"


@pytest.mark.parametrize("text", [
    "Le préfet a reçu les maires du canton, a voulu rassurer les élus.",  # a plural object
    "La ministre est arrivée à 10 heures, a tenu à saluer les pompiers.",
    "La direction a fermé le site, a voulu rassurer le personnel.",  # one subject, `a …, a`
])
def test_a_governed_verb_after_a_comma_with_the_subject_before_is_no_incise(annotate, text):
    assert annotate(text) == []


def test_a_governed_incise_after_a_plain_comma_is_still_read(annotate):
    q = find(annotate("La salle rouvrira en septembre, a voulu rassurer le président du club."),
             "La salle rouvrira en septembre")
    assert q["speaker"] == "le président du club"


@pytest.mark.parametrize(("text", "content"), [
    ("L'entreprise Vélocia a licencié quarante salariés. Ils estiment que la direction a "
     "menti.", "la direction a menti"),
    ("Le syndicat des transports a reçu les pompiers. Ils réclament davantage de moyens.",
     "davantage de moyens"),
])
def test_a_plural_of_people_between_keeps_ils_from_the_organisation(annotate, text, content):
    speaker = find(annotate(text), content)["speaker"] or ""
    assert not speaker.lower().startswith(("l'entreprise", "le syndicat"))


def test_ils_for_an_organisation_is_still_read(annotate):
    text = ("Le collectif des riverains a déposé un recours contre le permis. Ils estiment "
            "que le projet défigure le quartier.")
    q = find(annotate(text), "le projet défigure le quartier")
    assert q["speaker"] == "le collectif des riverains"


@pytest.mark.parametrize(("text", "content"), [
    ("Le ministre a annoncé la veille de Noël un plan pour les sans-abri.",
     "un plan pour les sans-abri"),
    ("La candidate a dénoncé la veille du premier tour une campagne de rumeurs.",
     "une campagne de rumeurs"),
    ("Le syndicat a rappelé la veille au soir ses revendications.", "ses revendications"),
])
def test_the_eve_of_a_day_is_a_date_with_its_complement(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


def test_a_result_line_in_a_round_up_is_no_view(annotate):
    text = "\n".join([
        "Les résultats du second tour à Brassac :",
        "• Jean Roux (LR) : 54 % des voix, « une belle victoire ».",
        "• Anne Petit (PS) : 46 % des voix."])
    assert not [q for q in annotate(text) if q["text"].startswith("54 %")]


def test_a_pour_colon_line_that_goes_on_past_its_quotation_is_no_view(annotate):
    text = "\n".join([
        "Le budget de la ville a été présenté hier soir.",
        "- Pour les écoles : « 2 millions d'euros » de travaux.",
        "- Pour le syndicat des enseignants : « C'est très insuffisant. »"])
    quotes = annotate(text)
    assert not [q for q in quotes if q["text"] == "2 millions d'euros"]
    assert find(quotes, "C'est très insuffisant")["speaker"] == "le syndicat des enseignants"
