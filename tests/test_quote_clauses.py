"""Which clause a quotation belongs to: quoted fragments spread over a reported clause, and
the constructions that report words without a `que`. Every sentence is our own; each
construction is tried with more than one wording."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Le ministre a « renouvelé sa confiance » au préfet, en poste depuis 2020, « et lui a "
     "demandé de rester », a indiqué la mairie.",
     "Le ministre a « renouvelé sa confiance » au préfet, en poste depuis 2020, « et lui a "
     "demandé de rester »", "la mairie"),
    ("Les écoles resteront « fermées jusqu'à nouvel ordre » et les examens seront « reportés "
     "à l'automne », précise le rectorat.",
     "Les écoles resteront « fermées jusqu'à nouvel ordre » et les examens seront « reportés "
     "à l'automne »", "le rectorat"),
])
def test_a_clause_with_several_quoted_fragments_before_an_incise_is_one_mixed_quote(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"]) == ("mixed", speaker)


def test_two_quotations_side_by_side_before_an_incise_stay_apart(annotate):
    quotes = annotate("Le bilan « est lourd », « nous devons reconstruire », a ajouté le maire.")
    assert find(quotes, "nous devons reconstruire")["type"] == "direct"
    assert find(quotes, "Le bilan « est lourd »")["type"] == "mixed"


def test_two_quotations_with_two_incises_keep_their_own_cues(annotate):
    quotes = annotate("« Nous irons », a-t-il dit, « sans attendre », a-t-il ajouté.")
    assert find(quotes, "Nous irons")["type"] == "direct"
    assert find(quotes, "sans attendre")["type"] == "direct"


@pytest.mark.parametrize("text, content, speaker", [
    ("Alors que le président, Paul Mbarga, a annoncé la dissolution du Parlement, le "
     "président de l'Assemblée, Jean Ndoki, a rejeté cette décision.",
     "la dissolution du Parlement", "Paul Mbarga"),
    ("Si le ministre a promis une hausse des salaires, les syndicats restent méfiants.",
     "une hausse des salaires", "le ministre"),
    # after a colon, the subordinate clause opens the sentence's second part
    ("La séance a fait débat : lorsque la maire a annoncé la fermeture du musée, les élus "
     "ont quitté la salle.", "la fermeture du musée", "la maire"),
    ("Le conseil s'est divisé : alors que le trésorier réclamait un audit des comptes, la "
     "présidente préférait attendre l'automne.", "un audit des comptes", "le trésorier"),
    # a participle after its article is the main clause's subject (`le prévenu`)
    ("Quand le juge a expliqué la décision, le prévenu a gardé le silence.", "la décision",
     "le juge"),
])
def test_a_report_in_an_opening_subordinate_clause_stops_at_the_main_clause(
        annotate, text, content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Lorsque la ministre a tenu à rappeler les règles, les élus ont applaudi.",
     "les règles", "la ministre"),
    ("Quand le président a voulu évoquer la réforme, la salle s'est vidée.", "la réforme",
     "le président"),
    ("Et quand le maire prend le temps d'expliquer le projet, les habitants restent "
     "sceptiques.", "le projet", "le maire"),
])
def test_an_infinitive_of_saying_in_an_opening_subordinate_clause_stops_there(
        annotate, text, content, speaker):
    """The subordinator heads the verb that governs the infinitive (`quand … a voulu
    évoquer`), and a clitic may stand between the main clause's subject and its verb."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_subject_after_an_opening_subordinate_clause_is_the_verbs_own(annotate):
    quotes = annotate("Alors que la mairie a annoncé des travaux, le président du club, "
                      "Jean Ndoki, a déclaré lundi que le stade resterait ouvert.")
    assert find(quotes, "le stade resterait ouvert")["speaker"] == "Jean Ndoki"
    assert all(q["speaker"] != "des travaux" for q in quotes)


@pytest.mark.parametrize("text", [
    "La fusion est la priorité du gouvernement, a affirmé la ministre.",
    "La situation reste tendue dans la capitale, a déclaré la ministre.",
])
def test_a_clause_before_an_incise_is_still_its_content(annotate, text):
    q = find(annotate(text), text.split(",")[0])
    assert q["speaker"] == "la ministre"


@pytest.mark.parametrize("text, content, speaker", [
    # the parser hangs the clause's verb on its subject as if it described it
    ("Les pompiers privilégient la piste accidentelle, a indiqué le capitaine.",
     "Les pompiers privilégient la piste accidentelle", "le capitaine"),
    ("Les cantines resteront fermées, a précisé la mairie dans un communiqué.",
     "Les cantines resteront fermées", "la mairie"),
    # a plural subject cannot govern the incise's singular verb
    ("Les élèves qui ont quitté le lycée reviendront, a assuré la proviseure.",
     "Les élèves qui ont quitté le lycée reviendront", "la proviseure"),
])
def test_an_incise_after_a_clause_the_parser_misread_keeps_the_clause_as_content(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["text"], q["speaker"]) == (content, speaker)


@pytest.mark.parametrize("text, speaker, medium", [
    ("« Il faut agir vite », a confié à l'AFP Amina Bintou Diallo, infirmière.",
     "Amina Bintou Diallo", "AFP"),
    ("« Nous ne céderons pas », a déclaré à RFI Koffi Mensah Agbodjan, étudiant.",
     "Koffi Mensah Agbodjan", "RFI"),
])
def test_an_agency_acronym_before_the_inverted_speaker_is_the_addressee(annotate, text,
                                                                        speaker, medium):
    [q] = annotate(text)
    assert (q["type"], q["speaker"]) == ("direct", speaker)
    assert medium in q["addressee"]


def test_a_role_apposed_before_a_title_and_name_describes_that_person(annotate):
    quotes = annotate(
        "Le porte-parole de l'armée, le général Paul Ndiaye, a annoncé la dissolution du "
        "gouvernement. Le nouveau chef sera le général Amadou Sow. « Un conseil militaire "
        "a été mis en place », a déclaré le porte-parole de l'armée.")
    assert find(quotes, "Un conseil militaire a été mis en place")["speaker"] == "Paul Ndiaye"


@pytest.mark.parametrize("text, first, first_type", [
    ("Le bilan « est lourd », « nous devons reconstruire », a ajouté le maire.",
     "Le bilan « est lourd »", "mixed"),
    ("« Le bilan est lourd », « nous devons reconstruire », a ajouté le maire.",
     "Le bilan est lourd", "direct"),
])
def test_a_quotation_beside_the_one_an_incise_closes_has_the_same_speaker(annotate, text,
                                                                          first, first_type):
    quotes = annotate(text)
    q = find(quotes, first)
    assert (q["type"], q["speaker"]) == (first_type, "le maire")
    assert find(quotes, "nous devons reconstruire")["speaker"] == "le maire"


def test_a_noun_phrase_content_stops_before_a_quotation_with_its_own_incise(annotate):
    quotes = annotate("La ministre a parlé d'un « tournant », « nous devons reconstruire », "
                      "a ajouté le maire.")
    assert find(quotes, "un « tournant »")["speaker"] == "la ministre"


@pytest.mark.parametrize("aside", ["de son côté", "par ailleurs", "mardi soir", "pour sa part"])
def test_an_aside_between_auxiliary_and_participle_keeps_subject_and_content(annotate, aside):
    quotes = annotate(f"Le président du club a, {aside}, rappelé que le stade serait rénové.")
    q = find(quotes, "le stade serait rénové")
    assert q["speaker"] == "le président du club"


def test_an_aside_after_a_misparsed_name_still_finds_the_name(annotate):
    quotes = annotate("Droit dans ses bottes, M. Jean Tabouret a, par ailleurs, rappelé que "
                      "la centrale exige une hausse des salaires.")
    assert find(quotes, "la centrale exige une hausse des salaires")["speaker"] == \
        "Jean Tabouret"


@pytest.mark.parametrize("text, speaker", [
    ("« Ça fait longtemps qu'on le dit », a déclaré au micro Paul Sainte-Marie, éleveur.",
     "Paul Sainte-Marie"),
    ("« Ça suffit », a lancé au micro de RTL la ministre.", "la ministre"),
])
def test_au_micro_without_de_is_followed_by_the_speaker(annotate, text, speaker):
    [q] = annotate(text)
    assert q["speaker"] == speaker


@pytest.mark.parametrize("text, content", [
    ("La ministre a plaidé pour une hausse des budgets.", "une hausse des budgets"),
    ("Les élus militent pour la réouverture de la ligne.", "la réouverture de la ligne"),
    ("Le syndicat a mentionné des retards dans les paiements.", "des retards dans les paiements"),
    ("Le syndicat a signalé des retards dans les paiements.", "des retards dans les paiements"),
    ("Des riverains racontent la nuit où la digue a cédé.", "la nuit où la digue a cédé"),
    ("Les maires se sont prononcés pour une baisse des tarifs.", "une baisse des tarifs"),
    ("La sénatrice s'est prononcée contre la fermeture de la maternité.",
     "la fermeture de la maternité"),
])
def test_what_is_pleaded_for_or_mentioned_is_reported(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, first, second", [
    ("La présidente a estimé que la réforme était nécessaire, tout en soulignant les risques.",
     "la réforme était nécessaire", "les risques"),
    ("Le maire a assuré que les travaux finiraient en mai, tout en reconnaissant des retards.",
     "les travaux finiraient en mai", "des retards"),
])
def test_tout_en_with_a_participle_ends_the_content_and_reports_again(annotate, text, first,
                                                                      second):
    quotes = annotate(text)
    assert find(quotes, first)["speaker"] == find(quotes, second)["speaker"]


@pytest.mark.parametrize("text, first, second", [
    ("Le sauveteur a pris la parole avant d'expliquer « avoir ramené trois nageurs », mais de "
     "rappeler que la plage reste dangereuse.", "avoir ramené trois nageurs",
     "la plage reste dangereuse"),
    ("Le préfet a pris soin de rappeler que la digue a tenu, puis de préciser que les écoles "
     "rouvriront lundi.", "la digue a tenu",
     "les écoles rouvriront lundi"),
])
def test_a_second_infinitive_with_de_reports_again(annotate, text, first, second):
    quotes = annotate(text)
    assert find(quotes, first)["text"] == first
    assert find(quotes, second)["text"] == second


@pytest.mark.parametrize("marker", ["De son côté, il", "Il a, pour sa part,", "Quant à lui, il"])
def test_a_contrast_marker_turns_a_pronoun_away_from_the_last_speaker(annotate, marker):
    text = ("« Nous voulons la paix », a déclaré Paul Roux. Le maire Jean Morel était présent. "
            f"« La paix passe par le dialogue », a dit Roux. {marker} condamné toute attaque "
            "contre des civils.").replace("il condamné", "il a condamné")
    assert find(annotate(text), "toute attaque contre des civils")["speaker"] == "Jean Morel"


@pytest.mark.parametrize("text, content, speaker", [
    ("Le maire est accusé par ses opposants d'avoir menti aux électeurs.",
     "avoir menti aux électeurs", "ses opposants"),
    ("Le maire est accusé de fraude par le ministre de l'Intérieur.", "fraude",
     "le ministre de l'Intérieur"),
    ("La réforme a été vivement critiquée par les syndicats.", "La réforme", "les syndicats"),
    ("La fermeture de l'usine a été annoncée par la direction mardi.",
     "La fermeture de l'usine", "la direction"),
    ("Dix ans de prison avaient été requis par le procureur mardi.", "Dix ans de prison",
     "le procureur"),
    ("La démission du ministre a été réclamée par l'opposition.", "La démission du ministre",
     "l'opposition"),
    # a participle describing the noun before it, with no auxiliary
    ("Des lycéens ont défilé contre la suppression des bourses, récemment annoncée par le "
     "ministère de l'Éducation.", "la suppression des bourses", "le ministère de l'Éducation"),
    ("Une réforme largement critiquée par les syndicats entrera en vigueur lundi.",
     "Une réforme", "les syndicats"),
])
def test_a_passive_report_with_its_agent_gives_the_agent_the_words(annotate, text, content,
                                                                    speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Les habitants sont invités à rester chez eux.",
    "Le prévenu a été condamné par le tribunal à deux ans de prison.",
    "La date a été décidée par le comité.",
    "Le maire est accusé d'avoir menti.",
    "Le gouvernement a suspendu la réforme, condition exigée par les socialistes.",
])
def test_a_passive_without_agent_or_that_tells_an_act_reports_nothing(annotate, text):
    assert annotate(text) == []


