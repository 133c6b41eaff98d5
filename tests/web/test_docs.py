"""docs/web.md names every route, filter and page the app has."""

from __future__ import annotations

import inspect
from pathlib import Path

from fastapi.testclient import TestClient

from chronik.web.views import event_filter

DOC = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")


def test_docs_describe_every_api_route(client: TestClient) -> None:
    for route, methods in client.get("/openapi.json").json()["paths"].items():
        path = route.replace("{article_id}", "{id}")
        for method in methods:
            assert f"`{method.upper()} {path}" in DOC, f"docs/web.md misses {method} {path}"


def test_docs_describe_every_filter() -> None:
    for name in inspect.signature(event_filter).parameters:
        assert f"`{name}=" in DOC, f"docs/web.md misses the filter {name}"


def test_docs_show_every_page() -> None:
    for picture in (Path(__file__).resolve().parents[2] / "docs" / "img").glob("*.png"):
        assert f"(img/{picture.name})" in DOC
    for page in ("`/`", "`/articles`", "`/events`", "`/timeline`", "`/network`"):
        assert page in DOC
