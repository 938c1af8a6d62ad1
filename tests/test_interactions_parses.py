"""Specification of interaction finding where the parse or the recogniser falls short, on
French sentences written for these tests: a subject cut off before its verb, two subjects
read as a root and its verb, the first of two subjects cut off before `et son homologue`, a
name the recogniser missed beside its role, a first name the tagger read as a verb, a
participle read as a noun, a press appearance whose verb the parser split (`a laissé
entendre`); talks measured or held with someone; bodies and groups meeting among
themselves; calls received; handovers; the words that put someone before the press."""

from __future__ import annotations

import pytest
from interactions_found import found as party_lists
from interactions_found import found_with_places as found
from spacy.language import Language

from presswatch.nlp.interaction_phrases import clean_parties, is_party_noun


@pytest.mark.parametrize("text, expected", [
    # a role and a name the parser cut off from their verb are still its subject
    ("Le Premier ministre britannique Tom Hadley a reçu à Downing Street le président "
     "ukrainien.", [("meeting", ["Tom Hadley", "le président ukrainien"], "Downing Street")]),
    # two coordinated subjects, whatever the parser made of the first
    ("Paul Durand et Li Wen se sont retrouvés à Genève pour un tête-à-tête de deux heures.",
     [("meeting", ["Paul Durand", "Li Wen"], "Genève")]),
    # the name written beside a role is the party, not the role
    ("Le ministre Jean Petit a rencontré son homologue chinois Wang Lei à Pékin.",
     [("meeting", ["Jean Petit", "Wang Lei"], "Pékin")]),
    ("Lors de son déplacement à Kiev, la présidente de la Commission Ursula Hartmann a "
     "promis une aide.", [("visit", ["Ursula Hartmann"], "Kiev")]),
])
def test_parties_the_parse_or_the_recogniser_left_apart(nlp: Language, text: str,
                                                         expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the parse cut a hyphenated name after its first word; the recogniser read it whole
    ("La réunion annuelle du conseil de surveillance de Attijari Al-Wafa s'est tenue jeudi "
     "à Casablanca.",
     [("meeting", ["conseil de surveillance de Attijari Al-Wafa"], "Casablanca")]),
])
def test_a_partys_phrase_ends_where_the_name_in_it_ends(nlp: Language, text: str,
                                                        expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks counted in days are held by the clause's subjects
    ("Rabat et Madrid ont tenu deux jours de discussions à Genève.",
     [("talks", ["Rabat", "Madrid"], "Genève")]),
    # talks taken up with someone: that someone is a party
    ("Le négociateur Paul Durand se rend à Londres pour reprendre avec le Royaume-Uni les "
     "discussions sur la pêche.", [("visit", ["Paul Durand"], "Londres"),
                                  ("talks", ["Paul Durand", "Royaume-Uni"], "Londres")]),
    # `rendre visite au président`: the one visited is a party too
    ("Anne Martin a rendu visite au président ghanéen Kofi Mensah à Accra.",
     [("visit", ["Anne Martin", "Kofi Mensah"], "Accra")]),
])
def test_talks_and_visits_with_someone(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # office holders holding a meeting among themselves are its one party
    ("Les ministres européens de la Santé ont tenu lundi une réunion d'urgence à Bruxelles.",
     [("meeting", ["Les ministres européens de la Santé"], "Bruxelles")]),
    # so is one body; a place it talks about is not where it met
    ("Le Conseil de sécurité a tenu mardi une réunion d'urgence sur la situation au Soudan.",
     [("meeting", ["Conseil de sécurité"], None)]),
    # people with no office holding a meeting among themselves: none
    ("Les militants ont tenu une réunion.", []),
])
def test_a_group_or_a_body_meeting_among_itself(nlp: Language, text: str,
                                                expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le ministre Jean Petit a dit devant des journalistes que l'accord était proche.",
     [("press_conference", ["Jean Petit"], None)]),
    ("Lors d'un briefing à Goma, le porte-parole Paul Durand a critiqué les rebelles.",
     [("press_conference", ["Paul Durand"], "Goma")]),
    ("La ministre Anne Martin s'est adressée aux journalistes mardi matin.",
     [("press_conference", ["Anne Martin"], None)]),
])
def test_words_before_the_press_are_a_press_conference(nlp: Language, text: str,
                                                       expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a call received: a call between the two, not a meeting
    ("Le président Ali Diop a reçu un appel de son homologue américain Tom Hadley.",
     [("phone_call", ["Ali Diop", "Tom Hadley"], None)]),
    # an appeal received is no call
    ("Le maire Paul Martin a reçu un appel à la démission.", []),
])
def test_a_call_received(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a venue named by whose it is: an office's residence
    ("Une délégation du syndicat s'est rendue à la résidence officielle du Premier ministre.",
     [("visit", ["Une délégation du syndicat"], None)]),
    # someone's home is no visit's destination
    ("Le suspect s'est rendu au domicile de la victime à Lyon.", []),
    ("L'accusé s'est rendu deux fois au domicile du couple à Brive (Corrèze).", []),
    # a site gone to in a named place, however far from the verb: a visit there
    ("La ministre Lise Caron s'est rendue jeudi dans une fonderie de cloches à Annecy.",
     [("visit", ["Lise Caron"], "Annecy")]),
    # `se rendre compte`, `se rendre` + attribute: no journey
    ("Le ministre Jean Petit s'est rendu compte de son oubli à Lille.", []),
    ("Le député Hugo Vidal s'est rendu coupable de fraude en Belgique.", []),
    ("La ministre Lise Caron s'est rendue indispensable au gouvernement à Rome.", []),
    # `des Brics`: a body, not the city of the summit
    ("Le président Ali Diop participera au sommet des Brics à Johannesburg.",
     [("summit", ["Ali Diop", "Brics"], "Johannesburg")]),
])
def test_where_a_visit_or_a_summit_goes(nlp: Language, text: str, expected: list) -> None:
    assert found(nlp, text) == expected