@pytest.mark.parametrize("text, content", [
    ("Le ministre a indiqué ne pas vouloir démissionner.", "ne pas vouloir démissionner"),
    ("Il a dit ne plus croire à un accord.", "ne plus croire à un accord"),
])
def test_a_negated_infinitive_keeps_its_negation(annotate, text, content):
    find(annotate(text), content)


@pytest.mark.parametrize("text, speaker", [
    ("« Le dossier avance », indique-t-on à l'Élysée.", "l'Élysée"),
    ("« Rien n'est décidé », explique-t-on dans l'entourage du ministre.",
     "l'entourage du ministre"),
    ("« Rien n'est décidé », confie-t-on.", None),
])
def test_inverted_on_speaks_for_the_place_that_follows_or_nobody(annotate, text, speaker):
    [q] = annotate(text)
    assert q["speaker"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Du côté des syndicats, on dénonce un « passage en force ».", "syndicats"),
    ("Dans l'entourage du ministre, on assure que rien n'est décidé.",
     "l'entourage du ministre"),
    ("Chez les riverains, on affirme que le chantier durera des années.", "les riverains"),
    ("Côté patronal, on se dit « prêt à discuter ».", None),
    ("À la mairie, tout le monde se tait ; on assure seulement que le dossier avance.", None),
    # a fronted seat of power or body named by its name: its people speak
    ("À l'Élysée, on fait savoir que le calendrier est maintenu.", "l'Élysée"),
    ("Au ministère de l'Agriculture, on indique que les aides seront versées.",
     "ministère de l'Agriculture"),
    # a town, or a body named by a common noun alone, is no camp: `on` names nobody
    ("À Vierzon, on estime que la gare a été oubliée.", None),
    ("À la préfecture, on indique que la route restera fermée.", None),
    # two seats coordinated are two camps, no one source (h40-review2); one body's name
    # may hold `et`
    ("À l'Élysée comme à Matignon, on jure que le calendrier tiendra.", None),
    ("Au ministère de l'Économie et des Finances, on indique que le déficit sera tenu.",
     "ministère de l'Économie et des Finances"),
])
def test_a_fronted_camp_says_whom_on_speaks_for(annotate, text, speaker):
    """`Du côté de X, on …`: the fronted phrase names the camp `on` speaks for; with none
    (or an adjective for a camp), `on` names nobody."""
    [q] = annotate(text)
    assert q["speaker"] == speaker


@pytest.mark.parametrize("pronoun", ["Certains", "D'autres", "Beaucoup", "Plusieurs"])
def test_an_indefinite_plural_pronoun_continues_no_single_speaker(annotate, pronoun):
    quotes = annotate(f"Le maire a annoncé que les travaux commenceraient lundi. {pronoun} "
                      "parlent déjà d'un « fiasco ».")
    assert find(quotes, "un « fiasco »")["speaker"] is None


def test_on_continues_no_speaker_quoted_before(annotate):
    """The guideline keeps `on` with no speaker: it does not borrow the last one's."""
    quotes = annotate("Une source proche du dossier indique qu'un plan est « à l'étude ». On "
                      "dénonce pourtant un « mépris » dans les associations.")
    assert find(quotes, "un plan est « à l'étude »")["speaker"] == "une source proche du dossier"
    assert find(quotes, "un « mépris » dans les associations")["speaker"] is None


@pytest.mark.parametrize("after", [
    ", et explique dans quel état d'esprit est son client.",
    ", puis détaille ce que son client compte faire.",
])
def test_an_inverted_subject_is_not_one_the_parser_took_past_another_verb(annotate, after):
    """`…, explique son avocat, Me X, qui justifie ce recours, et explique …` : the parser
    hung the second clause's subject (`son client`) on the incise's verb; the noun phrase
    right after that verb is its subject."""
    quotes = annotate("Le maire Jacques Berthier a été condamné lundi. \"Nous attendons une "
                      "lecture stricte de la loi\", explique son avocat ce mardi sur France "
                      "Inter, Me Paul Girard, qui justifie ce recours" + after)
    assert find(quotes, "Nous attendons une lecture stricte de la loi")["speaker"] == \
        "Paul Girard"


@pytest.mark.parametrize("text, content, speaker", [
    ("Pour Jean Dupont, maire de la ville, « la situation est grave ».",
     "la situation est grave", "Jean Dupont"),
    ("Selon Marie Roux, porte-parole du collectif, la mobilisation va durer.",
     "la mobilisation va durer", "Marie Roux"),
])
def test_a_role_apposed_to_the_source_is_not_content(annotate, text, content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("inner, source", [
    ("le communiqué indique que le prix a été attribué à trois chercheurs",
     "le communiqué"),
    ("le gouvernement a assuré que les salaires seraient versés", "le gouvernement"),
])
def test_an_institution_or_document_reports_inside_a_report(annotate, inner, source):
    quotes = annotate(f"Selon la télévision publique, {inner}.")
    nested = [q for q in quotes if q["speaker"] == source]
    assert len(nested) == 1 and nested[0]["text"] in inner


def test_a_place_inside_a_report_acts_and_says_nothing(annotate):
    quotes = annotate("Le ministre a déclaré que Kiev refusait de négocier avec Moscou.")
    assert [q["speaker"] for q in quotes] == ["le ministre"]


@pytest.mark.parametrize("text", [
    "Il faut souligner que le nouveau chef est un général de l'armée.",
    "Il convient de rappeler que le stade a été rénové en 2019.",
    "Rappelons que la piscine a ouvert en 2015.",
    "Notons que la réforme entre en vigueur lundi.",
    "Mais force est de constater que les familles restent inquiètes.",
    "Et disons-le d'emblée, on espérait bien mieux de ce festival.",
])
def test_the_article_addressing_its_reader_reports_nobody(annotate, text):
    assert annotate(text) == []


def test_a_reported_il_faut_is_still_the_speakers(annotate):
    quotes = annotate("Le ministre a dit qu'il fallait rappeler que la loi existe.")
    assert find(quotes, "il fallait rappeler que la loi existe")["speaker"] == "le ministre"


def test_a_name_after_its_role_is_the_subject_the_parser_split(annotate):
    quotes = annotate("Le Premier ministre britannique Tom Hollis a rencontré Paul "
                      "Martin. Le travailliste a promis de renforcer la coopération.")
    assert find(quotes, "renforcer la coopération")["speaker"] == "Tom Hollis"


@pytest.mark.parametrize("text, content", [
    ("Le porte-parole a confirmé la convocation sans en préciser la teneur.", "la convocation"),
    ("La direction a annoncé la fermeture du site avant de quitter la salle.",
     "la fermeture du site"),
    ("La ministre a salué le travail des soignants après avoir visité le service.",
     "le travail des soignants"),
    # a noun after the preposition is part of what was said
    ("Le syndicat a dénoncé une réforme sans concertation.", "une réforme sans concertation"),
    ("Le maire a promis des travaux avant la fin de l'année.",
     "des travaux avant la fin de l'année"),
])
def test_a_noun_phrase_said_stops_before_an_infinitive_of_the_speakers_doing(annotate, text,
                                                                              content):
    """`sans`, `avant de`, `après` + an infinitive: what the speaker did besides speaking,
    told by the writer."""
    find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("Les habitants ont exprimé leur colère lors d'une réunion publique.", "leur colère"),
    ("La ministre a dénoncé les violences lors d'un discours à Lyon.", "les violences"),
    ("Le maire a exprimé sa colère dans une lettre au préfet.", "sa colère"),
    ("Les ministres ont concédé quelques mots sur la crise dans leur déclaration finale, sans "
     "citer la Russie.", "quelques mots sur la crise"),
])
def test_a_noun_phrase_said_stops_before_the_occasion(annotate, text, content):
    find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("Le gouvernement a mis en avant « la sécurité nationale » pour justifier son refus.",
     "la sécurité nationale"),
    ("La ministre a invoqué la santé des élèves afin d'expliquer la fermeture.",
     "la santé des élèves"),
    ("Le maire a annoncé des mesures pour aider les commerçants.",
     "des mesures pour aider les commerçants"),
    ("Les alliés avancent l'idée d'une force de paix pour garantir la sécurité du pays.",
     "l'idée d'une force de paix pour garantir la sécurité du pays"),
])
def test_a_reason_to_speak_after_a_noun_phrase_is_the_narrators(annotate, text, content):
    find(annotate(text), content)


def test_a_pronoun_and_a_reporting_verb_after_a_comma_open_a_new_report(annotate):
    quotes = annotate("Le maire a précisé que la priorité, c'était la sécurité, il promet "
                      "d'installer des caméras dans le quartier.")
    find(quotes, "la priorité, c'était la sécurité")
    find(quotes, "installer des caméras dans le quartier")


def test_a_pronoun_after_a_comma_is_its_verbs_subject_not_the_topic_before(annotate):
    quotes = annotate("Paul Roux a parlé aux électeurs. Il a précisé que le problème pour les "
                      "familles aujourd'hui, c'était l'inflation, il promet d'envoyer des aides "
                      "pour les soutenir.")
    assert find(quotes, "envoyer des aides pour les soutenir")["speaker"] == "Paul Roux"


def test_a_condition_and_its_consequence_stay_one_content(annotate):
    find(annotate("La ministre a expliqué que si la loi passait, elle promet de démissionner."),
         "si la loi passait, elle promet de démissionner")


def test_a_que_clause_keeps_its_own_lors(annotate):
    find(annotate("Le maire a annoncé que la piscine ouvrirait lors des prochaines vacances."),
         "la piscine ouvrirait lors des prochaines vacances")


@pytest.mark.parametrize("text, content", [
    ("Le président a tweeté que les négociations avançaient.", "les négociations avançaient"),
    ("L'ancien ministre s'est insurgé contre cette décision.", "cette décision"),
])
def test_a_tweet_and_an_outcry_report(annotate, text, content):
    find(annotate(text), content)


def test_a_role_subject_before_a_colon_speaks_the_quotation(annotate):
    [q] = annotate("Le directeur a été clair : « Il n'y aura pas de licenciements. »")
    # (session 30: `être clair` is a lexicon entry with a colon frame, so the copula is the
    # cue; the quotation and its speaker are the same as when it was a bare quotation)
    assert (q["type"], q["speaker"], q["cue"]) == ("direct", "le directeur", "a été clair")


def test_a_verb_the_tagger_misread_before_a_colon_still_has_its_subject_speak(annotate):
    """`assume` read as a proper noun, a stressed pronoun set off after the subject."""
    [q] = annotate("La cheffe, elle, assume : « J'ai voulu une carte sans compromis. »")
    assert (q["type"], q["speaker"]) == ("direct", "la cheffe")


def test_a_thing_before_a_colon_speaks_nothing(annotate):
    assert annotate("La question reste posée : « Qui paiera la facture ? »") == []


def test_a_pull_quote_under_a_surname_the_article_gives_in_full(annotate):
    quotes = annotate("Emmanuel Macron a ouvert le sommet mardi.\n"
                      "Macron : « La France sera au rendez-vous »\n")
    assert "Macron" in find(quotes, "La France sera au rendez-vous")["speaker"]
    assert annotate("Grève : « Nous irons jusqu'au bout »") == []


