"""Event coding accuracy on chronik's own dev gold sets (strict, root and code-only F1).

    python benchmarks/event_f1.py [GOLD.jsonl ...]

Defaults: benchmarks/gold/de.dev.jsonl and benchmarks/gold/en.dev.jsonl. Prints one
`name: value` line per language, level and figure (e.g. `de_root_f1: 0.81`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from chronik.evaluate import evaluate, read_gold
from chronik.pipeline import Pipeline

GOLD = Path(__file__).resolve().parent / "gold"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    args = parser.parse_args()
    pipeline = Pipeline.load()
    records = [r for path in args.gold or sorted(GOLD.glob("*.dev.jsonl")) for r in read_gold(path)]
    scores = evaluate(records, lambda article: pipeline(article).events).scores()
    for lang, levels in scores.items():
        for level, figures in levels.items():
            for name, value in figures.items():
                print(f"{lang}_{level}_{name}: {value:.3f}")


if __name__ == "__main__":
    main()
