"""When an interaction takes place: a weekday or date resolved against the article's date,
backwards for what happened, forwards for what is announced; a name the recogniser ran
into the weekday after it. The French sentences are written for these tests."""

from __future__ import annotations

import pytest

from presswatch.annotate import annotate_article
from presswatch.nlp.dates import find_dates, resolve
from presswatch.reading.model import Article

TUESDAY = "2025-03-04"


def interactions(text: str) -> list[tuple[str, list[str], str | None]]:
    record = annotate_article(Article(id="t", text=text, url=None, date=TUESDAY))
    return [(ev["type"], ev["participants"], ev["date"]) for ev in record["interactions"]]


@pytest.mark.parametrize("text, day", [
    ("La ministre a rencontré son homologue italien Marco Ferri vendredi à Rome.",
     "2025-02-28"),
    ("La ministre rencontrera son homologue italien Marco Ferri vendredi à Rome.",
     "2025-03-07"),
    ("La ministre va rencontrer son homologue italien Marco Ferri vendredi à Rome.",
     "2025-03-07"),
    ("La ministre rencontrera son homologue italien Marco Ferri le 12 avril à Rome.",
     "2025-04-12"),
    ("La ministre a rencontré son homologue italien Marco Ferri le 12 février à Rome.",
     "2025-02-12"),
])
def test_a_meeting_still_to_come_is_dated_forwards(text: str, day: str):
    [(kind, _parties, when)] = interactions(text)
    assert (kind, when) == ("meeting", day)


def test_next_weekday_and_next_date_read_forwards_whatever_the_tense():
    assert resolve("samedi prochain", TUESDAY) == "2025-03-08"
    assert resolve("lundi prochain 17 mars", TUESDAY) == "2025-03-17"
    assert resolve("lundi dernier", TUESDAY) == "2025-03-03"


def test_a_weekday_the_recogniser_ran_into_a_name_is_not_part_of_it():
    for text, name in (("Le chef de l'État s'est entretenu par téléphone avec le président "
                        "sénégalais Macky Sall mardi.", "Macky Sall"),
                       ("Le chef de l'État s'est entretenu avec le président gabonais Ali Mba "
                        "vendredi.", "Ali Mba")):
        [(_kind, parties, _when)] = interactions(text)
        assert name in parties


@pytest.mark.parametrize("text, name", [
    ("La ministre a rencontré le député Paul Dimanche à Paris.", "Paul Dimanche"),
    ("Le préfet s'est entretenu avec l'écrivain Marc Soir mardi.", "Marc Soir"),
])
def test_a_surname_spelt_like_a_day_stays_in_the_name(text: str, name: str):
    [(_kind, parties, _when)] = interactions(text)
    assert name in parties


@pytest.mark.parametrize("text, day", [
    ("La ministre doit rencontrer son homologue italien Marco Ferri le 12 janvier prochain à "
     "Rome.", "2026-01-12"),
    ("Une rencontre entre la maire et le préfet Jean Morel est prévue le 9 avril prochain.",
     "2025-04-09"),
])
def test_prochain_after_a_date_dates_it_forwards_whatever_the_verb(text: str, day: str):
    [(kind, _parties, when)] = interactions(text)
    assert (kind, when) == ("meeting", day)


def test_dernier_after_a_date_keeps_it_past():
    [(_kind, _parties, when)] = interactions(
        "La ministre avait rencontré son homologue italien Marco Ferri le 12 janvier dernier à "
        "Rome.")
    assert when == "2025-01-12"


def test_a_nationality_in_a_place_phrase_is_no_city_of_the_other_president():
    """`en terre chinoise` after `le président français`: `chinoise` is China's
    nationality, not a city's inhabitants, so the visitor is not the Chinese host."""
    text = ("Dans l'après-midi de ce 6 avril, le président Li Wen s'est entretenu avec le "
            "président français Paul Girard, en visite d'État en Chine, au Grand Palais du "
            "Peuple. C'est ce qu'a indiqué le président chinois Li Wen lors d'un entretien "
            "avec le président français Paul Girard à Pékin. Cette rencontre a eu lieu dans "
            "le cadre de la visite d'État qu'effectue le président français en terre "
            "chinoise depuis hier.")
    visitors = {p for kind, parties, _when in interactions(text) if kind == "visit"
                for p in parties}
    assert "Paul Girard" in visitors and "Li Wen" not in visitors


def test_a_surname_spelt_like_a_day_dates_nothing():
    [(_kind, parties, when)] = interactions(
        "La ministre a rencontré le député Paul Dimanche à Paris.")
    assert "Paul Dimanche" in parties and when is None
    [(_kind, _parties, when)] = interactions(
        "Mardi, la ministre a rencontré le député Paul Martin à Paris.")
    assert when == TUESDAY


@pytest.mark.parametrize("text", [
    "Le préfet a reçu M. Dimanche à Lille.",
    "Le préfet a rencontré le sénateur Dimanche à Lille.",
])
def test_a_surname_spelt_like_a_day_after_a_title_or_a_role_dates_nothing(text: str):
    [(_kind, parties, when)] = interactions(text)
    assert "Dimanche" in parties and when is None


def test_a_weekday_in_a_title_s_name_is_no_day():
    assert find_dates("La ministre a reçu une équipe du Journal du Dimanche mardi.") == [
        (53, 58, "mardi")]


def test_a_capitalised_day_opening_a_line_is_still_a_day():
    assert [d[2] for d in find_dates("Grève à Marseille \n Mardi 4 mars, les dockers")] == [
        "Mardi 4 mars"]
