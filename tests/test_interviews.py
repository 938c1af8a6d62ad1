"""Interviews in questions and answers (issue 9, the format probe `eval/probes-formats`):
each turn is a direct quote, the answers the interviewee's, the questions the named
interviewer's or nobody's. Every text is our own; each layout is tried."""

from __future__ import annotations

from test_quotes import find, same_speaker

from presswatch.nlp.interviews import interview_turns

DASHES = (
    "Marine Leduc : « Le club ne descendra pas »\n"
    "La présidente du Stade de Corvol, Marine Leduc, fait le point avant le derby.\n"
    "— Vous êtes derniers à la trêve. Êtes-vous inquiète ?\n"
    "— Non. Nous avons le deuxième budget de la division et un effectif complet.\n"
    "— Allez-vous recruter en janvier ?\n"
    "— Un défenseur central, pas plus. Les finances sont saines.\n"
    "Propos recueillis par Hugo Ferrier")

QR = (
    "Le maire de Lanvoy, Yves Kerbrat, défend la fermeture de la piscine l'hiver.\n"
    "Q : Pourquoi fermer la piscine de novembre à mars ?\n"
    "R : Parce que la chauffer coûte 300 000 euros par hiver. La commune ne peut plus.\n"
    "Q : Les clubs de natation protestent.\n"
    "R : Je les recevrai lundi. Nous trouverons des créneaux à Plouzec.")

NAMED = (
    "Le pianiste Oscar Vial joue samedi à la Halle aux grains.\n"
    "La Voix du Tarn : Que jouerez-vous samedi ?\n"
    "Oscar Vial : Schubert en première partie, puis des pièces de ma composition.\n"
    "La Voix du Tarn : Le public vous connaît-il ?\n"
    "Oscar Vial : Un peu. J'ai grandi à deux rues de la salle.")


def test_dash_turns_are_quotes_of_the_chapeau_person_and_the_named_journalist(annotate):
    quotes = annotate(DASHES)
    question = find(quotes, "Allez-vous recruter en janvier ?")
    answer = find(quotes, "Un défenseur central, pas plus. Les finances sont saines")
    assert (question["type"], question["speaker"]) == ("direct", "Hugo Ferrier")
    assert (answer["type"], answer["speaker"]) == ("direct", "Marine Leduc")


def test_qr_questions_by_an_unnamed_interviewer_have_no_speaker(annotate):
    quotes = annotate(QR)
    assert find(quotes, "Pourquoi fermer la piscine de novembre à mars ?")["speaker"] is None
    answer = find(quotes, "Je les recevrai lundi. Nous trouverons des créneaux à Plouzec")
    assert answer["speaker"] == "Yves Kerbrat"


def test_named_prefixes_give_each_side_its_turns(annotate):
    quotes = annotate(NAMED)
    assert same_speaker(find(quotes, "Que jouerez-vous samedi ?")["speaker"], "La Voix du Tarn")
    answer = find(quotes, "Un peu. J'ai grandi à deux rues de la salle")
    assert answer["speaker"] == "Oscar Vial"


def test_a_report_inside_an_answer_is_the_answers_own(annotate):
    quotes = annotate(QR.replace("Je les recevrai lundi.",
                                 "Le préfet m'a dit que l'État ne paierait rien."))
    assert not [q for q in quotes if q["text"].startswith("l'État ne paierait")]


def test_lists_reactions_and_live_entries_are_no_interview():
    assert not interview_turns(
        "Les mesures annoncées :\n- une prime de 200 euros ;\n- un jour de congé ;\n"
        "- un bilan en juin ;\n- une réunion chaque mois.")
    assert not interview_turns(
        "Paul Sarda (entraîneur) : « Nous avons manqué de jus. »\n"
        "Jean Molle (capitaine) : « Pourquoi pas nous ? »\n"
        "Paul Sarda : « Et maintenant ? »\nJean Molle : « On verra ? »")
    assert not interview_turns(
        "10h12 - Le préfet a-t-il parlé ?\n10h40 - Oui.\n11h02 - Et le maire ?\n11h30 - Non.")


def test_an_answer_goes_on_over_paragraphs_until_the_next_question(annotate):
    quotes = annotate(DASHES.replace(
        "un effectif complet.\n",
        "un effectif complet.\nNos blessés reviennent en janvier, le groupe sera au "
        "complet.\nLire aussi : Le derby en chiffres\n"))
    answer = find(quotes, "Nos blessés reviennent en janvier, le groupe sera au complet")
    assert (answer["type"], answer["speaker"]) == ("direct", "Marine Leduc")
    assert not [q for q in quotes if q["text"].startswith("Le derby")]


