"""Specification of presswatch.reading: what goes in, which articles and errors come out."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from presswatch.reading import (
    DEFAULT_MAX_CHARS,
    Article,
    InputError,
    ReadError,
    article_from_record,
    iter_articles,
    read_text_file,
    sanitize,
)

MINISTRE = "« Nous ne céderons pas », a déclaré la ministre.\r\nElle a ajouté que…"
SYNDICAT = "« Le gouvernement fait le choix du passage en force », a estimé le syndicaliste."
DEPUTE = "Le député a répondu : « C'est une erreur, et ça se paiera. »"

PARAGRAPHS = [
    "« Nous ne céderons pas », a déclaré mardi la ministre du Travail devant les députés, alors"
    " que les syndicats appelaient à une nouvelle journée de mobilisation dans toute la France."
    " Elle a ajouté que le gouvernement restait ouvert au dialogue, mais que le calendrier de la"
    " réforme ne serait pas modifié, malgré la pression de la rue et des oppositions.",
    "Du côté des syndicats, le ton s'est durci. « Le gouvernement fait le choix du passage en"
    " force », a estimé le secrétaire général de la CFDT lors d'une conférence de presse à"
    " Paris. Selon lui, la mobilisation de jeudi devrait être au moins aussi importante que les"
    " précédentes, avec des grèves attendues dans les transports et dans l'éducation.",
    "Dans l'hémicycle, les débats ont été particulièrement tendus. Plusieurs députés de"
    " l'opposition ont quitté la séance en signe de protestation, dénonçant un texte « injuste"
    " et brutal ». La présidente de l'Assemblée nationale a dû suspendre les travaux à deux"
    " reprises pour tenter de ramener le calme, sans grand succès, avant la reprise des"
    " discussions en soirée.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Réforme des retraites : la ministre ne cédera pas</title>
<meta property="og:site_name" content="Le Quotidien du Centre">
<meta property="og:title" content="Réforme des retraites : la ministre ne cédera pas">
<meta property="article:published_time" content="2023-03-14T08:30:00+01:00">
</head>
<body>
<nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
<article>
<h1>Réforme des retraites : la ministre ne cédera pas</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
</article>
<footer>© 2023 Le Quotidien du Centre – Tous droits réservés</footer>
</body>
</html>
"""


def read_all(*inputs: str | Path, **kwargs: object) -> list[Article | ReadError]:
    """Run iter_articles to the end, as a batch would."""
    return list(iter_articles(list(inputs), **kwargs))  # type: ignore[arg-type]


def only_article(*inputs: str | Path, **kwargs: object) -> Article:
    """The single item read, which must be an Article."""
    items = read_all(*inputs, **kwargs)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def only_error(*inputs: str | Path, **kwargs: object) -> ReadError:
    """The single item read, which must be a ReadError."""
    items = read_all(*inputs, **kwargs)
    assert len(items) == 1, items
    assert isinstance(items[0], ReadError), items[0]
    return items[0]


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------------------------------------
# Plain text and decoding


