"""Specification of sittings and hearings, on French sentences written for these tests: a
council or a body named as one of its sittings, a plenary or a session (not a body acting,
not a sitting of no body), a body named whole that holds its session, a working session, a
debate or a speech before a body that sits; hearings by a parliamentary body; a group's
own meeting told beside its verb or finished; and the people an article about a sitting
names as its attendees."""

from __future__ import annotations

import pytest
from interactions_found import found
from spacy.language import Language


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


@pytest.mark.parametrize("text, expected", [
    # a borough, city or county council framed as one of its sittings (who spoke there
    # attended it)
    ("Une habitante a pris la parole lors du conseil d'arrondissement de lundi.",
     [("meeting", ["Une habitante", "conseil d'arrondissement"])]),
    ("Le dossier du tramway sera débattu lors du prochain conseil de ville.",
     [("meeting", ["conseil de ville"])]),
    # a sitting held at a body, or by the body its possessive names
    ("Vernex : séance agitée au Conseil", [("meeting", ["Conseil"])]),
    ("Le Parlement européen a voté la résolution lors de sa session plénière à Strasbourg.",
     [("meeting", ["Parlement européen"])]),
])
def test_a_sitting_of_a_local_council_or_a_body_is_a_meeting(nlp: Language, text: str,
                                                             expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a sitting somewhere that is no body, a person's own `séance`
    "La séance à Genève a duré deux heures.",
    "Le ministre a défendu son projet lors de sa séance de questions.",
])
def test_a_sitting_of_no_body_is_none(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a newsroom or a party's bureau meeting among itself is a meeting of that body
    ("La rédaction du magazine se réunira jeudi pour voter la grève.",
     [("meeting", ["La rédaction du magazine"])]),
    ("Le bureau politique du mouvement s'est réuni lundi soir à Bamako.",
     [("meeting", ["Le bureau politique du mouvement"])]),
])
def test_bodies_of_one_sitting_are_parties(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a working session is a meeting of the parties named, not a body's sitting
    ("La ministre de la Santé a eu mardi une séance de travail avec les syndicats de "
     "médecins.", [("meeting", ["La ministre de la Santé", "les syndicats de médecins"])]),
    ("Le gouverneur a tenu une séance de travail avec les chefs de service de la province.",
     [("meeting", ["Le gouverneur", "les chefs de service de la province"])]),
])
def test_a_working_session_is_a_meeting_of_its_parties(nlp: Language, text: str,
                                                       expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # heard by a committee: a passive with its agent, a date between them
    ("Anne Martin a été auditionnée mercredi par la commission des finances du Sénat.",
     [("meeting", ["Anne Martin", "la commission des finances du Sénat"])]),
    # a pronoun heard, its antecedent the party
    ("Le patron du groupe, Paul Durand, a quitté ses fonctions en mars. Il était interrogé "
     "jeudi par la commission des affaires sociales.",
     [("meeting", ["Paul Durand", "la commission des affaires sociales"])]),
    # testified before a committee
    ("Paul Durand a témoigné jeudi devant la commission d'enquête du Sénat.",
     [("meeting", ["Paul Durand", "la commission d'enquête du Sénat"])]),
    # a hearing noun: the clause's subject was heard
    ("Lors de son audition devant la commission des lois, le ministre Jean Petit a défendu "
     "la réforme.", [("meeting", ["Jean Petit", "la commission des lois"])]),
])
def test_a_hearing_by_a_parliamentary_body_is_a_meeting_with_it(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # questioned by the police or the press: no body that holds hearings
    "Le suspect Paul Durand a été entendu par les enquêteurs mardi.",
    # a bare `en commission`: no body one can name
    "Paul Durand a témoigné pendant trois heures en commission parlementaire.",
])
def test_no_hearing_without_a_named_body_that_heard(nlp: Language, text: str) -> None:
    assert [ev for ev in found(nlp, text) if ev[0] == "meeting"] == []


@pytest.mark.parametrize("text, expected", [
    # `lors de` hung on an adverb (`plus tôt`) before the group's verb
    ("Quelques heures plus tôt, lors de la réunion de groupe hebdomadaire, les sénateurs "
     "pressentaient cette décision.", [("meeting", ["les sénateurs"])]),
    ("Lors de leur réunion mensuelle, les maires du département ont voté une motion.",
     [("meeting", ["les maires du département"])]),
    # after the verb
    ("Les ministres européens ont adopté la proposition lors d'une réunion à Bruxelles.",
     [("meeting", ["Les ministres européens"])]),
])
def test_a_group_s_meeting_told_beside_its_verb_is_that_group_s(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # one person at a meeting: whom he met is not told
    "Le ministre Jean Petit a présenté le projet lors d'une réunion.",
    # a crowd, not a body's members
    "Les manifestants ont critiqué le projet lors d'une réunion publique.",
])
def test_no_group_meeting_of_one_person_or_of_a_crowd(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # `lors de la plénière`: the one who spoke there sat at the plenary, its body unnamed
    ("La ministre de la Santé, Anne Martin, a défendu mardi son budget lors de la plénière "
     "consacrée au projet de loi.", [("meeting", ["Anne Martin"])]),
    ("Le ministre Paul Durand s'est exprimé lors d'une séance plénière consacrée à la "
     "réforme.", [("meeting", ["Paul Durand"])]),
    # unchanged: a sitting of a body named
    ("Le ministre Paul Durand s'est exprimé lors de la séance du conseil municipal.",
     [("meeting", ["Paul Durand", "conseil municipal"])]),
])
def test_who_spoke_at_a_plenary_sat_there(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_bare_sitting_is_still_no_meeting(nlp: Language) -> None:
    assert found(nlp, "Le ministre Paul Durand s'est exprimé lors de la séance.") == []


@pytest.mark.parametrize("text, expected", [
    # a speech before a body that sits is a sitting of it with the speaker
    ("La ministre Anne Martin a pris la parole mardi devant le Sénat pour défendre la "
     "réforme.", [("meeting", ["Anne Martin", "Sénat"])]),
    ("Le maire Paul Durand s'est exprimé devant le conseil municipal lundi soir.",
     [("meeting", ["Paul Durand", "le conseil municipal"])]),
    # before an audience that is no body, nothing
    ("Le président Paul Durand a prononcé un discours devant les étudiants de Lille.", []),
])
def test_a_speech_before_a_sitting_body_is_a_sitting_of_it(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_group_finishing_its_own_meeting_held_it(nlp: Language) -> None:
    text = "Les ministres de l'Agriculture de l'UE ont achevé leur réunion à Luxembourg."
    assert found(nlp, text) == [("meeting", ["Les ministres de l'Agriculture de l'UE"])]
