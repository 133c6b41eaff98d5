"""Agreement of the two independent annotation passes of the real-news gold.

    python benchmarks/annotation_agreement.py

Reads benchmarks/gold/agreement/news.{de,en}.pass{1,2}.jsonl (172 sentences per language,
coded blind by two annotators; docs/annotation.md) and prints, per language, Cohen's kappa on
event/no-event and the F1 of pass 2 against pass 1 at each level (F1 is symmetric in the two).
"""

from __future__ import annotations

import json
from pathlib import Path

from chronik.evaluate import LEVELS, Evaluation, coded
from chronik.gold import gold_event

AGREEMENT = Path(__file__).resolve().parent / "gold" / "agreement"


def events_by_id(path: Path) -> dict[str, list]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return {
        r["id"]: [coded(e) for e in map(gold_event, r["events"]) if not e.negated] for r in records
    }


def main() -> None:
    evaluation = Evaluation()
    for first in sorted(AGREEMENT.glob("news.*.pass1.jsonl")):
        lang = first.name.split(".")[1]
        one, two = events_by_id(first), events_by_id(first.with_name(f"news.{lang}.pass2.jsonl"))
        for record_id, events in one.items():
            evaluation.add(lang, predicted=two[record_id], gold=events)
    for lang, figures in evaluation.scores().items():
        print(f"{lang}_sentences: {figures['sentences']}")
        print(f"{lang}_event_kappa: {figures['event_kappa']:.3f}")
        for level in LEVELS:
            print(f"{lang}_{level}_f1: {figures[level]['f1']:.3f}")


if __name__ == "__main__":
    main()
