"""How the words around a verb of saying make or unmake a quote: pronouns glued to an
incise, a place the tagger took for a verb, a speaker's description that ends on an
acronym, a source inside a relative clause, a passive that quotes a label, `tel que rapporté
par X`. Every sentence is our own; each construction is tried with more than one wording."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Le barrage a cédé dans la nuit. « Personne ne pouvait l'anticiper », en a conclu "
     "l'ingénieure Lise Moreau.", "Personne ne pouvait l'anticiper", "Lise Moreau",
     "en a conclu"),
    ("« Le projet est mort », y a ajouté Marie Dupont.", "Le projet est mort", "Marie Dupont",
     "y a ajouté"),
    ("« Nous avons gagné », s'en est félicité le maire.", "Nous avons gagné", "le maire",
     "s'en est félicité"),
])
def test_an_incise_may_open_on_en_or_y(annotate, text, content, speaker, cue):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"], q["cue"]) == ("direct", speaker, cue)


@pytest.mark.parametrize("text, content, cue", [
    ("La mairie a réagi en annonçant la fermeture du marché.", "la fermeture du marché",
     "annonçant"),
    ("Elle a clos la séance en évoquant la situation des hôpitaux.",
     "la situation des hôpitaux", "évoquant"),
])
def test_the_gerunds_en_is_not_part_of_the_cue(annotate, text, content, cue):
    assert find(annotate(text), content)["cue"] == cue


def test_comme_en_temoigne_cites_evidence_not_a_speaker(annotate):
    quotes = annotate("La colère reste forte, comme en témoigne la manifestation de samedi.")
    assert not quotes


@pytest.mark.parametrize("text, content", [
    ("L'entraîneuse a rappelé lors de son point presse à Santa Cruz, la veille de la finale, "
     "que « chaque match compte ».", "chaque match compte"),
    ("La ministre a expliqué à Porto Alegre que la coopération allait reprendre.",
     "la coopération allait reprendre"),
])
def test_a_place_the_tagger_reads_as_a_verb_is_not_what_was_said(annotate, text, content):
    quotes = annotate(text)
    assert find(quotes, content)
    assert not [q for q in quotes if q["text"].startswith(("Santa Cruz", "Porto"))]


@pytest.mark.parametrize("text, second", [
    ("« La saison a été rude, reconnaît Anne Roussel, viticultrice et présidente de la "
     "Confédération des vignerons indépendants du Sud-Ouest (CVISO). Le gel a tout pris en "
     "avril. »", "Le gel a tout pris en avril"),
    ("« Nous manquons de bras, explique Marie Dupont, présidente de la Fédération des "
     "commerçants (FDC). Les clients ne viennent plus. »", "Les clients ne viennent plus"),
])
def test_a_quotation_resumes_after_a_description_that_ends_on_an_acronym(annotate, text,
                                                                        second):
    assert find(annotate(text), second)["type"] == "direct"


@pytest.mark.parametrize("text, said, speaker", [
    ("La grève a été votée à une large majorité, a précisé la SdJ.",
     "La grève a été votée à une large majorité", "la SdJ"),
    ("Le chantier reprendra lundi, a indiqué le SdP.", "Le chantier reprendra lundi",
     "le SdP"),
    ("La réunion est reportée, a fait savoir la CdC.", "La réunion est reportée", "la CdC"),
])
def test_a_sentences_full_stop_after_an_acronym_is_not_the_speakers(annotate, text, said,
                                                                    speaker):
    """`…, a précisé la SdJ.`: the tokenizer glues the full stop to an acronym in mixed
    case; the speaker is the acronym without it."""
    assert find(annotate(text), said)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Elle veut soutenir les artisans qui, selon elle, restent « les oubliés » du plan de "
     "relance.", "restent « les oubliés » du plan de relance", "elle"),
    ("Le texte prévoit des aides que, selon le ministre, les régions devront verser avant "
     "juin.", "les régions devront verser avant juin", "le ministre"),
])
def test_a_source_inside_a_relative_clause_speaks_for_that_clause_only(annotate, text,
                                                                       content, speaker):
    quotes = annotate(text)
    selon = [q for q in quotes if q["cue"] == "selon"]
    assert [q["text"] for q in selon] == [content]
    assert selon[0]["mention"] == speaker


@pytest.mark.parametrize("text, label, speaker", [
    ("Ce rapport a même été qualifié de « scandale » par la sénatrice Inès Barre.", "scandale",
     "Inès Barre"),
    ("La décision a été jugée « scandaleuse » par les syndicats.", "scandaleuse",
     "les syndicats"),
])
def test_a_passive_judgement_quotes_the_agents_label(annotate, text, label, speaker):
    q = find(annotate(text), label)
    assert (q["type"], q["speaker"]) == ("direct", speaker)


def test_a_passive_without_a_quoted_label_or_agent_quotes_nothing(annotate):
    assert not annotate("La décision a été jugée « scandaleuse ».")
    assert not annotate("Le bâtiment a été qualifié de « remarquable » en 2020.")


@pytest.mark.parametrize("text, content", [
    ("Le collectif avait réclamé au recteur « un vrai plan de rénovation ».",
     "un vrai plan de rénovation"),
    ("La maire a demandé au préfet « des moyens supplémentaires ».", "des moyens supplémentaires"),
])
def test_a_quoted_object_after_an_addressee_is_what_was_said(annotate, text, content):
    assert find(annotate(text), content)["type"] == "direct"


@pytest.mark.parametrize("text, content", [
    ("Elle a dénoncé « une mascarade » lundi.", "une mascarade"),
    ("Le syndicat a réclamé « une hausse générale » le 3 mai 2024.", "une hausse générale"),
    # the event the words answered
    ("Le maire a salué « un succès collectif » après la victoire annoncée de son équipe.",
     "un succès collectif"),
    ("La ministre a dénoncé « une provocation » après les propos du député.",
     "une provocation"),
])
def test_a_date_after_a_quoted_object_is_the_narrators(annotate, text, content):
    assert find(annotate(text), content)["type"] == "direct"


def test_a_topic_after_a_quoted_object_stays_in_the_quote(annotate):
    assert find(annotate("Elle a dénoncé « une mascarade » sur les retraites."),
                "« une mascarade » sur les retraites")["type"] == "mixed"


@pytest.mark.parametrize("text, content, addressee", [
    ("La ministre a mis en garde les parents contre les faux médicaments.",
     "les faux médicaments", "les parents"),
    ("Les avocats ont mis en garde les juges contre le risque d'une erreur judiciaire.",
     "le risque d'une erreur judiciaire", "les juges"),
])
def test_a_warning_names_whom_it_warns_before_contre(annotate, text, content, addressee):
    q = find(annotate(text), content)
    assert q["act"] == "warning"
    assert addressee in (q.get("addressee") or "")


def test_a_quotation_opening_on_a_pronoun_after_an_addressee_is_still_said(annotate):
    """Guard for the rule above: looking inside the marks must not turn away a quotation
    whose first word is a pronoun."""
    q = find(annotate("Le maire a répété à ses adjoints « Je ne partirai pas »."),
             "Je ne partirai pas")
    assert q["speaker"] == "le maire"


@pytest.mark.parametrize("text", [
    "Les gendarmes ont interpellé deux individus, âgés d'une quarantaine d'années.",
    "La candidate a été acclamée par plus de deux mille partisans.",
    "Le tribunal a prononcé une peine d'inéligibilité avec effet immédiat.",
])
def test_an_arrest_a_cheer_or_a_sentence_is_not_speech(annotate, text):
    assert not annotate(text)


def test_interpeller_reports_its_topic_and_names_its_addressee(annotate):
    q = find(annotate("La députée a interpellé le ministre sur la fermeture de la maternité."),
             "la fermeture de la maternité")
    assert (q["speaker"], q["act"]) == ("la députée", "question")


@pytest.mark.parametrize("text, content", [
    ("Il a défendu en présence des élus de la région le projet de tramway.",
     "le projet de tramway"),
    ("Le ministre a dénoncé dans un communiqué de presse la décision du tribunal.",
     "la décision du tribunal"),
])
def test_an_object_after_a_circumstance_is_what_was_said(annotate, text, content):
    assert find(annotate(text), content)


@pytest.mark.parametrize("text, content, speaker", [
    ("L'observatoire note que les loyers augmentent dans le centre-ville.",
     "les loyers augmentent dans le centre-ville", "l'observatoire"),
    ("Les infirmières ont fait entendre leur colère.", "leur colère", "les infirmières"),
])
def test_noter_a_clause_and_faire_entendre_a_feeling_report_it(annotate, text, content,
                                                               speaker):
    """`note que …` states a fact observed; `faire entendre` a feeling the speaker
    expresses (expression nouns only: `faire entendre un bruit` is no speech)."""
    assert same_speaker(find(annotate(text), content)["speaker"], speaker)


@pytest.mark.parametrize("text", [
    "Le professeur a noté les copies du bac blanc avec sévérité.",
    "Elle a noté son numéro de téléphone sur un carnet.",
    "Les clients notent les restaurants sur une application.",
    "Le moteur a fait entendre un bruit étrange.",
])
def test_noter_a_noun_phrase_grades_or_writes_it_down(annotate, text):
    """`noter` with a noun phrase grades or writes down far more often than it reports (as
    `constater`, `observer`, `relever`, it reports with a clause only: perception, by the
    guideline, counts with a clause)."""
    assert not annotate(text)


@pytest.mark.parametrize("text, content", [
    ("La rectrice a fait part aux enseignants de son souhait de revoir les horaires.",
     "son souhait de revoir les horaires"),
    ("Le maire a fait part aux habitants de sa colère.", "sa colère"),
    ("Le président a estimé pour sa part au cours de la même conférence de presse qu'il "
     "était encore possible de négocier.", "il était encore possible de négocier"),
])
def test_whom_the_words_were_for_stands_between_verb_and_content(annotate, text, content):
    assert find(annotate(text), content)


@pytest.mark.parametrize("text", [
    "Le président entend évoquer avec son homologue le plan de soutien à l'industrie.",
    "Elle compte annoncer sa candidature lundi.",
    "Le maire a entendu dire que l'usine fermerait.",
])
def test_an_intended_or_overheard_report_is_not_speech(annotate, text):
    assert not annotate(text)


def test_a_court_judging_a_person_named_in_apposition_reports_no_view(annotate):
    """`juger` a person (`Le tribunal jugeait un agent …, X, …`) is a trial, not a view; a
    view on someone's conduct stays one."""
    assert annotate("Le tribunal correctionnel jugeait jeudi un agent de sécurité de 31 "
                    "ans, Dylan Peyrac, poursuivi pour violences.") == []
    q = find(annotate("Le ministre a jugé l'attitude de Paul Roux inacceptable."),
             "l'attitude de Paul Roux inacceptable")
    assert q["speaker"] == "le ministre"


