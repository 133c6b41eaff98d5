"""Which German counterparts of the PETRARCH-2 verb blocks have a row in verbs/de.v1.tsv, and
how often the German corpora use them: the order in which to write German rows (issue 12).

    python training/de_petrarch_coverage.py [--shared ../shared/data] [--top 40]

Reads training/curated/de_petrarch_blocks.tsv (our translation: block, code, lemmas), counts
each lemma's forms in the German articles of the corpora (research-only texts: only counts
leave this script) and prints, per lemma, its count and whether a pattern row covers it,
then the share of counted occurrences that are covered. Counting is by word form, not by
parse: a verb's forms are the words that begin with its stem, the participle and the
zu-infinitive; a separable verb's split forms ("nahm ... fest") are not counted, so
separable verbs are undercounted. A Funktionsverbgefüge ("Druck+setzen") counts sentences
in which the noun stands before a form of the verb within six words.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from chronik.datafiles import PATTERNS_DE, source_path
from chronik.patterns import Pattern, Patterns

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = ROOT / "training" / "curated" / "de_petrarch_blocks.tsv"
PATTERNS = source_path(PATTERNS_DE, ROOT)
GERMAN = (
    "de_10kgnad_test",
    "de_fang_covid_real",
    "parallel_ntrex_en_de",
    "parallel_wmt24_en_de_news",
)
PARTICLES = (
    "zurück", "zusammen", "wieder", "heraus", "weiter", "durch", "fest", "frei", "nach", "ein",
    "aus", "auf", "ab", "an", "bei", "vor", "zu", "mit", "um", "los", "teil", "bereit",
)  # fmt: skip


def blocks(path: Path = BLOCKS) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("block\t"):
            continue
        block, code, lemmas = line.split("\t")
        rows += [(block, code, lemma) for lemma in lemmas.split()]
    return rows


def german_texts(corpus: Path) -> Iterator[str]:
    for name in GERMAN:
        path = corpus / name / "articles.jsonl.gz"
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("lang", "de") == "de":
                    yield record.get("text", "")


def verb_pattern(lemma: str) -> str:
    """A regex for the joined forms of a verb lemma."""
    particle = next((p for p in PARTICLES if lemma.startswith(p) and len(lemma) > len(p) + 3), "")
    base = lemma[len(particle) :]
    stem = re.sub(r"(e?n)$", "", base)
    ge = (
        "" if re.match(r"(be|ge|er|ver|zer|ent|emp|miss)", base) or base.endswith("ieren") else "ge"
    )
    forms = [f"{particle}{stem}\\w*", f"{particle}{ge}{stem}\\w*", f"{particle}zu{base}"]
    return r"\b(?:" + "|".join(forms) + r")\b"


def lemma_pattern(lemma: str) -> re.Pattern[str]:
    if "+" in lemma:
        noun, verb = lemma.split("+")
        return re.compile(rf"\b{noun}\w*\b(?:\W+\w+){{0,6}}?\W+{verb_pattern(verb)[2:]}")
    return re.compile(verb_pattern(lemma))


def covered(lemma: str, rows: tuple[Pattern, ...]) -> bool:
    """A row for the lemma; for noun+verb a row of the verb naming the noun in a condition
    (word sets expanded)."""
    if "+" in lemma:
        noun, verb = lemma.casefold().split("+")
        return any(
            r.lemma == verb and any(noun in h.casefold() for c in r.conditions for h in c.heads)
            for r in rows
        )
    return any(r.lemma == lemma.casefold() and r.kind == "verb" for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--top", type=int, default=40, help="Uncovered lemmas to list.")
    args = parser.parse_args()
    wanted = blocks()
    patterns = {lemma: lemma_pattern(lemma) for _, _, lemma in wanted}
    counts: Counter[str] = Counter()
    for text in german_texts(args.shared / "corpus"):
        for lemma, pattern in patterns.items():
            counts[lemma] += len(pattern.findall(text))
    rows = Patterns.load(PATTERNS).rows
    total = sum(counts.values()) or 1
    done = sum(n for lemma, n in counts.items() if covered(lemma, rows))
    uncovered = sorted(
        ((counts[lemma], block, code, lemma) for block, code, lemma in wanted
         if not covered(lemma, rows)),
        reverse=True,
    )  # fmt: skip
    print(f"{len(wanted)} German lemmas for {len({b for b, _, _ in wanted})} blocks")
    print(f"covered by a row: {sum(covered(x, rows) for _, _, x in wanted)} lemmas, "
          f"{done / total:.1%} of {total} counted occurrences")  # fmt: skip
    print("most frequent without a row:")
    for n, block, code, lemma in uncovered[: args.top]:
        print(f"  {n:>6}  {lemma:<24} {block} [{code}]")


if __name__ == "__main__":
    main()