def test_a_handover_is_between_the_two_the_article_is_about(nlp: Language) -> None:
    text = ("Anne Martin et Paul Durand sont arrivés à Matignon. Anne Martin a salué son "
            "successeur. Lors de la passation de pouvoir, chacun a pris la parole.")

    [(kind, parties, _place)] = found(nlp, text)

    assert kind == "meeting" and sorted(parties) == ["Anne Martin", "Paul Durand"]


def test_a_contract_awarded_is_no_handover(nlp: Language) -> None:
    assert found(nlp, "Anne Martin a dénoncé la passation du marché des cantines.") == []


def test_a_long_party_keeps_its_first_words(nlp: Language) -> None:
    [(_kind, parties, _place)] = found(
        nlp, "Le ministre Jean Petit a rencontré lundi à Matignon les représentants de la "
             "FNSEA et des Jeunes agriculteurs.")

    assert any("FNSEA" in p for p in parties)


def test_party_nouns_come_from_an_editable_list() -> None:
    """`data/interaction_party_nouns.txt`: `l'émissaire`, `les talibans` head parties."""
    class Noun:
        def __init__(self, lemma: str) -> None:
            self.lemma_ = self.lower_ = lemma

    assert is_party_noun(Noun("émissaire")) and is_party_noun(Noun("taliban"))
    assert not is_party_noun(Noun("fourchette"))


@pytest.mark.parametrize("text, expected", [
    # countries that are a verb's subjects are its parties (not a place hosting it)
    ("Israël et le Hamas négocient au Caire.", [("talks", ["Israël", "Hamas"])]),
    # the first of two coordinated subjects, read as a root of its own, is still a party
    ("La Serbie et le Kosovo ont repris les négociations à Bruxelles.",
     [("talks", ["Serbie", "Kosovo"])]),
    ("Moscou et Kiev ont entamé des pourparlers en Turquie.",
     [("talks", ["Moscou", "Kiev"])]),
    ("Kiev et Moscou doivent se rencontrer à Istanbul la semaine prochaine.",
     [("meeting", ["Kiev", "Moscou"])]),
])
def test_countries_coordinated_as_subjects_are_the_parties(nlp: Language, text: str,
                                                           expected: list) -> None:
    assert [(kind, parties) for kind, parties, _place in found(nlp, text)] == expected