@pytest.mark.parametrize("text", [
    "Chaque salarié se verra proposer un poste équivalent.",
    "La maire s'est vu refuser l'accès au bâtiment.",
])
def test_what_one_sees_oneself_offered_or_refused_is_no_speech_of_one_s_own(annotate, text):
    """`se voir proposer`, `s'est vu refuser`: the subject received the offer or refusal;
    whoever made it is not named, a passive without its agent."""
    assert not annotate(text)


@pytest.mark.parametrize("text", [
    "La direction du club a annoncé la nouvelle, mardi 4 mars.",
    "Le ministre a livré son analyse.",
])
def test_an_object_naming_the_speech_event_is_not_what_was_said(annotate, text):
    assert not annotate(text)


def test_a_demanded_speech_event_is_what_was_asked_for(annotate):
    q = find(annotate("Moscou a demandé une réponse écrite."), "une réponse écrite")
    assert q["act"] == "demand"


@pytest.mark.parametrize("text, content", [
    ("La médiatrice, Léa Brun, pense qu'un compromis « se dessine », a-t-elle écrit sur son "
     "blog.", "un compromis « se dessine »"),
    ("Les deux entraîneurs restent confiants, l'un assurant que « rien n'est perdu », "
     "l'autre restant plus prudent.", "rien n'est perdu"),
    ("La mairie a indiqué qu'elle rouvrirait la piscine en juillet, les travaux étant "
     "presque finis.", "elle rouvrirait la piscine en juillet"),
])
def test_a_reported_clause_stops_before_an_incise_or_a_clause_with_its_own_subject(
        annotate, text, content):
    assert find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("Elle a demandé aux étudiants et à toute la communauté universitaire de se mobiliser.",
     "se mobiliser"),
    ("Les maires ont réclamé, à leur tour, à la préfète, Anne Colin, de suspendre les "
     "coupures d'eau.", "suspendre les coupures d'eau"),
])
def test_addressees_in_turn_or_in_pairs_stand_before_the_content(annotate, text, content):
    assert find(annotate(text), content)["act"] == "demand"


def test_a_circumstance_after_the_object_is_no_second_addressee(annotate):
    quotes = annotate("Le tribunal a condamné lundi plusieurs militants à des peines de prison, "
                      "à quelques jours de l'anniversaire du soulèvement.")
    assert not [q for q in quotes if "anniversaire" in q["text"] and
                not q["text"].startswith(("plusieurs", "à des"))]


@pytest.mark.parametrize("text, content", [
    ("Selon lui, la réforme passera sans difficulté, a-t-il ajouté.",
     "la réforme passera sans difficulté"),
    ("Pour le maire, l'école rouvrira en septembre, a-t-il assuré à la presse.",
     "l'école rouvrira en septembre"),
])
def test_a_source_phrase_content_stops_before_an_inverted_incise(annotate, text, content):
    assert find(annotate(text), content)


def test_a_role_apposition_with_a_hyphenated_name_is_not_the_content(annotate):
    quotes = annotate("Pour Marc Viel, porte-parole du collectif Nord-Est Solidaire, la "
                      "digue tiendra encore un hiver.")
    assert find(quotes, "la digue tiendra encore un hiver")["speaker"] == "Marc Viel"


@pytest.mark.parametrize("text, content", [
    ("Elle a d'ailleurs rappelé avoir prévenu la direction dès le mois de mars.",
     "avoir prévenu la direction dès le mois de mars"),
    ("Il a par ailleurs souligné que les travaux reprendraient en juin.",
     "les travaux reprendraient en juin"),
])
def test_an_adverb_between_auxiliary_and_participle_keeps_the_subject(annotate, text, content):
    assert find(annotate(text), content)["mention"] in {"Elle", "Il"}


@pytest.mark.parametrize("text, content", [
    ("Les élus qui ont fait valoir leur colère face au projet seront reçus vendredi.",
     "leur colère face au projet"),
    ("Les riverains qui ont dénoncé le bruit du chantier vont saisir la justice.",
     "le bruit du chantier"),
])
def test_a_report_in_a_relative_clause_stops_where_the_main_clause_resumes(
        annotate, text, content):
    assert find(annotate(text), content)


def test_an_incise_cutting_a_second_clause_reports_that_clause_only(annotate):
    quotes = annotate("Le syndicat a tenu bon et la grève, précise-t-il, durera jusqu'à "
                      "dimanche.")
    assert find(quotes, "la grève")["cue"] == "précise-t-il"
    assert find(quotes, "durera jusqu'à dimanche")["cue"] == "précise-t-il"


