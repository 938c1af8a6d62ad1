"""Specification of story grouping (pure functions over compact features, no model): which
articles report one event, which never do, and how a story is named. The French sentences
are written for these tests."""

from __future__ import annotations

import random

import pytest

from presswatch.linking import stories
from presswatch.linking.labels import located
from presswatch.linking.story_text import is_name, keywords, when_said

SUMMIT = ("Le sommet de Lisbonne sur les océans s'est ouvert lundi. Les délégués de Lisbonne "
          "discutent de la protection des océans et de la pêche en haute mer. Mme Carvalho, "
          "qui préside le sommet, a salué « un moment historique pour les océans ».")
SUMMIT_2 = ("À Lisbonne, le sommet des océans réunit des délégués de cent pays. La pêche en "
            "haute mer et la protection des océans dominent les débats. Ana Carvalho a parlé "
            "d'« un moment historique pour les océans ».")
FIRE_A = ("Incendie à la mairie de Vernoux : les pompiers ont lutté toute la nuit. La mairie "
          "de Vernoux est détruite, les habitants sont sous le choc après l'incendie.")
FIRE_B = ("Incendie à la mairie de Saint-Alban : les pompiers ont lutté toute la nuit. La "
          "mairie de Saint-Alban est détruite, les habitants sont sous le choc après l'incendie.")
FILLER = ["Le budget de la région prévoit des routes neuves à Quimper et des écoles.",
          "La finale du tournoi de tennis de Rennes a été remportée par une joueuse locale.",
          "Une étude de l'université de Grenoble décrit les glaciers des Alpes qui fondent.",
          "Le festival de musique de Nantes a attiré des milliers de spectateurs ce week-end."]


def record(rid: str, text: str, *, date: str | None = None, people: tuple[str, ...] = (),
           interactions: tuple[dict, ...] = ()) -> dict:
    return {"id": rid, "date": date, "keywords": keywords(text),
            "people": [{"name": p} for p in people], "interactions": list(interactions)}


def grouped(*records: dict) -> dict[str, str]:
    return stories.group([stories.features(r) for r in records])


def test_keywords_count_title_and_lead_twice_and_mark_names():
    words = keywords("Sommet de Lisbonne. " + "Les délégués parlent de pêche. " * 20)

    assert words["Lisbonne"] == 2 and is_name("Lisbonne")
    assert not is_name("peche") and words["peche"] > words["Lisbonne"]
    assert "les" not in words and "de" not in words  # stop words


def test_a_capitalised_word_votes_for_a_name_only_inside_a_sentence():
    # `Grève` opens sentences (its three characters before end on a full stop or a line
    # break): no vote; `grève` inside sentences votes against; `Vernoux` for (all of it
    # is the lead: counted twice; a final x or s is dropped)
    text = "Grève à Vernoux.  Grève encore.\nGrève. La grève de Vernoux dure, la grève gagne."
    assert keywords(text) == {"greve": 10, "Vernou": 4, "dure": 2, "gagne": 2}
    # past the lead, once each; `Grève` after `x ` and `la ` inside a sentence: a name
    assert keywords("Grève encore. " + "1 " * 200 + "x Grève, la Grève de Vernoux.") == {
        "Greve": 4, "Vernou": 1}


def test_keywords_skip_boilerplate_and_stay_the_same_once_the_word_memo_is_emptied(
        monkeypatch):
    from presswatch.linking import story_text

    text = "Lire aussi : Ukraine. Le sommet de Genève réunit Genève et Berne."
    first = keywords(text, [(0, 21)])
    monkeypatch.setattr(story_text, "_MAX_TERMS", 0)  # emptied on every call
    assert keywords(text, [(0, 21)]) == first == {"Geneve": 4, "Berne": 2, "reunit": 2,
                                                   "sommet": 2}
    assert list(first) == ["Geneve", "Berne", "reunit", "sommet"]  # by count, then term


def test_two_outlets_reporting_one_summit_in_other_words_are_one_story():
    found = grouped(record("a", SUMMIT), record("b", SUMMIT_2),
                    *(record(f"f{i}", t) for i, t in enumerate(FILLER)))

    assert found["a"] == found["b"] == stories.story_id("a")
    assert not any(k.startswith("f") for k in found)


def test_two_fires_in_two_villages_share_a_topic_but_no_name_and_stay_apart():
    assert grouped(record("a", FIRE_A), record("b", FIRE_B),
                   *(record(f"f{i}", t) for i, t in enumerate(FILLER))) == {}


