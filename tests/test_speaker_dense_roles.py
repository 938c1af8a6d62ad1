"""Speakers in dense articles where several people hold roles (probe speakers-10, session
31, helper h41-spk): a demonstrative taking up an unnamed source introduced by `un`, an
aside in the subject after a noun's complement. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, content, expected", [
    ("Le maire, Paul Verdier, a inauguré la halle samedi. Une habitante du quartier a "
     "affirmé que le marché manquait depuis dix ans. « On revit enfin », a ajouté cette "
     "retraitée.", "On revit enfin", "habitante"),
    ("La directrice, Anne Roussel, a présenté le projet. Un infirmier de nuit a confié que "
     "les effectifs étaient trop justes. Ce soignant a ajouté que deux lits restaient "
     "fermés.", "deux lits restaient fermés", "infirmier"),
])
def test_a_demonstrative_takes_up_the_unnamed_source_just_quoted(annotate, text, content,
                                                                 expected):
    """`Un X … ce Y`: the demonstrative with another noun is the source introduced by the
    indefinite just before, not the named person who may hold that noun."""
    speaker = find(annotate(text), content)["speaker"]
    assert speaker and expected in speaker


def test_a_demonstrative_after_someone_named_since_is_not_the_unnamed_source(annotate):
    quotes = annotate(
        "Un voisin a raconté que le feu avait pris vers minuit. Le pompier Marc Aubin est "
        "arrivé le premier. « Tout le rez-de-chaussée brûlait », a dit ce sapeur.")
    assert "voisin" not in (find(quotes, "Tout le rez-de-chaussée brûlait")["speaker"] or "")


@pytest.mark.parametrize("text, content, expected", [
    ("Une aide-soignante de l'unité, qui a requis l'anonymat, a raconté que les nuits "
     "étaient « interminables ».", "les nuits étaient « interminables »", "aide-soignante"),
    ("Le responsable aux achats, qui a quitté l'entreprise en mai, a affirmé que les "
     "factures étaient « gonflées ».", "les factures étaient « gonflées »", "responsable"),
])
def test_an_aside_after_a_complement_is_about_the_head_noun(annotate, text, content,
                                                             expected):
    """`Une aide-soignante de l'unité, qui …, a raconté`: the parse may make `qui` the
    subject; it stands for the person noun, not for its complement (`l'unité`)."""
    speaker = find(annotate(text), content)["speaker"]
    assert speaker and expected in speaker
