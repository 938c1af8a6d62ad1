"""Where a quote stops and who it belongs to: the occasion of the words after a comma, a
final `selon X` with no comma, the addressee before the content, a subject cut from its verb,
a thing that cannot speak, and the person a pronoun or `ce dernier` continues. Every sentence
is our own; each construction is tried with more than one wording."""

from __future__ import annotations

import pytest
from test_quotes import find, same_speaker

# --- where the content stops -----------------------------------------------------------


@pytest.mark.parametrize("occasion", [
    "lors d'une conférence de presse à Lyon",
    "au premier jour du sommet consacré à la santé",
    "dans un entretien au Progrès",
    "devant les journalistes",
    "en marge du conseil européen",
    "au micro de France Inter",
    "à l'ouverture du congrès des maires",
    "à la clôture de la session parlementaire",
])
def test_the_occasion_after_a_comma_is_not_what_was_said(annotate, occasion):
    quotes = annotate(f"La ministre Anne Roux a annoncé que la réforme serait votée, {occasion}.")
    q = find(quotes, "la réforme serait votée")
    assert (q["type"], q["speaker"]) == ("indirect", "Anne Roux")


@pytest.mark.parametrize("text, content", [
    ("La députée a exigé un débat à Lyon, où le conseil se réunit chaque mois.",
     "un débat à Lyon"),
    ("Le syndicat a réclamé une réunion à Genève, où siège l'organisation.",
     "une réunion à Genève"),
])
def test_where_the_writer_says_what_a_place_is_ends_the_noun_phrase_said(annotate, text,
                                                                         content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("La ministre a annoncé un sommet à Dakar, où seront réunis trente chefs d'État.",
     "un sommet à Dakar, où seront réunis trente chefs d'État"),
    ("Le maire a dit que la fête aurait lieu à Nantes, où il est né.",
     "la fête aurait lieu à Nantes, où il est né"),
])
def test_a_plan_s_own_where_and_a_clause_after_que_keep_their_où(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le syndicat a dénoncé la fermeture de l'usine de Lens, qui emploie 300 salariés.",
     "la fermeture de l'usine de Lens"),
    ("Le maire a rappelé les nombreuses réunions tenues avec les riverains, qui restent "
     "pourtant inquiets.", "les nombreuses réunions tenues avec les riverains"),
])
def test_the_writers_relative_after_a_comma_ends_the_noun_phrase_said(annotate, text,
                                                                      content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le maire a détaillé les mesures prises par la commune contre les crues : curage des "
     "fossés, surveillance des digues et distribution de sacs de sable.",
     "les mesures prises par la commune contre les crues : curage des fossés, surveillance "
     "des digues et distribution de sacs de sable"),
    ("Le syndicat a dénoncé trois choses : la baisse des salaires, la fermeture du site et "
     "le silence de la direction.", "trois choses : la baisse des salaires, la fermeture du "
     "site et le silence de la direction"),
])
def test_a_list_after_a_colon_spells_out_the_noun_phrase_said(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


def test_a_clause_after_the_colon_is_not_part_of_the_noun_phrase_said(annotate):
    assert find(annotate("La ministre a annoncé sa décision : elle quittera le gouvernement "
                         "en mars."), "sa décision")["type"] == "indirect"


@pytest.mark.parametrize("text, clause, words", [
    ("Selon la préfète, la digue tiendra jusqu'au printemps : « Nous avons renforcé les "
     "berges. Les habitants peuvent être rassurés. »", "la digue tiendra jusqu'au printemps",
     "Nous avons renforcé les berges. Les habitants peuvent être rassurés"),
    ("Pour l'entraîneur, le match de samedi sera décisif : « On joue notre saison. »",
     "le match de samedi sera décisif", "On joue notre saison"),
    ("La directrice a assuré que la cantine rouvrirait lundi : « Les travaux sont finis. "
     "Tout est prêt. »", "la cantine rouvrirait lundi", "Les travaux sont finis. Tout est prêt"),
])
def test_a_quotation_of_its_own_after_a_clause_and_a_colon_is_a_second_quote(
        annotate, text, clause, words):
    quotes = annotate(text)
    assert find(quotes, clause)["type"] == "indirect"
    assert find(quotes, words)["type"] == "direct"


@pytest.mark.parametrize("text, content", [
    ("Selon le maire, les signes sont encourageants : « le chômage recule enfin ».",
     "les signes sont encourageants : « le chômage recule enfin »"),
    ("Selon le porte-parole, la présidente avait déclaré à son équipe : « Nous ne céderons "
     "rien. »", "la présidente avait déclaré à son équipe : « Nous ne céderons rien. »"),
])
def test_a_quotation_that_ends_the_clause_or_answers_a_verb_inside_it_stays_in_it(
        annotate, text, content):
    assert find(annotate(text), content)["type"] == "mixed"


@pytest.mark.parametrize("text, content", [
    ("La ministre a annoncé un plan de soutien aux agriculteurs, qui sera présenté en "
     "conseil des ministres.",
     "un plan de soutien aux agriculteurs, qui sera présenté en conseil des ministres"),
    ("Le maire a dit que l'usine, qui emploie 300 salariés, fermera en mars.",
     "l'usine, qui emploie 300 salariés, fermera en mars"),
])
def test_a_plan_s_own_qui_and_a_clause_after_que_keep_their_relative(annotate, text,
                                                                     content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("La ministre Anne Roux a dit que le projet avance, dans une ville qui change.",
     "le projet avance, dans une ville qui change"),
    ("Le maire a promis que les loyers baisseraient, au cours de l'année prochaine.",
     "les loyers baisseraient, au cours de l'année prochaine"),
    ("Le négociateur a affirmé que les deux camps se verraient, lors du prochain sommet.",
     "les deux camps se verraient, lors du prochain sommet"),
    ("La victime a raconté qu'elle avait été menacée, devant ses enfants.",
     "elle avait été menacée, devant ses enfants"),
])
def test_a_phrase_after_the_comma_that_belongs_to_the_content_stays(annotate, text, content):
    find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("Le ministre a annoncé mardi la fermeture de la centrale, décision réclamée par les"
     " écologistes depuis des années, et a quitté la salle.", "la fermeture de la centrale"),
    ("La syndicaliste a dénoncé la hausse des loyers, mesure votée en catimini par la"
     " majorité.", "la hausse des loyers"),
    ("Les députés ont proposé de reculer l'âge de départ, piste qui ne séduit guère le"
     " gouvernement.", "reculer l'âge de départ"),
])
def test_a_bare_noun_apposed_to_a_noun_phrase_said_is_the_writers(annotate, text, content):
    q = find(annotate(text), content)
    assert q["text"] == content


@pytest.mark.parametrize("text, content", [
    ("La production a chuté en mai, mais les exportations ont progressé de 3 % selon le"
     " ministère.", "les exportations ont progressé de 3 %"),
    ("Le trafic a repris, et alors que les accidents ont diminué de 4 % selon la préfecture.",
     "les accidents ont diminué de 4 %"),
    ("Le froid persiste, car les vents soufflent du nord selon Météo-France.",
     "les vents soufflent du nord"),
])
def test_a_conjunction_before_a_clause_selon_attributes_is_not_said(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, first, source", [
    ("Selon la police, les manifestants étaient 3 000, contre 10 000 selon les organisateurs.",
     "les manifestants étaient 3 000", "police"),
    ("D'après la préfecture, 2 500 personnes ont défilé, 8 000 d'après les syndicats.",
     "2 500 personnes ont défilé", "préfecture"),
    ("Selon le maire, la piscine rouvrira en mai, une date jugée trop tardive selon les clubs.",
     "la piscine rouvrira en mai", "maire"),
])
def test_a_fronted_source_stops_before_a_second_source_s_part(annotate, text, first, source):
    # `Selon A, X, contre Y selon B`: Y is B's, not A's
    assert source in find(annotate(text), first)["speaker"]


