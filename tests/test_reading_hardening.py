"""Specification of what the reader does with hostile or odd inputs (issue 13, items 3-9).

File names as the OS gives them, UTF-16 and UTF-32 with a byte order mark, NUL characters
wherever they are, HTML nested very deep, one line per error, the checks every article
passes (shared with the HTTP API), URLs that are not links, and ids used twice in a batch.
"""

from __future__ import annotations

import codecs
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presswatch.reading import Article, InputError, ReadError, iter_articles
from presswatch.reading.checks import DATE_PATTERN, check_article, check_date

MAIRE = "« Le pont sera rouvert avant l'été », a promis la maire devant le conseil.\r\n"
BOULANGER = "Le boulanger a confié : « Nous n'avons jamais vendu autant de galettes. »\n"


def read_all(*inputs: str | Path, **kwargs: object) -> list[Article | ReadError]:
    return list(iter_articles(list(inputs), **kwargs))  # type: ignore[arg-type]


def articles(items: list[Article | ReadError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def errors(items: list[Article | ReadError]) -> list[ReadError]:
    return [i for i in items if isinstance(i, ReadError)]


def jsonl(*records: object) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def assert_one_utf8_line(value: str) -> None:
    value.encode("utf-8")  # no lone surrogate: a terminal, a JSON file or a database takes it
    assert len(value.splitlines()) == 1, value


# ---- 3. file names as the OS gives them -----------------------------------------------------


def _bytes_name(folder: Path, name: bytes) -> Path:
    path = os.path.join(os.fsencode(folder), name)
    with open(path, "wb") as f:
        f.write(MAIRE.encode())
    return Path(os.fsdecode(path))


class TestFileNames:
    def test_a_name_that_is_not_utf8_is_read_and_shown_escaped(self, tmp_path: Path) -> None:
        _bytes_name(tmp_path, b"conseil-municipal-\xe9t\xe9.txt")
        (tmp_path / "zz-boulanger.txt").write_text(BOULANGER, encoding="utf-8")

        items = read_all(tmp_path)

        assert [a.text for a in articles(items)] == [MAIRE, BOULANGER]
        first = articles(items)[0]
        assert first.id == "conseil-municipal-\\xe9t\\xe9"
        assert first.source == str(tmp_path / "conseil-municipal-\\xe9t\\xe9.txt")
        for value in (first.id, first.source):
            assert_one_utf8_line(value)

    def test_such_a_name_given_on_the_command_line_is_read_too(self, tmp_path: Path) -> None:
        path = _bytes_name(tmp_path, b"\xff\xfe-ordre-du-jour.txt")

        (article,) = read_all(path)

        assert isinstance(article, Article) and article.text == MAIRE
        assert article.id == "\\xff\\xfe-ordre-du-jour"

    def test_an_error_about_such_a_name_is_one_readable_line(self, tmp_path: Path) -> None:
        missing = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"absent-\xe0.txt")))

        (error,) = read_all(missing)

        assert isinstance(error, ReadError)
        assert_one_utf8_line(str(error))
        assert "absent-\\xe0.txt" in str(error)

    def test_a_newline_in_a_name_never_splits_an_error_line(self, tmp_path: Path) -> None:
        (tmp_path / "compte\nrendu.txt").write_bytes(b"%PDF-1.4 ...")
        (tmp_path / "retour\rchariot.txt").write_bytes(b"")

        items = read_all(tmp_path)

        assert len(errors(items)) == 2
        for error in errors(items):
            assert_one_utf8_line(str(error))
        assert "compte\\nrendu.txt" in str(errors(items)[0])

    def test_a_message_with_a_line_break_stays_on_one_line(self) -> None:
        error = ReadError("a.json", 3, "le champ\nest\u2028coupé")

        assert str(error) == "a.json:3: le champ\\nest\\u2028coupé"


# ---- 4. UTF-16 and UTF-32 with a byte order mark ----------------------------------------------


WIDE = [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)]


@pytest.mark.parametrize(("encoding", "bom"), WIDE, ids=[e for e, _ in WIDE])
class TestWideEncodings:
    def test_a_text_file_is_decoded_and_its_bom_dropped(self, tmp_path: Path, encoding: str,
                                                       bom: bytes) -> None:
        path = tmp_path / "maire.txt"
        path.write_bytes(bom + MAIRE.encode(encoding))

        (article,) = read_all(path)

        assert isinstance(article, Article), article
        assert article.text == MAIRE  # offsets index the decoded text, \r\n kept

    def test_json_lines_are_split_after_decoding(self, tmp_path: Path, encoding: str,
                                                 bom: bytes) -> None:
        path = tmp_path / "fil.jsonl"
        data = jsonl({"id": "a", "text": MAIRE}, {"id": "b", "text": BOULANGER})
        path.write_bytes(bom + data.decode().encode(encoding))

        items = read_all(path)

        assert [(a.id, a.text) for a in articles(items)] == [("a", MAIRE), ("b", BOULANGER)]
        assert not errors(items)

    def test_standard_input_is_decoded_too(self, encoding: str, bom: bytes) -> None:
        stream = io.BytesIO(bom + jsonl({"id": "a", "text": MAIRE}).decode().encode(encoding))

        (article,) = read_all("-", stdin=stream)

        assert isinstance(article, Article) and article.text == MAIRE