@pytest.mark.parametrize("text, content, speaker", [
    ('Marc Leroy, maire de Lyon : "Nous allons reconstruire cette école très vite."',
     "Nous allons reconstruire cette école très vite", "Marc Leroy"),
    ("Fermeture de l'usine.\nAnne Caron, déléguée syndicale depuis 2015 : « Nous nous "
     "battrons pour chaque emploi. »", "Nous nous battrons pour chaque emploi", "Anne Caron"),
])
def test_a_pull_quote_name_may_say_who_the_person_is(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["type"], q["speaker"], q["cue"]) == ("direct", speaker, None)


def test_a_list_of_topics_before_a_colon_is_no_pull_quote(annotate):
    assert annotate("Grève, blocages, manifestations : « Nous irons jusqu'au bout »") == []


def test_a_headline_topic_before_a_colon_is_not_part_of_a_selon_quote(annotate):
    quotes = annotate("Retraites : le gouvernement « ne reculera pas », selon Paul Roux")
    q = find(quotes, "le gouvernement « ne reculera pas »")
    assert (q["type"], q["speaker"]) == ("mixed", "Paul Roux")


@pytest.mark.parametrize("text, speaker", [
    ("Le maire a rencontré la préfète Anne Roux. Cette dernière a assuré que l'État aiderait "
     "la commune.", "Anne Roux"),
    ("Le maire a rencontré le préfet Paul Roux. Ce dernier a assuré que l'État aiderait "
     "la commune.", "Paul Roux"),
])
def test_ce_dernier_and_cette_derniere_name_the_last_person(annotate, text, speaker):
    assert find(annotate(text), "l'État aiderait la commune")["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Cette réunion a été l'occasion pour Clara Vidal de souligner que les ventes "
     "repartiraient au printemps.", "les ventes repartiraient au printemps", "Clara Vidal"),
    ("Ce fut l'occasion pour la ministre de rappeler que la loi protège les victimes.",
     "la loi protège les victimes", "la ministre"),
])
def test_pour_x_before_an_infinitive_of_saying_names_the_speaker(annotate, text, content,
                                                                 speaker):
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_noun_with_an_infinitive_of_saying_and_no_clause_reports_nothing(annotate):
    assert annotate("Le refus de la ministre de commenter l'affaire a surpris.") == []


def test_the_words_reported_are_never_their_own_speaker(annotate):
    quotes = annotate("Le candidat, qui était arrivé troisième en 2019, rejette depuis le "
                      "début ces accusations et dénonce un « complot politique ».")
    assert all(q["speaker"] != q["text"] for q in quotes)
    assert find(quotes, "ces accusations")["speaker"] == "le candidat"


def test_a_selon_between_a_verb_and_its_object_splits_the_quote_around_it(annotate):
    quotes = annotate("Le déficit atteindra, selon le ministre, 5 % du produit intérieur brut "
                      "l'an prochain.")
    assert find(quotes, "Le déficit atteindra")["speaker"] == "le ministre"
    assert find(quotes, "5 % du produit intérieur brut l'an prochain")["speaker"] == \
        "le ministre"


# --- counter-examples: what these rules must leave alone ------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("« Le club va bien », a déclaré à RMC Sport le président du club.", "le président du club"),
    ("« Nous tiendrons les prix », a déclaré à BFM Business le patron du groupe.",
     "le patron du groupe"),
])
def test_a_medium_named_in_two_words_after_a_is_not_cut_at_its_acronym(annotate, text,
                                                                       speaker):
    [q] = annotate(text)
    assert q["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Le projet de loi a été rejeté par le Sénat.",
    "Le ministre a été accusé par des députés de la majorité.",
    "Le maire a été critiqué par ses opposants lors de la séance du conseil.",
    "Il est impossible pour la ministre de dire que la réforme a échoué.",
    "Il est temps pour le gouvernement de reconnaître que la réforme a échoué.",
])
def test_votes_people_criticised_and_wishes_are_no_reports(annotate, text):
    assert annotate(text) == []


def test_en_revanche_contrasts_what_is_said_not_who_says_it(annotate):
    quotes = annotate("« L'accord est bon », a déclaré Paul Roux, en présence du maire Jean "
                      "Morel. Il a en revanche critiqué le calendrier du gouvernement.")
    assert find(quotes, "le calendrier du gouvernement")["speaker"] == "Paul Roux"


@pytest.mark.parametrize("text, quotation", [
    ("Face à la « colère » des agriculteurs, « nous agirons vite », a promis le ministre.",
     "nous agirons vite"),
    ("Après le slogan « Travailler plus », « nous voulons vivre mieux », a lancé le candidat.",
     "nous voulons vivre mieux"),
])
def test_a_reporters_adverbial_before_a_quotation_is_not_content(annotate, text, quotation):
    quotes = annotate(text)
    assert [(q["text"], q["type"]) for q in quotes] == [(quotation, "direct")]


def test_a_role_object_before_a_title_and_name_describes_nobody(annotate):
    quotes = annotate("Après avoir rencontré le ministre de la Défense, le général Paul Ndiaye "
                      "a annoncé un cessez-le-feu. « Les combats doivent cesser », a déclaré "
                      "le ministre de la Défense.")
    assert find(quotes, "Les combats doivent cesser")["speaker"] == "le ministre de la Défense"


def test_a_described_subject_after_a_selon_source_stays_in_the_content(annotate):
    quotes = annotate("Selon Paul Roux, le directeur, Marc Petit, a menti aux salariés.")
    assert find(quotes, "le directeur, Marc Petit, a menti aux salariés")["speaker"] == \
        "Paul Roux"


def test_an_institution_that_acts_inside_a_report_says_nothing(annotate):
    quotes = annotate("Le ministre a déclaré que le gouvernement refusait de négocier avec les "
                      "syndicats.")
    assert [q["speaker"] for q in quotes] == ["le ministre"]


@pytest.mark.parametrize("text", [
    "La ministre devra annoncer ses mesures lundi.",
    "Le président va dire demain qu'il reste en fonction.",
    "Le maire pourrait affirmer que le budget est tenu.",
    "Après sa victoire, la nouvelle présidente devra rassembler les élus, affirmer la ligne "
    "du parti face au gouvernement, clarifier sa relation avec les écologistes.",
])
def test_words_still_to_come_are_not_reported_speech(annotate, text):
    assert annotate(text) == []


def test_words_someone_had_to_say_were_said(annotate):
    q = find(annotate("La ministre a dû reconnaître que le plan avait échoué."),
             "le plan avait échoué")
    assert q["speaker"] == "la ministre"


@pytest.mark.parametrize("text", [
    "L'arrêté municipal, qui devrait être signé lundi, prévoit notamment une aide aux "
    "commerçants en cas de travaux.",
    "Le nouveau règlement, qui entrera en vigueur en mai, prévoit des sanctions plus lourdes.",
])
def test_a_subject_with_a_relative_clause_between_commas_is_not_reported_content(annotate,
                                                                                 text):
    assert all(not text.startswith(q["text"]) for q in annotate(text))


def test_a_name_before_the_comma_is_the_subject_of_the_verb_after_it(annotate):
    quotes = annotate("Connue pour ses colères, Léa Fontaine, qui dirige la chorale depuis "
                      "dix ans, conteste fermement ces critiques et dénonce une « cabale » "
                      "montée par deux choristes.")
    assert find(quotes, "ces critiques")["speaker"] == "Léa Fontaine"
    assert find(quotes, "une « cabale » montée par deux choristes")["speaker"] == \
        "Léa Fontaine"


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Après la victoire de Paul Martin, a réagi le maire, « c'est un grand jour pour la "
     "ville ».", "c'est un grand jour pour la ville", "le maire"),
    ("Interrogé sur le départ de Marc Petit, confie l'entraîneur, « c'est une perte "
     "immense ».", "c'est une perte immense", "l'entraîneur"),
    ("À propos de Marie Dubois, raconte sa sœur, « elle n'a jamais renoncé ».",
     "elle n'a jamais renoncé", "sa sœur"),
    ("Face aux critiques de Jeanne Morel, réplique le ministre : « Nous ne céderons pas. »",
     "Nous ne céderons pas", "le ministre"),
])
def test_a_lead_saying_when_or_about_what_before_an_incise_is_not_content(
        annotate, text, quotation, speaker):
    quotes = annotate(text)
    assert [(q["text"], q["speaker"]) for q in quotes] == [(quotation, speaker)]


def test_a_present_verb_the_tagger_reads_as_an_infinitive_still_closes_a_quotation(annotate):
    q = find(annotate("« La saison commence enfin », savoure l'entraîneur Marc Petit, soulagé."),
             "La saison commence enfin")
    assert q["speaker"] == "Marc Petit"


@pytest.mark.parametrize("text, content, kind", [
    (" date 2019-04 Cette aide doit permettre aux éleveurs de tenir, a fait valoir le ministre.",
     "Cette aide doit permettre aux éleveurs de tenir", "indirect"),
    ("date 2021-05 « Le chantier avance bien et les délais seront tenus », a indiqué la maire.",
     "Le chantier avance bien et les délais seront tenus", "direct"),
])
def test_a_scraping_date_marker_before_a_reported_clause_is_not_content(annotate, text,
                                                                        content, kind):
    q = find(annotate(text), content)
    assert (q["type"], q["in_boilerplate"]) == (kind, False)


@pytest.mark.parametrize("text, quotation, speaker, after", [
    ("« Mais un accord durable exige absolument que chaque camp retire ses troupes avant "
     "la fin de cette année », a fait valoir le médiateur, promettant que l'ONU resterait "
     "sur place.", "Mais un accord durable", "le médiateur", "l'ONU resterait sur place"),
    ("« Mais des aides publiques exigent absolument que la région se réforme avec sérieux "
     "pendant cette période », a fait valoir la ministre, promettant que l'État resterait "
     "présent.", "Mais des aides publiques", "la ministre", "l'État resterait présent"),
    ("« Des promesses de soutien supposent que le pays se défende avec courage dans cette "
     "guerre », a fait valoir le président, assurant que l'aide continuerait.",
     "Des promesses de soutien", "le président", "l'aide continuerait"),
])
def test_an_auxiliary_the_parser_hangs_on_the_second_verb_of_a_phrase_opens_the_incise(
        annotate, text, quotation, speaker, after):
    quotes = annotate(text)
    [q] = [q for q in quotes if q["text"].startswith(quotation)]
    assert (q["type"], q["cue"], q["speaker"]) == ("direct", "a fait valoir", speaker)
    assert find(quotes, after)["speaker"] == speaker


def test_ainsi_que_joins_two_agents_and_opens_no_content(annotate):
    assert annotate("Le programme du festival, affiché en mairie et repris par la radio "
                    "ainsi que la presse du dimanche, a attiré du monde.") == []


@pytest.mark.parametrize("text", [
    "La grève continuera tant que la direction refusera de négocier.",
    "La ministre a répété pendant que les manifestants scandaient des slogans.",
    "Le chantier reprendra une fois que les fouilles seront terminées.",
])
def test_a_conjunction_ending_in_que_opens_no_content(annotate, text):
    """`tant que`, `pendant que`, `une fois que`: a time or condition, not what was said."""
    assert annotate(text) == []


def test_a_conjunction_inside_the_content_stays_in_it(annotate):
    content = "le marché resterait ouvert tant que les commerçants le souhaiteraient"
    q = find(annotate(f"Le maire a assuré que {content}."), content)
    assert q["speaker"] == "le maire"


def test_ainsi_right_after_the_verb_is_an_adverb_before_the_content(annotate):
    q = find(annotate("Le ministre a déclaré ainsi que la réforme serait votée."),
             "la réforme serait votée")
    assert q["speaker"] == "le ministre"


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Pour le médiateur, la grève touche à sa fin parce que, a-t-il dit, « chacun veut "
     "rentrer chez soi ».", "chacun veut rentrer chez soi", "le médiateur"),
    ("La maire reste prudente car, a-t-elle expliqué, « rien n'est encore signé ».",
     "rien n'est encore signé", "la maire"),
])
def test_an_incise_right_after_a_conjunction_reports_the_quotation_after_it(
        annotate, text, quotation, speaker):
    quotes = annotate(text)
    q = find(quotes, quotation)
    assert (q["type"], q["speaker"]) == ("direct", speaker)
    assert not any(x["cue"] == q["cue"] and x["text"] != quotation for x in quotes)