@pytest.mark.parametrize("text, inner", [
    ("La procureure veut poursuivre les deux élus pour « abus de confiance » mais aussi pour"
     " « faux en écriture », les prévenus « n'ayant jamais rendu les fonds publics », selon"
     " elle.", "n'ayant jamais rendu les fonds publics"),
    ("Le juge souhaite entendre le maire sur les « marchés truqués », les contrats « signés"
     " sans appel d'offres », d'après lui.", "signés sans appel d'offres"),
])
def test_a_selon_quotation_inside_another_quote_is_not_a_second_quote(annotate, text, inner):
    quotes = annotate(text)
    assert len(quotes) == 1 and inner in quotes[0]["text"]


@pytest.mark.parametrize("text, content, source", [
    ("Le feu est parti du grenier selon les premiers éléments de l'enquête.",
     "Le feu est parti du grenier", "les premiers éléments de l'enquête"),
    ("La digue a cédé vers minuit selon la préfecture.", "La digue a cédé vers minuit",
     "la préfecture"),
])
def test_a_final_selon_without_comma_is_the_source_not_the_content(annotate, text, content,
                                                                   source):
    assert find(annotate(text), content)["speaker"] == source


@pytest.mark.parametrize("source, expected", [
    ("une source judiciaire à l'AFP", "une source judiciaire"),
    ("les médias russes ce vendredi 19 mai", "les médias russes"),
    ("des chiffres de l'Insee publiés mardi", "des chiffres de l'Insee"),
    ("l'Agence nationale d'information (ANI, officielle)",
     "l'Agence nationale d'information (ANI, officielle)"),
    ("le Journal du dimanche", "le Journal du dimanche"),
    ("le correspondant du Monde à Washington", "le correspondant du Monde à Washington"),
])
def test_the_source_after_selon_stops_before_when_and_to_whom(annotate, source, expected):
    q = find(annotate(f"Le juge a fixé la date de l'audience, selon {source}."),
             "Le juge a fixé la date de l'audience")
    assert q["speaker"] == expected


@pytest.mark.parametrize("text", [
    "Les voisins de Léa, qui s'est plainte de menaces, ont alerté la mairie ce lundi.",
    "Le frère de Marc, qui avait dénoncé des fraudes, a quitté la ville en mars.",
])
def test_a_report_inside_a_relative_stops_where_the_main_clause_resumes(annotate, text):
    main_clause = text.split(", ")[-1]
    assert all(main_clause.rstrip(".") not in q["text"] for q in annotate(text))


@pytest.mark.parametrize("text, opening, main", [
    ("Reprochant aux syndicats de bloquer le pays, le Premier ministre a estimé que le"
     " dialogue restait ouvert.", "bloquer le pays", "le dialogue restait ouvert"),
    ("Rappelant à la presse de ne rien publier, la juge a précisé que l'audience serait"
     " close.", "ne rien publier", "l'audience serait close"),
])
def test_an_opening_participle_clause_stops_before_the_main_clause(annotate, text, opening,
                                                                   main):
    quotes = annotate(text)
    find(quotes, opening)
    assert find(quotes, main)["speaker"] in {"le Premier ministre", "la juge"}


# --- the addressee before the content ---------------------------------------------------


@pytest.mark.parametrize("text, content", [
    ("Des sources diplomatiques ont rapporté à la chaîne de télévision précitée que la"
     " ministre s'était rendue à Rabat.", "la ministre s'était rendue à Rabat"),
    ("Le gouvernement a exprimé à la Grèce sa solidarité.", "sa solidarité"),
    ("Les écologistes ont réclamé au maire un débat public.", "un débat public"),
    ("La Commission a appelé la Pologne, par la voix de son porte-parole, à respecter les"
     " juges.", "respecter les juges"),
    ("Après sa visite, Paul Martin a proposé au président chinois de venir en France.",
     "venir en France"),
    ("La ministre a demandé aux préfets de la région de fermer les parcs.",
     "fermer les parcs"),
])
def test_the_addressee_is_one_noun_phrase_before_the_content(annotate, text, content):
    find(annotate(text), content)


def test_a_time_phrase_after_au_is_no_addressee(nlp):
    import presswatch

    doc = nlp(presswatch.make_doc(nlp, "Le syndicat a confirmé au cours de la réunion que la"
                                  " grève continuerait.", {}))
    assert [(q["text"], q["addressee"]) for q in doc._.quotes] == [
        ("la grève continuerait", None)]


@pytest.mark.parametrize("addressee", ["l'armée", "l'armée ainsi que les forces de l'ordre"])
def test_an_appeal_to_addressees_with_a_negated_infinitive(annotate, addressee):
    quotes = annotate(f"Le général Paul Roux a appelé {addressee} à ne pas obéir aux ordres.")
    q = find(quotes, "ne pas obéir aux ordres")
    assert (q["speaker"], q["act"]) == ("Paul Roux", "appeal")


def test_a_participle_with_its_own_complements_is_a_verb_not_a_noun(annotate):
    quotes = annotate("Le bâtonnier a écrit à la présidente de la cour, l'appelant à ne pas"
                      " suivre les réquisitions.")
    assert find(quotes, "ne pas suivre les réquisitions")["act"] == "appeal"


# --- words that name nobody --------------------------------------------------------------


def test_a_noun_formed_on_a_verb_of_saying_is_not_a_cue(annotate):
    quotes = annotate("« Notre campagne commence », a publié sur X l'opposant de 60 ans,"
                      " jeudi 2 janvier.")
    assert [q["text"] for q in quotes] == ["Notre campagne commence"]


def test_a_word_capitalised_by_the_sentence_start_is_not_a_speaker(annotate):
    quotes = annotate("Immobile et les yeux baissés, le prévenu écoute la cour. Il a dit"
                      " regretter son geste.")
    assert find(quotes, "regretter son geste")["speaker"] != "Immobile"


@pytest.mark.parametrize("sentence", [
    "Ce traitement requiert trois injections chez les enfants.",
    "Derrière cette réussite, une pénurie menace toute la filière laitière.",
    "Ces deux médailles confirment la domination norvégienne en biathlon.",
])
def test_a_thing_as_subject_says_nothing(annotate, sentence):
    assert annotate(sentence) == []


@pytest.mark.parametrize("subject", [
    "Le rectorat", "La communauté internationale", "Le coanimateur de l'émission",
    "La Fédération", "Le propriétaire du restaurant", "Le couple", "Le boulanger",
    "Son oncle", "Renaissance",
])
def test_a_person_group_or_institution_as_subject_still_speaks(annotate, subject):
    q = find(annotate(f"{subject} a dénoncé la hausse des loyers."), "la hausse des loyers")
    assert q["type"] == "indirect"


@pytest.mark.parametrize("text, said, kept", [
    ("Le maire a évoqué la dette, qui exige des économies sévères.",
     "des économies sévères", "la dette"),
    ("La directrice a rappelé la pénurie, qui menace la rentrée des classes.",
     "la rentrée des classes", "la pénurie"),
])
def test_a_relative_whose_antecedent_is_a_thing_says_nothing(annotate, text, said, kept):
    # (`qui` is what it stands for: the thing does not say, it does)
    assert not [q for q in annotate(text) if q["text"] == said or q["speaker"] == kept]


def test_a_relative_whose_antecedent_can_speak_still_speaks(annotate):
    q = find(annotate("Le maire a reçu les riverains, qui réclament un nouveau parking."),
             "un nouveau parking")
    assert q["speaker"] == "les riverains"