def test_truncated_utf16_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "coupe.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + MAIRE.encode("utf-16-le")[:-1])

    (error,) = read_all(path)

    assert isinstance(error, ReadError) and "UTF-16" in error.message


def test_a_lone_surrogate_in_utf16_is_replaced_one_for_one(tmp_path: Path) -> None:
    path = tmp_path / "seul.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Oui ".encode("utf-16-le") + b"\x00\xd8"
                     + " non".encode("utf-16-le"))

    (article,) = read_all(path)

    assert isinstance(article, Article) and article.text == "Oui \ufffd non"


# ---- 5. NUL, wherever it is -------------------------------------------------------------------


class TestNul:
    def test_a_nul_after_the_first_8_kib_is_refused_not_cut(self, tmp_path: Path) -> None:
        text = MAIRE * 200  # about 15,000 characters
        (tmp_path / "a-long.txt").write_text(text[:12_000] + "\0" + text[12_000:])
        (tmp_path / "b-court.txt").write_text(BOULANGER)

        items = read_all(tmp_path)

        (error,) = errors(items)
        assert "a-long.txt" in error.source
        assert "NUL" in error.message and "12000" in error.message
        assert [a.text for a in articles(items)] == [BOULANGER]

    @pytest.mark.parametrize("field", ["text", "title", "url", "outlet", "date", "id"])
    def test_a_nul_in_any_json_field_refuses_that_record_only(self, tmp_path: Path,
                                                               field: str) -> None:
        bad = {"id": "x", "text": MAIRE, "title": "Conseil", "url": "https://ex.fr/a",
               "outlet": "La Gazette", "date": "2024-03-05"}
        bad[field] = bad[field][:2] + "\0" + bad[field][2:]
        path = tmp_path / "fil.jsonl"
        path.write_bytes(jsonl(bad, {"id": "y", "text": BOULANGER}))

        items = read_all(path)

        (error,) = errors(items)
        assert error.line == 1 and f"{field} contains a NUL character" in error.message
        assert [a.id for a in articles(items)] == ["y"]

    def test_a_raw_nul_on_a_json_line_spoils_only_that_line(self, tmp_path: Path) -> None:
        path = tmp_path / "fil.jsonl"
        good = jsonl({"id": "y", "text": BOULANGER})
        path.write_bytes(b"x" * 9000 + b"\n" + b'{"id": "x", "text": "a\x00b"}\n' + good)

        items = read_all(path)

        assert [e.line for e in errors(items)] == [1, 2]
        assert "NUL" in errors(items)[1].message
        assert [a.id for a in articles(items)] == ["y"]

    def test_a_nul_on_standard_input_is_refused(self) -> None:
        (error,) = read_all("-", stdin=io.BytesIO(MAIRE.encode() * 200 + b"\0"))

        assert isinstance(error, ReadError) and "NUL" in error.message


# ---- 6. HTML nested very deep ---------------------------------------------------------------


def test_html_nested_deeper_than_256_levels_keeps_its_text(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{s} Le conseil a débattu longuement de ce projet de pont.</p>"
                         for s in (MAIRE.strip(), BOULANGER.strip()))
    page = ("<html><head><title>Conseil municipal</title></head><body>"
            + "<div>" * 400 + f"<article>{paragraphs}</article>" + "</div>" * 400
            + "</body></html>")
    path = tmp_path / "profond.html"
    path.write_text(page, encoding="utf-8")

    (article,) = read_all(path)

    assert isinstance(article, Article), article
    assert "galettes" in article.text and "avant l'été" in article.text


# ---- 8. one set of checks for every article ---------------------------------------------------