def test_a_name_read_as_a_predicate_is_the_one_called(nlp: Language) -> None:
    """`a appelé Benyamin Netanyahou`: the parser reads the name as what X was called."""
    assert [(kind, parties) for kind, parties, _place in found(
        nlp, "Joe Biden a appelé Benyamin Netanyahou mardi.")] == [
        ("phone_call", ["Joe Biden", "Benyamin Netanyahou"])]


def test_a_relative_subject_is_its_antecedent(nlp: Language) -> None:
    """`Le président ukrainien, qui effectue une visite …`: the visitor is the president
    (named in the next sentence), not the person the visit's sentence names."""
    text = ("Le président ukrainien, qui effectue une visite à Washington, a rencontré Joe "
            "Biden. Volodymyr Zelensky a remercié le Congrès.")

    assert found(nlp, text)[0] == ("visit", ["Volodymyr Zelensky"], "Washington")


def test_a_council_the_recogniser_read_as_a_place_is_a_body(nlp: Language) -> None:
    assert found(nlp, "Une réunion du conseil régional d'Occitanie a eu lieu lundi à "
                      "Toulouse.") == [("meeting", ["conseil régional d'Occitanie"], "Toulouse")]


def test_a_name_the_parser_read_as_an_adjective_still_names_the_caller(nlp: Language) -> None:
    """`un appel téléphonique du président français Emmanuel Macron`: `Emmanuel` hangs on
    the role as an adjective."""
    text = "Le président Ali Diop a reçu un appel téléphonique du président français Jean Roux."

    assert [(kind, sorted(parties)) for kind, parties, _place in found(nlp, text)] == [
        ("phone_call", ["Ali Diop", "Jean Roux"])]


def test_talks_between_the_two_sides_are_one_phrase(nlp: Language) -> None:
    """`les deux parties` names both sides (the lemmatiser reads `parties` as `party`)."""
    assert found(nlp, "Les négociations entre les deux parties ont repris mardi à Doha.") == [
        ("talks", ["les deux parties"], "Doha")]


def test_a_reception_for_a_summit_is_that_summit(nlp: Language) -> None:
    """`a accueilli les dirigeants pour un sommet`: one event, the summit, not a meeting
    beside it."""
    [(kind, parties, place)] = found(
        nlp, "Le président Ali Diop a accueilli lundi à Dakar les dirigeants ouest-africains "
             "pour un sommet régional.")

    assert kind == "summit" and "Ali Diop" in parties and place == "Dakar"


def test_a_role_of_one_nationality_is_not_the_person_called_by_another(nlp: Language) -> None:
    """`le président français`, which the speaker resolver reads as the salient president,
    is not the one the article calls `le président chinois`: the visitor is the other."""
    text = ("« Nous voulons la paix », a déclaré Li Wen. Paul Durand a salué ces propos. Pour "
            "sa part, le président chinois a appelé au calme. « Les armes doivent se taire », "
            "a-t-il noté. Le président français a été reçu jeudi par son homologue chinois, au "
            "deuxième jour de sa visite en Chine.")

    visits = [parties for kind, parties, _place in found(nlp, text) if kind == "visit"]

    assert visits == [["Paul Durand"]]


def test_the_nationality_written_before_a_name_ties_the_person_to_a_country(
        nlp: Language) -> None:
    from presswatch.nlp.interaction_nations import nationalities_of

    doc = nlp("Le président chinois Li Wen a reçu Paul Durand, le ministre russe des Finances.")

    assert nationalities_of(doc, doc._.people, []) == {"Li Wen": {"Chine"}}


