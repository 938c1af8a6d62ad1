"""Who a role mention cannot name though a role noun is shared: a woman whose role the
article wrote in the feminine after an elided article (`L'avocate …` is not `l'avocat
général`), a spokeswoman of another body (`la porte-parole du syndicat` is not `le
porte-parole de l'entreprise`), an office holder for a role held on someone's behalf (`le
porte-parole du ministère` is not the minister); and a nationality adjective the tagger
does not know (`le ministre polésien`), read as an adverb (third speaker probe, session
25). Sentences are our own."""

from __future__ import annotations

from test_quotes import find

import presswatch


def test_a_masculine_role_is_not_the_woman_written_with_its_feminine(annotate):
    quotes = annotate(
        "Le procès de l'incendie du garage s'est achevé jeudi. L'avocate de la victime, Me "
        "Sandrine Colas, a longuement plaidé. « La préméditation ne fait aucun doute », a "
        "déclaré l'avocat général.")
    speaker = find(quotes, "La préméditation ne fait aucun doute")["speaker"]
    assert speaker != "Sandrine Colas"


def test_an_epicene_role_of_another_body_is_not_the_woman_named_with_it(annotate):
    quotes = annotate(
        "La porte-parole du syndicat, Julie Ferrand, a dénoncé les suppressions de postes. "
        "« Ces départs seront tous volontaires », a assuré le porte-parole de l'entreprise.")
    speaker = find(quotes, "Ces départs seront tous volontaires")["speaker"]
    assert speaker != "Julie Ferrand"


def test_a_spokesperson_is_not_the_minister_whose_ministry_he_speaks_for(annotate):
    quotes = annotate(
        "Le ministre des Pêches, Paul Varga, a signé l'accord mardi à Oslo. « Les quotas "
        "seront publiés lundi », a précisé le porte-parole du ministère des Pêches.")
    speaker = find(quotes, "Les quotas seront publiés lundi")["speaker"]
    assert speaker != "Paul Varga"


def test_an_unknown_nationality_after_a_role_noun_is_part_of_the_role(nlp):
    text = "Le ministre polésien, Anton Kessler, a reçu mardi son homologue à Vienne."
    people = {p["name"]: p["roles"] for p in nlp(presswatch.make_doc(nlp, text))._.people}
    assert any("polésien" in role for role in people.get("Anton Kessler", []))


def test_a_role_of_one_people_is_not_someone_given_another(annotate):
    """`le ministre karsan` is not `le chef de la diplomatie valdurienne, X`, though
    neither people is in the lexicon."""
    quotes = annotate(
        "Le chef de la diplomatie sorvienne, Ivo Maric, a reçu mardi son homologue de "
        "Tarnavie. « Nous ne céderons pas un mètre de la vallée », a lancé le ministre "
        "tarnavien.")
    speaker = find(quotes, "Nous ne céderons pas un mètre de la vallée")["speaker"]
    assert speaker != "Ivo Maric"


def test_initials_of_an_office_take_up_its_holder(annotate):
    """`le DRH` is the human resources director named; `la PDG` the chairwoman."""
    quotes = annotate(
        "Le directeur des ressources humaines de l'usine, Marc Tellier, a reçu les délégués. "
        "Une grève a été votée mardi. Le DRH a promis que les salaires seraient revus.")
    assert find(quotes, "les salaires seraient revus")["speaker"] == "Marc Tellier"
    quotes = annotate(
        "La présidente-directrice générale de la coopérative, Anne Brunel, a présenté les "
        "comptes. Les éleveurs ont manifesté devant le siège. La PDG a assuré que le prix "
        "du lait serait relevé.")
    assert find(quotes, "le prix du lait serait relevé")["speaker"] == "Anne Brunel"


def test_the_head_of_a_department_is_its_specialist(annotate):
    quotes = annotate(
        "Le chef du service de cardiologie, le docteur Henri Blanchet, a présenté le nouveau "
        "matériel. Le directeur de l'hôpital, Louis Pagès, a salué l'investissement. Le "
        "cardiologue a ajouté que les délais d'attente seraient divisés par deux.")
    assert find(quotes, "les délais d'attente seraient divisés par deux")["speaker"] == \
        "Henri Blanchet"


def test_a_masculine_role_is_not_the_woman_given_its_feminine_without_article(annotate):
    quotes = annotate(
        "Le conseil municipal a voté le budget. Sophie Maurel, adjointe aux sports, a "
        "présenté le nouveau gymnase. « La dette restera stable », a assuré le premier adjoint.")
    assert find(quotes, "La dette restera stable")["speaker"] != "Sophie Maurel"


def test_a_role_is_not_someone_introduced_later_with_another_body(annotate):
    quotes = annotate(
        "Le directeur de la papeterie du Moulin a confirmé la vente du site. La préfète a "
        "reçu les salariés mardi. Le directeur général de la chambre de commerce, Luc Aubert, "
        "a promis un accompagnement.")
    assert find(quotes, "la vente du site")["speaker"] != "Luc Aubert"


def test_a_role_is_not_the_one_who_speaks_for_its_holder(annotate):
    """`Le porte-parole de la ministre, X` does not hold `la ministre`'s office."""
    quotes = annotate(
        "La ministre de la Santé, Claire Dumas, a visité l'hôpital. Le ministre de "
        "l'Agriculture, Henri Lobel, l'accompagnait. Le porte-parole de la ministre, Paul "
        "Serre, a détaillé le plan. « Les lits rouvriront en mars », a assuré le ministre.")
    assert find(quotes, "Les lits rouvriront en mars")["speaker"] != "Paul Serre"


def test_a_union_delegate_is_taken_up_as_the_trade_unionist(annotate):
    quotes = annotate(
        "La déléguée syndicale de la fonderie, Lucie Marchal, a dénoncé les cadences. La "
        "directrice, Anne Brunel, a défendu le planning. « Nous ne lâcherons rien », a "
        "répondu la syndicaliste.")
    assert find(quotes, "Nous ne lâcherons rien")["speaker"] == "Lucie Marchal"



def test_the_prime_minister_is_not_a_minister_the_article_never_calls_premier(annotate):
    quotes = annotate(
        "Le ministre des Finances, Paul Vidal, a présenté mardi le budget à l'Assemblée. "
        "« Le déficit sera ramené sous les 3 % », a promis le Premier ministre mercredi.")
    assert find(quotes, "Le déficit sera ramené sous les 3 %")["speaker"] == "le Premier ministre"


def test_the_head_of_government_is_still_the_prime_minister_named_before(annotate):
    quotes = annotate(
        "Le Premier ministre, Luc Marin, a reçu le ministre de l'Intérieur, Paul Vidal. "
        "« Rien n'est décidé », a dit le chef du gouvernement.")
    assert find(quotes, "Rien n'est décidé")["speaker"] == "Luc Marin"