class TestChecks:
    @pytest.mark.parametrize("value", ["2022", "2022-02", "2022-02-28", "2024-02-29",
                                       "2000-02-29", "2022-02-10T08:30:00+01:00",
                                       "2022-02-10T08:30:00.250Z", "2022-02-10T08:30+0100",
                                       "2022-02-10 08:30"])
    def test_real_dates_are_accepted(self, value: str) -> None:
        assert check_date(value) == value

    @pytest.mark.parametrize("value", ["2022-13-45", "2022-13", "2023-02-29", "1900-02-29",
                                       "2022-04-31", "2022-00", "2022-02-10T25:00", "hier",
                                       "10/02/2022", "0000"])
    def test_impossible_or_unreadable_dates_are_refused(self, value: str) -> None:
        with pytest.raises(InputError, match=f'date "{value}" is not a real date'):
            check_date(value)

    @given(st.from_regex(DATE_PATTERN, fullmatch=True))
    @settings(max_examples=300, deadline=None, database=None)
    def test_every_date_the_published_pattern_admits_is_accepted(self, value: str) -> None:
        """The API's schema publishes DATE_PATTERN: nothing it admits may be refused."""
        check_date(value)

    def test_a_blank_date_is_no_date(self) -> None:
        assert check_date(None) is None and check_date("  ") is None

    def test_an_impossible_date_in_a_record_is_an_error_on_its_line(self,
                                                                  tmp_path: Path) -> None:
        path = tmp_path / "fil.jsonl"
        path.write_bytes(jsonl({"id": "a", "text": MAIRE, "date": "2022-13-45"},
                               {"id": "b", "text": BOULANGER, "date": "2022-12-24"}))

        items = read_all(path)

        assert [str(e) for e in errors(items)] == [
            f'{path}:1: date "2022-13-45" is not a real date: expected YYYY, YYYY-MM or '
            "YYYY-MM-DD, a time may follow the day"]
        assert [a.date for a in articles(items)] == ["2022-12-24"]

    @pytest.mark.parametrize("text", ["", "   ", "\r\n\t\u00a0\u2003"])
    def test_a_text_of_only_whitespace_is_an_empty_article(self, text: str) -> None:
        with pytest.raises(InputError, match="empty article"):
            check_article(Article(id="a", text=text))


# ---- 1. URLs that are not web links are kept as text, and said so -----------------------------


class TestUrls:
    def test_surrounding_spaces_are_not_part_of_a_url(self, tmp_path: Path) -> None:
        path = tmp_path / "fil.jsonl"
        path.write_bytes(jsonl({"id": "a", "text": MAIRE, "url": "  https://ex.fr/pont \n"}))

        (article,) = read_all(path)

        assert isinstance(article, Article)
        assert article.url == "https://ex.fr/pont" and article.notes == ()

    @pytest.mark.parametrize("url", ["javascript:alert(1)", "  JavaScript:alert(1)",
                                     "data:text/html,<b>x</b>", "java\tscript:alert(1)",
                                     "/relatif", "https://"])
    def test_a_url_that_is_not_http_is_kept_as_text_with_a_note(self, tmp_path: Path,
                                                                url: str) -> None:
        path = tmp_path / "fil.jsonl"
        path.write_bytes(jsonl({"id": "a", "text": MAIRE, "url": url}))

        (article,) = read_all(path)

        assert isinstance(article, Article)
        assert article.url == url.strip()
        (note,) = article.notes
        assert "not an http(s) URL" in note and "kept as text" in note
        assert_one_utf8_line(note)


# ---- 9. ids used twice in one batch --------------------------------------------------------


class TestDuplicateIds:
    def test_a_second_article_with_an_id_gets_a_distinct_one(self, tmp_path: Path) -> None:
        path = tmp_path / "fil.jsonl"
        path.write_bytes(jsonl({"id": "pont", "text": MAIRE},
                               {"id": "pont", "text": BOULANGER},
                               {"id": "pont", "text": MAIRE + "Suite."}))

        items = articles(read_all(path))

        assert [a.id for a in items] == ["pont", "pont~2", "pont~3"]
        assert items[0].notes == ()
        assert items[1].notes == (f'id "pont" is already used by {path}:1 in this batch; '
                                  'this article is "pont~2"',)

    def test_files_with_one_stem_in_two_folders_are_both_read(self, tmp_path: Path) -> None:
        for folder, text in (("lundi", MAIRE), ("mardi", BOULANGER)):
            (tmp_path / folder).mkdir()
            (tmp_path / folder / "conseil.txt").write_text(text)

        items = articles(read_all(tmp_path))

        assert [(a.id, a.text) for a in items] == [("conseil", MAIRE), ("conseil~2", BOULANGER)]

    def test_a_renamed_id_never_takes_one_given_later(self, tmp_path: Path) -> None:
        path = tmp_path / "fil.jsonl"
        path.write_bytes(jsonl({"id": "a", "text": MAIRE}, {"id": "a", "text": BOULANGER},
                               {"id": "a~2", "text": MAIRE + "Bis."}))

        assert [a.id for a in articles(read_all(path))] == ["a", "a~2", "a~2~2"]


def test_html_nested_past_what_any_parser_setting_reads_says_why(tmp_path: Path) -> None:
    page = ("<html><body>" + "<div>" * 2100 + f"<p>{MAIRE.strip()}</p>" + "</div>" * 2100
            + "</body></html>")
    path = tmp_path / "abyssal.html"
    path.write_text(page, encoding="utf-8")

    (error,) = read_all(path)

    assert isinstance(error, ReadError)
    assert error.message.startswith("HTML nested more than 2048 levels deep")