class TestPlainText:
    def test_crlf_is_kept_so_offsets_index_the_file_as_written(self, tmp_path: Path) -> None:
        path = tmp_path / "ministre.txt"
        path.write_bytes(MINISTRE.encode("utf-8"))

        article = only_article(path)

        decoded = path.read_bytes().decode("utf-8")
        assert article.text == decoded
        assert len(article.text) == len(decoded)
        assert "\r\n" in article.text
        assert all(article.text[i] == decoded[i] for i in range(len(decoded)))
        start = decoded.index("Elle a ajouté")
        assert article.text[start : start + 13] == "Elle a ajouté"

    def test_one_article_per_file_with_the_stem_as_id(self, tmp_path: Path) -> None:
        path = tmp_path / "2022-02-10_lavrov.txt"
        path.write_text(DEPUTE, encoding="utf-8")

        article = only_article(path)

        assert article == Article(id="2022-02-10_lavrov", text=DEPUTE, source=str(path))

    def test_a_utf8_bom_is_not_part_of_the_text(self, tmp_path: Path) -> None:
        path = tmp_path / "bom.txt"
        path.write_bytes(b"\xef\xbb\xbf" + MINISTRE.encode("utf-8"))

        article = only_article(path)

        assert article.text == MINISTRE
        assert not article.text.startswith("\ufeff")

    def test_latin1_french_is_decoded_by_detection(self, tmp_path: Path) -> None:
        text = (
            "Le père de l'élève a précisé que la décision était très attendue à Besançon.\r\n"
            "« Ça suffit ! », a lancé le maire, qui a dû hausser le ton à la tribune.\r\n"
        )
        path = tmp_path / "besancon.txt"
        path.write_bytes(text.encode("latin-1"))

        assert only_article(path).text == text

    def test_short_western_text_is_not_read_as_a_central_european_code_page(
        self, tmp_path: Path
    ) -> None:
        # charset_normalizer ranks cp1250 first here, which would read "très" as "trčs".
        text = "Ça ira, a-t-il lancé à la foule, très ému."
        path = tmp_path / "court.txt"
        path.write_bytes(text.encode("latin-1"))

        assert only_article(path).text == text

    def test_windows_1252_ellipsis_and_quotes_survive(self, tmp_path: Path) -> None:
        path = tmp_path / "cp1252.txt"
        path.write_bytes(MINISTRE.encode("cp1252"))

        assert only_article(path).text == MINISTRE

    def test_undecodable_bytes_are_refused_rather_than_guessed(self, tmp_path: Path) -> None:
        path = tmp_path / "bruit.txt"
        path.write_bytes(bytes(range(128, 256)) * 20)

        error = only_error(path)

        assert error.message == "cannot decode: not UTF-8 and no reliable encoding detected"

    def test_a_file_named_explicitly_is_read_as_text_whatever_its_ending(
        self, tmp_path: Path
    ) -> None:
        path = tmp_path / "notes.md"
        path.write_text(SYNDICAT, encoding="utf-8")

        article = only_article(path)

        assert (article.id, article.text) == ("notes", SYNDICAT)

    def test_read_text_file_returns_the_decoded_text(self, tmp_path: Path) -> None:
        path = tmp_path / "ministre.txt"
        path.write_bytes(MINISTRE.encode("utf-8"))

        assert read_text_file(path) == MINISTRE

    def test_read_text_file_raises_input_error_for_a_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(InputError, match="no such file or folder"):
            read_text_file(tmp_path / "absent.txt")


class TestRefusals:
    def test_a_nul_byte_marks_a_binary_file(self, tmp_path: Path) -> None:
        path = tmp_path / "article.txt"
        path.write_bytes(b"Le ministre a d\x00clar\x00")

        error = only_error(path)

        assert error.source == str(path)
        assert error.line is None
        assert error.message == "binary file (contains NUL bytes), not text"
        assert str(error).startswith(f"{path}: binary file")

    def test_a_pdf_is_refused_by_its_magic_number(self, tmp_path: Path) -> None:
        path = tmp_path / "communique.txt"
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")

        error = only_error(path)

        assert error.message == "binary file (looks like PDF), not text"
        assert str(error) == f"{path}: binary file (looks like PDF), not text"

    def test_a_damaged_docx_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "depeche.docx"
        path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/document.xml")

        assert only_error(path).message.startswith("not a readable DOCX file")

    @pytest.mark.parametrize("content", [b"", b"  \r\n\t\r\n"])
    def test_an_empty_file_is_an_empty_article(self, tmp_path: Path, content: bytes) -> None:
        path = tmp_path / "vide.txt"
        path.write_bytes(content)

        assert only_error(path) == ReadError(str(path), None, "empty article")

    def test_text_over_the_limit_is_refused_with_its_size(self, tmp_path: Path) -> None:
        path = tmp_path / "long.txt"
        path.write_text(SYNDICAT, encoding="utf-8")

        error = only_error(path, max_chars=50)

        assert error.message == (
            f"article has {len(SYNDICAT)} characters, over the limit of 50 (use --max-chars)"
        )

    def test_the_default_limit_is_generous(self, tmp_path: Path) -> None:
        path = tmp_path / "long.txt"
        path.write_text("a" * DEFAULT_MAX_CHARS, encoding="utf-8")

        assert len(only_article(path).text) == DEFAULT_MAX_CHARS

    def test_a_missing_path_is_reported_and_the_batch_goes_on(self, tmp_path: Path) -> None:
        present = tmp_path / "present.txt"
        present.write_text(DEPUTE, encoding="utf-8")
        absent = tmp_path / "absent.txt"

        items = read_all(absent, present)

        assert items[0] == ReadError(str(absent), None, "no such file or folder")
        assert isinstance(items[1], Article)
        assert items[1].text == DEPUTE


