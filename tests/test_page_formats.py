"""The page formats real news sites publish (issue 9, the format probe
`eval/probes-formats`): a quotation over several paragraphs, a quotation opening the
paragraph after a cue and a colon. Every text is our own; each layout is tried with one
and two line breaks between paragraphs."""

from __future__ import annotations

import pytest
from test_quotes import find

from presswatch.nlp.marks import find_segments


@pytest.mark.parametrize("mark", ["«", "»"])
def test_a_quotation_carried_over_paragraphs_is_one_segment(mark):
    text = (f"Le maire écrit :\n« Nous avons tout essayé pendant deux ans.\n{mark} Rien "
            "n'a changé, et les riverains sont à bout. »\nLa suite du texte.")
    (seg,) = find_segments(text)
    assert text[seg.start: seg.end] == (
        f"Nous avons tout essayé pendant deux ans.\n{mark} Rien n'a changé, et les "
        "riverains sont à bout.")


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("“", "”")])
def test_a_quotation_in_english_marks_carried_over_paragraphs_is_one_segment(opening, closing):
    text = (f"La directrice écrit :\n{opening}Nous fermerons le service en juin.\n"
            f"{opening}Les patients seront orientés vers Rodez.{closing}\nFin.")
    (seg,) = find_segments(text)
    assert text[seg.start: seg.end] == (f"Nous fermerons le service en juin.\n{opening}Les "
                                        "patients seront orientés vers Rodez.")


def test_a_paragraph_opening_with_a_mark_after_a_closed_quotation_is_its_own():
    text = "« Première phrase assez longue. »\n« Seconde phrase, tout aussi longue. »"
    assert len(find_segments(text)) == 2


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_cue_and_colon_ending_a_paragraph_take_the_quotation_over_paragraphs(annotate, sep):
    text = sep.join([
        "Le conseil municipal de Pradelles a voté la fermeture de l'école.",
        "Son directeur, Marc Olivier, a réagi :",
        "« Nous accueillons quarante enfants depuis trente ans. Personne ne nous a consultés.",
        "« Nous ferons appel de cette décision devant le tribunal administratif. »",
        "La préfecture n'a pas répondu."])
    q = find(annotate(text), (
        "Nous accueillons quarante enfants depuis trente ans. Personne ne nous a consultés."
        f"{sep}« Nous ferons appel de cette décision devant le tribunal administratif"))
    assert (q["type"], q["speaker"]) == ("direct", "Marc Olivier")


@pytest.mark.parametrize("lead", [
    "Plusieurs élus ont réagi dans la soirée.",
    "La sénatrice Claire Auzou a tweeté :",
])
def test_an_embedded_post_of_several_sentences_is_quoted_whole(annotate, lead):
    text = "\n".join([
        "Le conseil régional a voté le budget des lycées mardi.", lead,
        "Un budget en baisse pour nos lycées. C'est une faute. Nous voterons contre. "
        "pic.twitter.com/Ab12Cd34",
        "— Claire Auzou (@ClaireAuzou) 3 décembre 2026"])
    q = find(annotate(text), "Un budget en baisse pour nos lycées. C'est une faute. "
                             "Nous voterons contre")
    assert (q["type"], q["speaker"]) == ("direct", "Claire Auzou")


@pytest.mark.parametrize("line, speaker", [
    ("Le sculpteur Anselme Varin : « Le bronze me manquait depuis dix ans. »",
     "Anselme Varin"),
    ("Le trois-quarts centre Mathis Oyarzun, auteur de deux essais : « On a enfin joué "
     "notre rugby. »", "Mathis Oyarzun"),
])
def test_a_pull_quote_line_may_give_the_role_before_the_name(annotate, line, speaker):
    quotes = annotate("Les réactions après la rencontre.\n" + line)
    assert [q["speaker"] for q in quotes if q["type"] == "direct"] == [speaker]


def test_a_quotation_after_a_sentence_about_another_named_person_is_theirs(annotate):
    quotes = annotate(
        "« Nous avons souffert jusqu'au bout », reconnaît Lucas Ferrat, le capitaine.\n"
        "Son coéquipier, Damien Vautrin, a marqué le but de la victoire. « J'ai frappé "
        "sans regarder, le ballon est entré. »")
    q = find(quotes, "J'ai frappé sans regarder, le ballon est entré")
    assert q["speaker"] == "Damien Vautrin"


