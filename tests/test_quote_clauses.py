"""Which clause a quotation belongs to: quoted fragments spread over a reported clause, and
the constructions that report words without a `que`. Every sentence is our own; each
construction is tried with more than one wording."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, content, speaker", [
    ("Le ministre a « renouvelé sa confiance » au préfet, en poste depuis 2020, « et lui a "
     "demandé de rester », a indiqué la mairie.",
     "Le ministre a « renouvelé sa confiance » au préfet, en poste depuis 2020, « et lui a "
     "demandé de rester »", "la mairie"),
    ("Les écoles resteront « fermées jusqu'à nouvel ordre » et les examens seront « reportés "
     "à l'automne », précise le rectorat.",
     "Les écoles resteront « fermées jusqu'à nouvel ordre » et les examens seront « reportés "
     "à l'automne »", "le rectorat"),
])
def test_a_clause_with_several_quoted_fragments_before_an_incise_is_one_mixed_quote(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("mixed", speaker)


def test_two_quotations_side_by_side_before_an_incise_stay_apart(annotate):
    quotes = annotate("Le bilan « est lourd », « nous devons reconstruire », a ajouté le maire.")
    assert find(quotes, "nous devons reconstruire")["type"] == "direct"


def test_two_quotations_with_two_incises_keep_their_own_cues(annotate):
    quotes = annotate("« Nous irons », a-t-il dit, « sans attendre », a-t-il ajouté.")
    assert find(quotes, "Nous irons")["type"] == "direct"
    assert find(quotes, "sans attendre")["type"] == "direct"