def test_a_thing_subject_with_a_quotation_keeps_its_quote(annotate):
    quotes = annotate("Le film dénonce un « simulacre de justice ».")
    assert [q["type"] for q in quotes] == ["mixed"]


@pytest.mark.parametrize("text", [
    "La peine a été infligée au militant Karim Saadi, dit Brahim, qui a été condamné.",
    "Le chanteur Marc Olivier, dit « le Lion », sera jugé en mai.",
])
def test_dit_between_a_name_and_a_nickname_says_nothing(annotate, text):
    assert all(q["cue"] != "dit" for q in annotate(text))


@pytest.mark.parametrize("text, content", [
    ('Paul Martin dit "compter" sur "l\'énergie" de son ministre.',
     '"compter" sur "l\'énergie" de son ministre'),
    ("Anne Roux dit « non » à la réforme des retraites.", "« non » à la réforme des retraites"),
])
def test_dit_after_its_own_subject_and_before_quoted_words_says_them(annotate, text, content):
    q = find(annotate(text), content)
    assert (q["type"], q["cue"]) == ("mixed", "dit")


@pytest.mark.parametrize("text", [
    "Le militant Karim Saadi, dit « le Lion », a été condamné.",
    "Le chanteur, « une légende du rap », a été interpellé.",
])
def test_a_passive_after_a_quotation_with_no_agent_reports_nothing(annotate, text):
    assert annotate(text) == []


def test_dit_cutting_a_clause_is_still_an_incise(annotate):
    quotes = annotate("Paul Martin, dit Lavrov, ne veut pas la guerre.")
    assert "ne veut pas la guerre" in [q["text"] for q in quotes]


# --- the subject of the cue ----------------------------------------------------------------


def test_a_demonstrative_object_is_not_a_date(annotate):
    quotes = annotate("Le président du Parlement, Paul Roux, a rejeté cette décision et déclaré"
                      " lundi que l'Assemblée était en session.")
    assert find(quotes, "cette décision")["act"] == "denial"
    assert find(quotes, "l'Assemblée était en session")["speaker"] == "Paul Roux"


@pytest.mark.parametrize("date", ["lundi", "hier soir", "ce matin"])
def test_a_date_after_an_inverted_subject_is_not_part_of_it(annotate, date):
    q = find(annotate(f"La route a été coupée, ont raconté des riverains {date}."),
             "La route a été coupée")
    assert q["speaker"] == "des riverains"


def test_a_relative_after_a_preposition_names_the_plural_antecedent(annotate):
    quotes = annotate("« Le dossier est vide », a lancé Me Paul Roux aux deux juges"
                      " d'instruction, qui n'ont ordonné aucune expertise. « Je ne vois aucune"
                      " preuve », a-t-il ajouté.")
    assert find(quotes, "aucune expertise")["speaker"] == "deux juges d'instruction"
    assert find(quotes, "Je ne vois aucune preuve")["speaker"] == "Paul Roux"


@pytest.mark.parametrize("text, content, expected", [
    ("« Tout a brûlé » a ajouté l'avocat du maire, qui a regretté « une enquête bâclée ».",
     "une enquête bâclée", "l'avocat du maire"),
    ("« Rien ne bouge », a dit la porte-parole du collectif, qui a déploré « un silence"
     " total ».", "un silence total", "la porte-parole du collectif"),
])
def test_a_relative_hung_on_the_reporting_verb_takes_the_subject_before_it(annotate, text,
                                                                           content,
                                                                           expected):
    assert find(annotate(text), content)["speaker"] == expected


def test_the_subject_of_a_que_clause_is_its_own_not_the_main_clause(annotate):
    quotes = annotate("Rien n'est joué mais l'espoir renaît, d'autant que la ministre, Léa"
                      " Morel, a affirmé que « les crédits sont débloqués ».")
    assert find(quotes, "les crédits sont débloqués")["speaker"] == "Léa Morel"


@pytest.mark.parametrize("after", [".", ", au siège de la banque à Paris."])
def test_a_name_apposed_to_an_inverted_role_is_the_speaker(annotate, after):
    quotes = annotate(f"« Il faut célébrer les chercheurs », lance l'organisateur du salon,"
                      f" Hugo Ferrand{after}")
    assert find(quotes, "Il faut célébrer les chercheurs")["speaker"] == "Hugo Ferrand"


@pytest.mark.parametrize("text, content, expected", [
    ("Au début la directrice nous a promis des mesures exceptionnelles.",
     "des mesures exceptionnelles", "la directrice"),
    ("Le médecin vous a conseillé le repos.", "le repos", "le médecin"),
])
def test_an_object_pronoun_before_a_third_person_verb_is_not_the_subject(annotate, text,
                                                                         content, expected):
    assert find(annotate(text), content)["speaker"] == expected


@pytest.mark.parametrize("text, content, expected", [
    ("Macron a également publié une déclaration, appelant à la poursuite des efforts pour la"
     " paix.", "la poursuite des efforts pour la paix", "Macron"),
    ("Dupont a ensuite publié un communiqué, précisant que la réunion aurait lieu mardi.",
     "la réunion aurait lieu mardi", "Dupont"),
    ("Zelensky a également écrit une lettre, demandant que les sanctions soient renforcées.",
     "les sanctions soient renforcées", "Zelensky"),
])
def test_a_participle_shares_the_subject_of_its_verb(annotate, text, content, expected):
    assert find(annotate(text), content)["speaker"] == expected


@pytest.mark.parametrize("aside", ["« profondément attristé », dit", "ému, a dit"])
def test_an_aside_between_subject_and_verb_is_not_the_speaker(annotate, aside):
    quotes = annotate(f"Le pape, {aside} prier pour la reine.")
    assert find(quotes, "prier pour la reine")["speaker"] == "le pape"


@pytest.mark.parametrize("text, content, speaker", [
    ("Deux responsables américains, s'exprimant sous couvert d'anonymat, ont affirmé que "
     "l'opération était terminée.", "l'opération était terminée",
     "deux responsables américains"),
    ("Plusieurs élus locaux, joints par téléphone, ont assuré que la digue tiendrait.",
     "la digue tiendrait", "plusieurs élus locaux"),
])
def test_a_counted_subject_before_an_aside_is_the_source(annotate, text, content, speaker):
    """The parser hangs the subject on the aside's participle; the phrase before it may
    open on a number and end on an adjective, and its capital is the sentence's only."""
    assert find(annotate(text), content)["speaker"] == speaker


# --- who a pronoun or `ce dernier` continues ------------------------------------------


def test_a_pronoun_continues_the_last_sentence_subject_over_an_earlier_speaker(annotate):
    quotes = annotate("« Nous reconstruirons », a promis le maire, Marc Roux. Depuis le quatrième"
                      " étage, René Dubois a vite mesuré l'ampleur du phénomène. « On a connu"
                      " trois inondations », assure-t-il.")
    assert find(quotes, "On a connu trois inondations")["speaker"] == "René Dubois"


@pytest.mark.parametrize("text, expected", [
    ("Gabriel prévient ses parents, qui écrivent au directeur. Ce dernier a promis une"
     " enquête.", "le directeur"),
    ("Le ministre de l'Intérieur, Paul Roux, a rencontré le préfet. Ce dernier a promis une"
     " enquête.", "le préfet"),
    ("« C'est grave », a dit Julie Roy, infirmière à Québec. Cette dernière a promis une"
     " enquête.", "Julie Roy"),
    ("Le ministre a rencontré Paul Roux, le président du Sénat. Ce dernier a promis une"
     " enquête.", "Paul Roux"),
    ("Paul Roux a quitté son poste de directeur en mars. Ce dernier a promis une enquête.",
     "Paul Roux"),
])
def test_ce_dernier_is_the_last_person_or_role_mentioned(annotate, text, expected):
    assert find(annotate(text), "une enquête")["speaker"] == expected