def test_a_thing_a_bad_parse_made_a_speaker_is_not_what_a_later_pronoun_means(annotate):
    quotes = annotate("Le chef de chantier, Paul Roux, a parlé lundi. Son exposé, repris par "
                      "la radio, a rappelé que le calendrier restait tendu. Il a assuré que "
                      "« les grues seront démontées en mai ».")
    assert find(quotes, "les grues seront démontées en mai")["speaker"] == "Paul Roux"


@pytest.mark.parametrize("text, content, speaker", [
    ("Le rapport annuel, publié mardi par la Cour, souligne que la dette reste élevée.",
     "la dette reste élevée", "le rapport annuel"),
    ("Le ministre, interrogé par la radio publique, a affirmé que la réforme serait votée.",
     "la réforme serait votée", "le ministre"),
])
def test_a_participle_aside_after_the_subject_is_not_part_of_the_speaker(annotate, text,
                                                                         content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Le témoin, présent à Lyon ce jour-là, a affirmé que la voiture roulait vite.",
     "la voiture roulait vite", "le témoin"),
    ("La riveraine, furieuse contre la mairie, assure que personne ne l'a prévenue.",
     "personne ne l'a prévenue", "la riveraine"),
    ("Le conseiller, ancien maire de Brive, a affirmé que le budget était faux.",
     "le budget était faux", "le conseiller, ancien maire de Brive"),
])
def test_an_adjective_aside_is_the_speaker_s_state_not_who_they_are(annotate, text, content,
                                                                     speaker):
    """`, présent à Lyon ce jour-là,` says where the witness was, not who they are: the
    aside is cut from the description; an adjective of a role noun (`ancien maire`) is
    part of a second role and stays."""
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content", [
    ("Têtue comme toujours, Léa Fontaine, la cheffe de chœur, maintient sa position : le "
     "concert se tiendra en plein air, répète-t-elle.", "le concert se tiendra en plein air"),
    ("Retraites : le gouvernement a « trahi » les salariés du privé, assure la syndicaliste.",
     "le gouvernement a « trahi » les salariés du privé"),
])
def test_before_an_incise_the_content_is_what_a_colon_announces(annotate, text, content):
    assert find(annotate(text), content)


def test_a_comma_after_que_does_not_open_the_content(annotate):
    q = find(annotate("Le maire a expliqué que, d'une part, le budget était serré et que, "
                      "d'autre part, les travaux devaient attendre."),
             "d'une part, le budget était serré et que, d'autre part, les travaux devaient "
             "attendre")
    assert q["type"] == "indirect"


@pytest.mark.parametrize("text, quotation, speaker", [
    ("« Les propos du ministre sont inacceptables », a écrit sur Twitter Paolo Rossi.",
     "Les propos du ministre sont inacceptables", "Paolo Rossi"),
    ("« Nous avons eu toutes les météos possibles », a relevé dimanche, à l'heure du bilan, "
     "Daniel Favre, le patron du festival.", "Nous avons eu toutes les météos possibles",
     "Daniel Favre"),
    ("« Le texte sera voté », a assuré à l'issue de la réunion le ministre du Travail.",
     "Le texte sera voté", "le ministre du Travail"),
])
def test_where_and_when_between_an_incise_and_its_subject_are_skipped(annotate, text,
                                                                       quotation, speaker):
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_a_participle_right_after_quoted_words_describes_the_noun(annotate):
    assert annotate("Les deux pays ne figurent pas parmi les signataires de la déclaration "
                    "pour une science « ouverte » et « éthique » publiée mardi à l'issue du "
                    "Forum pour la recherche, qui s'est tenu à Lyon.") == []


@pytest.mark.parametrize("text, content", [
    ("Le maire va même jusqu'à dire que la loi est injuste.", "la loi est injuste"),
    ("Le président ne peut que constater que la situation se dégrade.",
     "la situation se dégrade"),
    ("Le ministre a reconnu depuis que le calendrier était trop serré.",
     "le calendrier était trop serré"),
    ("Mais, a-t-il ajouté, rien n'est encore signé avec les syndicats.",
     "rien n'est encore signé avec les syndicats"),
    ("Le constat est simple : nous devons agir avant l'hiver, a estimé la ministre.",
     "Le constat est simple : nous devons agir avant l'hiver"),
])
def test_what_was_said_stays_whole_around_modals_adverbs_conjunctions_and_colons(
        annotate, text, content):
    """The second reader's counter-examples to the rules above: each was said in full."""
    assert find(annotate(text), content)


def test_a_first_person_lead_before_an_incise_is_the_speakers_own(annotate):
    quotes = annotate("À mon avis, a confié l'entraîneur, « le titre est encore jouable ».")
    assert find(quotes, "À mon avis")["speaker"] == "l'entraîneur"
    assert find(quotes, "le titre est encore jouable")["type"] == "direct"


def test_an_incise_cutting_a_named_subject_from_its_verb_is_still_an_incise(annotate):
    """The counterpart of the rule above: `Paul Martin, dit X, ne veut pas …` resumes the
    clause after the incise, so the name is the reported clause's subject."""
    quotes = annotate("Claire Roux, affirme son entourage, ne briguera pas de second mandat.")
    assert find(quotes, "ne briguera pas de second mandat")["speaker"] == "son entourage"


@pytest.mark.parametrize("text, content", [
    ("Selon Paul Roux, le directeur intérimaire de l'Agence spatiale européenne (ASE), aucun "
     "autre astronaute ne partira avant 2030.", "aucun autre astronaute ne partira avant 2030"),
    ("Selon Claire Roux, procureure spéciale de la cour chargée des crimes financiers et du "
     "terrorisme, le suspect a été arrêté à la frontière.", "le suspect a été arrêté à la "
     "frontière"),
])
def test_a_long_role_apposition_after_selon_is_not_content(annotate, text, content):
    assert find(annotate(text), content)["speaker"] in {"Paul Roux", "Claire Roux"}


@pytest.mark.parametrize("text, second, speaker", [
    ("La directrice a reconnu que le site était fragile et a promis des travaux rapides.",
     "des travaux rapides", "la directrice"),
    ("Le maire a affirmé que la piscine rouvrirait et a annoncé une baisse des tarifs.",
     "une baisse des tarifs", "le maire"),
])
def test_a_second_report_sharing_the_auxiliary_of_the_first_shares_its_speaker(
        annotate, text, second, speaker):
    assert find(annotate(text), second)["speaker"] == speaker


@pytest.mark.parametrize("text, content", [
    ("La préfecture a fait état des craintes des riverains.", "des craintes des riverains"),
    ("Le club s'est félicité du retour de son capitaine.", "du retour de son capitaine"),
])
def test_de_and_the_article_in_one_word_open_the_complement(annotate, text, content):
    assert find(annotate(text), content)["text"] == content


@pytest.mark.parametrize("text, content", [
    ("La sénatrice a plaidé en faveur d'un moratoire sur les forages.",
     "un moratoire sur les forages"),
    ("Le conseil s'est prononcé en faveur de la piétonnisation du centre.",
     "la piétonnisation du centre"),
    ("Le syndicat a insisté pour que les primes soient versées avant Noël.",
     "les primes soient versées avant Noël"),
])
def test_en_faveur_de_and_pour_que_open_what_is_pleaded_for(annotate, text, content):
    assert find(annotate(text), content)["text"] == content


@pytest.mark.parametrize("text, content, speaker", [
    ("La piscine rouvrira en septembre, ce qu'a confirmé la mairie.",
     "La piscine rouvrira en septembre", "la mairie"),
    ("Selon le club, le stade sera plein samedi, ce qu'a confirmé la préfecture.",
     "le stade sera plein samedi", "la préfecture"),
])
def test_ce_que_after_a_comma_takes_up_the_clause_before(annotate, text, content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_report_stops_before_ce_que_and_the_verb_taking_it_up(annotate):
    quotes = annotate("Le gardien affirme n'avoir rien entendu, ce que conteste la police.")
    assert find(quotes, "n'avoir rien entendu")["text"] == "n'avoir rien entendu"
    assert all(q["text"] != "la police" for q in quotes)


@pytest.mark.parametrize("text, content", [
    # another subject reports the clause again, before its verb
    ("La mairie a annoncé que la piscine rouvrirait en juin, ce que les syndicats contestent.",
     "la piscine rouvrirait en juin"),
    ("Le club a confirmé que l'entraîneur partait, ce que le joueur a démenti.",
     "l'entraîneur partait"),
    # after a noun phrase said, `ce que` / `ce qui` is always a comment on it
    ("La région a annoncé la fermeture du lycée, ce que les parents refusent.",
     "la fermeture du lycée"),
    ("Le préfet a annoncé une hausse des amendes, ce qui a provoqué la colère des riverains.",
     "une hausse des amendes"),
])
def test_a_report_stops_before_ce_que_a_subject_takes_up(annotate, text, content):
    assert find(annotate(text), content)["text"] == content


def test_after_que_ce_qui_may_still_be_the_speaker_s(annotate):
    quotes = annotate("Le ministre a assuré que les prix baisseraient, ce qui aidera les "
                      "ménages.")
    assert find(quotes, "les prix baisseraient, ce qui aidera les ménages")["speaker"] == \
        "le ministre"


@pytest.mark.parametrize("text, content", [
    ("La ministre a plaidé en faveur d'une solution négociée, tout en menaçant Ankara de "
     "sanctions.", "une solution négociée"),
    ("Le ministre a affirmé que la solution serait politique, tout en menaçant Rome de "
     "sanctions.", "la solution serait politique"),
    ("Le syndicat a réclamé une hausse des salaires, tout en exigeant des embauches.",
     "une hausse des salaires"),
])
def test_a_gerund_the_tagger_calls_an_adjective_ends_the_content(annotate, text, content):
    assert find(annotate(text), content)["text"] == content


@pytest.mark.parametrize("text, inner, speaker", [
    ("Le syndicat a fait savoir qu'il réclamait la réouverture des guichets.",
     "la réouverture des guichets", "le syndicat"),
    ("Le communiqué indique que les maires condamnent les violences contre les élus.",
     "les violences contre les élus", "les maires"),
])
def test_a_verb_that_only_says_reports_its_object_inside_another_report(annotate, text,
                                                                         inner, speaker):
    assert find(annotate(text), inner)["speaker"] == speaker


def test_a_verb_that_may_act_does_not_report_its_object_inside_another_report(annotate):
    quotes = annotate("La ministre a dit que l'Etat reconnaissait la responsabilité de l'usine.")
    assert [q["text"] for q in quotes] == [
        "l'Etat reconnaissait la responsabilité de l'usine"]


@pytest.mark.parametrize("text, outer", [
    ("La gardienne a expliqué qu'elle voulait « un contrat de deux ans ».",
     "elle voulait « un contrat de deux ans »"),
    ("Le maire a confié qu'il souhaitait « une halle couverte » pour le marché.",
     "il souhaitait « une halle couverte » pour le marché"),
])
def test_a_wish_inside_a_report_is_part_of_what_was_reported(annotate, text, outer):
    """`vouloir`, `souhaiter` are verbs of thought whose act (a demand) says nothing
    inside another report: the quoted words are the report's own, one quote."""
    assert [q["text"] for q in annotate(text)] == [outer]


def test_a_regret_inside_a_report_is_part_of_what_was_reported(annotate):
    """The guideline counts `regretter` as a verb of feeling: inside another report, its
    object is what was reported."""
    quotes = annotate("Le prévenu a affirmé qu'il regrettait son geste.")
    assert [q["text"] for q in quotes] == ["il regrettait son geste"]


@pytest.mark.parametrize("text", [
    "Contactée, la mairie n'a pas répondu à nos questions.",
    "Le club a réagi à la défaite de son équipe réserve.",
    "Réagissant à la victoire du candidat qu'il soutenait, le sénateur a quitté la salle.",
])
def test_what_someone_answers_or_reacts_to_is_not_what_they_said(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text, content", [
    ("La ministre a pris la parole pour annoncer la fermeture du site.",
     "la fermeture du site"),
    ("Le maire a saisi l'occasion pour dénoncer le retard des travaux.",
     "le retard des travaux"),
    ("La préfète s'est adressée aux habitants pour leur demander de rester prudents.",
     "rester prudents"),
    # a means of speaking taken (a statement, a letter, a press conference), a reaction,
    # an occasion used
    ("Le club a publié un communiqué pour dénoncer les insultes racistes.",
     "les insultes racistes"),
    ("La rectrice a tenu une conférence de presse pour annoncer la réouverture du lycée.",
     "la réouverture du lycée"),
    ("Le maire a écrit à la ministre pour réclamer des moyens supplémentaires.",
     "des moyens supplémentaires"),
    ("La fédération a réagi dans la soirée pour condamner les violences.",
     "les violences"),
    ("Le chef de l'État a profité de sa visite pour rappeler l'engagement de la France.",
     "l'engagement de la France"),
    ("Des officiers ont fait une apparition à la télévision publique pour annoncer la "
     "suspension de la Constitution.", "la suspension de la Constitution"),
])
def test_a_purpose_after_taking_the_floor_is_what_was_said(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text", [
    "Les deux maires se sont retrouvés pour évoquer la fusion des communes.",
    "Des centaines d'étudiants ont défilé pour dénoncer la hausse des loyers.",
    "La ministre a rencontré les syndicats pour évoquer la réforme des retraites.",
])
def test_a_purpose_after_meeting_or_marching_is_not_speech(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text", [
    "À noter que la médiathèque restera fermée pendant les vacances.",
    "A noter qu'après la tempête, la commune a ouvert un gymnase aux sinistrés.",
    "Les garanties que le syndicat exige de la direction restent floues.",
    "Les mesures que la ministre a annoncées mardi entreront en vigueur en mai.",
    "La grève, qui menace toujours de durer, inquiète les commerçants.",
])
def test_the_writer_s_aside_a_relative_object_and_a_thing_s_threat_report_nothing(
        annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text", [
    "Le maire s'est exprimé sur la radio locale ce matin.",
    "La ministre s'est longuement exprimée à la télévision hier soir.",
])
def test_the_medium_one_speaks_on_is_not_what_one_said(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text, content, speaker", [
    ("Le gouvernement s'attendait à ce revers puisque selon la ministre, plusieurs articles "
     "étaient « clairement illégaux ».",
     "plusieurs articles étaient « clairement illégaux »", "la ministre"),
    ("Le maire a renoncé au projet car, d'après ses adjoints, la commune n'a plus les moyens "
     "de le financer.", "la commune n'a plus les moyens de le financer", "ses adjoints"),
    ("Le club a perdu, mais selon l'entraîneur, l'équipe a montré de belles choses.",
     "l'équipe a montré de belles choses", "l'entraîneur"),
    ("La réforme passera, mais pour la syndicaliste, le combat continue dans la rue.",
     "le combat continue dans la rue", "la syndicaliste"),
    ("L'école a fermé puisque de l'aveu même de la directrice, les locaux « n'étaient plus "
     "sûrs ».", "les locaux « n'étaient plus sûrs »", "la directrice"),
    # a colon opens a headline's second part
    ("Fermeture de l'usine : pour la CFDT, c'est une trahison", "c'est une trahison",
     "la CFDT"),
])
def test_a_source_after_a_conjunction_speaks_for_the_clause_it_opens(
        annotate, text, content, speaker):
    quotes = annotate(text)
    assert find(quotes, content)["speaker"] == speaker
    # the clause before the conjunction is the writer's, not the source's
    assert all(not q["text"].startswith(text[:12]) for q in quotes)


