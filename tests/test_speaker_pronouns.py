"""Pronoun-like mentions and quotes without one (`nlp/speaker_pronouns.py`,
`nlp/speaker_salience.py`, `nlp/speaker_consistency.py`, `nlp/parsed_subjects.py`,
`nlp/subjects.py`, `nlp/inverted_subjects.py`): demonstratives after an object or a
fronted phrase, `Quant à X, il`, ordinals after a pair a plural took up, an answer after
a journalist's question, a speaker after a long aside. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize("text, quotation, speaker", [
    ("La présidente de l'association, Inès Morel, avait interpellé le sénateur Luc "
     "Berthier. Ce dernier lui a répondu qu'un amendement serait déposé.",
     "un amendement serait déposé", "Luc Berthier"),
    ("Bruno Lenoir a rencontré jeudi la préfète, Julie Aubert. Celle-ci a assuré que les "
     "fonds seraient versés avant mars.",
     "les fonds seraient versés avant mars", "Julie Aubert"),
    ("Le président du club, Marc Olivier, a reçu la directrice de la piscine, Anne Collet. "
     "Celle-ci lui a proposé de partager les créneaux du samedi.",
     "partager les créneaux du samedi", "Anne Collet"),
])
def test_a_demonstrative_takes_up_the_person_named_last(annotate, text, quotation, speaker):
    """`X a écrit au recteur, Y. Ce dernier lui a répondu`: the subject before an object
    clitic is still the subject, and `Celle-ci`, which the tokenizer cuts in three, is a
    demonstrative: both take up the person named last (Y), not the sentence's subject."""
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_a_pronoun_after_a_demonstrative_behind_an_opening_phrase(annotate):
    """`Joint par téléphone, celui-ci confirme. « … », estime-t-il`: the demonstrative
    after an opening phrase is the subject the next `il` continues (the father), not the
    journalist quoted before."""
    quotes = annotate(
        "« Avez-vous douté ? », a demandé le journaliste Paul Mercier à Claire Garnier. "
        "« Jamais », a-t-elle répondu. Elle a raconté que son père, Louis Garnier, l'avait "
        "entraînée pendant dix ans. Joint par téléphone, celui-ci confirme. « Claire ne "
        "lâche jamais rien », estime-t-il.")
    assert find(quotes, "Claire ne lâche jamais rien")["speaker"] == "Louis Garnier"


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Le ministre a défendu son budget devant les sénateurs. Quant à M. Dupré-Laval, il a "
     "prévenu qu'il voterait contre le texte.",
     "il voterait contre le texte", "Dupré-Laval"),
    ("La ministre Claire Mangin a présenté son plan mardi devant la presse. Quant à Mme "
     "Faure-Dumont, elle a jugé que le calendrier était intenable.",
     "le calendrier était intenable", "Faure-Dumont"),
])
def test_quant_a_a_hyphenated_name_is_the_topic_the_pronoun_takes_up(
        annotate, text, quotation, speaker):
    """`Quant à M. Dupré-Laval, il a prévenu`: the hyphen inside the name breaks no
    phrase; the pronoun takes up the topic."""
    assert speaker in (find(annotate(text), quotation)["speaker"] or "")


def test_an_ordinal_takes_up_a_member_of_the_pair_a_plural_took_up(annotate):
    """`Les deux femmes … Elles ont demandé … La seconde a annoncé`: the pair is the one
    the plural pronoun resolved, though no sentence names the two side by side."""
    quotes = annotate(
        "La directrice de l'école, Martine Colas, a dénoncé la fermeture de la classe. Une "
        "mère d'élève, Julie Perrin, a expliqué que ses enfants iraient en ville. Les deux "
        "femmes ont été reçues par le maire. Elles ont demandé un rendez-vous au rectorat. "
        "La seconde a annoncé qu'une pétition serait lancée lundi.")
    assert find(quotes, "une pétition serait lancée lundi")["speaker"] == "Julie Perrin"


def test_a_quotation_alone_after_a_question_answers_it(annotate):
    """`« … ? », a insisté le journaliste. « … »`: a quotation standing alone after a
    question is the answer of whoever answered the journalist's earlier question."""
    quotes = annotate(
        "« Allez-vous vous représenter ? », a demandé le journaliste Marc Duval au maire, "
        "Henri Bastide. « Je n'ai pas encore décidé », a répondu le maire. « Et votre "
        "adjointe, sera-t-elle candidate ? », a insisté Marc Duval. « Il faudra le lui "
        "demander à elle. »")
    assert find(quotes, "Il faudra le lui demander à elle")["speaker"] == "Henri Bastide"


def test_an_inverted_subject_after_a_long_aside(annotate):
    """`« … », a lancé, sous les huées d'une partie du public qui …, le président du
    conseil départemental.`: the noun phrase closing the sentence after the aside speaks."""
    quotes = annotate(
        "Le budget a été adopté. « Nous tiendrons nos engagements », a lancé, sous les huées "
        "d'une partie du public qui réclamait sa démission depuis le début de la séance, le "
        "président du conseil départemental.")
    assert find(quotes, "Nous tiendrons nos engagements")["speaker"] == \
        "le président du conseil départemental"


def test_a_description_is_the_person_named_after_the_same_words_elsewhere(annotate):
    """`« … », a confié le propriétaire du moulin. … a rencontré le propriétaire du moulin,
    Gaston Vidal.`: the description the first quote was left with is the person the
    article names right after the same words."""
    quotes = annotate(
        "« Nous avons tout perdu en une nuit », a confié le propriétaire du moulin de "
        "Brassac. Il a ajouté que l'assurance refusait de payer. Le sous-préfet a rencontré "
        "mardi le propriétaire du moulin de Brassac, Gaston Vidal.")
    assert find(quotes, "Nous avons tout perdu en une nuit")["speaker"] == "Gaston Vidal"
    assert find(quotes, "l'assurance refusait de payer")["speaker"] == "Gaston Vidal"


