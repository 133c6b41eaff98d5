import gzip
import io
import json
from datetime import date

import pytest

from chronik.errors import InputError
from chronik.ingest import parse_date, read_articles
from chronik.records import Article


def test_parse_date_accepts_both_forms():
    assert parse_date("2019-02-06") == parse_date("20190206") == date(2019, 2, 6)


@pytest.mark.parametrize("bad", ["06.02.2019", "2019-13-01", "tomorrow"])
def test_parse_date_rejects_other_forms(bad):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
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
    assert [a.id for a in articles] == ["a", "5"]
    assert articles[0].date == date(2019, 2, 6) and articles[0].title == "T"
    assert articles[1].url == "https://example.org/5" and articles[1].origin == f"{path}:7"
    assert errors == [
        f"{path}:2: not valid JSON (Expecting value at column 1)",
        f"{path}:3: missing or empty 'text'",
        f"{path}:4: missing 'id'",
        f"{path}:5: field 'date': '6.2.2019' is not a date (use YYYY-MM-DD or YYYYMMDD)",
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
