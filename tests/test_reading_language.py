"""An article that reads as another language than French is kept with a note (a warning
line naming the file), never refused; French text, however full of names or foreign
quotations, gets none."""

from __future__ import annotations

import pytest

from presswatch.reading import Article, iter_articles
from presswatch.reading.checks import check_article
from presswatch.reading.language import not_french

FRENCH = [
    "La maire de Quimperlé, Annaïg Le Goff, a annoncé mardi que la piscine municipale "
    "rouvrirait ses portes à la rentrée, après deux ans de travaux. « Nous avons tenu nos "
    "engagements », a-t-elle déclaré devant le conseil.",
    # names, figures and a title in English do not tip a French text over
    "Le PDG de Northwind Holdings, Jonathan McAllister, a présenté jeudi à Londres le "
    "nouveau plan « Growth First » : 1 200 emplois supprimés d'ici 2027 et 450 millions "
    "d'euros d'économies, selon le communiqué du groupe publié dans la soirée.",
    # an English quotation inside French prose
    "Interrogé à sa sortie du tribunal, l'avocat a simplement lancé aux journalistes : "
    "« No comment, we will appeal », avant de monter dans sa voiture. Le verdict sera "
    "examiné en appel au printemps prochain, a précisé le parquet.",
]

FOREIGN = {
    "English": "The mayor of the small coastal town said on Tuesday that the swimming "
               "pool would reopen after the summer, adding that the council had kept all "
               "of its promises to the families who live there.",
    "Spanish": "La alcaldesa del pueblo dijo el martes que la piscina municipal volverá a "
               "abrir después del verano y que el ayuntamiento ha cumplido todas sus "
               "promesas con las familias del barrio.",
    "Italian": "Il sindaco della città ha detto martedì che la piscina comunale riaprirà "
               "dopo l'estate e che il consiglio ha mantenuto tutte le sue promesse con le "
               "famiglie del quartiere.",
    "German": "Die Bürgermeisterin sagte am Dienstag, dass das Schwimmbad nach dem Sommer "
              "wieder öffnen werde und dass der Rat alle seine Versprechen gegenüber den "
              "Familien gehalten habe.",
}


@pytest.mark.parametrize("text", FRENCH)
def test_french_text_gets_no_note(text):
    assert not_french(text) is None


@pytest.mark.parametrize("language, text", sorted(FOREIGN.items()))
def test_a_text_in_another_language_is_named_in_the_note(language, text):
    note = not_french(text)
    assert note is not None and note.startswith(f"text reads as {language}, not French")


def test_a_short_text_is_too_short_to_judge():
    assert not_french("Breaking news: the minister has resigned.") is None


def test_the_note_keeps_the_article_and_reaches_the_warning_line(tmp_path):
    path = tmp_path / "dispatch.txt"
    path.write_text(FOREIGN["English"], encoding="utf-8")
    [article] = list(iter_articles([str(path)]))
    assert isinstance(article, Article)
    assert article.text == FOREIGN["English"]
    assert any(note.startswith("text reads as English") for note in article.notes)


def test_check_article_adds_no_note_to_a_french_article():
    article = check_article(Article(id="a", text=FRENCH[0], source="a.txt"))
    assert article.notes == ()
