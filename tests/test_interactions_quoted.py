"""Specification of interactions told inside quotations or by their speakers, on French
sentences written for these tests: a speaker's `je` and `nous` (`je me suis entretenu`,
`on se réunit`) are the speaker, a pronoun inside a speaker's quotation is the role it
spoke of, one in a reported clause is still the speaker, and a press conference whose parse
lost its subject is held by the speaker of the cue in its sentence."""

from __future__ import annotations

import pytest
from interactions_found import found
from spacy.language import Language


def test_a_pronoun_in_a_speakers_own_quotation_is_not_that_speaker(nlp: Language) -> None:
    # the speaker says `je` of himself: `il` is the role his quotation spoke of
    text = ("« Le président de la République ne s'arrête jamais », a insisté le ministre Paul "
            "Renaud. « Hier soir, il recevait les maires de France. »")
    assert found(nlp, text) == [("meeting", ["président de la République",
                                             "les maires de France"])]


def test_a_pronoun_in_a_reported_clause_is_still_its_speaker(nlp: Language) -> None:
    text = "Le ministre Paul Renaud a affirmé qu'il rencontrerait Olaf Berger jeudi."
    assert found(nlp, text) == [("meeting", ["Paul Renaud", "Olaf Berger"])]


def test_a_press_conference_whose_parse_lost_its_subject_is_the_cue_s_speaker(
        nlp: Language) -> None:
    # `entraîneur-chef` cut the sentence in two: the one who said it there held it
    text = ("Paul Durand entraîne le Canadien de Montréal. Et si je dois porter un masque, je "
            "le porterai. C’est ce qu’a déclaré l’entraîneur-chef du Canadien lors d’une "
            "téléconférence jeudi, la dernière organisée par l’équipe avant la reprise.")
    assert found(nlp, text) == [("press_conference", ["Paul Durand"])]


@pytest.mark.parametrize("text, expected", [
    # a speaker's own reflexive, first person, inside the quote
    ("« Je me suis entretenu ce matin avec Claire Vasseur », a confié le maire de Lille, "
     "Hugo Lambert.", [("meeting", ["Claire Vasseur", "Hugo Lambert"])]),
    # and the quote's closing mark is no part of the party it ends on
    ("« Je me suis entretenu hier avec le Premier ministre », a confié le maire de Lille, "
     "Hugo Lambert.", [("meeting", ["le Premier ministre", "Hugo Lambert"])]),
])
def test_a_meeting_told_by_its_speaker_in_the_first_person_is_found(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted speaker's side meeting among itself, the cue sentences away
    ("Les syndicats préparent la rentrée. « Il y aura des annonces en mars. Ensuite, on se "
     "réunit et on décide. Rien n'est exclu », a précisé Marc Leroy.",
     [("meeting", ["Marc Leroy"])]),
    ("« Nous nous sommes réunis hier soir pour préparer la riposte », a déclaré Marc Leroy.",
     [("meeting", ["Marc Leroy"])]),
    # `on` receiving visitors is no meeting of the speaker's
    ("« On a reçu deux mille visiteurs par jour », s'est félicité l'organisateur Paul "
     "Durand.", []),
])
def test_a_quoted_we_gathering_is_the_speakers_meeting(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected
