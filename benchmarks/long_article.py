"""Time and memory for one long article: is coding linear in article length?

    python benchmarks/long_article.py [--chars 1000000] [--lang de] [--whole]
    python benchmarks/long_article.py --chars 50000000 --write article50m.jsonl

Builds one article of about ``--chars`` characters from real German (English) news of
../shared/data/corpus (the shipped example article if that is missing), codes it as
``chronik code`` would (in parts of --max-chars; ``--whole`` codes it as one text) and
prints `name: value` lines: characters, parts, seconds, events, peak RSS. ``--write``
only writes the article as a one-line JSONL record, for timing ``chronik code`` on it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from pathlib import Path

from chronik.pipeline import Pipeline
from chronik.records import Article

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "data" / "corpus"
SOURCES = {"de": CORPORA / "de_10kgnad_test", "en": CORPORA / "en_bbc_2005"}


def long_text(lang: str, chars: int) -> str:
    """Real articles joined by blank lines until ``chars`` characters."""
    texts: list[str] = []
    corpus = SOURCES[lang] / "articles.jsonl.gz"
    if corpus.exists():
        with gzip.open(corpus, "rt", encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for _, line in zip(range(2000), handle, strict=False)]
    else:
        texts = [(ROOT / "examples" / "000_d8749a46efbd76b3.txt").read_text(encoding="utf-8")]
    parts, size = [], 0
    while size < chars:
        text = texts[len(parts) % len(texts)]
        parts.append(text)
        size += len(text) + 2
    return "\n\n".join(parts)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--lang", choices=["de", "en"], default="de")
    parser.add_argument("--max-chars", type=int, default=100_000)
    parser.add_argument("--whole", action="store_true", help="code as one text, no parts")
    parser.add_argument("--write", type=Path, help="write the article as JSONL and stop")
    args = parser.parse_args()
    if args.write:
        record = {"id": f"long{args.chars}", "lang": args.lang,
                  "text": long_text(args.lang, args.chars)}  # fmt: skip
        args.write.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    pipeline = Pipeline.load()
    pipeline(Article(id="warm", text="Die USA und Nordkorea verhandeln.", lang=args.lang))
    article = Article(id="long", text=long_text(args.lang, args.chars), lang=args.lang)
    if args.whole:  # (runs on older chronik too, for before/after figures)
        parts = [article]
    else:
        from chronik.ingest import Limits, split_article

        parts = list(split_article(article, Limits(max_chars=args.max_chars)))
    start = time.perf_counter()
    events = sum(len(pipeline(part).events) for part in parts)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"chars: {len(article.text)}")
    print(f"parts: {len(parts)}")
    print(f"seconds: {seconds:.1f}")
    print(f"events: {events}")
    print(f"peak_rss_mb: {peak:.0f}")


if __name__ == "__main__":
    main()
