"""Names cut off a reporting verb's subject (`nlp/subject_names.py`): the first of two
coordinated names before a plural verb, the name opening a sentence before a role whose own
complement carries an apposition, and (`spans.np_span`) the name apposed after a role's
quoted title; and (`nlp/name_spans.py`) names the model does not know, kept whole across a
hyphen the tokenizer split and particles before a surname, and (`nlp/people.py`) the gender
their role noun says. Sentences are our own."""

from __future__ import annotations

import pytest
from test_quotes import find

import presswatch


@pytest.mark.parametrize("text, quotations, speaker", [
    ("Julien Morel, le maire de la commune et président du syndicat des eaux, Eau Claire, a "
     "contesté la décision et déclaré que « les habitants paieront deux fois ».",
     ["la décision", "les habitants paieront deux fois"], "Julien Morel"),
    ("Karim Benali, le porte-parole des salariés et délégué du syndicat, Force Unie, a rejeté "
     "l'offre et affirmé que « la grève continuera ».",
     ["l'offre", "la grève continuera"], "Karim Benali"),
    ("La directrice de l'association, Sophie Marchal, a dénoncé le projet.",
     ["le projet"], "Sophie Marchal"),
])
def test_the_name_opening_the_sentence_speaks_not_the_apposition_inside_its_role(
        annotate, text, quotations, speaker):
    """`X, le chef … du parti, Nom du parti, a rejeté`: the last name before the verb names
    the party in the role's complement; the person opening the sentence is the speaker (and
    a name after a role, `La directrice …, Sophie Marchal,`, still is)."""
    quotes = annotate(text)
    for quotation in quotations:
        assert find(quotes, quotation)["speaker"] == speaker


def test_two_coordinated_names_before_a_plural_verb_speak_together(annotate):
    """`maître Brunet et maître Azoulay ont affirmé`: both lawyers speak, and the `selon eux`
    after them goes back to both."""
    quotes = annotate("À l'audience de mardi, maître Brunet et maître Azoulay ont affirmé que "
                      "leur client était innocent. Selon eux, le dossier est vide.")
    for quotation in ["leur client était innocent", "le dossier est vide"]:
        speaker = find(quotes, quotation)["speaker"] or ""
        assert "Brunet" in speaker and "Azoulay" in speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le concert a affiché complet. « C'était magique », a confié l'auteur de \"Voyage au bout "
     "de la nuit\", Paul Roux.", "Paul Roux"),
    ("Le concert a affiché complet. « C'était magique », a confié l'interprète de « La "
     "Bohème ».", "l'interprète de « La Bohème »"),
])
def test_a_quoted_title_stays_whole_in_the_mention(annotate, text, speaker):
    """`l'auteur de « Titre », Paul Roux`: the title's closing mark belongs to the noun
    phrase, so the name apposed after it is reached (and no mark is left open)."""
    assert find(annotate(text), "C'était magique")["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("« Nous ferons tout pour aider les sinistrés », a tweeté pour sa part la présidente de "
     "la région, la Bretonne Anne Morvan.", "Nous ferons tout pour aider les sinistrés",
     "Anne Morvan"),
    ("« Les comptes sont à l'équilibre », a tweeté pour sa part la présidente du club, "
     "l'Italienne Giulia Conti.", "Les comptes sont à l'équilibre", "Giulia Conti"),
])
def test_a_name_after_a_demonym_is_the_apposition_of_an_inverted_role(annotate, text,
                                                                       content, speaker):
    # `, la Maltaise X`: the demonym opens the name apposed to the role
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # the NER tags the second name MISC and the parser starts a sentence at its surname
    ("Olaf Weber et Boris Lindqvist ont appelé les deux camps à la retenue.", "la retenue",
     "Olaf Weber et Boris Lindqvist"),
    # each name after its role
    ("Le chancelier Olaf Weber et le Premier ministre Boris Lindqvist ont averti que les "
     "sanctions seraient lourdes.", "les sanctions seraient lourdes",
     "Olaf Weber et Boris Lindqvist"),
])
def test_coordinated_names_the_ner_or_a_role_splits_speak_together(annotate, text, content,
                                                                   speaker):
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_gerund_the_parse_calls_a_complement_ends_the_content(annotate):
    quotes = annotate("Le syndicat a fait écho aux inquiétudes des parents en prévenant que "
                      "la grève serait reconduite.")
    assert find(quotes, "inquiétudes des parents")["speaker"] == "le syndicat"
    assert find(quotes, "la grève serait reconduite")["speaker"] == "le syndicat"