def test_dates_far_apart_keep_one_event_s_reports_apart():
    assert grouped(record("a", SUMMIT, date="2024-03-01"),
                   record("b", SUMMIT_2, date="2024-03-20")) == {}
    assert grouped(record("a", SUMMIT, date="2024-03"), record("b", SUMMIT_2, date="2024-04")) == {}
    assert len(grouped(record("a", SUMMIT, date="2024-03-01"),
                       record("b", SUMMIT_2, date="2024-03-02"))) == 2


ALERT = ("L'agence européenne de santé a relevé, {day}, son niveau d'alerte face à "
         "l'épidémie de grippe aviaire à Rotterdam. Mme Verhoeven, qui dirige l'agence, a "
         "parlé d'« une vigilance de chaque instant » dans les élevages de Rotterdam. {more}")
RETURN = ("{opening}L'équipage de la station orbitale Héliade, commandé par Lise Arnaud, "
          "revient sur Terre après six mois à bord. Lise Arnaud a mené quarante expériences "
          "à bord d'Héliade. {more}")


def ends(text: str, *verbs: str) -> list[int]:
    """Where the named verbs end, as the tagger's future tenses reach :func:`when_said`."""
    return [text.index(v) + len(v) for v in verbs]


def dated(rid: str, text: str, date: str | None = None, futures: tuple[str, ...] = ()) -> dict:
    """A record whose keywords carry what its text says of its date, as `annotate` writes
    (``futures``: the verbs the tagger read in the future tense)."""
    said = when_said(text, futures=ends(text, *futures))
    return {"id": rid, "date": date, "keywords": {**keywords(text), **said},
            "people": [], "interactions": []}


def test_a_lead_s_day_and_month_keep_a_recurring_event_s_undated_report_apart():
    june = dated("a", ALERT.format(day="mardi 10 juin", more=""), "2025-06-10")
    assert len(grouped(june, dated("b", ALERT.format(day="lundi 9 juin", more="")))) == 2
    assert grouped(june, dated("b", ALERT.format(day="samedi 23 août", more=""))) == {}
    # two undated reports, both giving their day: the same, then ten weeks apart
    assert len(grouped(dated("a", ALERT.format(day="le 2 mars", more="")),
                       dated("b", ALERT.format(day="le 3 mars", more="")))) == 2
    assert grouped(dated("a", ALERT.format(day="le 2 mars", more="")),
                   dated("b", ALERT.format(day="le 14 mai", more=""))) == {}


def test_a_year_put_in_the_future_or_a_dateline_dates_an_undated_report():
    later = RETURN.format(opening=" date 2021-09 ", more="")
    earlier = RETURN.format(opening="", more="La prochaine mission partira en mars 2017.")
    assert when_said(later) == {"@dateline:2021-09": 1}
    assert when_said(earlier, futures=ends(earlier, "partira")) == {"@until:2017": 1}
    assert grouped(dated("a", later), dated("b", earlier, futures=("partira",))) == {}
    assert grouped(dated("a", earlier, "2021-09-14"), dated("b", RETURN.format(
        opening="", more=""))) != {}  # no date said: nothing to keep them apart


def test_a_year_dates_a_report_only_after_a_verb_the_tagger_read_as_future():
    text = ("Le général se retira en 1969. L'épidémie de choléra en 2010 fut longue. "
            "Le sommet aura lieu en juin 2027 et nous reviendrons en 2030.")
    assert when_said(text) == {}  # no verb read as future: no year said to come
    assert when_said(text, futures=ends(text, "aura", "reviendrons")) == {"@until:2030": 1}


def test_of_several_years_put_in_the_future_the_latest_bounds_the_report():
    # one of them may be told of the past (`il deviendra maire en 1995`): the latest holds
    text = ("Élu en 1989, Paul Morel deviendra maire en 1995. Le nouveau pont, dit-il, "
            "sera ouvert en septembre 2027.")
    assert when_said(text, futures=ends(text, "deviendra", "sera")) == {"@until:2027": 1}


def test_a_future_told_of_the_past_does_not_date_a_dated_report():
    portrait = RETURN.format(opening="", more="Née à Lyon, Lise Arnaud deviendra "
                             "astronaute en 2009 après dix ans d'aviation.")
    a = dated("a", portrait, "2021-09-14", futures=("deviendra",))
    assert a["keywords"]["@until:2009"] == 1  # a historical future: 2009 < its own 2021
    assert len(grouped(a, dated("b", RETURN.format(opening="", more=""), "2021-09-15"))) == 2


