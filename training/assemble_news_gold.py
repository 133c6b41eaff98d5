"""Assemble the real-news gold sets from the sample and the annotators' files.

    python training/assemble_news_gold.py [--gold-dir training/news_gold]
                                          [--out benchmarks/gold]

Reads from ``--gold-dir`` (all stand-off, no article text):

- ``sample.{lang}.jsonl``: the sentences drawn by ``sample_news_gold.py``;
- ``annotations/BATCH.jsonl``: one line per sentence as an annotator coded it, blind;
- ``passes.json``: for the sentences coded twice, which batch made the first and which the
  second pass;
- ``adjudicated.jsonl``: settled events, with the reason, of each twice-coded sentence whose
  passes differ in an event's actors, code, modality or negation (otherwise the first pass
  stands), and of any sentence whose coding a convention settled later changed.

Writes ``news.{lang}.{dev,test}.jsonl`` (the gold) and ``agreement/news.{lang}.pass{1,2}.jsonl``
(the two independent passes, for ``benchmarks/annotation_agreement.py``) to ``--out``.
Every event is checked (CAMEO code, actor codes, modality); a missing PLOVER type is taken
from the CAMEO codebook's default for the code. Problems are listed as ``file:line`` and
nothing is written until there are none.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

FIELDS = ("source", "source_text", "target", "target_text", "cameo", "plover_type",
          "plover_mode", "modality", "reported_by", "reported_by_text", "negated", "trigger",
          "date", "place")  # fmt: skip
RECORD_FIELDS = ("id", "lang", "corpus", "article_id", "sentence", "start", "end",
                 "context_start", "sha1", "date", "stratum")  # fmt: skip
ACTOR = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
MODALITIES = {"asserted", "intended", "hypothetical", "reported"}
OPEN_TEXT = {"parallel_ntrex_en_de"}  # CC BY-SA 4.0: the sentence text may be stored


def cameo_codebook(shared: Path) -> dict[str, str]:
    """CAMEO code → PLOVER v2 type ('' for roots PLOVER drops)."""
    path = shared / "ontology" / "cameo" / "cameo_event_codes.csv"
    if not path.exists():
        sys.exit(
            f"assemble_news_gold: {path} is missing (run with --shared pointing at shared/data)"
        )
    with path.open(encoding="utf-8") as handle:
        return {row["code"]: row["plover_v2_default"] for row in csv.DictReader(handle)}


def read_jsonl(path: Path) -> list[tuple[str, dict]]:
    with path.open(encoding="utf-8") as handle:
        return [
            (f"{path}:{n}", json.loads(line)) for n, line in enumerate(handle, 1) if line.strip()
        ]


def clean_event(event: dict, where: str, plover: dict[str, str], problems: list[str]) -> dict:
    cleaned = {name: event.get(name) for name in FIELDS}
    cleaned["cameo"] = code = str(event.get("cameo", "")).strip()
    cleaned["negated"] = bool(event.get("negated", False))
    cleaned["modality"] = event.get("modality") or "asserted"
    if code not in plover:
        problems.append(f"{where}: {code!r} is not a CAMEO code")
    elif not cleaned["plover_type"]:
        cleaned["plover_type"] = plover[code]
    for role in ("source", "target", "reported_by"):
        value = cleaned[role]
        if value is not None and not ACTOR.match(str(value)):
            problems.append(f"{where}: {role} {value!r} is not an actor code")
    if not cleaned["source"]:
        problems.append(f"{where}: an event needs a source actor")
    if cleaned["modality"] not in MODALITIES:
        problems.append(f"{where}: modality {cleaned['modality']!r}")
    return {k: v for k, v in cleaned.items() if v not in (None, "") or k in ("target", "cameo")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-dir", type=Path, default=Path("training/news_gold"))
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("benchmarks/gold"))
    args = parser.parse_args()
    plover = cameo_codebook(args.shared)
    texts = open_texts(args.shared)
    problems: list[str] = []
    annotated: dict[str, dict[str, tuple[str, list[dict]]]] = {}  # id → batch → events
    for path in sorted((args.gold_dir / "annotations").glob("*.jsonl")):
        for where, line in read_jsonl(path):
            events = [clean_event(e, where, plover, problems) for e in line.get("events", [])]
            annotated.setdefault(line["id"], {})[path.stem] = (where, events)
    passes: dict[str, list[str]] = json.loads((args.gold_dir / "passes.json").read_text())
    adjudicated = {
        line["id"]: [clean_event(e, where, plover, problems) for e in line["events"]]
        for where, line in read_jsonl(args.gold_dir / "adjudicated.jsonl")
    }
    outputs: dict[Path, list[dict]] = {}
    for sample in sorted(args.gold_dir.glob("sample.*.jsonl")):
        lang = sample.name.split(".")[1]
        for where, record in read_jsonl(sample):
            by_batch = annotated.get(record["id"], {})
            if record["id"] in passes:
                first, second = (by_batch.get(b) for b in passes[record["id"]])
                if first is None or second is None:
                    problems.append(f"{where}: {record['id']} lacks one of its two passes")
                    continue
                events = adjudicated.get(record["id"], first[1])
                if coding(first[1]) != coding(second[1]) and record["id"] not in adjudicated:
                    problems.append(f"{where}: {record['id']}: passes differ, not adjudicated")
                for number, found in (("1", first), ("2", second)):
                    path = args.out / "agreement" / f"news.{lang}.pass{number}.jsonl"
                    outputs.setdefault(path, []).append(stand_off(record, found[1], texts))
            elif len(by_batch) == 1:
                (events,) = (found for _, found in by_batch.values())
                events = adjudicated.get(record["id"], events)
            else:
                problems.append(f"{where}: {record['id']} has {len(by_batch)} annotations, not 1")
                continue
            path = args.out / f"news.{lang}.{record['split']}.jsonl"
            outputs.setdefault(path, []).append(stand_off(record, events, texts))
    if problems:
        sys.exit("\n".join(problems))
    for path, records in sorted(outputs.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        with_events = sum(1 for r in records if r["events"])
        roots = Counter(e["cameo"][:2] for r in records for e in r["events"] if not e["negated"])
        shown = dict(sorted(roots.items()))
        print(f"{path}: {len(records)} sentences, {with_events} with events, roots {shown}")


def coding(events: list[dict]) -> Counter:
    """What two passes must agree on: each event's actors, code, modality and negation."""
    return Counter(
        (e["source"], e["target"], e["cameo"], e["modality"], e["negated"]) for e in events
    )


def stand_off(record: dict, events: list[dict], texts: dict[str, str]) -> dict:
    written = {name: record[name] for name in RECORD_FIELDS}
    if record["article_id"] in texts:
        written["text"] = texts[record["article_id"]][record["start"] : record["end"]]
    return {**written, "events": events}


def open_texts(shared: Path) -> dict[str, str]:
    """Article texts of the corpora whose licence lets the gold store its sentences."""
    texts = {}
    for corpus in OPEN_TEXT:
        with gzip.open(
            shared / "corpus" / corpus / "articles.jsonl.gz", "rt", encoding="utf-8"
        ) as f:
            texts.update((r["id"], r["text"]) for r in map(json.loads, f))
    return texts


if __name__ == "__main__":
    main()