@pytest.mark.parametrize("text, content, speaker", [
    ("Le commerçant Jean Roux a été interpellé en mai. Au procès, le colonel Marc Petit a "
     "déclaré avoir été approché par Roux. Roux, longtemps présenté comme le \"protégé\" du "
     "préfet, a été mis en examen pour corruption et a été placé sous contrôle judiciaire. Il "
     "avait depuis exprimé le désir de vendre son commerce.",
     "le désir de vendre son commerce", "Jean Roux"),
])
def test_a_surname_opening_its_sentence_before_an_aside_is_taken_up_by_the_pronoun(
        annotate, text, content, speaker):
    # (the NER may tag nothing there and the parser hang the name on the aside's
    # participle: the name is still the known person and the sentence's subject; other
    # wordings we tried the parse already got right)
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Les présidents des clubs, qui ont dénoncé la réforme, se réuniront mardi.",
     "la réforme", "les présidents des clubs"),
    ("La fédération a convaincu les présidents des universités qui ont demandé, à leur tour, au "
     "ministre de renoncer à la hausse.", "renoncer à la hausse",
     "les présidents des universités"),
])
def test_a_relative_hung_on_an_institution_after_a_noun_for_people_is_theirs(
        annotate, text, said, speaker):
    """`les présidents des clubs, qui ont dénoncé …`: the parser hangs `qui` on the nearest
    noun; the people the phrase names speak, not the institution of their complement."""
    assert find(annotate(text), said)["speaker"] == speaker


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Ce débat a permis aux riverains de dire qu'ils refusaient le projet.",
     "ils refusaient le projet", "riverains"),
    ("La réunion a permis à la maire de rappeler que le budget était serré.",
     "le budget était serré", "la maire"),
    ("La soirée a permis aux anciens élèves d'exprimer leur reconnaissance envers le directeur.",
     "leur reconnaissance envers le directeur", "anciens élèves"),
])
def test_who_is_allowed_to_say_something_says_it(annotate, text, said, speaker):
    """`X a permis aux riverains de dire que …`: the infinitive's speaker is `à X`, not
    the meeting or debate that gave them the floor."""
    assert find(annotate(text), said)["speaker"] == speaker


@pytest.mark.parametrize("text, quotation, speaker", [
    # a compound first name the model does not know: the tokenizer splits it at the hyphen
    ("La sénatrice Louise-Amélie Etxeberria a dénoncé un scandale. « C'est honteux », a "
     "lancé la sénatrice.", "un scandale", "Louise-Amélie Etxeberria"),
    ("La sénatrice Louise-Amélie Etxeberria a dénoncé un scandale. « C'est honteux », a "
     "lancé la sénatrice.", "C'est honteux", "Louise-Amélie Etxeberria"),
    # a surname with particles the model tags as a place: the role takes up the whole name
    ("La militante Adaeze de la Fuente sillonne le pays. Lors de son discours à Lille, la "
     "militante a lancé un appel à la grève.", "la grève", "Adaeze de la Fuente"),
    # a compound first name the tokenizer keeps whole, a surname tagged as a place
    ("Le secrétaire d'État Pierre-Yves de la Fuente a rencontré le ministre. Le secrétaire "
     "d'État a affirmé que la rencontre était utile.", "la rencontre était utile",
     "Pierre-Yves de la Fuente"),
    # a hyphenated surname split by the tokenizer: its last word is no person of its own
    ("Le président Oluwaseun Lestrade-Iparraguirre recevra son homologue. "
     "Lestrade-Iparraguirre espère un accord. Oluwaseun Lestrade-Iparraguirre a rappelé "
     "que la France soutenait le projet.", "la France soutenait le projet",
     "Oluwaseun Lestrade-Iparraguirre"),
])
def test_a_name_the_model_does_not_know_keeps_its_hyphen_and_particles(
        annotate, text, quotation, speaker):
    """Names from elsewhere (`bench/perturbations.py`, invented names): `Louise-Amélie`
    split at its hyphen gave `Amélie Etxeberria` and `Louise`; `de la Fuente` after a first
    name the model tagged alone was left out, and the role went to `Adaeze`;
    `Iparraguirre` of `Lestrade-Iparraguirre` became a person of its own."""
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_particles_before_an_organisation_stay_out_of_the_name(annotate):
    """`Paul Durand de la Banque mondiale`: the organisation is no surname."""
    quotes = annotate("Le directeur Paul Durand de la Banque mondiale a estimé que la "
                      "croissance ralentirait. Le directeur a ajouté que les prix baisseraient.")
    assert find(quotes, "les prix baisseraient")["speaker"] == "Paul Durand"


