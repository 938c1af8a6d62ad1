"""Quotes framed by a source rather than a verb (session 28, eval/probes-sources): figures
and reports some body published, a source taken up by `la même agence` or `le texte`, the
report a source relays, a role said by the verb that gave it, and the look-alikes that say
how rather than who. Sentences are our own."""

from __future__ import annotations

from test_quotes import find


def test_figures_published_by_a_body_are_that_body_s(annotate):
    quotes = annotate("Selon des chiffres publiés mardi par l'Observatoire national de "
                      "l'apprentissage, le nombre d'apprentis a doublé en cinq ans.")
    quote = find(quotes, "le nombre d'apprentis a doublé en cinq ans")
    assert quote["speaker"] == "l'Observatoire national de l'apprentissage"


def test_a_toll_given_out_by_the_police_is_the_police_s(annotate):
    """`communiqué` after `bilan` is tagged a noun: its spelling still makes it the
    participle whose agent is the source."""
    quotes = annotate("Quatre randonneurs sont portés disparus dans le massif. Selon le bilan "
                      "communiqué dimanche par la gendarmerie, deux autres ont été secourus.")
    assert find(quotes, "deux autres ont été secourus")["speaker"] == "la gendarmerie"


def test_a_short_form_in_brackets_does_not_cut_the_name_taken_up_later(annotate):
    quotes = annotate("Selon l'Institut régional de la statistique (IRS), la population a "
                      "augmenté de 2 % en un an. Il s'agit de la plus forte hausse depuis "
                      "vingt ans, d'après l'institut.")
    assert find(quotes, "Il s'agit de la plus forte hausse depuis vingt ans")["speaker"] == \
        "l'Institut régional de la statistique"


def test_a_work_adapted_from_a_novel_quotes_nobody(annotate):
    quotes = annotate("La pièce, adaptée d'après un roman de Jeanne Lormont, sera jouée "
                      "samedi au théâtre municipal.")
    assert quotes == []


def test_checks_made_according_to_the_law_quote_nobody(annotate):
    quotes = annotate("Les contrôles sont réalisés selon la loi, chaque trimestre, dans "
                      "toutes les cantines de la ville.")
    assert quotes == []


def test_a_toll_after_a_participle_keeps_its_source(annotate):
    quotes = annotate("Trois hommes ont été blessés selon les pompiers.")
    assert find(quotes, "Trois hommes ont été blessés")["speaker"] == "les pompiers"


def test_a_subject_with_its_name_apposed_then_fait_is_a_clause_before_an_incise(annotate):
    """The tagger reads `fait` as a participle: the clause before the comma still has
    its verb, and the newspaper after `rapporte` is the inverted subject."""
    quotes = annotate("La directrice du musée, Anne Morel, fait l'objet d'une plainte pour "
                      "harcèlement, rapporte le quotidien La Voix du Nord.")
    quote = find(quotes, "La directrice du musée, Anne Morel, fait l'objet d'une plainte "
                         "pour harcèlement")
    assert "La Voix du Nord" in quote["speaker"]


def test_the_same_agency_is_the_agency_and_il_inside_what_it_relays_is_not(annotate):
    quotes = annotate("Selon l'agence Baltpress, le ministre letton de la Défense, Juris "
                      "Kalnins, a déclaré jeudi que les manœuvres seraient maintenues. D'après "
                      "la même agence, il a ajouté que l'armée restait en alerte.")
    assert "Baltpress" in find(quotes, "il a ajouté que l'armée restait en alerte")["speaker"]
    assert find(quotes, "l'armée restait en alerte")["speaker"] == "Juris Kalnins"


def test_le_texte_takes_up_the_communique_a_body_published(annotate):
    quotes = annotate("La fédération de pêche a publié un communiqué mardi. « Nous ne "
                      "pouvons plus attendre », peut-on lire dans le texte.")
    assert find(quotes, "Nous ne pouvons plus attendre")["speaker"] == "la fédération de pêche"


def test_le_texte_takes_up_the_communique_quoted_as_a_source(annotate):
    quotes = annotate("L'usine fermera en mars, selon un communiqué publié lundi. « Cette "
                      "décision nous coûte », peut-on lire dans le texte.")
    assert find(quotes, "Cette décision nous coûte")["speaker"] == "un communiqué"