# ---------------------------------------------------------------------------------------------
# JSON and JSON Lines


class TestJsonLines:
    def test_a_malformed_line_is_reported_with_its_number_and_reading_goes_on(
        self, tmp_path: Path
    ) -> None:
        path = tmp_path / "depeches.jsonl"
        path.write_text(
            jsonl({"text": MINISTRE})
            + '{"text": "« Nous verrons », a dit le préfet.",\n'
            + jsonl({"text": SYNDICAT}),
            encoding="utf-8",
        )

        items = read_all(path)

        assert [type(item) for item in items] == [Article, ReadError, Article]
        first, error, third = items
        assert isinstance(first, Article) and isinstance(third, Article)
        assert (first.id, first.text, first.source) == ("depeches:1", MINISTRE, f"{path}:1")
        assert isinstance(error, ReadError)
        assert (error.source, error.line) == (str(path), 2)
        assert error.message.startswith("invalid JSON")
        assert str(error).startswith(f"{path}:2: invalid JSON")
        assert (third.id, third.text, third.source) == ("depeches:3", SYNDICAT, f"{path}:3")

    def test_blank_lines_are_skipped_but_counted(self, tmp_path: Path) -> None:
        path = tmp_path / "depeches.jsonl"
        path.write_text("\n" + jsonl({"text": DEPUTE}) + "\r\n\n", encoding="utf-8")

        article = only_article(path)

        assert (article.id, article.source) == ("depeches:2", f"{path}:2")

    def test_crlf_line_endings_are_accepted(self, tmp_path: Path) -> None:
        path = tmp_path / "windows.jsonl"
        path.write_bytes(
            jsonl({"id": "a", "text": DEPUTE}, {"id": "b", "text": SYNDICAT})
            .replace("\n", "\r\n")
            .encode("utf-8")
        )

        assert [a.id for a in read_all(path) if isinstance(a, Article)] == ["a", "b"]

    def test_fields_are_read_and_other_fields_ignored(self, tmp_path: Path) -> None:
        path = tmp_path / "riches.jsonl"
        record = {
            "id": 42,
            "text": MINISTRE,
            "title": "La ministre ne cédera pas",
            "url": "https://exemple.fr/politique/retraites",
            "date": "2025-02",
            "outlet": "Le Quotidien du Centre",
            "auteur": "Jeanne Martin",
        }
        path.write_text(jsonl(record), encoding="utf-8")

        assert only_article(path) == Article(
            id="42",
            text=MINISTRE,
            title="La ministre ne cédera pas",
            url="https://exemple.fr/politique/retraites",
            date="2025-02",
            outlet="Le Quotidien du Centre",
            source=f"{path}:1",
        )

    def test_body_is_read_when_there_is_no_text(self, tmp_path: Path) -> None:
        path = tmp_path / "corps.jsonl"
        path.write_text(jsonl({"id": "d1", "body": SYNDICAT}), encoding="utf-8")

        assert only_article(path).text == SYNDICAT

    def test_text_wins_over_body(self) -> None:
        record = {"text": DEPUTE, "body": "<p>Version HTML</p>"}

        article = article_from_record(record, source="x.jsonl:1", fallback_id="x:1")

        assert article.text == DEPUTE

    def test_text_is_analysed_as_given_even_if_it_looks_like_html(self) -> None:
        record = {"text": "<p>« Non », a répondu le maire.</p>"}

        article = article_from_record(record, source="x.jsonl:1", fallback_id="x:1")

        assert article.text == "<p>« Non », a répondu le maire.</p>"

    def test_a_record_without_text_names_its_line(self, tmp_path: Path) -> None:
        path = tmp_path / "incomplet.jsonl"
        path.write_text(
            jsonl({"text": DEPUTE}, {"id": "sans-texte", "title": "Un titre seul"}),
            encoding="utf-8",
        )

        items = read_all(path)

        assert items[1] == ReadError(str(path), 2, 'record has no "text" or "body" field')

    def test_a_text_that_is_not_a_string_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "liste.jsonl"
        path.write_text(jsonl({"text": ["« Non »", "a dit le maire"]}), encoding="utf-8")

        error = only_error(path)

        assert (error.line, error.message) == (1, 'field "text" must be a string, not a JSON list')

    def test_a_line_that_is_not_an_object_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "nombres.jsonl"
        path.write_text("[1, 2]\n", encoding="utf-8")

        assert only_error(path) == ReadError(
            str(path), 1, "expected a JSON object, got a JSON list"
        )

    def test_an_empty_article_in_a_record_is_reported_on_its_line(self, tmp_path: Path) -> None:
        path = tmp_path / "vides.jsonl"
        path.write_text(jsonl({"text": DEPUTE}, {"text": "   "}), encoding="utf-8")

        assert read_all(path)[1] == ReadError(str(path), 2, "empty article")

    def test_one_badly_encoded_line_spoils_only_itself(self, tmp_path: Path) -> None:
        path = tmp_path / "melange.jsonl"
        path.write_bytes(
            jsonl({"text": DEPUTE}).encode("utf-8")
            + jsonl({"text": "Ça ira, a-t-il lancé à la foule, très ému."}).encode("latin-1")
        )

        items = read_all(path)

        assert [a.text for a in items if isinstance(a, Article)] == [
            DEPUTE,
            "Ça ira, a-t-il lancé à la foule, très ému.",
        ]

    def test_a_lone_surrogate_is_replaced_one_for_one(self, tmp_path: Path) -> None:
        path = tmp_path / "surrogat.jsonl"
        path.write_text('{"text": "Le ministre \\ud800 a déclaré : « Non »."}\n', encoding="utf-8")
        as_parsed = "Le ministre \ud800 a déclaré : « Non »."

        article = only_article(path)

        assert len(article.text) == len(as_parsed)
        assert article.text == "Le ministre \ufffd a déclaré : « Non »."
        assert article.text.encode("utf-8")  # would raise with the surrogate left in


