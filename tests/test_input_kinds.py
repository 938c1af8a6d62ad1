"""The inputs users have besides text files: a URL (fetched with trafilatura, here from a
server this test starts on 127.0.0.1), PDF and DOCX files (optional extras), and folders
holding nothing presswatch reads."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from presswatch.reading import Article, ReadError, documents, iter_articles

PARAGRAPHS = [
    "La maire de Villefranche a annoncé mardi la réouverture de la piscine municipale.",
    "« Les travaux sont enfin terminés », a déclaré Claire Vasseur devant le conseil.",
    "Elle a ajouté que les tarifs resteraient inchangés jusqu'à la fin de l'année.",
]
PAGE = ("<html><head><title>La piscine rouvre</title></head><body><nav>Accueil | Sports"
        "</nav><article><h1>La piscine rouvre</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article><footer>Mentions légales</footer></body></html>")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    (root / "piscine-rouvre.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_a_url_is_fetched_and_read_as_its_article(site):
    url = f"{site}/piscine-rouvre.html"
    (article,) = iter_articles([url])
    assert isinstance(article, Article)
    assert article.id == "piscine-rouvre" and article.url == url
    assert all(p in article.text for p in PARAGRAPHS)
    assert "Mentions légales" not in article.text


def test_a_url_that_fails_is_one_error_and_the_batch_goes_on(site, tmp_path):
    good = tmp_path / "bon.txt"
    good.write_text(PARAGRAPHS[1], encoding="utf-8")
    missing, article = iter_articles([f"{site}/absente.html", str(good)])
    assert isinstance(missing, ReadError) and "HTTP status 404" in missing.message
    assert missing.source == f"{site}/absente.html"
    assert isinstance(article, Article) and article.id == "bon"


def test_annotate_takes_a_url(site, nlp, monkeypatch):
    import json

    from click.testing import CliRunner

    from presswatch import cli

    monkeypatch.setattr(cli, "_load_model", lambda name: nlp)
    result = CliRunner().invoke(cli.cli, ["annotate", f"{site}/piscine-rouvre.html"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["url"].endswith("/piscine-rouvre.html")
    assert any(q["text"] == "Les travaux sont enfin terminés" for q in record["quotes"])


def _pdf(path: Path, lines: list[str]) -> None:
    """A one-page PDF whose text is ``lines`` (Helvetica, WinAnsi: accents included)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    def literal(text: str) -> str:
        raw = text.encode("cp1252")
        return "".join(chr(b) if 32 <= b < 127 and chr(b) not in "()\\" else f"\\{b:03o}"
                       for b in raw)

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 740 Td"]
    ops += [f"({literal(line)}) Tj T*" for line in lines]
    stream = DecodedStreamObject()
    stream.set_data(("\n".join([*ops, "ET"])).encode("latin-1"))
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    page[NameObject("/Contents")] = writer._add_object(stream)
    with open(path, "wb") as fh:
        writer.write(fh)


def test_a_pdf_is_read_as_its_text(tmp_path):
    path = tmp_path / "communique.pdf"
    _pdf(path, PARAGRAPHS)
    (article,) = iter_articles([str(path)])
    assert isinstance(article, Article) and article.id == "communique"
    assert "« Les travaux sont enfin terminés », a déclaré Claire Vasseur" in article.text


def test_a_docx_is_read_paragraph_by_paragraph(tmp_path):
    import docx

    document = docx.Document()
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    path = tmp_path / "depeche.docx"
    document.save(str(path))
    (article,) = iter_articles([str(tmp_path)])  # a folder: .docx is an article file
    assert isinstance(article, Article) and article.id == "depeche"
    assert article.text == "\n".join(PARAGRAPHS)


def test_a_damaged_document_is_one_error(tmp_path):
    (tmp_path / "abime.pdf").write_bytes(b"%PDF-1.7\nrien de plus")
    (error,) = iter_articles([str(tmp_path / "abime.pdf")])
    assert isinstance(error, ReadError) and error.message.startswith("not a readable PDF")


def test_without_the_extra_a_document_says_what_to_install(tmp_path, monkeypatch):
    (tmp_path / "depeche.docx").write_bytes(b"PK\x03\x04")
    monkeypatch.setattr(documents.importlib.util, "find_spec", lambda name: None)
    (error,) = iter_articles([str(tmp_path / "depeche.docx")])
    assert error.message == ("reading DOCX files needs docx: "
                             "pip install 'presswatch[docx]'")


def test_a_folder_of_unsupported_files_says_what_it_skipped(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("a.png", "b.png", "notes.odt", "LISEZMOI"):
        (folder / name).write_bytes(b"x")
    (error,) = iter_articles([str(folder)])
    assert isinstance(error, ReadError) and error.source == str(folder)
    assert error.message.startswith("no article file in this folder: skipped 4 files "
                                    "(1 .odt, 2 .png, 1 without an ending)")
