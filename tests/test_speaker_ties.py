"""What ties a description to a name, and what does not: an apposition the parse cut off,
qualifiers of a role only another person was given, an incise left inside quotation marks,
a street named after someone, a plural pronoun after a collective. Sentences are our own."""

from __future__ import annotations

from test_quotes import find


def test_a_description_with_a_name_in_apposition_is_that_person(annotate):
    quotes = annotate("Des centaines de militants se sont réunis dimanche. Pour l'un des "
                      "principaux opposants au régime, Paul Martin, président du Parti vert, "
                      "la réforme « est un recul démocratique ».")
    assert find(quotes, "la réforme « est un recul démocratique »")["speaker"] == \
        "Paul Martin"


def test_a_name_opening_the_next_clause_is_no_apposition(annotate):
    quotes = annotate("Selon le porte-parole de la mairie, Paul Martin a démissionné hier.")
    assert all(q["speaker"] != "Paul Martin" for q in quotes
               if q["mention"] and "porte-parole" in q["mention"])


def test_a_role_implied_by_a_title_has_no_qualifier_to_contradict(annotate):
    """`dirigeant` comes from `secrétaire général`: `syndicaliste` contradicts nothing."""
    quotes = annotate("Marc Durand, secrétaire général de la Confédération nationale du "
                      "travail, ne cède pas. « Nous irons jusqu'au bout », a lancé M. Durand "
                      "samedi à Lille.\nLe dirigeant syndicaliste a également indiqué qu'aucun "
                      "accord n'avait été conclu avec le gouvernement.")
    assert find(quotes, "aucun accord n'avait été conclu avec le gouvernement")[
        "speaker"] == "Marc Durand"


def test_an_incise_inside_open_quotation_marks_still_describes_its_speaker(annotate):
    """`« A, indique le bourgmestre, X. B »`: the role is the journalist's, so another role
    (`l'instigateur de la question`) is someone else."""
    quotes = annotate("Des riverains ont interpellé le conseil communal mercredi soir. « Aucun "
                      "expert n'a démontré les causes, indique le bourgmestre, Paul Dubois. "
                      "Nous agirons par précaution. » Une réponse qui n'a pas convaincu les "
                      "riverains. « Cette réponse me semble légère, estime l'instigateur de la "
                      "question. Ce n'est pas suffisant. »")
    assert find(quotes, "Cette réponse me semble légère")["speaker"] == \
        "l'instigateur de la question"


def test_a_street_or_a_thing_named_after_someone_is_no_person(nlp, annotate):
    doc = nlp("Les riverains de l'avenue Jacques-Cartier ont écrit au maire. Le télescope "
              "Edwin Hubble a photographié une galaxie.")
    assert [p["name"] for p in doc._.people] == []
    quotes = annotate("Le débat a commencé avec Paul Poliquin, représentant des "
                      "copropriétaires, inquiet d'une piste cyclable sur l'avenue "
                      "Jacques-Cartier. « Nous voulons un rapport sur les accès », a-t-il "
                      "déclaré.")
    assert find(quotes, "Nous voulons un rapport sur les accès")["speaker"] == \
        "Paul Poliquin"


def test_a_plural_pronoun_takes_up_a_collective_of_several_people(annotate):
    quotes = annotate("Une équipe de chercheurs a publié ses résultats jeudi. L'analyse de "
                      "cette séquence confirme que la cellule est différente. « Le lien reste "
                      "controversé », expliquent-ils.")
    assert find(quotes, "Le lien reste controversé")["speaker"] == \
        "une équipe de chercheurs"
