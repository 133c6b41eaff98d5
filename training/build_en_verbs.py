"""Build src/chronik/data/en/verbs.v1.tsv: the English verb lemmas chronik knows.

    python training/build_en_verbs.py [--shared ../shared/data]

The English analysis uses the list to repair lemmas its trained lemmatizer gets wrong on
regular verbs ("welcomed" → "welcom"): it derives candidate lemmas from the word form and
keeps the first one on this list. The list is every lemma tagged VERB in UD English-EWT
train (CC BY-SA 4.0; lemmas and counts only) plus the verbs of chronik's own English event
patterns and modality rows (data/verbs/en.v1.tsv), so every verb a pattern names can be
recognised.
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from pathlib import Path

from chronik.datafiles import EN_VERBS, source_path
from chronik.dictionaries import write_tsv
from chronik.patterns import Patterns

ROOT = Path(__file__).resolve().parent.parent
OUT = source_path(EN_VERBS, ROOT)


def treebank_verbs(conllu: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    with gzip.open(conllu, "rt", encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 10 and fields[3] == "VERB" and fields[2].isalpha():
                counts[fields[2].lower()] += 1
    return counts


def pattern_verbs() -> set[str]:
    """The head verb of every English verb pattern ("pull out" → pull) and of the verbs that
    set a clause's modality or negation ("preclude", "intend", "urge", "accuse")."""
    patterns = Patterns.load("en")
    verbs = {row.lemma.split()[0].lower() for row in patterns.rows if row.kind == "verb"}
    for lemmas in (
        patterns.negating_lemmas,
        patterns.intent_lemmas,
        patterns.requesting_lemmas,
        patterns.alleging_lemmas,
    ):
        heads = {lemma.split()[0].lower() for lemma in lemmas}
        verbs |= {head for head in heads if not head.endswith("ing")}  # "going to": no lemma
    return verbs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    conllu = args.shared / "nlp" / "UD_English-EWT" / "en_ewt-ud-train.conllu.gz"
    counts = treebank_verbs(conllu)
    for verb in pattern_verbs() - set(counts):
        counts[verb] = 0
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    write_tsv(
        OUT,
        ("lemma", "count"),
        rows,
        "derived by training/build_en_verbs.py; count = VERB tokens in UD English-EWT train",
    )
    print(f"wrote {len(rows)} verbs to {OUT}")


if __name__ == "__main__":
    main()