def test_donc_before_pour_is_an_adverb_not_a_new_clause(annotate):
    quotes = annotate("Un succès donc pour les bénévoles, dans une commune de 800 habitants.")
    assert quotes == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Les secours sont arrivés trop tard, aux dires des riverains.",
     "Les secours sont arrivés trop tard", "riverains"),
    ("Le chantier sera fini en mai, à en croire le maire.",
     "Le chantier sera fini en mai", "le maire"),
    ("L'incendie des entrepôts - « au mépris de toutes les règles » de l'aveu même de la "
     "mairie - a détruit le quartier.", "au mépris de toutes les règles", "la mairie"),
])
def test_a_source_phrase_set_off_after_its_clause_speaks_like_selon(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert q["text"] == content and q["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Selon l'observatoire local de l'habitat, les loyers ont augmenté de 4 % en un an.",
     "les loyers ont augmenté de 4 % en un an", "l'observatoire local de l'habitat"),
    ("Selon la caisse d'allocations familiales, les aides seront versées en mai.",
     "les aides seront versées en mai", "la caisse d'allocations familiales"),
    ("Selon le gestionnaire du réseau, la coupure durera deux heures.",
     "la coupure durera deux heures", "le gestionnaire du réseau"),
])
def test_an_institution_named_in_lower_case_is_a_source(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["text"], q["speaker"]) == (content, speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("Le ministre Paul Roux s'est exprimé lundi. Selon ses mots, la réforme entrera en "
     "vigueur en janvier.", "la réforme entrera en vigueur en janvier", "Paul Roux"),
    ("Les deux dirigeants se sont parlé. Selon leurs propres termes, la discussion a été "
     "franche.", "la discussion a été franche", "les deux dirigeants"),
])
def test_selon_ses_mots_names_the_possessor_as_the_source(annotate, text, content, speaker):
    """`Selon ses mots`, `selon leurs propres termes`: the words are the possessor's, as
    in `à ses yeux` (a calque agency copy translated from English or Russian uses)."""
    q = find(annotate(text), content)
    assert (q["text"], q["speaker"]) == (content, speaker)


def test_de_l_avis_de_names_the_source_like_selon(annotate):
    q = find(annotate("Le maire de Brives, Paul Ternier, est inquiet. De l'avis de Paul "
                      "Ternier, la réforme est un échec complet."),
             "la réforme est un échec complet")
    assert (q["text"], q["speaker"]) == ("la réforme est un échec complet", "Paul Ternier")


@pytest.mark.parametrize("text, content, speaker", [
    ("Le syndicat ne décolère pas. Pour Marc Delorme, son secrétaire général, « c'est une "
     "provocation ».", "c'est une provocation", "Marc Delorme"),
    ("D'après Julie Roche, la porte-parole de l'association, « rien n'a été fait ».",
     "rien n'a été fait", "Julie Roche"),
])
def test_a_role_apposed_to_the_source_before_a_quotation_is_not_what_was_said(
        annotate, text, content, speaker):
    """`Pour X, son secrétaire général, « … »`: the role with its determiner belongs to the
    source (a quotation cannot be the subject it would otherwise open)."""
    q = find(annotate(text), content)
    assert (q["text"], q["type"], q["speaker"]) == (content, "direct", speaker)


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Les inscriptions ont doublé en cinq ans, peut-on lire jeudi dans Le Courrier picard.",
     "Les inscriptions ont doublé en cinq ans", "le Courrier picard", "peut-on lire"),
    ("Le projet sera abandonné, lit-on dans le rapport de la Cour des comptes.",
     "Le projet sera abandonné", "le rapport de la Cour des comptes", "lit-on"),
    ("« Nous refusons ce plan », pouvait-on lire sur une banderole des grévistes.",
     "Nous refusons ce plan", "une banderole des grévistes", "pouvait-on lire"),
])
def test_what_on_reads_in_a_text_is_that_texts(annotate, text, content, speaker, cue):
    """`…, peut-on lire dans X`, `…, lit-on dans X`: the clause or quotation before is read
    in X, which is its source like `selon X`."""
    q = find(annotate(text), content)
    assert (q["text"], q["speaker"], q["cue"]) == (content, speaker, cue)


@pytest.mark.parametrize("text", [
    "La fatigue était immense, pouvait-on lire sur son visage.",
    "Le doute s'installe, lit-on sur les visages des supporters.",
])
def test_what_on_reads_on_a_face_has_no_source(annotate, text):
    assert annotate(text) == []


def test_reading_in_a_text_before_what_is_read_is_no_source(annotate):
    assert annotate("On peut lire dans le journal les résultats du match.") == []


@pytest.mark.parametrize("text, content, speaker", [
    ("« Une nuit calme » : voilà le bilan de la soirée, selon les pompiers.",
     "Une nuit calme", "les pompiers"),
    ("« Aucun blessé » : c'est le résultat de l'opération, d'après la préfecture.",
     "Aucun blessé", "la préfecture"),
])
def test_a_quotation_a_presentative_takes_up_before_selon_is_the_sources_words(
        annotate, text, content, speaker):
    """`« Q » : voilà le bilan …, selon X`: X's words are the quotation that `voilà` takes
    up, not the writer's presentation of them."""
    q = find(annotate(text), content)
    assert (q["text"], q["type"], q["speaker"]) == (content, "direct", speaker)


def test_a_clause_after_a_quotation_and_a_colon_stays_the_sources(annotate):
    q = find(annotate("« Rien ne va plus » : les commerçants du centre ferment, selon la "
                      "mairie."), "« Rien ne va plus » : les commerçants du centre ferment")
    assert q["type"] == "mixed"


@pytest.mark.parametrize("text, content, speaker", [
    ("La fête s'est déroulée sans incident, à entendre les pompiers.",
     "La fête s'est déroulée sans incident", "les pompiers"),
    ("À entendre la ministre, la réforme sera votée avant l'été.",
     "la réforme sera votée avant l'été", "la ministre"),
])
def test_a_entendre_x_speaks_like_a_en_croire_x(annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["text"], q["speaker"], q["cue"].lower()) == (content, speaker, "à entendre")


@pytest.mark.parametrize("text", [
    "Elle était prête à entendre les critiques des habitants.",
    "Les juges ont commencé à entendre les témoins.",
])
def test_a_entendre_inside_a_clause_is_no_source(annotate, text):
    assert annotate(text) == []


@pytest.mark.parametrize("text", [
    "À entendre les voisins parler de l'incendie, la nuit a été longue.",
    "À entendre les supporters chanter dans le stade, la victoire semblait acquise.",
])
def test_a_entendre_x_do_something_is_hearing_not_a_source(annotate, text):
    assert annotate(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("« Le pont sera rouvert », assure le préfet, selon qui les travaux dureront encore deux "
     "mois.", "les travaux dureront encore deux mois", "le préfet"),
    ("La directrice de l'école, selon qui les classes sont trop chargées, réclame deux postes.",
     "les classes sont trop chargées", "la directrice de l'école"),
])
def test_selon_qui_after_a_comma_gives_its_clause_to_the_antecedent(annotate, text, content,
                                                                    speaker):
    """`…, selon qui …` is the relative twin of `selon lequel`: the person before the comma
    says the clause (to a comma before a finite verb, when the relative is an aside)."""
    q = find(annotate(text), content)
    assert (q["text"], q["type"], q["speaker"]) == (content, "indirect", speaker)


def test_selon_qui_without_a_comma_means_depending_on_who(annotate):
    assert annotate("Les chiffres du chômage varient selon qui les compte.") == []


def test_a_quotation_in_a_dash_aside_before_selon_is_quoted_alone(annotate):
    quotes = annotate("Le bilan, encore provisoire – « au moins vingt morts » selon les "
                      "pompiers – pourrait s'alourdir.")
    q = find(quotes, "au moins vingt morts")
    assert (q["text"], q["speaker"]) == ("au moins vingt morts", "les pompiers")


