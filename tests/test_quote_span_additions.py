"""Where a content stops when the writer adds words after it (issue 9, spans that run on):
a circumstance, a comment, a consequence, background on a place or person, a contrast in
the narrator's present; and what stays inside: a part of the noun phrase, the speaker's
reason or shifted contrast, a participle on a common noun after `que`. Every sentence is our own
(`presswatch.nlp.content_additions`)."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, content", [
    ("L'association a réclamé la réouverture du gymnase, après trois mois de fermeture.",
     "la réouverture du gymnase"),
    ("Le club a confirmé le départ de son capitaine, après douze saisons sous le maillot.",
     "le départ de son capitaine"),
    ("Le parti a revendiqué la victoire, avant même la fin du dépouillement.",
     "la victoire"),
    ("La direction a annoncé un plan d'économies, sur fond de baisse des ventes.",
     "un plan d'économies"),
    ("Le gouvernement a promis une enveloppe de 30 millions, soit le triple de l'an passé.",
     "une enveloppe de 30 millions"),
    ("Le maire a annoncé la fermeture de la piscine municipale, faute de maîtres-nageurs.",
     "la fermeture de la piscine municipale"),
    ("La candidate a promis une baisse des impôts locaux, à trois mois du scrutin.",
     "une baisse des impôts locaux"),
])
def test_a_circumstance_after_a_noun_phrase_said_is_the_writers(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le président du club a assuré que l'équipe se maintiendrait, après une heure de "
     "réunion avec les joueurs.", "l'équipe se maintiendrait"),
    ("La mairie a indiqué que 40 logements seraient construits, soit deux fois plus "
     "qu'en 2020.", "40 logements seraient construits"),
    ("Le ministre a affirmé que les aides seraient versées, en référence au plan voté "
     "en juin.", "les aides seraient versées"),
    ("La préfète a dit que les contrôles seraient renforcés, sur fond de tensions "
     "entre pêcheurs.", "les contrôles seraient renforcés"),
])
def test_a_circumstance_after_a_que_clause_is_the_writers(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le maire a affirmé que la route serait rouverte, après deux mois de travaux.",
     "la route serait rouverte, après deux mois de travaux"),
    ("Le médecin a expliqué que le service fermerait, faute de personnel.",
     "le service fermerait, faute de personnel"),
    ("Le procureur a requis huit ans de prison, dont cinq avec sursis.",
     "huit ans de prison, dont cinq avec sursis"),
])
def test_the_speakers_own_time_reason_or_part_stays(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le ministre a promis une hausse du budget de la culture, une décision saluée par "
     "les artistes.", "une hausse du budget de la culture"),
    ("La direction a annoncé l'ouverture d'un site à Brive, un projet attendu depuis des "
     "années.", "l'ouverture d'un site à Brive"),
    ("La présidente a indiqué que le festival serait gratuit, une première pour la ville.",
     "le festival serait gratuit"),
    ("Le recteur a annoncé que le lycée ouvrirait en 2029, un calendrier jugé serré par "
     "les parents.", "le lycée ouvrirait en 2029"),
])
def test_a_comment_in_apposition_is_the_writers(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("La société Norvia a annoncé la vente de son usine de Thiers, provoquant la colère "
     "des élus.", "la vente de son usine de Thiers"),
    ("Le groupe a officialisé la fermeture de deux agences, mettant fin à trente ans de "
     "présence en ville.", "la fermeture de deux agences"),
])
def test_a_consequence_in_a_participle_after_a_noun_phrase_is_the_writers(annotate, text,
                                                                          content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le ministre a estimé que son pays soutenait la Moldavie, envahie en partie par des "
     "milices.", "son pays soutenait la Moldavie"),
    ("Le procureur a requis six ans de prison contre Damien Roux, 42 ans, ancien "
     "trésorier du club.", "six ans de prison contre Damien Roux"),
])
def test_background_on_a_place_a_person_or_the_last_noun_is_the_writers(annotate, text,
                                                                        content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le club a annoncé le forfait de son gardien, touché au genou.",
     "le forfait de son gardien, touché au genou"),
    ("La société a confirmé avoir racheté la brasserie Morvan, installée à Brest depuis 1890.",
     "avoir racheté la brasserie Morvan, installée à Brest depuis 1890"),
    ("Le chercheur a affirmé que l'espèce pouvait voler, alors que les oiseaux ont "
     "longtemps été considérés comme ses seuls cousins.",
     "l'espèce pouvait voler, alors que les oiseaux ont longtemps été considérés comme ses "
     "seuls cousins"),
])
def test_a_participle_said_with_the_noun_phrase_or_a_passive_after_alors_que_stays(
        annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


def test_a_participle_on_a_common_noun_after_que_stays(annotate):
    text = "Le directeur a assuré que ce report n'aurait aucune conséquence sur le projet, " \
        "conçu pour durer dix ans."
    find(annotate(text), "ce report n'aurait aucune conséquence sur le projet, conçu pour durer "
         "dix ans")


@pytest.mark.parametrize("text, content", [
    ("La ministre a affirmé que la maternité resterait ouverte, alors que l'agence "
     "régionale prévoit sa fermeture.", "la maternité resterait ouverte"),
    ("Le maire a assuré que la digue serait renforcée, alors que les riverains "
     "attendent depuis deux ans.", "la digue serait renforcée"),
])
def test_a_contrast_in_the_narrators_present_ends_a_shifted_que_clause(annotate, text,
                                                                      content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le syndicat a affirmé que la direction mentait, alors qu'elle avait reçu des aides "
     "publiques.", "la direction mentait, alors qu'elle avait reçu des aides publiques"),
    ("La ministre a dit que le pays progresse, alors que ses voisins stagnent.",
     "le pays progresse, alors que ses voisins stagnent"),
])
def test_a_contrast_the_speaker_draws_stays(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


def test_a_reason_after_a_que_clause_is_the_speakers(annotate):
    text = "Le directeur de l'agence de l'eau, Paul Roche, a estimé que les restrictions " \
        "devaient être prolongées, parce que trop de nappes n'étaient pas encore remontées."
    find(annotate(text), "les restrictions devaient être prolongées, parce que trop de nappes "
         "n'étaient pas encore remontées")


@pytest.mark.parametrize("text, content, second", [
    ("Son président, Marc Tissot, a évoqué la baisse des commandes en dénonçant une "
     "« politique absurde ».", "la baisse des commandes", "une « politique absurde »"),
    ("Le porte-parole du syndicat, Luc Abadie, a évoqué la fatigue des équipes en rappelant "
     "que trois postes restaient vacants.", "la fatigue des équipes",
     "trois postes restaient vacants"),
])
def test_a_gerund_of_saying_after_a_noun_phrase_is_the_speakers_next_act(annotate, text,
                                                                         content, second):
    quotes = annotate(text)
    find(quotes, content)
    find(quotes, second)


def test_another_subjects_report_after_et_and_an_adverb_ends_the_clause(annotate):
    quotes = annotate("Le maire a affirmé que la taxe baisserait, et le préfet a aussitôt "
                      "rappelé que le budget était contraint.")
    find(quotes, "la taxe baisserait")
    find(quotes, "le budget était contraint")


def test_background_on_a_place_the_tagger_does_not_know_is_the_writers(annotate):
    find(annotate("La ministre a assuré que son pays restait proche de la Valdonie, frappée "
                  "l'an dernier par un séisme."), "son pays restait proche de la Valdonie")


@pytest.mark.parametrize("text, content", [
    ("La coureuse a promis de ne pas en vouloir à sa rivale.",
     "ne pas en vouloir à sa rivale"),
    ("La mairie a annoncé que la rénovation du stade Jean-Bouin, prévue pour durer un an, "
     "commencerait en mars.", "la rénovation du stade Jean-Bouin, prévue pour durer un an, "
     "commencerait en mars"),
])
def test_a_clitic_en_and_a_participle_before_the_clauses_verb_end_nothing(annotate, text,
                                                                          content):
    find(annotate(text), content)
