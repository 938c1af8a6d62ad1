"""Pairs, dislocated subjects, lede groups, organisations as `ils`, hearsay `il`, genders
by agreement and descriptions tied by their own words (`nlp/speaker_continuations.py`,
`nlp/speaker_pronouns.py`, `nlp/speaker_salience.py`, `nlp/people.py`,
`nlp/speaker_described.py`, `nlp/speaker_role_clashes.py`), the fifth speaker probe's
causes. Sentences are our own."""

from __future__ import annotations

from test_quotes import find


def test_an_ordinal_before_an_object_clitic_takes_up_the_pair(annotate):
    """`Le second lui a répondu`: the mention ran on into the clitic; still the second of
    the pair named before, not the opponent named since."""
    quotes = annotate(
        "Les présidents des deux clubs, Marc Delorme et Paul Vantier, ont signé jeudi "
        "l'accord de fusion. Un supporter, Hugo Lambert, a dénoncé « une trahison ». Le "
        "second lui a répondu que les couleurs du club seraient conservées.")
    assert find(quotes, "les couleurs du club seraient conservées")["speaker"] == \
        "Paul Vantier"


def test_l_un_and_l_autre_take_up_the_pair(annotate):
    """`L'un a salué …, l'autre a regretté …` after two people named side by side."""
    quotes = annotate(
        "La ministre Odile Caradec a reçu lundi son homologue Sonia Bertin à Rennes. "
        "L'une a salué un accord historique. L'autre a regretté des délais trop longs.")
    assert find(quotes, "un accord historique")["speaker"] == "Odile Caradec"
    assert find(quotes, "des délais trop longs")["speaker"] == "Sonia Bertin"


def test_an_ordinal_takes_up_a_pair_two_sentences_back(annotate):
    """`A et B … Jeudi, les deux hommes … Le premier … Le second …`: sentences naming
    nobody (the first ordinal's among them) come between the pair and `le second`."""
    quotes = annotate(
        "Deux listes s'affrontent à Morlanne : celle du pharmacien Luc Dardel et celle "
        "de l'agriculteur Jean Sarrazin. Mardi soir, les deux hommes ont débattu devant "
        "la presse. Le premier a promis une nouvelle crèche. Le second a répondu que les "
        "finances ne le permettaient pas.")
    assert find(quotes, "les finances ne le permettaient pas")["speaker"] == "Jean Sarrazin"


def test_a_subject_repeated_by_a_stressed_pronoun_is_the_speaker(annotate):
    """`Les infirmières du service, elles, réclament …`: the parse makes `elles` the
    subject; the speaker is the group it repeats, and a plural after it continues it."""
    quotes = annotate(
        "Le directeur de la clinique, Paul Hervé, a annoncé la fermeture de dix lits. Les "
        "infirmières du service, elles, réclament des renforts pour l'été. Elles affirment "
        "que les gardes de nuit sont « intenables ».")
    assert find(quotes, "des renforts pour l'été")["speaker"] == "les infirmières du service"
    assert find(quotes, "les gardes de nuit sont « intenables »")["speaker"] == \
        "les infirmières du service"


def test_a_pronoun_continues_a_subject_a_stressed_pronoun_repeated(annotate):
    """`L'ancienne adjointe, elle, s'est montrée plus dure. « … », a-t-elle lancé`: the
    dislocated subject of the sentence before is the one continued, not the woman quoted
    earlier; and a former role is not the woman the article gives that role now."""
    quotes = annotate(
        "La conseillère municipale sortante, Anne Lestrade, a annoncé qu'elle se "
        "représenterait. « Je connais chaque rue de ce quartier », a-t-elle déclaré. "
        "L'ancienne conseillère municipale, elle, s'est montrée plus dure. « Ce mandat "
        "n'a servi à rien », a-t-elle lancé.")
    speaker = find(quotes, "Ce mandat n'a servi à rien")["speaker"]
    assert speaker is not None and "ancienne conseill" in speaker.lower()


def test_ils_continues_an_organisation_subject_named_just_before(annotate):
    """`Le comité de défense … a déposé un recours. Ils estiment …`: the press's plural for
    the people of an organisation the sentence before makes its subject."""
    quotes = annotate(
        "Le comité de défense de la maternité a déposé un recours mardi. Ils estiment que "
        "la fermeture est illégale.")
    assert find(quotes, "la fermeture est illégale")["speaker"] == \
        "le comité de défense de la maternité"


def test_a_gender_from_agreement_for_an_unlisted_first_name(annotate):
    """`Ilan Sverdov s'est montré plus prudent. « … », a-t-il rappelé`: the participle
    after `être` says he is a man (his first name is not in the list), and the name cut
    by a sentence split is still the last sentence's subject."""
    quotes = annotate(
        "Le président veltanien, Marko Dresnic, a reçu mardi son homologue, Ilan Sverdov. "
        "Marko Dresnic a assuré que le traité serait signé en mai. « Tout est prêt », a-t-il "
        "affirmé.\nIlan Sverdov s'est montré plus prudent. « Il reste des points "
        "difficiles », a-t-il rappelé.")
    assert find(quotes, "Il reste des points difficiles")["speaker"] == "Ilan Sverdov"


