"""A role worded otherwise than where the article ties it to a name: the press's fixed
periphrases for an office (`le garde des Sceaux`, `le patron de Bercy`, `le locataire de la
place Beauvau`), a coach called `le technicien`, a lawyer called `le conseil de X` or `son
conseil`; and a subject the parser cut at the hyphen of a compound name. Sentences are our
own."""

from __future__ import annotations

import pytest
from test_quotes import find


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Le ministre de l'Intérieur, Luc Perrin, a reçu mardi le ministre de la Justice, Hugo "
     "Vasseur. « Nous allons ouvrir trois prisons », a déclaré le garde des Sceaux.",
     "Nous allons ouvrir trois prisons", "Hugo Vasseur"),
    ("Le ministre de la Justice, Hugo Vasseur, a reçu mardi le ministre de l'Intérieur, Luc "
     "Perrin. « Nous allons recruter des policiers », a déclaré le locataire de la place "
     "Beauvau.", "Nous allons recruter des policiers", "Luc Perrin"),
    ("Le ministre du Travail, Paul Roux, a rencontré le ministre de l'Économie, Marc Dutil. "
     "« La croissance sera de 1 % », a prévenu le patron de Bercy.",
     "La croissance sera de 1 %", "Marc Dutil"),
])
def test_a_periphrasis_of_an_office_is_its_holder(annotate, text, said, speaker):
    """Two ministers named: the periphrasis says which office, hence which of them."""
    assert find(annotate(text), said)["speaker"] == speaker


def test_the_technician_of_a_sports_article_is_its_coach(annotate):
    """`le technicien` is not another function than the coach's (the club's president is
    the other person named)."""
    quotes = annotate("L'entraîneur lyonnais Pierre Sage a reçu le soutien de son président, "
                      "Marc Dutil. « Nous avons manqué de réalisme », a regretté le technicien.")
    assert find(quotes, "Nous avons manqué de réalisme")["speaker"] == "Pierre Sage"


def test_a_technician_unrelated_to_any_office_stays_a_description(annotate):
    quotes = annotate("Le ministre du Travail, Paul Roux, a rencontré le ministre de "
                      "l'Intérieur, Marc Dutil. « La panne venait du serveur », a expliqué le "
                      "technicien.")
    assert find(quotes, "La panne venait du serveur")["speaker"] == "le technicien"


@pytest.mark.parametrize("mention", ["le conseil de l'ancien ministre", "son conseil"])
def test_a_persons_counsel_is_their_lawyer(annotate, mention):
    """`le conseil de X` is X's lawyer, the one the article names as such (`Son avocat, Me
    …` or the title `Me`), not X, whose role words the complement repeats."""
    quotes = annotate("L'ancien ministre Jacques Berthier a été mis en examen mardi. Son "
                      "avocat, Me Paul Girard, a dénoncé une procédure injuste. « Mon client "
                      f"n'a rien à se reprocher », a ajouté {mention}.")
    assert find(quotes, "Mon client n'a rien à se reprocher")["speaker"] == "Paul Girard"


def test_a_counsel_no_one_is_named_as_stays_a_description(annotate):
    quotes = annotate("L'ancien ministre Jacques Berthier a été mis en examen mardi. « Mon "
                      "client n'a rien à se reprocher », a déclaré son conseil.")
    assert find(quotes, "Mon client n'a rien à se reprocher")["speaker"] == "son conseil"


@pytest.mark.parametrize("council", ["le conseil municipal", "le conseil des ministres",
                                     "le Conseil de sécurité"])
def test_a_council_is_no_lawyer(annotate, council):
    quotes = annotate("Le maire Paul Roux a présenté le budget avec son avocat, Me Marc "
                      f"Dutil. « Les impôts baisseront », a annoncé {council}.")
    assert find(quotes, "Les impôts baisseront")["speaker"] == council


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("La ministre-présidente de la Fédération Wallonie-Bruxelles expliquait lundi vouloir "
     "ouvrir dix écoles.", "la ministre-présidente de la Fédération Wallonie-Bruxelles"),
    ("Le syndicat des enseignants de Wallonie-Bruxelles affirmait hier avoir été trompé.",
     "le syndicat des enseignants de Wallonie-Bruxelles"),
])
def test_a_subject_is_not_cut_at_the_hyphen_of_a_compound_name(annotate, sentence, speaker):
    """The parser may cut `Wallonie-Bruxelles` at its hyphen and leave the verb with no
    subject: the noun phrase opening the clause is the subject, not the name's last part."""
    quotes = annotate("Les élus ont voté. " + sentence)
    assert [q["speaker"] for q in quotes] == [speaker]


