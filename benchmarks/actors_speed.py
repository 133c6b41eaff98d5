"""Actor dictionary speed: load time, and mentions per second over real news text; and
how alike the English and German versions of the same articles are coded.

    python benchmarks/actors_speed.py [--corpus ../shared/data/corpus] [--limit 1000]

Codes up to ``--limit`` articles of de_10kgnad_test (German) and en_allsides_politics
(English) with ActorCoder (no sentences, so no pronoun resolution: the analyzers' cost is
not part of this figure). Then codes both sides of the parallel corpora (NTREX, WMT24) and
reports the F1 of the German codes against the English ones (multisets of codes per
document pair): a language-neutral dictionary should find the same actors in both.
Prints ``name: value`` lines.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from chronik.actors import ActorCoder, ActorDictionary
from chronik.document import Document
from chronik.records import Article

CORPORA = {"de": "de_10kgnad_test", "en": "en_allsides_politics"}
PARALLEL = ("parallel_ntrex_en_de", "parallel_wmt24_en_de_news")


def read_articles(path: Path, limit: int) -> list[Article]:
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= limit:
                break
            record = json.loads(line)
            day = date.fromisoformat(record["date"][:10]) if record.get("date") else None
            articles.append(Article(record["id"], record["text"], record["lang"], day))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    repo = Path(__file__).resolve().parent.parent
    parser.add_argument("--corpus", type=Path, default=repo.parent / "shared/data/corpus")
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()

    started = time.perf_counter()
    dictionary = ActorDictionary.load()
    print(f"actors_load_seconds: {time.perf_counter() - started:.2f}")
    print(f"actors_names: {len(dictionary.names)}")
    print(f"actors_agent_forms: {len(dictionary.agents)}")
    coder = ActorCoder(dictionary)
    for lang, corpus in CORPORA.items():
        articles = read_articles(args.corpus / corpus / "articles.jsonl.gz", args.limit)
        chars = sum(len(a.text) for a in articles)
        started = time.perf_counter()
        mentions = sum(len(coder(Document(a, lang)).actors) for a in articles)
        seconds = time.perf_counter() - started
        print(f"actors_{lang}_articles: {len(articles)}")
        print(f"actors_{lang}_mentions: {mentions}")
        print(f"actors_{lang}_mentions_per_second: {mentions / seconds:.0f}")
        print(f"actors_{lang}_articles_per_second: {len(articles) / seconds:.1f}")
        print(f"actors_{lang}_mb_per_second: {chars / seconds / 1e6:.2f}")
    for corpus in PARALLEL:
        f1 = parallel_agreement(coder, args.corpus / corpus / "articles.jsonl.gz")
        print(f"actors_{corpus}_en_de_agreement_f1: {f1:.3f}")


def parallel_agreement(coder: ActorCoder, path: Path) -> float:
    """F1 of the German side's actor codes against the English side's, over all pairs."""
    pairs: dict[str, dict[str, Counter[str]]] = defaultdict(dict)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            article = Article(record["id"], record["text"], record["lang"])
            actors = coder(Document(article, record["lang"])).actors
            pairs[record["pair_id"]][record["lang"]] = Counter(a.code for a in actors)
    agree = english = german = 0
    for pair in pairs.values():
        if len(pair) == 2:
            agree += sum((pair["en"] & pair["de"]).values())
            english += sum(pair["en"].values())
            german += sum(pair["de"].values())
    return 2 * agree / (english + german) if english + german else 0.0


if __name__ == "__main__":
    main()
