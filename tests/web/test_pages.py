"""The pages: each renders, has a JSON twin, escapes what the store holds, and marks up
the article so an event's words can be lit."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from ..conftest import SEED
from .conftest import HOSTILE_CODE, HOSTILE_TEXT, SEED_ID

PAGES = [
    "/",
    "/articles",
    f"/articles/{SEED_ID}",
    "/events",
    "/events?dyad=USA-PRK&sort=cameo&order=desc",
    "/timeline?dyad=USA-PRK",
    "/timeline?dyad=USA-PRK&per=week&by=quad",
    "/network",
    "/network?level=code",
]
HOSTILE_ID = quote("<b>hostile</b>", safe="")


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_for_a_browser(html, url: str) -> None:
    page = html(url)
    assert '<meta name="viewport"' in page
    assert 'href="/static/style.css"' in page
    assert "http://" not in page and "https://" not in page  # offline: nothing fetched


@pytest.mark.parametrize("url", [u for u in PAGES if u != "/"])
def test_pages_have_a_json_twin(client: TestClient, url: str) -> None:
    twin = client.get(url + ("&" if "?" in url else "?") + "format=json",
                      headers={"accept": "text/html"})  # fmt: skip
    assert twin.headers["content-type"] == "application/json"
    assert twin.json() == client.get(url).json()


def test_static_files_are_served(client: TestClient) -> None:
    assert "mark.lit" in client.get("/static/style.css").text
    assert "data-events" in client.get("/static/chronik.js").text


def coded_page(client: TestClient, text: str, **fields: str) -> str:
    response = client.post("/", data={"text": text, **fields}, headers={"accept": "text/html"})
    assert response.status_code == 200, response.text
    return response.text


def marked(page: str, kind: str) -> list[tuple[str, str]]:
    """(data-events, text) of every <mark> of this kind."""
    found = re.findall(r'<mark class="([^"]*)" data-events="([^"]*)"[^>]*>([^<]*)</mark>', page)
    return [(events, unescape(text)) for kinds, events, text in found if kind in kinds.split()]


def test_code_page_shows_the_article_highlighted_with_its_events(client: TestClient) -> None:
    page = coded_page(client, SEED.read_text(encoding="utf-8"), lang="de", date="2019-02-06")
    rows = re.findall(r'<tr data-event="(\d+)"[^>]*>(.*?)</tr>', page, flags=re.S)
    meeting = [i for i, row in rows if "036" in row and "Vietnam" in row and "treffen" in row]
    assert meeting, "the Vietnam meeting (036) is in the events table"
    row = dict(rows)[meeting[0]]
    assert "verbs/de.v1.tsv:" in row and "intended" in row and "USAGOV" in row
    lit = {text for events, text in marked(page, "trigger") if meeting[0] in events.split()}
    assert lit == {"treffen"}
    places = {text for events, text in marked(page, "place") if meeting[0] in events.split()}
    assert places == {"Vietnam"}
    dates = {text for events, text in marked(page, "date") if meeting[0] in events.split()}
    assert dates == {"am 27. und 28. Februar"}
    actors = {text for events, text in marked(page, "actor") if meeting[0] in events.split()}
    assert {"Er", "Kim"} <= actors
    assert "Singapur" in {text for _, text in marked(page, "place")}  # found, in no event too


def test_code_page_keeps_the_form_and_asks_for_a_text(client: TestClient) -> None:
    response = client.post("/", data={"text": "  ", "lang": "en", "date": "2020-01-02"},
                           headers={"accept": "text/html"})  # fmt: skip
    assert response.status_code == 422
    assert "Paste a text to code." in response.text
    assert '<option value="en" selected>' in response.text
    assert 'value="2020-01-02"' in response.text


def test_code_page_escapes_the_text(client: TestClient) -> None:
    page = coded_page(client, HOSTILE_TEXT, lang="de")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    "url",
    [f"/articles/{HOSTILE_ID}", "/articles", "/events?per_page=500",
     "/events?sort=doc_id&order=desc&per_page=500",
     "/network?level=code"],
)  # fmt: skip
def test_pages_escape_what_the_store_holds(html, url: str) -> None:
    page = html(url)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>hostile" not in page
    shown = unescape(page)
    assert any(s in shown for s in (HOSTILE_TEXT, HOSTILE_CODE, "<b>hostile</b>", "<img src=x"))


def test_article_page_marks_every_event(html) -> None:
    page = html(f"/articles/{SEED_ID}")
    rows = re.findall(r'<tr data-event="(\d+)"', page)
    assert len(rows) >= 10
    lit = {event for events, _ in marked(page, "trigger") for event in events.split()}
    assert lit == set(rows)


def test_events_page_links_each_event_to_its_article(html) -> None:
    page = html("/events?dyad=USA-PRK")
    assert f'href="/articles/{SEED_ID}"' in page
    assert (
        'href="/events?dyad=USA-PRK&amp;sort=date&amp;order=asc&amp;per_page=50&amp;format=csv"'
        in page
    )


def test_events_page_pages(html, client) -> None:
    total = client.get("/events?format=json").json()["total"]
    first = html("/events?per_page=10")
    assert f"page 1 of {-(-total // 10)}" in first and "per_page=10&amp;page=2" in first
    assert "No events match." in html("/events?actor=XXX")


def test_timeline_page_bars_link_to_their_events(html) -> None:
    page = html("/timeline?dyad=USA-PRK")
    links = re.findall(r'<a href="(/events\?[^"]+)" class="bar" data-period="2019-02"', page)
    assert links and all("period=2019-02" in unescape(link) for link in links)
    assert "<svg" in page and "MAKE PUBLIC STATEMENT" in page.upper()


def test_network_page_colours_cooperation_and_conflict(html) -> None:
    page = html("/network")
    assert 'stroke="#1b7837"' in page  # USA-PRK talks: cooperation
    assert 'href="/events?source=USA&amp;target=PRK"' in page


def test_page_errors_are_pages_and_escaped(client: TestClient) -> None:
    response = client.get("/events", params={"code": "<script>x"}, headers={"accept": "text/html"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "<script>x" not in response.text and "&lt;script&gt;x" in response.text
    missing = client.get("/articles/nope", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "no article &#39;nope&#39;" in missing.text
