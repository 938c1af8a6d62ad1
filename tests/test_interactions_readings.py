"""Session 27's interaction probe (`eval/probes-interactions`): readings of trigger words
and parties the probe found wrong, each on French sentences written for these tests —
`voir` someone, `au sommet de sa popularité`, `la réunion` told again, a town after
`dimanche à`, `a appelé son homologue pour…`, countries coordinated under one `de` (no
parties beside the ministers the apposition lists), subjects the parser cut off before a
comma, a meeting whose purpose is talks, and a held contact and a planned one between the
same people."""

from __future__ import annotations

from interactions_found import found
from spacy.language import Language


def test_seeing_a_person_during_a_trip_is_a_meeting(nlp: Language) -> None:
    text = ("Le ministre des Sports, Julien Arcand, s'est rendu lundi à Vierzon, où il a vu "
            "la maire, Sophie Lantier.")
    assert ("meeting", ["Julien Arcand", "Sophie Lantier"]) in found(nlp, text)


def test_seeing_someone_leave_or_on_television_is_no_meeting(nlp: Language) -> None:
    assert found(nlp, "Le témoin Paul Gomez a vu Marc Rivet quitter la salle.") == []
    assert found(nlp, "Paul Gomez a vu Marc Rivet partir.") == []  # (`partir` an adverb)
    assert found(nlp, "Paul Gomez a vu le président Marc Rivet à la télévision.") == []
    assert found(nlp, "Paul Gomez n'a pas vu Marc Rivet depuis des mois.") == []
    assert found(nlp, "Côté rennais, l'attaquant Paul Gomez contestait le hors-jeu. « Le "
                      "juge l’a vu, tout le monde l’a vu », a répété l'avant-centre.") == []


def test_the_peak_of_ones_popularity_is_no_summit(nlp: Language) -> None:
    text = "Au sommet de sa popularité, la chanteuse Léa Morin a reçu des milliers de lettres."
    assert found(nlp, text) == []


def test_the_bare_meeting_told_again_joins_its_attendee(nlp: Language) -> None:
    text = ("Les présidents des clubs de la ligue se sont réunis mardi à Tours. Le préfet, "
            "Hervé Lamotte, s'est joint à la réunion.")
    [(kind, parties)] = found(nlp, text)
    assert kind == "meeting" and "Hervé Lamotte" in parties and any(
        "présidents des clubs" in p for p in parties)


def test_a_town_after_a_weekday_is_no_party(nlp: Language) -> None:
    text = ("La commissaire européenne aux Transports, Helga Brandt, était en visite jeudi à "
            "Dellac. Le président du département, Yves Armand, l'a reçue à la préfecture.")
    assert ("meeting", ["Helga Brandt", "Yves Armand"]) in found(nlp, text)


def test_calling_a_counterpart_to_offer_condolences_is_a_call(nlp: Language) -> None:
    text = ("Le président portugais, Rui Fontes, a appelé mardi son homologue grec pour lui "
            "présenter ses condoléances.")
    assert found(nlp, text) == [("phone_call", ["Rui Fontes", "son homologue grec"])]


def test_calling_on_a_counterpart_or_being_called_a_name_is_no_call(nlp: Language) -> None:
    assert found(nlp, "Le président Rui Fontes a appelé son homologue grec au calme.") == []
    assert found(nlp, "Le capitaine, qui sera désormais appelé le chef de la transition, a "
                      "lu un communiqué.") == []


def test_an_apposition_listing_the_members_names_them_all(nlp: Language) -> None:
    text = ("Les ministres de la Pêche de Norlande, de Vesterie et d'Islavie, Ion Cerna, "
            "Petar Dimov et Radu Ilie, se sont réunis jeudi à Sofia.")
    assert found(nlp, text) == [("meeting", ["Ion Cerna", "Petar Dimov", "Radu Ilie"])]


def test_subjects_the_parser_cut_off_before_a_comma_are_all_parties(nlp: Language) -> None:
    text = ("Paul Durand et Anne Martin, de Lyon, et Marc Petit, de Nantes, se sont réunis "
            "lundi.")
    assert found(nlp, text) == [("meeting", ["Paul Durand", "Anne Martin", "Marc Petit"])]


