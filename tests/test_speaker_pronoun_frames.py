"""Pronoun speakers by antecedent configuration (`eval/probes-pronouns`, session 29):
photo credits between a paragraph and its pronoun, pairs named as objects or in an
apposition that a plural `ils` / `elles` takes up, and subjects of what was said
(`que les prix …`) that no later pronoun continues (`nlp/speaker_pronouns.py`,
`nlp/speaker_salience.py`), and two frames of the probe's quotes: an impersonal passive with
its agent (`nlp/passives.py`) and a quoted state after `se dire` (`nlp/content_openings.py`).
Sentences are our own."""

from __future__ import annotations

from test_quotes import find


def test_a_photo_credit_is_no_antecedent(annotate):
    """`(Photo Claire Dumas)` closes a caption between the paragraph naming the deputy and
    `Elle a promis`: who took the picture is not who speaks."""
    quotes = annotate(
        "Crèche des Tilleuls : dix places de plus\n\n"
        "La députée Anne Rivière a visité lundi la crèche des Tilleuls, à Sorgues, fermée "
        "depuis l'été.\n"
        "Anne Rivière dans la salle de jeux de la crèche, le 6 décembre. (Photo Claire Dumas)\n"
        "Elle a promis que la commune financerait dix places de plus. « Les familles "
        "attendent depuis trop longtemps », a-t-elle ajouté.")
    assert find(quotes, "la commune financerait dix places de plus")["speaker"] == "Anne Rivière"
    assert find(quotes, "Les familles attendent depuis trop longtemps")["speaker"] == "Anne Rivière"


def test_ils_takes_up_a_pair_named_in_an_apposition(annotate):
    """`deux nageurs, A et B` is an object's apposition, and a woman is named since: the
    plural `ils` can only be the pair."""
    quotes = annotate(
        "Natation : deux renforts pour le CN Vaison\n\n"
        "Le CN Vaison a enregistré jeudi l'arrivée de deux nageurs, Tom Berthier et Hugo "
        "Sanchez. La directrice technique, Agathe Morel, les a présentés aux licenciés.\n"
        "« Nous visons les championnats de France », ont-ils assuré.")
    assert find(quotes, "Nous visons les championnats de France")["speaker"] == \
        "Tom Berthier et Hugo Sanchez"


def test_ils_skips_the_subject_of_what_was_said(annotate):
    """`Elle a assuré que les tarifs …`: the tarifs are what she said, not who jokes in the
    next quotation; the pair named before is."""
    quotes = annotate(
        "Fromagerie primée à Rodez : deux associés récompensés\n\n"
        "Marc Vialle et Léa Couderc ont remporté dimanche le concours du meilleur fromage "
        "de l'Aveyron. Ils ont dédié leur médaille à leurs éleveurs.\n"
        "Marc Vialle affine les tommes depuis vingt ans. « Tout est dans la cave », a-t-il "
        "expliqué.\nSon associée tient le magasin. Elle a assuré que les tarifs resteraient "
        "les mêmes.\n« Nous n'allons pas prendre la grosse tête », ont-ils plaisanté.")
    assert find(quotes, "Nous n'allons pas prendre la grosse tête")["speaker"] == \
        "Marc Vialle et Léa Couderc"


def test_elles_takes_no_pair_with_a_man(annotate):
    """`elles` cannot take up a man and a woman named side by side."""
    quotes = annotate(
        "Le maire a reçu mardi Paul Arnal et Lucie Fabre, du comité de quartier, en "
        "présence de la directrice de l'école.\n"
        "Elles ont réclamé un passage piéton devant l'école.")
    said = find(quotes, "un passage piéton devant l'école")
    assert "Paul Arnal" not in (said["speaker"] or "")


def test_ils_takes_a_group_subject_named_after_the_pair(annotate):
    """`Les cueilleurs … ont manifesté. Ils réclament …`: a plural subject of the narration
    since the pair is what `ils` agrees with first."""
    quotes = annotate(
        "Le maire a reçu lundi Paul Arnal et Jean Fabre, du comité des fêtes. Mardi, les "
        "cueilleurs de champignons du plateau ont manifesté devant la mairie.\n"
        "Ils réclament la réouverture de la forêt domaniale.")
    assert find(quotes, "la réouverture de la forêt domaniale")["speaker"] == \
        "les cueilleurs de champignons du plateau"


