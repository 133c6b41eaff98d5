"""Parse English news with a teacher pipeline: silver training data for a smaller parser.

The shipped parser is the small, fast one (``train.py``); it learns from UD English-EWT and
from these parses of news paragraphs by the larger teacher pipeline trained on EWT alone
(distillation). EWT is mostly web text; the silver paragraphs show the small parser the
sentences chronik reads, parsed as the rules downstream have been written for.

The paragraphs come from the English news corpora under ``--shared`` that the word vectors
use (AllSides politics and Reuters-21578, both for research use; BBC 2005 is for internal
benchmarks only and stays out), in a fixed random order, up to ``--words`` words per corpus.
Every article that a real-news gold file in ``benchmarks/gold`` names (development and test
halves alike) is left out, so the evaluation stays on text the parser never saw.

    .venv/bin/python training/en/silver.py --shared ../shared --teacher DIR --out silver.spacy
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import DocBin

from chronik.analysis.en import load_english
from chronik.errors import ModelError

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
GOLD = REPO / "benchmarks/gold"
NEWS = ("en_allsides_politics", "en_reuters21578")
WORDS = {"en_allsides_politics": 400_000, "en_reuters21578": 100_000}
SEED = 18
# Paragraphs shorter than this are headlines, bylines and captions; longer ones are lists.
MIN_WORDS, MAX_WORDS = 5, 150


def gold_articles(folder: Path) -> set[str]:
    """The article ids every real-news gold file names."""
    ids = set()
    for path in sorted(folder.glob("news.*.jsonl")):
        with path.open(encoding="utf-8") as records:
            ids.update(json.loads(line)["article_id"] for line in records if line.strip())
    return ids


def paragraphs(shared: Path, corpus: str, budget: int, skip: set[str]) -> Iterator[str]:
    """Paragraphs of the corpus's articles not in ``skip``, in a fixed random order of
    articles, until ``budget`` words."""
    path = shared / f"data/corpus/{corpus}/articles.jsonl.gz"
    if not path.is_file():
        sys.exit(f"silver.py: no corpus at {path} (is --shared the shared folder?)")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    random.Random(SEED).shuffle(articles)
    words = 0
    for article in articles:
        if article["id"] in skip:
            continue
        for paragraph in article["text"].split("\n"):
            count = len(paragraph.split())
            if MIN_WORDS <= count <= MAX_WORDS:
                yield paragraph.strip()
                words += count
        if words >= budget:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--teacher", type=Path, required=True, help="an assembled pipeline")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    try:
        teacher = load_english(args.teacher)
    except ModelError as error:
        sys.exit(f"silver.py: {error}")
    skip = gold_articles(GOLD)
    silver = DocBin()
    for corpus in NEWS:
        texts = list(paragraphs(args.shared, corpus, WORDS[corpus], skip))
        for doc in teacher.pipe(texts, batch_size=64):
            silver.add(doc)
        print(f"{corpus}: {len(texts)} paragraphs")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    silver.to_disk(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
