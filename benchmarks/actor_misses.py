"""Actor-caused misses on gold sentences (dev files only).

    python benchmarks/actor_misses.py [GOLD.jsonl ...]   (default: the news dev and dev2 files)

A gold event is *missed* when the coder has no event with its dyad and root (the
``dyad_root`` level of ``chronik eval``). A miss is **actor-caused** when either

- *wrong actor*: the coder found an event of the same CAMEO root in the sentence that matches
  no gold event at ``dyad_root`` (the predicate was coded, an actor was wrong or missing); or
- *actor not recognised*: no event of that root was coded, and one of the gold event's actors
  is not among the sentence's actor mentions: no mention of ``doc.actors`` inside the gold
  sentence has the gold actor's country part (first three letters) and, where the gold gives
  the actor's words, overlaps them.

Every other miss is a *predicate miss*. Prints ``name: value`` lines per language;
``--list`` also prints each actor-caused miss (sentence id, gold event, the actors found).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from chronik.evaluate import coded, in_sentence, key
from chronik.gold import read_gold
from chronik.pipeline import default_pipeline
from chronik.records import Actor, Span

ROOT = Path(__file__).resolve().parent.parent
DEV = ("news.de.dev.jsonl", "news.en.dev.jsonl", "news.de.dev2.jsonl", "news.en.dev2.jsonl")


def recognised(code: str | None, text: str | None, sentence: Span, actors: list[Actor]) -> bool:
    if code is None:
        return True
    where = sentence.text.find(text) if text else -1
    for actor in actors:
        if not sentence.contains(actor.span) or actor.country != code[:3]:
            continue
        if where < 0:
            return True
        start = sentence.start + where
        if actor.span.start < start + len(text or "") and start < actor.span.end:
            return True
    return False


def describe(record_id: str, cause: str, item: dict[str, object], actors: list[Actor]) -> str:
    """One actor-caused miss: the gold event's dyad with its words, and the mentions coded."""
    found = ", ".join(f"{a.span.text}={a.code}" for a in actors) or "-"
    return (
        f"{record_id} [{cause}] {item.get('cameo')} {item.get('source')}"
        f"({item.get('source_text')}) -> {item.get('target')}({item.get('target_text')})"
        f" | coded: {found}"
    )


def classify(path: Path, counts: Counter[str], listing: list[str] | None = None) -> None:
    raw = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            raw[item["id"]] = [e for e in item["events"] if not e.get("negated")]
    pipeline = default_pipeline()
    for record in read_gold(path):
        doc = pipeline(record.article)
        predicted = [coded(e) for e in in_sentence(doc.events, record)]
        unmatched = Counter(key(e, "dyad_root") for e in predicted)
        gold = [(coded(e), r) for e, r in zip(record.events, raw[record.id], strict=False)]
        gold = [(g, r) for g, r in gold if not r.get("negated")]
        surplus = Counter(key(g, "dyad_root") for g, _ in gold)
        alarms = []
        for event in predicted:
            k = key(event, "dyad_root")
            if surplus[k] > 0:
                surplus[k] -= 1
            else:
                alarms.append(event[2][:2])
        lang = record.lang
        for event, item in gold:
            counts[f"{lang} gold events"] += 1
            k = key(event, "dyad_root")
            if unmatched[k] > 0:
                unmatched[k] -= 1
                continue
            counts[f"{lang} missed"] += 1
            actors = list(doc.actors)
            inside = [a for a in actors if record.sentence.contains(a.span)]
            if event[2][:2] in alarms:
                alarms.remove(event[2][:2])
                counts[f"{lang} actor-caused: wrong actor"] += 1
                if listing is not None:
                    listing.append(describe(record.id, "wrong actor", item, inside))
                continue
            known = recognised(event[0], item.get("source_text"), record.sentence, actors)
            known = known and recognised(event[1], item.get("target_text"), record.sentence, actors)
            counts[
                f"{lang} actor-caused: not recognised" if not known else f"{lang} predicate"
            ] += 1
            if not known and listing is not None:
                listing.append(describe(record.id, "not recognised", item, inside))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description="Actor-caused misses on dev gold sentences.")
    parser.add_argument("gold", nargs="*", type=Path, help="gold JSONL (default: news dev files)")
    parser.add_argument("--list", action="store_true", help="print each actor-caused miss")
    args = parser.parse_args(argv)
    paths = args.gold or [ROOT / "benchmarks" / "gold" / name for name in DEV]
    counts: Counter[str] = Counter()
    listing: list[str] | None = [] if args.list else None
    for path in paths:
        if ".test." in path.name:
            raise SystemExit("actor_misses.py reads dev files only")
        if not path.is_file():
            raise SystemExit(f"actor_misses.py: {path}: no such file")
        classify(path, counts, listing)
    for line in listing or []:
        print(line)
    for lang in sorted({name.split()[0] for name in counts}):
        wrong = counts[f"{lang} actor-caused: wrong actor"]
        unknown = counts[f"{lang} actor-caused: not recognised"]
        print(f"{lang} gold events: {counts[f'{lang} gold events']}")
        print(f"{lang} missed (dyad_root): {counts[f'{lang} missed']}")
        print(f"{lang} actor-caused misses: {wrong + unknown} (wrong actor {wrong}, "
              f"not recognised {unknown})")  # fmt: skip
        print(f"{lang} predicate misses: {counts[f'{lang} predicate']}")


if __name__ == "__main__":
    main(sys.argv[1:])