@pytest.mark.parametrize("text, mention", [
    ("« Il faut tenir » a répété le président du club et cette saison, dit-il, sera décisive "
     "pour tous.", "le président du club"),
    ("Le maire et son adjoint ont annoncé que la route serait fermée.",
     "Le maire et son adjoint"),
])
def test_a_coordinated_noun_phrase_that_opens_its_own_clause_is_not_a_second_speaker(
        annotate, text, mention):
    assert annotate(text)[0]["mention"] == mention


@pytest.mark.parametrize("text, label, agent", [
    ("Le maire a défendu le budget, qualifié de « mensonge » par l'opposition.", "mensonge",
     "l'opposition"),
    ("La préfète a présenté le plan, jugé « insuffisant » par les associations.",
     "insuffisant", "les associations"),
    ("Le texte a été qualifié de « honte » par les élus de la minorité.", "honte",
     "les élus de la minorité"),
])
def test_a_participle_with_a_par_agent_quotes_the_agents_label(annotate, text, label,
                                                               agent):
    q = find(annotate(text), label)
    assert (q["text"], q["speaker"]) == (label, agent)


def test_an_opening_participle_clause_ends_before_the_main_clause(annotate):
    quotes = annotate("Accusé par ses adversaires d'avoir truqué le vote, le candidat a "
                      "quitté la ville.")
    q = find(quotes, "avoir truqué le vote")
    assert (q["text"], q["speaker"]) == ("avoir truqué le vote", "ses adversaires")


@pytest.mark.parametrize("text", [
    "Les habitants ont sans réserve condamné cette attaque menée par des inconnus.",
    "Le conseil a fermement dénoncé la décision prise par la direction.",
])
def test_a_par_phrase_deeper_in_the_object_is_no_agent_of_the_verb(annotate, text):
    q = annotate(text)[0]
    assert q["speaker"] in {"les habitants", "le conseil"}
    assert "par" in q["text"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Jeanne Roche, maire de Lodève, a de son côté parlé d'un « jour historique ».",
     "un « jour historique »", "Jeanne Roche"),
    ("Le ministre Hugo Lenoir a pour sa part estimé que la réforme était prête.",
     "la réforme était prête", "Hugo Lenoir"),
    ("Le syndicat a à plusieurs reprises dénoncé une « provocation ».", "une « provocation »",
     "le syndicat"),
    # the parser makes `a` the main verb and the participle a modifier of `côté`
    ("Le gouvernement a de son côté assuré que les négociations se poursuivraient.",
     "les négociations se poursuivraient", "le gouvernement"),
    ("Le Sénat a de son côté affirmé que le budget serait voté avant Noël.",
     "le budget serait voté avant Noël", "le Sénat"),
])
def test_an_aside_without_commas_between_auxiliary_and_participle(annotate, text, content,
                                                                 speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Reprochant au préfet de mentir, les riverains ont bloqué la route.", "mentir",
     "les riverains"),
    ("Exigeant de la direction qu'elle renonce au plan, les syndicats ont quitté la réunion.",
     "qu'elle renonce au plan", "les syndicats"),
])
def test_an_opening_present_participle_clause_ends_before_the_main_clause(
        annotate, text, content, speaker):
    q = next(q for q in annotate(text) if content in q["text"])
    assert q["speaker"] == speaker
    assert speaker not in q["text"]


@pytest.mark.parametrize("text, content", [
    ("Devant la cour, il a contesté l'avoir poussé.", "l'avoir poussé"),
    ("La gérante a affirmé lui avoir rendu la monnaie.", "lui avoir rendu la monnaie"),
    ("Le témoin a reconnu s'être trompé de voiture.", "s'être trompé de voiture"),
    ("Le gardien a assuré ne pas les avoir entendus.", "ne pas les avoir entendus"),
])
def test_an_infinitive_content_keeps_its_own_pronouns(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le prévenu a toujours contesté avoir volé la caisse.", "avoir volé la caisse"),
    ("La joueuse admet avoir manqué de lucidité.", "avoir manqué de lucidité"),
])
def test_a_denial_or_an_admission_may_take_an_infinitive(annotate, text, content):
    assert find(annotate(text), content)


@pytest.mark.parametrize("text, content, cue", [
    ("La ministre a visité l'usine. Ainsi, estime-t-elle que le site doit rester ouvert.",
     "le site doit rester ouvert", "estime-t-elle"),
    ("Le colonel a pris la parole. Aussi, annonce-t-il la dissolution du gouvernement.",
     "la dissolution du gouvernement", "annonce-t-il"),
])
def test_an_inverted_verb_after_an_inversion_adverb_reports_forward(annotate, text, content,
                                                                    cue):
    q = find(annotate(text), content)
    assert q["cue"] == cue
    assert q["speaker"] in {"la ministre", "le colonel"}


def test_an_inverted_incise_still_reports_what_came_before(annotate):
    q = annotate("« Le site doit rester ouvert », estime-t-elle.")[0]
    assert q["text"] == "Le site doit rester ouvert"


@pytest.mark.parametrize("text, content, speaker", [
    ("Selon l'opposant Ousmane Diop, le vote est truqué.", "le vote est truqué",
     "Ousmane Diop"),
    ("Selon l'opposant Amadou Ba, le résultat est faux.", "le résultat est faux", "Amadou Ba"),
    ("Selon les manifestants, la police a chargé sans sommation.",
     "la police a chargé sans sommation", "les manifestants"),
])
def test_a_source_noun_the_tagger_reads_as_a_participle_still_names_the_source(
        annotate, text, content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Le magasin fermera en juin, a-t-on appris auprès de la direction.",
     "Le magasin fermera en juin", "la direction"),
    ("Un suspect a été arrêté, a appris l'agence de source policière ce jeudi.",
     "Un suspect a été arrêté", "source policière"),
    # `de` right after the verb names the source too
    ("La mine rouvrira en mars, a-t-on appris du directeur du site.",
     "La mine rouvrira en mars", "directeur du site"),
    ("Le festival est reporté, a-t-on appris de la préfecture.",
     "Le festival est reporté", "la préfecture"),
    # `du côté de` is a compound preposition: the source is what follows it
    ("La fusion est actée, a-t-on appris du côté de la direction.",
     "La fusion est actée", "la direction"),
    ("Le chantier prendra du retard, a-t-on appris du côté des architectes.",
     "Le chantier prendra du retard", "architectes"),
])
def test_learnt_from_names_the_source_after_aupres_de(annotate, text, content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Le concert est annulé, a-t-on appris lundi.",
    "Le concert est annulé, a-t-on appris de bonne source.",
])
def test_learnt_from_nobody_is_no_quote(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text, content", [
    ("Il alerte aussi sur l'état des ponts du département.", "l'état des ponts du département"),
    ("Elle juge que la sanction est disproportionnée.", "la sanction est disproportionnée"),
])
def test_a_word_after_a_subject_pronoun_is_a_verb_whatever_the_tagger_says(annotate, text,
                                                                           content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content, speaker", [
    ("Toujours selon le quotidien, le joueur a signé pour trois ans.",
     "le joueur a signé pour trois ans", "le quotidien"),
    ("Mais d'après la mairie, les travaux dureront jusqu'en mai.",
     "les travaux dureront jusqu'en mai", "la mairie"),
    ("Selon elle aussi, le chantier a pris du retard.", "le chantier a pris du retard", None),
    ("Le joueur a signé pour trois ans, toujours selon le quotidien.",
     "Le joueur a signé pour trois ans", "le quotidien"),
])
def test_connectives_around_a_source_phrase_are_neither_source_nor_content(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["text"], q["speaker"]) == (content, speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("En réalité, selon le syndicat, les salaires baisseront l'an prochain.",
     "les salaires baisseront l'an prochain", "le syndicat"),
    ("Par ailleurs, d'après la préfecture, deux routes resteront coupées.",
     "deux routes resteront coupées", "la préfecture"),
    ("Mardi soir, selon les pompiers, le feu était presque fixé.",
     "le feu était presque fixé", "les pompiers"),
    ("Dans la matinée, selon la mairie, l'école a rouvert ses portes.",
     "l'école a rouvert ses portes", "la mairie"),
])
def test_an_adverbial_opening_the_sentence_before_its_source_is_not_content(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("indirect", speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("Pour la ministre, à peine rentrée de Kinshasa, l'accord reste fragile.",
     "l'accord reste fragile", "la ministre"),
    ("Selon l'ambassadeur, fraîchement nommé à Rabat, les échanges ont nettement repris.",
     "les échanges ont nettement repris", "l'ambassadeur"),
    ("Pour le médiateur, tout juste revenu de Genève, mardi soir, il faut reprendre le "
     "dialogue.", "il faut reprendre le dialogue", "le médiateur"),
    # `cité` read as the noun `cité`: its agent says it is a participle
    ("Selon le ministre, cité par l'agence Belga, la frontière restera ouverte.",
     "la frontière restera ouverte", "le ministre"),
])
def test_a_participle_aside_on_the_source_is_not_what_it_says(annotate, text, content,
                                                              speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("indirect", speaker)


@pytest.mark.parametrize("text, content", [
    ("La directrice s'est montrée très prudente sur la date de réouverture.",
     "la date de réouverture"),
    ("Le préfet se veut optimiste quant à la fin de la sécheresse.", "la fin de la sécheresse"),
])
def test_a_stance_shown_about_a_topic_reports_the_topic(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text", [
    "Le gardien a montré sur le terrain toute sa classe.",
    "Le club veut sur le long terme garder son entraîneur.",
])
def test_showing_or_wanting_without_an_adjective_reports_nothing(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text, cue, speaker", [
    ("« Ce budget ne tient pas debout », tacle la sénatrice.", "tacle", "la sénatrice"),
    ("« Nous avons fait le maximum », avance la directrice de l'hôpital.", "avance",
     "la directrice de l'hôpital"),
])
def test_a_word_after_a_quotation_and_its_comma_is_the_incise_verb(annotate, text, cue,
                                                                    speaker):
    q = annotate(text)[0]
    assert (q["cue"], q["speaker"], q["type"]) == (cue, speaker, "direct")