def test_a_role_in_the_first_sentence_is_not_given_to_the_next_person_named(annotate):
    quotes = annotate("Le ministre de l'Intérieur a annoncé un plan contre les trafics. Paul"
                      " Roux, qui dirige l'association des riverains, a salué l'initiative.")
    assert find(quotes, "un plan contre les trafics")["speaker"] != "Paul Roux"


@pytest.mark.parametrize("text, content, expected", [
    ("Estimant que la crise allait durer, les économistes recommandent la prudence.",
     "la crise allait durer", "les économistes"),
    ("Jugeant la situation grave, Paul Roux a demandé une réunion.", "la situation grave",
     "Paul Roux"),
])
def test_an_opening_participle_shares_the_main_clause_subject(annotate, text, content,
                                                              expected):
    assert find(annotate(text), content)["speaker"] == expected


@pytest.mark.parametrize("text, content, expected", [
    ("Le ministre Paul Roux a, lui, salué le calme des manifestants.",
     "le calme des manifestants", "Paul Roux"),
    ("« Rien ne change », a, lui, répondu le maire.", "Rien ne change", "le maire"),
    ("La présidente du conseil Anne von der Berg a, elle, salué « le courage » des élus.",
     "« le courage » des élus", "Anne von der Berg"),
])
def test_a_stressed_pronoun_between_auxiliary_and_participle(annotate, text, content,
                                                              expected):
    q = find(annotate(text), content)
    assert q["speaker"] is not None and expected in q["speaker"]


def test_a_name_keeps_a_run_of_particles(annotate):
    q = find(annotate("Ursula von der Leyen a dit que la paix restait fragile."),
             "la paix restait fragile")
    assert q["speaker"] == "Ursula von der Leyen"


@pytest.mark.parametrize("text, first, second", [
    ("Le président a estimé qu'une voie pacifique existait, de nouveaux mécanismes étant"
     " selon lui nécessaires.", "une voie pacifique existait",
     "de nouveaux mécanismes étant selon lui nécessaires"),
    ("La ministre a dit que la réforme passera, les syndicats étant d'après elle prêts à"
     " négocier.", "la réforme passera", "les syndicats étant d'après elle prêts à négocier"),
])
def test_a_part_with_its_own_source_is_another_quote(annotate, text, first, second):
    quotes = annotate(text)
    find(quotes, first)
    find(quotes, second)


@pytest.mark.parametrize("text, content", [
    ("Il a exprimé sa confiance envers la direction du club.",
     "sa confiance envers la direction du club"),
    ("La ministre a exprimé sa gratitude envers les soignants.",
     "sa gratitude envers les soignants"),
    ("Le préfet a exhorté à la patience en attendant la proclamation des résultats.",
     "la patience en attendant la proclamation des résultats"),
])
def test_envers_or_en_attendant_after_the_words_said_stays_in_them(annotate, text, content):
    """The tagger may read `envers` or `attendant` (`en attendant`: until) as a verb beside
    the cue; neither is a second verb of the subject's."""
    assert find(annotate(text), content)["type"] == "indirect"


def test_a_relative_selon_lequel_is_no_source_of_the_part_after_the_comma(annotate):
    """`les études selon lesquelles …` says what studies claim, inside the clause said."""
    text = ("Le ministre a assuré qu'il n'avait pas rencontré les industriels, dont Agrochim, "
            "qui s'efforce de contrer les études selon lesquelles le produit est dangereux.")
    content = text[text.index("qu'il") + 3:-1]
    assert find(annotate(text), content)["speaker"] == "le ministre"


@pytest.mark.parametrize("text, content, speaker", [
    ("Selon Marc Dupont, économiste à l'OFCE, la croissance ralentira l'an prochain.",
     "la croissance ralentira l'an prochain", "Marc Dupont"),
    ("Selon Hélène Roux, économiste, les prix baisseront avant l'été.",
     "les prix baisseront avant l'été", "Hélène Roux"),
])
def test_a_role_the_tagger_read_as_an_adjective_stays_with_the_selon_source(
        annotate, text, content, speaker):
    # `économiste` tagged an adjective: the apposition still describes the source
    q = find(annotate(text), content)
    assert q["speaker"] == speaker


@pytest.mark.parametrize("text, content", [
    ("Cette année, ils seront 800 bénévoles dans les magasins, sur plus de 12.000 en France "
     "selon la fédération, qui espère récolter 20 tonnes de denrées.",
     "sur plus de 12.000 en France"),
    ("Le musée a reçu 40.000 visiteurs cet été, contre 25.000 en 2019 selon la mairie, "
     "dont le budget culturel a doublé.", "contre 25.000 en 2019"),
])
def test_a_relative_after_a_trailing_selon_source_describes_the_source(annotate, text,
                                                                        content):
    quotes = annotate(text)
    assert [q["text"] for q in quotes if q["cue"] == "selon"] == [content]


@pytest.mark.parametrize("setting", [
    "au soir d'une journée marquée par de violents orages",
    "au lendemain d'un vote de défiance au Parlement",
    "à l'issue d'un conseil de défense",
    "dans la foulée d'une réunion des préfets",
])
def test_a_time_setting_after_a_noun_phrase_said_is_the_writers(annotate, setting):
    # the setting needs no occasion noun after a noun phrase said (`un vote`, `une journée`)
    quotes = annotate(f"Le ministre Paul Girard a annoncé la fermeture des écoles, {setting}.")
    q = find(quotes, "la fermeture des écoles")
    assert q["speaker"] == "Paul Girard"


def test_a_time_setting_still_to_come_stays_in_the_noun_phrase_said(annotate):
    quotes = annotate("La ministre a annoncé une hausse des salaires, au lendemain des "
                      "prochaines élections.")
    find(quotes, "une hausse des salaires, au lendemain des prochaines élections")


