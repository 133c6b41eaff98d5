"""chronik export: every format from one hand-built store."""

import csv
import io
import json
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner

from chronik.cli import main
from chronik.export import GDELT_COLUMNS, gdelt_row
from chronik.output import plover_json
from chronik.records import Article, EventDate, Place, Span
from chronik.store import Store

TEXT = "Die USA und Nordkorea verhandeln derzeit."


@pytest.fixture
def db(tmp_path, make_event):
    path = tmp_path / "c.duckdb"
    article = Article(id="doc", text=TEXT, lang="de", date=date(2019, 2, 6), source="dpa",
                      url="https://example.org/doc")  # fmt: skip
    hanoi = Place(name="Hanoi", country="VNM", lat=21.02, lon=105.84, geonames_id=1581130,
                  span=Span(0, 5, "Hanoi"))  # fmt: skip
    events = [
        make_event(date=EventDate("2019-02-27"), location=hanoi, goldstein=3.5, quad_class=1),
        make_event(cameo="057", date=EventDate("2018-06", precision="month")),
        make_event(cameo="036", negated=True),
    ]
    with Store(path) as store:
        store.add_many([(article, events, [])])
    return path


def export(db, *args):
    result = CliRunner().invoke(main, ["export", "--db", str(db), *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_export_jsonl_and_plover_are_the_stored_contract(db):
    with Store(db, read_only=True) as store:
        stored = store.events()
    lines = [json.loads(line) for line in export(db, "--format", "jsonl").splitlines()]
    assert lines == stored
    plover = [json.loads(line) for line in export(db, "--format", "plover").splitlines()]
    assert plover == [plover_json(event) for event in stored]
    assert plover[0]["event_loc"]["name"] == "Hanoi" and plover[0]["coder"] == "chronik"


def test_export_filters_like_events(db):
    assert [json.loads(line)["cameo"] for line in export(db, "--code", "05").splitlines()] == [
        "057"
    ]
    every = export(db, "--negated", "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(every)))) == 3


def test_export_csv_has_the_export_schema(db):
    rows = list(csv.DictReader(io.StringIO(export(db, "--format", "csv"))))
    assert [r["cameo"] for r in rows] == ["046", "057"]
    assert rows[0]["goldstein"] == "3.5" and rows[0]["article_source"] == "dpa"
    assert "event" not in rows[0]


def test_export_parquet_through_copy(db, tmp_path):
    out = tmp_path / "events.parquet"
    export(db, "--format", "parquet", "--output", out)
    with Store(db, read_only=True) as store:
        expected = store.select().fetchall()
    assert duckdb.sql(f"SELECT * FROM '{out}'").fetchall() == expected
    missing = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet"])
    assert missing.exit_code == 2 and "--output" in missing.output


def test_export_gdelt_rows_have_the_gdelt_columns(db, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(db, "--format", "gdelt", "--output", out) == ""
    first, second = (line.split("\t") for line in out.read_text().splitlines())
    assert len(GDELT_COLUMNS) == 58 and len(first) == 58
    row = dict(zip(GDELT_COLUMNS, first, strict=True))
    assert row["SQLDATE"] == "20190227" and row["Year"] == "2019"
    assert row["Actor1Code"] == "USA" and row["Actor2CountryCode"] == "PRK"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("046", "046", "04")
    assert row["ActionGeo_FullName"] == "Hanoi" and row["ActionGeo_FeatureID"] == "1581130"
    assert row["SOURCEURL"] == "https://example.org/doc" and row["DATEADDED"] == "20190206"
    # a month-precise event falls back to the article's day
    assert dict(zip(GDELT_COLUMNS, second, strict=True))["SQLDATE"] == "20190206"


def test_gdelt_actor_types_split_the_code():
    row = {"date": None, "article_date": None, "cameo": "190", "location": None,
           "country": None, "lat": None, "lon": None, "geonames_id": None, "source": "USAGOVMIL",
           "source_text": "the Pentagon", "target": None, "target_text": None, "sentence": 3,
           "quad_class": 4, "goldstein": -10.0, "url": None, "doc_id": "d"}  # fmt: skip
    found = dict(zip(GDELT_COLUMNS, gdelt_row(7, row), strict=True))
    assert (found["Actor1Type1Code"], found["Actor1Type2Code"]) == ("GOV", "MIL")
    assert found["Actor2Code"] == "" and found["SQLDATE"] == "" and found["IsRootEvent"] == 0
    assert found["GLOBALEVENTID"] == 7 and found["SOURCEURL"] == "d"
