"""The frames that tie a role to a name (session 29, h39-links, `eval/probes-speakers-7`):
an age (`X, 62 ans,` → `le sexagénaire`), a headship (`X, à la tête de …` → `la
responsable`), a verb with its object (`qui porte la parole de …` → `la porte-parole`), a
verb of function (`qui représente …` → `le représentant`), a counterpart (`Son homologue de
Coussac, X` → `le maire de Coussac`), and role nouns the press takes a
person up with by a broader or a feminine word (data/role_synonyms.tsv). Each article has
another person of the same gender speak between the introduction and the role, so only
the tie finds the speaker. Sentences are our own."""

from __future__ import annotations

import pytest

CASES = [
    # an age apposed to a name gives the noun of its decade
    ("Paul Roux, 62 ans, éleveur à Bugeat, a vendu la moitié de son troupeau cet été. Son "
     "voisin, Marc Morel, a expliqué qu'il achetait du foin trois fois plus cher. « Je n'ai "
     "jamais vu ça », a confié le sexagénaire.", "Je n'ai jamais vu ça", "Paul Roux"),
    # `à la tête de` says the head of what follows
    ("Claire Dubois, à la tête de l'association des commerçants depuis 2019, a dénoncé « un "
     "abandon du centre-ville ». Une cliente, Anne Morel, a estimé que le quartier était "
     "« oublié ». Selon la responsable de l'association, la mairie n'a jamais répondu.",
     "la mairie n'a jamais répondu", "Claire Dubois"),
    # a verb and its object that say a role together
    ("Agnès Rivière, qui porte la parole du collectif des riverains, a dénoncé « des "
     "nuisances nocturnes ». La maire, Odile Lambert, a jugé la demande « excessive ». La "
     "porte-parole a réclamé un couvre-feu à 23 heures.", "un couvre-feu à 23 heures",
     "Agnès Rivière"),
    # a verb of function gives its role noun
    ("Thomas Ferrand, qui représente les compagnies aériennes à l'aéroport, a exigé un "
     "engagement sur les tarifs. Le maire, Paul Roux, a jugé la demande « excessive ». "
     "« Aucune ligne ne sera ouverte », a prévenu le représentant des compagnies.",
     "Aucune ligne ne sera ouverte", "Thomas Ferrand"),
    # the State's representative in a département is its prefect
    ("La préfète de la Charente, Anne Guézennec, a promis une réponse rapide. La maire de "
     "Mornac, Odile Lambert, a réclamé des moyens. Selon la représentante de l'État, les "
     "dossiers seront instruits en priorité.", "les dossiers seront instruits",
     "Anne Guézennec"),
    # a surgeon is a practitioner
    ("Le chirurgien Yann Le Goff a opéré pour la première fois avec un robot. Le patient, "
     "Marc Morel, a raconté qu'il marchait dès le lendemain. Le praticien a précisé que "
     "vingt patients seraient opérés ainsi cette année.", "vingt patients seraient opérés",
     "Yann Le Goff"),
    # a discipline of science is a researcher's
    ("Pour Hélène Barrère, hydrologue à Toulouse, « la fonte s'est accélérée ». La "
     "directrice du parc, Jeanne Peyre, a estimé que ces données « doivent alerter ». "
     "Selon la chercheuse, le glacier a perdu trois mètres en un an.",
     "le glacier a perdu trois mètres", "Hélène Barrère"),
    # a president is his body's head in general terms
    ("Le président du club, Bernard Lascaux, a révélé un déficit de 180 000 euros. "
     "L'entraîneur, Sébastien Roux, a assuré que les joueurs resteraient « mobilisés ».\n"
     "Le dirigeant a appelé les commerçants à « jouer le jeu ».", "jouer le jeu",
     "Bernard Lascaux"),
    # a woman heading a council is elected, in the feminine too
    ("La présidente du conseil départemental, Martine Soulier, a fait adopter le budget. "
     "Une habitante, Anne Morel, a jugé les coupes « injustes ». « Nous n'avions pas "
     "d'autre choix », a répondu l'élue.", "Nous n'avions pas d'autre choix",
     "Martine Soulier"),
    # the head of a region is elected too, though `président` alone is not
    ("La présidente de la région, Sylvie Carrère, a défendu la ligne de train. Un usager, "
     "Anne Morel, a jugé les horaires « absurdes ». L'élue a promis que les trains "
     "circuleraient dès septembre.", "les trains circuleraient dès septembre",
     "Sylvie Carrère"),
    # a prosecutor at the assizes is a magistrate, not a party's lawyer
    ("L'avocate de la défense, Me Anne Roux, a plaidé la légitime défense. L'avocat général, "
     "Thierry Masson, a requis douze ans de prison. Le magistrat a estimé que l'accusé "
     "« mentait depuis le premier jour ».", "l'accusé", "Thierry Masson"),
    # a counterpart holds the office of the one named before, with a complement of its own
    ("Le maire de Vernon, Daniel Faucher, a défendu « une chance pour nos écoles ». Son "
     "homologue de Coussac, Hervé Tallet, a estimé que sa commune « y perdrait ». Le préfet, "
     "Paul Roux, a jugé le projet « raisonnable ».\n« Nous ne serons pas absorbés », a "
     "insisté le maire de Coussac.", "Nous ne serons pas absorbés", "Hervé Tallet"),
    # a police service's head is a police officer
    ("Le commissaire Stéphane Brunet, chef de la sûreté départementale, a annoncé une "
     "interpellation. Un voisin, Marc Morel, a raconté qu'il avait entendu des cris. « Il "
     "repérait les maisons sur les réseaux sociaux », a expliqué le policier.",
     "Il repérait les maisons", "Stéphane Brunet"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), CASES,
                         ids=["age", "head", "verb-object", "verb", "prefect", "surgeon",
                              "researcher", "president", "elected", "elected-region",
                              "magistrate", "counterpart", "police"])