def test_an_institution_named_after_someone_is_no_person(nlp):
    """`l'institut Gustave-Vernet` (a first name glued to a surname by a hyphen, alone) is
    an institution, and `l'institut Max-Plant d'…` no name at all (`Max-`)."""
    from presswatch.lexicon import default_lexicon
    from presswatch.nlp.name_spans import person_spans

    for text in ("Elle travaille à l'institut Gustave-Vernet depuis deux ans.",
                 "Il travaille à l'institut Max-Plant d'oncologie de Lyon."):
        doc = nlp(presswatch.make_doc(nlp, text))
        assert [doc[a:b].text for a, b in person_spans(doc, default_lexicon())] == []


@pytest.mark.parametrize("text, content", [
    ("La directrice de l'école Jean Moulin a annoncé que la cantine fermerait.",
     "la cantine fermerait"),
    ("Le directeur du stade Pierre Mauroy a indiqué que la pelouse serait changée.",
     "la pelouse serait changée"),
])
def test_the_name_of_a_school_or_stadium_is_not_its_heads(annotate, text, content):
    """A name right after `école`, `stade`, `rue` names the place after someone; the one
    who speaks is the role, kept as a description."""
    speaker = find(annotate(text), content)["speaker"]
    assert speaker is not None and speaker.lower().startswith(("la directrice", "le directeur"))


def test_a_name_the_model_does_not_know_beside_a_role_is_a_person(annotate):
    """`Oluwaseun Goikoetxea, le maire de ce village, …`: the model tagged the first name
    MISC and nothing else, so `l'édile` had no one to take up."""
    quotes = annotate("Il était 5 heures lorsque Oluwaseun Goikoetxea, le maire de ce village "
                      "de 300 habitants, a été alerté. « Les pompiers étaient déjà là », "
                      "témoigne l'édile.")
    assert find(quotes, "Les pompiers étaient déjà là")["speaker"] == "Oluwaseun Goikoetxea"
    # after the verb, with particles, tagged as two places: the name and its role
    quotes = annotate("« Nous sommes prêts à gouverner », a réagi Adaeze de la Fuente, "
                      "présidente du groupe écologiste.")
    assert find(quotes, "Nous sommes prêts à gouverner")["speaker"] == "Adaeze de la Fuente"


