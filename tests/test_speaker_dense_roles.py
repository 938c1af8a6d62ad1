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
    ("Le chef de service, Luc Borel, a défendu le projet. Une sage-femme de la maternité, "
     "qui a requis l'anonymat, a raconté que les nuits étaient épuisantes. Cette soignante "
     "a ajouté que deux postes restaient vacants.", "deux postes restaient vacants",
     "sage-femme"),
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


def test_a_demonstrative_set_against_the_unnamed_source_is_somebody_else(annotate):
    """`Un X … Ce Y, lui, …`: the stressed pronoun contrasts the new source with the one
    just quoted (helper h41-review)."""
    quotes = annotate(
        "Un client de la banque a raconté que son compte avait été vidé. Ce gérant d'agence, "
        "lui, assure que « toutes les alertes ont fonctionné ».")
    assert "client" not in (find(quotes, "toutes les alertes ont fonctionné")["speaker"] or "")


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


@pytest.mark.parametrize("text, content, speaker", [
    ("Après douze ans à la tête du club, Michel Garnier a cédé mardi son fauteuil de "
     "président à Thomas Besson, élu la veille. Le nouveau président a promis « du "
     "travail ». « Je pars le cœur léger », a dit l'ancien président.",
     "Je pars le cœur léger", "Michel Garnier"),
    ("Le musée a présenté lundi son nouveau conservateur, Claude Morin, qui succède à "
     "Jacques Peyrol. Le nouveau venu a visité les réserves. « J'ai passé ici mes plus "
     "belles années », a confié l'ancien conservateur.",
     "J'ai passé ici mes plus belles années", "Jacques Peyrol"),
])
def test_a_former_holder_is_the_one_who_handed_the_office_over(annotate, text, content,
                                                              speaker):
    """`X a cédé son fauteuil de président à Y`, `Y, qui succède à X`: `l'ancien
    président` is X, not Y who holds the role now and is in focus."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_the_new_holder_keeps_the_role_after_a_handover(annotate):
    quotes = annotate(
        "Paul Rivière a transmis samedi son écharpe de maire à Hugo Lenoir. « Je serai le "
        "maire de tous », a promis le nouveau maire.")
    assert find(quotes, "Je serai le maire de tous")["speaker"] == "Hugo Lenoir"



@pytest.mark.parametrize("text, place", [
    ("Les collèges de Vaudrey et de Cossac auront un principal commun. L'actuel principal de "
     "Vaudrey, Marc Olier, prendra la tête des deux établissements.", "Vaudrey"),
    ("Le PDG de Norvalis, Éric Tardieu, a annoncé la fermeture du site.", "Norvalis"),
])
def test_a_name_completing_a_role_before_its_holder_is_no_person(nlp, text, place):
    """`L'actuel principal de Vaudrey, Marc Olier`: Vaudrey is what he runs (a town the
    model may tag as a person); tagged or not, it is no person of the article."""
    from spacy.tokens import Doc, Span

    from presswatch.lexicon import default_lexicon
    from presswatch.nlp.people import build_people
    doc = Doc.from_docs([nlp(text)], exclude=["user_data"])
    word = [t for t in doc if t.text == place][-1]  # (the one before the holder)
    doc.ents = [e for e in doc.ents if e.end <= word.i or e.start > word.i] + \
        [Span(doc, word.i, word.i + 1, label="PER")]  # the NER's reading, as seen in probes
    names = {p.full_name for p in build_people(doc, default_lexicon()).persons}
    assert place not in names and len(names) == 1


def test_a_name_with_a_first_name_elsewhere_stays_a_person(nlp):
    """The same frame with a person's surname (`l'avocat de Durand, Me Roux`) keeps Durand a
    person when the article names him in full."""
    from presswatch.lexicon import default_lexicon
    from presswatch.nlp.people import build_people
    doc = nlp("Paul Durand comparaissait mardi. L'avocat de Durand, Me Léa Roux, a plaidé "
              "la relaxe.")
    names = {p.full_name for p in build_people(doc, default_lexicon()).persons}
    assert "Paul Durand" in names



def test_a_place_cut_with_its_particle_and_its_headline_are_no_person(nlp):
    """The parse may cut `de Cazaril` as a particle name (`Le maire de Cazaril, X`) and a
    headline's `Urgences de Cazaril` as a person: both are the town, no person."""
    from spacy.tokens import Doc, Span

    from presswatch.lexicon import default_lexicon
    from presswatch.nlp.people import build_people
    doc = Doc.from_docs([nlp("Urgences de Cazaril : nuits fermées\n\nLe maire de Cazaril, "
                             "Paul Ferrand, a dénoncé un abandon.")], exclude=["user_data"])
    des = [t.i for t in doc if t.text == "de" and doc[t.i + 1].text == "Cazaril"]
    paul = next(t.i for t in doc if t.text == "Paul")
    doc.ents = [Span(doc, des[0] - 1, des[0] + 2, label="PER"),
                Span(doc, des[1], des[1] + 2, label="PER"),
                Span(doc, paul, paul + 2, label="PER")]  # the NER's reading, as seen in probes
    names = {p.full_name for p in build_people(doc, default_lexicon()).persons}
    assert names == {"Paul Ferrand"}