def test_a_role_said_later_is_the_person_a_frame_gave_it(annotate, text: str, quote: str,
                                                          speaker: str) -> None:
    assert _speaker(annotate(text), quote) == speaker


def test_a_place_named_after_someone_gives_no_surname_to_later_mentions(annotate):
    """`le collège Jean-Moulin de Vernoux`: the NER may read a person there; the town's
    name is then no surname, and `Le maire de Vernoux, X` is X."""
    quotes = annotate("Vernoux : le collège fermé deux jours\n\nUne fuite de gaz a contraint "
                      "le collège Jean-Moulin de Vernoux à fermer ses portes lundi. Sylvie "
                      "Berthou, qui dirige l'établissement, a indiqué que les élèves seraient "
                      "accueillis dans un gymnase.\nLe maire de Vernoux, Gérard Pavie, a "
                      "assuré que la commune prendrait en charge les réparations.")
    assert _speaker(quotes, "la commune prendrait en charge") == "Gérard Pavie"


def _speaker(quotes: list[dict], start: str) -> str | None:
    """The speaker of the one quote whose text starts with `start`."""
    found = [q for q in quotes if q["text"].startswith(start)]
    assert len(found) == 1, [(q["text"], q["speaker"]) for q in quotes]
    return found[0]["speaker"]


def test_who_succeeded_someone_holds_the_role_now_and_the_predecessor_held_it(annotate):
    """`X a succédé à Y comme président`: `Le président` is X, `L'ancien président` is Y,
    whoever spoke last."""
    quotes = annotate("Georges Lambert a succédé samedi à Alain Pouget comme président du "
                      "Rugby club de Brive, à l'issue de l'assemblée générale. « Je mesure la "
                      "tâche », a déclaré le nouveau président.\nAlain Pouget, qui a présidé "
                      "le club pendant dix ans, a salué « un bon choix ». L'ancien président a "
                      "rappelé que le club comptait 600 licenciés.\nLe président a annoncé la "
                      "construction d'un club-house en 2028.")
    assert _speaker(quotes, "Je mesure la tâche") == "Georges Lambert"
    assert _speaker(quotes, "le club comptait 600") == "Alain Pouget"
    assert _speaker(quotes, "la construction d'un club-house") == "Georges Lambert"


def test_a_line_break_ends_a_name(annotate):
    """A headline ending on a name and a body opening on another: two people, not one
    name run over the break (the NER may tag them as one)."""
    quotes = annotate("Union sportive de Tulle : Jérôme Bach succède à Alain Pouget\n\n"
                      "Jérôme Bach a succédé samedi à Alain Pouget comme président de l'Union "
                      "sportive de Tulle. « Je mesure la tâche », a déclaré le nouveau "
                      "président.")
    assert _speaker(quotes, "Je mesure la tâche") == "Jérôme Bach"


def test_the_president_of_a_club_is_not_taken_up_as_an_elected_official(annotate):
    text = ("Le président du club, Paul Roux, a jugé la subvention « insuffisante ». La "
            "maire, Odile Lambert, a refusé de la relever. L'élu a ajouté qu'il ne "
            "signerait pas la convention.")
    assert _speaker(annotate(text), "il ne signerait pas la convention") != "Paul Roux"


@pytest.mark.parametrize(("text", "quote", "not_speaker"), [
    # years of service are no age: the baker is not `le trentenaire`
    ("Jean Morel, 35 ans de métier, a cédé sa boulangerie à Lucas Petit en mai. Le nouveau "
     "patron, Marc Vidal, a gardé l'enseigne. « Je reste pour l'aider », assure le "
     "trentenaire.", "Je reste pour l'aider", "Jean Morel"),
    # leading a race is no headship: the rider is not `le directeur de course`
    ("Le cycliste Paul Vigier a pris la tête de la course dès le premier col. « Les "
     "routes étaient sûres », a assuré le directeur de course.", "Les routes étaient sûres",
     "Paul Vigier"),
    # a verb and its object say a role only of someone's: the defence of a record is no
    # lawyer's
    ("Le maire, Paul Roux, a assuré la défense de son bilan lors du débat. « Nous ferons "
     "appel », a annoncé l'avocat de la commune.", "Nous ferons appel", "Paul Roux"),
    # an age noun names someone the article gave that age, not whoever is in focus
    ("Un homme de 62 ans a été interpellé samedi à Tulle. Le maire, Alain Giraud, a réagi "
     "lundi. « Je regrette mon geste », a déclaré le sexagénaire.", "Je regrette mon geste",
     "Alain Giraud"),
])
def test_a_frame_that_only_looks_like_a_role_ties_nobody(annotate, text: str, quote: str,
                                                        not_speaker: str) -> None:
    """Second reader (h40-review): near look-alikes of the age and headship frames."""
    q = next(q for q in annotate(text) if q["text"] == quote)
    assert not_speaker not in (q["speaker"] or "")