def test_a_live_blog_entry_may_open_on_a_pull_quote_line(annotate):
    quotes = annotate("Le direct de la soirée électorale.\n"
                      "21h12 - Paul Ternier : « Nous avons perdu, je l'assume pleinement. »\n"
                      "9:05 – Le maire Jean Fabre : « Je reste à votre écoute. »")
    assert [q["speaker"] for q in quotes] == ["Paul Ternier", "Jean Fabre"]


def test_a_round_up_line_may_open_on_a_role(annotate):
    quotes = annotate("Lyon a battu Nantes samedi. Les réactions.\n"
                      "L'entraîneur lyonnais, Paul Ternier : « On a été solides du début à la "
                      "fin. »\nLe capitaine nantais : « On n'a pas existé ce soir. »\n"
                      "Le verdict : « Une défaite logique et méritée. »")
    assert [q["speaker"] for q in quotes] == ["Paul Ternier", "le capitaine nantais"]


def test_a_round_up_in_capitals_names_its_speakers(annotate):
    quotes = annotate("Les réactions après le match.\n"
                      "CLAIRE AUBIN (présidente) : « C'est une défaite qui fait mal. »\n"
                      "JEAN-MARC FABRE, défenseur : « On doit se relever très vite. »\n"
                      "LIRE AUSSI : « Le club sanctionné par la ligue »")
    assert [q["speaker"] for q in quotes if q["speaker"]] == ["CLAIRE AUBIN", "JEAN-MARC FABRE"]


@pytest.mark.parametrize("caption", [
    "Paul Ternier, adjoint aux sports, lors du conseil de mardi. Photo Le Journal / A. Moreau",
    "Le maire au conseil municipal, mardi soir. (Photo AFP)",
    "Le bassin olympique, fermé depuis lundi. © Studio Lenoir",
])
def test_a_photo_caption_between_quotations_is_passed_over(annotate, caption):
    quotes = annotate("« Nous n'avions plus le choix », explique le maire, Jean Fabre.\n"
                      f"{caption}\n« La piscine coûtait 300 000 euros par an à la commune. »")
    assert find(quotes, "La piscine coûtait 300 000 euros par an à la commune")["speaker"] \
        == "Jean Fabre"


def test_a_vox_pop_or_round_up_line_may_describe_before_its_colon(annotate):
    quotes = annotate("Lyon a battu Nantes samedi.\n"
                      "Le pivot de Nantes, Ugo Lambert, furieux contre l'arbitrage : « La "
                      "dernière faute était évidente pour tout le monde. »\n"
                      "Une habitante rencontrée au marché : « On n'entend plus que ça depuis "
                      "lundi. »\nLe verdict, sans appel : « Une défaite logique et méritée. »")
    assert [q["speaker"] for q in quotes] == ["Ugo Lambert",
                                              "une habitante rencontrée au marché"]


def test_a_post_after_a_colon_report_is_its_accounts(annotate):
    quotes = annotate("La fédération porte plainte. Son président, Luc Morin, a publié sur X "
                      "une vidéo du lac :\nDes centaines de poissons morts. Une honte. Nous "
                      "irons jusqu'au bout. pic.twitter.com/Ab12\n"
                      "— Luc Morin (@LucMorin) 3 mai 2026")
    q = find(quotes, "Des centaines de poissons morts. Une honte. Nous irons jusqu'au bout")
    assert (q["type"], q["speaker"]) == ("direct", "Luc Morin")


def test_an_embedded_posts_signature_may_have_lost_its_dash(annotate):
    quotes = annotate("Plusieurs élus ont réagi.\n"
                      "Un budget en baisse pour nos lycées. Nous voterons contre. #budget\n"
                      "Claire Auzou (@ClaireAuzou) 3 décembre 2026")
    q = find(quotes, "Un budget en baisse pour nos lycées. Nous voterons contre")
    assert (q["type"], q["speaker"]) == ("direct", "Claire Auzou")


def test_a_post_of_several_lines_runs_from_the_line_that_introduces_it(annotate):
    quotes = annotate("La ministre a réagi sur X :\nNous ne laisserons pas faire.\n"
                      "La sécurité des agents est notre priorité. pic.twitter.com/x\n"
                      "— Anne Sorel (@AnneSorel) 3 mai 2026\nLa suite de l'article.")
    q = find(quotes, "Nous ne laisserons pas faire.\nLa sécurité des agents est notre "
                     "priorité")
    assert (q["type"], q["speaker"]) == ("direct", "Anne Sorel")