def test_a_pronoun_opening_the_lede_names_the_person_named_after_it(annotate):
    """`Pour elle, … . Après …, la judokate …, Manon Delpech, a quitté …`: nothing before
    the lede's pronoun takes it up; the first woman the lede names after it does."""
    quotes = annotate(
        "Judo : fin de carrière à Brive\n\n"
        "Pour elle, cette finale perdue « ne change rien ». Après douze ans en équipe de "
        "France, la judokate de Brive, Manon Delpech, a quitté les tatamis samedi.\n"
        "Son entraîneur, Luc Ferrand, a salué « une carrière exemplaire ».")
    assert find(quotes, "cette finale perdue « ne change rien »")["speaker"] == \
        "Manon Delpech"


def test_a_pronoun_past_the_lede_opening_looks_only_back(annotate):
    """`Selon lui` in the body's second sentence, nobody before it: the man named after it
    is not taken (cataphora is the lede's opening only)."""
    quotes = annotate(
        "Vendanges : une année difficile\n\n"
        "La grêle a frappé le vignoble de Cahors en juin. Selon lui, la récolte reculera "
        "d'un tiers. Le président du syndicat, Henri Lacombe, a demandé des aides.")
    assert find(quotes, "la récolte reculera d'un tiers")["speaker"] != "Henri Lacombe"


def test_an_impersonal_passive_with_its_agent_reports_the_agent(annotate):
    """`Il a été précisé par la communauté de communes que …`: the agent said the clause;
    without an agent (`Il a été annoncé lundi que …`) nobody did."""
    quotes = annotate(
        "Il a été annoncé lundi que la piscine de Lézan fermerait en janvier. Il a été "
        "précisé par la communauté de communes que les abonnements seraient remboursés.")
    assert find(quotes, "les abonnements seraient remboursés")["speaker"] == \
        "la communauté de communes"
    assert not [q for q in quotes if q["text"].startswith("la piscine")]


def test_a_quoted_state_after_se_dire_is_what_was_said(annotate):
    """`se dit « en colère »`: a quoted prepositional state is the attribute the speaker
    gave, as a quoted adjective is (`s'est dite « furieuse »`)."""
    quotes = annotate(
        "Le président du club, Yann Le Bihan, se dit « sous le choc ». Selon lui, le "
        "vestiaire a été saccagé dans la nuit.")
    assert find(quotes, "sous le choc")["speaker"] == "Yann Le Bihan"


def test_a_pronoun_continues_its_paragraph_s_topic_past_the_window(annotate):
    """A long paragraph about the project names nobody after the mayor: `a-t-il assuré`
    at its end is his, not an institution named on the way (`par la région et le
    département`)."""
    quotes = annotate(
        "Le maire de Sorel, Henri Duval, a présenté lundi le projet de nouvelle halle. Le "
        "bâtiment, en bois et en verre, remplacera l'ancien marché couvert démoli en 2019 "
        "après l'effondrement d'une partie de la toiture. La halle accueillera une "
        "trentaine d'étals, un espace de restauration et une salle associative à l'étage. "
        "Les travaux doivent commencer au printemps pour une livraison prévue à l'automne "
        "2028. Le coût total est estimé à 4,2 millions d'euros, dont la moitié sera "
        "financée par la région et le département. Une consultation des riverains a été "
        "organisée en septembre et a réuni près de deux cents personnes. Les commerçants "
        "du centre-ville attendent ce chantier depuis des années, la fréquentation du "
        "marché ayant chuté depuis la fermeture de l'ancien bâtiment. Le stationnement "
        "sera réorganisé autour de la place, avec quarante places supplémentaires. « Ce "
        "sera le cœur battant de la ville », a-t-il assuré.")
    assert find(quotes, "Ce sera le cœur battant de la ville")["speaker"] == "Henri Duval"