def test_aux_yeux_de_inside_a_clause_is_no_source(annotate):
    quotes = annotate("Il a été humilié aux yeux du monde entier, a raconté son frère.")
    assert [q["speaker"] for q in quotes] == ["son frère"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Les syndicats ont écrit au ministre, l'appelant à retirer son projet de réforme.",
     "retirer son projet de réforme", "les syndicats"),
    ("Les avocats ont mis en garde la cour contre une « erreur », l'appelant mardi à ne pas "
     "suivre le parquet.", "ne pas suivre le parquet", "les avocats"),
])
def test_a_participle_after_a_comma_and_an_object_pronoun_reports(
        annotate, text, content, speaker):
    q = find(annotate(text), content)
    assert (q["cue"].startswith("l'appelant"), q["speaker"]) == (True, speaker)


def test_l_appelant_with_no_complement_is_the_party_to_an_appeal(annotate):
    assert annotate("L'appelant a été débouté par la cour d'appel de Lyon.") == []


@pytest.mark.parametrize("text, content", [
    ("Selon le professeur Jean Morel, de l'Université de Lille, un des auteurs de l'étude, "
     "les glaciers ne reculeront plus avant un siècle.",
     "les glaciers ne reculeront plus avant un siècle"),
    ("Selon la chercheuse Anne Petit, du CNRS, au Québec, la banquise fond plus vite que "
     "prévu.", "la banquise fond plus vite que prévu"),
])
def test_where_a_named_source_works_stays_out_of_its_words(annotate, text, content):
    assert find(annotate(text), content)["cue"] == "Selon"


def test_a_document_called_by_a_quoted_title_says_nothing(annotate):
    assert annotate('Le constat figure dans un document de 42 pages appelé "Résumé pour '
                    'les décideurs".') == []


@pytest.mark.parametrize("text, content, speaker", [
    ("L'agence a fini d'assembler la fusée, selon le directeur de l'agence, promettant que "
     "la mission aurait lieu en 2024.", "la mission aurait lieu en 2024",
     "le directeur de l'agence"),
    ("Le chômage a baissé, selon l'Insee, ajoutant que la tendance devrait durer.",
     "la tendance devrait durer", "l'Insee"),
])
def test_a_participle_after_selon_x_is_the_source_speaking_on(annotate, text, content,
                                                              speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content", [
    ("Le maire a qualifié la réunion de « constructive », parce que les habitants ont enfin "
     "été « entendus ».", "la réunion de « constructive », parce que les habitants ont enfin "
     "été « entendus »"),
    ("La ministre a décrit l'entretien comme « franc », dans la mesure où chacun a pu dire "
     "ses « inquiétudes ».", "l'entretien comme « franc », dans la mesure où chacun a pu dire "
     "ses « inquiétudes »"),
])
def test_a_reason_in_the_speakers_quoted_words_stays_in_the_quote(annotate, text, content):
    assert find(annotate(text), content)["type"] == "mixed"


def test_a_reason_without_quoted_words_is_the_narrators(annotate):
    quotes = annotate("La ministre a salué un accord « historique », parce que la grève "
                      "durait depuis un mois.")
    assert [q["text"] for q in quotes] == ["un accord « historique »"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Les pompiers sont intervenus toute la nuit.\nQuelle nuit terrible pour notre commune, "
     "merci aux secours. #orages #Var https://t.co/abc123\n"
     "— Marie Lenoir (@marielenoir) 12 juin 2024\nLe maire a salué leur travail.",
     "Quelle nuit terrible pour notre commune, merci aux secours", "Marie Lenoir"),
    ("La fête a duré tard.\nMerci à tous les bénévoles pic.twitter.com/xYz8 — Comité des "
     "fêtes de Pau (@fetespau) June 5, 2023\nLa mairie remercie aussi.",
     "Merci à tous les bénévoles", "Comité des fêtes de Pau"),
])
def test_an_embedded_post_is_a_direct_quote_of_its_signing_account(annotate, text, content,
                                                                   speaker):
    quote = find(annotate(text), content)
    assert (quote["text"], quote["type"], quote["speaker"], quote["cue"]) == \
        (content, "direct", speaker, None)


def test_a_dash_and_a_handle_inside_a_sentence_sign_no_post(annotate):
    text = ("Le ministre a répondu au député - Paul Roux (@paulroux) sur ce point - "
            "sans convaincre.")
    assert all(q["cue"] for q in annotate(text))


def test_a_short_quotation_in_a_heading_takes_the_speaker_who_says_it_later(annotate):
    quotes = annotate("Des maisons « emportées par la rivière »\nLe maire a raconté la nuit. "
                      "« Des maisons ont été emportées par la rivière en quelques minutes », "
                      "a-t-il déclaré.")
    heading = find(quotes, "emportées par la rivière")
    assert (heading["type"], heading["speaker"]) == ("direct", "le maire")


@pytest.mark.parametrize("text, heading, speaker", [
    ("Les Bleus ont gagné jeudi.\n- \"Solidarité et envie\" -\n\"Ce qui ne change pas, c'est la "
     "solidarité et l'envie du groupe\", a déclaré le capitaine Paul Martin.",
     "Solidarité et envie", "Paul Martin"),
    ("Le club a signé un nouveau partenaire.\n\"Confiance et ambition\"\n\"Il faut de la "
     "confiance et de l'ambition pour durer\", a affirmé la présidente Anne Roy.",
     "Confiance et ambition", "Anne Roy"),
])
def test_a_heading_that_drops_the_articles_of_words_said_later_is_theirs(annotate, text,
                                                                        heading, speaker):
    """`- "Intensité et attitude" -` before `c'est l'intensité et l'attitude …`: a heading
    takes up the words without their articles."""
    q = find(annotate(text), heading)
    assert (q["text"], q["type"], q["speaker"]) == (heading, "direct", speaker)


def test_a_short_quotation_in_a_full_sentence_is_no_heading(annotate):
    quotes = annotate("Le texte parle de « maisons emportées ».\nLe maire a dit : « Des maisons "
                      "emportées, il y en a eu dix. »")
    assert not any(q["text"] == "maisons emportées" and q["cue"] is None for q in quotes)


@pytest.mark.parametrize("text", [
    "Le ministre n'a pas écarté l'idée d'un référendum sur la réforme.",
    "Plusieurs pays ne reconnaissent pas la victoire du président sortant.",
    "Le maire n'a pas voulu préciser si la piscine rouvrirait cet été.",
])
def test_a_negated_report_in_the_writers_words_is_no_quote(annotate, text):
    assert annotate(text) == []


@pytest.mark.parametrize("text", [
    "Le porte-parole n'a pas dit si les syndicats accepteraient cette proposition.",
    "La ministre n'a pas précisé si les régions soutiendraient le nouveau plan.",
])
def test_a_report_inside_an_indirect_question_is_only_asked_about(annotate, text):
    assert annotate(text) == []


def test_a_concessive_si_keeps_its_report(annotate):
    quotes = annotate("Si le ministre a reconnu des retards, il a promis des moyens.")
    assert find(quotes, "des retards")["cue"] == "a reconnu"


@pytest.mark.parametrize("text, content", [
    ("Les syndicats ont réaffirmé leur volonté de poursuivre la grève et de demander "
     "l'ouverture de négociations.",
     "leur volonté de poursuivre la grève et de demander l'ouverture de négociations"),
    ("Le maire a rappelé son intention de rénover le stade (2019) et de dire aux habitants "
     "la vérité sur son coût.",
     "son intention de rénover le stade (2019) et de dire aux habitants la vérité sur son "
     "coût"),
])
def test_an_infinitive_joined_to_a_nouns_infinitive_is_part_of_the_noun_phrase(
        annotate, text, content):
    # `et de demander` completes `volonté` like `de poursuivre`: no second quote
    assert [q["text"] for q in annotate(text)] == [content]


@pytest.mark.parametrize("text, content", [
    ("Le maire n'a pas dit « nous fermerons l'école », il a dit « nous verrons ».",
     "nous fermerons l'école"),
    ("Elle ne cesse de répéter que tout va bien.", "tout va bien"),
])
def test_quoted_words_and_a_negated_other_verb_keep_the_quote(annotate, text, content):
    find(annotate(text), content)


def test_a_sentence_ending_on_a_one_letter_network_name_ends_there(annotate):
    quotes = annotate("« Nous avons gagné », a écrit Paul Roux sur X. Marie Dubois a également "
                      "publié une déclaration sur son site, appelant à la poursuite des efforts.")
    assert find(quotes, "la poursuite des efforts")["speaker"] == "Marie Dubois"


def test_an_initial_after_a_preposition_before_a_name_is_no_sentence_end(nlp):
    doc = nlp("Le livre a été écrit par J. Martin en 1990.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text, sentences", [
    ("Le parquet a requis dix ans contre Yanis B. Son avocat, Me Paul Roux, a plaidé la "
     "relaxe.", 2),
    ("Le tribunal a condamné Kevin R. Le prévenu a fait appel.", 2),
    ("La lettre est signée Marie L. Le Goff, présidente du club.", 1),
    ("Le livre a été écrit par Jean M. Dupont en 1990.", 1),
])
def test_an_anonymised_surname_ends_its_sentence_before_a_clause(nlp, text, sentences):
    """`Yanis B.`: the press's initial for a surname; a possessive, a pronoun or an article
    before a common noun after it opens the next sentence, a surname does not."""
    assert len(list(nlp(text).sents)) == sentences


def test_an_anonymised_surname_does_not_lend_its_sentence_to_the_next(annotate):
    quotes = annotate("Le parquet a requis dix ans contre Yanis B. Son avocat, Me Paul Roux, a "
                      "plaidé la clémence.")
    assert find(quotes, "la clémence")["speaker"] == "Paul Roux"


def test_a_surname_opening_a_sentence_after_a_network_name_speaks(annotate):
    quotes = annotate("Paul Martin a rencontré Marie Dubois. « Je la remercie », a écrit Dubois "
                      "sur X. Martin a également publié un message sur son site, appelant à la "
                      "poursuite des efforts communs.")
    assert find(quotes, "la poursuite des efforts communs")["speaker"] == "Paul Martin"


def test_a_known_surname_the_tagger_read_as_an_adverb_still_names_its_person(nlp):
    text = ("Paul Martin et Marie Dubois se sont parlé. « Je le remercie », a écrit Dubois sur "
            "X. Martin a également publié un message sur son site, appelant à la poursuite "
            "des efforts communs.")
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "ner":  # as the tagger sometimes reads a sentence's first surname
            surname = next(t for t in doc if t.text == "Martin" and t.i > 10)
            surname.pos_, surname.ent_type_ = "ADV", ""
    quote = find(doc._.quotes, "la poursuite des efforts communs")
    assert quote["speaker"] == "Paul Martin"


def test_what_a_speaker_goes_on_to_say_after_avant_de_is_reported(annotate):
    quote = find(annotate("La maire a remercié les bénévoles, avant de rappeler les liens anciens "
                          "entre les deux communes."), "les liens anciens entre les deux communes")
    assert quote["speaker"] == "la maire"


@pytest.mark.parametrize("text", [
    "Il a quitté la salle sans évoquer la question des salaires.",
    "Le maire s'est rendu sur place pour garantir la sécurité des habitants.",
])
def test_a_thing_left_unsaid_or_a_purpose_is_no_quote(annotate, text):
    assert annotate(text) == []


def test_on_with_a_noun_phrase_said_keeps_the_quote_without_a_speaker(annotate):
    quote = find(annotate("On évoque une hausse des impôts dès l'an prochain."),
                 "une hausse des impôts dès l'an prochain")
    assert quote["speaker"] is None


@pytest.mark.parametrize("heading, term", [
    ("Au seuil du « No Deal », le négociateur repart", "no deal"),
    ("Le « Game Over » guette les négociateurs", "game over"),
])
def test_a_foreign_term_quoted_in_a_heading_is_no_quote(annotate, heading, term):
    quotes = annotate(heading + "\nLes ministres ont exigé que la Commission publie « sans "
                      f"tarder ses mesures d'urgence » en cas de « {term} », a dit un "
                      "diplomate.")
    assert not any(q["cue"] is None for q in quotes)


