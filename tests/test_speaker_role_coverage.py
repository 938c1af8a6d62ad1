"""Coverage of the role nouns of `speaker_nouns.tsv` (session 28, h38-roles): a list of
French nouns of offices, trades and situations written from general knowledge (justice and
police, army, health, trades, religion, culture, families, witnesses and victims) was
compared with the file and its gaps filled. A role noun heading an unnamed phrase is a
source only once it is in the lexicon: `Selon le douanier, …` and a pronoun taking up `le
consul` found no speaker before the rows. Sentences are our own."""

from __future__ import annotations

import pytest

CASES = [
    ("Selon le douanier, deux tonnes de tabac ont été saisies sur le port cette semaine.",
     "deux tonnes de tabac", "le douanier"),
    ("Selon la greffière, le dossier transmis au tribunal était incomplet.",
     "le dossier transmis", "la greffière"),
    ("Selon le sous-préfet, la route départementale restera fermée jusqu'à lundi.",
     "la route départementale", "le sous-préfet"),
    ("Selon la traductrice, la nouvelle édition corrige plus de deux cents erreurs.",
     "la nouvelle édition corrige", "la traductrice"),
    ("Selon la caissière, les clients du magasin sont de plus en plus pressés.",
     "les clients du magasin", "la caissière"),
    ("Selon le trésorier, les comptes de l'association sont revenus à l'équilibre.",
     "les comptes de l'association", "le trésorier"),
    ("Selon la nutritionniste, le sucre ajouté est présent dans presque tous ces produits.",
     "le sucre ajouté", "la nutritionniste"),
    ("Le consul a été reçu mardi au ministère. « Nos ressortissants sont en sécurité », "
     "a-t-il ajouté.", "Nos ressortissants sont en sécurité", "le consul"),
    ("La veuve a été reçue jeudi par le juge. « Je veux connaître toute la vérité », "
     "a-t-elle ajouté.", "Je veux connaître toute la vérité", "la veuve"),
    ("Le boucher a été interrogé sur le marché. « Le prix de la viande a doublé en un an », "
     "a-t-il ajouté.", "Le prix de la viande a doublé", "le boucher"),
    ("La handballeuse a été remplacée à la pause. « On a perdu notre calme en seconde "
     "période », a-t-elle ajouté.", "On a perdu notre calme", "la handballeuse"),
    ("Le lieutenant a été décoré vendredi. « Les hommes sont épuisés », a-t-il ajouté.",
     "Les hommes sont épuisés", "le lieutenant"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), CASES,
                         ids=[c[2].split()[-1].split("'")[-1] for c in CASES])
def test_an_unnamed_role_of_the_lexicon_is_the_source(annotate, text: str, quote: str,
                                                      speaker: str) -> None:
    found = [q for q in annotate(text) if q["text"].startswith(quote)]
    assert [(q["speaker"] or "").lower() for q in found] == [speaker.lower()], found


# Second reader (h39-review): a role row by rank, speciality, discipline or trade without
# its broader noun in role_synonyms.tsv made that noun a rival office: the person named with
# the rank lost the quote the press gives them by the broader noun.
TAKEN_UP = [
    ("Le lieutenant Paul Garrigues commandait la patrouille. « Nous avons été pris pour "
     "cible », a raconté l'officier.", "Nous avons été pris pour cible", "Paul Garrigues"),
    ("La gériatre Anne Collet travaille à l'hôpital de Rennes. « Les lits manquent », a "
     "alerté la médecin.", "Les lits manquent", "Anne Collet"),
    ("Le sergent Marc Dufour a été blessé au combat. « Je repartirai », a assuré le "
     "militaire.", "Je repartirai", "Marc Dufour"),
    ("Le boucher Paul Lenoir tient sa boutique depuis 30 ans. « Les prix ont flambé », a "
     "regretté le commerçant.", "Les prix ont flambé", "Paul Lenoir"),
    ("L'agronome Claire Dumas étudie les sols depuis vingt ans. « La terre s'épuise », a "
     "averti la chercheuse.", "La terre s'épuise", "Claire Dumas"),
    ("Le doyen de la faculté, Louis Marchand, a suspendu les cours. « La sécurité prime », "
     "a expliqué l'universitaire.", "La sécurité prime", "Louis Marchand"),
    ("L'amiral Pierre Lacaze a inspecté la flotte. « Nous sommes prêts », a assuré "
     "l'officier.", "Nous sommes prêts", "Pierre Lacaze"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), TAKEN_UP,
                         ids=[c[2].split()[-1] for c in TAKEN_UP])
def test_the_broader_noun_takes_up_the_person_named_with_the_rank(annotate, text: str,
                                                                 quote: str,
                                                                 speaker: str) -> None:
    found = [q for q in annotate(text) if q["text"].startswith(quote)]
    assert [q["speaker"] for q in found] == [speaker], found