@pytest.mark.parametrize("text, content, speaker", [
    ("Le maire Jean Dupuis et le préfet Marc Lenoir ont visité le chantier. Le premier a"
     " affirmé que les travaux avançaient bien.", "les travaux avançaient bien", "Jean Dupuis"),
    ("Le maire Jean Dupuis et la préfète Anne Lenoir ont visité le chantier. La seconde a"
     " estimé que les travaux prenaient du retard.", "les travaux prenaient du retard",
     "Anne Lenoir"),
    ("Les organisateurs, le président Paul Girard et la directrice Anne Roux, restent"
     " sereins, le premier assurant que « le public a répondu présent ».",
     "le public a répondu présent", "Paul Girard"),
    ("Les organisateurs, et notamment le président Paul Girard et le directeur Marc Roux,"
     " reconnaissent des erreurs mais n'ont pas l'intention de changer de ligne, le premier"
     " assurant dans Le Progrès que « le public a répondu présent ».",
     "le public a répondu présent", "Paul Girard"),
    ("Les organisateurs, le président Paul Girard et la directrice Anne Roux, restent"
     " sereins, le premier assurant que « le public a répondu présent », la seconde"
     " affirmant que « la météo a joué contre nous ».", "la météo a joué contre nous",
     "Anne Roux"),
])
def test_le_premier_and_le_second_are_the_two_people_just_named(annotate, text, content,
                                                                 speaker):
    # (fresh set H) `A et B …, le premier …`: the first (or second) of the pair
    assert find(annotate(text), content)["speaker"] == speaker


def test_le_second_after_la_premiere_reaches_back_past_her_sentence(annotate):
    """`A et B ont débattu. La première a dit … Le second a rétorqué …`: the sentence
    between names nobody, so the pair is still the one just named."""
    quotes = annotate("Sophie Lambert et Karim Benali ont débattu mardi soir. La première a "
                      "affirmé que la dette était maîtrisée. Le second a rétorqué qu'elle "
                      "explosait.")
    assert find(quotes, "la dette était maîtrisée")["speaker"] == "Sophie Lambert"
    assert find(quotes, "elle explosait")["speaker"] == "Karim Benali"


@pytest.mark.parametrize("text, content, speaker", [
    ("Luc Berger a croisé Marco Rossi au congrès. « Je ne lui parle plus », a lâché le "
     "premier.", "Je ne lui parle plus", "Luc Berger"),
    ("Luc Berger a croisé Marco Rossi au congrès. « Je ne lui parle plus », a lâché le "
     "second.", "Je ne lui parle plus", "Marco Rossi"),
])
def test_le_premier_and_le_second_are_the_two_people_a_sentence_names(annotate, text,
                                                                      content, speaker):
    """Not side by side: subject and object of one sentence that names no third person."""
    assert find(annotate(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Luc Berger a reçu Marco Rossi à Paris. « Nos positions se rapprochent », a déclaré ce "
     "dernier.", "Marco Rossi"),
    ("Anne Vidal a rencontré son homologue belge, Sophie Claes. « Nos positions se "
     "rapprochent », a déclaré cette dernière.", "Sophie Claes"),
])
def test_ce_dernier_after_an_incise_verb_is_the_last_person_named(annotate, text, speaker):
    """The parse makes `dernier` the verb's object and leaves `ce` as the subject."""
    assert find(annotate(text), "Nos positions se rapprochent")["speaker"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Le procureur, Marc Delattre, a tenu une conférence de presse. « Une information "
     "judiciaire est ouverte », a ajouté le magistrat.", "Une information judiciaire est "
     "ouverte", "Marc Delattre"),
    ("La juge Claire Dumont a refusé la remise en liberté. « Le risque de fuite est réel », a "
     "estimé la magistrate.", "Le risque de fuite est réel", "Claire Dumont"),
    ("Le chirurgien Paul Marchand a opéré le patient pendant dix heures. « L'opération s'est "
     "bien passée », a indiqué le médecin.", "L'opération s'est bien passée", "Paul Marchand"),
    ("Son avocate, Me Julie Marin, a dénoncé un acharnement. « Mon client est innocent », a "
     "martelé la pénaliste.", "Mon client est innocent", "Julie Marin"),
    ("L'attaquant Yanis Brahimi a signé au club. « C'est un rêve », a confié le joueur de 22 "
     "ans.", "C'est un rêve", "Yanis Brahimi"),
    ("Le procureur Marc Delattre a requis dix ans. L'avocate de la défense, Me Julie Marin, a "
     "plaidé l'acquittement. « Les preuves sont accablantes », a rétorqué le représentant du "
     "parquet.", "Les preuves sont accablantes", "Marc Delattre"),
    ("Le chef de la délégation iranienne, Ali Rezaei, a rencontré la médiatrice de l'Union "
     "européenne, Helga Brandt. « Nous apportons des propositions », a déclaré le négociateur "
     "iranien.", "Nous apportons des propositions", "Ali Rezaei"),
])
def test_a_hypernym_of_the_role_given_is_the_person_given_it(annotate, text, content, speaker):
    """`le magistrat` for the prosecutor, `le médecin` for the surgeon, `le joueur` for the
    striker: the wider word (data/role_synonyms.tsv) takes up the person named."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_microphone_after_the_inverted_subject_is_where_it_was_said(annotate):
    """`a confié le Lyonnais au micro de Canal+`: the medium's spot ends the speaker's
    phrase, which then is the demonym the press uses for the player named before."""
    quotes = annotate("Hugo Ravel a inscrit le seul but du match. « Je voulais ce but », a "
                      "confié le Lyonnais au micro de Canal+ après la rencontre.")
    assert find(quotes, "Je voulais ce but")["speaker"] == "Hugo Ravel"


@pytest.mark.parametrize("text, content, speaker", [
    ("Les travaux reprendront en mars, a indiqué à l'AFP une source proche du chantier.",
     "Les travaux reprendront en mars", "une source proche du chantier"),
    ("Le texte sera voté avant l'été, a promis à ses électeurs le député de la Marne.",
     "Le texte sera voté avant l'été", "le député de la Marne"),
])
def test_an_incise_addressee_before_the_inverted_subject(annotate, text, content, speaker):
    """`…, a indiqué à l'AFP une source …` after unquoted words: the medium or person
    spoken to comes between the verb and its subject, which ends the sentence."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_a_role_complement_with_a_before_the_apposed_name(annotate):
    """`la coordinatrice à la sécurité et aux secours du service, Julie Garnier`: the
    role's `à` complements, then the name apposed to the role."""
    quotes = annotate("Les renforts arriveront d'ici huit jours, a indiqué au Devoir la "
                      "coordinatrice à la sécurité et aux secours du service, Julie Garnier.")
    assert find(quotes, "Les renforts arriveront d'ici huit jours")["speaker"] == \
        "Julie Garnier"


