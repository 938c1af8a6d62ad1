"""What a speaker called something, in quotation marks after a verb of naming or judging:
`a décrit le joueur comme « un talent rare »`, `l'a jugée « inacceptable »`, `la présente
comme « une alliée »`. The words in the marks were said; the object said after the verb is
part of the content, an object pronoun before it is not. The tagger often reads `le`/`la`
+ the verb as an article and a noun (`le décrit`, `la présente`): the verb is read anyway
after the noun phrase that opens the sentence. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, content, speaker", [
    ("La directrice a décrit le stagiaire comme « un élément brillant ».",
     "le stagiaire comme « un élément brillant »", "la directrice"),
    ("Le sénateur a présenté la réforme comme « indispensable ».",
     "la réforme comme « indispensable »", "le sénateur"),
    ("Le maire l'a décrit comme « un homme de parole ».", "un homme de parole", "le maire"),
])
def test_what_a_naming_verb_called_its_object_is_said(annotate, text, content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Son ancien professeur, Marc Lavigne, le décrit comme « un esprit libre ».",
     "un esprit libre", "Marc Lavigne"),
    ("La ministre la présente comme « une partenaire fiable ».", "une partenaire fiable",
     "la ministre"),
    # (`qualifier de` keeps its `de`, as test_quote_cues has it after `l'a qualifiée`)
    ("Le syndicat le qualifie de « provocateur ».", "de « provocateur »", "le syndicat"),
    ("Le maire la juge « inacceptable ».", "inacceptable", "le maire"),
])
def test_a_verb_read_as_a_noun_after_its_object_pronoun_still_names(annotate, text, content,
                                                                    speaker):
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_quoted_attribute_of_an_object_pronoun_is_what_was_judged(annotate):
    assert find(annotate("La préfète l'a jugée « disproportionnée »."),
                "disproportionnée")["type"] == "direct"


@pytest.mark.parametrize("text", [
    "Le ministre a présenté la réforme comme une priorité.",
    "Le maire l'a jugée mardi lors du conseil municipal.",
    "Le ministre, la présente loi à la main, est entré dans l'hémicycle.",
])
def test_no_quotation_marks_no_quoted_attribute(annotate, text):
    assert not any("«" in q["text"] or q["cue"] in {"présente", "jugée"}
                   for q in annotate(text))