def test_a_lead_s_date_with_its_year_or_past_the_lead_says_nothing():
    assert when_said("Le 3 mai 2019, la digue a cédé. " + "Les secours sont arrivés. " * 20) == {}
    assert when_said("Les secours sont arrivés. " * 20 + "Le 3 mai, la digue a cédé.") == {}


def test_a_day_that_opens_or_closes_a_span_is_not_the_event_s_day():
    more = " Les secours sont arrivés sur place dans la nuit." * 10
    assert when_said("Depuis le 24 février, les troupes avancent vers l'est." + more) == {}
    assert when_said("Jusqu'au 15 mars, la piscine reste fermée aux nageurs." + more) == {}
    assert when_said("À partir du 1er juillet, les loyers sont gelés." + more) == {}
    assert when_said("Dès le lundi 3 avril, la grève touche les écoles." + more) == {}
    # the day the lead then gives is the event's
    assert when_said("Depuis le 2 mai, le fleuve monte. Mardi 9 mai, la digue a cédé."
                     + more) == {"@lead:05-09": 1}
    assert when_said("Mardi 9 mai, la digue a cédé." + more) == {"@lead:05-09": 1}


APPEAL_A = ("Paris : condamné en appel, Marc Dorval se pourvoit en cassation. La cour d'appel "
            "de Paris a confirmé la peine de prison avec sursis de Marc Dorval. Son avocat "
            "annonce un pourvoi en cassation. Dorval dénonce « un acharnement ». Selon Dorval, "
            "la justice « se trompe ».")
APPEAL_B = ("Paris : condamnée en appel, Hélène Vasseur se pourvoit en cassation. La cour "
            "d'appel de Paris a confirmé la peine de prison avec sursis d'Hélène Vasseur. Son "
            "avocat annonce un pourvoi en cassation. Vasseur dénonce « un acharnement ». "
            "Selon Vasseur, la justice « se trompe ».")


def test_two_people_s_appeals_told_alike_are_two_stories_when_neither_names_the_other():
    alike = (record("a", APPEAL_A, people=("Marc Dorval",)),
             record("b", APPEAL_B, people=("Hélène Vasseur",)))
    assert stories.similarities([stories.features(r) for r in alike])[(0, 1)] >= \
        stories.MIN_SIMILARITY  # (their words alone would make them one)
    assert grouped(*alike) == {}


def test_a_lead_whose_surname_ends_in_x_is_counted_like_any_other():
    # the keywords drop a final x (`Leroux` -> `lerou`): the lead is looked up the same way
    appeal_c = APPEAL_A.replace("Marc Dorval", "Marc Leroux").replace("Dorval", "Leroux")
    assert stories.features(record("c", appeal_c, people=("Marc Leroux",))).lead == "leroux"
    assert grouped(record("c", appeal_c, people=("Marc Leroux",)),
                   record("b", APPEAL_B, people=("Hélène Vasseur",))) == {}


def test_an_article_that_names_the_other_s_lead_may_share_its_story():
    named = APPEAL_B + " Comme Marc Dorval, Dorval et Vasseur attendent la cassation."
    found = grouped(record("a", APPEAL_A, people=("Marc Dorval",)),
                    record("b", named, people=("Hélène Vasseur", "Marc Dorval")))
    assert found["a"] == found["b"]


def _contact(kind: str, *parties: str) -> dict:
    return {"type": kind, "participants": list(parties), "place": None}


def test_a_call_and_a_meeting_of_the_same_two_people_are_two_events():
    people = ("Ana Carvalho", "Paul Mertens")
    call = record("a", SUMMIT, people=people,
                  interactions=(_contact("phone_call", *people),))
    met = record("b", SUMMIT_2, people=people, interactions=(_contact("meeting", *people),))
    other = record("c", SUMMIT_2, people=("Ana Carvalho", "Jan Olsen"),
                   interactions=(_contact("talks", "Ana Carvalho", "Jan Olsen"),))

    assert grouped(call, met) == {}
    assert grouped(met, other) == {}  # one person, two different counterparts
    assert len(grouped(met, record("d", SUMMIT, people=people, interactions=(
        _contact("visit", *people),)))) == 2  # a visit and a meeting can be one event