class TestJson:
    def test_a_list_gives_one_article_per_object_numbered_from_one(self, tmp_path: Path) -> None:
        path = tmp_path / "revue.json"
        path.write_text(
            json.dumps([{"text": MINISTRE}, {"id": "syndicat", "body": SYNDICAT}]),
            encoding="utf-8",
        )

        items = read_all(path)

        assert items == [
            Article(id="revue:1", text=MINISTRE, source=str(path)),
            Article(id="syndicat", text=SYNDICAT, source=str(path)),
        ]

    def test_a_single_object_takes_the_file_stem_as_id(self, tmp_path: Path) -> None:
        path = tmp_path / "depeche.json"
        path.write_text(json.dumps({"text": DEPUTE, "date": "2022-02-10"}), encoding="utf-8")

        article = only_article(path)

        assert (article.id, article.date) == ("depeche", "2022-02-10")

    def test_a_bad_object_in_a_list_is_reported_by_its_position(self, tmp_path: Path) -> None:
        path = tmp_path / "revue.json"
        path.write_text(json.dumps([{"text": DEPUTE}, {"titre": "?"}]), encoding="utf-8")

        items = read_all(path)

        assert items[1] == ReadError(
            str(path), None, 'object 2: record has no "text" or "body" field'
        )

    def test_invalid_json_says_where(self, tmp_path: Path) -> None:
        path = tmp_path / "casse.json"
        path.write_text('{\n  "text": "« Non »",\n  "id": \n}', encoding="utf-8")

        assert only_error(path).message.startswith("invalid JSON at line 4, column 1")

    def test_a_lone_surrogate_is_replaced_one_for_one(self, tmp_path: Path) -> None:
        path = tmp_path / "surrogat.json"
        path.write_text(json.dumps({"text": "« Oui \udc80 », a-t-elle dit."}), encoding="utf-8")

        article = only_article(path)

        assert article.text == "« Oui \ufffd », a-t-elle dit."
        assert len(article.text) == len("« Oui \udc80 », a-t-elle dit.")


def test_sanitize_only_replaces_lone_surrogates() -> None:
    text = "« Ça \ud83d va » \U0001f600 \udfff\r\n"

    cleaned = sanitize(text)

    assert cleaned == "« Ça \ufffd va » \U0001f600 \ufffd\r\n"
    assert len(cleaned) == len(text)
    assert sanitize(MINISTRE) is MINISTRE