@pytest.mark.parametrize("text, content, speaker", [
    # the parser split the untagged name: `Wang` apposed to the role, `Yi` the subject
    ("Le chef de la diplomatie chinoise Wang Yi a reçu son homologue. Wang Yi a souligné que "
     "les deux pays devaient coopérer.", "les deux pays devaient coopérer", "Wang Yi"),
    # a nationality the tagger took for a proper noun, then a name it did not tag
    ("Le vice-président nigérian Kashim Shettima a jugé que la crise était « sous contrôle ».",
     "la crise était « sous contrôle »", "Kashim Shettima"),
])
def test_a_name_the_model_does_not_know_right_after_its_role_is_a_person(annotate, text,
                                                                          content, speaker):
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_ministrys_name_before_a_name_is_not_part_of_it(nlp):
    """`la ministre de la Culture Lina Okafor`: after `de la`, a capitalised noun names the
    ministry, not the person."""
    from presswatch.lexicon import default_lexicon
    from presswatch.nlp.names_after_roles import names_after_roles

    doc = nlp(presswatch.make_doc(nlp, "La ministre de la Culture Lina Okafor a visité le "
                                       "musée avec le délégué régional Paul Roux."))
    found = [doc[a:b].text for a, b in names_after_roles(doc, default_lexicon(), set())]
    assert "Culture Lina Okafor" not in found


def test_a_bodys_own_name_after_its_noun_is_no_person(nlp, annotate):
    """`le directeur du groupe Ocean Viking`: after a noun for a body (groupe, association,
    festival), the capitalised words name the body, not the role's holder (h40-review2)."""
    from presswatch.lexicon import default_lexicon
    from presswatch.nlp.names_after_roles import names_after_roles

    doc = nlp(presswatch.make_doc(nlp, "Le patron du groupe Total Energies a visité l'usine "
                                       "avec le ministre chinois Wang Yi."))
    found = [doc[a:b].text for a, b in names_after_roles(doc, default_lexicon(), set())]
    assert "Total Energies" not in found
    quotes = annotate("Le directeur du groupe Ocean Viking a déclaré que les migrants étaient "
                      "épuisés.")
    assert find(quotes, "les migrants étaient épuisés")["speaker"] != "Ocean Viking"


def test_a_place_before_a_role_is_no_person(annotate):
    """`À Villeneuve Saint-Georges, le maire …`: after a preposition, a place."""
    quotes = annotate("À Villeneuve Saint-Georges, le maire a dénoncé des violences.")
    assert find(quotes, "des violences")["speaker"] == "le maire"


@pytest.mark.parametrize("text, quotation, speaker", [
    # a network run into the name (`Twitter Ngozi` tagged as one person, the surname left
    # out): the network is left out before the name is widened to its surname
    ("« Le retour sera long », a noté sur Twitter Ngozi Duthilleul, 52 ans, avant de partir.",
     "Le retour sera long", "Ngozi Duthilleul"),
    # after an inhabitant's noun, a name tagged as places (the surname even as an adjective)
    ("Il pleuvait sur Oslo. La Norvégienne Adaeze de la Fuente a gagné la course. Interrogée "
     "après l'arrivée, la championne a confié que la pluie l'avait aidée.",
     "la pluie l'avait aidée", "Adaeze de la Fuente"),
    ("Elle a dix-sept ans. La Suédoise Adaeze de la Fuente a remporté le concours à Malmö. "
     "Depuis, la lycéenne a affirmé que la musique l'avait sauvée.",
     "la musique l'avait sauvée", "Adaeze de la Fuente"),
    # a full name found once, written again where the model tagged no person
    ("Le conseil était présidé par Przemysław Kowalczyk et le procès-verbal tenu par Jan "
     "Nowak.\n\nLe budget a été adopté.\n\nPrzemysław Kowalczyk, syndic, a salué ce vote. "
     "Il a confirmé que les travaux commenceraient en mai.",
     "les travaux commenceraient en mai", "Przemysław Kowalczyk"),
    # a bare role between commas after a name the parser cut off the subject
    ("Le budget a été adopté.\n\nPrzemysław Kowalczyk, syndic, expliquait que l’Etat exigeait "
     "une nouvelle route.", "l’Etat exigeait une nouvelle route", "Przemysław Kowalczyk"),
    # a vox pop's first name, the model's place, before a role with the person's age
    ("La collecte a duré trois jours. Kimberley, bénévole de 18 ans, a déclaré que les "
     "clients avaient été très généreux.", "les clients avaient été très généreux",
     "Kimberley"),
])
def test_a_name_the_model_does_not_know_is_found_where_it_is_tagged_otherwise(
        annotate, text, quotation, speaker):
    """Names from elsewhere (`bench/perturbations.py`, invented names) the model tags as
    places, a first name alone, or nothing: `nlp/name_spans.py` finds them after a social
    network, after an inhabitant's noun and where a name found elsewhere is written again;
    `nlp/subject_names.py` takes the name, not its bare role, as the verb's subject."""
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_a_role_noun_after_an_elided_article_says_the_gender(annotate):
    """`L'avocate Adaeze Okafor`: neither the first-name list nor the elided article says
    she is a woman; the role noun does (`nlp/people.py`), so `elle` takes her up, not the
    man named beside her."""
    quotes = annotate("L'avocate Adaeze Okafor et Chukwuemeka Eze ont visité le chantier mardi. "
                      "Selon elle, le pont sera prêt en juin.")
    assert find(quotes, "le pont sera prêt en juin")["speaker"] == "Adaeze Okafor"