def test_summits_of_two_bodies_are_two(nlp: Language) -> None:
    """An article reports one summit, unless it names two bodies holding them."""
    text = ("Le président Ali Diop participera au sommet du G7 en Italie. Il se rendra ensuite "
            "au sommet de l'Otan à Washington.")

    summits = [(parties, place) for kind, parties, place in found(nlp, text)
               if kind == "summit"]

    assert summits == [(["Ali Diop", "G7"], "Italie"), (["Ali Diop", "Otan"], "Washington")]


@pytest.mark.parametrize("text, expected", [
    # a counterpart of a nationality the lexicon knows, the article naming no holder
    ("Le président ivoirien Ali Diop a rencontré son homologue ghanéen.",
     [("meeting", ["Ali Diop", "son homologue ghanéen"])]),
    # `téléphoner à Y`: Y is called (the tagger reads `téléphoné` as a noun)
    ("Le président Paul Durand a téléphoné mardi à son homologue russe.",
     [("phone_call", ["Paul Durand", "son homologue russe"])]),
])
def test_a_counterpart_described_by_nationality(nlp: Language, text: str,
                                                expected: list) -> None:
    assert [(kind, parties) for kind, parties, _place in found(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("« Nous ne céderons pas », a déclaré aux journalistes le ministre Jean Petit.",
     [("press_conference", ["Jean Petit"])]),
    ("Le ministre Jean Petit et son homologue Paul Roux ont eu des échanges musclés avec la "
     "presse.", [("press_conference", ["Jean Petit", "Paul Roux"])]),
    ("L'entraîneur Rémi Durand a répondu aux questions des journalistes après le match.",
     [("press_conference", ["Rémi Durand"])]),
    ("Interrogé par des journalistes à l'issue de la réunion, le ministre Jean Petit a "
     "défendu l'accord.", [("press_conference", ["Jean Petit"])]),
    ("« Nous resterons unis », a lancé le président Paul Roux devant les caméras.",
     [("press_conference", ["Paul Roux"])]),
    # a nationality says which press, not which outlet: still the press at large
    ("« Rien n'est tranché », a dit à des journalistes français la porte-parole, Lise Caron.",
     [("press_conference", ["Lise Caron"])]),
    ("Le ministre Jean Petit a assuré à des journalistes étrangers que la frontière resterait "
     "ouverte.", [("press_conference", ["Jean Petit"])]),
    # questioned by investigators: no press
    ("Le ministre Jean Petit a été interrogé par les enquêteurs pendant six heures.", []),
    # one outlet's journalists, the local press: an interview, no press conference
    ("Le ministre Jean Petit a confié aux journalistes du Monde qu'il resterait.", []),
    ("« C'est une avancée », a déclaré Jean Petit à la presse locale.", []),
    ("Le ministre Jean Petit a confié aux journalistes belges du Soir qu'il resterait.", []),
    ("« C'est une avancée », a déclaré Jean Petit à des journalistes sportifs.", []),
    ("Le ministre Jean Petit a interdit l'accès aux journalistes.", []),
])
def test_words_said_to_the_press_at_large(nlp: Language, text: str, expected: list) -> None:
    assert [(kind, parties) for kind, parties, _place in found(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    # the subject after the comma hung on the source phrase before it
    "Selon le chef d'état-major, des médiateurs envoyés par Bamako à Kidal ont pu négocier "
    "avec les rebelles du nord.",
    # the source phrase read as the subject itself
    "Selon le porte-parole du gouvernement, des médiateurs envoyés par Bamako à Kidal ont "
    "pu négocier avec les rebelles du nord.",
])
def test_a_subject_the_parser_hung_on_a_source_phrase(nlp: Language, text: str) -> None:
    assert [(kind, parties) for kind, parties, _place in found(nlp, text)] == [
        ("talks", ["des médiateurs", "les rebelles du nord"])]