@pytest.mark.parametrize("text, content", [
    ("Le maire a confirmé l'ouverture du stade, saluant un « progrès » qui « ne règle pas "
     "tout », comme le préfet l'avait annoncé auparavant.",
     "un « progrès » qui « ne règle pas tout »"),
    ("La sénatrice a soutenu le projet, jugeant la réforme « indispensable », comme son "
     "président l'avait dit la veille.", "la réforme « indispensable »"),
    ("Les élus ont réaffirmé leur volonté de garder l'hôpital et de défendre la maternité, "
     "comme prévu par la charte.",
     "leur volonté de garder l'hôpital et de défendre la maternité"),
])
def test_comme_and_another_report_or_plan_after_a_comma_is_not_said(annotate, text,
                                                                     content):
    find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("Le sénateur a critiqué le budget alors que le gouvernement cherche des économies.",
     "le budget"),
    ("Le syndicat a dénoncé la réforme tandis que la direction promet des embauches.",
     "la réforme"),
])
def test_a_contrast_after_a_noun_phrase_said_is_the_writers(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


def test_alors_que_opens_no_content(annotate):
    quotes = annotate("Le député Paul Girard a tiré à boulets rouges sur Marie Roux alors que "
                      "la séance touchait à sa fin.")
    assert not any(q["text"].startswith("la séance") for q in quotes)


@pytest.mark.parametrize("text, content, source", [
    ("Selon des résultats provisoires, le candidat sortant l'a emporté avec 61% des voix.",
     "le candidat sortant l'a emporté avec 61% des voix", "des résultats provisoires"),
    ("Le chômage a reculé de 0,3 point, selon les dernières estimations.",
     "Le chômage a reculé de 0,3 point", "les dernières estimations"),
    ("Selon les chiffres définitifs, la participation a atteint 72%.",
     "la participation a atteint 72%", "les chiffres définitifs"),
])
def test_figures_results_and_estimates_after_selon_are_a_source(annotate, text, content,
                                                                source):
    assert find(annotate(text), content)["speaker"] == source


@pytest.mark.parametrize("text", [
    "« Il n'y aura pas de fermeture, a assuré le directeur devant le comité d'entreprise, "
    "selon un délégué syndical.\n\nLa direction doit confirmer jeudi.",
    "« Le chantier sera fini en mai, a assuré la maire, alors que les riverains s'impatientent."
    "\n\nLes travaux ont commencé en 2022.",
])
def test_an_unclosed_quotation_ends_before_an_incise_that_runs_on(annotate, text):
    # the closing mark was lost: the lower-case words after the incise are the writer's
    quotes = annotate(text)
    assert len(quotes) == 1 and quotes[0]["type"] == "direct"


def test_an_unclosed_quotation_goes_on_after_an_incise_ending_its_sentence(annotate):
    quotes = annotate("« Nous tiendrons, a dit la maire. Nous reconstruirons tout, quartier "
                      "par quartier.\n\nLe conseil se réunit lundi.")
    find(quotes, "Nous reconstruirons tout, quartier par quartier")


@pytest.mark.parametrize("text, content", [
    ("Le ministre a déclaré au quotidien suédois Dagens Nyheter qu'aucun accord n'avait été "
     "signé.", "aucun accord n'avait été signé"),
    ("La chercheuse a confié au journal danois Berlingske Tidende que l'étude serait publiée "
     "en mai.", "l'étude serait publiée en mai"),
])
def test_a_foreign_medium_named_before_que_stays_out_of_the_content(annotate, text, content):
    """The tagger may read a foreign name's second word as an infinitive (`Nyheter`): a
    capitalised word after a capitalised word goes on with the name, and the content opens
    after `que`."""
    assert find(annotate(text), content)["text"] == content


@pytest.mark.parametrize("text, content", [
    ("La centaine de salariés présents manifeste sa colère et réclame le départ du "
     "directeur.", "sa colère"),
    ("La foule manifeste son soutien et exige la libération du militant.", "son soutien"),
])
def test_a_noun_phrase_said_stops_before_the_next_finite_verb(annotate, text, content):
    """`manifeste sa colère et réclame …`: the parser may read the first verb as an
    adjective and hang the second on the noun; what was expressed is the noun phrase."""
    assert find(annotate(text), content)["text"] == content


def test_a_full_stop_the_parser_gives_to_the_next_sentence_still_ends_the_unit(md_nlp):
    """`… s'élève à 10,9 %. C'est aussi …`: the parser may open the next sentence with the
    full stop that closes this one; the unit still ends at the full stop, so what a source
    said does not run on into the next sentence."""
    from spacy.tokens import Doc

    from presswatch.nlp.sentences import units

    words = ["Le", "taux", "atteint", "9", "%", ".", "C'", "est", "un", "record", "."]
    starts = [True, False, False, False, False, True, False, False, False, False, False]
    doc = Doc(md_nlp.vocab, words=words, sent_starts=starts)
    assert units(doc, []) == [(0, 6), (6, 11)]  # `Le taux atteint 9 %.`, `C'est un record.`


@pytest.mark.parametrize("text, content", [
    ("Quand la directrice soutient que « les élèves ont progressé », on a envie de la"
     " croire.", "les élèves ont progressé"),
    ("Le maire insiste en affirmant que « la fête attire du monde », et on le croit"
     " volontiers.", "la fête attire du monde"),
])
def test_a_clause_after_que_that_is_one_quotation_ends_at_its_closing_mark(annotate, text,
                                                                           content):
    # (fresh set H) the marks say where the words stop; the clause after them is the writer's
    q = find(annotate(text), content)
    assert q["type"] == "direct"


@pytest.mark.parametrize("text, content", [
    ("La préfète, qui a défendu le plan de relance de l'hiver dernier, qui, selon ses"
     " détracteurs, a coûté trop cher, reste confiante.", "le plan de relance de l'hiver dernier"),
    ("La ministre a salué le nouveau budget, qui, selon elle, protège les plus fragiles.",
     "le nouveau budget"),
])
def test_a_noun_phrase_said_leaves_its_relative_pronoun_out(annotate, text, content):
    # (fresh set H) `…, qui, selon X, …`: the aside ends the noun phrase; `qui` opens the
    # relative, which is not what the first verb reported
    find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("La directrice de l'Agence nationale du médicament (ANSM) a annoncé, lundi 3 mars,"
     " envisager de réunir un groupe d'experts pour savoir s'il fallait classer le produit,"
     " aussi appelé \"poudre rose\", parmi les stupéfiants.",
     "envisager de réunir un groupe d'experts pour savoir s'il fallait classer le produit,"
     " aussi appelé \"poudre rose\", parmi les stupéfiants"),
    ("Le président de la Fédération française de rugby (FFR) a annoncé, mardi 5 mai,"
     " envisager de saisir le comité d'éthique sur le cas du joueur, surnommé \"le Bison\","
     " dès la rentrée.",
     "envisager de saisir le comité d'éthique sur le cas du joueur, surnommé \"le Bison\","
     " dès la rentrée"),
])
def test_a_verb_of_thought_inside_what_was_announced_opens_no_second_quote(annotate, text,
                                                                           content):
    # (fresh set H) `a annoncé envisager de …`: the plan is what was announced, one quote
    quotes = annotate(text)
    find(quotes, content)
    assert len(quotes) == 1


@pytest.mark.parametrize("text", [
    "L'entraîneur a défendu sa position mais a reconnu des erreurs.",
    "La maire a rappelé sa position, sans plus.",
])
def test_a_position_named_alone_is_not_what_was_said(annotate, text):
    # (fresh set H) `a défendu sa position`: the object names the stance, not its content
    # (data/speech_event_nouns.txt)
    assert not [q for q in annotate(text) if "position" in q["text"]]


# --- paragraphs run together: a quotation left unclosed where a paragraph ended ----------


@pytest.mark.parametrize("text, content", [
    # an unclosed quotation, then another opening after a sentence's end
    ('"Je ne vois aucun obstacle. La fusion reste la priorité, a déclaré la ministre '
     'Odile Ferrand, qui a défendu le plan. "Notre objectif était la stabilité", a-t-elle '
     'ajouté.', "Notre objectif était la stabilité"),
    # an unclosed « », then a sentence of the writer's with quoted words of its own
    ("«On n'ira pas plus loin, a affirmé la négociatrice Odile Ferrand lors d'une réunion. "
     "Les élus ont réclamé «à l'unanimité» des mesures, a expliqué le sénateur Rémi Vallet.",
     "Les élus ont réclamé «à l'unanimité» des mesures"),
])
def test_an_unclosed_quotation_stops_where_another_opens_after_a_sentence(annotate, text,
                                                                          content):
    """Scraped pages lose their line breaks: an unclosed quotation, which ends at its
    paragraph's end, would run over the paragraphs after it and swallow their
    quotations."""
    find(annotate(text), content)


