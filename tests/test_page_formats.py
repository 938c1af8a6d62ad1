"""The page formats real news sites publish (issue 9, the format probe
`eval/probes-formats`): a quotation over several paragraphs, a quotation opening the
paragraph after a cue and a colon. Every text is our own; each layout is tried with one
and two line breaks between paragraphs."""

from __future__ import annotations

import pytest
from test_quotes import find

from presswatch.nlp.marks import find_segments


@pytest.mark.parametrize("mark", ["«", "»"])
def test_a_quotation_carried_over_paragraphs_is_one_segment(mark):
    text = (f"Le maire écrit :\n« Nous avons tout essayé pendant deux ans.\n{mark} Rien "
            "n'a changé, et les riverains sont à bout. »\nLa suite du texte.")
    (seg,) = find_segments(text)
    assert text[seg.start: seg.end] == (
        f"Nous avons tout essayé pendant deux ans.\n{mark} Rien n'a changé, et les "
        "riverains sont à bout.")


def test_a_paragraph_opening_with_a_mark_after_a_closed_quotation_is_its_own():
    text = "« Première phrase assez longue. »\n« Seconde phrase, tout aussi longue. »"
    assert len(find_segments(text)) == 2


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_cue_and_colon_ending_a_paragraph_take_the_quotation_over_paragraphs(annotate, sep):
    text = sep.join([
        "Le conseil municipal de Pradelles a voté la fermeture de l'école.",
        "Son directeur, Marc Olivier, a réagi :",
        "« Nous accueillons quarante enfants depuis trente ans. Personne ne nous a consultés.",
        "« Nous ferons appel de cette décision devant le tribunal administratif. »",
        "La préfecture n'a pas répondu."])
    q = find(annotate(text), (
        "Nous accueillons quarante enfants depuis trente ans. Personne ne nous a consultés."
        f"{sep}« Nous ferons appel de cette décision devant le tribunal administratif"))
    assert (q["type"], q["speaker"]) == ("direct", "Marc Olivier")