@pytest.mark.parametrize("text, content, cue", [
    ("« C'est fini pour nous », s'écrie le maire.", "C'est fini pour nous", "s'écrie"),
    ("« Quelle belle victoire », s'est exclamée la capitaine.", "Quelle belle victoire",
     "s'est exclamée"),
    ("La ministre s'est extasiée sur la qualité du travail accompli.",
     "la qualité du travail accompli", "s'est extasiée"),
    ("Le député s'est élevé contre la fermeture de la maternité.",
     "la fermeture de la maternité", "s'est élevé"),
])
def test_pronominal_verbs_written_with_s_apostrophe_are_verbs_of_saying(
        annotate, text, content, cue):
    assert find(annotate(text), content)["cue"] == cue


@pytest.mark.parametrize("text", [
    "La passante qui a alerté la police a toutefois refusé de collaborer davantage.",
    "Le ministre refuse de démissionner malgré la pression.",
    "Le conseil a décidé de l'écarter de la direction du groupe.",
    "Le club l'a écarté de l'équipe première pour le match de samedi.",
    "Le taux de participation s'est élevé à 89,7 % (35 votants sur 39).",
])
def test_acts_and_amounts_that_only_look_like_reports_quote_nothing(annotate, text):
    assert annotate(text) == []


@pytest.mark.parametrize("text, content", [
    ("Le syndicat refuse que les salaires soient gelés.", "les salaires soient gelés"),
    ("Le maire a alerté sur le risque de crue.", "le risque de crue"),
    ("Le ministre a écarté toute idée de démission.", "toute idée de démission"),
    ("« J'ai douté », a-t-elle déclaré, admettant d'avoir hésité avant la finale.",
     "avoir hésité avant la finale"),
])
def test_the_same_verbs_report_what_they_frame(annotate, text, content):
    assert find(annotate(text), content)["text"] == content


@pytest.mark.parametrize("text, content", [
    ("Le syndicat a accusé le gouvernement de mentir aux salariés.", "mentir aux salariés"),
    ("La ministre a accusé le président du conseil régional de bloquer le projet.",
     "bloquer le projet"),
    ("Le ministre a averti son homologue des conséquences d'un refus.",
     "des conséquences d'un refus"),
    ("Le préfet a averti les habitants du risque de crue.", "du risque de crue"),
])
def test_who_is_accused_or_warned_is_not_what_was_said(annotate, text, content):
    assert find(annotate(text), content)["text"] == content


@pytest.mark.parametrize("text, content", [
    ("Le syndicat a accusé la direction de « mépriser les salariés ».", "mépriser les salariés"),
    ("La résolution exhorte les pays voisins « à fermer leurs frontières aux trafiquants ».",
     "à fermer leurs frontières aux trafiquants"),
    ("Le texte appelle les belligérants « à cesser le feu sans délai ».",
     "à cesser le feu sans délai"),
])
def test_quoted_words_after_the_addressee_are_the_content(annotate, text, content):
    quote = find(annotate(text), content)
    assert (quote["text"], quote["type"]) == (content, "direct")


@pytest.mark.parametrize("text, speaker", [
    ("Le député Paul Roux est arrivé en retard. « Il ne fallait pas venir », plaisante la "
     "ministre Claire Dubois avec le député.", "Claire Dubois"),
    ("Le député Paul Roux est arrivé en retard. « Il ne fallait pas venir », plaisante à son "
     "arrivée la ministre Claire Dubois avec le député Paul Roux.", "Claire Dubois"),
    ("« Nous gagnerons », a lancé à sa sortie du vestiaire l'entraîneur Marc Petit.",
     "Marc Petit"),
])
def test_an_inverted_subject_ends_before_whom_and_when_it_was_said(annotate, text, speaker):
    quotes = annotate(text)
    assert [q["speaker"] for q in quotes] == [speaker]