def test_a_source_phrase_before_a_name_is_no_apposition(annotate):
    """`D'après plusieurs sources proches du dossier, Michel Barnier a répété …`: the name
    after the comma opens the next clause; the sources stay the speaker."""
    quotes = annotate("D'après plusieurs sources proches du dossier, Marc Valentin a répété "
                      "que la négociation était dans l'impasse.")
    speakers = {q["speaker"] for q in quotes}
    assert "plusieurs sources proches du dossier" in speakers


def test_a_pronoun_no_one_else_takes_up_continues_a_described_subject(annotate):
    """`Les pêcheurs de Vestmark manifestaient …. Ils réclament …`: with no plural person,
    speaker, role or organisation before it, the pronoun takes up the subject described
    in the sentence before, though the speaker lexicon lacks its noun."""
    quotes = annotate(
        "Le ministre de la Pêche, Paul Ardent, a présenté les quotas jeudi. Les mareyeurs du "
        "port voisin ont manifesté devant la préfecture. Ils réclament des aides pour "
        "l'hiver.")
    assert find(quotes, "des aides pour l'hiver")["speaker"] == \
        "les mareyeurs du port voisin"


def test_a_pronoun_in_the_first_person_continues_a_woman_named_by_her_role(annotate):
    """`La programmatrice … quitte ses fonctions. Elle l'a annoncé …. « … moi … », écrit-
    elle`: a woman the article names by her role only, which the lexicon lacks."""
    quotes = annotate(
        "Après vingt ans, la bibliothécaire du bourg de Saint-Rieul prend sa retraite. Elle "
        "l'a annoncé lundi aux lecteurs.\n« Les livres resteront, et moi je partirai "
        "marcher », écrit-elle.")
    speaker = find(quotes, "Les livres resteront, et moi je partirai marcher")["speaker"]
    assert speaker == "la bibliothécaire du bourg de Saint-Rieul"


def test_a_description_inside_a_longer_role_is_not_its_holder(annotate):
    """`Le président de la Fédération bretonne de voile, Yann Le Dantec, …` names the
    president: `la Fédération bretonne de voile` quoted later stays the federation."""
    quotes = annotate(
        "Le président de la Fédération bretonne de voile, Yann Le Dantec, a quitté la "
        "réunion. Dans un communiqué, la Fédération bretonne de voile a estimé que la "
        "sanction était injuste.")
    assert "Le Dantec" not in (find(quotes, "la sanction était injuste")["speaker"] or "")


@pytest.mark.parametrize("text", [
    "Le capitaine, Hugo Verdier, a salué l'ailier de son équipe, Nathan Koffi, entré en fin "
    "de match. « Nathan nous a sauvés », a lancé le capitaine. L'intéressé restait discret. "
    "Il a seulement dit qu'il avait « frappé sans réfléchir ».",
    "L'entraîneur, Hugo Verdier, a félicité son gardien, Nathan Koffi. « Il a tout arrêté », "
    "a souligné le technicien. L'intéressé, lui, restait discret. Il a seulement dit qu'il "
    "avait « frappé sans réfléchir ».",
])
def test_l_interesse_is_the_person_talked_about_and_a_pronoun_continues_him(annotate, text):
    """`X a salué Y. « … », a lancé X. L'intéressé restait discret. Il a dit …`: the
    person concerned is the one the sentences before talked about (Y, named as an object),
    and the pronoun after `L'intéressé` continues him rather than the role quoted before."""
    quotes = annotate(text)
    assert find(quotes, "il avait « frappé sans réfléchir »")["speaker"] == "Nathan Koffi"


def test_celle_qui_takes_up_the_last_woman_named(annotate):
    """`« Émue », celle qui compte retrouver son siège dit …`: `celle` before its relative
    is a demonstrative of the feminine; it takes up the woman named last, not the man
    named since."""
    quotes = annotate(
        "La ministre Claire Aubin a quitté ses fonctions mardi. « Je suis fière du travail "
        "accompli », a déclaré Claire Aubin. Son successeur, Marc Tellier, a salué son "
        "action. « Émue », celle qui compte retrouver son siège de députée dit n'avoir "
        "« jamais renoncé ».")
    assert find(quotes, "n'avoir « jamais renoncé »")["speaker"] == "Claire Aubin"


def test_an_inverted_pronoun_never_takes_up_a_subject_of_the_words_it_reports(annotate):
    """`L'inflation reste « trop élevée », a-t-elle souligné`: the feminine subject of the
    quoted clause is what was said, not who said it."""
    quotes = annotate("La banque centrale a maintenu ses taux, a annoncé sa présidente à "
                      "Francfort. « La croissance reste trop faible », a-t-elle souligné.")
    speaker = find(quotes, "La croissance reste trop faible")["speaker"]
    assert "croissance" not in (speaker or "")


def test_an_inverted_pronoun_takes_up_the_role_that_opens_its_sentence(annotate):
    """(second reader) `La directrice … a reconnu des retards mais …, a-t-elle précisé`:
    a person's role subject of the same sentence is the article's, not words reported,
    while `L'inflation reste …` (no role) is what was said."""
    quotes = annotate("La directrice de la clinique a reconnu des retards mais les urgences "
                      "resteront ouvertes, a-t-elle précisé.")
    assert "directrice" in (quotes[-1]["speaker"] or "")