def test_grouping_does_not_depend_on_the_order_of_articles():
    rng = random.Random(3)
    records = [record("a", SUMMIT), record("b", SUMMIT_2), record("c", FIRE_A),
               record("d", FIRE_B), *(record(f"f{i}", t) for i, t in enumerate(FILLER))]
    first = grouped(*records)
    rng.shuffle(records)

    assert grouped(*records) == first


def test_a_contact_is_the_main_interaction_before_a_summit_with_more_attendees():
    people = ("Ana Carvalho", "Paul Mertens", "Eva Lindqvist", "Jan Kowal")
    feats = stories.features(record("a", SUMMIT, people=people, interactions=(
        {"type": "summit", "participants": ["Ana Carvalho", "Eva Lindqvist", "Jan Kowal"]},
        {"type": "meeting", "participants": ["Ana Carvalho", "Paul Mertens"]})))

    assert feats.main == ("met", frozenset({"carvalho", "mertens"}))


def test_a_story_label_names_the_event_where_and_when():
    people = ("Ana Carvalho", "Paul Mertens")
    feats = [stories.features(record(r, SUMMIT, people=people, interactions=(
        {"type": "summit", "participants": list(people), "place": "Lisbonne"},)))
        for r in ("a", "b")]

    assert stories.label(feats, first_date="2024-03-01") == (
        "Carvalho – Mertens, sommet à Lisbonne (2024-03-01)")
    assert stories.label(feats[:1], people=["Ana Carvalho"]) == "Carvalho, sommet à Lisbonne"


@pytest.mark.parametrize("place, said", [
    ("Lisbonne", "à Lisbonne"), ("Portugal", "au Portugal"), ("Espagne", "en Espagne"),
    ("Irak", "en Irak"), ("Pays-Bas", "aux Pays-Bas"), ("Mexique", "au Mexique"),
    ("Malte", "à Malte"), ("le Vatican", "au Vatican"), ("l'Élysée", "à l'Élysée"),
    ("Kremlin", "au Kremlin"), ("Élysée", "à l'Élysée"), ("Matignon", "à Matignon"),
    ("La Rochelle", "à La Rochelle"), ("L'Aquila", "à L'Aquila"), ("Le Mans", "au Mans"),
    ("La Maison Blanche", "à la Maison Blanche"), ("L'Élysée", "à l'Élysée"),
    ("La mairie de Tulle", "à la mairie de Tulle"),
    ("État du Michigan", "dans l'État du Michigan"),
    ("province de Namur", "dans la province de Namur"),
    ("Land de Bavière", "dans le Land de Bavière"),
])
def test_a_label_puts_the_preposition_french_puts_before_the_place(place, said):
    assert located(place) == said


def test_an_analyst_s_merge_and_split_win_over_the_rules():
    records = [record("a", SUMMIT), record("b", SUMMIT_2), record("c", FIRE_A),
               *(record(f"f{i}", t) for i, t in enumerate(FILLER))]
    feats = [stories.features(r) for r in records]

    split = stories.group(feats, alone=["b"])
    assert split == {}
    merged = stories.group(feats, together=[("c", "b")])
    assert merged["a"] == merged["b"] == merged["c"]
    assert stories.group(feats, together=[("c", "b")], alone=["b"]) == {
        "b": stories.story_id("b"), "c": stories.story_id("b")}


def test_two_articles_are_as_similar_whatever_other_articles_are_grouped_with_them():
    # frozen word weights: a batch added to a store cannot move the similarity of two
    # articles it does not contain, so stories can be brought up to date batch by batch
    pair = [stories.features(record("a", SUMMIT)), stories.features(record("b", SUMMIT_2))]
    alone = stories.similarities(pair)[(0, 1)]
    crowd = pair + [stories.features(record(f"f{i}", t)) for i, t in enumerate(FILLER * 3)]

    assert stories.similarities(crowd)[(0, 1)] == alone > stories.MIN_SIMILARITY


def test_the_shipped_weights_count_a_general_word_as_less_telling_than_a_rare_name():
    from presswatch.linking.story_text import general_idf
    from presswatch.training.story_words import document_frequencies

    counts = document_frequencies(["Le gouvernement de Lisbonne a parlé au gouvernement.",
                                   "Le gouvernement a voté le budget des océans."])
    assert counts["gouvernement"] == 2 and counts["lisbonne"] == 1
    idf = general_idf()
    assert idf["gouvernement"] < idf["carvalho"] == idf["un-mot-jamais-vu"]