@pytest.mark.parametrize("text, content, speaker", [
    # a straight mark that can only close, with nothing open
    ('Le porte-parole parle d\'un retour aux sources du gaullisme" et du "dépassement" des '
     'clivages. La députée Odile Ferrand estime que "rien ne change" pour les Français.',
     "rien ne change", "Odile Ferrand"),
    # a doubled straight closing mark
    ('Elle s\'est dite "fière d\'être une \'Lyonnaise"". "Nous perdons une amie", a '
     'déclaré Odile Ferrand.', "Nous perdons une amie", "Odile Ferrand"),
    # a straight opening mark closed by a curly one
    ('Le préfet Rémi Vallet juge la situation "maîtrisée et sous contrôle”. "Aucun foyer '
     'n\'existe", a-t-il assuré.', "Aucun foyer n'existe", "Rémi Vallet"),
    # an opening guillemet typed where the closing one belongs
    ("« Nous rétablirons l'ordre », a déclaré le maire, Rémi Vallet. La crise est grave "
     "pour toute la région« , a-t-il ajouté. La préfète Odile Ferrand a appelé à empêcher "
     "les « départs irréguliers » dès lundi.", "départs irréguliers", "Odile Ferrand"),
])
def test_a_misplaced_quotation_mark_does_not_shift_the_pairs_after_it(annotate, text,
                                                                      content, speaker):
    """A stray or mistyped mark pairs with the next one and every quotation after it in
    the paragraph is read inside out; run together, the paragraph is the article."""
    quotes = annotate(text)
    q = next((q for q in quotes if content in q["text"]), None)
    assert q is not None and q["speaker"] == speaker, [(q["text"], q["speaker"])
                                                        for q in quotes]


@pytest.mark.parametrize("text", [
    "Le congrès de Lyon a adopté « la charte des communes », « une résolution sur les "
    "crises actuelles », « le cadre stratégique 2024/2030 », etc. À l'issue du congrès, la "
    "présidente, Odile Ferrand, a annoncé que Nantes accueillerait la prochaine édition.",
    "Les maires ont voté « le plan vélo », « la charte des arbres », etc. Le préfet Rémi "
    "Vallet a ensuite déclaré que les travaux commenceraient en mai.",
])
def test_a_list_ending_in_etc_ends_its_sentence(annotate, text):
    """`etc.` before a capital ends the sentence (the parser may read on, and paragraphs run
    together put the next one there): the titles listed are nobody's words, not the
    next sentence's speaker's."""
    quotes = annotate(text)
    assert len(quotes) == 1 and quotes[0]["type"] == "indirect", quotes


@pytest.mark.parametrize("text, content", [
    ("Selon la banque centrale, la hausse atteindra un demi-point de pourcentage. - "
     "L'objectif de la Banque est de limiter l'inflation annuelle à environ 2 %.",
     "la hausse atteindra un demi-point de pourcentage"),
    ("D'après le syndicat, la grève sera suivie par trois salariés sur quatre. – La "
     "direction prévoit de fermer deux ateliers.", "la grève sera suivie par trois "
     "salariés sur quatre"),
])
def test_a_dash_after_a_full_stop_opens_a_list_item(annotate, text, content):
    """Bullet lines run together: a dash after a full stop and before a capital opens a
    new sentence, not an aside of the one before."""
    assert find(annotate(text), content)["text"] == content


@pytest.mark.parametrize("text, content", [
    ("Le préfet a appelé au calme et a annoncé des renforts de gendarmerie.", "calme"),
    ("Les évêques ont appelé au dialogue et ont condamné les violences.", "dialogue"),
])
def test_a_second_verb_after_et_a_ends_even_a_short_noun_phrase_said(annotate, text,
                                                                     content):
    """`et a annoncé` opens the subject's next act, however short the first content."""
    find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("L'élu avait promis pendant sa campagne de rénover toutes les écoles du canton.",
     "rénover toutes les écoles du canton"),
    ("Le maire avait promis durant la campagne de baisser les impôts locaux.",
     "baisser les impôts locaux"),
])
def test_de_and_an_infinitive_after_a_circumstance_opens_what_was_said(annotate, text,
                                                                       content):
    find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("L'avocat a déclaré dans un entretien au quotidien Le Courrier que son client ferait "
     "appel.", "son client ferait appel"),
    ("La maire a expliqué dans les colonnes du journal La Gazette que le marché serait "
     "déplacé.", "le marché serait déplacé"),
])
def test_a_newspaper_title_in_the_circumstance_is_not_the_object(annotate, text, content):
    find(annotate(text), content)


@pytest.mark.parametrize("text, content, speaker", [
    ("Après que le ministre a annoncé une hausse des crédits, les syndicats ont levé leur "
     "préavis.", "une hausse des crédits", "le ministre"),
    ("Depuis que la direction a confirmé la fermeture du site, les salariés occupent "
     "l'usine.", "la fermeture du site", "la direction"),
])
def test_a_report_in_an_opening_clause_of_time_stops_at_the_main_clause(annotate, text,
                                                                         content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content", [
    ("La capitaine a dit sa joie après la qualification.", "sa joie"),
    ("Le coureur a confié toute sa satisfaction après ce succès au sommet du Ventoux.",
     "toute sa satisfaction"),
])
def test_the_event_after_a_possessive_phrase_said_is_the_writers(annotate, text, content):
    """`après` and a verbless noun phrase to the end: the event the feeling followed."""
    find(annotate(text), content)


@pytest.mark.parametrize("text, first, second", [
    ("Interrogé sur les conditions fixées par la ministre, le porte-parole Rémi Vallet a "
     "sobrement répondu : «Un ministre ne pose pas de conditions.» «Elle suivra la feuille "
     "de route du président», a poursuivi le porte-parole.",
     "Un ministre ne pose pas de conditions", "Elle suivra la feuille de route du président"),
    ('La joueuse Odile Ferrand a savouré sa qualification : "On a eu de la chance, il faut '
     'en profiter !" "Je ne peux même pas décrire ce que je ressens", a-t-elle ajouté.',
     "On a eu de la chance, il faut en profiter !",
     "Je ne peux même pas décrire ce que je ressens"),
])
def test_a_quotation_closing_its_sentence_before_another_is_a_quote_of_its_own(annotate, text,
                                                                              first, second):
    """`: «A.» «B», a poursuivi X`: two paragraphs run together; the first quotation
    ended its sentence, the second opens another."""
    quotes = annotate(text)
    assert {first, second} <= {q["text"] for q in quotes}, [q["text"] for q in quotes]


def test_a_caption_run_into_the_paragraph_before_ends_the_quote(annotate):
    """A photo caption (no final stop) after `...` on the same line opens a sentence: the
    quote before it stops at its quotation."""
    text = ('Les avocats de trois accusés ont mis en garde la cour contre le risque "d\'erreur '
            'judiciaire", l\'appelant vendredi à ne pas suivre les réquisitions "déconnectées"'
            '... Paul Roux à la cour d\'assises du Rhône, à Lyon, le 4 mars 2024 © Jean DUPONT'
            '\nLe verdict est attendu vendredi.')
    q = find(annotate(text), 'ne pas suivre les réquisitions "déconnectées"')
    assert q["type"] == "mixed"


# --- a report's end after `que`: the speaker's next verb, the main clause (session 23) ---


