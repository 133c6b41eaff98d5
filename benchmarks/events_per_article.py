"""How many events chronik finds in real news: a check on PETRARCH-style floods.

    python benchmarks/events_per_article.py [--limit N]

Codes international-politics articles from ../shared/data/corpus (German: de_10kgnad_test,
category International; English: en_allsides_politics, topics world and north_korea) and
prints `name: value` lines per language: events per article, the share of sentences with an
event, the most events in one sentence, and the share of events without a target.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from chronik.ingest import parse_date
from chronik.pipeline import Pipeline
from chronik.records import Article

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus"
SELECTIONS = {
    "de": (CORPORA / "de_10kgnad_test", "category", {"International"}),
    "en": (CORPORA / "en_allsides_politics", "topic", {"world", "north_korea"}),
}


def articles(lang: str, limit: int) -> Iterator[Article]:
    corpus, field, values = SELECTIONS[lang]
    with gzip.open(corpus / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        found = 0
        for line in handle:
            record = json.loads(line)
            if record.get(field) not in values:
                continue
            on = parse_date(record["date"][:10]) if record.get("date") else None
            yield Article(id=record["id"], text=record["text"], lang=lang, date=on)
            found += 1
            if found == limit:
                return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    pipeline = Pipeline.load()
    for lang in SELECTIONS:
        documents = events = sentences = 0
        per_sentence: Counter[tuple[str, int]] = Counter()
        targetless = 0
        for article in articles(lang, args.limit):
            doc = pipeline(article)
            documents += 1
            sentences += len(doc.sentences)
            events += len(doc.events)
            targetless += sum(e.target is None for e in doc.events)
            per_sentence.update((article.id, e.sentence) for e in doc.events)
        print(f"{lang}_articles: {documents}")
        print(f"{lang}_events_per_article: {events / max(documents, 1):.2f}")
        print(f"{lang}_sentences_with_events: {len(per_sentence) / max(sentences, 1):.3f}")
        print(f"{lang}_max_events_in_a_sentence: {max(per_sentence.values(), default=0)}")
        print(f"{lang}_events_without_target: {targetless / max(events, 1):.3f}")


if __name__ == "__main__":
    main()
