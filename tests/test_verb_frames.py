"""Verbs of saying in the frames of reported speech (issue 9, session 29): a matrix of
every verb of `data/reporting_verbs.tsv` in every frame it takes (tenses, incises,
colon, relative, gerund, participle, modal, negation, pronoun subjects), generated out
of the repo, gave these causes of a lost quote; each sentence here is our own and
fails without its rule (`nlp/verb_forms.py` and the lines that ask it)."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker

DIRECT = "Nous tiendrons jusqu'au bout"


@pytest.mark.parametrize("text, content, speaker", [
    # the simple past the morphologizer reads as a participle of the name before it
    ("La préfète Hélène Vautrin réitéra que les routes resteraient fermées jusqu'à lundi.",
     "les routes resteraient fermées jusqu'à lundi", "Hélène Vautrin"),
    # a verb glued to the name before it (`flat:name`), here in the simple past
    ("Mathilde Carrère narra que le village avait été évacué en une heure.",
     "le village avait été évacué en une heure", "Mathilde Carrère"),
    # a present participle before `que` read as a noun, after `en` and after a comma
    ("Bastien Royer a clos le débat en argumentant que la cantine resterait gratuite.",
     "la cantine resterait gratuite", "Bastien Royer"),
    ("Lucie Andrieu a clos la réunion en énonçant que les tarifs baisseraient.",
     "les tarifs baisseraient", "Lucie Andrieu"),
    # the past participle of a verb in -dre, read as an adverb
    ("Thierry Gasnier a sous-entendu que le club changerait d'entraîneur.",
     "le club changerait d'entraîneur", "Thierry Gasnier"),
    # a participle the parser made the object of its own auxiliary
    ("Marc Aubry dirige la fédération depuis mars. Il a tweeté que le match serait rejoué.",
     "le match serait rejoué", "Marc Aubry"),
    # a multi-word expression whose verb the parser hung on the word after it
    ("Odile Ferrand a tenu à faire remarquer que les travaux avaient pris un an de retard.",
     "les travaux avaient pris un an de retard", "Odile Ferrand"),
    # an infinitive before `que` read as a noun after its modal
    ("Yann Kerbrat a voulu hurler que le stade serait plein samedi.",
     "le stade serait plein samedi", "Yann Kerbrat"),
    # a multi-word expression whose verb the lemmatizer left as it stands (`laisse`)
    ("Irène Chabert laisse entendre que la piscine rouvrira cet hiver.",
     "la piscine rouvrira cet hiver", "Irène Chabert"),
])
def test_que_clause_in_a_frame_the_parse_breaks(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"
    assert same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text, speaker", [
    # a past participle after an inverted auxiliary, read as a noun
    ("Gaëlle Morvan préside le club depuis 2019. « " + DIRECT + " », a-t-elle bredouillé.",
     "Gaëlle Morvan"),
    # an inverted subject between an expression's verb and the rest of it
    ("Rémi Lachaud dirige la coopérative. « " + DIRECT + " », fait-il remarquer.",
     "Rémi Lachaud"),
    ("Rémi Lachaud dirige la coopérative. « " + DIRECT + " », met-il en garde.",
     "Rémi Lachaud"),
    # an expression whose participle the tagger read as a noun, found by its guessed lemma
    ("Le demi de mêlée a botté en touche : « " + DIRECT + ". »", "Le demi de mêlée"),
    # a stem whose last vowel the present writes è (`grommeler` → `grommèle`)
    ("Rémi Lachaud dirige la coopérative. « " + DIRECT + " », grommèle-t-il.",
     "Rémi Lachaud"),
    # a reflexive between the quotation's comma and the incise's verb
    ("« " + DIRECT + " », s'inquiète Inès Boudjema.", "Inès Boudjema"),
    # the reflexive before an inverted auxiliary
    ("Gaëlle Morvan préside le club depuis 2019. « " + DIRECT + " », s'est-elle enflammée.",
     "Gaëlle Morvan"),
    # a verb the tagger read as an adjective before a colon and a quotation: its subject
    ("Le maire de Saint-Brieuc critique : « " + DIRECT + ". »", "Le maire de Saint-Brieuc"),
    # a verb glued to the name before a colon and a quotation
    ("Mathilde Carrère analyse : « " + DIRECT + ". »", "Mathilde Carrère"),
])
def test_direct_quote_in_a_frame_the_parse_breaks(annotate, text, speaker):
    quotes = [q for q in annotate(text) if q["text"].startswith(DIRECT)]
    assert len(quotes) == 1, quotes
    assert quotes[0]["cue"] is not None
    assert same_speaker(quotes[0]["speaker"], speaker)


def test_singular_in_ient_is_a_verb_in_enir(annotate):
    """`convient` with a singular subject is `convenir` (an agreement), not `convier`."""
    q = find(annotate("Le directeur du lycée convient que les horaires étaient trop "
                      "chargés."), "les horaires étaient trop chargés")
    assert q["cue_lemma"] == "convenir"
    assert q["act"] == "agreement"


def test_negated_expression_reports_nothing(annotate):
    """`n'a pas fait remarquer que …`: the negation on the expression's second word."""
    quotes = annotate("La directrice n'a pas fait observer que le budget était en baisse.")
    assert not any(q["text"] == "le budget était en baisse" for q in quotes)


def test_incise_after_a_clause_with_its_own_report(annotate):
    """`X pense qu'un accord « reste possible », a-t-il affirmé`: the incise's pronoun takes
    up X, whose clause already reports the words; the clause as a whole is no second quote
    (the participle after `a-t-il` is read as a verb since this session, which made it a
    new false alarm for `a-t-il tweeté`)."""
    quotes = annotate("Côté syndical, le délégué de l'usine, Hervé Lannuzel, pense qu'un "
                      "compromis « reste possible », a-t-il affirmé.")
    assert [q["text"] for q in quotes] == ["un compromis « reste possible »"]
    assert same_speaker(quotes[0]["speaker"], "Hervé Lannuzel")


def test_incise_after_a_clause_whose_subject_it_cannot_take_up(annotate):
    """`La préfecture assure que …, a-t-il indiqué`: `il` is not the prefecture (gender), so
    he reports the prefecture's words, a quote at the outer level too (GUIDELINE: nested
    reports at both levels). Second reader (h40-review)."""
    quotes = annotate("Le maire de Lyon, Paul Roux, s'est exprimé lundi. La préfecture "
                      "assure que le pont « rouvrira en mai », a-t-il indiqué.")
    outer = find(quotes, "La préfecture assure que le pont « rouvrira en mai »")
    assert same_speaker(outer["speaker"], "Paul Roux")
    assert find(quotes, "le pont « rouvrira en mai »")["speaker"] == "la préfecture"
