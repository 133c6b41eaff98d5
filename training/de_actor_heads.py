"""Which nouns German news uses as event participants that the actor dictionary misses.

    python training/de_actor_heads.py [--articles 200] [--seed 12] [--top 60] [--examples 2]

Samples articles from the unlabelled German corpora (the same sample as
``benchmarks/coverage.py``) and looks at every verbal clause frame whose predicate has an
event pattern; every sentence is analysed (the pipeline's prefilter skips sentences that
name no actor, which would hide exactly the words asked about). For the subject, the object
and the dative object, a member of the argument with no coded actor inside it counts its
head word; ``dyadic`` counts only the frames whose other slot does hold an actor (a
recognised head there would make a dyadic event); ``known`` counts the members where the
dictionary matches a word but the actor stage coded nothing (no country found, a reference
left open). Prints ``head<TAB>count<TAB>dyadic<TAB>known<TAB>examples`` lines, most frequent
first: the classes of words worth a dictionary row (agent nouns, institutions, country
adjective + group noun).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from coverage import sample

from chronik.analysis.de import GermanAnalyzer
from chronik.document import Document
from chronik.patterns import Patterns, role_arguments
from chronik.pipeline import Pipeline
from chronik.records import Frame, Span

SLOTS = ("subj", "obj", "iobj")


def covers(doc: Document, span: Span) -> bool:
    return any(span.start <= a.span.start and a.span.end <= span.end for a in doc.actors)


class Tally:
    """The counts per head word and a few of the phrases it heads."""

    def __init__(self) -> None:
        self.heads: Counter[str] = Counter()
        self.dyadic: Counter[str] = Counter()
        self.known: Counter[str] = Counter()
        self.seen: dict[str, list[str]] = {}


def tally(doc: Document, frame: Frame, matched: list[Span], counts: Tally) -> None:
    members = {
        slot: [(a.head, m) for a in role_arguments(frame, slot) for m in a.members]
        for slot in SLOTS
    }
    for slot, found in members.items():
        others = [m for s, f in members.items() if s != slot for _, m in f]
        has_other = any(covers(doc, m) for m in others)
        for head, member in found:
            if covers(doc, member) or not head[:1].isalpha():
                continue
            counts.heads[head] += 1
            counts.dyadic[head] += has_other
            counts.known[head] += any(member.contains(m) for m in matched)
            counts.seen.setdefault(head, []).append(member.text[:60])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--examples", type=int, default=2)
    args = parser.parse_args()
    pipeline = Pipeline.load()
    analyzer = GermanAnalyzer()  # no prefilter: every sentence gets its frames
    pipeline.analyzers["de"] = lambda: analyzer
    patterns = Patterns.load("de")
    counts = Tally()
    for article in sample("de", args.articles, args.seed):
        doc = pipeline(article)
        matched = [s for _, s in pipeline.actors.unresolved(article.text, lang="de")]
        for frame in doc.frames:
            if frame.clause == "nominal":
                continue
            if any(row.code != "-" for row in patterns.candidates(frame)):
                tally(doc, frame, matched, counts)
    print(f"unrecognised_heads: {sum(counts.heads.values())} ({len(counts.heads)} distinct)")
    print(f"unrecognised_heads_dyadic: {sum(counts.dyadic.values())}")
    print(f"unrecognised_heads_known: {sum(counts.known.values())}")
    for head, n in counts.heads.most_common(args.top):
        examples = " | ".join(list(dict.fromkeys(counts.seen[head]))[: args.examples])
        print(f"{head}\t{n}\t{counts.dyadic[head]}\t{counts.known[head]}\t{examples}")


if __name__ == "__main__":
    main()