@pytest.mark.parametrize("signature, speaker", [
    ("Marie Delorme, maire de Saint-Brieuc", "Marie Delorme"),
    ("La directrice du centre social, Hélène Varin.", "Hélène Varin"),
    # an occasion after the role is still a signature, no photo caption's scene
    ("Paul Girard, adjoint au maire, lors de l'inauguration", "Paul Girard"),
])
def test_a_pull_quote_that_lost_its_marks_is_the_signers_when_its_paragraph_ends_signed(
        annotate, signature, speaker):
    quotes = annotate("Le nouveau pont sera ouvert en juin.\n\nNous avons tenu nos délais et "
                      "je suis fier des équipes qui ont travaillé tout l'hiver. "
                      f"{signature}\n\nLes travaux ont coûté 12 millions d'euros.")
    q = find(quotes, "Nous avons tenu nos délais et je suis fier des équipes qui ont "
                     "travaillé tout l'hiver")
    assert (q["type"], q["speaker"], q["cue"]) == ("direct", speaker, None)


def test_a_pull_quote_signed_after_a_dash_without_marks_is_the_signers(annotate):
    quotes = annotate("La fête a attiré 20 000 personnes.\nJe n'avais jamais vu une telle "
                      "affluence en vingt ans - Paul Morel, président du comité des fêtes\n"
                      "La prochaine édition aura lieu en juillet.")
    q = find(quotes, "Je n'avais jamais vu une telle affluence en vingt ans")
    assert (q["type"], q["speaker"]) == ("direct", "Paul Morel")


@pytest.mark.parametrize("paragraph", [
    # the outlet's own `nous` signed by its reporter's name and town: no role, no quote
    "Nous reviendrons sur ce dossier dans notre prochaine édition. Pierre Dulac, à Lyon",
    # a photo credit after a sentence in the first person
    "Les secours sont arrivés vers minuit et nous ont évacués. Photo : Jean Martin",
    # narration in the third person before a signature
    "Le conseil municipal a voté le budget après trois heures de débat. Marie Delorme, "
    "maire de Saint-Brieuc",
    # the outlet's own `nous` and `nos` (h40-review): a caption or its reporter's line after
    "Nous avons rencontré les organisateurs dans leur local du centre-ville. Claire "
    "Vasseur, présidente de l'association, dans son bureau.",
    "Contacté par nos soins, le directeur n'a pas répondu à nos questions. Paul Girard, "
    "adjoint au maire",
    "Il nous a reçus dans sa mairie, entouré de ses adjoints. Paul Girard, maire de la "
    "commune depuis 2014",
])
def test_a_paragraph_ending_on_a_name_is_no_pull_quote_unless_it_speaks_and_is_signed(
        annotate, paragraph):
    quotes = annotate(f"Le conseil s'est réuni lundi.\n\n{paragraph}\n\nFin de séance.")
    assert quotes == []


@pytest.mark.parametrize("gloss", [", en espagnol", ""])
def test_a_quotation_and_its_translation_are_two_quotes_of_one_speaker(annotate, gloss):
    quotes = annotate("L'attaquant brésilien Tiago Mendes a marqué deux fois. « Foi um jogo "
                      f"duro » (« Ce fut un match difficile »{gloss}), a-t-il reconnu.")
    original = find(quotes, "Foi um jogo duro")
    translated = find(quotes, "Ce fut un match difficile")
    assert original["type"] == translated["type"] == "direct"
    assert original["speaker"] == translated["speaker"] == "Tiago Mendes"
    assert original["cue"] == translated["cue"] == "a-t-il reconnu"


def test_a_live_entry_quoting_alone_after_a_time_line_is_the_speaker_named_before(annotate):
    quotes = annotate("EN DIRECT - Tempête sur la côte\n19h32\nLe maire de Penmarc'h, Yves "
                      "Le Floch, arrive sur la digue.\n19h35\n« Les vagues ont franchi le "
                      "parapet. Personne ne doit sortir ce soir. »\n19h40\nIl a aussi "
                      "annoncé la fermeture du port.")
    said = find(quotes, "Les vagues ont franchi le parapet. Personne ne doit sortir ce soir")
    assert said["speaker"] == "Yves Le Floch"


