"""The web app over a real store: the examples coded by the real pipeline, plus one
article whose text and actor codes are HTML, to show nothing reaches a page unescaped."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chronik.ingest import read_articles
from chronik.records import Actor, Article, Event
from chronik.store import Store
from chronik.web import create_app

from ..conftest import SEED, span_of

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "examples" / "samples.jsonl"
SEED_ID = SEED.stem
HOSTILE_TEXT = "<script>alert('text')</script> Die USA und Nordkorea verhandeln derzeit."
HOSTILE_CODE = "<script>alert('code')</script>"


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    """examples/samples.jsonl coded by the real pipeline (what ``make demo`` stores)."""
    path = tmp_path_factory.mktemp("web") / "samples.duckdb"
    with Store(path) as store:
        for article in read_articles([str(SAMPLES)]):
            assert isinstance(article, Article)
            store.add(article, list(pipeline(article).events))
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, samples_db: Path) -> Path:
    """The samples and one article whose id, title, text and an actor code are HTML."""
    path = tmp_path_factory.mktemp("web") / "chronik.duckdb"
    shutil.copyfile(samples_db, path)
    with Store(path) as store:
        text = HOSTILE_TEXT
        hostile = Event(
            doc_id="<b>hostile</b>", sentence=1, sentence_text=text[32:],
            source=Actor(HOSTILE_CODE, span_of(text, "USA"), "actors/test.tsv:1"),
            target=Actor("PRK", span_of(text, "Nordkorea"), "actors/test.tsv:2"),
            cameo="046", trigger=span_of(text, "verhandeln"), rule="verbs/de.v1.tsv:1",
            plover_type="CONSULT", quad_class=1,
        )  # fmt: skip
        store.add(
            Article(id="<b>hostile</b>", text=text, lang="de", date=date(2019, 3, 1),
                    title="<img src=x onerror=alert('title')>"),
            [hostile],
        )  # fmt: skip
    return path


@pytest.fixture(scope="session")
def client(web_db: Path, pipeline) -> TestClient:
    with TestClient(create_app(web_db, pipeline=lambda: pipeline)) as found:
        yield found


@pytest.fixture(scope="session")
def html(client: TestClient):
    """GET a page as a browser asks for it; fails unless it answers 200."""

    def get(url: str) -> str:
        response = client.get(url, headers={"accept": "text/html"})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/html")
        return response.text

    return get
