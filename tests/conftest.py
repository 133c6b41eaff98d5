"""Shared fixtures: hand-built records, and the real pipeline loaded once per session."""

# ruff: noqa: E501  (the seed frames read best one per line)

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from chronik.actors import ActorDictionary
from chronik.document import Document
from chronik.records import Actor, Argument, Article, Event, Frame, Place, Sentence, Span

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "000_d8749a46efbd76b3.txt"
SEED_DATE = date(2019, 2, 6)  # a Wednesday


def load_script(path: Path) -> ModuleType:
    """A script of benchmarks/ or training/ (no package) imported as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def span_of(text: str, part: str, *, after: int = 0) -> Span:
    """The span of the first ``part`` in ``text`` at or after offset ``after``."""
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def pytest_make_parametrize_id(config, val, argname):
    """Readable ids for values pytest would only number (``on0``, ``kwargs1``, ``actors2``)."""
    if isinstance(val, date):
        return val.isoformat()
    if isinstance(val, dict) and val:
        named = ",".join(f"{k}={v}" for k, v in val.items())
        return named if len(named) <= 48 else None
    if isinstance(val, tuple) and all(isinstance(v, str) for v in val):
        return "+".join(val) or "none"
    return None


def frame_events(frames: tuple[Frame, ...], sentences: list[Sentence]) -> tuple[Event, ...]:
    """One actorless event per frame, as the event coder would leave it for dates and places."""
    return tuple(
        Event(doc_id="seed", sentence=f.sentence, sentence_text=sentences[f.sentence].text,
              source=None, target=None, cameo="040", trigger=f.trigger, rule="test", frame=f)
        for f in frames
    )  # fmt: skip


def seed_article() -> Article:
    """The reference article (examples/), dated as published."""
    return Article(id="seed", text=SEED.read_text(encoding="utf-8"), lang="de", date=SEED_DATE)


def _seed_sentences(text: str) -> list[Sentence]:
    firsts = [
        "Nach dem historischen Gipfel",
        "Trump sagte",
        "Er und Kim würden",
        "Beide Staatschefs",
        "Bei ihrem ersten Gipfel",
    ]
    sentences = []
    for i, first in enumerate(firsts):
        start = text.index(first)
        # "am 27. und 28. Februar": the sentence ends at the first full stop after the month.
        end = text.index(".", text.index("Februar", start) if first.startswith("Er ") else start)
        sentences.append(Sentence(i, start, end + 1, text[start : end + 1]))
    return sentences


def _seed_frames(text: str, sentences: list[Sentence]) -> tuple[Frame, ...]:
    def span(part: str, sent: int = 0) -> Span:
        return span_of(text, part, after=sentences[sent].start)

    def pp(prep: str, part: str, head: str, sent: int) -> Argument:
        return Argument("pp", span(part, sent), head, prep=prep)

    return (
        Frame(0, "zusammenkommen", span("kommen"), (
            pp("nach", "dem historischen Gipfel in Singapur vor gut acht Monaten", "Gipfel", 0),
            Argument("subj", span("US-Präsident Donald Trump und der nordkoreanische Machthaber Kim Jong-un"), "Trump"),
        ), tense="present"),
        Frame(0, "Gipfel", span("Gipfel"), (pp("in", "in Singapur", "Singapur", 0), pp("vor", "vor gut acht Monaten", "Monat", 0)), clause="nominal", parent=0),
        Frame(1, "sagen", span("sagte", 1), (
            Argument("subj", span("Trump", 1), "Trump"),
            pp("während", "seiner Rede zur Lage der Nation am Dienstag", "Rede", 1),
            Argument("comp", span("es gebe noch viel Arbeit zu tun", 1), "geben"),
        ), tense="past"),
        Frame(1, "geben", span("gebe", 1), tense="present", mood="subjunctive", clause="subordinate", reported=True, parent=0),
        # Event nouns hold times too, but have no tense and date their clause.
        Frame(1, "Rede", span("Rede", 1), (pp("an", "am Dienstag", "Dienstag", 1),), clause="nominal", parent=0),
        Frame(2, "treffen", span("treffen", 2), (
            Argument("subj", span("Er und Kim", 2), "er"),
            pp("am", "am 27. und 28. Februar", "Februar", 2),
            pp("in", "in Vietnam", "Vietnam", 2),
        ), tense="future", mood="subjunctive", reported=True),
        Frame(3, "erörtern", span("erörtern", 3), (pp("in", "in Vietnam", "Vietnam", 3),), tense="future"),
        Frame(4, "annehmen", span("angenommen", 4), (
            pp("bei", "ihrem ersten Gipfel in Singapur", "Gipfel", 4),
            Argument("subj", span("beide Seiten", 4), "Seite"),
            Argument("obj", span("eine gemeinsame Erklärung", 4), "Erklärung"),
        ), tense="past"),
    )  # fmt: skip


@pytest.fixture(scope="session")
def seed_document() -> Document:
    """The seed article with hand-made sentences, clause frames, one actor, the two mentions
    of Singapore and one actorless event per clause frame (no analyzer): the input the date
    and place stages see."""
    article = seed_article()
    text = article.text
    sentences = _seed_sentences(text)
    frames = _seed_frames(text, sentences)
    events = frame_events(
        tuple(f for f in frames if f.predicate != "geben" and f.clause != "nominal"), sentences
    )
    singapur = [span_of(text, "Singapur"), span_of(text, "Singapur", after=sentences[4].start)]
    places = tuple(
        Place(name="Singapore", country="SGP", lat=1.29, lon=103.85, geonames_id=1880252,
              span=s, entry="places/test.tsv:1")
        for s in singapur
    )  # fmt: skip
    actors = (Actor("PRKGOV", span_of(text, "Kim Jong-un"), "actors/test.tsv:1"),)
    return Document(article, "de", tuple(sentences), frames, actors=actors, places=places,
                    events=events)  # fmt: skip


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
def actors() -> ActorDictionary:
    """The shipped actor dictionaries, loaded once (tests only read them)."""
    return ActorDictionary.load()


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
