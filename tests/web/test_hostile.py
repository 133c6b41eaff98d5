"""Hostile requests: injection strings in every filter, deep paging, over-long URLs and
bodies; each is answered (rejected with a 4xx in the one error shape, or an empty result),
never a 500, the store is unchanged afterwards, and what the store holds reaches a page
escaped and JSON unchanged, never as HTML."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from chronik.web import create_app

from .conftest import HOSTILE_CODE, HOSTILE_TEXT

HOSTILE_ID = "<b>hostile</b>"
JSON = {"content-type": "application/json"}

INJECTIONS = [
    "'; DROP TABLE events; --",
    "USA' OR '1'='1",
    '" OR 1=1 --',
    "%' UNION SELECT * FROM articles --",
    "<script>alert(1)</script>",
    "\x00",
    "../../etc/passwd",
    "😀" * 200,
]
PARAMS = ["actor", "code", "dyad", "since", "until", "sort", "order", "q", "country", "source"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_in_filters_are_answered_not_executed(client: TestClient, value):
    def counts() -> dict:  # the totals: lists of ties may come in any order
        return {k: v for k, v in client.get("/stats").json().items() if not isinstance(v, list)}

    before = counts()
    for name in PARAMS:
        for path in ("/events", "/timeline", "/network", "/stats"):
            response = client.get(path, params={name: value})
            assert response.status_code < 500, (path, name, response.text)
            if response.status_code >= 400:
                assert set(response.json()) == {"error"}
            assert (
                "<script>alert(1)</script>" not in response.text
                or "json" in response.headers["content-type"]
            )
    response = client.get(f"/articles/{quote(value, safe='')}")
    assert response.status_code in {200, 404, 422}, response.text
    assert counts() == before and before


@pytest.mark.parametrize("page", ["1000000", "99999999999999999999", "-1", "0", "x"])
def test_deep_and_bad_paging_is_answered(client: TestClient, page):
    for path in ("/events", "/articles"):
        response = client.get(path, params={"page": page, "per_page": "100"})
        assert response.status_code in {200, 422}, response.text
        if response.status_code == 200:
            body = response.json()
            assert body.get("events", body.get("articles")) == []


def assert_refused(response, status: int) -> None:
    assert response.status_code == status, response.text
    assert set(response.json()) == {"error"} and response.json()["error"]["status"] == status


@pytest.mark.parametrize(
    "url",
    [
        "/events?actor=" + "A" * 9_000,
        "/events?" + "&".join(f"code={i % 10}" for i in range(2_000)),
        "/articles/" + "x" * 9_000,
        "/timeline?dyad=USA-" + "B" * 9_000,
    ],
)
def test_over_long_urls_are_refused_before_any_work(client: TestClient, url: str) -> None:
    response = client.get(url, headers={"accept": "text/html"})
    assert_refused(response, 414)
    assert "over 8192 bytes" in response.json()["error"]["message"]


def test_long_urls_under_the_limit_are_answered(client: TestClient) -> None:
    found = client.get("/events", params={"actor": "A" * 7_000}).json()
    assert found["total"] == 0 and found["events"] == []
    assert client.get("/articles/" + "x" * 7_000).status_code == 404


def test_form_and_api_bodies_over_the_limit_are_refused(web_db, pipeline) -> None:
    with TestClient(create_app(web_db, pipeline=lambda: pipeline, max_body=1_000)) as small:
        form = {"text": "Die USA verhandeln. " * 100, "lang": "de"}
        assert_refused(small.post("/", data=form, headers={"accept": "text/html"}), 413)
        huge = b'{"text": "' + b"x" * 50_000_000  # 50 MB declared: refused unread
        assert_refused(small.post("/code", content=huge, headers=JSON), 413)


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/", b"text=\xff\xfe+Die+USA&lang=de", 400),  # raw bytes that are not UTF-8
        ("/code", b'{"text": "\xff\xfe"}', 400),
        ("/code", b"[" * 100_000 + b"]" * 100_000, 400),  # nested past any parser's depth
        ("/code", b'{"text": "Die USA \\ud800 verhandeln.", "lang": "de"}', 422),
    ],
)
def test_malformed_bodies_are_a_4xx_in_the_error_shape(client, path, body, status) -> None:
    kind = "application/x-www-form-urlencoded" if path == "/" else "application/json"
    response = client.post(path, content=body, headers={"content-type": kind})
    assert_refused(response, status)


def test_what_the_store_holds_reaches_json_unchanged_and_never_as_html(client: TestClient):
    found = client.get(f"/articles/{quote(HOSTILE_ID, safe='')}")
    assert found.headers["content-type"] == "application/json"
    assert found.headers["x-content-type-options"] == "nosniff"
    article = found.json()
    assert article["text"] == HOSTILE_TEXT  # the data as stored: JSON needs no HTML escaping
    assert article["events"][0]["source"]["code"] == HOSTILE_CODE
    for fmt, media in (("csv", "text/csv"), ("jsonl", "application/x-ndjson")):
        download = client.get("/events", params={"doc": HOSTILE_ID, "format": fmt})
        assert download.headers["content-type"].startswith(media)
        assert download.headers["x-content-type-options"] == "nosniff"
        assert download.headers["content-disposition"].startswith("attachment")
        assert HOSTILE_CODE in download.text


@pytest.mark.parametrize("value", [v for v in INJECTIONS if set(v) & set("<>\"'")])
def test_injection_strings_in_filters_are_escaped_in_pages(client: TestClient, value: str):
    for name in ("actor", "source", "target", "modality", "doc", "q"):
        for path in ("/events", "/timeline", "/network"):
            response = client.get(path, params={name: value}, headers={"accept": "text/html"})
            assert response.status_code == 200, (path, name, response.text)
            assert response.headers["content-type"].startswith("text/html")
            assert value not in response.text, (path, name)
