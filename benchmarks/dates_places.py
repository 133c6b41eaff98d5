"""Event dates and places on hand-written German and English sentences.

    .venv/bin/python benchmarks/dates_places.py [--gold PATH] [--analyzed] [--lang de|en]
        [--corpus PATH.jsonl.gz ...]

Each gold line (``benchmarks/gold/dates_places.jsonl``) is one sentence with its article
date, the word that triggers the event, the expected date (ISO ``date`` and ``date_end``,
or ``"story"`` when the sentence gives the event no time of its own) and the expected
location's ISO alpha-3 country (null when the clause names no place for the event).

By default the event has no clause frame, so the frame-less fallbacks are measured (time
nearest the trigger, tense from marker words, place after a preposition). ``--analyzed``
runs chronik's German/English analyzer first and gives the event the frame whose trigger
is the gold trigger, measuring the path the pipeline takes.

Prints ``name: value`` lines: ``date_accuracy`` (value and end both right),
``place_accuracy`` (country right, or rightly none), ``sentences``, and the ids missed.
With ``--corpus`` (JSON lines with ``text`` and ``lang``, e.g.
``../shared/data/corpus/en_bbc_2005/articles.jsonl.gz``) it also prints
``articles_per_s``: DateResolver, PlaceFinder and EventLocator on the first 300 articles of
each file, sentences split at end punctuation, in one process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from chronik.dates import DateResolver, EventDater
from chronik.document import Document, Stage
from chronik.places import EventLocator, Gazetteer, PlaceFinder
from chronik.records import Article, Event, Sentence, Span

GOLD = Path(__file__).resolve().parent / "gold" / "dates_places.jsonl"


def analyzers() -> dict[str, Callable[[], Stage]]:
    def german() -> Stage:
        from chronik.analysis.de import GermanAnalyzer

        return GermanAnalyzer()

    def english() -> Stage:
        from chronik.analysis.en import EnglishAnalyzer

        return EnglishAnalyzer()

    return {"de": german, "en": english}


def document(case: dict, analyzer: Stage | None) -> Document:
    """A one-sentence article with one event at the gold trigger."""
    text = case["text"]
    article = Article(case["id"], text, case["lang"], date.fromisoformat(case["article_date"]))
    doc = Document(article, case["lang"], (Sentence(0, 0, len(text), text),))
    if analyzer is not None:
        doc = analyzer(replace(doc, sentences=()))
    start = text.index(case["trigger"])
    trigger = Span(start, start + len(case["trigger"]), case["trigger"])
    frame = next(
        (
            f
            for f in doc.frames
            if f.trigger.start <= start < f.trigger.end and f.clause != "nominal"
        ),
        None,
    )
    event = Event(case["id"], frame.sentence if frame else 0, text, None, None, "010",
                  trigger, "benchmark", frame=frame)  # fmt: skip
    return replace(doc, events=(event,))


def speed(paths: list[Path], stages: list[Stage]) -> float:
    """Articles per second through ``stages`` (sentences split at end punctuation)."""
    docs = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for number, line in zip(range(300), handle, strict=False):
                record = json.loads(line)
                text, lang = record.get("text") or "", record.get("lang") or "en"
                sentences = tuple(
                    Sentence(k, m.start(), m.end(), m.group())
                    for k, m in enumerate(re.finditer(r"[^.!?\n]+(?:[.!?](?!\s*\d)|$)", text))
                )
                article = Article(str(number), text, lang, date(2019, 2, 6))
                docs.append(Document(article, lang, sentences))
    started = time.perf_counter()
    for doc in docs:
        for stage in stages:
            doc = stage(doc)
    return len(docs) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--analyzed", action="store_true", help="use chronik's analyzers")
    parser.add_argument("--lang", choices=("de", "en"), help="only the sentences of one language")
    parser.add_argument("--corpus", type=Path, nargs="*", default=[], help="speed: articles")
    options = parser.parse_args()
    cases = [json.loads(line) for line in options.gold.read_text(encoding="utf-8").splitlines()]
    cases = [c for c in cases if options.lang in (None, c["lang"])]
    loaded: dict[str, Stage] = {}
    stages: list[Stage] = [
        DateResolver(),
        PlaceFinder(Gazetteer.load()),
        EventLocator(),
        EventDater(),
    ]
    date_right, place_right, missed = 0, 0, []
    for case in cases:
        analyzer = None
        if options.analyzed:
            lang = case["lang"]
            analyzer = loaded.setdefault(lang, analyzers()[lang]())
        doc = document(case, analyzer)
        for stage in stages:
            doc = stage(doc)
        event = doc.events[0]
        expected = (case["article_date"], None) if case["date"] == "story" else (
            case["date"], case["date_end"])  # fmt: skip
        found = (event.date.value, event.date.end) if event.date else None
        country = event.location.country if event.location else None
        date_right += found == expected
        place_right += country == case["country"]
        if found != expected:
            missed.append(f"{case['id']}:date={found}")
        if country != case["country"]:
            missed.append(f"{case['id']}:place={country}")
    print(f"sentences: {len(cases)}")
    print(f"date_accuracy: {date_right / len(cases):.3f}")
    print(f"place_accuracy: {place_right / len(cases):.3f}")
    print(f"missed: {' '.join(missed) or '-'}")
    if options.corpus:
        print(f"articles_per_s: {speed(options.corpus, stages[:2]):.1f}")


if __name__ == "__main__":
    main()