@pytest.mark.parametrize("text, content", [
    ("La directrice a affirmé que le budget serait tenu et n'exclut pas une hausse des "
     "tarifs.", "le budget serait tenu"),
    ("Le préfet a indiqué que la digue tenait bon mais refuse de lever l'alerte.",
     "la digue tenait bon"),
    ("Les élus ont assuré que la piscine rouvrirait en mai et promettent une fête.",
     "la piscine rouvrirait en mai"),
])
def test_the_speakers_next_verb_after_que_ends_the_shifted_clause(annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("Le porte-parole a souligné que ces exercices étaient routiniers et ne visaient aucun "
     "pays voisin.", "ces exercices étaient routiniers et ne visaient aucun pays voisin"),
    ("La syndicaliste a expliqué que les salaires stagnaient et que les loyers "
     "grimpaient.", "les salaires stagnaient et que les loyers grimpaient"),
    ("Le maire a déclaré que le chantier prendrait du retard et coûterait plus cher.",
     "le chantier prendrait du retard et coûterait plus cher"),
])
def test_a_verb_in_the_reported_tense_after_et_goes_on_with_the_content(
        annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, content, speaker", [
    ("Alors que le président avait assuré que l'objectif était le maintien, le club pointe "
     "à la deuxième place.", "l'objectif était le maintien", "le président"),
    ("Alors que son entraîneur, Marc Vidal, avait promis en juin que l'équipe jouerait "
     "l'Europe, l'Union sportive lutte pour sa survie.", "l'équipe jouerait l'Europe",
     "Marc Vidal"),
    ("Bien que la ministre ait promis que les crédits seraient maintenus, les chercheurs "
     "restent inquiets.", "les crédits seraient maintenus", "la ministre"),
])
def test_a_que_clause_in_an_opening_subordinate_stops_before_the_main_clause(
        annotate, text, content, speaker):
    assert same_speaker(find(annotate(text), content)["speaker"], speaker)


@pytest.mark.parametrize("text, first, second", [
    ("Le maire a jugé ces travaux « indispensables » tout en déplorant un calendrier "
     "« mal choisi ».", "ces travaux « indispensables »", "un calendrier « mal choisi »"),
    ("La fédération a salué une saison « historique » tout en regrettant des tribunes "
     "« à moitié vides ».", "une saison « historique »", "des tribunes « à moitié vides »"),
])
def test_tout_en_and_a_second_verb_of_saying_end_the_first_noun_phrase(
        annotate, text, first, second):
    quotes = annotate(text)
    assert find(quotes, first)["type"] == "mixed"
    assert find(quotes, second)["type"] == "mixed"


def test_tout_en_after_que_may_go_on_with_the_reported_subject(annotate):
    quotes = annotate("Elle a déclaré que le maire avait écarté ses objections tout en "
                      "répétant des promesses déjà faites.")
    assert find(quotes, "le maire avait écarté ses objections tout en répétant des "
                        "promesses déjà faites")["type"] == "indirect"


@pytest.mark.parametrize("text, content", [
    ("La maire s'est dite « satisfaite » du résultat.", "« satisfaite » du résultat"),
    ("Le coureur s'est dit « très déçu » mais déterminé à revenir pour les championnats.",
     "« très déçu » mais déterminé à revenir pour les championnats"),
])
def test_an_attribute_said_goes_on_past_its_quotation_and_a_second_attribute(
        annotate, text, content):
    assert find(annotate(text), content)["type"] == "mixed"


@pytest.mark.parametrize("text, content", [
    ("Le gouvernement a officialisé lundi, au terme d'un conseil des ministres "
     "extraordinaire présidé par le chef de l'État à Toliara, la création d'une agence "
     "de l'eau.", "la création d'une agence de l'eau"),
    ("La ministre a salué, lors d'une cérémonie organisée dans les jardins de la "
     "préfecture en présence de nombreux élus locaux, les efforts des bénévoles.",
     "les efforts des bénévoles"),
])
def test_a_long_occasion_between_the_verb_and_its_noun_phrase_is_walked_past(
        annotate, text, content):
    assert find(annotate(text), content)["type"] == "indirect"


@pytest.mark.parametrize("text, first, second", [
    ("Elle a assuré que la taxe ne pèserait plus que 2 % du budget et a promis une "
     "baisse des tarifs.", "la taxe ne pèserait plus que 2 % du budget",
     "une baisse des tarifs"),
    ("Le maire a affirmé que le chantier ne coûterait que trois millions et a réclamé une "
     "aide de la région.", "le chantier ne coûterait que trois millions",
     "une aide de la région"),
])
def test_ne_que_does_not_open_a_clause_that_swallows_the_next_verb(annotate, text, first,
                                                                   second):
    """`ne … plus que 2 %` is `only`: the parser's subordinate `que` gives the speaker's next
    verb (`et a promis`) a subject inside the content; the content stops before `et`."""
    quotes = annotate(text)
    find(quotes, first)
    q = find(quotes, second)
    assert q["speaker"] is None or ("%" not in q["speaker"] and "millions" not in q["speaker"])


@pytest.mark.parametrize("text, content, speaker", [
    ("Le gardien, Tom Vasseur, a nuancé : selon lui, la défense a surtout manqué de "
     "rythme.", "la défense a surtout manqué de rythme", "Tom Vasseur"),
    ("La syndicaliste Irène Colas a précisé que, selon elle, les salariés voteraient la "
     "grève.", "les salariés voteraient la grève", "Irène Colas"),
])
def test_selon_and_a_pronoun_heading_the_content_is_left_out(annotate, text, content,
                                                              speaker):
    """`a nuancé : selon lui, X`: the `selon` aside restates the speaker; one quote, X."""
    quotes = annotate(text)
    assert [q["text"] for q in quotes] == [content]
    assert same_speaker(quotes[0]["speaker"], speaker)


@pytest.mark.parametrize("text, content", [
    ("Le ministre a démenti les rumeurs de presse selon lesquelles l'usine serait vendue.",
     "les rumeurs de presse selon lesquelles l'usine serait vendue"),
    ("Le club a nié les allégations d'un ancien joueur selon lesquelles des primes "
     "auraient été versées.", "les allégations d'un ancien joueur selon lesquelles des "
     "primes auraient été versées"),
])
def test_selon_lesquelles_refers_to_the_noun_it_agrees_with(annotate, text, content):
    """`les rumeurs de presse selon lesquelles …`: the plural relative refers to the rumours,
    not to the singular noun that completes them; rumours are no source."""
    quotes = annotate(text)
    assert [q["text"] for q in quotes] == [content]


@pytest.mark.parametrize("text, content", [
    ("Le joueur a fait part de sa frustration sur les réseaux sociaux.", "sa frustration"),
    ("La chanteuse a exprimé sa tristesse sur son compte Instagram après l'annulation.",
     "sa tristesse"),
    ("La mairie a salué le travail des bénévoles sur son site internet.",
     "le travail des bénévoles"),
])
def test_a_channel_after_a_noun_phrase_said_is_where_not_what(annotate, text, content):
    """`a fait part de sa frustration sur les réseaux sociaux`: where it was said."""
    find(annotate(text), content)


def test_a_channel_inside_the_noun_phrase_stays(annotate):
    """`les attaques sur les réseaux sociaux contre les élus`: the phrase goes on."""
    find(annotate("Elle a dénoncé les attaques sur les réseaux sociaux contre les élus."),
         "les attaques sur les réseaux sociaux contre les élus")


@pytest.mark.parametrize("text, first, second, cue", [
    ("La rectrice a expliqué que la rentrée serait décalée d'une semaine, le recteur "
     "adjoint a précisé que les examens restaient maintenus.",
     "la rentrée serait décalée d'une semaine", "les examens restaient maintenus",
     "a précisé"),
    ("Le directeur a annoncé que la ligne fermerait en juin, et les usagers ont dénoncé "
     "un « abandon ».", "la ligne fermerait en juin", "un « abandon »", "ont dénoncé"),
    ("Les riverains redoutent que les travaux durent des années, et certains dénoncent "
     "déjà une « gabegie ».", None, "une « gabegie »", "dénoncent"),
])
def test_another_subjects_report_after_a_comma_ends_the_content(annotate, text, first,
                                                                second, cue):
    """A comma, maybe `et`, then a subject of its own and a verb of saying in the report's
    tense: a new report, not more of the first (and a fear left without its quotation is
    no quote at all: GUIDELINE, settled)."""
    quotes = annotate(text)
    assert find(quotes, second)["cue"] == cue
    if first is not None:
        find(quotes, first)
    else:
        assert len(quotes) == 1