def test_questions_whose_bold_was_lost_still_make_an_interview(annotate):
    quotes = annotate(
        "Entretien avec l'astronome Rémi Castaing, qui publie un atlas du ciel d'hiver.\n"
        "Pourquoi un atlas de l'hiver ?\n"
        "Parce que c'est la saison que je préfère : le ciel est le plus pur.\n"
        "Faut-il un télescope ?\n"
        "Non, une paire de jumelles suffit pour les deux tiers des objets du livre.\n"
        "Où observer près de Lyon ?\n"
        "Sur les monts du Lyonnais, loin des éclairages de la ville.")
    answer = find(quotes, "Non, une paire de jumelles suffit pour les deux tiers des objets "
                          "du livre")
    assert (answer["type"], answer["speaker"]) == ("direct", "Rémi Castaing")
    assert find(quotes, "Faut-il un télescope ?")["speaker"] is None


def test_an_interview_whose_answers_never_say_je_is_read_from_its_questions(annotate):
    """Questions put to someone (`votre`, `vous`) in an article that says it is an
    interview: the answers are the interviewee's, though none says `je`."""
    quotes = annotate(
        "Entretien. L'hydrologue Paul Serres publie un rapport sur les nappes de l'Aude.\n"
        "Votre rapport parle d'une sécheresse durable. Pourquoi ?\n"
        "Les relevés sont sans appel : les nappes baissent depuis dix ans.\n"
        "Les agriculteurs sont-ils concernés ?\n"
        "Oui, en premier lieu. Les prélèvements ont doublé.\n"
        "Faut-il restreindre l'irrigation ?\n"
        "Non, pas partout. Il faut surtout mieux la répartir.")
    answer = find(quotes, "Oui, en premier lieu. Les prélèvements ont doublé")
    assert (answer["type"], answer["speaker"]) == ("direct", "Paul Serres")


def test_questions_in_a_plain_article_make_no_interview():
    assert not interview_turns(
        "Faut-il fermer la piscine ?\nLe conseil en débattra lundi.\nQui paiera ?\n"
        "La commune, pour l'essentiel.\nEt après ?\nNul ne le sait.")


def test_an_interviewers_turns_are_questions_whatever_their_words(annotate):
    quotes = annotate(DASHES)
    assert {find(quotes, text)["act"] for text in (
        "Vous êtes derniers à la trêve. Êtes-vous inquiète ?",
        "Allez-vous recruter en janvier ?")} == {"question"}


def test_question_headings_of_an_explainer_make_no_interview():
    assert not interview_turns(
        "Le département lance un plan pour l'entretien des routes communales.\n"
        "Pourquoi maintenant ?\nLes routes se sont dégradées après les crues de 2025.\n"
        "Combien cela coûtera-t-il ?\nDouze millions d'euros sur trois ans.\n"
        "Qui décide des priorités ?\nLes maires, dans un entretien avec le préfet.")


def test_a_pages_own_questions_and_answers_are_no_interview():
    assert not interview_turns(
        "Chèque énergie : ce qui change en 2027.\n- Qui peut en bénéficier ?\n"
        "- Les ménages dont le revenu fiscal est inférieur à 11 000 euros.\n"
        "- Comment faire la demande ?\n- En ligne, sur le site des impôts.\n"
        "- Quand sera-t-il versé ?\n- En avril, comme chaque année.")


DEBATE = (
    "Débat sur TV Garonne entre le maire d'Ossun, Paul Lartigue, et la conseillère Anaïs "
    "Birou, animé par Jean Cazaux.\n"
    "JEAN CAZAUX. – Paul Lartigue, le nouveau stade sera-t-il prêt en 2028 ?\n"
    "PAUL LARTIGUE. – Oui. Les entreprises ont signé, le chantier démarre en mars.\n"
    "ANAÏS BIROU. – Le chantier démarre, mais le budget a déjà doublé.\n"
    "PAUL LARTIGUE. – Madame Birou, ce chiffre est faux.\n"
    "ANAÏS BIROU. – Il figure dans votre propre rapport !")

MINUTES = (
    "Extrait du compte rendu de la séance du conseil départemental.\n"
    "M. Olivier Sarrail. – Monsieur le président, deux collèges n'ont plus d'infirmière. "
    "(Exclamations sur les bancs de la majorité.) Les familles attendent une réponse.\n"
    "Mme Lucie Fabre, vice-présidente chargée des collèges. – Deux infirmières seront "
    "recrutées en janvier.\n"
    "M. Olivier Sarrail. – En janvier ? L'année scolaire sera à moitié passée !\n"
    "Mme Lucie Fabre. – Nous faisons avec les candidats qui se présentent. "
    "(Applaudissements sur les bancs de la majorité.)")

