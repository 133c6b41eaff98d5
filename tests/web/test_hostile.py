"""Hostile requests: injection strings in every filter, deep paging; each is answered
(rejected with a 4xx in the one error shape, or an empty result), never a 500, and the
store is unchanged afterwards."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

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
