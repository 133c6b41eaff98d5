"""Actor dictionary speed: load time, and mentions per second over real news text; and
how alike the English and German versions of the same articles are coded.

    python benchmarks/actors_speed.py [--corpus ../shared/data/corpus] [--limit 1000]

Codes up to ``--limit`` articles of de_10kgnad_test (German) and en_allsides_politics
(English) with ActorCoder (no sentences, so no pronoun resolution: the analyzers' cost is
not part of this figure). Then codes both sides of the parallel corpora (NTREX, WMT24) and
reports the F1 of the German codes against the English ones (multisets of codes per
document pair): a language-neutral dictionary should find the same actors in both.
Prints ``name: value`` lines.

With ``--pipeline`` the articles go through the whole pipeline instead (the analyzers
give sentences, so pronouns, "sie"/"they" and "die Regierung" are resolved): the German
articles of 10kGNAD's category International (up to ``--limit``) and both sides of NTREX,
reporting mentions per article and the EN/DE agreement.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from statistics import mean

from chronik.actors import ActorDictionary
from chronik.document import Document
from chronik.records import Article
from chronik.references import ActorCoder

CORPORA = {"de": "de_10kgnad_test", "en": "en_allsides_politics"}
PARALLEL = ("parallel_ntrex_en_de", "parallel_wmt24_en_de_news")


def read_articles(path: Path, limit: int, category: str | None = None) -> list[Article]:
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(articles) >= limit:
                break
            record = json.loads(line)
            if category is not None and record.get("category") != category:
                continue
            day = date.fromisoformat(record["date"][:10]) if record.get("date") else None
            articles.append(Article(record["id"], record["text"], record["lang"], day))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    repo = Path(__file__).resolve().parent.parent
    parser.add_argument("--corpus", type=Path, default=repo.parent / "shared/data/corpus")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--pipeline", action="store_true", help="code with the whole pipeline")
    args = parser.parse_args()
    if args.pipeline:
        pipeline_figures(args.corpus, args.limit)
        return

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


def pipeline_figures(corpus: Path, limit: int) -> None:
    """Mentions per article with the whole pipeline, German International news and NTREX."""
    from chronik.pipeline import default_pipeline  # the analyzers load only for this

    pipeline = default_pipeline()
    articles = read_articles(corpus / CORPORA["de"] / "articles.jsonl.gz", limit, "International")
    started = time.perf_counter()
    coded = [pipeline(article).actors for article in articles]
    references = [sum(actor.antecedent is not None for actor in actors) for actors in coded]
    print(f"actors_pipeline_de_international_articles: {len(articles)}")
    print(f"actors_pipeline_de_international_mentions_per_article: {mean(map(len, coded)):.2f}")
    print(f"actors_pipeline_de_international_references_per_article: {mean(references):.2f}")
    print(f"actors_pipeline_de_international_seconds: {time.perf_counter() - started:.1f}")

    def code(article: Article) -> Counter[str]:
        return Counter(actor.code for actor in pipeline(article).actors)

    pairs = read_pairs(corpus / PARALLEL[0] / "articles.jsonl.gz", code)
    for lang in ("en", "de"):
        per_article = mean(sum(pair[lang].values()) for pair in pairs.values())
        print(f"actors_pipeline_ntrex_{lang}_mentions_per_article: {per_article:.2f}")
    print(f"actors_pipeline_ntrex_en_de_agreement_f1: {agreement(pairs):.3f}")


def read_pairs(
    path: Path, code: Callable[[Article], Counter[str]]
) -> dict[str, dict[str, Counter[str]]]:
    """The codes of both sides of each document pair that has both."""
    pairs: dict[str, dict[str, Counter[str]]] = defaultdict(dict)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            article = Article(record["id"], record["text"], record["lang"])
            pairs[record["pair_id"]][record["lang"]] = code(article)
    return {key: pair for key, pair in pairs.items() if len(pair) == 2}


def parallel_agreement(coder: ActorCoder, path: Path) -> float:
    """F1 of the German side's actor codes against the English side's, over all pairs."""

    def code(article: Article) -> Counter[str]:
        actors = coder(Document(article, article.lang or "")).actors
        return Counter(actor.code for actor in actors)

    return agreement(read_pairs(path, code))


def agreement(pairs: dict[str, dict[str, Counter[str]]]) -> float:
    """F1 of the German codes against the English ones (multisets per document pair)."""
    agree = english = german = 0
    for pair in pairs.values():
        agree += sum((pair["en"] & pair["de"]).values())
        english += sum(pair["en"].values())
        german += sum(pair["de"].values())
    return 2 * agree / (english + german) if english + german else 0.0


if __name__ == "__main__":
    main()