@pytest.mark.parametrize("text, content, speaker", [
    ("Les loyers vont baisser, estime l'économiste en chef de la banque Valdor, Hugo Brun.",
     "Les loyers vont baisser", "Hugo Brun"),
    ("« Rien n'est joué », a assuré jeudi, depuis Genève, la négociatrice en chef de "
     "l'Union, Léa Fabre.", "Rien n'est joué", "Léa Fabre"),
])
def test_an_inverted_role_with_en_and_a_circumstance_between_commas(annotate, text, content,
                                                                    speaker):
    """`l'économiste en chef de la banque X, Y`: `en chef` belongs to the role before the
    apposed name; `, depuis Genève,` between the verb and its subject is where, not who."""
    assert find(annotate(text), content)["speaker"] == speaker


def test_lors_de_after_the_inverted_subject_is_when_it_was_said(annotate):
    """`a promis la Première ministre lors d'un déplacement`: `lors`, which the tagger may
    call an adverb hung on the subject's noun, still opens the circumstance."""
    quotes = annotate("« Les urgences rouvriront cet été », a promis la Première ministre "
                      "lors d'un déplacement à Rennes.")
    assert find(quotes, "Les urgences rouvriront cet été")["speaker"] == "la Première ministre"


def test_a_chain_of_appositions_split_by_the_parser_keeps_the_name_as_speaker(annotate):
    """`Leur porte-parole, la ministre kényane …, X, a dénoncé`: the parser hangs two
    subjects on the verb; the one holding the name is the speaker."""
    quotes = annotate("Les pays côtiers réclament un fonds. Leur porte-parole, la ministre "
                      "kényane de l'Environnement, Grace Wanjiru, a dénoncé « l'hypocrisie » "
                      "des grandes puissances.")
    assert find(quotes, "« l'hypocrisie » des grandes puissances")["speaker"] == \
        "Grace Wanjiru"


def test_an_aside_the_parser_made_the_subject_gives_way_to_the_opening_phrase(annotate):
    """`Ce dernier, qui …, a de son côté promis`: `de son côté` is no speaker."""
    quotes = annotate("Le maire sortant Hervé Lambert tenait meeting vendredi. Ce dernier, qui "
                      "brigue un troisième mandat, a de son côté promis de « ne pas augmenter "
                      "les impôts locaux ».")
    assert find(quotes, "ne pas augmenter les impôts locaux")["speaker"] == "Hervé Lambert"
