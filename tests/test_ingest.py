import gzip
import io
import json
import os
from datetime import date

import pytest

from chronik.errors import InputError
from chronik.ingest import Limits, parse_date, read_articles
from chronik.records import Article


def test_parse_date_accepts_both_forms():
    assert parse_date("2019-02-06") == parse_date("20190206") == date(2019, 2, 6)


@pytest.mark.parametrize(
    ("bad", "says"),
    [("06.02.2019", "YYYY-MM-DD"), ("tomorrow", "YYYY-MM-DD"), ("2019-13-01", "no real day"),
     ("2019-02-30", "no real day"), ("0000-01-01", "no real day"), ("2016/2015", "ends before")],
)  # fmt: skip
def test_parse_date_rejects_other_forms(bad, says):
    with pytest.raises(ValueError, match=says):
        parse_date(bad)


def test_read_txt_is_one_article_named_by_file(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Die USA und Nordkorea verhandeln.", encoding="utf-8")
    (article,) = read_articles([str(path)], lang="de", on=date(2019, 2, 6))
    assert article == Article(
        id="brief", text="Die USA und Nordkorea verhandeln.", lang="de",
        date=date(2019, 2, 6), origin=str(path),
    )  # fmt: skip


def test_read_jsonl_reports_bad_lines_and_keeps_the_rest(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "a", "text": "Erster Text.", "lang": "de", "date": "20190206", "title": "T"},
        "not json",
        {"id": "b", "text": ""},
        {"text": "no id"},
        {"id": "c", "text": "Dritter.", "date": "6.2.2019"},
        {"id": "d", "text": "Vierter.", "lang": "German"},
        {"id": 5, "text": "Fifth.", "url": "https://example.org/5", "source": "wire"},
    ]
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    found = list(read_articles([str(path)]))
    articles = [a for a in found if isinstance(a, Article)]
    errors = [str(e) for e in found if isinstance(e, InputError)]
    assert [a.id for a in articles] == ["a", "c", "5"]
    assert articles[1].date is None and articles[1].warnings == (
        f"{path}:5: field 'date': '6.2.2019' is not a date (use ISO 8601: YYYY-MM-DD, YYYYMMDD,"
        " YYYY-MM, YYYY, a datetime, or a range like 2015/2016); coded without a date",
    )
    assert articles[0].date == date(2019, 2, 6) and articles[0].title == "T"
    assert articles[2].url == "https://example.org/5" and articles[2].origin == f"{path}:7"
    assert errors == [
        f"{path}:2: not valid JSON (Expecting value at column 1)",
        f"{path}:3: missing or empty 'text'",
        f"{path}:4: missing 'id'",
        f"{path}:6: field 'lang' must be a two-letter code like 'de'",
    ]


