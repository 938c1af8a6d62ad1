"""Verbs of saying and their frames (issue 9, session 28, probe eval/probes-indirect-7):
rows a systematic list of French verbs of communication found missing from
`data/reporting_verbs.tsv` (`spécifier`, `stipuler`, `convier à`, `battre en brèche`,
`appeler de ses vœux`, `se vanter de`, `concéder` + infinitive, manner verbs read after a
quotation), and look-alikes that say nothing. Every sentence is our own."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("La directrice du port a spécifié que les navires de plaisance resteraient à quai.",
     "les navires de plaisance resteraient à quai", "La directrice du port"),
    ("Le bail stipule que le locataire prend en charge les petites réparations.",
     "le locataire prend en charge les petites réparations", "Le bail"),
    ("Le médiateur a laissé comprendre que les deux parties étaient proches d'un accord.",
     "les deux parties étaient proches d'un accord", "Le médiateur"),
])
def test_que_clause_after_a_newly_listed_verb(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"
    assert same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text, content, act", [
    ("Le président de l'association a convié les bénévoles à rejoindre la collecte samedi.",
     "rejoindre la collecte samedi", "appeal"),
    ("La fédération des commerçants appelle de ses vœux une baisse de la taxe foncière.",
     "une baisse de la taxe foncière", "demand"),
    ("Le porte-parole du syndicat a battu en brèche les chiffres avancés par la direction.",
     "les chiffres avancés par la direction", "denial"),
    ("Le champion sortant s'est vanté d'avoir battu le record du parcours.",
     "avoir battu le record du parcours", "statement"),
    ("La skieuse a concédé avoir commis une faute dans la dernière porte.",
     "avoir commis une faute dans la dernière porte", "agreement"),
    ("Le maire s'est porté garant de la sécurité du public pendant la fête.",
     "la sécurité du public pendant la fête", "promise"),
    ("Le syndicat a signifié à la direction son refus de siéger.", "son refus de siéger",
     "statement"),
    ("La rectrice a notifié aux familles la fermeture de la classe.",
     "la fermeture de la classe", "announcement"),
])
def test_complement_of_a_newly_listed_verb(annotate, text, content, act):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"
    assert q["act"] == act


@pytest.mark.parametrize("text, speaker", [
    ("« Ce quartier n'a pas vu un jardinier depuis des années », s'époumone une riveraine, "
     "Colette Marchal.", "Colette Marchal"),
    ("« Il faut prendre ce qu'il y a de bon dans cette défaite », positive l'entraîneur, "
     "Yannick Le Goff.", "Yannick Le Goff"),
    ("« Une bonne idée ne suffit pas, il faut des crédits », raisonne le conseiller "
     "régional Paul Dardenne.", "Paul Dardenne"),
    ("« Cela fait trois mois que nous attendons », s'impatiente le président du club, "
     "Mehdi Sahraoui.", "Mehdi Sahraoui"),
])
def test_a_manner_verb_after_a_quotation_names_its_speaker(annotate, text, speaker):
    quotes = annotate(text)
    assert len(quotes) == 1 and quotes[0]["type"] == "direct"
    assert same_speaker(quotes[0]["speaker"], speaker)


@pytest.mark.parametrize("text", [
    "Les lions rugissent au zoo de Valmont chaque matin vers huit heures.",
    "L'enseignante a raisonné les deux élèves après la bagarre.",
    "Ce vote signifie la fin du projet de rocade.",
    "Une infirmière à la retraite a accepté de reprendre du service cet hiver.",
])
def test_the_same_verbs_without_speech_are_no_quote(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text, content, speaker", [
    ("L'économiste Marc Lenglet, de la banque Dorvane, prédit une hausse du chômage.",
     "une hausse du chômage", "Marc Lenglet"),
    ("La géologue Anne Morel, du Muséum de Valcourt, décrit une faille encore active.",
     "une faille encore active", "Anne Morel"),
])
def test_a_present_spelled_as_a_participle_after_an_affiliation(annotate, text, content,
                                                                 speaker):
    q = find(annotate(text), content)
    assert same_speaker(q["speaker"], speaker)


def test_a_participle_describing_a_noun_stays_none(annotate):
    assert not annotate("Le scénario prédit par les économistes s'est finalement réalisé.")


@pytest.mark.parametrize("text, content, speaker", [
    ("Son homologue de Vérac, Annie Lestrade, juge au contraire que la fusion coûtera cher.",
     "la fusion coûtera cher", "Annie Lestrade"),
    ("Le collectif des riverains, lui, dément en revanche que le chantier ait été bâclé.",
     "le chantier ait été bâclé", "Le collectif des riverains"),
])
def test_a_misread_verb_before_an_adverbial_then_que(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text", [
    "Les gendarmes avaient reconnu les lieux la veille de l'opération.",
    "Le préfet a reconnu l'état de catastrophe naturelle pour huit communes.",
    "La cour d'appel jugera l'affaire au printemps.",
    "Le club a avancé le match de samedi à vendredi soir.",
    "La championne du monde défendra son titre à Tokyo en septembre.",
    "Le Lyonnais a défendu les couleurs de la France pendant dix ans.",
    "L'avocat défendra les intérêts de la famille devant le tribunal.",
    "L'avocate a défendu l'accusé avec talent.",
    "Les soldats ont défendu la ville pendant trois jours.",
    "Le chantier accuse un retard de six mois.",
    "L'équipe a accusé le coup après le deuxième but.",
    "La joueuse a déclaré forfait pour le tournoi de Rome.",
    "Le chanteur a salué la foule avant de quitter la scène.",
    "Le joueur affirme son statut de titulaire à chaque match.",
    "L'armée a repoussé une attaque dans la nuit.",
    "Lyon a validé son billet pour les quarts de finale.",
    "Les habitants ont célébré la fête du village samedi.",
    "Le joueur a honoré sa première sélection face au Portugal.",
    "Les supporters ont savouré la victoire jusque tard dans la nuit.",
    "La famille loue un appartement dans le centre-ville.",
    "Le gouvernement veut taxer les produits importés.",
    "La troupe répète le spectacle depuis trois mois.",
    "Le maire a dévoilé une plaque commémorative devant l'école.",
    "Les randonneurs ont admiré le paysage depuis le sommet.",
    "Le nouveau capitaine a endossé le maillot national pour la première fois.",
    "L'ingénieure a accepté un poste à Toulouse.",
    "Le festival a révélé un jeune talent.",
    "Les lecteurs ont plébiscité le dernier roman de l'auteure.",
])
def test_a_verb_of_saying_in_its_sense_of_acting_on_things(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text, cue", [
    ("Le préfet a dévoilé une stèle avant de déclarer : « Nous n'oublierons pas. »",
     "déclarer"),
    ("La joueuse a défendu son titre avant de lancer : « Je reviendrai. »", "lancer"),
])
def test_a_quotation_after_an_act_and_an_infinitive_is_the_infinitive_s(annotate, text,
                                                                          cue):
    quotes = annotate(text)
    assert [q["cue"] for q in quotes] == [cue]


@pytest.mark.parametrize("text, content", [
    ("Le directeur a reconnu une erreur dans le calcul des primes.",
     "une erreur dans le calcul des primes"),
    ("Le syndicat a avancé le chiffre de 400 grévistes.", "le chiffre de 400 grévistes"),
    ("La présidente du jury a jugé l'affaire « exemplaire ».", "l'affaire « exemplaire »"),
    ("Le ministre a défendu sa réforme devant les députés.", "sa réforme"),
    ("La présidente a salué le travail des bénévoles.", "le travail des bénévoles"),
    ("L'entraîneur a affirmé sa confiance en son gardien.", "sa confiance en son gardien"),
    ("La préfète a affirmé le caractère prioritaire du chantier.",
     "le caractère prioritaire du chantier"),
    ("Le ministre a loué le courage des sauveteurs.", "le courage des sauveteurs"),
    ("L'opposition a repoussé l'idée d'un référendum.", "l'idée d'un référendum"),
    ("Le ministre a dévoilé son plan de relance.", "son plan de relance"),
])
def test_the_same_verbs_with_an_object_said(annotate, text, content):
    find(annotate(text), content)


def test_an_indefinite_noun_taking_up_the_content_ends_it(annotate):
    q = find(annotate("La candidate s'est vantée d'avoir ouvert trois crèches, un chiffre "
                      "que son adversaire conteste."), "avoir ouvert trois crèches")
    assert q["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("La ministre n'a pas caché que la réforme serait longue.", "la réforme serait longue"),
    ("Le président du club ne dissimule pas que l'effectif est trop court.",
     "l'effectif est trop court"),
])
def test_a_negated_verb_of_hiding_says_the_thing(annotate, text, content):
    find(annotate(text), content)


def test_a_feeling_not_hidden_before_a_quotation_is_no_content(annotate):
    quotes = annotate("L'entraîneur ne cachait pas sa déception : « On a manqué de tout ».")
    assert [q["text"] for q in quotes] == ["On a manqué de tout"]


@pytest.mark.parametrize("text", [
    "Le trésorier a caché la vérité aux adhérents pendant deux ans.",
    "Les enfants ont caché que le vase était cassé.",
])
def test_hiding_is_no_report(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("verb", [
    "philosophe", "opine", "s'enflamme", "pérore", "bégaye", "bégaie", "sanglote", "tonitrue",
    "grimace", "enrage", "rugit",
])
def test_each_verb_read_after_a_quotation(annotate, verb):
    quotes = annotate(f"« On verra bien au printemps », {verb} le maire de Sorbiac, "
                      "Hervé Lachaume.")
    assert len(quotes) == 1 and same_speaker(quotes[0]["speaker"], "Hervé Lachaume")


@pytest.mark.parametrize("text, content", [
    ("Le nageur se flatte d'avoir gagné sans entraîneur.", "avoir gagné sans entraîneur"),
    ("La préfète a tordu le cou à la rumeur d'une fermeture du collège.",
     "la rumeur d'une fermeture du collège"),
])
def test_more_newly_listed_frames(annotate, text, content):
    find(annotate(text), content)


@pytest.mark.parametrize("text", [
    "Le délégué syndical central, Karim Haddad, redoute « des départs contraints ».",
    "Karim Haddad, le délégué syndical central, redoute « des départs contraints ».",
])
def test_a_verb_read_as_a_noun_after_a_name_and_its_role_set_off(annotate, text):
    """`redoute` is also a noun (a redoubt): after the subject and its apposition, whether
    the role ends on adjectives (`syndical central`) or opens on an article (`, le délégué
    …,`), the word before the quotation is the verb."""
    q = find(annotate(text), "des départs contraints")
    assert (q["speaker"], q["cue"]) == ("Karim Haddad", "redoute")
