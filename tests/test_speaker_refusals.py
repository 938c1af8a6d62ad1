"""When a role mention must NOT take the person in focus (session 30, h40-nolink,
`eval/probes-speakers-8`): evidence of a second holder refuses the link. The same office
said of another town or body by a synonym (`l'élu de Murat` is not `Le maire de
Saint-Flour, X`; an acronym is no second body); a holder of the role the article quoted
unnamed (`le maire de Riom`, then `Le maire` after someone else was named); a possessive
role whose possessor is not the principal written for X (`Son conseil` after `Le
prévenu …` is not `L'avocate de la victime, X`). Also which person: who succeeded someone
`à la direction de` holds its role; the apposition of a named topic (`Interrogé à propos
de X, le grimpeur blessé, le médecin a …`) or a number apposition (`Une salariée, vingt
ans d'ancienneté, a …`) is not the subject; `Le Suédois X a remporté` makes X `le
vainqueur`, a deed that excludes no other role. Sentences are our own."""

from __future__ import annotations

from presswatch.textutil import fold


def _speaker(quotes: list[dict], start: str) -> str | None:
    """The speaker of the one quote whose text starts with `start`."""
    found = [q for q in quotes if q["text"].startswith(start)]
    assert len(found) == 1, [(q["text"], q["speaker"]) for q in quotes]
    return found[0]["speaker"]


def test_a_synonym_of_the_office_in_another_town_is_another_holder(annotate):
    """`l'élu de Murat` shares no town with `Le maire de Saint-Flour, X`: data/role_synonyms
    says an `élu` may be a mayor, the complements say which one."""
    quotes = annotate("Le maire de Saint-Flour, Paul Roux, défend le projet de zone "
                      "commerciale. « Il créera deux cents emplois », a-t-il affirmé.\n"
                      "« Nos commerces du centre vont mourir », a répliqué l'élu de Murat.")
    assert _speaker(quotes, "Il créera deux cents") == "Paul Roux"
    speaker = fold(_speaker(quotes, "Nos commerces du centre") or "")
    assert "murat" in speaker and "roux" not in speaker


def test_the_same_town_by_a_synonym_is_still_the_holder(annotate):
    """The control: `l'édile de Saint-Flour` after `Le maire de Saint-Flour, X` is X."""
    quotes = annotate("Le maire de Saint-Flour, Paul Roux, défend le projet de zone "
                      "commerciale. Une commerçante, Anne Morel, a dénoncé « un projet d'un "
                      "autre âge ». « Il créera deux cents emplois », a répliqué l'élu de "
                      "Saint-Flour.")
    assert _speaker(quotes, "Il créera deux cents") == "Paul Roux"


def test_a_role_quoted_unnamed_is_not_the_person_named_since(annotate):
    """`le maire de Riom` spoke with no name; the site manager was named since. `Le maire`
    is that unnamed mayor again, not him."""
    quotes = annotate("« Nous ne fermerons pas la piscine », a promis le maire de Riom lors "
                      "du conseil municipal.\nLe chef de chantier, Marc Morel, a présenté "
                      "les plans. « Le bassin sera agrandi », a-t-il expliqué.\nLe maire a "
                      "précisé que les travaux dureraient un an.")
    assert _speaker(quotes, "Le bassin sera agrandi") == "Marc Morel"
    speaker = fold(_speaker(quotes, "les travaux dureraient") or "")
    assert "maire" in speaker and "morel" not in speaker


def test_who_succeeded_someone_at_an_office_holds_its_role(annotate):
    """`X a succédé à Y à la direction du théâtre`: X is `Le directeur` from now on, though
    Y spoke last (as `comme directeur` says: predicate_roles.OFFICE_NOUNS)."""
    quotes = annotate("Marc Morel a succédé lundi à Paul Roux à la direction du théâtre de "
                      "Tulle. « Je veux ouvrir la salle aux jeunes », a déclaré Marc Morel.\n"
                      "Paul Roux a regretté « un départ précipité ». « Je reste un spectateur "
                      "fidèle », a-t-il ajouté.\nLe directeur a annoncé une saison de vingt "
                      "spectacles.")
    assert _speaker(quotes, "Je reste un spectateur") == "Paul Roux"
    assert _speaker(quotes, "une saison de vingt") == "Marc Morel"


def test_an_acronym_may_name_the_body_a_role_spells_out(annotate):
    """`la SG de la FNE` after `La secrétaire générale de la Fédération nationale des
    éleveurs, X`: initials are no second body, so the synonym (`sg` → secrétaire) still
    names X."""
    quotes = annotate("La secrétaire générale de la Fédération nationale des éleveurs, Anne "
                      "Morel, a été réélue à la tête de la FNE. Le ministre de l'Agriculture, "
                      "Paul Roux, a salué « une élection méritée ».\nLa SG de la FNE a "
                      "remercié « tous les adhérents ».")
    assert _speaker(quotes, "tous les adhérents") == "Anne Morel"