HOSTED = (
    "Le préfet, Marc Dutheil, était l'invité de Radio Vézère mardi.\n"
    "— Anne Lasserre : Les routes seront-elles salées cette nuit ?\n"
    "— Marc Dutheil : Oui, quarante saleuses sortiront dès 22 heures.\n"
    "— Anne Lasserre : Les écoles fermeront-elles ?\n"
    "— Marc Dutheil : (rires) Je ne décide pas seul. Nous verrons demain matin.")


def test_a_debate_transcript_gives_each_turn_to_the_name_in_capitals(annotate):
    quotes = annotate(DEBATE)
    question = find(quotes, "Paul Lartigue, le nouveau stade sera-t-il prêt en 2028 ?")
    assert same_speaker(question["speaker"], "Jean Cazaux")
    assert question["act"] == "question"
    assert same_speaker(find(quotes, "Madame Birou, ce chiffre est faux")["speaker"],
                        "Paul Lartigue")
    assert same_speaker(find(quotes, "Il figure dans votre propre rapport !")["speaker"],
                        "Anaïs Birou")


def test_minutes_turns_are_cut_around_their_stage_directions(annotate):
    quotes = annotate(MINUTES)
    first = find(quotes, "Monsieur le président, deux collèges n'ont plus d'infirmière")
    second = find(quotes, "Les familles attendent une réponse")
    assert first is not second and same_speaker(first["speaker"], "Olivier Sarrail")
    assert same_speaker(find(quotes, "Deux infirmières seront recrutées en janvier")["speaker"],
                        "Lucie Fabre")
    assert not [q for q in quotes if "Exclamations" in q["text"] or
                "Applaudissements" in q["text"]]


def test_named_turns_after_a_dash_give_the_host_her_questions(annotate):
    quotes = annotate(HOSTED)
    assert same_speaker(find(quotes, "Les écoles fermeront-elles ?")["speaker"], "Anne Lasserre")
    answer = find(quotes, "Je ne décide pas seul. Nous verrons demain matin")
    assert same_speaker(answer["speaker"], "Marc Dutheil")


def test_a_headline_quotation_a_turn_says_again_is_that_turns_speaker(annotate):
    quotes = annotate("« Le budget a déjà doublé » : débat sur TV Garonne\n" + DEBATE.replace(
        "Le chantier démarre, mais le budget a déjà doublé.",
        "Le chantier démarre. Mais le budget a déjà doublé, tout le monde le sait."))
    headline = find(quotes, "Le budget a déjà doublé")
    assert same_speaker(headline["speaker"], "Anaïs Birou") and headline["type"] == "direct"


def test_a_readers_guide_citing_an_interview_given_elsewhere_is_no_interview(annotate):
    """Second reader (h39-review): a page's own questions to its reader (`vous`,
    `votre`) in an article that only cites `une interview au Parisien` have no
    interviewee: the answers are the page's, not the minister's."""
    quotes = annotate(
        "Prime énergie : ce qui change pour vous en janvier\n"
        "Le ministre de l'Économie, Paul Garnier, a confirmé dans une interview au Parisien "
        "la prolongation de la prime.\n"
        "Êtes-vous concerné ?\n"
        "Les ménages dont le revenu est inférieur à 20 000 euros peuvent en bénéficier.\n"
        "Comment faire votre demande ?\n"
        "La demande se fait en ligne, avant le 31 mars.\n"
        "Quand recevrez-vous l'argent ?\n"
        "Le versement intervient dans un délai de deux mois.")
    assert not [q for q in quotes if q["text"].startswith("La demande se fait")]


def test_the_interview_words_are_found_only_where_the_pattern_finds_them():
    """`_says_interview` tries the pattern only when one of its literal words is there:
    the same answer as the pattern's search on every form it knows and on near misses."""
    from presswatch.nlp.interviews import _INTERVIEW_WORDS, _says_interview

    texts = ["Propos recueillis par Jeanne Morel", "Dans une interview accordée hier",
             "Interview : la maire répond", "Elle a répondu à nos questions.",
             "Entretien\nLa directrice revient sur l'année", "Entretien avec le chef",
             "Entretien réalisé par téléphone", "Trois questions à la rectrice",
             "3 questions à l'économiste", "l'entretien des routes coûte cher",
             "dans un entretien au journal local", "des questions à la ministre",
             "Les interviews se suivent", "Propos tenus hier", "une réunion sans questions"]
    for text in texts:
        assert _says_interview(text) == (_INTERVIEW_WORDS.search(text) is not None), text
    assert sum(map(_says_interview, texts)) == 9