@pytest.mark.parametrize("stamp", ["• 20:33 | ", "20h33 ", "20:33 - "])
def test_a_live_entry_that_is_a_quotation_alone_is_the_person_of_the_entry_before(
        annotate, stamp):
    quotes = annotate("Soirée électorale : le live\n• 20:15 | Au QG, les militants chantent. "
                      "Le maire sortant, Paul Icart, reconnaît « un revers ».\n"
                      "• 20:31 | Julie Morvan monte sur scène.\n"
                      f"{stamp}« Merci à tous. Dès demain, je me mets au travail. »")
    said = find(quotes, "Merci à tous. Dès demain, je me mets au travail")
    assert said["speaker"] == "Julie Morvan"


@pytest.mark.parametrize("line, speaker", [
    ("17h30\nUn sinistré : « On a tout perdu, même les papiers de la maison. »",
     "un sinistré"),
    ("17h30 - Une usagère rencontrée à la gare : « On a tout perdu, même les papiers de la "
     "maison. »", "une usagère rencontrée à la gare"),
    ("Son ancien pianiste, Luc Arnaud : « On a tout perdu, même les papiers de la maison. »",
     "Luc Arnaud")])
def test_a_vox_pop_line_opening_on_a_status_or_a_possessive_role(annotate, line, speaker):
    quotes = annotate("Inondations : le point\nLa préfète a fait le point à 17 heures. Un "
                      f"hydrologue précise que « la crue a atteint son pic ».\n{line}")
    said = find(quotes, "On a tout perdu, même les papiers de la maison")
    assert said["speaker"] == speaker


PRESS_REVIEW = (
    "Élections au Monteverde : la presse étrangère divisée\n"
    "Au lendemain du scrutin, les journaux étrangers commentent la victoire de Julio Paredes.\n"
    "« Un président élu par défaut dans un pays épuisé » (La Voz del Norte, Santa Rita).\n"
    "« Paredes devra gouverner avec un Sénat hostile » (The Northern Courier).\n"
    "« Le soir du vote sur la grande place de Santa Rita » (Photo Julien Marc).\n"
    "« Nous ne reculerons devant rien pour la paix du pays » (AFP).")


def test_a_press_reviews_quotation_is_the_paper_named_in_brackets_after_it(annotate):
    quotes = annotate(PRESS_REVIEW)
    assert find(quotes, "Un président élu par défaut dans un pays épuisé")["speaker"] in {
        "La Voz del Norte", "la Voz del Norte"}
    assert find(quotes, "Paredes devra gouverner avec un Sénat hostile")["speaker"] == \
        "The Northern Courier"
    assert not [q for q in quotes if q["speaker"] and q["speaker"].startswith(("Photo", "AFP"))]


@pytest.mark.parametrize("headline, quoted, speaker", [
    ("« Nous ne fermerons aucune classe » : le recteur rassure les parents d'élèves",
     "Nous ne fermerons aucune classe", "Paul Dorian"),
    ("« Gardez nos classes ouvertes » : trente maires écrivent au recteur",
     "Gardez nos classes ouvertes", "trente maires")])
def test_a_headline_quotation_before_a_colon_is_the_subject_of_the_clause_after(
        annotate, headline, quoted, speaker):
    quotes = annotate(f"{headline}\nLe recteur de l'académie, Paul Dorian, a reçu les "
                      "parents mardi. Trente maires lui avaient écrit la veille.")
    assert find(quotes, quoted)["speaker"] == speaker


def test_a_headline_quotation_before_a_colon_and_no_clause_is_nobodys(annotate):
    quotes = annotate("« Un hiver sans chauffage » : notre reportage dans les tours du "
                      "quartier Nord\nLes habitants vivent depuis un mois sans chauffage.")
    assert not quotes


@pytest.mark.parametrize("first", ["« Madame la préfète,", "« Madame,"])
def test_a_letter_opened_once_and_closed_paragraphs_later_is_one_quotation(first):
    text = ("Les parents d'élèves ont écrit à la préfète. Extraits.\n"
            f"{first}\nDepuis la rentrée, trois classes n'ont plus de chauffage.\n"
            "Nous vous demandons de venir constater la situation. »\n"
            "La préfecture n'a pas répondu.")
    (seg,) = find_segments(text)
    assert text[seg.start: seg.end] == (
        f"{first[2:]}\nDepuis la rentrée, trois classes n'ont plus de chauffage.\n"
        "Nous vous demandons de venir constater la situation.")


def test_a_quotation_left_open_and_a_stray_mark_after_another_quotation_stay_apart():
    text = ("« Nous verrons bien ce que dira la préfète demain matin\n"
            "Le maire a reçu « les parents » lundi.\nIls sont repartis déçus. »")
    assert len(find_segments(text)) == 2