@pytest.mark.parametrize("text, content", [
    ("La ministre a affirmé que si les prix montaient, le gouvernement bloquerait les "
     "loyers.", "si les prix montaient, le gouvernement bloquerait les loyers"),
    ("Le juge a estimé que les expertises, les avocats l'ont souligné, étaient "
     "incomplètes.", "les expertises, les avocats l'ont souligné, étaient incomplètes"),
])
def test_a_clause_of_the_content_after_a_comma_stays_in_it(annotate, text, content):
    find(annotate(text), content)


@pytest.mark.parametrize("text, content", [
    ("Le collectif Yannick Berthou réclame « un moratoire immédiat » pour protéger la "
     "forêt.", "un moratoire immédiat"),
    ("La sénatrice Maud Quérel exige des « garanties écrites » afin de rassurer les "
     "familles.", "des « garanties écrites »"),
])
def test_a_purpose_after_a_quoted_noun_phrase_is_the_writers(annotate, text, content):
    """The quotation marks close the words said; `pour` / `afin de` + infinitive after
    them says why, in the writer's words (without marks the purpose may be part of a
    demand: `réclame des moyens pour recruter`)."""
    find(annotate(text), content)


def test_a_purpose_in_an_unquoted_demand_stays(annotate):
    find(annotate("Le syndicat réclame des moyens supplémentaires pour recruter des "
                  "infirmières."), "des moyens supplémentaires pour recruter des infirmières")


def test_a_purpose_after_a_quoted_appeal_is_the_writers(annotate):
    find(annotate("La gendarmerie a appelé « à la vigilance » pour limiter les cambriolages."),
         "à la vigilance")


@pytest.mark.parametrize("text, content", [
    ("Le collectif a dénoncé dans un courrier au préfet des expulsions « indignes » de familles.",
     "des expulsions « indignes » de familles"),
    ("La préfète a annoncé dans un arrêté des restrictions d'arrosage.",
     "des restrictions d'arrosage"),
])
def test_des_after_a_circumstance_opens_the_noun_phrase_said(annotate, text, content):
    """`dans un communiqué des arrestations`: the tagger calls the plural article a
    preposition and the parser hangs the object on the circumstance's noun; before a noun
    that names no source, `des` opens what was said (corpus: `a condamné dans un
    communiqué …`)."""
    find(annotate(text), content)


def test_des_before_a_source_noun_completes_the_circumstance(annotate):
    """`dans un communiqué des syndicats`: whose communiqué, not what was said."""
    quotes = annotate("Le ministre a annoncé dans un communiqué des syndicats la fin du "
                      "conflit.")
    assert [q["text"] for q in quotes] == ["la fin du conflit"]


@pytest.mark.parametrize("text, content", [
    ("Le prévenu a contesté les faits jusqu'au bout.", "les faits"),
    ("La maire a dénoncé ces dégradations à plusieurs reprises.", "ces dégradations"),
    ("Le club a contesté la suspension une nouvelle fois, sans succès.", "la suspension"),
])
def test_how_often_or_how_after_a_noun_phrase_said_is_the_reporters(annotate, text, content):
    """`jusqu'au bout`, `à plusieurs reprises`, `une nouvelle fois` at the end of the
    clause say how the words were said, not what."""
    assert find(annotate(text), content)["text"] == content


def test_an_infinitive_said_keeps_its_own_adverbial(annotate):
    quotes = annotate("Le maire a promis de revenir une nouvelle fois.")
    assert [q["text"] for q in quotes] == ["revenir une nouvelle fois"]


@pytest.mark.parametrize("text, content", [
    ("Le maire a dénoncé dans le bulletin des vacances la fermeture de la piscine.",
     "la fermeture de la piscine"),
    ("La mairie a annoncé dans le guide des loisirs une fermeture estivale.",
     "une fermeture estivale"),
])
def test_des_completes_the_circumstance_when_a_determiner_opens_the_object(annotate, text,
                                                                           content):
    """`dans le bulletin des vacances la fermeture …`: the determiner after `des vacances`
    opens the object, so `des` was `de` + `les` completing the circumstance's noun."""
    assert [q["text"] for q in annotate(text)] == [content]


@pytest.mark.parametrize("text, content", [
    ("Le syndicat a dénoncé une réforme votée en bloc.", "une réforme votée en bloc"),
    ("La préfète a salué des gendarmes qui ont agi avec fermeté.",
     "des gendarmes qui ont agi avec fermeté"),
    ("L'avocat a dénoncé une procédure menée jusqu'au bout.",
     "une procédure menée jusqu'au bout"),
])
def test_a_verb_inside_the_noun_phrase_said_keeps_its_own_adverbial(annotate, text, content):
    """`une réforme votée en bloc`: the manner phrase belongs to the participle (or the
    relative clause's verb) inside what was said, not to the verb of saying."""
    assert find(annotate(text), content)["text"] == content


@pytest.mark.parametrize("text, content", [
    ("Le maire a promis d'être présent à l'ouverture du salon de l'agriculture.",
     "être présent à l'ouverture du salon de l'agriculture"),
    ("La ministre a annoncé vouloir intervenir à la clôture des assises de la sécurité.",
     "vouloir intervenir à la clôture des assises de la sécurité"),
])
def test_an_infinitive_said_keeps_the_occasion_it_plans(annotate, text, content):
    """Second reader (h39-review): `à l'ouverture de`, `salon`, `assises` became occasions
    of the words; an infinitive said with no comma before them plans its act there."""
    assert find(annotate(text), content)["text"] == content
    # (a noun phrase said is still not where it was said)
    quotes = annotate("Le maire a exprimé sa colère à l'ouverture de la session.")
    assert find(quotes, "sa colère")["text"] == "sa colère"


@pytest.mark.parametrize("text", [
    "La hausse des émissions de CO2 menace l'objectif fixé par l'accord de Paris.",
    "La baisse des ventes de la firme menace près de 300 emplois.",
    "La rénovation du lycée promet de meilleures conditions d'étude.",
    "Le déficit de la collectivité révèle une gestion hasardeuse.",
])
def test_a_thing_of_a_listed_body_says_nothing(annotate, text):
    """Second reader (h39-review): `émission`, `firme`, `lycée`, `collectivité` became
    speaker nouns; inside the complement of a thing (`la hausse des émissions`) they do
    not make it speak."""
    assert annotate(text) == []


def test_a_listed_noun_heading_the_subject_still_speaks(annotate):
    quotes = annotate("La direction de la clinique confirme la fermeture du service.")
    assert find(quotes, "la fermeture du service")["speaker"] == "la direction de la clinique"


def test_a_body_of_a_listed_place_proposing_to_act_still_speaks(annotate):
    """An infinitive said needs an agent: `La médiathèque de la ville` (its head unlisted)
    still speaks by the listed noun of its complement."""
    quotes = annotate("La médiathèque de la ville a proposé de prolonger les prêts.")
    assert find(quotes, "prolonger les prêts")["speaker"] == "la médiathèque de la ville"
    quotes = annotate("Le muséum de la ville a proposé de l'acheter.")
    assert [q["speaker"] for q in quotes if q["text"].endswith("l'acheter")] == [
        "le muséum de la ville"]


def test_a_quantity_of_a_listed_body_still_speaks(annotate):
    """Second reader (h40-review): a quantity's complement is who it counts, not what a
    thing is of (`L'ensemble des syndicats`, unlike `la hausse des émissions`)."""
    quotes = annotate("L'ensemble des syndicats réclame une hausse des salaires.")
    assert find(quotes, "une hausse des salaires")["speaker"].lower() == "l'ensemble des syndicats"