@pytest.mark.parametrize("text, content, speaker", [
    ("La ministre Claire Dubois est venue. À ses yeux, le projet reste « une priorité "
     "absolue » pour la région.", "le projet reste « une priorité absolue » pour la région",
     "Claire Dubois"),
    ("Les syndicats ont quitté la salle. À leurs yeux, la réforme est injuste.",
     "la réforme est injuste", "les syndicats"),
])
def test_a_ses_yeux_names_the_source_by_its_possessive(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert q["speaker"] == speaker and q["cue"] in {"À ses yeux", "À leurs yeux"}


@pytest.mark.parametrize("text, content", [
    ("Cette réforme, le syndicat l'a qualifiée de « provocation ».", "de « provocation »"),
    ("La mairie l'a accusé de « mensonges ».", "de « mensonges »"),
])
def test_a_quoted_label_after_an_object_pronoun_is_what_was_said(annotate, text, content):
    assert find(annotate(text), content)["type"] == "mixed"


@pytest.mark.parametrize("text, speaker", [
    ("Cette réforme, le syndicat l'a qualifiée de « provocation ».", "le syndicat"),
    ("Ces propos, la ministre les a qualifiés de « scandaleux ».", "la ministre"),
])
def test_a_topic_the_object_pronoun_takes_up_is_not_the_speaker(annotate, text, speaker):
    assert [q["speaker"] for q in annotate(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("L'association des parents d'élèves, présidée par Claire Bres, a appelé à manifester "
     "devant l'école.", "L'association des parents d'élèves"),
    ("Le club, représenté par son président Paul Roux, a dénoncé une « injustice ».",
     "le club"),
    ("Claire Bres, présidente de l'association, a appelé à manifester devant l'école.",
     "Claire Bres"),
])
def test_the_agent_of_a_participle_aside_is_not_the_subject(annotate, text, speaker):
    assert [q["speaker"] for q in annotate(text)] == [speaker]


def test_quoted_words_after_de_show_an_infinitive_was_said(annotate):
    q = find(annotate("Le gouvernement a refusé de signer le texte au nom de « l'intérêt "
                      "national »."), "signer le texte au nom de « l'intérêt national »")
    assert q["type"] == "mixed"


@pytest.mark.parametrize("text, content", [
    ('Le sénateur Paul Girard a salué "une femme d\'Etat".', "une femme d'Etat"),
    ("La présidente a salué « un homme de devoir et de fidélité ».",
     "un homme de devoir et de fidélité"),
    ("Le syndicat a dénoncé « un patron voyou ».", "un patron voyou"),
])
def test_a_person_noun_in_quotation_marks_is_what_was_said(annotate, text, content):
    assert find(annotate(text), content)["type"] == "direct"


def test_a_person_noun_without_marks_is_who_was_greeted(annotate):
    assert not annotate("Le sénateur a salué le président du club.")


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre a reçu les maires de la région lundi matin, rapporte lefaso.net.",
     "lefaso.net"),
    ("La préfète a fermé trois écoles ce mardi, indique franceinfo.", "franceinfo"),
    ("Le club a limogé son entraîneur, annonce sport24.fr dans un article.", "sport24.fr"),
])
def test_an_incise_names_a_site_or_a_lowercase_brand(annotate, text, speaker):
    q = annotate(text)[0]
    assert (q["type"], q["cue"] is not None, q["speaker"]) == ("indirect", True, speaker)


@pytest.mark.parametrize("text, content", [
    ("Il a appelé, lors de son discours, à la fin des combats.", "la fin des combats"),
    ("La maire a appelé, dans un message publié dimanche, à ne pas céder à la panique.",
     "ne pas céder à la panique"),
])
def test_an_aside_between_an_appeal_and_its_a_complement(annotate, text, content):
    assert find(annotate(text), content)["cue"] == "a appelé"


def test_an_adjective_before_an_aside_and_a_is_no_appeal(annotate):
    assert annotate("La voiture roulait en sens opposé, sans freiner, à vive allure.") == []


@pytest.mark.parametrize("text, content", [
    ("Paul Roux a averti les syndicats lors d'une réunion que la grève était illégale.",
     "la grève était illégale"),
    ("Anne Caron a rappelé aux élus lors du conseil municipal que le budget était serré.",
     "le budget était serré"),
    ("Le préfet a averti les automobilistes lundi que la route resterait fermée.",
     "la route resterait fermée"),
    ("Le préfet a averti les automobilistes lundi : la route restera fermée.",
     "la route restera fermée"),
])
def test_a_moment_after_the_addressee_is_skipped_before_que(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le PDG a rassuré les salariés : aucun licenciement n'est prévu.",
     "aucun licenciement n'est prévu"),
    ("Le ministre a alerté les députés : le déficit dépassera 5 %.",
     "le déficit dépassera 5 %"),
])
def test_a_colon_after_whom_it_was_said_to_opens_what_was_said(annotate, text, content):
    q = find(annotate(text), content)
    assert q["text"] == content and q["type"] == "indirect"


def test_a_colon_after_whom_a_criticism_targets_makes_no_addressee(annotate):
    """`a dénoncé les ministres : …`: the ministers are what was denounced, not whom the
    words were said to; no rule reads the clause after the colon as said to them."""
    quotes = annotate("L'opposition a dénoncé les ministres : ils ont menti.")
    assert all(q["text"] != "ils ont menti" for q in quotes)


@pytest.mark.parametrize("text, content, speaker", [
    ("Pour le maire, interrogé par nos soins, les travaux sont nécessaires.",
     "les travaux sont nécessaires", "le maire"),
    ("Selon la préfète, interrogée par France Bleu, la route restera fermée.",
     "la route restera fermée", "la préfète"),
    ("Les travaux dureront deux ans selon le maire qui s'exprimait lundi devant le conseil.",
     "Les travaux dureront deux ans", "le maire"),
])
def test_what_describes_the_source_is_not_what_it_says(annotate, text, content, speaker):
    quotes = annotate(text)
    assert [(q["text"], q["speaker"]) for q in quotes] == [(content, speaker)]


def test_a_relative_after_a_pronoun_source_belongs_to_the_clause(annotate):
    q = annotate("Ce sont eux selon lui qui vendaient les billets aux touristes.")[0]
    assert "qui vendaient les billets aux touristes" in q["text"]


@pytest.mark.parametrize("text, content, speaker, obj", [
    ("Le syndicat, selon son secrétaire général, maintiendra la grève.",
     "maintiendra la grève", "son secrétaire général", "la grève"),
    ("La direction, d'après les délégués, annoncera la fermeture du site.",
     "annoncera la fermeture du site", "les délégués", "la fermeture du site"),
])
def test_a_verb_after_a_source_aside_resumes_the_clause(annotate, text, content, speaker,
                                                        obj):
    """The verb after `, selon X,` is the clause's own: its object is no inverted subject."""
    quotes = annotate(text)
    assert find(quotes, content)["speaker"] == speaker
    assert all((q["speaker"] or "").lower() != obj for q in quotes)


@pytest.mark.parametrize("text, content, speaker", [
    ("Mardi, le syndicat juge que la réforme est injuste.", "la réforme est injuste",
     "syndicat"),
    ("Depuis lundi, le collectif alerte sur la pénurie de professeurs.",
     "la pénurie de professeurs", "collectif"),
    ("Le Syndicat national des enseignants (SNE) juge que la réforme est injuste.",
     "la réforme est injuste", "syndicat national des enseignants"),
])
def test_a_misread_verb_after_a_fronted_adverbial_or_a_short_form_in_brackets(
        annotate, text, content, speaker):
    """The tagger reads `juge`, `alerte` as nouns; the subject's noun phrase may follow a
    short verbless opening and its comma, or end on its short form in brackets."""
    q = find(annotate(text), content)
    assert q["speaker"] is not None and speaker in q["speaker"].lower()


@pytest.mark.parametrize("text, content, speaker", [
    ("Le maire, lui, juge que la réforme est injuste.", "la réforme est injuste", "maire"),
    ("Le ministre, lui, dément toute implication.", "toute implication", "ministre"),
    ("La directrice, elle, estime que le projet est prématuré.", "le projet est prématuré",
     "directrice"),
])
def test_a_stressed_pronoun_after_the_subject_leaves_the_verb_forward(annotate, text,
                                                                      content, speaker):
    """`X, lui, juge que …`: the pronoun between commas repeats the subject for contrast."""
    q = find(annotate(text), content)
    assert q["speaker"] is not None and speaker in q["speaker"].lower()


@pytest.mark.parametrize("text, content, source", [
    ("Une porte-parole de la mairie a déclaré que le marché ouvrira en mai.\n\nAu dire de"
     " M. Dupuis, la ville touche des «subventions» selon ses efforts de recyclage.",
     "la ville touche des «subventions» selon ses efforts de recyclage", "Dupuis"),
    ("Le préfet a annoncé que la route rouvrira jeudi.\n\nAux dires de Mme Lemaire, les"
     " travaux ont « traîné » tout l'été.", "les travaux ont « traîné » tout l'été", "Lemaire"),
])
def test_au_dire_de_is_a_source_noun_not_a_verb(annotate, text, content, source):
    # `dire` after `au`/`aux` and before `de` opens a source; it says nothing itself
    quotes = annotate(text)
    assert source in find(quotes, content)["speaker"]
    assert not any(q["text"].startswith(("de M", "de Mme")) for q in quotes)


