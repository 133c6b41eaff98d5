"""Derive ``src/chronik/data/de/valency.v1.tsv``: how often a German verb takes an object.

German case is often invisible ("die Regierung", "Waffen"), so the analysis needs to know
which verbs take an accusative object at all. This script runs chronik's own German
analysis over German news (default: ``../shared/data/corpus/de_10kgnad_test`` and the
first articles of ``../shared/data/corpus/de_fang_covid_real``) and counts, per predicate
lemma of an active verbal clause:

``clauses``  clauses with that predicate;
``obj``      clauses in which the analysis found an accusative object (of any form);
``acc``      clauses with an object whose form is accusative only ("den Vertrag", "einen
             Brief", "ihn", "diesen");
``dat``      clauses with an indirect object whose form is dative only ("dem Minister",
             "ihm", "einer Frau").

Most clauses of a transitive verb have an object, and some of those objects show an
unambiguous form (masculine phrases, pronouns); an intransitive verb ("kommen", "liegen",
"fehlen") seldom gets an "object", and those it gets are misread subjects, datives or
adverbials, almost never unambiguously accusative. ``GermanLexicon.intransitive`` and
``GermanLexicon.takes_dative`` read the counts.
The analysis runs without the valency file it builds, so the counts do not feed back.
Only the counts are written, no text. Verbs seen fewer than ``--min`` times are left out.

Run: ``.venv/bin/python training/build_de_valency.py [--shared ../shared/data]
[--tokens 500000]`` (takes a few minutes: HanTa tags every sentence).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from chronik.analysis.de import GermanAnalyzer, GermanLexicon
from chronik.analysis.de_morph import noun_number
from chronik.datafiles import DE_VALENCY, source_path
from chronik.dictionaries import write_tsv
from chronik.document import Document
from chronik.records import Argument, Article, Sentence

OUT = source_path(DE_VALENCY, Path(__file__).resolve().parents[1])
CORPORA = (
    "corpus/de_10kgnad_test/articles.jsonl.gz",
    "corpus/de_fang_covid_real/articles.jsonl.gz",
)


def texts(shared: Path) -> Iterator[str]:
    for name in CORPORA:
        with gzip.open(shared / name, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("lang", "de") == "de" and record.get("text"):
                    yield record["text"]


def only_case(argument: Argument, sentence: Sentence, case: str) -> bool:
    """Does the first word of the argument that shows a case show ``case`` alone? "den"
    before a singular noun is accusative (before a plural one, dative)."""
    member = argument.members[0]
    tokens = [t for t in sentence.tokens if member.start <= t.start < member.end]
    for k, token in enumerate(tokens):
        feats = dict(f.split("=", 1) for f in token.morph.split("|") if "=" in f)
        if "Case" not in feats:
            continue
        cases = set(feats["Case"].split(","))
        if cases == {case}:
            return True
        if token.text.lower() == "den" and cases == {"Acc", "Dat"}:
            nouns = [t for t in tokens[k + 1 :] if t.tag == "NN"]
            number = noun_number(nouns[-1].text, nouns[-1].lemma) if nouns else None
            return number == ("Sing" if case == "Acc" else "Plur")
        return False
    return False


def count(analyzer: GermanAnalyzer, shared: Path, budget: int) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    seen = 0
    for k, text in enumerate(texts(shared)):
        doc = analyzer(Document(article=Article(id=str(k), text=text, lang="de"), lang="de"))
        for frame in doc.frames:
            if frame.clause == "nominal" or frame.voice != "active":
                continue
            sentence = doc.sentences[frame.sentence]
            row = counts.setdefault(frame.predicate, Counter())
            row["clauses"] += 1
            if frame.args("obj"):
                row["obj"] += 1
            if any(only_case(a, sentence, "Acc") for a in frame.args("obj")):
                row["acc"] += 1
            if any(only_case(a, sentence, "Dat") for a in frame.args("iobj")):
                row["dat"] += 1
        seen += sum(len(s.tokens) for s in doc.sentences)
        if seen >= budget:
            break
    print(f"articles: {k + 1}")
    print(f"tokens: {seen}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--tokens", type=int, default=500_000, help="stop after this many")
    parser.add_argument("--min", type=int, default=8, help="least clauses to keep a verb")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    analyzer = GermanAnalyzer(lexicon=GermanLexicon.load(valency=None))
    counts = count(analyzer, args.shared, args.tokens)
    rows = sorted(
        (lemma, row)
        for lemma, row in counts.items()
        if row["clauses"] >= args.min and lemma.isalpha()
    )
    columns = ("clauses", "obj", "acc", "dat")
    write_tsv(
        args.out,
        ("lemma", *columns),
        ((lemma, *(row[column] for column in columns)) for lemma, row in rows),
        "Derived by training/build_de_valency.py from German news (counts only).",
    )
    print(f"verbs: {len(rows)}")


if __name__ == "__main__":
    main()