def test_a_possessive_lawyer_of_another_party_is_not_the_lawyer_named(annotate):
    """`Son conseil` after `Le prévenu a …` is the defendant's lawyer, not `L'avocate de la
    victime, Me X`: the possessor the text gives is not the principal written for X."""
    quotes = annotate("L'avocate de la victime, Me Anne Morel, a réclamé « une sanction "
                      "ferme ». La victime, Paul Roux, garde une cicatrice au visage. « Mon "
                      "client a failli perdre un œil », a rappelé l'avocate.\nLe prévenu a "
                      "reconnu les coups. Son conseil a plaidé « un geste isolé ».")
    assert _speaker(quotes, "Mon client a failli") == "Anne Morel"
    assert "morel" not in fold(_speaker(quotes, "un geste isolé") or "")


def test_a_possessive_lawyer_of_the_principal_is_the_lawyer_named(annotate):
    """The control: `Son avocat` after the client is named as subject is the lawyer the
    article wrote as that client's (`L'avocat de Paul Roux, Me X`)."""
    quotes = annotate("L'avocat de Paul Roux, Me Marc Morel, a dénoncé « un dossier vide ». "
                      "La procureure, Anne Lambert, a requis deux ans de prison.\nPaul Roux a "
                      "nié les faits. Son avocat a plaidé « la relaxe pure et simple ».")
    assert _speaker(quotes, "la relaxe pure") == "Marc Morel"


def test_the_apposition_of_a_named_topic_is_not_the_subject(annotate):
    """`Interrogé à propos de X, le grimpeur blessé la veille, le médecin de l'équipe a
    assuré`: the parser makes both noun phrases subjects; the first is the apposition of
    the name the sentence is about, the speaker is the one before the verb."""
    quotes = annotate("Cyclisme : Tom Lacaze devrait repartir\n\nInterrogé à propos de Tom "
                      "Lacaze, le grimpeur blessé la veille, le médecin de l'équipe a assuré "
                      "que son genou était « hors de danger ».")
    speaker = fold(_speaker(quotes, "son genou était") or "")
    assert "medecin" in speaker and "lacaze" not in speaker


def test_the_apposition_of_the_subject_stays_with_it(annotate):
    """The control: `X, le champion du monde, a estimé`: the name is the subject and the
    apposition its own."""
    quotes = annotate("Tom Lacaze, le champion du monde, a estimé que la course serait "
                      "« très ouverte ».")
    assert _speaker(quotes, "la course serait") == "Tom Lacaze"


def test_a_number_apposition_is_not_the_subject(annotate):
    """`Une salariée de l'usine, vingt ans d'ancienneté, a confié …`: the parse makes the
    seniority the subject; the unnamed employee is the speaker, and `-elle` after her
    takes her up, not the director named before."""
    quotes = annotate("La directrice, Valérie Morel, a jugé la demande « irréaliste ». Une "
                      "salariée de la chaîne de montage, vingt ans d'ancienneté, a confié "
                      "qu'elle perdait déjà 600 euros. « Si on lâche maintenant, on n'aura "
                      "plus rien », a-t-elle ajouté.")
    assert "salariee" in fold(_speaker(quotes, "elle perdait déjà") or "")
    assert "morel" not in fold(_speaker(quotes, "Si on lâche") or "")


def test_who_won_is_the_winner_after_a_title_before_the_name(annotate):
    """`Le Suédois X a remporté la descente devant Y`: X is `le vainqueur`
    (data/role_verbs.tsv), though the parse hangs the name on the title before it and Y
    spoke last."""
    quotes = annotate("Ski alpin : le Suédois Lars Berg s'impose à Val-d'Isère\n\nLe Suédois "
                      "Lars Berg a remporté samedi la descente devant le Français Paul Roux. "
                      "« La neige était parfaite », a expliqué le Suédois.\n« Je n'avais pas "
                      "les jambes », a reconnu Paul Roux.\n« Je savoure », a ajouté le "
                      "vainqueur.")
    assert _speaker(quotes, "Je n'avais pas") == "Paul Roux"
    assert _speaker(quotes, "Je savoure") == "Lars Berg"


def test_a_winner_may_still_be_called_by_her_sport(annotate):
    """`La Savoyarde X a remporté le Tour` gives X `vainqueur`, a deed, not an office: `la
    cycliste` after it is still X (data/generic_roles.txt)."""
    quotes = annotate("Cyclisme : Julie Favre remporte le Tour de l'Ain\n\nLa Savoyarde Julie "
                      "Favre a remporté dimanche le Tour de l'Ain, sa première victoire chez "
                      "les professionnelles.\n« J'ai souffert dans la dernière montée », a "
                      "raconté la cycliste sur le podium.")
    assert _speaker(quotes, "J'ai souffert") == "Julie Favre"


def test_a_seat_of_power_the_ner_took_for_a_person_holds_no_role(annotate):
    """`Matignon dément …`: the NER may call a seat of power a person; a role phrase
    (`le chef du gouvernement`) is then not taken as naming that seat (its speaker stays
    the role, and `Matignon` still speaks for itself)."""
    quotes = annotate("Le Premier ministre a reçu mardi à Matignon les chefs de groupe. Le "
                      "chef du gouvernement a affirmé qu'un recours au 49.3 restait "
                      "possible. Matignon dément toute décision à ce stade.")
    assert _speaker(quotes, "un recours au 49.3") == "le chef du gouvernement"
    assert _speaker(quotes, "toute décision") == "Matignon"