@pytest.mark.parametrize("text, content, speaker", [
    ("Le ministère évoque un simple malentendu et dément toute pression sur les juges.",
     "toute pression sur les juges", "le ministère"),
    ("La mairie parle d'un simple retard et dément toute fermeture de la piscine.",
     "toute fermeture de la piscine", "la mairie"),
    ("La présidente salue le travail des bénévoles et juge que le festival est un succès.",
     "le festival est un succès", "la présidente"),
])
def test_a_verb_after_et_the_tagger_misread_is_a_second_verb_of_saying(annotate, text,
                                                                       content, speaker):
    # `et dément`, `et juge` tagged an adverb or a noun: the subject's second verb
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("« Nous ferons tout pour aider les sinistrés », a tweeté pour sa part Lucie Garnier.",
     "Nous ferons tout pour aider les sinistrés", "Lucie Garnier"),
    ("« Le chantier reprendra en janvier », a tweeté pour sa part Hugo Marchand.",
     "Le chantier reprendra en janvier", "Hugo Marchand"),
])
def test_an_auxiliary_the_tagger_read_as_foreign_still_opens_the_incise(annotate, text,
                                                                        content, speaker):
    # `a/X tweeté/PROPN`: the form of `avoir` before the participle is its auxiliary
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("direct", speaker)


@pytest.mark.parametrize("text", [
    "Le député de la Somme a demandé la parole.",
    "En fin de séance, la sénatrice a réclamé la parole.",
    "Le gardien du foyer, qui a requis l'anonymat, se dit épuisé.",
    "Contactée, l'infirmière a demandé l'anonymat.",
])
def test_asking_for_the_floor_or_for_anonymity_is_no_quote(annotate, text):
    """The terms of the speaking itself (the turn to speak, not being named) are not
    what was said."""
    assert [q for q in annotate(text) if q["cue"] in {"a demandé", "a réclamé", "a requis"}] == []


@pytest.mark.parametrize("text, content", [
    ("La ministre a salué la parole des victimes.", "la parole des victimes"),
    ("Les associations ont réclamé l'anonymat des donneurs.", "l'anonymat des donneurs"),
])
def test_the_word_of_someone_or_their_anonymity_may_still_be_content(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le gouvernement parle d'une affaire privée.", "une affaire privée"),
    ("Le syndicat parle de malentendu avec la direction.", "malentendu avec la direction"),
])
def test_parler_de_what_the_matter_is_called_is_a_quote(annotate, text, content):
    # a bare noun, or an indefinite noun with its adjective: what the speaker calls it
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text", [
    "La ministre a parlé de son enfance à Lyon.",
    "Le ministre a parlé d'un projet de loi en préparation.",
])
def test_parler_de_a_topic_is_no_quote(annotate, text):
    assert annotate(text) == []


@pytest.mark.parametrize("text, content", [
    ("Le maire a fait allusion aux difficultés budgétaires de la commune.",
     "difficultés budgétaires de la commune"),
    ("La fédération a fait écho aux inquiétudes des clubs amateurs.",
     "inquiétudes des clubs amateurs"),
])
def test_au_and_aux_open_the_content_of_a_verb_taking_a(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text", [
    "Les indemnités versées font référence aux dommages causés par la crue.",
    "Le nouveau règlement fait allusion aux abus constatés l'an passé.",
])
def test_a_thing_that_refers_to_something_says_nothing(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text, content, speaker", [
    ("Le collectif alerte sur la fermeture des maternités rurales.",
     "la fermeture des maternités rurales", "le collectif"),
    ("Le syndicat proteste contre la hausse des loyers.", "la hausse des loyers",
     "le syndicat"),
])
def test_a_present_verb_the_tagger_misread_before_sur_or_contre(annotate, text, content,
                                                                speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Nous sommes prêts », a déclaré un haut responsable sous couvert d'anonymat.",
     "un haut responsable"),
    ("« Rien n'est signé », a confié sous couvert d'anonymat un conseiller du ministre.",
     "un conseiller du ministre"),
])
def test_sous_couvert_d_anonymat_is_how_not_who(annotate, text, speaker):
    assert annotate(text)[0]["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Tel que rapporté par La Presse lundi, la mairie a renoncé à son projet de piscine.",
     "la mairie a renoncé à son projet de piscine", "La Presse"),
    ("Telle qu'annoncée par la direction, la fermeture du site interviendra en juin.",
     "la fermeture du site interviendra en juin", "la direction"),
    ("Comme le rapporte Le Figaro, les négociations ont échoué dans la nuit.",
     "les négociations ont échoué dans la nuit", "Le Figaro"),
    ("Comme l'a rapporté La Presse lundi, la mairie a renoncé à son projet de piscine.",
     "la mairie a renoncé à son projet de piscine", "La Presse"),
    ("Tel que l'a révélé Libération, le ministre a quitté ses fonctions en mars.",
     "le ministre a quitté ses fonctions en mars", "Libération"),
])
def test_a_source_named_after_tel_que_or_comme_and_its_verb_speaks_for_the_clause(
        annotate, text, content, speaker):
    """`Tel que rapporté par X, …`, `comme le rapporte X, …`: the verb before its subject
    makes X the source of the clause, as `selon X, …` does."""
    q = find(annotate(text), content)
    assert q["type"] == "indirect" and same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text, content", [
    ("Le syndicat a appelé au nom des salariés à une grève de deux jours.",
     "une grève de deux jours"),
    ("L'évêque a appelé au nom de l'Église à la paix entre les deux villages.",
     "la paix entre les deux villages"),
])
def test_on_whose_behalf_is_neither_what_was_said_nor_to_whom(annotate, text, content):
    quotes = annotate(text)
    assert [q["text"] for q in quotes] == [content]


def test_on_whose_behalf_alone_is_no_quote(annotate):
    assert annotate("La juge a évoqué les victimes, leur rendant hommage au nom de la "
                    "cour.") == []


@pytest.mark.parametrize("text, content", [
    ("Selon Anne Morel, coordinatrice du réseau régional, les délais ont doublé.",
     "les délais ont doublé"),
    ("Pour le docteur Paul Ravel, neurologue à l'hôpital de Tulle, ce traitement reste "
     "prometteur.", "ce traitement reste prometteur"),
    ("D'après Inès Garnier, cofondatrice de la coopérative, les ventes ont triplé.",
     "les ventes ont triplé"),
])
def test_a_profession_apposed_to_a_named_source_is_not_what_it_says(annotate, text, content):
    """The role nouns of `data/speaker_nouns.tsv` (coordinateur, neurologue, cofondatrice …)
    make the apposition part of the source phrase."""
    find(annotate(text), content)


