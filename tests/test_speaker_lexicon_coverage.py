"""Speaker nouns of bodies, groups and documents (session 28, h38-bodies): rows a
systematic list of French collective sources, institutions, outlets and documents found
missing from `data/speaker_nouns.tsv`. A verb taking a noun phrase (`réclame la
réouverture de …`) reports speech only when its subject is a possible source, and a pronoun
(`Elle estime que …`) takes up only a noun of the lexicon: both need the row. Every
sentence is our own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    # a noun-phrase complement: what was asked for is reported only from a source
    ("La clinique réclame le recrutement de six infirmières avant l'hiver.",
     "le recrutement de six infirmières avant l'hiver", "la clinique"),
    ("La sous-préfecture exige la fermeture du camping pendant la crue.",
     "la fermeture du camping pendant la crue", "la sous-préfecture"),
    ("Le diocèse réclame l'annulation de la vente du presbytère aux enchères.",
     "l'annulation de la vente du presbytère aux enchères", "le diocèse"),
    ("L'intercommunalité réclame une aide de l'État pour la station d'épuration.",
     "une aide de l'État pour la station d'épuration", "L'intercommunalité"),
    ("Le festival demande le report des travaux sur la place du marché.",
     "le report des travaux sur la place du marché", "le festival"),
    ("La multinationale exige la révision du montant de l'amende infligée en juin.",
     "la révision du montant de l'amende infligée en juin", "la multinationale"),
    ("Le syndic réclame le paiement des charges impayées depuis janvier.",
     "le paiement des charges impayées depuis janvier", "le syndic"),
    ("La gazette réclame la fin du manque de places en crèche dans le canton.",
     "la fin du manque de places en crèche dans le canton", "la gazette"),
    ("L'autopsie a confirmé la thèse de la noyade accidentelle.",
     "la thèse de la noyade accidentelle", "L'autopsie"),
    ("Le mémorandum exige le retrait des blindés avant la fin du mois.",
     "le retrait des blindés avant la fin du mois", "le mémorandum"),
    ("La motion réclame la démission du bureau de l'association.",
     "la démission du bureau de l'association", "la motion"),
    ("Le fisc réclame le remboursement des aides perçues à tort par la société.",
     "le remboursement des aides perçues à tort par la société", "le fisc"),
    ("La diaspora réclame l'ouverture de bureaux de vote dans chaque consulat.",
     "l'ouverture de bureaux de vote dans chaque consulat", "la diaspora"),
    # a pronoun takes up the body named in the sentence before
    ("Le commissariat a été rénové l'an dernier. Il indique que la plainte a été "
     "enregistrée lundi.", "la plainte a été enregistrée lundi", "le commissariat"),
    ("La juridiction a été saisie du dossier en mars. Elle estime désormais que la "
     "piscine doit rouvrir.", "la piscine doit rouvrir", "la juridiction"),
    ("L'organisme a été saisi du dossier en mars. Il estime désormais que les aides "
     "doivent être versées.", "les aides doivent être versées", "L'organisme"),
    ("Les sondés ont été interrogés en ligne. Ils estiment que les loyers sont trop "
     "élevés.", "les loyers sont trop élevés", "les sondés"),
])
def test_a_newly_listed_body_or_document_is_a_source(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert same_speaker(q["speaker"], speaker), q["speaker"]
