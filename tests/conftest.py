"""Shared fixtures: hand-built records, and the real pipeline loaded once per session."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from chronik.records import Actor, Event, Frame, Sentence, Span

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "000_d8749a46efbd76b3.txt"


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def frame_events(frames: tuple[Frame, ...], sentences: list[Sentence]) -> tuple[Event, ...]:
    """One actorless event per frame, as the event coder would leave it for dates and places."""
    return tuple(
        Event("seed", f.sentence, sentences[f.sentence].text, None, None, "040", f.trigger,
              "test", frame=f)
        for f in frames
    )  # fmt: skip


@pytest.fixture
def make_event():
    """An event on ``text`` with the given codes; spans are found in the text."""

    def make(
        text: str = "Die USA und Nordkorea verhandeln derzeit.",
        source: tuple[str, str] | None = ("USA", "USA"),
        target: tuple[str, str] | None = ("PRK", "Nordkorea"),
        cameo: str = "046",
        trigger: str = "verhandeln",
        **fields,
    ) -> Event:
        def actor(pair):
            return pair and Actor(pair[0], span_of(text, pair[1]), "actors/test.tsv:1", pair[1])

        return Event(
            doc_id="doc",
            sentence=0,
            sentence_text=text,
            source=actor(source),
            target=actor(target),
            cameo=cameo,
            trigger=span_of(text, trigger),
            rule="verbs/de.v1.tsv:1",
            plover_type="CONSULT",
            plover_mode="",
            **fields,
        )

    return make


@pytest.fixture(scope="session")
def pipeline():
    """The process-wide pipeline the CLI and ``chronik.code`` use too."""
    from chronik.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture
def news_corpus(tmp_path):
    """A corpus folder laid out as shared/data/corpus, and a stand-off gold record maker."""
    text = "Der Gipfel ist geplant. Trump und Kim treffen sich in Hanoi. Das Wetter ist gut."
    folder = tmp_path / "corpus" / "news_de"
    folder.mkdir(parents=True)
    with gzip.open(folder / "articles.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a1", "lang": "de", "text": text}) + "\n")
        handle.write(json.dumps({"id": "a2", "lang": "de", "text": "Andere Meldung."}) + "\n")

    def record(sentence: str, events: list[dict], **fields) -> dict:
        start = text.index(sentence)
        return {
            "id": f"a1#{text[:start].count('. ')}", "lang": "de", "corpus": "news_de",
            "article_id": "a1", "start": start, "end": start + len(sentence),
            "context_start": 0, "sha1": hashlib.sha1(sentence.encode()).hexdigest()[:12],
            "date": "2019-02-06", "stratum": "random", "events": events, **fields,
        }  # fmt: skip

    return tmp_path / "corpus", record


@pytest.fixture(scope="session")
def monkeypatch_stdin():
    """Replace sys.stdin for the rest of a test (hypothesis runs many inputs in one test,
    which function-scoped monkeypatch does not allow)."""
    import sys

    saved = sys.stdin

    def replace_stdin(stream):
        sys.stdin = stream

    yield replace_stdin
    sys.stdin = saved