def test_a_quotation_alone_after_a_name_the_parser_made_a_root(annotate):
    """`l'entraîneur vainqueur Yannig de la Fuente a répondu …`: the parser made the name
    it does not know a root of its own, before the verb's; the quotation opening the next
    paragraph is still that person's words (`nlp/bare_quotes.py` reads the verb's root)."""
    quotes = annotate("Le match s'est joué dimanche soir. Avec un nouveau titre, l'entraîneur "
                      "vainqueur Yannig de la Fuente a répondu aux questions des journalistes."
                      "\n\n« C'est une grande joie après une saison difficile. Je suis très fier "
                      "de mes joueuses. »")
    assert find(quotes, "C'est une grande joie après une saison difficile. Je suis très fier "
                "de mes joueuses")["speaker"] == "Yannig de la Fuente"


@pytest.mark.parametrize("text, quotation, speaker", [
    # the role's apposition after the verb: a demonym, then a name tagged as places or
    # common nouns (`nlp/name_spans.py` finds it, `nlp/inverted_subjects.py` keeps it)
    ("« Le port rouvrira demain », a annoncé vendredi la présidente du conseil régional, la "
     "Maltaise Itziar Etxeberria. Les pêcheurs attendaient.", "Le port rouvrira demain",
     "Itziar Etxeberria"),
    # a network run into a first name the list does not hold: the surname after it too
    ("« Je n'irai pas à Lyon pour la rencontre prévue avec le maire Paul Durand », a écrit "
     "sur Twitter Oluwaseun Nwachukwu. Le ministre devait s'y rendre mardi.",
     "Je n'irai pas à Lyon pour la rencontre prévue avec le maire Paul Durand",
     "Oluwaseun Nwachukwu"),
])
def test_an_inverted_speaker_the_model_does_not_know_is_named_whole(
        annotate, text, quotation, speaker):
    """After the verb, names the model never saw: the role took the speaker's place, or
    the first name alone did."""
    assert find(annotate(text), quotation)["speaker"] == speaker


def test_a_hyphenated_surname_the_model_tagged_in_part_is_one_name(annotate):
    """`Przemysław Lestrade` tagged in `Przemysław Lestrade-Iparraguirre` (the tokenizer
    split the surname at its hyphen): two people were made, and the role taking up the
    person of the headline found none of them whole."""
    quotes = annotate("SPORT: Przemysław Lestrade-Iparraguirre fait confiance à la ligue\n\n"
                      "Le championnat reprendra en mars. C’est ce qu’a déclaré l’entraîneur-chef "
                      "du club de Lyon, qui a exprimé sa pleine confiance envers la ligue.")
    assert find(quotes, "sa pleine confiance")["speaker"] == "Przemysław Lestrade-Iparraguirre"


