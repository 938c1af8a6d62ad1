"""How far a role phrase written before a name reaches: `à la` / `à l'` belong to it as
`au` and `aux` do, when the noun after them hangs on the role (`l'adjointe à la culture`),
so a later broader noun (`l'élue`) finds the person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, role", [
    ("L'adjointe à la culture, Marie Lebrun, a inauguré la salle.",
     "L'adjointe à la culture"),
    ("La ministre déléguée à l'Industrie, Claire Vasseur, a visité l'usine.",
     "La ministre déléguée à l'Industrie"),
    ("L'adjoint aux sports, Paul Morel, a inauguré le gymnase.", "L'adjoint aux sports"),
])
def test_a_role_keeps_its_complement_after_a_la(nlp, text, role):
    [person] = nlp(text)._.people
    assert person["roles"] == [role]


def test_a_deputy_for_culture_is_taken_up_as_the_elected_one(nlp):
    doc = nlp("L'adjointe à la culture, Marie Lebrun, a inauguré la salle. « Ce lieu "
              "manquait », a souligné l'élue.")
    assert [q["speaker"] for q in doc._.quotes] == ["Marie Lebrun"]


def test_a_la_after_a_verb_is_no_part_of_the_role(nlp):
    # `écrire à la ministre`: the minister is who was written to, and her role is hers
    doc = nlp("Le syndicat a écrit à la ministre, Claire Vasseur, pour dénoncer la réforme.")
    assert [p["roles"] for p in doc._.people] == [["la ministre"]]
