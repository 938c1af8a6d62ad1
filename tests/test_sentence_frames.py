"""The sentence around a verb of saying (issue 9, session 30, helper h40-ind): where the
cue stands and what comes between it and its content, from `eval/probes-indirect-8`'s
classes. Each sentence is our own and fails without its rule (`nlp/sentence_frames.py`,
`nlp/participle_subjects.py` and the lines that ask them)."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    # a cleft after the content in the same sentence (the sentence before: spans.points_back)
    ("La digue sera surélevée d'un mètre, c'est ce qu'a affirmé jeudi le maire, Paul Bonnat.",
     "La digue sera surélevée d'un mètre", "Paul Bonnat"),
    ("Les navettes reprendront lundi, c'est du moins ce qu'assure la présidente, Lise Morin.",
     "Les navettes reprendront lundi", "Lise Morin"),
    ("Le chantier durera deux ans : c'est ce qu'a annoncé mardi l'architecte Ivo Santini.",
     "Le chantier durera deux ans", "Ivo Santini"),
    # an opening gerund, `tout en` too: the main clause's subject speaks
    ("En assurant que les impôts resteraient stables, la maire Anne Colin a présenté son budget.",
     "les impôts resteraient stables", "Anne Colin"),
    ("Tout en reconnaissant que le calendrier était serré, la ministre a maintenu la date du "
     "scrutin.", "le calendrier était serré", "la ministre"),
    # `tout en maintenant que`: `maintenant` is a gerund after `en`
    ("Tout en maintenant que la ligne était rentable, le directeur Luc Vigier a réduit les trains.",
     "la ligne était rentable", "Luc Vigier"),
    # a question under a modal: `a voulu savoir`, `a cherché à savoir` + an interrogative
    ("La conseillère Inès Roblin a voulu savoir combien de lits seraient fermés.",
     "combien de lits seraient fermés", "Inès Roblin"),
    ("Le député Hugo Ferrat a cherché à savoir qui avait signé le contrat.",
     "qui avait signé le contrat", "Hugo Ferrat"),
    ("Les riverains ont voulu savoir où serait construit le parking.",
     "où serait construit le parking", "les riverains"),
    # a colon after a manner of speaking, a noun of speech, or a circumstance
    ("Le maire Jean Pallas a été très clair : aucune classe ne fermera.",
     "aucune classe ne fermera", "Jean Pallas"),
    # (the parser hangs `Elle` on the adjective and reads it as impersonal)
    ("Le préfet Luc Amand a reçu les maires. Il a été clair : aucune dérogation ne sera "
     "accordée.", "aucune dérogation ne sera accordée", "Luc Amand"),
    ("La juge Rose Amiel s'est montrée ferme : le délai ne sera pas prolongé.",
     "le délai ne sera pas prolongé", "Rose Amiel"),
    ("Le syndicaliste Éric Vannier a donné sa version : la grève avait été votée à main levée.",
     "la grève avait été votée à main levée", "Éric Vannier"),
    ("Le maire a déclaré devant les habitants : la commune ne pouvait plus financer les travaux.",
     "la commune ne pouvait plus financer les travaux", "le maire"),
    ("La procureure Inès Lagarde a dressé un constat accablant : les alarmes étaient coupées.",
     "les alarmes étaient coupées", "Inès Lagarde"),
    ("Le trésorier Marc Soulié a rappelé les chiffres : la dette a doublé en cinq ans.",
     "la dette a doublé en cinq ans", "Marc Soulié"),
    ("La gréviste Zoé Pernet a posé ses conditions : les sanctions devront être levées.",
     "les sanctions devront être levées", "Zoé Pernet"),
    # `en` + -ant is a gerund even where the tagger calls it an infinitive (`accusant`)
    ("En accusant la majorité de négliger les routes, l'élue Marion Vasseur a quitté la séance.",
     "négliger les routes", "Marion Vasseur"),
    # content before the verb: the `que` of `ne … que` (only) opens no clause of its own
    ("La commune ne recevra que la moitié de l'aide promise, a regretté le maire.",
     "La commune ne recevra que la moitié de l'aide promise", "le maire"),
    ("Le musée ne rouvrira que le mois prochain, a précisé sa directrice.",
     "Le musée ne rouvrira que le mois prochain", "sa directrice"),
    # a cleft after a semicolon; a clause taken up by the verb's object pronoun
    ("Le péage sera supprimé en avril ; c'est ce qu'a confirmé la présidente, Julie Sorel.",
     "Le péage sera supprimé en avril", "Julie Sorel"),
    ("La fromagerie rouvrira au printemps : le gérant Ugo Balme l'a annoncé samedi.",
     "La fromagerie rouvrira au printemps", "Ugo Balme"),
    # a pseudo-cleft: the words said follow `c'est`
    ("Ce que réclament les infirmiers, c'est une prime de nuit.", "une prime de nuit",
     "les infirmiers"),
    ("Ce que la présidente Mona Vidal a annoncé, c'est la vente du siège.",
     "la vente du siège", "Mona Vidal"),
    # a semicolon closes a clause reported already: the incise reports what follows it
    ("La sénatrice Élise Morand a affirmé que le port serait agrandi ; les quais de pêche "
     "seront rénovés dès l'été, a-t-elle ajouté.", "les quais de pêche seront rénovés dès "
     "l'été", "Élise Morand"),
    # `est allé jusqu'à dire`: the motion verb's `être` is no passive
    ("L'entraîneur Rémi Lacaze est allé jusqu'à dire que l'arbitre avait été acheté.",
     "l'arbitre avait été acheté", "Rémi Lacaze"),
    # a long apposition between the subject and its verb (participles, `il y a`)
    ("Le recteur de l'académie, Yves Darnal, ancien proviseur passé par trois lycées et arrivé "
     "dans la région il y a deux ans, a indiqué lundi lors d'une conférence que dix postes "
     "seraient créés.",
     "dix postes seraient créés", "Yves Darnal"),
    # the participle of a document speaks for its author, not its addressee
    ("Le collectif des usagers a adressé une lettre à la ministre lui demandant de revenir sur "
     "sa décision.", "revenir sur sa décision", "le collectif des usagers"),
])
def test_content_found_around_the_cue(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert q["type"] == "indirect"
    assert same_speaker(q["speaker"], speaker)


def test_opening_participle_then_apposition_keeps_the_second_verb_forward(annotate):
    # the comma closing the subject's apposition does not make `a salué` an incise
    quotes = annotate("Estimant que la saison était réussie, le président du club, Noé Sarrail, "
                      "a salué le travail des bénévoles.")
    assert same_speaker(find(quotes, "le travail des bénévoles")["speaker"], "Noé Sarrail")
    assert same_speaker(find(quotes, "la saison était réussie")["speaker"], "Noé Sarrail")


@pytest.mark.parametrize("text", [
    # a decision, not words (`décider` is a verb of thought in the lexicon)
    "Le marché sera déplacé, c'est ce qu'a décidé le conseil municipal.",
    # a thing is so, it says nothing; the writer's own `il est clair que`
    "Le ciel était clair : pas un nuage sur la vallée.",
    "Il est clair que la saison sera longue.",
    # a figure is so, it speaks in no manner (h40-review2)
    "Le résultat a été net : soixante-deux pour cent des suffrages pour la liste sortante.",
    "Le bilan est sévère : quatre blessés et deux granges détruites.",
    # a naming verb gives the clause before a name, it does not report it (h40-review2)
    "La cantine fermera sans préavis, c'est ce que les parents appellent un coup de force.",
    "La cantine fermera sans préavis. C'est ce qu'on appelle un coup de force.",
    # a pronoun taking up a thing, not a clause (`présenter` takes no `que`)
    "Le maire a reçu le rapport, il l'a présenté aux élus.",
    # `vouloir savoir` + an infinitive is no question
    "Le petit Léo a voulu savoir nager avant l'été.",
])
def test_look_alikes_report_nothing(annotate, text):
    assert annotate(text) == []


def test_a_naming_verbs_cleft_with_a_time_still_reports(annotate):
    quotes = annotate("La cantine fermera en juin, c'est ce que la maire a affirmé la "
                      "semaine dernière.")
    assert find(quotes, "La cantine fermera en juin")["speaker"] == "la maire"


def test_comme_after_a_report_is_no_clause_taken_up(annotate):
    # `comme X l'avait annoncé` after another verb's report: not `X` taking up the clause
    quotes = annotate("Le maire a confirmé samedi que la foire aurait lieu, saluant une "
                      "« avancée », comme la préfète l'avait annoncé.")
    assert not any(q["text"].startswith("Le maire") for q in quotes)