@pytest.mark.parametrize("text, content, speaker", [
    ("Le député Bernard Lachaise, rapporteur du texte, juge que les aides sont "
     "insuffisantes.", "les aides sont insuffisantes", "Bernard Lachaise"),
    ("La sénatrice Anne Roux, présidente de la commission, juge que le texte est bancal.",
     "le texte est bancal", "Anne Roux"),
])
def test_juge_after_a_subject_with_its_role_apposed_is_the_verb(annotate, text, content,
                                                                speaker):
    """The tagger reads `juge` as a noun; the role set off by commas after the name does
    not stop the subject that makes it a verb."""
    assert same_speaker(find(annotate(text), content)["speaker"], speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("La directrice de l'école, Martine Vidal, juge que la réforme arrive trop tôt.",
     "la réforme arrive trop tôt", "Martine Vidal"),
    ("Le secrétaire du syndicat, Paul Brun, critique la réforme des horaires.",
     "la réforme des horaires", "Paul Brun"),
    ("Le président de la mutuelle, Yves Carrel, avance que les cotisations vont baisser.",
     "les cotisations vont baisser", "Yves Carrel"),
])
def test_a_present_after_a_role_with_the_name_apposed_is_the_verb(annotate, text, content,
                                                                  speaker):
    """`Le président de X, Prénom Nom, avance que`: the wire copy's order (role first, the
    name set off by commas) is one subject too, so the present the tagger calls a noun
    (`juge`, `critique`, `avance`) after it is the verb (corpus: `Le président du CPAS …,
    Claude …, avance`)."""
    assert same_speaker(find(annotate(text), content)["speaker"], speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("La quadragénaire, mère de trois enfants, raconte qu'elle a tout perdu dans la crue.",
     "elle a tout perdu dans la crue", "la quadragénaire"),
    ("Le septuagénaire, ancien docker, assure que le port a « toujours vécu ainsi ».",
     "le port a « toujours vécu ainsi »", "le septuagénaire"),
])
def test_an_adjective_used_as_a_noun_before_an_apposition_is_the_subject(annotate, text,
                                                                         content, speaker):
    """The tagger calls `quadragénaire` an adjective and hangs the verb on it; with its
    determiner it is a noun, and the role set off by commas after it belongs to it."""
    assert find(annotate(text), content)["speaker"].lower().startswith(speaker)


@pytest.mark.parametrize("text, content", [
    ("Le docteur Paul Mercier, chef du service, qui reçoit chaque nuit cent enfants, décrit "
     "des équipes « à bout de souffle ».", "des équipes « à bout de souffle »"),
    ("La romancière, installée à Lyon depuis dix ans, écrit que la ville l'a adoptée.",
     "la ville l'a adoptée"),
])
def test_a_present_spelled_like_a_participle_after_asides_is_the_verb(annotate, text, content):
    """`décrit`, `écrit`, `dit` after a subject and its asides, before a determiner or `que`,
    are the present tense, not a participle (which `Le livre, écrit par X, …` is)."""
    find(annotate(text), content)


def test_a_participle_with_its_agent_after_a_comma_still_reports_nothing(annotate):
    assert annotate("Le livre, écrit par un ancien ministre, a fait scandale.") == []


@pytest.mark.parametrize("text", [
    "Ces capteurs dits « intelligents » équipent déjà plusieurs chaînes de montage.",
    "Les logements dits « passoires » seront bientôt interdits à la location.",
])
def test_dits_or_dite_after_a_noun_names_a_thing_and_reports_nothing(annotate, text):
    assert annotate(text) == []