def test_a_letters_excerpts_are_the_words_of_who_wrote_it(annotate):
    quotes = annotate("Le maire de Lanvoy, Yves Kerbrat, a écrit au préfet. Extraits.\n"
                      "« Monsieur le préfet,\nDepuis la rentrée, trois classes n'ont plus de "
                      "chauffage.\nJe vous demande de venir constater la situation. »\n"
                      "La préfecture n'a pas répondu.")
    letter = find(quotes, "Monsieur le préfet,\nDepuis la rentrée, trois classes n'ont plus de "
                  "chauffage.\nJe vous demande de venir constater la situation")
    assert letter["speaker"] == "Yves Kerbrat"


def test_a_letters_excerpts_are_the_words_of_a_group_that_wrote_it(annotate):
    # (the parser makes `Soixante`, `maires` and `plateau` roots of their own here: the
    # verb has no subject, the sentence's opening noun phrase is it)
    quotes = annotate("Tribune. « Sauvons la ligne » : 70 maires interpellent le ministre des "
                      "Transports\nSoixante-dix maires du plateau de la Serre ont adressé "
                      "vendredi une lettre ouverte au ministre des Transports, Paul Marty. "
                      "Extraits.\n« Monsieur le ministre,\nDepuis 1889, la ligne relie nos "
                      "villages.\nNous vous demandons de la maintenir. »\nLe ministère n'a pas "
                      "répondu.")
    letter = find(quotes, "Monsieur le ministre,\nDepuis 1889, la ligne relie nos villages.\n"
                  "Nous vous demandons de la maintenir")
    assert letter["speaker"] is not None and "maires" in letter["speaker"]


PORTRAIT = (
    "Portrait. Jeanne Aubrac, la dernière vannière du Ségala\n"
    "L'atelier sent l'osier mouillé. Jeanne Aubrac pose son couteau sur l'établi.\n"
    "« Ma mère tressait des paniers, ma grand-mère aussi. Moi, j'ai commencé à huit ans. »\n"
    "Elle sourit. Dehors, la pluie tombe sur la cour.\n"
    "« Aujourd'hui, on me commande des corbeilles pour les fleuristes de Toulouse. Je n'en "
    "reviens pas. »\n"
    "Son petit-neveu, Hugo Aubrac, 19 ans, vient le samedi. « Elle ne laisse rien passer. "
    "Un panier raté, elle le défait. »")


def test_a_portraits_quotation_after_a_sentence_of_scenery_is_the_persons_before(annotate):
    quotes = annotate(PORTRAIT)
    said = find(quotes, "Aujourd'hui, on me commande des corbeilles pour les fleuristes de "
                "Toulouse. Je n'en reviens pas")
    assert said["speaker"] == "Jeanne Aubrac"


def test_a_quotation_after_a_kin_noun_with_a_name_apposed_is_that_persons(annotate):
    quotes = annotate(PORTRAIT)
    said = find(quotes, "Elle ne laisse rien passer. Un panier raté, elle le défait")
    assert said["speaker"] == "Hugo Aubrac"


def test_a_press_reviews_headline_titled_by_a_paper_is_the_papers(annotate):
    quotes = annotate("« Une victoire en trompe-l'œil », titre L'Écho de la Vallée, qui juge "
                      "que « rien n'est réglé ».")
    assert find(quotes, "Une victoire en trompe-l'œil")["speaker"] == "L'Écho de la Vallée"


def test_a_digests_answers_by_topic_are_the_speaker_named_before(annotate):
    quotes = annotate("Invitée de Radio Vézère mardi, la présidente des apiculteurs du "
                      "département, Odile Ferrier, a répondu aux auditeurs. Voici ses "
                      "principales déclarations.\n"
                      "Sur le frelon asiatique : « Nous avons détruit six cents nids cette "
                      "année. C'est deux fois plus qu'en 2024. »\n"
                      "Sur les pesticides : « Les ruches près des vignes perdent la moitié de "
                      "leurs abeilles. Il faut des zones sans traitement. »\n"
                      "Concernant le miel importé : « Le consommateur doit lire l'étiquette, "
                      "tout est écrit dessus. »")
    for said in ("Nous avons détruit six cents nids cette année. C'est deux fois plus qu'en "
                 "2024", "Les ruches près des vignes perdent la moitié de leurs abeilles. Il "
                 "faut des zones sans traitement", "Le consommateur doit lire l'étiquette, "
                 "tout est écrit dessus"):
        assert find(quotes, said)["speaker"] == "Odile Ferrier"
