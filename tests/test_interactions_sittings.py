"""Specification of this round's interaction rules on French sentences written for these
tests: councils named as a sitting (not as a body acting), bodies the recogniser cut to one
word, sessions held through an infinitive, talks and exchanges between two named parties,
the words that tell what another event was for."""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(ev["type"], ev["participants"]) for ev in nlp(text)._.interactions]


@pytest.mark.parametrize("text, expected", [
    # a town, regional or board council framed as one of its sittings is a meeting of it
    ("Dès le début de ce conseil municipal, la tension était palpable.",
     [("meeting", ["conseil municipal"])]),
    ("Le dossier sera à l'ordre du jour du prochain conseil municipal, lundi.",
     [("meeting", ["conseil municipal"])]),
    ("Le patron a défendu sa stratégie lors du conseil d'administration de mardi.",
     [("meeting", ["le patron", "conseil d'administration"])]),
    # the cabinet's sitting, even with the plural the writer forgot
    ("Le ton est monté lors du Conseil des ministre de la rentrée.",
     [("meeting", ["Conseil des ministre"])]),
    ("Le Conseil des ministres a adopté le projet de loi mercredi.",
     [("meeting", ["Conseil des ministres"])]),
])
def test_a_council_named_as_one_of_its_sittings_is_a_meeting(nlp: Language, text: str,
                                                             expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Le conseil d'administration de la société a décidé de vendre l'usine.",
    "Le conseil municipal de Brive a voté la motion à l'unanimité.",
    "Elle a été remplacée à la présidence du conseil d'administration par Paul Roux.",
])
def test_a_council_acting_or_named_as_a_body_is_no_sitting(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a body is named whole, also when the recogniser kept only `Etats`
    ("Pour sa première réunion de l'année, le Conseil communal de Vernex a voté un crédit.",
     [("meeting", ["Conseil communal de Vernex"])]),
    ("Michel Dupont a parlé lors d'une réunion dans la matinée avec les Etats membres de "
     "l'UE.", [("meeting", ["Michel Dupont", "les Etats membres de l'UE"])]),
    # a session a body must hold: the subject of the verb the infinitive completes
    ("Le parlement suisse doit tenir une session extraordinaire la semaine prochaine.",
     [("meeting", ["Le parlement suisse"])]),
])
def test_a_body_is_named_whole_and_holds_its_session(nlp: Language, text: str,
                                                     expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # `entre X et Y` where the parser made Y the subject of the next verb
    ("Les négociations entre Israël et le Hamas ont repris au Caire.",
     [("talks", ["Israël", "Hamas"])]),
    # discussing with someone, or two parties discussing: talks
    ("Des émissaires dépêchés par le gouvernement ont pu discuter avec les rebelles du Nord.",
     [("talks", ["Des émissaires", "les rebelles du Nord"])]),
    ("Les grévistes et la direction de l'usine discutent sans parvenir à un accord.",
     [("talks", ["Les grévistes", "la direction de l'usine"])]),
    # exchanging with someone is a meeting, by telephone a call
    ("Paul Renaud a échangé mardi avec Olga Ivanova pendant deux heures.",
     [("meeting", ["Paul Renaud", "Olga Ivanova"])]),
    ("Paul Renaud a échangé par téléphone avec Olga Ivanova.",
     [("phone_call", ["Paul Renaud", "Olga Ivanova"])]),
    ("Le maire Jean Marchal a répondu, mardi après-midi, en impromptu de presse.",
     [("press_conference", ["Jean Marchal"])]),
])
def test_talks_exchanges_and_the_press(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a meeting was for is that meeting, not talks of their own
    ("Paul Renaud a rencontré lundi Olga Ivanova à Vienne pour discuter de la crise.",
     [("meeting", ["Paul Renaud", "Olga Ivanova"])]),
    # traded things, a discussion merely needed: no contact
    ("Les deux armées ont échangé des tirs à la frontière.", []),
    ("Il faut discuter du budget avec sérénité, a dit Jean Martin.", []),
])
def test_a_purpose_or_a_trade_is_no_contact(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # received at a seat of power with no host named: its office holder, as the article
    # names them, received the visitor
    ("Le président français Marc Delorme a salué la décision. Le chancelier Hans Vogel a "
     "été reçu jeudi à l'Élysée.", [("meeting", ["Marc Delorme", "Hans Vogel"])]),
    ("Le président américain Tom Carver a parlé lundi. Le président ukrainien Viktor Lysenko "
     "a été reçu mardi à la Maison Blanche.", [("meeting", ["Tom Carver", "Viktor Lysenko"])]),
    # nobody of that office in the article: no host is made up
    ("Le chancelier Hans Vogel a été reçu jeudi à l'Élysée.", []),
])
def test_a_seat_of_power_names_the_host_of_a_reception(nlp: Language, text: str,
                                                      expected: list) -> None:
    assert found(nlp, text) == expected