@pytest.mark.parametrize("text, first, second, speaker", [
    ("Trois jeunes ont été blessés sur l'autoroute A7 vendredi.\n\n\"Excès de vitesse sur "
     "une chaussée mouillée.\" \"C'est très probablement un excès de vitesse sur une "
     "chaussée mouillée qui explique l'accident\", a indiqué le commandant Paul Girard.",
     "Excès de vitesse sur une chaussée mouillée",
     "C'est très probablement un excès de vitesse sur une chaussée mouillée qui explique "
     "l'accident", "Paul Girard"),
    ("La digue a cédé dans la nuit.\n\n« Une montée des eaux très rapide. » « Nous avons "
     "assisté à une montée des eaux très rapide, en moins d'une heure », a raconté la "
     "maire, Claire Vidal.", "Une montée des eaux très rapide",
     "Nous avons assisté à une montée des eaux très rapide, en moins d'une heure",
     "Claire Vidal"),
])
def test_a_verbless_quotation_the_next_quote_says_in_full_is_its_speakers(
        annotate, text, first, second, speaker):
    quotes = annotate(text)
    assert (find(quotes, first)["speaker"], find(quotes, first)["type"]) == (speaker, "direct")
    assert find(quotes, second)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Deux Bleus seulement ont passé le premier tour. Un vrai soulagement pour la nageuse "
     "Inès Perrin.\n\n« On a eu de la chance cette fois, il faut en profiter ! »\n\n« Je ne "
     "réalise pas encore. Je suis tellement heureuse de nager la finale. »\n\nL'autre "
     "qualifié est Hugo Faure : « On a eu de la chance cette fois, il faut en profiter ! »",
     "Je ne réalise pas encore. Je suis tellement heureuse de nager la finale", "Inès Perrin"),
    ("Le maire de Lunel, Paul Sabatier, est apparu très ému.\n\n« Merci à tous les "
     "bénévoles »\n\n« Nous reconstruirons l'école avant la rentrée, je vous le promets. »",
     "Nous reconstruirons l'école avant la rentrée, je vous le promets", "Paul Sabatier"),
])
def test_a_quotation_line_between_does_not_hide_the_person_named_before(annotate, text,
                                                                        content, speaker):
    # a line of quoted words alone (a sub-heading) between the sentence naming the speaker
    # and the quotation standing on its own
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content", [
    ("Le ministre a estimé nécessaire de renforcer les contrôles.",
     "nécessaire de renforcer les contrôles"),
    ("La maire a estimé urgent d'agir contre les inondations.",
     "urgent d'agir contre les inondations"),
])
def test_an_adjective_then_de_and_an_infinitive_is_what_is_judged(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content, speaker", [
    ("La députée a dénoncé ce qu'elle a qualifié de « mascarade ».",
     "ce qu'elle a qualifié de « mascarade »", "la députée"),
    ("Le président du club a rappelé ce que la mairie avait promis aux supporters.",
     "ce que la mairie avait promis aux supporters", "le président du club"),
    ("L'association a critiqué ce qu'elle considère comme un abandon des familles.",
     "ce qu'elle considère comme un abandon des familles", "L'association"),
])
def test_a_free_relative_after_a_verb_taking_a_noun_phrase_is_what_was_said(
        annotate, text, content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Si l'on en croit le directeur de l'usine, la production reprendra lundi.",
     "la production reprendra lundi", "le directeur de l'usine"),
    ("Le budget sera voté en mars, si on en croit la présidente de la région, qui prépare "
     "déjà la suite.", "Le budget sera voté en mars", "la présidente de la région"),
    ("Le film est un succès, si l'on en croit les chiffres du box-office.",
     "Le film est un succès", "les chiffres du box-office"),
])
def test_si_l_on_en_croit_x_gives_its_clause_to_x(annotate, text, content, speaker):
    """`si l'on en croit X` is the conditional twin of `à en croire X`, before or after the
    clause it attributes."""
    q = find(annotate(text), content)
    assert q["text"] == content and q["speaker"] == speaker


@pytest.mark.parametrize("text, heading, speaker", [
    ("Le syndicat hausse le ton.\n\nRendez-nous enfin nos heures de cours\n\n« On nous a "
     "trompés. Nous le disons au ministre : rendez-nous enfin nos heures de cours », a lancé "
     "jeudi la secrétaire générale, Anne Morel.", "Rendez-nous enfin nos heures de cours",
     "Anne Morel"),
    ("La commune a voté le budget.\n\n'Nous ne lâcherons rien face à la préfecture'\n\n« Le "
     "vote est acquis, et nous ne lâcherons rien face à la préfecture », a déclaré le maire "
     "Paul Durand.", "Nous ne lâcherons rien face à la préfecture", "Paul Durand"),
])
def test_an_unmarked_heading_said_in_a_later_quotation_is_its_speakers(annotate, text,
                                                                     heading, speaker):
    """A sub-heading with no quotation marks, or in single quotes, whose words a later
    quotation gives to someone is that person's direct quote (GUIDELINE: a headline whose
    words the body gives to someone)."""
    q = find(annotate(text), heading)
    assert (q["text"], q["type"], q["cue"], q["speaker"]) == (heading, "direct", None, speaker)


def test_a_heading_echoing_prose_only_is_no_quote(annotate):
    quotes = annotate("La fête du village aura lieu samedi\n\nLe maire a annoncé que la fête "
                      "du village aura lieu samedi malgré la pluie.")
    assert [q["text"] for q in quotes] == ["la fête du village aura lieu samedi malgré la pluie"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Les ventes de la coopérative agricole ont reculé de 3% sur le trimestre,\nselon son "
     "directeur.", "Les ventes de la coopérative agricole ont reculé de 3% sur le trimestre",
     "son directeur"),
    ("La ville a perdu deux mille habitants en dix ans,\nd'après l'institut de statistique.",
     "La ville a perdu deux mille habitants en dix ans", "l'institut de statistique"),
])
def test_a_source_after_a_line_break_inside_a_wrapped_sentence(annotate, text, content,
                                                              speaker):
    """A text wrapped mid-sentence puts a line break between the clause's comma and `selon
    X`: the clause before is still what X said."""
    q = find(annotate(text), content)
    assert q["text"] == content and q["speaker"] == speaker


@pytest.mark.parametrize("text, wanted, kept", [
    ("Plusieurs élus demandent que la mairie sollicite un avis du canton confirmant le "
     "financement.", "un avis du canton", "la mairie sollicite un avis du canton"),
    ("Plusieurs élus souhaitent que la mairie annonce un calendrier précis aux habitants.",
     "un calendrier précis", None),
    ("Le syndicat attend que le ministre annonce des mesures concrètes.",
     "des mesures concrètes", None),
    ("Le collectif se mobilise pour que le préfet reconnaisse l'état de catastrophe "
     "naturelle.", "l'état de catastrophe naturelle", None),
])
def test_a_verb_of_saying_in_a_wished_or_demanded_clause_reports_nothing(annotate, text,
                                                                        wanted, kept):
    """`souhaitent que le maire annonce …`, `pour que le préfet reconnaisse …`: the act is
    wanted, not done; only the wish or demand itself is a quote."""
    quotes = annotate(text)
    assert not any(q["text"].startswith(wanted) for q in quotes)
    assert kept is None or any(q["text"].startswith(kept) for q in quotes)


@pytest.mark.parametrize("text, content, speaker", [
    ("La chancelière a salué l'accord conclu entre les deux pays, y voyant un signal fort "
     "pour l'Europe.", "l'accord conclu entre les deux pays", "la chancelière"),
    ("Le ministre a rejeté les accusations de l'opposition, les qualifiant de mensongères.",
     "les accusations de l'opposition", "le ministre"),
    ("Le maire a contesté le chiffre avancé par la préfecture, le jugeant très exagéré.",
     "le chiffre avancé par la préfecture", "le maire"),
])
def test_a_participle_after_object_pronouns_ends_the_noun_phrase_said(annotate, text,
                                                                       content, speaker):
    q = find(annotate(text), content)
    assert (q["text"], q["speaker"]) == (content, speaker)


def test_a_participle_the_tagger_reads_as_a_future_keeps_the_sentence_subject(annotate):
    quotes = annotate("Le ministre a rejeté les accusations de l'opposition, les qualifiant "
                      "de mensongères.")
    assert len(quotes) == 2 and {q["speaker"] for q in quotes} == {"le ministre"}


def test_a_noun_in_ant_after_a_comma_stays_in_the_list_said(annotate):
    said = "les violences contre les policiers, les manifestants et les journalistes"
    assert find(annotate(f"Le préfet a dénoncé {said}."), said)["speaker"] == "le préfet"


@pytest.mark.parametrize("text, content, speaker", [
    ("Les éleveurs ont bloqué la route après ce qu'ils dénoncent comme une trahison du "
     "gouvernement.", "une trahison du gouvernement", "les éleveurs"),
    ("Le maire a retiré le texte, ce que l'opposition qualifie de recul historique.",
     "recul historique", "l'opposition"),
    ("La direction a confirmé ce que les syndicats présentent comme un plan social déguisé.",
     "un plan social déguisé", "les syndicats"),
])
def test_what_a_relative_object_is_called_is_what_was_said(annotate, text, content,
                                                           speaker):
    """`ce qu'ils dénoncent comme une trahison`, `ce que X qualifie de recul`: the object
    is the relative pronoun; the name given to it after `comme` or `de` is the quote."""
    q = find(annotate(text), content)
    assert (q["text"], q["speaker"]) == (content, speaker)


# --- a heading or a post run into the paragraph before it (the page lost a line break) --


@pytest.mark.parametrize("text, heading, speaker", [
    ("Le syndicat hausse le ton devant le rectorat. Rendez-nous enfin nos heures de cours\n\n"
     "« On nous a trompés. Nous le disons au ministre : rendez-nous enfin nos heures de "
     "cours », a lancé jeudi la secrétaire générale, Anne Morel.",
     "Rendez-nous enfin nos heures de cours", "Anne Morel"),
    ("La commune a voté le budget lundi soir. 'Nous ne lâcherons rien face à la "
     "préfecture'\n\n« Le vote est acquis, et nous ne lâcherons rien face à la préfecture », "
     "a déclaré le maire Paul Durand.", "Nous ne lâcherons rien face à la préfecture",
     "Paul Durand"),
    ("Les Bleus ont gagné jeudi à Nantes face à la Pologne, leur quatrième victoire en "
     "quatre matches, sans jamais trembler grâce à une défense solide et à un gardien en "
     "grande forme. - \"Solidarité et envie\" -\n\"Ce qui ne change "
     "pas, c'est la solidarité et l'envie du groupe\", a déclaré le capitaine Paul Martin.",
     "Solidarité et envie", "Paul Martin"),
    ("Le vote du projet doit avoir lieu lundi, lors du dernier conseil municipal de "
     "l'année. D'ici là, le maire s'est dit prêt à discuter avec tous les riverains pour "
     "trouver un terrain d'entente. « Un vrai casse-tête »\n\nLes "
     "commerçants ont affirmé que les travaux constituent « un vrai casse-tête » pour eux.",
     "Un vrai casse-tête", "Les commerçants"),
])
def test_a_heading_run_into_the_paragraph_before_is_still_a_heading(annotate, text, heading,
                                                                    speaker):
    """Scraped pages lose line breaks: a heading (no full stop) after a sentence's end on
    the same line is read as the line of its own it was."""
    q = find(annotate(text), heading)
    assert (q["type"], q["cue"]) == ("direct", None) and same_speaker(q["speaker"], speaker)


def test_an_embedded_post_run_into_the_paragraph_before_is_its_last_sentence(annotate):
    quotes = annotate("Les supporters ont fêté le titre jusqu'à l'aube. « Ils ont été "
                      "fantastiques », a dit l'entraîneur. ON EST CHAMPIONS 🔵 "
                      "pic.twitter.com/aBc123 — Stade de Pau (@stadepau) June 5, 2023\n"
                      "La ville prépare une parade.")
    q = find(quotes, "ON EST CHAMPIONS 🔵")
    assert (q["type"], q["speaker"]) == ("direct", "Stade de Pau")