def test_a_name_cut_by_a_sentence_split_is_still_the_last_subject(annotate):
    """`Ilias` | `Koronen s'est montré …`: a sentence the parser opens inside a name does
    not push that name's sentence out of the ones a pronoun continues."""
    quotes = annotate(
        "Le président ostavien, Boris Dravik, a reçu jeudi à Korbel son homologue drennien, "
        "Ilias Koronen, pour un sommet sur le canal de la Mira. Après deux heures "
        "d'entretien, les deux chefs d'État ont parlé à la presse.\nBoris Dravik a promis "
        "que le chantier reprendrait au printemps. « Les derniers blocages sont levés », "
        "a-t-il affirmé.\nIlias Koronen s'est montré plus réservé. « Rien n'est acquis "
        "tant que rien n'est écrit », a-t-il rappelé.")
    assert find(quotes, "Rien n'est acquis tant que rien n'est écrit")["speaker"] == \
        "Ilias Koronen"


def test_il_se_dit_que_names_nobody(annotate):
    """`Il se dit en ville que …` is `on dit que`: no speaker; `Il se dit prêt à …` is
    personal and keeps its speaker."""
    quotes = annotate(
        "Le maire, Henri Castel, a inauguré le nouveau marché couvert. Il se dit en ville "
        "que les loyers des commerçants vont doubler. Le président des commerçants, Louis "
        "Perrot, a écrit au maire. Il se dit prêt à négocier avant Noël.")
    assert find(quotes, "les loyers des commerçants vont doubler")["speaker"] is None
    assert find(quotes, "prêt à négocier avant Noël")["speaker"] == "Louis Perrot"


def test_a_plural_opening_the_lede_is_the_group_the_next_sentence_names(annotate):
    """`Ils menacent … Les contrôleurs aériens de … ont annoncé`: the plural before its
    group is that group, not a plural of the headline."""
    quotes = annotate(
        "Aéroport de Brenac : les salariés en colère\n\n"
        "Ils menacent de bloquer les pistes « dès vendredi ». Les contrôleurs aériens de "
        "Brenac ont annoncé mardi une grève de trois jours.")
    assert find(quotes, "bloquer les pistes « dès vendredi »")["speaker"] == \
        "les contrôleurs aériens de Brenac"


def test_ils_for_an_organisation_over_a_plural_of_the_headline(annotate):
    """`… : les opposants montent au créneau` / `Le syndicat mixte … a défendu …. Ils
    rappellent …`: the body's organisation, not the headline's label."""
    quotes = annotate(
        "Retenue d'eau de Lussac : les opposants montent au créneau\n\n"
        "Le syndicat mixte du bassin a défendu mardi un projet « vital ». Ils rappellent "
        "que trois sécheresses ont frappé la vallée.")
    assert find(quotes, "trois sécheresses ont frappé la vallée")["speaker"] == \
        "le syndicat mixte du bassin"


def test_an_unlisted_noun_written_before_a_name_takes_up_that_person(annotate):
    """`… et la céramiste Léa Combes …` then `La céramiste a répliqué`: the one person the
    article wrote that noun (which the speaker lexicon lacks) for."""
    quotes = annotate(
        "Deux candidates briguent la mairie : la pharmacienne Marie Dorval et la "
        "céramiste Léa Combes. « Il faut baisser les impôts », a lancé Marie Dorval. "
        "La céramiste a répliqué que les écoles passaient avant tout.")
    assert find(quotes, "les écoles passaient avant tout")["speaker"] == "Léa Combes"


def test_a_repeated_subject_cut_inside_a_hyphenated_noun_stays_whole(annotate):
    """`Les sages-femmes de la clinique, elles, demandent …`: a sentence start the parser
    put inside `sages-femmes` does not cut the subject the pronoun repeats."""
    quotes = annotate(
        "Le directeur de la clinique, Paul Hervé, a annoncé la fermeture de la maternité.\n"
        "Les sages-femmes de la clinique, elles, demandent à être reçues par le ministre.")
    assert "sages-femmes de la clinique" in find(
        quotes, "être reçues par le ministre")["speaker"]


def test_a_second_report_after_a_comma_opens_on_an_ordinal(annotate):
    """`Le premier a jugé que A, le second a estimé que B`: two reports, the second's
    ordinal subject closing the first content."""
    quotes = annotate(
        "Les deux syndicalistes, Paul Mercier et Jean Dubosc, ont été reçus au ministère. "
        "Le premier a jugé que la réforme était urgente, le second a estimé qu'il fallait "
        "attendre l'automne.")
    assert find(quotes, "la réforme était urgente")["speaker"] == "Paul Mercier"
    assert find(quotes, "il fallait attendre l'automne")["speaker"] == "Jean Dubosc"


def test_an_ordinal_takes_up_the_two_people_named_last(annotate):
    """`A a reçu son homologue B …. Les deux élus … Le premier a jugé …`: no pair named
    side by side; the two people named last, in the order the article introduced them."""
    quotes = annotate(
        "Le maire de Brest, Paul Roux, a reçu lundi son homologue de Cork, Sean Brady. "
        "Paul Roux a promis un jumelage « dès l'été ». Sean Brady s'est montré plus "
        "prudent. Interrogés sur le financement, les deux élus ont esquivé. Le premier a "
        "jugé la question « prématurée ». Le second a estimé qu'il "
        "fallait « attendre le prochain conseil ».")
    assert find(quotes, "la question « prématurée »")["speaker"] == "Paul Roux"
    assert find(quotes, "il fallait « attendre le prochain conseil »")["speaker"] == \
        "Sean Brady"
