"""A body that speaks `par la voix de` someone (`nlp/speaker_voices.py`): the person the
aside names is the speaker; with a role alone in the aside the body stays. Sentences are
our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, quotation, speaker", [
    ("L'association des riverains, par la voix de sa présidente Odile Fresnel, a dénoncé "
     "un chantier mené sans concertation.",
     "un chantier mené sans concertation", "Odile Fresnel"),
    ("Le syndicat a répondu par la voix de son secrétaire général, Karim Dufay, que la "
     "grève continuerait lundi.",
     "la grève continuerait lundi", "Karim Dufay"),
    ("Le club, par l'intermédiaire de Me Hugo Valette, a fait savoir qu'il contesterait "
     "la suspension de son gardien.",
     "il contesterait la suspension de son gardien", "Hugo Valette"),
])
def test_the_person_named_in_the_aside_speaks(annotate, text, quotation, speaker):
    """The words came from the person the aside names: they are the speaker, not the
    body the parse makes the verb's subject."""
    assert find(annotate(text), quotation)["speaker"] == speaker


@pytest.mark.parametrize("text, quotation, speaker", [
    ("L'ancien adjoint a annoncé lundi par la voix de son avocat qu'il ferait appel du "
     "jugement.",
     "il ferait appel du jugement", "L'ancien adjoint"),
    ("Les commerçants, par la voix de leur fédération, ont réclamé un report des travaux.",
     "un report des travaux", "les commerçants"),
    ("La mairesse a affirmé qu'elle répondrait par la voix de Paul Garnier lors du conseil.",
     "elle répondrait par la voix de Paul Garnier lors du conseil", "La mairesse"),
])
def test_a_role_alone_or_an_aside_inside_the_content_leaves_the_subject(
        annotate, text, quotation, speaker):
    """No name in the aside (a role, a body), or the aside inside what was said: the
    subject stays the speaker."""
    assert find(annotate(text), quotation)["speaker"].lower() == speaker.lower()
