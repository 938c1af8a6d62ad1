"""Words quoted inside the narration's own sentence, with no verb of saying before them,
belong to the speaker the same sentence reports (issue 9: short quoted words attributed by
a verb nearby); a quoted label after a noun, or a short thing named after a determiner, is
nobody's words. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, fragment, speaker", [
    # a participle clause of the incise
    ("« La digue a cédé en pleine nuit », raconte Paul Morel, après avoir « entendu un "
     "grondement terrible ».", "entendu un grondement terrible", "Paul Morel"),
    # a quoted apposition on the subject of a verb of saying
    ("La maire, « profondément choquée », dit vouloir porter plainte.",
     "profondément choquée", "la maire"),
    # a relative on the speaker
    ("« Rien n'est joué », a estimé Anne Roux, qui voit là « un signal encourageant pour "
     "la suite ».", "un signal encourageant pour la suite", "Anne Roux"),
])
def test_words_quoted_in_a_speaker_s_sentence_are_theirs(annotate, text, fragment, speaker):
    q = find(annotate(text), fragment)
    assert (q["type"], q["speaker"]) == ("direct", speaker)


@pytest.mark.parametrize("text, label", [
    ("« Nous irons jusqu'au bout », dit Paul Morel, une pancarte « non à la fermeture » à "
     "la main.", "non à la fermeture"),
    ("« C'est une colère juste », dit Léa, qui portait un « bonnet rouge ».", "bonnet rouge"),
])
def test_a_quoted_label_or_thing_named_is_nobody_s_words(annotate, text, label):
    assert all(q["text"] != label for q in annotate(text))


def test_a_role_named_in_quoted_words_stays_in_view_for_ce_dernier(annotate):
    quotes = annotate("« Le festival n'aura pas lieu », écrivent les organisateurs, après avoir "
                      "« pris acte des annonces du préfet ». Ce dernier avait indiqué que les "
                      "rassemblements restaient interdits.")
    assert find(quotes, "les rassemblements restaient interdits")["speaker"] == "le préfet"
