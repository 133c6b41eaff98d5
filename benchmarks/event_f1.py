"""Event coding accuracy on the real-news gold and on chronik's own pattern suite.

    python benchmarks/event_f1.py [GOLD.jsonl ...] [--corpus DIR] [--test]

Defaults: benchmarks/gold/news.{de,en}.{dev,dev2}.jsonl (real news annotated blind,
stand-off: the text comes from --corpus, default ../shared/data/corpus; docs/annotation.md)
and benchmarks/gold/{de,en}.dev.jsonl (sentences we wrote from the CAMEO descriptions, the
rules were tuned on them: a unit-level pattern suite, not a measure of quality). --test adds
the news test halves and the held-out dev3: score them only when an issue is done, never to
tune.

Prints `name: value` lines, `<file>_<lang>_<level>_<figure>` (e.g. `news.en.dev_en_dyad_root_f1:
0.41`), and per file and language the false-alarm rate, event kappa and 010 share.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from chronik.evaluate import LEVELS, evaluate
from chronik.gold import read_gold
from chronik.pipeline import Pipeline

GOLD = Path(__file__).resolve().parent / "gold"
LANGS = ("de", "en")
NEWS_DEV = [GOLD / f"news.{lang}.{split}.jsonl" for split in ("dev", "dev2") for lang in LANGS]
NEWS_TEST = [GOLD / f"news.{lang}.{split}.jsonl" for split in ("test", "dev3") for lang in LANGS]
OWN = [GOLD / "de.dev.jsonl", GOLD / "en.dev.jsonl"]
SUMMARY = ("false_alarm_rate", "event_kappa", "share_010")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--corpus", type=Path, help="corpus folder for stand-off gold")
    parser.add_argument(
        "--test", action="store_true", help="also score the news test halves and dev3"
    )
    args = parser.parse_args()
    pipeline = Pipeline.load()
    files = args.gold or NEWS_DEV + (NEWS_TEST if args.test else []) + OWN
    for path in files:
        records = read_gold(path, corpus=args.corpus)
        evaluation, _ = evaluate(records, lambda article: pipeline(article).events)
        name = path.name.removesuffix(".jsonl")
        for lang, figures in evaluation.scores().items():
            print(f"{name}_{lang}_sentences: {figures['sentences']}")
            for level in LEVELS:
                for figure, value in figures[level].items():
                    print(f"{name}_{lang}_{level}_{figure}: {value:.3f}")
            for figure in SUMMARY:
                print(f"{name}_{lang}_{figure}: {figures[figure]:.3f}")


if __name__ == "__main__":
    main()
