"""The HTTP API in-process: POST /code, /articles, /events, /stats, /timeline, /network,
the one error shape and the body limit."""

from __future__ import annotations

import json

import duckdb
import pytest
from fastapi.testclient import TestClient

from chronik.output import render
from chronik.store import Store
from chronik.web import create_app
from chronik.web.queries import EventFilter
from chronik.web.views import render_batches

from ..conftest import SEED
from .conftest import SEED_ID

SEED_TEXT = SEED.read_text(encoding="utf-8")
JSON = {"content-type": "application/json"}


def countries(event: dict) -> set[str]:
    return {event["source"]["code"][:3], event["target"]["code"][:3]}


def assert_error(response, status: int) -> dict:
    """The one error shape: {"error": {"status", "message", "details"}}."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "message", "details"}
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    return body["error"]


def test_code_returns_events_in_the_output_contract(client: TestClient) -> None:
    response = client.post("/code", json={"text": SEED_TEXT, "lang": "de", "date": "2019-02-06"})
    assert response.status_code == 200, response.text
    coded = response.json()
    meeting = [
        e for e in coded["events"]
        if e["cameo"] == "036" and e["location"] and e["location"]["name"] == "Vietnam"
    ]  # fmt: skip
    assert {(e["source"]["code"], e["target"]["code"]) for e in meeting} >= {
        ("USAGOV", "PRKGOV"), ("PRKGOV", "USAGOV")
    }  # fmt: skip
    assert meeting[0]["date"]["value"] == "2019-02-27"
    assert meeting[0]["modality"] == "intended"
    assert coded["article"]["lang"] == "de"
    actors = {(a["text"], a["code"]) for a in coded["mentions"]["actors"]}
    assert ("Trump", "USAGOV") in actors
    assert any(p["name"] == "Vietnam" for p in coded["mentions"]["places"])


def test_code_detects_the_language_when_none_is_given(client: TestClient) -> None:
    response = client.post("/code", json={"text": "The United States and North Korea are "
                                          "negotiating a new agreement this week."})  # fmt: skip
    assert response.status_code == 200
    assert response.json()["article"]["lang"] == "en"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"text": ""}, "body.text"),
        ({"lang": "de"}, "body.text"),
        ({"text": "Die USA verhandeln.", "lang": "fr"}, "body.lang"),
        ({"text": "Die USA verhandeln.", "date": "06.02.2019"}, "body.date"),
    ],
)
def test_code_rejects_bad_bodies_in_the_error_shape(client, body: dict, where: str) -> None:
    error = assert_error(client.post("/code", json=body), 422)
    assert error["details"][0]["where"] == where
    assert where in error["message"]


def test_code_rejects_a_text_in_another_language(client: TestClient) -> None:
    text = "Les États-Unis et la Corée du Nord négocient actuellement un nouvel accord."
    error = assert_error(client.post("/code", json={"text": text}), 422)
    assert "chronik codes de, en" in error["message"]


def test_code_rejects_malformed_json(client: TestClient) -> None:
    response = client.post("/code", content=b"{not json", headers=JSON)
    assert_error(response, 422)


def test_body_limit_refuses_declared_and_streamed_bodies(web_db, pipeline) -> None:
    with TestClient(create_app(web_db, pipeline=lambda: pipeline, max_body=1000)) as small:
        big = json.dumps({"text": "Die USA verhandeln. " * 100})
        declared = small.post("/code", content=big, headers=JSON)
        error = assert_error(declared, 413)
        assert "1000 bytes" in error["message"]

        def chunks():  # no Content-Length: the limit counts what arrives
            for start in range(0, len(big), 100):
                yield big[start : start + 100].encode()

        streamed = small.post("/code", content=chunks(), headers=JSON)
        assert_error(streamed, 413)
        ok = small.post("/code", json={"text": "Die USA verhandeln.", "lang": "de"})
        assert ok.status_code == 200


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/nowhere", 404),
        ("/articles/no-such-article", 404),
        ("/events?code=x4", 422),
        ("/events?since=yesterday", 422),
        ("/events?dyad=USA", 422),
        ("/events?period=2019", 422),
        ("/events?quad=7", 422),
        ("/events?per_page=0", 422),
        ("/events?sort=text", 422),
        ("/timeline?per=day", 422),
    ],
)
def test_api_errors_share_one_shape(client: TestClient, url: str, status: int) -> None:
    assert_error(client.get(url), status)


def test_articles_lists_and_shows_stored_articles(client: TestClient) -> None:
    listed = client.get("/articles").json()
    assert listed["total"] == 10
    seed = next(a for a in listed["articles"] if a["id"] == SEED_ID)
    assert seed["date"] == "2019-02-06" and seed["lang"] == "de" and seed["events"] > 0
    article = client.get(f"/articles/{SEED_ID}").json()
    assert article["text"] == SEED_TEXT
    assert len(article["events"]) == seed["events"]
    mentioned = {(a["code"], a["text"]) for a in article["mentions"]["actors"]}
    assert ("USAGOV", "Er") in mentioned and ("PRKGOV", "Kim") in mentioned
    paged = client.get("/articles?per_page=3&page=4").json()
    assert len(paged["articles"]) == 1


def test_events_filter_like_the_cli(client: TestClient, web_db) -> None:
    with Store(web_db, read_only=True) as store:
        expected = store.events(actor="PRK", code="03")
        everything = store.events()
    found = client.get("/events?actor=PRK&code=03&per_page=500").json()
    assert found["total"] == len(expected) > 0
    assert sorted(map(json.dumps, found["events"])) == sorted(map(json.dumps, expected))
    assert client.get("/events").json()["total"] == len(everything)


def test_events_page_through_every_match_once(client: TestClient) -> None:
    total = client.get("/events").json()["total"]
    seen = []
    for page in range(1, total // 7 + 2):
        seen += client.get(f"/events?per_page=7&page={page}&sort=cameo").json()["events"]
    assert len(seen) == total
    assert len({json.dumps(e, sort_keys=True) for e in seen}) == total
    codes = [e["cameo"] for e in seen]
    assert codes == sorted(codes)
    descending = client.get("/events?sort=date&order=desc&per_page=500").json()["events"]
    dates = [e["date"]["value"] for e in descending if e["date"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("dyad=USA-PRK", lambda e: countries(e) == {"USA", "PRK"}),
        ("dyad=PRK–USA", lambda e: countries(e) == {"USA", "PRK"}),
        ("source=PRK", lambda e: e["source"]["code"].startswith("PRK")),
        ("target=usa", lambda e: e["target"]["code"].startswith("USA")),
        ("quad=1", lambda e: e["quad_class"] == 1),
        ("modality=intended", lambda e: e["modality"] == "intended"),
        (f"doc={SEED_ID}", lambda e: e["doc_id"] == SEED_ID),
        ("period=2019-02", lambda e: e["date"]["value"].startswith("2019-02")),
        ("period=2019-W09", lambda e: "2019-02-25" <= e["date"]["value"] <= "2019-03-03"),
        ("since=2019-01-01&until=2019-02-10",
         lambda e: "2019-01-01" <= e["date"]["value"] <= "2019-02-10"),
    ],
)  # fmt: skip
def test_events_web_filters_select_what_they_say(client: TestClient, query: str, check) -> None:
    found = client.get(f"/events?{query}&per_page=500").json()
    assert found["total"] > 0
    assert all(check(e) for e in found["events"])


def test_events_filters_are_bound_not_spliced(client: TestClient) -> None:
    for value in ("' OR 1=1 --", "USA') OR (1=1", "%"):
        assert client.get("/events", params={"actor": value}).json()["total"] == 0
        assert client.get("/events", params={"doc": value}).json()["total"] == 0


def test_events_download_the_whole_filter(client: TestClient, web_db) -> None:
    with Store(web_db, read_only=True) as store:
        expected = store.events(actor="USA")
    csv = client.get("/events?actor=USA&format=csv&per_page=1")
    assert csv.headers["content-disposition"] == 'attachment; filename="events.csv"'
    assert sorted(csv.text.splitlines()) == sorted(render(expected, "csv").splitlines())
    jsonl = client.get("/events?actor=USA&format=jsonl")
    assert len(jsonl.text.splitlines()) == len(expected)
    assert {json.loads(line)["doc_id"] for line in jsonl.text.splitlines()} == {
        e["doc_id"] for e in expected
    }


def test_downloads_stream_in_batches_with_one_csv_header(client: TestClient) -> None:
    queries = client.app.state.web.queries
    _, page = queries.events(EventFilter(actor="USA"), limit=500)
    batches = list(queries.event_batches(EventFilter(actor="USA"), batch=3))
    nothing = list(queries.event_batches(EventFilter(actor="XXX"), batch=3))
    assert len(batches) > 2 and max(len(b) for b in batches) == 3
    assert [e for batch in batches for e in batch] == page  # the same order as the pages
    csv = "".join(render_batches(iter(batches), "csv"))
    assert csv == render(page, "csv") and csv.count("doc_id,") == 1
    assert nothing == [] and "".join(render_batches(iter(nothing), "csv")) == render([], "csv")
    empty = client.get("/events?actor=XXX&format=csv")
    assert empty.status_code == 200 and empty.text == render([], "csv")


def test_stats_count_by_month_root_and_dyad(client: TestClient) -> None:
    stats = client.get("/stats").json()
    total = client.get("/events").json()["total"]
    assert stats["events"] == total
    for part in ("by_month", "by_root"):
        assert sum(row["events"] for row in stats[part]) == total
    assert {"source": "USAGOV", "target": "PRKGOV"}.items() <= stats["by_dyad"][0].items() or any(
        row["source"] == "USAGOV" and row["target"] == "PRKGOV" for row in stats["by_dyad"]
    )
    narrowed = client.get("/stats?dyad=USA-PRK").json()
    assert narrowed["events"] == client.get("/events?dyad=USA-PRK").json()["total"]


@pytest.mark.parametrize("per", ["month", "week"])
@pytest.mark.parametrize("by", ["root", "quad"])
def test_timeline_bars_count_the_events_they_link_to(client: TestClient, per: str, by: str) -> None:
    data = client.get(f"/timeline?dyad=USA-PRK&per={per}&by={by}").json()
    assert data["bars"] and data["keys"]
    counted = 0
    for bar in data["bars"]:
        for key, count in bar["counts"].items():
            narrow = {"quad": key} if by == "quad" else {"code": key}
            linked = client.get("/events", params={"dyad": "USA-PRK", "period": bar["period"],
                                                   **narrow})  # fmt: skip
            assert linked.json()["total"] == count, (bar["period"], key)
            counted += count
    assert counted + data["undated"] == client.get("/events?dyad=USA-PRK").json()["total"]


def test_timeline_lists_empty_months_between(client: TestClient) -> None:
    periods = [bar["period"] for bar in client.get("/timeline?dyad=USA-PRK").json()["bars"]]
    assert periods[0] == "2018-06" and periods[-1] == "2019-02"
    assert len(periods) == 9


def test_network_counts_cooperation_and_conflict(client: TestClient) -> None:
    data = client.get("/network").json()
    nodes = {node["id"] for node in data["nodes"]}
    assert {"USA", "PRK"} <= nodes
    edge = next(e for e in data["edges"] if (e["source"], e["target"]) == ("USA", "PRK"))
    linked = client.get("/events?source=USA&target=PRK").json()["total"]
    assert edge["cooperation"] + edge["conflict"] == edge["events"] == linked
    full = client.get("/network?level=code").json()
    assert any(node["id"] == "USAGOV" for node in full["nodes"])


def test_the_store_is_opened_read_only(client: TestClient) -> None:
    gate = client.app.state.web.queries.gate
    with gate.connection() as connection, pytest.raises(duckdb.Error, match="read-only"):
        connection.execute("DELETE FROM events")


def test_openapi_documents_every_api_route(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert paths == {"/code", "/articles", "/articles/{article_id}", "/events", "/stats",
                     "/clusters", "/timeline", "/network"}  # fmt: skip
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert "ErrorBody" in schemas and "HTTPValidationError" not in schemas
    docs = client.get("/docs").text
    assert "/static-offline-docs/swagger-ui-bundle.js" in docs and "https://" not in docs
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200


def test_a_bug_answers_in_the_error_shape_too(web_db) -> None:
    def broken_pipeline():  # stands in for a coder bug: the answer is what is tested
        raise RuntimeError("boom")

    app = create_app(web_db, pipeline=broken_pipeline)
    with TestClient(app, raise_server_exceptions=False) as broken:
        error = assert_error(broken.post("/code", json={"text": "Die USA verhandeln."}), 500)
        assert error["message"] == (
            "POST /code failed (RuntimeError: boom); please report this as a bug"
        )


def test_clusters_join_what_several_articles_report(client: TestClient) -> None:
    found = client.get("/clusters?per_page=500").json()
    assert found["total"] == len(found["clusters"]) > 0
    assert (
        sum(c["num_mentions"] for c in found["clusters"]) == client.get("/events").json()["total"]
    )
    dyads = [(c["source"], c["target"], c["cameo"]) for c in found["clusters"]]
    meeting = [c for c, d in zip(found["clusters"], dyads, strict=True)
               if d == ("USAGOV", "PRKGOV", "036")]  # fmt: skip
    assert meeting and all(c["num_articles"] >= 1 for c in meeting)
    narrowed = client.get("/clusters?actor=PRK").json()["clusters"]
    assert narrowed and all("PRK" in (c["source"] or "") + (c["target"] or "") for c in narrowed)
    assert client.get("/clusters?page=0").status_code == 422