@pytest.mark.parametrize("text", [
    "Le quartier, dit « des Fleurs », sera entièrement rénové en 2027.",
    "Il y a le festival principal, dit le « In », mais surtout le « Off », encore plus grand.",
])
def test_dit_set_off_after_a_noun_before_a_short_quoted_name_names_it(annotate, text):
    """`le festival principal, dit le « In », …`: between commas after a noun phrase and
    before a quoted name the sentence goes on after, `dit` gives the thing's name; nobody
    speaks (not `le « In »` saying `Il y a le festival principal`)."""
    assert annotate(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Le projet est mort, dit le « patron », lassé.", "Le projet est mort", "le « patron »"),
    ("C'est une erreur, dit le « père » du projet.", "C'est une erreur",
     "le « père » du projet"),
    ("La trêve, dit le « médiateur », reste très fragile.", "La trêve", "le « médiateur »"),
])
def test_an_incise_whose_speaker_wears_scare_quotes_still_speaks(annotate, text, content,
                                                                  speaker):
    """After a clause, or with the speaker's description going on after the marks, `dit`
    is the incise of what comes before."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_scare_quoted_noun_in_a_reported_clause_still_gives_the_clause(annotate):
    q = find(annotate("Les salariés dits « seniors » seront les premiers concernés, a "
                      "précisé la direction."),
             "Les salariés dits « seniors » seront les premiers concernés")
    assert q["speaker"] == "la direction"



# --- verbs and frames the lexicon lacked (session 23) ---------------------------------


@pytest.mark.parametrize("text, content", [
    ("Les deux villes ont convenu de mutualiser leurs piscines dès la rentrée.",
     "mutualiser leurs piscines dès la rentrée"),
    ("La mairie et l'association ont finalement convenu de reprendre les discussions lundi.",
     "reprendre les discussions lundi"),
])
def test_convenir_de_reports_what_was_agreed(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le ministre a justifié la réforme par la hausse des dépenses de santé.",
     "la hausse des dépenses de santé"),
    ("La rectrice a justifié ces fermetures, au nombre de douze, par la baisse des "
     "inscriptions.", "la baisse des inscriptions"),
])
def test_justifier_par_reports_the_reason_given(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


def test_justifier_without_par_is_no_report(annotate):
    assert annotate("Le club a justifié sa décision hier soir.") == []


@pytest.mark.parametrize("text, content", [
    ("La présidente a chargé le gouvernement de « tout tenter » pour sauver l'usine.",
     "« tout tenter » pour sauver l'usine"),
    ("Le roi a instruit le ministre de « revoir sa copie » sur le code forestier.",
     "« revoir sa copie » sur le code forestier"),
])
def test_an_instruction_with_quoted_words_is_a_mixed_report(annotate, text, content):
    assert find(annotate(text), content)["type"] == "mixed"


@pytest.mark.parametrize("text", [
    "La présidente a chargé le gouvernement sortant d'expédier les affaires courantes.",
    "Le conseiller chargé de la culture, Paul Rive, a visité le musée.",
    "Le juge a instruit le dossier pendant trois ans.",
    "Le cortège est parti de l'agence, un organisme public chargé de promouvoir la langue "
    "française, aux cris de « solidarité ! » et de « justice ! ».",
])
def test_an_instruction_without_quoted_words_or_a_role_is_no_report(annotate, text):
    assert annotate(text) == []


@pytest.mark.parametrize("text, content", [
    ("Le fabricant assure de son côté que l'usine sera livrée en avril.",
     "l'usine sera livrée en avril"),
    ("Les riverains affirment de leur côté que le bruit a doublé.", "le bruit a doublé"),
])
def test_de_son_cote_is_walked_past_like_pour_sa_part(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le ministère a indiqué dans un communiqué avoir intercepté vingt drones.",
     "avoir intercepté vingt drones"),
    ("L'armée affirme dans un communiqué n'avoir visé aucun civil.",
     "n'avoir visé aucun civil"),
])
def test_a_bare_infinitive_after_the_occasion_is_what_was_said(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("La commissaire a plaidé mardi à Strasbourg en faveur d'un emprunt commun.",
     "un emprunt commun"),
    ("La maire s'est prononcée à Lyon en faveur d'une taxe sur les résidences secondaires.",
     "une taxe sur les résidences secondaires"),
])
def test_en_faveur_de_after_a_place_opens_what_is_pleaded_for(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"



@pytest.mark.parametrize("text, content, speaker", [
    ("Le comité des riverains s'est insurgé contre ce qu'il appelle « un passage en force ».",
     "ce qu'il appelle « un passage en force »", "le comité des riverains"),
    ("La présidente du club s'est insurgée contre ce qu'elle nomme « une sanction "
     "aveugle ».", "ce qu'elle nomme « une sanction aveugle »", "la présidente du club"),
    ("Le chef d'orchestre Bruno Lavail s'est emporté contre « le mépris des tutelles » "
     "pour la musique.", "« le mépris des tutelles » pour la musique", "Bruno Lavail"),
    ("L'entraîneuse s'est emportée contre un arbitrage « honteux » en fin de match.",
     "un arbitrage « honteux » en fin de match", "l'entraîneuse"),
])
def test_a_reflexive_verb_against_a_noun_phrase_reports_it(annotate, text, content, speaker):
    """`s'est insurgée contre …`: the parser may call the reflexive's `être` a passive
    auxiliary; a reflexive verb of saying is active. `s'emporter contre X` reports X."""
    q = find(annotate(text), content)
    assert q["type"] == "mixed" and same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text, content", [
    ("Le préfet s'est borné à affirmer que « toutes les pistes » restaient ouvertes.",
     "« toutes les pistes » restaient ouvertes"),
    ("La porte-parole s'est bornée à indiquer que l'enquête suivait son cours.",
     "l'enquête suivait son cours"),
])
def test_se_borner_a_then_a_verb_of_saying_is_a_report(annotate, text, content):
    """`s'est borné à affirmer`: the tagger reads `borné` as an adjective; with its
    reflexive it is a verb, and the infinitive after it is what was said."""
    find(annotate(text), content)


@pytest.mark.parametrize("text", [
    "Ces déclarations interviennent alors que la tension persiste entre les deux voisins.",
    "Son appel intervient tandis que les négociations piétinent depuis des mois.",
])
def test_alors_que_after_a_verb_without_que_opens_no_content(annotate, text):
    """`intervenir alors que …`, `tandis que …`: a clause of time or contrast, not words."""
    assert not annotate(text)


@pytest.mark.parametrize("text, content, agent", [
    ("Interrogée par un conseiller de l'opposition sur la dette, la maire a souri.",
     "la dette", "un conseiller de l'opposition"),
    ("Interrogé par une journaliste de la radio locale sur les travaux, le préfet s'est "
     "tu.", "les travaux", "une journaliste de la radio locale"),
])
def test_a_passive_question_keeps_the_agents_de_complement(annotate, text, content, agent):
    """`Interrogée par un élu de l'opposition sur X`: who asked is the whole phrase."""
    assert same_speaker(find(annotate(text), content)["speaker"], agent)


@pytest.mark.parametrize("text, content", [
    ("La commissaire européenne s'est déclarée particulièrement préoccupée par la hausse "
     "des prix.", "préoccupée par la hausse des prix"),
    ("Le recteur s'est déclaré très attaché à la carte des options du lycée.",
     "attaché à la carte des options du lycée"),
])
def test_se_declarer_takes_an_attribute_after_an_adverb(annotate, text, content):
    """`s'est déclaré profondément préoccupé par …`: `se déclarer` says a state of mind, as
    `se dire`; an adverb may stand before the attribute."""
    find(annotate(text), content)


def test_a_fire_that_se_declare_says_nothing(annotate):
    assert not annotate("Un incendie s'est déclaré dans la nuit dans un entrepôt du port.")


@pytest.mark.parametrize("text", [
    "Les commerçants du centre-ville se disent inquiets.",
    "Les commerçants se disent confiants.",
    "Les pompiers se verraient tous proposer une prime exceptionnelle.",
    "La préfète Corinne Lablache a interdit toute manifestation sur le port.",
    "La présidente Inès Marchal a nuancé le bilan du club.",
])
def test_look_alikes_of_a_report_say_nothing(annotate, text):
    """A lone unquoted attribute of `se dire` (a feeling told in the writer's word), what
    the subject was offered (`se voir` + infinitive, a quantifier between them), a ban (a
    decision, not words), what was nuanced (someone else's words or figures)."""
    assert not annotate(text)


@pytest.mark.parametrize("text, content", [
    ("Les commerçants se disent inquiets pour la survie de leurs boutiques.",
     "inquiets pour la survie de leurs boutiques"),
    ("La directrice s'est dite « soulagée ».", "soulagée"),
    ("Le conseiller Noël Castaing a nuancé : les recettes restent fragiles.",
     "les recettes restent fragiles"),
])
def test_what_se_dire_and_nuancer_still_report(annotate, text, content):
    find(annotate(text), content)


def test_what_was_nuanced_is_not_what_was_said(annotate):
    quotes = annotate("Le conseiller Noël Castaing a nuancé ces résultats en rappelant que "
                      "la saison était longue.")
    assert [q["text"] for q in quotes] == ["la saison était longue"]


@pytest.mark.parametrize("text", [
    "La porte-parole Maëlle Gourvès a répondu après que le conseil a voté le budget.",
    "Le maire Armand Tellier a témoigné avant que la cour ne se retire.",
])
def test_a_conjunctions_que_opens_no_content(annotate, text):
    """`après que`, `avant que`, `sans que`, `dès que` say when, never what, even after a
    verb that takes a `que` clause."""
    assert not [q for q in annotate(text) if q["cue"] in {"a répondu", "a témoigné"}]


@pytest.mark.parametrize("text, content, speaker", [
    ("Le capitaine de l'équipe, Bastien Ollivier, dit « ne pas craindre la relégation ».",
     "ne pas craindre la relégation", "Bastien Ollivier"),
    ("L'ancienne ministre, Odette Carrel, dit « n'avoir jamais reçu ce courrier ».",
     "n'avoir jamais reçu ce courrier", "Odette Carrel"),
])
def test_a_quoted_clause_after_a_name_and_dit_is_said_not_a_nickname(annotate, text, content,
                                                                      speaker):
    q = find(annotate(text), content)
    assert (q["cue"], q["speaker"]) == ("dit", speaker)


def test_a_quoted_nickname_after_dit_is_still_no_quote(annotate):
    assert not annotate("Le chanteur Marc Olivier, dit « le Rossignol », a annulé sa tournée.")


def test_se_vouloir_with_an_adjective_then_a_quotation_says_only_the_quotation(annotate):
    """`se veut rassurante : « … »`: the adjective is how the subject presents herself;
    the quotation after the colon is what she said."""
    quotes = annotate("La rectrice Hélène Vasseur se veut optimiste : « Toutes les classes "
                      "auront un enseignant à la rentrée. »")
    assert [q["text"] for q in quotes] == [
        "Toutes les classes auront un enseignant à la rentrée"]


def test_a_charge_with_an_infinitive_keeps_the_persons_own_complement(annotate):
    """`a accusé le directeur de l'usine d'avoir menti`: the `de` + infinitive after the
    phrase is the charge; `de l'usine` belongs to the person charged."""
    quotes = annotate("La juge a accusé le directeur de la scierie d'avoir menti aux "
                      "enquêteurs.")
    assert [q["text"] for q in quotes] == ["avoir menti aux enquêteurs"]


def test_a_warning_topic_keeps_its_own_infinitive(annotate):
    quotes = annotate("Le maire a averti les riverains des dangers de traverser la digue.")
    assert [q["text"] for q in quotes] == ["des dangers de traverser la digue"]


def test_a_person_named_after_the_object_noun_is_no_content(annotate):
    """`a rappelé le milieu de terrain Yanis Belkacem`: a player called back, not words."""
    assert annotate("Le sélectionneur a rappelé le milieu de terrain Yanis Belkacem pour "
                    "le match de samedi.") == []


def test_a_name_inside_a_determined_complement_leaves_the_object_content(annotate):
    """(second reader) `a salué la victoire de la skieuse Léa Morel`: the name is the
    skier's, inside `de la skieuse`, however the parser hangs it; the victory is what was
    hailed (the rule above is for `le milieu de terrain Yanis Belkacem`)."""
    quotes = annotate("La ministre a salué la victoire de la skieuse Léa Morel.")
    assert [q["text"] for q in quotes] == ["la victoire de la skieuse Léa Morel"]