def test_a_mayor_elected_with_a_date_before_the_role_is_the_mayor_later(annotate):
    quotes = annotate("Paul Armand a été élu dimanche maire de Cazères avec 61 % des voix. "
                      "Son adversaire, Marc Delorme, siégera dans l'opposition. Selon le "
                      "nouveau maire, la piscine rouvrira avant l'été.")
    assert find(quotes, "la piscine rouvrira avant l'été")["speaker"] == "Paul Armand"


def test_the_people_questioned_are_a_source_not_a_report(annotate):
    quotes = annotate("Pour Claire Dubois, la réforme « fatigue les élèves ». Pour les "
                      "commerçants interrogés, au contraire, la nouvelle ligne de tramway ne "
                      "change rien.")
    assert [q["speaker"] for q in quotes] == ["Claire Dubois", "les commerçants interrogés"]


def test_l_interesse_after_a_croire_is_the_person_of_the_article(annotate):
    quotes = annotate("Pierre Valat a remporté dimanche le marathon de Rodez. À en croire "
                      "l'intéressé, il ne courra plus cette saison.")
    assert find(quotes, "il ne courra plus cette saison")["speaker"] == "Pierre Valat"


def test_restaurant_owners_and_first_findings_are_sources(annotate):
    quotes = annotate("Aux dires des restaurateurs, la saison a été mauvaise. Le camion "
                      "roulait trop vite, d'après les premières constatations.")
    assert find(quotes, "la saison a été mauvaise")["speaker"] == "restaurateurs"
    assert find(quotes, "Le camion roulait trop vite")["speaker"] == \
        "les premières constatations"


def test_a_letter_the_newsroom_read_stays_the_source(annotate):
    """`consulté par notre rédaction`: the newsroom read the letter, it did not write it."""
    quotes = annotate("D'après un courrier consulté par notre rédaction, le club serait au "
                      "bord de la faillite.")
    assert "courrier" in find(quotes, "le club serait au bord de la faillite")["speaker"]


def test_learnt_from_concurring_sources_names_them(annotate):
    quotes = annotate("Le maire de Brives a démissionné, a-t-on appris de sources "
                      "concordantes.")
    assert "sources concordantes" in find(quotes, "Le maire de Brives a démissionné")["speaker"]


def test_selon_ses_dires_is_the_person_s_own_account(annotate):
    quotes = annotate("Marc Lenoir a été entendu mardi par les enquêteurs. Selon ses dires, "
                      "il dormait chez un ami cette nuit-là.")
    assert find(quotes, "il dormait chez un ami cette nuit-là")["speaker"] == "Marc Lenoir"


def test_forecasts_a_census_and_a_council_notice_are_sources(annotate):
    quotes = annotate("Il neigera jusqu'à jeudi, selon les prévisions. Le village compte 812 "
                      "habitants, selon le dernier recensement. Selon le préavis municipal, la "
                      "salle pourrait accueillir deux classes.")
    assert find(quotes, "Il neigera jusqu'à jeudi")["speaker"] == "les prévisions"
    assert find(quotes, "Le village compte 812 habitants")["speaker"] == "le dernier recensement"
    assert find(quotes, "la salle pourrait accueillir deux classes")["speaker"] == \
        "le préavis municipal"


def test_a_relative_about_the_source_document_is_not_what_it_says(annotate):
    quotes = annotate("Selon une note interne dont l'agence a obtenu copie, la direction "
                      "prévoit 300 départs d'ici l'été.")
    quote = find(quotes, "la direction prévoit 300 départs d'ici l'été")
    assert quote["speaker"] == "une note interne"


def test_said_on_the_side_of_a_kind_of_source_names_that_source(annotate):
    """Written after the held-out part's errors were read (src-32): not a held-out gain."""
    quotes = annotate("Le chantier de la rocade a pris six mois de retard, indique-t-on de "
                      "source municipale.")
    quote = find(quotes, "Le chantier de la rocade a pris six mois de retard")
    assert quote["speaker"] == "source municipale"


def test_le_texte_after_another_document_is_not_the_earlier_source(annotate):
    """(second reader) `le texte` takes up the document quoted last, unless another
    document was named since: here the law the Parliament passed, not the statement."""
    quotes = annotate("Selon un communiqué de la préfecture, la réforme entrera en vigueur en "
                      "juin. Le Parlement a adopté la loi jeudi. « Aucune taxe ne pourra "
                      "augmenter », peut-on lire dans le texte.")
    speaker = find(quotes, "Aucune taxe ne pourra augmenter")["speaker"] or ""
    assert "communiqué" not in speaker