def test_a_meeting_held_for_talks_is_those_talks(nlp: Language) -> None:
    text = ("Les délégations suisse et autrichienne se sont retrouvées mardi à Berne pour un "
            "nouveau cycle de négociations.")
    assert [k for k, _p in found(nlp, text)] == ["talks"]
    text = "Le maire Paul Gomez a reçu Anne Vidal pour des entretiens."
    assert [k for k, _p in found(nlp, text)] == ["meeting"]


def test_a_call_and_the_meeting_agreed_on_are_two_events(nlp: Language) -> None:
    text = ("Le Premier ministre suédois, Lars Berg, a téléphoné jeudi à la présidente "
            "finlandaise, Aino Koski. Les deux dirigeants sont convenus de se retrouver à "
            "Helsinki en mars.")
    assert found(nlp, text) == [("phone_call", ["Lars Berg", "Aino Koski"]),
                                ("meeting", ["Lars Berg", "Aino Koski"])]


def test_a_meeting_held_and_the_next_one_are_two_events(nlp: Language) -> None:
    text = ("Paul Gomez, Anne Vidal et Marc Rivet se sont réunis samedi à Nantes. Ils se "
            "reverront en avril à Brest.")
    assert [k for k, _p in found(nlp, text)] == ["meeting", "meeting"]


def test_a_reception_told_as_planned_then_as_held_stays_one_event(nlp: Language) -> None:
    # an article updated through the day names both parties each time
    text = ("Le président Paul Gomez doit recevoir Anne Vidal à l'Élysée. Plus tard, Paul "
            "Gomez a reçu Anne Vidal pendant une heure.")
    assert len(found(nlp, text)) == 1


def test_a_planned_reception_and_the_last_meeting_are_two_events(nlp: Language) -> None:
    # `recevra` is tagged as a passé simple: its ending says it is a future
    text = ("Le ministre du Travail, Paul Gomez, recevra jeudi Anne Vidal. Les deux "
            "responsables s'étaient déjà vus en mars.")
    assert [k for k, _p in found(nlp, text)] == ["meeting", "meeting"]


def test_the_first_name_of_a_listed_subject_is_a_party(nlp: Language) -> None:
    # the parser hangs `Javier Soto` on the verb (or makes the verb its relative)
    text = "Javier Soto, Ana Reis et Hans Keller se sont réunis mardi à Rome."
    assert found(nlp, text) == [("meeting", ["Javier Soto", "Ana Reis", "Hans Keller"])]
    text = ("Javier Soto, Ana Reis et Hans Keller ont participé mardi à la réunion organisée "
            "par Paolo Ricci.")
    assert found(nlp, text) == [
        ("meeting", ["Javier Soto", "Ana Reis", "Hans Keller", "Paolo Ricci"])]


def test_a_prize_named_after_someone_is_no_one_received(nlp: Language) -> None:
    text = ("La pièce a rencontré un franc succès. Son auteur, Paul Gomez, a reçu le Molière "
            "du meilleur texte.")
    assert found(nlp, text) == []
    assert found(nlp, "Le pape a reçu l'Aga Khan au Vatican.") == [
        ("meeting", ["Le pape", "Aga Khan"])]


def test_a_body_taking_in_a_count_of_people_hosts_no_one(nlp: Language) -> None:
    # second reader (h39-review): `lycée`, `clinique` became party nouns; a count is
    # how many a body takes in, no reception
    assert found(nlp, "Le lycée accueille 900 élèves.") == []
    assert found(nlp, "La clinique a accueilli près de 200 patients l'an dernier.") == []
    assert found(nlp, "Le lycée a accueilli mardi le ministre de l'Éducation, Paul Garnier."
                 ) == [("meeting", ["Le lycée", "Paul Garnier"])]
    # second reader (h40-review): a count of someone's people is a delegation received
    assert [k for k, _p in found(nlp, "La préfecture a reçu trois représentants des "
                                      "agriculteurs lundi à Rodez.")] == ["meeting"]
    assert [k for k, _p in found(nlp, "La mairie a reçu deux délégués du collectif des "
                                      "riverains jeudi.")] == ["meeting"]