def test_a_role_received_that_the_parser_hung_on_the_place_before_it(
        nlp: Language) -> None:
    text = "Le roi Harald Olsen a reçu lundi à Oslo le président estonien."
    assert [(kind, parties) for kind, parties, _place in found(nlp, text)] == [
        ("meeting", ["Harald Olsen", "le président estonien"])]


def test_the_role_nearest_before_a_name_told_next_is_the_one_it_names(
        nlp: Language) -> None:
    text = ("Le roi de Suède a reçu lundi à Stockholm le président estonien. Jaan Tamm "
            "était porteur d'un message.")
    (meeting,) = found(nlp, text)
    assert sorted(meeting[1]) == ["Jaan Tamm", "Le roi de Suède"]


def test_a_press_appearance_whose_verb_the_parser_split_is_its_subjects(
        nlp: Language) -> None:
    # `a laissé entendre`: the subject hangs on `laissé`, read as an auxiliary
    text = "C'est ce que le préfet de l'Aude a laissé entendre, jeudi, en point de presse."
    assert party_lists(nlp, text) == [("press_conference", ["le préfet de l'Aude"])]


@pytest.mark.parametrize("text, expected", [
    ("Paul Durand et son homologue allemand Karl Weber se sont entretenus jeudi à Berlin.",
     [("meeting", ["Paul Durand", "Karl Weber"])]),
    ("Paul Durand et le chancelier allemand Karl Weber ont tenu une conférence de presse "
     "commune.", [("press_conference", ["Paul Durand", "Karl Weber"])]),
])
def test_the_first_of_two_subjects_cut_off_before_a_role_and_name_takes_part(
        nlp: Language, text: str, expected: list) -> None:
    assert party_lists(nlp, text) == expected


def test_a_call_told_with_lui_on_a_participle_read_as_a_noun(nlp: Language) -> None:
    text = "Volodymyr Petrenko a demandé des armes. Donald Carter lui a téléphoné mardi soir."
    assert party_lists(nlp, text) == [("phone_call", ["Volodymyr Petrenko", "Donald Carter"])]


def test_a_first_name_the_tagger_read_as_a_verb_is_the_party_met(nlp: Language) -> None:
    text = ("Le président, Emmanuel Macron, a rencontré mardi Narendra Modi, avec qui il a "
            "évoqué le nucléaire civil.")
    assert party_lists(nlp, text) == [("meeting", ["Emmanuel Macron", "Narendra Modi"])]


def test_a_first_name_read_as_a_verb_after_et_is_received_too(nlp: Language) -> None:
    text = ("Le forum régional s'est tenu à Kazan. Vladimir Orlov y a accueilli Xi Jinping et "
            "Narendra Modi.")
    (kind, parties), = party_lists(nlp, text)
    assert kind == "meeting" and {"Xi Jinping", "Narendra Modi"} <= set(parties)


def test_a_venue_the_recogniser_cut_before_its_town_is_one_place(
        nlp: Language) -> None:
    text = ("La sous-préfète, Anne Lozère, a rencontré lundi les pêcheurs de l'étang à la "
            "chambre de commerce de Vardes.")
    assert found(nlp, text) == [
        ("meeting", ["Anne Lozère", "les pêcheurs de l'étang"], "chambre de commerce de Vardes")]


def test_the_town_a_venue_is_of_is_no_party() -> None:
    assert clean_parties(["Anne Lozère", "les pêcheurs", "Vardes"],
                         "chambre de commerce de Vardes") == ["Anne Lozère", "les pêcheurs"]
    assert clean_parties(["Anne Lozère", "Vardes"], "Vardes") == ["Anne Lozère"]


def test_lors_de_read_as_an_adverb_of_the_party_is_no_word_of_it(nlp: Language) -> None:
    text = ("« Les urgences rouvriront cet été », a promis la Première ministre lors d'un "
            "déplacement à Rennes.")
    assert found(nlp, text) == [("visit", ["la Première ministre"], "Rennes")]
