"""Specification of interaction finding on French sentences written for these tests: which
words report a meeting, a call, talks, a visit, a summit; who the parties are (as the
article names them); which place is the meeting's."""

from __future__ import annotations

import pytest
from interactions_found import found_with_places as found
from spacy.language import Language


@pytest.mark.parametrize("text, expected", [
    # a reception is a meeting; the place of its own sentence
    ("Le Premier ministre Paul Durand a reçu mardi la maire de Lyon, Anne Martin, à Matignon.",
     [("meeting", ["Paul Durand", "Anne Martin"], "Matignon")]),
    # a call, not also a meeting
    ("Le ministre Jean Petit s'est entretenu par téléphone avec son homologue Kofi Mensah.",
     [("phone_call", ["Jean Petit", "Kofi Mensah"], None)]),
    # negotiations between groups: the groups are the parties
    ("Les négociations entre les syndicats et la direction de l'usine ont repris jeudi.",
     [("talks", ["les syndicats", "la direction de l'usine"], None)]),
    # a visit has one party; the place is not a party
    ("Le ministre Jean Petit s'est rendu à Dakar pour inaugurer un hôpital.",
     [("visit", ["Jean Petit"], "Dakar")]),
    # a summit of an institution, with the attendee named
    ("Le sommet du G20 s'est ouvert à Rome en présence de Jean Petit.",
     [("summit", ["G20", "Jean Petit"], "Rome")]),
    # a handover of office is a meeting
    ("La passation de pouvoir entre Marie Leroy et Paul Durand a eu lieu lundi.",
     [("meeting", ["Marie Leroy", "Paul Durand"], None)]),
    # a planned meeting the text states
    ("Paul Durand rencontrera Anne Martin la semaine prochaine à Berlin.",
     [("meeting", ["Paul Durand", "Anne Martin"], "Berlin")]),
    # a session of one body is a meeting of that body
    ("Une réunion du conseil régional s'est tenue lundi à Rennes.",
     [("meeting", ["conseil régional"], "Rennes")]),
    ("Les ministres des Finances du G7 se réuniront en mai à Tokyo.",
     [("meeting", ["Les ministres des Finances du G7"], "Tokyo")]),
    # one plural phrase after `entre` names both parties
    ("Les négociations entre les deux pays reprendront la semaine prochaine à Genève.",
     [("talks", ["les deux pays"], "Genève")]),
    # a delegation received is a party
    ("Le président Ali Diop a reçu lundi une délégation du Fonds monétaire international.",
     [("meeting", ["Ali Diop", "une délégation du Fonds monétaire international"], None)]),
    # a place that receives someone: that person's visit, the host a party
    ("Berlin accueille ce jeudi la Première ministre italienne Giulia Rossi.",
     [("visit", ["Giulia Rossi", "Berlin"], "Berlin")]),
    # the countries taking part in a summit are parties; one summit per article
    ("Le sommet de Lisbonne a réuni la France, le Portugal et le Brésil. Ce sommet a été "
     "ouvert par Ana Costa.", [("summit", ["la France", "Portugal", "Brésil", "Ana Costa"],
                               "Lisbonne")]),
    # a call to or with a person
    ("Lors de son appel avec le président Ali Diop, Marie Leroy a évoqué la crise.",
     [("phone_call", ["Ali Diop", "Marie Leroy"], None)]),
    ("Marie Leroy a appelé Ali Diop mardi soir.",
     [("phone_call", ["Marie Leroy", "Ali Diop"], None)]),
    # `sa visite`: the subject of the clause it sits in is the visitor
    ("La ministre Anne Martin est arrivée à Rome au deuxième jour de sa visite en Italie.",
     [("visit", ["Anne Martin"], "Italie")]),
])
def test_interactions_and_their_parties(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role description is the person the article gives that role, however far back
    ("La ministre Anne Martin a ouvert la séance. Plus tard, la ministre a reçu le maire "
     "de Lille, Paul Durand.", [("meeting", ["Anne Martin", "Paul Durand"], None)]),
    # a role description opening the article is the person named in a later sentence
    ("Le Premier ministre s'est rendu vendredi à Lisbonne. Jean Petit y a signé un accord "
     "sur l'énergie.", [("visit", ["Jean Petit"], "Lisbonne")]),
    # a date between `se rendre` and its destination
    ("La ministre Anne Martin s'est rendue jeudi soir à Nairobi.",
     [("visit", ["Anne Martin"], "Nairobi")]),
    # `entre X et Y` however the parse hangs Y
    ("Les négociations entre Rabat et Madrid ont repris mercredi à Genève.",
     [("talks", ["Rabat", "Madrid"], "Genève")]),
    # an `avec` complement after the trigger noun, however the parse hangs it
    ("Lors d'une réunion qui s'est tenue mardi à Rennes avec les services de l'État, des "
     "éleveurs ont demandé des aides.",
     [("meeting", ["les services de l'État", "des éleveurs"], "Rennes")]),
    # `à l'issue de pourparlers`: the clause's speaker held them
    ("Le ministre Jean Petit a salué l'accord à l'issue de pourparlers avec les dirigeants "
     "algériens.", [("talks", ["Jean Petit", "les dirigeants algériens"], None)]),
    # two receptions of one host are two meetings
    ("Le président Ali Diop a reçu lundi Anne Martin. Mardi, il a reçu Paul Durand.",
     [("meeting", ["Ali Diop", "Anne Martin"], None),
      ("meeting", ["Ali Diop", "Paul Durand"], None)]),
    # a visit named by `sa venue`
    ("Paul Durand a profité de sa venue au Ghana pour signer un accord.",
     [("visit", ["Paul Durand"], "Ghana")]),
    # `les deux hommes`, `ils`: the pair the article reported just before
    ("Le président Ali Diop a reçu jeudi Paul Durand à Dakar. Les deux hommes ont ensuite "
     "tenu une conférence de presse commune.",
     [("meeting", ["Ali Diop", "Paul Durand"], "Dakar"),
      ("press_conference", ["Ali Diop", "Paul Durand"], None)]),
    ("Marie Leroy et Ali Diop ont signé un accord. Ils ont ensuite tenu une conférence "
     "de presse à Dakar.", [("press_conference", ["Marie Leroy", "Ali Diop"], "Dakar")]),
    # `les deux pays`: the two countries named before
    ("Le Kenya et l'Ouganda ont signé un accord. Les négociations entre les deux pays "
     "avaient duré un an.", [("talks", ["Kenya", "Ouganda"], None)]),
    # a contact told again through `les deux hommes` is the one reported, not another
    ("Anne Martin et Paul Durand ont eu des discussions à Genève. Après deux heures "
     "d'entretien entre les deux hommes, rien n'a été annoncé.",
     [("talks", ["Anne Martin", "Paul Durand"], "Genève")]),
    # `leur conférence de presse`: the pair reported before
    ("Paul Durand a reçu lundi Anne Martin à Rome. Lors de leur conférence de presse, ils "
     "ont annoncé un accord.", [("meeting", ["Paul Durand", "Anne Martin"], "Rome"),
                               ("press_conference", ["Paul Durand", "Anne Martin"], None)]),
    # one plural role of two nationalities: the pair reported before
    ("La ministre Anne Martin a rencontré jeudi Hans Becker à Berlin. Des discussions entre "
     "les chefs de la diplomatie française et allemande ont porté sur l'énergie.",
     [("meeting", ["Anne Martin", "Hans Becker"], "Berlin")]),
    # `A, puis B`: received in turn, two meetings, each with a trigger of its own
    ("La présidente Anne Martin a accueilli d'abord Paul Durand, puis Ali Diop, pour des "
     "entretiens à l'Élysée.", [("meeting", ["Anne Martin", "Paul Durand"], "Élysée"),
                               ("meeting", ["Anne Martin", "Ali Diop"], "Élysée")]),
    # one event told as a meeting and as talks: talks, the more specific word
    ("Anne Martin a rencontré Ali Diop mardi à Dakar. Anne Martin a salué un accord à "
     "l'issue de pourparlers avec Ali Diop.", [("talks", ["Anne Martin", "Ali Diop"], "Dakar")]),
    # the event as its sentence's subject, its parties in the next sentence
    ("Une rencontre a eu lieu mardi à Genève. La ministre Anne Martin et son homologue "
     "Paul Durand ont discuté pendant deux heures.",
     [("meeting", ["Anne Martin", "Paul Durand"], "Genève")]),
    # `je` inside a quote is its speaker
    ("« Hier, j'ai parlé au téléphone avec Ali Diop », a déclaré la ministre Marie Leroy.",
     [("phone_call", ["Ali Diop", "Marie Leroy"], None)]),
])
def test_parties_across_the_article(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Les deux pays entretiennent de bonnes relations depuis longtemps.",  # not reflexive
    "Le maire Paul Durand a reçu des critiques de l'opposition.",  # no party received
    "Paul Durand pourrait rencontrer Anne Martin si la crise s'aggrave.",  # conditional
    "Une coalition réunissant des entreprises du secteur a été lancée.",  # a description
    "Le Grand Palais accueille des milliers de visiteurs.",  # a venue, nobody received
    "Marie Leroy a appelé Ali Diop à démissionner.",  # an appeal, not a call
    "Les syndicats ont lancé un appel à manifester jeudi.",
    # talks only hoped for or considered
    "Anne Martin veut ramener Rabat et Madrid à la table des négociations.",
    "Paul Durand n'a pas écarté l'idée d'un sommet avec Anne Martin.",
    # a peak, not a summit
    "L'équipe de Paul Durand s'est hissée au sommet du classement.",
    # the Conseil des ministres named as an institution, not a session
    "Paul Durand veut soumettre le texte au Conseil des ministres.",
    # going somewhere that is no named place
    "Paul Durand s'est rendu à l'évidence.",
    "Le suspect a quitté la maison pour se rendre sur la grande rue.",
    # a document received is no meeting
    "Le maire Paul Durand a reçu le communiqué de la préfecture.",
    # a prize received, the thing read as subject: nobody is received
    "Nul ne sait encore qui recevra le prix Goncourt cette année.",
    # a meeting only possible
    "Une rencontre entre Paul Durand et Anne Martin n'est pas exclue.",
    # a meeting that did not take place
    "Le conseil municipal n'a pas pu se réunir mardi faute de quorum.",
    # a kind of meeting, not whose; the moving of things, not a visit
    "Lors de nombreuses réunions de travail, Paul Durand a défendu le projet.",
    "Le déplacement des séances du conseil au mardi ne convient pas à Anne Martin.",
])
def test_words_that_report_no_interaction(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_nationalities_are_not_parties(nlp: Language) -> None:
    [(kind, parties, place)] = found(
        nlp, "La Britannique Anne Martin a rencontré le ministre Paul Durand à Londres.")

    assert kind == "meeting" and place == "Londres"
    assert parties == ["Anne Martin", "Paul Durand"]


def test_a_pronoun_subject_is_the_person_named_before(nlp: Language) -> None:
    text = "Paul Durand est arrivé lundi à Paris. Mardi, il a reçu Anne Martin à l'Élysée."

    assert found(nlp, text) == [("meeting", ["Paul Durand", "Anne Martin"], "Élysée")]


def test_a_place_talked_of_is_not_where_they_met(nlp: Language) -> None:
    text = ("Le président Ali Diop a reçu lundi Paul Durand. Au cours de leur entretien, "
            "les deux hommes ont abordé la situation au Sahel.")

    assert found(nlp, text) == [("meeting", ["Ali Diop", "Paul Durand"], None)]


def test_the_place_comes_from_the_meeting_s_own_sentence(nlp: Language) -> None:
    text = ("Anne Martin était à Londres la semaine dernière. Mardi, Paul Durand a rencontré "
            "Anne Martin.")

    assert found(nlp, text) == [("meeting", ["Paul Durand", "Anne Martin"], None)]


@pytest.mark.parametrize("text, expected", [
    # a participle the tagger reads as a noun still reports the call
    ("Le président Ali Diop a téléphoné dimanche à Paul Durand pour le féliciter.",
     [("phone_call", ["Ali Diop", "Paul Durand"], None)]),
    # a date the parse hung on the party is not part of it
    ("Le ministre Paul Durand a rencontré les syndicats de policiers mardi.",
     [("meeting", ["Paul Durand", "les syndicats de policiers"], None)]),
    # a visit the text announces
    ("La ministre Anne Martin est attendue mardi à Nairobi.",
     [("visit", ["Anne Martin"], "Nairobi")]),
])
def test_forms_the_parse_reads_oddly(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # travelling: a reflexive `se déplacer` with a destination is a visit
    ("Le ministre de l'Intérieur Gérard Moulin s'est déplacé jeudi à Marseille.",
     [("visit", ["Gérard Moulin"], "Marseille")]),
    # `rendre visite à Y`: Y is visited, a party of the visit
    ("Macky Diallo a rendu visite à son homologue Alassane Koné à Abidjan.",
     [("visit", ["Macky Diallo", "Alassane Koné"], "Abidjan")]),
    # a meal together is a meeting
    ("Paul Durand a déjeuné avec Anne Martin mercredi à Paris.",
     [("meeting", ["Paul Durand", "Anne Martin"], "Paris")]),
    # a sitting held by a body, or named after it, is a meeting of that one body
    ("Le Parlement européen a tenu une session plénière à Strasbourg.",
     [("meeting", ["Parlement européen"], "Strasbourg")]),
    ("La séance du conseil municipal de Rimouski a duré quatre heures.",
     [("meeting", ["conseil municipal de Rimouski"], None)]),
    # a known group gathered at a named place
    ("Les ministres des Affaires étrangères du G7, réunis à Capri, ont condamné l'attaque.",
     [("meeting", ["Les ministres des Affaires étrangères du G7"], None)]),
    # its leaders gathered: the gathering's summit
    ("Les dirigeants du G20, réunis à Osaka, ont adopté une déclaration commune.",
     [("summit", ["Les dirigeants du G20"], "Osaka")]),
    # talks opened by a body: the body and the `avec` complement
    ("Le gouvernement a ouvert des négociations avec les syndicats enseignants.",
     [("talks", ["Le gouvernement", "les syndicats enseignants"], None)]),
    ("Le Premier ministre a convoqué une réunion d'urgence avec les préfets.",
     [("meeting", ["Le Premier ministre", "les préfets"], None)]),
    # `se retrouver`: a meeting when the parse names both parties
    ("Le gouvernement et les syndicats se retrouveront jeudi autour de la table.",
     [("meeting", ["Le gouvernement", "les syndicats"], None)]),
    # `par téléphone`: the verb it qualifies gives the call's parties
    ("Le président ivoirien Alassane Koné a échangé par téléphone avec Kwame Mensah.",
     [("phone_call", ["Alassane Koné", "Kwame Mensah"], None)]),
    # the parser hangs the agent on the date, the object on `huis clos`
    ("Le président Marc Olivier a été reçu lundi par le pape au Vatican.",
     [("meeting", ["Marc Olivier", "le pape"], "Vatican")]),
    ("Le président Marc Olivier a rencontré à huis clos les représentants de l'opposition.",
     [("meeting", ["Marc Olivier", "les représentants de l'opposition"], None)]),
    # a person met in private is no one-body session, whatever the parse
    ("Anne Martin et Jean Castel se sont réunis à huis clos pendant deux heures.",
     [("meeting", ["Anne Martin", "Jean Castel"], None)]),
    # the subject of the relative clause effects the visit
    ("La visite d'État qu'effectue le président Marc Olivier au Japon s'achève mardi.",
     [("visit", ["Marc Olivier"], "Japon")]),
])
def test_more_ways_of_reporting_an_interaction(nlp: Language, text: str,
                                               expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Emmanuel Petit a reçu le prix Goncourt pour son roman.",  # a thing received
    "Le secrétaire général de l'ONU, Ali Diop, a annulé sa visite à Kaboul.",  # called off
    "La réunion du conseil de mercredi soir a été annulée.",
    "L'Assemblée nationale était en session lundi, a rappelé Paul Durand.",  # a state
    "Les séances du conseil ont lieu le mardi, selon Anne Martin.",  # sittings in general
    "Paul Durand s'est retrouvé seul face aux juges.",  # finding oneself, meeting no one
    "Anne Martin a parlé devant des militants réunis au théâtre.",  # a crowd, not a body
    # interviews given to a medium are no interactions
    "Le président Ali Diop s'est entretenu avec des journalistes de Radio Canada.",
    "Lors d'un entretien avec l'AFP, Paul Durand a critiqué la décision.",
])
def test_more_words_that_report_no_interaction(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_a_visitor_is_the_person_the_visit_describes(nlp: Language) -> None:
    text = "Anne Martin, en visite à Dakar, a rencontré le président Ali Diop."

    assert found(nlp, text) == [("visit", ["Anne Martin"], "Dakar"),
                                ("meeting", ["Anne Martin", "Ali Diop"], "Dakar")]


def test_cette_visite_is_the_visit_told_before_not_a_guess_at_its_visitor(
        nlp: Language) -> None:
    text = ("Le président Marc Olivier est en visite à Madrid. Il a assuré que rien ne serait "
            "décidé durant cette visite, a précisé son porte-parole Luc Vidal.")

    assert found(nlp, text) == [("visit", ["Marc Olivier"], "Madrid")]


def test_people_named_inside_what_a_speaker_says_hold_no_press_conference(
        nlp: Language) -> None:
    text = ("Lors d'une conférence de presse, Paul Girard a annoncé qu'il ne reconnaîtrait "
            "pas la victoire de Marc Olivier.")

    assert found(nlp, text) == [("press_conference", ["Paul Girard"], None)]


def test_a_gathering_of_an_article_s_summit_is_that_summit(nlp: Language) -> None:
    text = ("Les dirigeants du G20, réunis à Rome, ont adopté une déclaration. Le sommet "
            "s'est achevé dimanche.")

    assert found(nlp, text) == [("summit", ["Les dirigeants du G20"], "Rome")]


def test_a_summit_s_place_is_not_its_topic(nlp: Language) -> None:
    text = ("Les dirigeants de l'Union européenne se retrouvent jeudi à Bruxelles pour un "
            "sommet consacré à l'Ukraine.")

    assert [place for _k, _p, place in found(nlp, text)] == ["Bruxelles"]


def test_a_party_phrase_stops_at_a_named_place(nlp: Language) -> None:
    text = ("Les ministres Paul Durand et Anne Martin recevront mardi les chefs de partis à "
            "Matignon.")

    assert found(nlp, text) == [
        ("meeting", ["Paul Durand", "Anne Martin", "les chefs de partis"], "Matignon")]


def test_an_entre_complement_past_the_next_verb_is_not_the_meeting_s(nlp: Language) -> None:
    text = ("Paul Durand a déclaré que leur rencontre avec Anne Martin avait ressemblé à un "
            "dialogue entre des personnes sourdes.")

    assert found(nlp, text) == [("meeting", ["Paul Durand", "Anne Martin"], None)]


def test_a_call_in_the_sentence_does_not_make_a_reception_a_call(nlp: Language) -> None:
    text = ("L'appel téléphonique entre Anne Martin et Ali Diop a eu lieu alors que Nairobi "
            "accueille le ministre Paul Durand.")

    assert ("visit", ["Paul Durand", "Nairobi"], "Nairobi") in found(nlp, text)


def test_one_phrase_of_two_nationalities_names_both_parties(nlp: Language) -> None:
    text = ("Les délégations russe et ukrainienne se sont retrouvées à Istanbul pour un "
            "nouveau cycle de pourparlers.")

    # (talks since session 27: a meeting held for a round of talks is those talks)
    assert found(nlp, text) == [
        ("talks", ["Les délégations russe et ukrainienne"], "Istanbul")]


def test_an_appeal_well_received_is_no_meeting(nlp: Language) -> None:
    text = ("Un appel à manifester a été bien reçu : Paul Durand et Anne Martin ont défilé "
            "jeudi.")

    assert found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a compound adjective of nationalities names the countries of a summit or talks
    ("Le sommet franco-allemand s'est tenu jeudi à Nantes.",
     [("summit", ["France", "Allemagne"], "Nantes")]),
    ("Les négociations russo-ukrainiennes ont repris mardi.",
     [("talks", ["Russie", "Ukraine"], None)]),
    ("Les discussions sino-américaines sur le commerce ont duré deux jours.",
     [("talks", ["Chine", "États-Unis"], None)]),
])
def test_a_compound_of_nationalities_names_the_countries(
        nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_an_unresolved_role_that_says_whom_it_means_is_the_party(nlp: Language) -> None:
    text = "Paul Durand rencontrera son homologue brésilien la semaine prochaine."

    assert found(nlp, text) == [("meeting", ["Paul Durand", "son homologue brésilien"], None)]


def test_a_bare_possessive_role_is_no_party(nlp: Language) -> None:
    assert found(nlp, "Le ministre a reçu son homologue.") == []


def test_a_name_the_tagger_read_as_a_noun_still_names_the_person_received(
        nlp: Language) -> None:
    text = ("Le président Ali Diop a reçu dimanche à Dakar le prince héritier saoudien "
            "Mohammed ben Salmane.")

    assert found(nlp, text) == [("meeting", ["Ali Diop", "Mohammed ben Salmane"], "Dakar")]


@pytest.mark.parametrize("text, expected", [
    # an audience granted is a meeting
    ("Le pape a accordé une audience privée à Paul Durand au Vatican.",
     [("meeting", ["Le pape", "Paul Durand"], "Vatican")]),
    # a court hearing is not
    ("L'audience a été renvoyée au 12 mars par le tribunal de Rennes.", []),
])
def test_an_audience_granted_is_a_meeting(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_an_adverbial_present_participle_is_the_main_subject_s_reception(
        nlp: Language) -> None:
    text = "Recevant le ministre Paul Durand à Rabat, Ali Diop a promis une aide."

    assert found(nlp, text) == [("meeting", ["Paul Durand", "Ali Diop"], "Rabat")]


@pytest.mark.parametrize("text, expected", [
    # coming to a named place is a visit, planned ones included
    ("La présidente Anne Martin est invitée à venir en Tunisie au printemps.",
     [("visit", ["Anne Martin"], "Tunisie")]),
    # not an auxiliary before the verb that tells what happens
    ("Anne Martin vient de signer un accord à Tunis.", []),
    # nor people counted in a crowd
    ("Des milliers de touristes viennent en Tunisie chaque été, a dit Anne Martin.", []),
])
def test_coming_to_a_named_place_is_a_visit(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_counted_group_gathering_for_a_meeting_is_its_one_party(nlp: Language) -> None:
    text = ("Une vingtaine de maires de communes rurales se sont rassemblés lundi à Lyon pour "
            "une réunion d'urgence.")

    assert found(nlp, text) == [("meeting", ["maires de communes rurales"], "Lyon")]


def test_a_name_used_for_a_thing_is_no_visitor(nlp: Language) -> None:
    text = ("Le docteur Paul Durand a annoncé la fin de l'épidémie de Zarko dans la province "
            "du Nord, où il a effectué une visite.")

    assert [parties for _k, parties, _p in found(nlp, text)] == [["Paul Durand"]]


@pytest.mark.parametrize("text, expected", [
    # office holders meeting among themselves are the meeting's one party
    ("Les ministres africains de la Santé se retrouvent jeudi à Accra.",
     [("meeting", ["Les ministres africains de la Santé"], "Accra")]),
    # a crowd gathering is no meeting
    ("Les supporters se sont retrouvés devant la mairie.", []),
])
def test_office_holders_meeting_among_themselves(nlp: Language, text: str,
                                                 expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # `devrait rencontrer` states a planned meeting, `pourrait` only a possible one
    ("Paul Durand devrait rencontrer Anne Martin jeudi à Rome.",
     [("meeting", ["Paul Durand", "Anne Martin"], "Rome")]),
    ("Paul Durand pourrait rencontrer Anne Martin jeudi à Rome.", []),
    # people who saw each other met; seeing someone, or being refused something, is not
    ("Paul Durand et Anne Martin se sont vus en tête-à-tête.",
     [("meeting", ["Paul Durand", "Anne Martin"], None)]),
    ("Paul Durand s'est vu refuser l'entrée du territoire.", []),
    ("Paul Durand a vu Anne Martin jeudi.", []),
])
def test_planned_and_reciprocal_meetings(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_source_of_the_report_is_no_party(nlp: Language) -> None:
    text = ("Lors d'un déjeuner à Rome, Paul Durand a estimé, selon la présidence, que la "
            "crise durerait.")

    assert all("la présidence" not in parties for _k, parties, _p in found(nlp, text))


@pytest.mark.parametrize("text, expected", [
    # visiting a named place is a visit there, the place no party
    ("La ministre Anne Martin a visité Dakar pour la première fois.",
     [("visit", ["Anne Martin"], "Dakar")]),
    # however the parse hangs the place: a bare complement, a `de` complement, conjuncts
    ("Le maire Hugo Vidal a visité Lisbonne jeudi.", [("visit", ["Hugo Vidal"], "Lisbonne")]),
    ("Le maire Hugo Vidal a visité jeudi la ville de Lisbonne.",
     [("visit", ["Hugo Vidal"], "Lisbonne")]),
    ("Le maire Hugo Vidal a visité jeudi Lisbonne et Porto.",
     [("visit", ["Hugo Vidal"], "Lisbonne")]),
    # a site visited somewhere named is a visit there (the site no party); a site the
    # clause places nowhere is none (a stand, an exhibition about someone)
    ("Anne Martin a visité mardi une usine de batteries à Douai.",
     [("visit", ["Anne Martin"], "Douai")]),
    ("La ministre Lise Caron a visité lundi un camp de déplacés dans le nord du Niger.",
     [("visit", ["Lise Caron"], "nord du Niger")]),
    ("Le président Omar Sy Ba visitait le stand de la région, entouré d'élus.", []),
    ("La ministre Lise Caron a visité une exposition consacrée à Jean Moulin.", []),
    # tourists are no one named
    ("Des milliers de touristes visitent Dakar chaque année, selon Anne Martin.", []),
])
def test_visiting_a_named_place(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_calling_on_someone_to_act_is_no_call(nlp: Language) -> None:
    """`a appelé les pays riches à tenir leurs promesses`: the parser hangs the infinitive
    on the object; an appeal all the same."""
    assert found(nlp, "Le secrétaire général de l'ONU, Antonio Ferreira, a appelé mardi les "
                      "pays riches à tenir leurs promesses.") == []


def test_calling_on_someone_across_a_sentence_the_parser_cut_is_no_call(nlp: Language) -> None:
    """The parser may end the sentence before `à « … »`: the words still say an appeal."""
    text = ("Grève : le gouvernement appelle au dialogue\n\nLe ministre des Transports, "
            "Julien Marchal, a appelé mercredi les syndicats de cheminots à « reprendre le "
            "dialogue », au troisième jour d'une grève.")
    assert [ev for ev in found(nlp, text) if ev[0] == "phone_call"] == []


def test_a_call_about_a_topic_is_still_a_call(nlp: Language) -> None:
    assert found(nlp, "Emmanuel Morel a appelé Olaf Brandt au sujet de la crise.") == [
        ("phone_call", ["Emmanuel Morel", "Olaf Brandt"], None)]


def test_a_persons_surname_read_as_a_place_hosts_no_visit(nlp: Language) -> None:
    """The recogniser may read a surname opening a headline as a place (`Erdogan reçoit
    …`); the article names that person, so the host is a party, not a venue visited."""
    text = (" date 2026-11\nErdogan reçoit le secrétaire général de l'Otan à Ankara\n\n"
            "Le président turc Recep Tayyip Erdogan a reçu lundi à Ankara le secrétaire "
            "général de l'OTAN Mark Janssen.")
    assert [kind for kind, _parties, _place in found(nlp, text)] == ["meeting"]
