"""Three constructions of real copy (issue 9, session 32, probe eval/probes-indirect-9): the
`qui` relative after what a speaker thanks or hails (what for: kept with the noun phrase),
an incise written without its comma at the end of a sentence, and `Comme le lui demandait
X, …` (the `le` before `lui` an object pronoun, not an article). Every sentence is our
own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("La directrice, Paule Berthier, a remercié les bénévoles du festival, qui ont monté la "
     "scène en une nuit.", "les bénévoles du festival, qui ont monté la scène en une nuit",
     "Paule Berthier"),
    ("Le maire a salué les agents de la voirie, qui ont déblayé les routes dès l'aube, puis "
     "il est reparti.", "les agents de la voirie, qui ont déblayé les routes dès l'aube",
     "le maire"),
])
def test_what_the_thanks_are_for_stays_with_the_thanked(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert same_speaker(q["speaker"], speaker)


def test_a_relative_after_another_noun_phrase_said_is_still_cut(annotate):
    q = find(annotate("La syndique a dénoncé les retards du chantier, qui durent depuis deux "
                      "ans."), "les retards du chantier")
    assert same_speaker(q["speaker"], "la syndique")


@pytest.mark.parametrize("text, content, speaker", [
    ("Les pêcheurs du port bloqueront la criée mardi a annoncé le comité local des pêches.",
     "Les pêcheurs du port bloqueront la criée mardi", "le comité local des pêches"),
    ("La piscine municipale rouvrira ses bassins en juin indique la mairie de Varennes.",
     "La piscine municipale rouvrira ses bassins en juin", "la mairie de Varennes"),
])
def test_an_incise_without_its_comma(annotate, text, content, speaker):
    quotes = annotate(text)
    q = find(quotes, content)
    assert same_speaker(q["speaker"], speaker)
    assert len(quotes) == 1


@pytest.mark.parametrize("text", [
    # a participle (`ayant conclu`) describes the noun before it: no incise
    "Le conseil a adopté un décret visant les entreprises ayant conclu des accords avec l'État.",
    # no clause before the verb: the verb's own subject and object
    "Le texte rappelle le préambule de la Constitution.",
    # a name with a verb inside is the main verb's subject
    "Le collectif La Place est libre a annoncé une nouvelle marche le 2 juin.",
])
def test_no_incise_without_a_finite_verb_after_a_clause(annotate, text):
    assert not any(q["speaker"] and any(w in q["speaker"] for w in (
        "accords", "préambule", "marche")) for q in annotate(text))
    assert not any(q["text"].startswith("Le collectif") for q in annotate(text))


@pytest.mark.parametrize("text, content, speaker", [
    ("Comme le lui demandait son entraîneur, le nageur a renoncé aux relais.",
     "le nageur a renoncé aux relais", "son entraîneur"),
    ("Comme le leur avait conseillé la préfecture, les randonneurs sont restés au refuge.",
     "les randonneurs sont restés au refuge", "la préfecture"),
])
def test_comme_with_le_lui_before_the_verb_is_an_incise(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert same_speaker(q["speaker"], speaker)


def test_comme_le_lui_after_a_comma_does_not_take_the_sentence(annotate):
    # (after a clause that may deny what was asked: left to the older reading)
    quotes = annotate("La gérante clame son innocence, mais elle n'a pas rendu les clés, "
                      "comme le lui demandait le bailleur.")
    q = find(quotes, "son innocence")
    assert same_speaker(q["speaker"], "la gérante")


def test_a_relative_in_the_future_after_the_thanked_is_not_what_for(annotate):
    """Second reader (session 32, h42-review): `qui recevront leur diplôme vendredi` is
    what is yet to come, the writer's news, not what the graduates are congratulated for."""
    quotes = annotate("La rectrice a félicité les bacheliers, qui recevront leur diplôme "
                      "vendredi au lycée.")
    q = find(quotes, "les bacheliers")
    assert "recevront" not in q["text"]