def test_a_surname_with_particles_written_again_alone_is_that_person(annotate):
    """`Pierre-Yves de la Fuente`, then `De la Fuente lui a dit` at a sentence start: the
    parse's subject `la Fuente` (tagged a place) was a speaker of its own."""
    quotes = annotate("Le ministre a reçu le secrétaire d'État Pierre-Yves de la Fuente. De la "
                      "Fuente lui a dit qu'il était satisfait de la communication.")
    assert find(quotes, "il était satisfait de la communication")["speaker"] == \
        "Pierre-Yves de la Fuente"


def test_a_name_with_particles_the_parser_cut_from_its_verb_is_the_subject(annotate):
    """`Przemysław de la Fuente a appelé`, parsed as two sentences before `a` (the name
    tagged as a place): the source of the sentence before (`ce sondage`) took its place."""
    quotes = annotate("Le parti de centre-gauche a gagné 9 sièges, selon ce sondage.\n"
                      "Przemysław de la Fuente a appelé les autres partis à travailler ensemble "
                      "pour former un gouvernement.")
    assert find(quotes, "travailler ensemble pour former un gouvernement")["speaker"] == \
        "Przemysław de la Fuente"


def test_the_opening_phrase_a_parse_cut_before_its_verb(annotate):
    """`Une étude publiée … dans la revue Nature Geoscience estime que …`: the parser made
    the opening noun its root and the journal's last word the verb's subject; the subject
    is the whole opening phrase (the study), not `Geoscience`."""
    quotes = annotate("Une étude publiée mardi dans la revue Nature Geoscience estime que les "
                      "forêts boréales reculent.")
    assert find(quotes, "les forêts boréales reculent")["speaker"].startswith("une étude")


def test_two_names_each_apposed_to_a_role_before_a_plural_verb(annotate):
    """`La maire, X, et son adjoint, Y, ont dénoncé …`: the parser keeps the last name as
    the subject; both people said it."""
    quotes = annotate("La directrice de l'école, Léa Fabre, et le maire, Hugo Brun, ont "
                      "dénoncé « une décision brutale ».")
    assert find(quotes, "une décision brutale")["speaker"] == "Léa Fabre et Hugo Brun"


@pytest.mark.parametrize("text, content, head", [
    ("Le porte-parole de la fédération, membre du bureau national, a indiqué que la "
     "manifestation aurait lieu samedi.", "la manifestation aurait lieu samedi",
     "porte-parole"),
    ("La directrice de la crèche, infirmière de formation, a expliqué que les inscriptions "
     "ouvriraient en mai.", "les inscriptions ouvriraient en mai", "directrice"),
])
def test_a_bare_apposition_after_the_subject_is_not_the_subject(annotate, text, content,
                                                                head):
    """`X, membre de …, a indiqué`: the apposition without article is not the speaker."""
    assert head in find(annotate(text), content)["speaker"]


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Le député Les Républicains Marc Roux a dit que la réforme était « injuste ».",
     "la réforme était « injuste »", "Marc Roux"),
    ("La députée La France insoumise Clara Benoît a affirmé que le texte serait « retoqué ».",
     "le texte serait « retoqué »", "Clara Benoît"),
    ("Le conseiller Renaissance Hugo Perrin a estimé que la ville « devait investir ».",
     "la ville « devait investir »", "Hugo Perrin"),
    ("Le sénateur Horizons Jean-Marc Delorme a dit que le texte serait « retoqué ».",
     "le texte serait « retoqué »", "Jean-Marc Delorme"),
    ("L'ambassadeur Mamadou Ali Diallo a dit que le texte serait « retoqué ».",
     "le texte serait « retoqué »", "Mamadou Ali Diallo"),
])
def test_a_party_named_inside_a_role_is_not_the_speakers_name(annotate, text, quotation,
                                                              speaker):
    """A capitalised article after a role noun opens a party's name, not a surname; so does
    a word that is no first name before a known first name and a surname."""
    assert find(annotate(text), quotation)["speaker"] == speaker


