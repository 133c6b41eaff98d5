"""Duplicate events and country–own-government self-dyads over real news.

    python benchmarks/duplicates.py [--corpus ../shared/data/corpus] [--limit 500]
                                    [--seconds 120]

Codes all of NTREX and WMT24 (both languages) and up to ``--limit`` articles of every other
corpus, each of those for at most ``--seconds`` (the articles coded by then count; the
output says how many). Counts, before and after the last stage (events_merge.py):

- *duplicates*: events of an article that repeat an earlier one's fact (source and target
  code, CAMEO code, modality, negation, date, predicate; ``events_merge.fact_of``);
- *self-dyads*: events pairing a country with itself or with its own government
  (``USA``↔``USAGOV``), or one mention with itself.

Prints ``name: value`` lines per corpus and in all.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from datetime import date
from pathlib import Path

from chronik.document import Document
from chronik.events_merge import EventMerger, fact_of, self_dyad
from chronik.pipeline import Pipeline
from chronik.records import Article, Event

ROOT = Path(__file__).resolve().parent.parent
ALL = ("parallel_ntrex_en_de", "parallel_wmt24_en_de_news")


def articles(path: Path, limit: int | None) -> list[Article]:
    found = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(found) >= limit:
                break
            record = json.loads(line)
            raw = str(record.get("date") or "")[:10]
            day = date.fromisoformat(raw) if len(raw) == 10 and raw[4] == "-" else None
            found.append(Article(record["id"], record["text"], record.get("lang"), day))
    return found


def count(events: tuple[Event, ...], counts: Counter[str], when: str) -> None:
    seen = set()
    for event in events:
        counts[f"events {when}"] += 1
        fact = fact_of(event)
        counts[f"duplicates {when}"] += fact in seen
        seen.add(fact)
        counts[f"self-dyads {when}"] += self_dyad(event.source, event.target)


def code_corpus(pipeline: Pipeline, path: Path, limit: int | None, seconds: float) -> Counter[str]:
    stages = [s for s in pipeline.stages if not isinstance(s, EventMerger)]
    counts: Counter[str] = Counter()
    started = time.monotonic()
    for article in articles(path, limit):
        if time.monotonic() - started > seconds:
            break
        lang = article.lang if article.lang in ("de", "en") else pipeline.language_of(article)
        doc = pipeline.analyzers[lang]()(Document(article=article, lang=lang))
        for stage in stages:
            doc = stage(doc)
        count(doc.events, counts, "before")
        count(EventMerger()(doc).events, counts, "after")
        counts["articles"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/corpus")
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=120.0)
    args = parser.parse_args()
    pipeline = Pipeline.load()
    total: Counter[str] = Counter()
    for folder in sorted(p for p in args.corpus.iterdir() if (p / "articles.jsonl.gz").exists()):
        limit = None if folder.name in ALL else args.limit
        seconds = float("inf") if folder.name in ALL else args.seconds
        counts = code_corpus(pipeline, folder / "articles.jsonl.gz", limit, seconds)
        total += counts
        for name in sorted(counts):
            print(f"{folder.name} {name}: {counts[name]}")
    for name in sorted(total):
        print(f"all {name}: {total[name]}")


if __name__ == "__main__":
    main()
