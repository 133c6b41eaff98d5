import csv
import io
import json

from chronik.output import COLUMNS, event_to_dict, render
from chronik.records import EventDate, Place, Span


def test_event_to_dict_follows_the_contract(make_event):
    event = make_event(
        date=EventDate(
            value="2019-02-27",
            end="2019-02-28",
            span=Span(10, 31, "am 27. und 28. Februar"),
            precision="day",
        ),
        location=Place(
            name="Vietnam",
            country="VNM",
            lat=16.0,
            lon=106.0,
            geonames_id=1562822,
            span=Span(35, 42, "Vietnam"),
            entry="places/names.v1.tsv:7",
        ),
        modality="intended",
    )
    contract = event_to_dict(event)
    assert set(contract) >= {
        "doc_id", "sentence", "sentence_text", "source", "target", "cameo", "plover",
        "trigger", "modality", "negated", "date", "location", "rule",
    }  # fmt: skip
    assert contract["source"] == {
        "code": "USA", "text": "USA", "start": 4, "end": 7, "entry": "actors/test.tsv:1",
    }  # fmt: skip
    assert contract["plover"] == {"type": "CONSULT", "mode": ""}
    assert contract["trigger"] == {"text": "verhandeln", "start": 22, "end": 32}
    assert contract["date"]["value"] == "2019-02-27" and contract["date"]["end"] == "2019-02-28"
    assert contract["location"]["country"] == "VNM"
    assert contract["location"]["entry"] == "places/names.v1.tsv:7"
    assert (contract["location"]["start"], contract["location"]["end"]) == (35, 42)
    assert (contract["date"]["start"], contract["date"]["end_offset"]) == (10, 31)
    json.dumps(contract)  # serialisable as it stands


def test_event_to_dict_has_null_for_missing_parts(make_event):
    contract = event_to_dict(make_event(target=None))
    assert contract["target"] is None and contract["date"] is None
    assert contract["location"] is None


def test_render_formats(make_event):
    events = [event_to_dict(make_event()), event_to_dict(make_event(negated=True))]
    lines = render(events, "jsonl").splitlines()
    assert [json.loads(line)["negated"] for line in lines] == [False, True]
    rows = list(csv.DictReader(io.StringIO(render(events, "csv"))))
    assert tuple(rows[0]) == COLUMNS and rows[0]["source"] == "USA"
    table = render(events, "table").splitlines()
    assert table[0].split()[:5] == ["doc_id", "sentence", "source", "target", "cameo"]
    assert table[1].split()[:5] == ["doc", "0", "USA", "PRK", "046"]


def test_render_table_of_no_events_is_empty():
    assert render([], "table") == ""
    assert render([], "csv").startswith("doc_id,")