@pytest.mark.parametrize("text, quotation, speaker", [
    ("« Nous soutiendrons le projet », a déclaré Per Eklund.", "Nous soutiendrons le projet",
     "Per Eklund"),
    ("Le Premier ministre suédois, Per Eklund, a déclaré que la Suède soutiendrait le projet.",
     "la Suède soutiendrait le projet", "Per Eklund"),
])
def test_a_first_name_the_tagger_reads_as_a_preposition_still_opens_a_name(
        annotate, text, quotation, speaker):
    assert find(annotate(text), quotation)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "L'association Zéro Déchet 48 a dénoncé un projet « absurde ».",
    "Zéro Déchet 48 a dénoncé un projet « absurde ».",
])
def test_an_organisation_named_from_a_number_word_keeps_it(annotate, text):
    assert find(annotate(text), "un projet « absurde »")["speaker"] == "Zéro Déchet 48"


@pytest.mark.parametrize("text, quotation", [
    ("« Mon pays respectera ses engagements », a déclaré Son Excellence Jean-Baptiste Okemba.",
     "Mon pays respectera ses engagements"),
    ("Son Excellence Jean-Baptiste Okemba a déclaré que son pays « respectera ses "
     "engagements ».", "son pays « respectera ses engagements »"),
])
def test_a_title_of_address_is_no_part_of_the_name(annotate, text, quotation):
    assert find(annotate(text), quotation)["speaker"] == "Jean-Baptiste Okemba"


def test_a_byline_preposition_is_no_first_name(nlp):
    """`Par` opens a byline; no first name folds to it (`Pär` is left out of
    data/first_names.tsv for that reason)."""
    doc = nlp("Par Hélène Castagné\nLe maire de Brives a inauguré la halle. « Nous l'attendions "
              "depuis dix ans », a dit Hélène Castagné.")
    assert "Par Hélène Castagné" not in [p["name"] for p in doc._.people]


def test_a_name_the_model_swept_into_an_organisation_starts_at_its_given_name(nlp):
    """`le secrétaire général de l'OTAN Mark Janssen`, tagged as one organisation `OTAN Mark
    Janssen`, is the person Mark Janssen once the surname is met alone."""
    text = ("Le président turc a reçu lundi le secrétaire général de l'OTAN Mark Janssen, ont "
            "rapporté les médias turcs. « Merci », a dit Janssen.")
    people = {p["name"] for p in nlp(presswatch.make_doc(nlp, text))._.people}
    assert "Mark Janssen" in people


@pytest.mark.parametrize("text, quotation, speaker", [
    ("Un incendie a ravagé un entrepôt dans la nuit.\nMartine Garnier, 54 ans, dont le magasin "
     "jouxte l'entrepôt, raconte : « Tout a brûlé en une heure. »",
     "Tout a brûlé en une heure", "Martine Garnier"),
    ("Un glissement de terrain a coupé la route départementale 24 entre Aubrac-le-Haut et "
     "Trélans dans la nuit de samedi à dimanche.\nGilbert Fabre, 67 ans, dont la maison "
     "surplombe la route, n'en revient toujours pas : « J'ai entendu un grondement. »",
     "J'ai entendu un grondement", "Gilbert Fabre"),
])
def test_the_person_a_relative_aside_hangs_on_speaks_not_the_relatives_subject(
        annotate, text, quotation, speaker):
    """`X, 54 ans, dont le magasin jouxte l'entrepôt, raconte : « … »`: the parser, meeting a
    verb of the relative it misreads, hangs the sentence's verb in the relative and gives it
    the relative's subject (`le magasin`, `la maison`); the person opening the sentence
    speaks."""
    assert find(annotate(text), quotation)["speaker"] == speaker



def test_a_name_set_off_after_its_role_speaks_before_an_adjective_aside(annotate):
    """`Le maire de la ville, Benoît Payan, présent à ses côtés, a salué …`: the parser may
    make the adjective aside the subject; the name before it is (not `présent à ses
    côtés`)."""
    quotes = annotate("Elle a parlé devant une centaine d'invités. Le maire de la ville, Benoît "
                      "Payan, présent à ses côtés, a salué « un investissement historique ».")
    assert find(quotes, "un investissement historique")["speaker"] == "Benoît Payan"