# ---------------------------------------------------------------------------------------------
# HTML


class TestHtml:
    def test_a_news_page_is_extracted_with_its_metadata(self, tmp_path: Path) -> None:
        path = tmp_path / "retraites.html"
        path.write_text(PAGE, encoding="utf-8")

        article = only_article(path)

        assert article.id == "retraites"
        assert article.source == str(path)
        assert article.title == "Réforme des retraites : la ministre ne cédera pas"
        assert article.outlet == "Le Quotidien du Centre"
        assert article.date == "2023-03-14"
        for paragraph in PARAGRAPHS:
            assert paragraph in article.text
        assert "Accueil" not in article.text
        assert "<p>" not in article.text

    def test_offsets_index_the_extracted_text(self, tmp_path: Path) -> None:
        path = tmp_path / "retraites.htm"
        path.write_text(PAGE, encoding="utf-8")

        article = only_article(path)

        start = article.text.index("« Nous ne céderons pas »")
        assert article.text[start : start + 24] == "« Nous ne céderons pas »"

    def test_a_latin1_page_is_decoded_before_extraction(self, tmp_path: Path) -> None:
        path = tmp_path / "ancien.html"
        path.write_bytes(PAGE.replace("utf-8", "iso-8859-1").replace("–", "-").encode("latin-1"))

        article = only_article(path)

        assert article.title == "Réforme des retraites : la ministre ne cédera pas"
        assert PARAGRAPHS[2] in article.text

    def test_a_page_without_article_text_is_reported(self, tmp_path: Path) -> None:
        path = tmp_path / "vide.html"
        path.write_text("<html><head><title>Accueil</title></head><body></body></html>")

        assert only_error(path) == ReadError(str(path), None, "no article text found")


# ---------------------------------------------------------------------------------------------
# Folders


class TestFolders:
    def test_folders_are_walked_recursively_in_sorted_order(self, tmp_path: Path) -> None:
        (tmp_path / "b").mkdir()
        (tmp_path / "a" / "z").mkdir(parents=True)
        (tmp_path / "b" / "2.txt").write_text(SYNDICAT, encoding="utf-8")
        (tmp_path / "a" / "z" / "1.txt").write_text(DEPUTE, encoding="utf-8")
        (tmp_path / "a" / "y.jsonl").write_text(jsonl({"id": "y", "text": MINISTRE}), "utf-8")
        (tmp_path / "a" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
        (tmp_path / "c.json").write_text(json.dumps({"id": "c", "text": DEPUTE}), "utf-8")
        (tmp_path / "lisez-moi.md").write_text("Notes de travail", encoding="utf-8")

        items = read_all(tmp_path)

        assert all(isinstance(item, Article) for item in items), items
        assert [item.id for item in items if isinstance(item, Article)] == ["y", "1", "2", "c"]

    def test_hidden_files_and_folders_are_skipped(self, tmp_path: Path) -> None:
        (tmp_path / ".git").mkdir()
        (tmp_path / ".git" / "HEAD.txt").write_text("ref: refs/heads/main", encoding="utf-8")
        (tmp_path / "._article.txt").write_bytes(b"\x00\x05\x16\x07Mac OS X")
        (tmp_path / "article.txt").write_text(DEPUTE, encoding="utf-8")

        assert only_article(tmp_path).id == "article"

    def test_a_folder_with_no_readable_files_says_what_it_skipped(self, tmp_path: Path
                                                                   ) -> None:
        (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")

        (error,) = read_all(tmp_path)
        assert error.message.startswith("no article file in this folder: skipped 1 file "
                                        "(1 .png)")

    def test_a_bad_file_in_a_folder_does_not_stop_the_batch(self, tmp_path: Path) -> None:
        (tmp_path / "1.txt").write_bytes(b"%PDF-1.4\n")
        (tmp_path / "2.txt").write_text(DEPUTE, encoding="utf-8")

        items = read_all(tmp_path)

        assert isinstance(items[0], ReadError) and "PDF" in items[0].message
        assert isinstance(items[1], Article) and items[1].id == "2"


# ---------------------------------------------------------------------------------------------
# Standard input


class TestStdin:
    def test_plain_text_from_a_binary_stream_keeps_crlf(self) -> None:
        stdin = io.BytesIO(MINISTRE.encode("utf-8"))

        article = only_article("-", stdin=stdin)

        assert article == Article(id="stdin", text=MINISTRE, source="<stdin>")

    def test_a_text_wrapper_is_read_through_its_buffer(self) -> None:
        stdin = io.TextIOWrapper(io.BytesIO(MINISTRE.encode("utf-8")), encoding="utf-8")

        assert only_article("-", stdin=stdin).text == MINISTRE

    def test_a_text_stream_without_buffer_is_accepted(self) -> None:
        assert only_article("-", stdin=io.StringIO(DEPUTE)).text == DEPUTE

    def test_json_lines_are_sniffed(self) -> None:
        data = jsonl({"text": DEPUTE}, {"text": SYNDICAT}) + "pas du JSON\n"
        stdin = io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8")

        items = read_all("-", stdin=stdin)

        assert [type(item) for item in items] == [Article, Article, ReadError]
        assert isinstance(items[1], Article)
        assert (items[1].id, items[1].source) == ("stdin:2", "<stdin>:2")
        assert isinstance(items[2], ReadError)
        assert (items[2].source, items[2].line) == ("<stdin>", 3)

    def test_a_json_list_is_sniffed(self) -> None:
        stdin = io.BytesIO(json.dumps([{"text": DEPUTE}, {"text": SYNDICAT}]).encode("utf-8"))

        assert [a.id for a in read_all("-", stdin=stdin) if isinstance(a, Article)] == [
            "stdin:1",
            "stdin:2",
        ]

    def test_a_single_json_object_is_sniffed(self) -> None:
        stdin = io.BytesIO(b'  \n{"id": "d7", "text": "\xc2\xab Non \xc2\xbb, dit-il."}')

        assert only_article("-", stdin=stdin).id == "d7"

    def test_text_that_merely_starts_with_a_bracket_is_plain_text(self) -> None:
        text = "[Mise à jour] « Nous ne céderons pas », a déclaré la ministre."

        article = only_article("-", stdin=io.BytesIO(text.encode("utf-8")))

        assert (article.id, article.text) == ("stdin", text)

    def test_html_is_sniffed(self) -> None:
        article = only_article("-", stdin=io.BytesIO(PAGE.encode("utf-8")))

        assert article.id == "stdin"
        assert PARAGRAPHS[1] in article.text

    def test_binary_stdin_is_refused(self) -> None:
        error = only_error("-", stdin=io.BytesIO(b"%PDF-1.5\n..."))

        assert str(error) == "<stdin>: binary file (looks like PDF), not text"


# ---------------------------------------------------------------------------------------------
# Programming errors raise; bad content never does


class TestArguments:
    def test_a_bare_string_instead_of_a_list_is_a_type_error(self, tmp_path: Path) -> None:
        with pytest.raises(TypeError, match=r"not a single str.*iter_articles\(\[path\]\)"):
            iter_articles(str(tmp_path))

    def test_a_bare_path_is_a_type_error_too(self, tmp_path: Path) -> None:
        with pytest.raises(TypeError, match="single"):
            iter_articles(tmp_path)  # type: ignore[arg-type]

    def test_an_input_that_is_not_a_path_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="must be a path"):
            list(iter_articles([42]))  # type: ignore[list-item]

    def test_max_chars_must_be_a_positive_int(self) -> None:
        with pytest.raises(TypeError):
            iter_articles([], max_chars="1000")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="at least 1"):
            iter_articles([], max_chars=0)

    def test_read_error_formats_like_a_compiler_diagnostic(self) -> None:
        assert str(ReadError("a.jsonl", 3, "empty article")) == "a.jsonl:3: empty article"
        assert str(ReadError("a.txt", None, "empty article")) == "a.txt: empty article"


def test_the_published_text_pattern_calls_whitespace_what_the_server_strips():
    import re

    from presswatch.reading.checks import TEXT_PATTERN

    for code in range(0x3001):
        char = chr(code)
        if char == "\0":
            continue
        assert bool(re.fullmatch(TEXT_PATTERN, char)) == bool(char.strip()), hex(code)