def test_read_directory_recurses_in_name_order_and_reads_gzip(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B text.")
    with gzip.open(tmp_path / "sub" / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a1", "text": "A text."}) + "\n")
    (tmp_path / "notes.md").write_text("ignored")
    assert [a.id for a in read_articles([str(tmp_path)])] == ["b", "a1"]


def test_read_html_extracts_main_text(tmp_path):
    paragraph = (
        "Die Regierung in Berlin hat am Montag neue Sanktionen gegen Russland verhängt. " * 4
    )
    page = (
        "<html><head><title>Sanktionen</title></head><body><nav>Menü Start Kontakt</nav>"
        f"<article><h1>Sanktionen</h1><p>{paragraph}</p><p>{paragraph}</p></article>"
        "<footer>Impressum</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (article,) = read_articles([str(tmp_path / "page.html")])
    assert "neue Sanktionen gegen Russland" in article.text
    assert "Impressum" not in article.text


def test_read_reports_missing_empty_and_unsupported_files(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "table.csv").write_text("a,b")
    found = [
        str(e)
        for e in read_articles([str(tmp_path / x) for x in ("nope.txt", "empty.txt", "table.csv")])
    ]
    assert found[0].endswith("nope.txt: no such file or directory")
    assert found[1].endswith("empty.txt: the file is empty")
    assert found[2].endswith("unsupported file type '.csv'; use .txt, .jsonl, .html, .htm")


def test_read_stdin_takes_jsonl_or_plain_text(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "x", "text": "Hallo."}\n'))
    assert [a.id for a in read_articles(["-"])] == ["x"]
    monkeypatch.setattr("sys.stdin", io.StringIO("Plain text article."))
    (article,) = read_articles(["-"], lang="en")
    assert (article.id, article.lang, article.origin) == ("stdin", "en", "<stdin>")


def _records(path):
    found = list(read_articles([str(path)]))
    return [a.id for a in found if isinstance(a, Article)], [
        str(e) for e in found if isinstance(e, InputError)
    ]


def _line(doc_id, text="Ein Text."):
    return json.dumps({"id": doc_id, "text": text}).encode() + b"\n"


def test_read_jsonl_bad_utf8_is_one_error_naming_its_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_line("a") + _line("b") + b'{"id": "c", "text": "\xff"}\n' + _line("d"))
    ids, errors = _records(path)
    assert ids == ["a", "b", "d"]
    assert errors == [f"{path}:3: not UTF-8 (invalid byte 0xff at column 22)"]


def test_read_jsonl_lone_surrogate_is_one_error_naming_its_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_line("a") + b'{"id": "s", "text": "x \\ud800 y"}\n' + _line("b"))
    ids, errors = _records(path)
    assert ids == ["a", "b"]
    assert errors == [
        f"{path}:2: field 'text' holds a lone surrogate (\\ud800 at character 2), which is "
        "not text; fix the encoder that wrote it"
    ]


def test_read_truncated_gzip_keeps_the_records_before_the_damage(tmp_path):
    whole = gzip.compress(
        b"".join(_line(f"r{i}", f"Artikel Nummer {i}. " * 20) for i in range(300))
    )
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    ids, errors = _records(path)
    assert 50 < len(ids) < 300 and ids == [f"r{i}" for i in range(len(ids))]
    assert len(errors) == 1 and errors[0].startswith(f"{path}:")
    assert "cannot read on from here" in errors[0]


def test_read_corrupt_gzip_is_one_error_and_the_next_file_is_read(tmp_path):
    whole = bytearray(gzip.compress(b"".join(_line(f"r{i}") for i in range(100))))
    whole[30:60] = b"\x00" * 30
    (tmp_path / "a.jsonl.gz").write_bytes(bytes(whole))
    (tmp_path / "b.jsonl").write_bytes(_line("after"))
    (tmp_path / "c.txt.gz").write_bytes(b"not gzip at all")
    found = list(read_articles([str(tmp_path)]))
    errors = [str(e) for e in found if isinstance(e, InputError)]
    assert [a.id for a in found if isinstance(a, Article)][-1] == "after"
    assert len(errors) == 2 and "a.jsonl.gz" in errors[0] and "c.txt.gz" in errors[1]
    assert all("\n" not in e for e in errors)


def test_read_gzip_bomb_stops_at_the_byte_limit(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(_line("first"))
        handle.write(b" " * (5 << 20))
    found = list(read_articles([str(path)], limits=Limits(max_bytes=1 << 20)))
    assert [a.id for a in found if isinstance(a, Article)] == ["first"]
    (error,) = [str(e) for e in found if isinstance(e, InputError)]
    assert error == (
        f"{path}:2: stopped reading: the input is larger than 1048576 bytes (raise --max-bytes)"
    )


def test_read_skips_a_record_over_the_record_limit_and_reads_on(tmp_path):
    path = tmp_path / "long.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(_line("a") + _line("huge", "x" * (3 << 20)) + _line("b"))
    found = list(read_articles([str(path)], limits=Limits(max_record=1 << 20)))
    assert [a.id for a in found if isinstance(a, Article)] == ["a", "b"]
    assert [str(e) for e in found if isinstance(e, InputError)] == [
        f"{path}:2: record longer than 1048576 bytes, skipped (raise --max-record)"
    ]
    (tmp_path / "big.txt").write_text("x" * 2000)
    (error,) = read_articles([str(tmp_path / "big.txt")], limits=Limits(max_record=1000))
    assert str(error).endswith(
        "big.txt: record longer than 1000 bytes, skipped (raise --max-record)"
    )


def test_read_empty_jsonl_is_reported(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n")
    assert [str(e) for e in read_articles([str(tmp_path / "empty.jsonl")])] == [
        f"{tmp_path / 'empty.jsonl'}: no records (the file is empty)"
    ]


def test_long_article_is_split_into_parts_at_paragraphs(tmp_path):
    paragraph = "Die USA und Nordkorea verhandeln. " * 30
    text = "\n\n".join([paragraph] * 40)
    (tmp_path / "long.txt").write_text(text)
    parts = list(read_articles([str(tmp_path / "long.txt")], limits=Limits(max_chars=5000)))
    assert all(isinstance(p, Article) and len(p.text) <= 5000 for p in parts)
    assert "".join(p.text for p in parts) == text
    assert [p.id for p in parts[:3]] == ["long", "long#2", "long#3"]
    assert all(p.text.endswith("\n\n") for p in parts[:-1])
    assert parts[1].origin.endswith("(part 2, from character 5122)") or "part 2" in parts[1].origin


def test_read_jsonl_dates_keep_their_precision(tmp_path):
    path = tmp_path / "dates.jsonl"
    dates = ["2020-01-30T05:51:41+01:00", "2018-05", "2015/2016", "2019-02-30"]
    path.write_text("".join(json.dumps({"id": str(i), "text": "T.", "date": d}) + "\n"
                            for i, d in enumerate(dates)))  # fmt: skip
    found = list(read_articles([str(path)]))
    assert [(a.date, a.date_precision, a.date_end) for a in found] == [
        (date(2020, 1, 30), "day", None),
        (date(2018, 5, 1), "month", None),
        (date(2015, 1, 1), "year", date(2016, 1, 1)),
        (None, "day", None),
    ]
    assert found[3].warnings == (
        f"{path}:4: field 'date': '2019-02-30' names no real day (day is out of range for "
        "month); coded without a date",
    )


def test_read_stdin_bad_utf8_and_jsonl_lines(monkeypatch):
    raw = io.BytesIO(b"\n  " + _line("x") + b'{"id": "y", "text": "\xc3"}\n' + _line("z"))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    found = list(read_articles(["-"]))
    assert [a.id for a in found if isinstance(a, Article)] == ["x", "z"]
    assert [str(e) for e in found if isinstance(e, InputError)] == [
        "<stdin>:3: not UTF-8 (invalid byte 0xc3 at column 22)"
    ]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Text \xff."), encoding="utf-8"))
    assert [str(e) for e in read_articles(["-"])] == [
        "<stdin>: not UTF-8 text (invalid byte 0xff at line 1, column 6)"
    ]


def test_directory_walk_skips_links_leading_outside_and_says_so(tmp_path):
    outside, inside = tmp_path / "outside", tmp_path / "in"
    outside.mkdir()
    (inside / "sub").mkdir(parents=True)
    (outside / "secret.txt").write_text("Geheim.")
    (inside / "a.txt").write_text("A.")
    (inside / "link.txt").symlink_to(outside / "secret.txt")
    (inside / "dirlink").symlink_to(outside)
    (inside / "sub" / "b.txt").write_text("B.")
    (inside / "sub" / "loop").symlink_to(inside)  # inside: followed once, no loop
    found = list(read_articles([str(inside)]))
    assert sorted(a.id for a in found if isinstance(a, Article)) == ["a", "b"]
    errors = [str(e) for e in found if isinstance(e, InputError)]
    assert errors == [
        f"{inside / 'dirlink'}: skipped: a link to {outside}, outside {inside} "
        "(--follow-links reads it)",
        f"{inside / 'link.txt'}: skipped: a link to {outside / 'secret.txt'}, outside {inside} "
        "(--follow-links reads it)",
    ]
    followed = list(read_articles([str(inside)], limits=Limits(follow_links=True)))
    assert sorted(a.id for a in followed) == ["a", "b", "link", "secret"]


def test_directory_walk_reports_an_unreadable_subdirectory(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text("A.")
    scandir = os.scandir

    def refuse(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    found = list(read_articles([str(tmp_path)]))
    assert [a.id for a in found if isinstance(a, Article)] == ["a"]
    assert [str(e) for e in found if isinstance(e, InputError)] == [
        f"{tmp_path / 'locked'}: skipped: cannot read this directory (Permission denied)"
    ]