@pytest.mark.parametrize("text, content, speaker", [
    ("La coordination, réunie au sein du collectif Eau libre, a aussitôt rejeté ces "
     "conclusions.", "ces conclusions", "La coordination"),
    ("Marsollier, qui a appris la nouvelle par un message téléphonique, a dit sa « profonde "
     "déception ».", "sa « profonde déception »", "Marsollier"),
    ("Des organisations de la société civile, dont la Ligue batélienne des droits humains, "
     "saluent une mesure attendue.", "une mesure attendue",
     "Des organisations de la société civile"),
    ("Les riverains, même s'ils approuvent le projet, dénoncent des nuisances sonores.",
     "des nuisances sonores", "Les riverains"),
])
def test_a_subject_with_an_aside_is_no_content_of_an_incise(annotate, text, content, speaker):
    """A noun phrase opening the sentence, an aside set off by commas (a relative, a
    participle or a prepositional phrase) and the verb's object: the object is what was
    said, the noun phrase who said it, not a verbless content and an inverted speaker."""
    q = find(annotate(text), content)
    assert same_speaker(q["speaker"], speaker)


@pytest.mark.parametrize("text, content, second", [
    ("Le préfet a écarté ces propositions, qu'il a jugées « irréalistes ».",
     "ces propositions", "irréalistes"),
    ("Le ministre a balayé ces reproches, qu'il a qualifiés de « procès d'intention ».",
     "ces reproches", "procès d'intention"),
])
def test_a_relative_reporting_the_speakers_judgement_ends_a_noun_phrase_content(
        annotate, text, content, second):
    quotes = annotate(text)
    find(quotes, content)
    assert find(quotes, second)["type"] == "direct"


def test_a_clause_with_a_condition_before_an_incise_is_still_its_content(annotate):
    q = find(annotate("Le projet est prometteur, s'il est financé, a jugé le maire."),
             "Le projet est prometteur, s'il est financé")
    assert q["speaker"] == "le maire"


@pytest.mark.parametrize("debris", ["Lire aussi", "PUBLICITÉ",
                                    "Publié le 02/11/2024 à 18h05 - Mis à jour le 03/11/2024",
                                    "Lire aussi : Les chiffres clés de la rentrée"])
def test_debris_lines_between_the_speaker_and_the_quotation_are_skipped(annotate, debris):
    """A scraped page's debris line between the sentence naming a person and the
    quotation standing alone after it: the quotation is still that person's, and the
    next quotation goes on with it."""
    text = (f"Un vrai soulagement pour la nageuse Odile Ferrand.\n\n{debris}\n\n"
            "« Je ne peux même pas décrire ce que je ressens, c'est un grand moment. »\n\n"
            f"{debris}\n\n« Je vais maintenant penser aux Jeux et au titre. »")
    quotes = annotate(text)
    for content in ("Je ne peux même pas décrire ce que je ressens, c'est un grand moment",
                    "Je vais maintenant penser aux Jeux et au titre"):
        assert find(quotes, content)["speaker"] == "Odile Ferrand"


@pytest.mark.parametrize("text, content, kind", [
    ("L'archevêque a appelé les fidèles à « ne pas répondre à la provocation ».",
     "ne pas répondre à la provocation", "direct"),
    ("La préfète a exhorté les automobilistes à « rester chez eux » pendant la tempête.",
     "« rester chez eux » pendant la tempête", "mixed"),
])
def test_an_appeal_to_someone_then_a_quotation_after_a(annotate, text, content, kind):
    """`a appelé les fidèles à « ne pas … »`: the addressee, then `à` and the quoted words."""
    assert find(annotate(text), content)["type"] == kind


@pytest.mark.parametrize("text, content", [
    ("Le club a salué un « immense capitaine » après l'annonce de sa retraite.",
     "un « immense capitaine »"),
    ("La ministre a salué une « gardienne de la paix exemplaire ».",
     "une « gardienne de la paix exemplaire »"),
])
def test_a_role_in_quotation_marks_is_a_label_said(annotate, text, content):
    """`a salué un « immense capitaine »`: a role noun is no content, unless quoted words
    make it the speaker's label."""
    assert find(annotate(text), content)["type"] == "mixed"


@pytest.mark.parametrize("text, content", [
    ("Les infirmières de nuit réclament davantage de postes dans les maternités.",
     "davantage de postes dans les maternités"),
    ("Le collectif exige plus de clarté sur le tracé de la rocade.",
     "plus de clarté sur le tracé de la rocade"),
    ("Les éleveurs demandent moins de contrôles et plus d'aides.",
     "moins de contrôles et plus d'aides"),
])
def test_a_quantity_before_de_opens_the_object_said(annotate, text, content):
    """`réclament davantage de postes`: the adverb quantifies the noun; it is said too."""
    find(annotate(text), content)


@pytest.mark.parametrize("text, content, speaker", [
    ("La députée a multiplié les interventions pour dénoncer un budget « insincère ».",
     "un budget « insincère »", "la députée"),
    ("Le romancier a pris la plume pour dénoncer la fermeture de la librairie.",
     "la fermeture de la librairie", "le romancier"),
    ("Le maire a mis à profit son passage à la radio pour annoncer sa candidature.",
     "sa candidature", "le maire"),
    ("L'entraîneuse a accordé une interview au quotidien régional pour annoncer son départ.",
     "son départ", "l'entraîneuse"),
])
def test_a_purpose_after_more_means_of_speaking_is_what_was_said(annotate, text, content,
                                                                 speaker):
    """`a multiplié les interventions pour dénoncer …`, `a pris la plume pour …`, `a mis à
    profit son passage à la radio pour …`: a means of speaking taken; the purpose is said
    (the parser may hang it on the noun), by whoever took it."""
    assert same_speaker(find(annotate(text), content)["speaker"], speaker)


@pytest.mark.parametrize("text", [
    "Les pompiers ont multiplié les interventions pour sauver les récoltes.",
    "Les deux ministres ont eu un long entretien pour évoquer la crise agricole.",
])
def test_a_purpose_of_acting_or_meeting_stays_unsaid(annotate, text):
    assert not annotate(text)


@pytest.mark.parametrize("text, content", [
    ("La syndicaliste a exigé d'une voix ferme la réintégration des deux salariés.",
     "la réintégration des deux salariés"),
    ("Le conseil a réclamé d'une seule voix la réouverture du bureau de poste.",
     "la réouverture du bureau de poste"),
    ("Le ministre a écarté d'un revers de main les critiques de l'opposition.",
     "les critiques de l'opposition"),
])
def test_a_manner_of_saying_before_the_object_is_not_said(annotate, text, content):
    """`a exigé d'une voix ferme la réintégration …`: how it was said, then what."""
    find(annotate(text), content)


def test_a_manner_noun_as_the_object_stays_said(annotate):
    """`a fait état d'un ton nouveau dans …`: with no object after it, the phrase is what."""
    find(annotate("La direction a fait état d'un ton nouveau dans les négociations."),
         "un ton nouveau dans les négociations")


@pytest.mark.parametrize("text, content, speaker", [
    ("Pour Gaëlle Tanguy, fleuriste à Quimper, « la saison a été catastrophique ».",
     "la saison a été catastrophique", "Gaëlle Tanguy"),
    ("Selon Marc Delorme, gérant chez Ouest Bois, « les prix vont encore grimper ».",
     "les prix vont encore grimper", "Marc Delorme"),
    # where the source works, opening on `de` / `du`, then the quotation
    ("Pour Lucie Perrot, du cabinet Arvel, « le secteur ne s'en remettra pas ».",
     "le secteur ne s'en remettra pas", "Lucie Perrot"),
    ("Selon Hugo Blin, de la fédération Agri Ouest, « les récoltes seront maigres ».",
     "les récoltes seront maigres", "Hugo Blin"),
])
def test_a_bare_noun_phrase_between_a_source_and_a_quotation_describes_it(annotate, text,
                                                                         content, speaker):
    """`Pour X, <noun phrase without a determiner>, « … »`: the apposition describes the
    named source, whether or not its noun is a known role; the quotation alone is said."""
    q = find(annotate(text), content)
    assert q["speaker"] == speaker


@pytest.mark.parametrize("text, first, second", [
    ("L'agence régionale assure que la fermeture restera exceptionnelle et promet des "
     "recrutements d'ici l'été.", "la fermeture restera exceptionnelle",
     "des recrutements d'ici l'été"),
    ("Le maire estime que le projet est trop cher et réclame une nouvelle étude.",
     "le projet est trop cher", "une nouvelle étude"),
])
def test_a_verb_of_saying_joined_to_a_clause_about_a_thing_is_a_second_report(
        annotate, text, first, second):
    """The parser joins the second verb to the reported clause; a thing (`la fermeture`,
    `le projet`) says nothing, so the verb is the speaker's second report."""
    quotes = annotate(text)
    assert [q["text"] for q in quotes] == [first, second]
    assert quotes[0]["speaker"] == quotes[1]["speaker"]


def test_a_verb_joined_to_a_clause_about_a_person_stays_in_it(annotate):
    quotes = annotate("Le syndicat dit que le directeur ment et refuse de signer.")
    assert [q["text"] for q in quotes] == ["le directeur ment et refuse de signer"]


@pytest.mark.parametrize("text, content, speaker", [
    ("La maire a défendu son budget. L'opposition juge ce choix « injuste pour les "
     "familles ».", "ce choix « injuste pour les familles »", "L'opposition"),
    ("La maire a défendu son budget. Un choix que l'opposition juge « injuste pour les "
     "familles ».", "injuste pour les familles", "l'opposition"),
])
def test_a_subject_the_parser_lost_around_a_misread_verb_of_judging(annotate, text, content,
                                                                     speaker):
    """`L'opposition juge ce choix …` parsed with `juge` as an apposition of the noun
    (and `ce choix` its subject), `que l'opposition juge « … »` with `juge` as an
    adjective: the phrase before the verb is still its subject."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_verb_of_judging_misread_after_a_relative_que_is_still_a_cue(annotate):
    quotes = annotate("Une piste que le maire sortant juge « irresponsable ».")
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("irresponsable", "le maire sortant")]


@pytest.mark.parametrize("text", [
    "Le directeur affirme que le projet respecte l'environnement et garantit des emplois.",
    "La préfète assure que la nouvelle digue protège les maisons et confirme son efficacité.",
])
def test_a_verb_things_also_do_joined_to_a_thing_clause_with_an_object_stays_in_it(
        annotate, text):
    """(second reader) `le projet respecte l'environnement et garantit des emplois`: two
    transitive predicates of the same thing, the second a verb things do (`garantir`,
    `confirmer`): no report of the speaker's own."""
    assert all(q["cue"] not in {"garantit", "confirme"} for q in annotate(text))


def test_a_quotation_of_a_relative_clause_ends_before_the_main_verb(annotate):
    """(second reader) `Le rapport que la commission juge « … » sera publié lundi`: the
    misread `juge` found its subject; what it judged ends at the main clause's verb."""
    quotes = annotate("Le rapport que la commission juge « trop sévère » sera publié lundi.")
    assert [(q["text"], q["speaker"]) for q in quotes] == [("trop sévère", "la commission")]


@pytest.mark.parametrize("text", [
    "Le ministre a mis en avant que la réforme était nécessaire.",
    "La directrice met en avant que l'usine reste rentable.",
])
def test_the_last_word_of_a_multi_word_cue_opens_no_conjunction(annotate, text):
    """`mettre en avant que`: `avant` belongs to the cue, it does not make `avant que`."""
    quotes = annotate(text)
    assert [q["cue"].split()[-1] for q in quotes] == ["avant"]
    assert quotes[0]["text"].startswith(("la réforme", "l'usine"))
