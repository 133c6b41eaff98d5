"""What a change does to events on news nobody annotated: the check behind keeping a rule.

    python benchmarks/unlabelled_diff.py dump LANG OUT.jsonl [--corpus DIR] [--per-corpus 100]
                                              [--learned]
    python benchmarks/unlabelled_diff.py diff BEFORE.jsonl AFTER.jsonl [--show 30] [--removed]

``dump`` codes a fixed sample of articles (seeded shuffle, the first ``--per-corpus`` of each
corpus of the language that are not in any news gold file) and writes one JSON line per
event. Run it once with the code before a change and once after (``PYTHONPATH=<tree>/src``),
then ``diff`` counts the dyadic events (source and target, not negated) added and removed
and prints a sample of them with their sentence, to be read by a person: a rule is kept only
if most of what it adds is right. An event counts as the same when its article, the first 80
characters of its sentence, its codes and its CAMEO code are; an event whose sentence now
begins elsewhere counts as removed and added. Dev gold alone rewarded rules that coded athletes and
companies as governments on general news (docs/actors.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from chronik.gold import gold_article_ids

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "de": ("de_fang_covid_real", "de_10kgnad_test"),
    "en": ("en_allsides_politics", "en_bbc_2005"),
}
SEED = 5


def sample(lang: str, corpus: Path, per_corpus: int) -> Iterator[dict[str, str]]:
    skip = gold_article_ids(ROOT / "benchmarks" / "gold")
    for name in CORPORA[lang]:
        with gzip.open(corpus / name / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        random.Random(SEED).shuffle(rows)
        yield from [r for r in rows if r.get("id") not in skip][:per_corpus]


def article_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def dump(lang: str, out: Path, corpus: Path, per_corpus: int, learned: bool = False) -> None:
    from chronik.pipeline import default_pipeline
    from chronik.records import Article

    if not corpus.is_dir():
        print(f"unlabelled_diff.py: {corpus} is missing; nothing to code")
        return
    pipeline = default_pipeline(learned)
    with out.open("w", encoding="utf-8") as handle:
        for row in sample(lang, corpus, per_corpus):
            when = article_date(row.get("date"))
            doc = pipeline(Article(id=row["id"], text=row["text"], lang=lang, date=when))
            for e in doc.events:
                record = {
                    "id": row["id"],
                    "sentence": e.sentence_text[:400],
                    "source": [e.source.code, e.source.span.text] if e.source else None,
                    "target": [e.target.code, e.target.span.text] if e.target else None,
                    "cameo": e.cameo,
                    "modality": str(e.modality),
                    "negated": e.negated,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


FIELDS = ("id", "sentence", "source", "target", "cameo", "modality")


def dyadic(path: Path) -> list[dict[str, object]]:
    """The events of a ``dump`` file that have a source and a target."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise SystemExit(
                f"unlabelled_diff.py: {path}:{number}: not JSON ({error.msg})"
            ) from None
        if not isinstance(row, dict) or any(field not in row for field in FIELDS):
            fields = ", ".join(FIELDS)
            where = f"unlabelled_diff.py: {path}:{number}"
            raise SystemExit(f"{where}: not an event of dump ({fields})")
        rows.append(row)
    # a negated event is none ("did not meet"): like ``chronik eval``, leave it out
    return [r for r in rows if r["source"] and r["target"] and not r.get("negated")]


def fact(row: dict[str, object]) -> tuple[object, ...]:
    source, target = row["source"], row["target"]
    assert isinstance(source, list) and isinstance(target, list)
    # the sentence's opening: a change of sentence limits should not count its events twice
    opening = str(row["sentence"])[:80]
    return row["id"], opening, source[0], target[0], row["cameo"]


def only_in(rows: list[dict[str, object]], other: list[dict[str, object]]) -> list[dict]:
    """The rows of ``rows`` that ``other`` lacks, counting repeats."""
    left = Counter(fact(r) for r in other)
    found = []
    for row in rows:
        if left[fact(row)] > 0:
            left[fact(row)] -= 1
        else:
            found.append(row)
    return found


def diff(before: Path, after: Path, show: int, removed: bool) -> None:
    old, new = dyadic(before), dyadic(after)
    added, dropped = only_in(new, old), only_in(old, new)
    print(f"dyadic_before: {len(old)}")
    print(f"dyadic_after: {len(new)}")
    print(f"added: {len(added)}")
    print(f"removed: {len(dropped)}")
    rows = dropped if removed else added
    random.Random(SEED).shuffle(rows)
    for row in rows[:show]:
        print(f"--- {row['source']} -> {row['target']} {row['cameo']} {row['modality']}")
        print(f"    {row['sentence']}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    coding = commands.add_parser("dump", help="code the fixed unlabelled sample")
    coding.add_argument("lang", choices=sorted(CORPORA))
    coding.add_argument("out", type=Path)
    coding.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/corpus")
    coding.add_argument("--per-corpus", type=int, default=100)
    coding.add_argument("--learned", action="store_true", help="with the trained model's events")
    comparing = commands.add_parser("diff", help="events added and removed by a change")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--show", type=int, default=30)
    comparing.add_argument("--removed", action="store_true", help="show removed events")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.lang, args.out, args.corpus, args.per_corpus, args.learned)
        return
    for path in (args.before, args.after):
        if not path.is_file():
            raise SystemExit(f"unlabelled_diff.py: {path}: no such file")
    diff(args.before, args.after, args.show, args.removed)


if __name__ == "__main__":
    main(sys.argv[1:])