SITTING = ("Le conseil municipal de Brévannes a siégé lundi soir pour sa première séance de "
           "l'année. La salle était comble et le budget a occupé l'essentiel des débats. "
           "Le maire, Hervé Coulon, a défendu la hausse de la taxe foncière. « Nous n'avons "
           "pas le choix », a-t-il lancé. L'opposante Nadine Ferrat a dénoncé « un budget "
           "de renoncement ».")


def test_the_people_an_article_about_a_sitting_names_attended_it(nlp: Language) -> None:
    """An article opening on one sitting of a body names its people because they sat or
    spoke there: they are its attendees (the gold lists them), and the sitting goes after
    the article's other meetings."""
    (sitting,) = [ev for ev in nlp(SITTING)._.interactions if ev["type"] == "meeting"]
    assert sitting["participants"][0].startswith("conseil municipal") or \
        "séance" in sitting["trigger"]
    assert {"Hervé Coulon", "Nadine Ferrat"} <= set(sitting["participants"])


def test_a_person_named_only_in_what_someone_said_did_not_attend_the_sitting(
        nlp: Language) -> None:
    """The people a speaker names inside their words are spoken of, not there."""
    text = ("Le conseil municipal de Vernoux s'est réuni lundi soir. Les élus ont voté la "
            "hausse des tarifs de la cantine. Le maire, Paul Morel, a rappelé que le "
            "président Emmanuel Macron avait promis des aides aux communes.")
    (sitting,) = [ev for ev in nlp(text)._.interactions if ev["type"] == "meeting"]
    assert "Paul Morel" in sitting["participants"]
    assert "Emmanuel Macron" not in sitting["participants"]


def test_a_sitting_met_in_passing_draws_no_one_in(nlp: Language) -> None:
    text = ("La boulangerie de la place du marché a rouvert ses portes mardi après six mois de "
            "travaux. Les clients faisaient la queue dès sept heures. Le boulanger, Marc "
            "Vidal, a repris la recette de son grand-père. Sa cousine Léa Vidal tient la "
            "caisse. Le dossier du parking avait été évoqué lors du dernier conseil "
            "municipal.")
    meetings = [ev for ev in nlp(text)._.interactions if ev["type"] == "meeting"]
    assert all("Marc Vidal" not in ev["participants"] for ev in meetings)


def test_office_holders_gathered_are_a_body_sitting_with_its_named_members(
        nlp: Language) -> None:
    text = ("Les ministres de l'Agriculture de l'Union européenne se sont réunis lundi à "
            "Luxembourg. La ministre irlandaise Aoife Byrne a réclamé des aides pour les "
            "éleveurs, que l'économiste Paul Mercier juge « insuffisantes ».")
    (gathering,) = [ev for ev in nlp(text)._.interactions if ev["type"] == "meeting"]
    assert "Aoife Byrne" in gathering["participants"]
    assert "Paul Mercier" not in gathering["participants"]  # no office: not a member


@pytest.mark.parametrize("text, expected", [
    ("La proposition de loi arrive devant le Sénat, où les débats s'ouvrent mardi.",
     [("meeting", ["Sénat"])]),
    ("Le texte a été adopté après un débat qui a eu lieu à l'Assemblée nationale jeudi.",
     [("meeting", ["Assemblée nationale"])]),
    ("Un débat sur la pêche s'est tenu lundi à la commission des affaires économiques.",
     [("meeting", ["commission des affaires économiques"])]),
    # the debate is also the main verb's subject; the body hangs on the day before it
    ("Le débat qui a eu lieu au conseil municipal a porté sur la cantine.",
     [("meeting", ["conseil municipal"])]),
    ("Un débat s'est tenu jeudi au Sénat sur la fin de vie.", [("meeting", ["Sénat"])]),
])
def test_a_debate_held_at_a_body_is_a_sitting_of_it(nlp: Language, text: str,
                                                     expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Le débat sur l'âge de la retraite divise la majorité depuis des mois.",
    "Le débat télévisé entre les deux finalistes a eu lieu mercredi soir.",
    "Un débat a eu lieu jeudi à la médiathèque sur l'avenir du quartier.",
])
def test_a_debate_held_nowhere_a_body_sits_is_none(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []
