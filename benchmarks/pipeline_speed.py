"""End-to-end throughput: articles, words and events per second on real news.

    python benchmarks/pipeline_speed.py [--corpus PATH] [--limit N]

Defaults: the first 200 articles of each of ../shared/data/corpus/de_10kgnad_test and
en_bbc_2005. Prints `name: value` lines per language; resources load before timing starts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from chronik.pipeline import Pipeline
from chronik.records import Article

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus"
DEFAULTS = (CORPORA / "de_10kgnad_test", CORPORA / "en_bbc_2005")


def read(corpus: Path, limit: int) -> list[Article]:
    articles = []
    with gzip.open(corpus / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles.append(Article(id=record["id"], text=record["text"], lang=record["lang"]))
            if len(articles) == limit:
                break
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    pipeline = Pipeline.load()
    for corpus in args.corpus or DEFAULTS:
        articles = read(corpus, args.limit)
        pipeline(articles[0])  # warm up: lazy models load on the first article
        started = time.perf_counter()
        events = sum(len(pipeline(article).events) for article in articles)
        seconds = time.perf_counter() - started
        words = sum(len(article.text.split()) for article in articles)
        name = corpus.name
        print(f"{name}_articles: {len(articles)}")
        print(f"{name}_articles_per_s: {len(articles) / seconds:.2f}")
        print(f"{name}_words_per_s: {words / seconds:.0f}")
        print(f"{name}_events_per_article: {events / len(articles):.2f}")


if __name__ == "__main__":
    main()
