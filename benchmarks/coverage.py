"""How much of real news chronik's pattern dictionaries cover.

    python benchmarks/coverage.py [--articles 300] [--seed 12] [--top 30] [--lang en]

Samples articles per language from ../shared/data/corpus (a fixed seed; German:
de_10kgnad_test, de_fang_covid_real; English: en_allsides_politics, en_bbc_2005; half the
articles from each; each article's first 3,000 characters), analyses them with chronik and
counts the clause frames that have a coded actor in a source slot (the active subject or
passive agent). Of those, by token count (every frame counts once): the share whose
predicate has at least one event pattern (`covered`), the share with any row - event,
no-event sense or modality lemma (plan, refuse, urge) - (`known`), and the most frequent
predicates without an event pattern. Event nouns (nominal frames with a possessor or
by-phrase actor) are counted apart: most are no events ("China's economy").
Prints `name: value` lines per language.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter
from pathlib import Path

from chronik.document import Document
from chronik.ingest import parse_date
from chronik.patterns import Patterns, role_arguments
from chronik.pipeline import Pipeline
from chronik.records import Article, Frame

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus"
SOURCES = {
    "de": ("de_10kgnad_test", "de_fang_covid_real"),
    "en": ("en_allsides_politics", "en_bbc_2005"),
}
CHARS = 3000


def sample(lang: str, count: int, seed: int) -> list[Article]:
    chosen = []
    for name in SOURCES[lang]:
        with gzip.open(CORPORA / name / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        share = count // len(SOURCES[lang])
        chosen += random.Random(seed).sample(records, min(share, len(records)))
    return [
        Article(
            id=r["id"],
            text=r["text"][:CHARS],
            lang=lang,
            date=parse_date(r["date"][:10]) if r.get("date") else None,
        )
        for r in chosen
    ]


def has_source_actor(frame: Frame, doc: Document) -> bool:
    slots = ("subj", "pp:by") if frame.clause == "nominal" else ("subj",)
    spans = [m for slot in slots for a in role_arguments(frame, slot) for m in a.members]
    return any(
        actor.span.start >= span.start and actor.span.end <= span.end
        for actor in doc.actors
        for span in spans
    )


def markers(patterns: Patterns) -> frozenset[str]:
    """Lemmas that set modality rather than code events (plan, refuse, urge, accuse)."""
    return (
        patterns.intent_lemmas
        | patterns.negating_lemmas
        | patterns.requesting_lemmas
        | patterns.alleging_lemmas
        | patterns.hypothetical_modals
    )


def count(doc: Document, patterns: Patterns, tallies: dict[str, Counter[str]]) -> None:
    for frame in doc.frames:
        if not has_source_actor(frame, doc):
            continue
        nominal = frame.clause == "nominal"
        key = f"{frame.predicate.casefold()} ({'noun' if nominal else 'verb'})"
        rows = patterns.candidates(frame)
        if nominal:
            tallies["nouns"][key] += 1
            tallies["nouns covered"][key] += any(row.code != "-" for row in rows)
            continue
        tallies["all"][key] += 1
        if any(row.code != "-" for row in rows):
            tallies["covered"][key] += 1
        elif rows or frame.predicate.casefold() in markers(patterns):
            tallies["known"][key] += 1
        else:
            tallies["uncovered"][key] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--lang", choices=sorted(SOURCES), action="append")
    args = parser.parse_args()
    pipeline = Pipeline.load()
    for lang in args.lang or sorted(SOURCES):
        patterns = Patterns.load(lang)
        tallies: dict[str, Counter[str]] = {
            k: Counter() for k in ("all", "covered", "known", "uncovered", "nouns", "nouns covered")
        }
        for article in sample(lang, args.articles, args.seed):
            count(pipeline(article), patterns, tallies)
        total = sum(tallies["all"].values()) or 1
        covered = sum(tallies["covered"].values())
        known = covered + sum(tallies["known"].values())
        print(f"coverage_{lang}_articles: {args.articles}")
        print(f"coverage_{lang}_frames_with_source_actor: {sum(tallies['all'].values())}")
        print(f"coverage_{lang}_covered: {covered / total:.3f}")
        print(f"coverage_{lang}_known: {known / total:.3f}")
        nouns = sum(tallies["nouns"].values())
        print(f"coverage_{lang}_noun_frames_with_source_actor: {nouns}")
        nouns_covered = sum(tallies["nouns covered"].values()) / (nouns or 1)
        print(f"coverage_{lang}_nouns_covered: {nouns_covered:.3f}")
        uncovered_nouns = Counter(
            {k: n - tallies["nouns covered"][k] for k, n in tallies["nouns"].items()}
        )
        missing = tallies["uncovered"] + tallies["known"]
        for predicate, n in missing.most_common(args.top):
            sense = "no-event or modality rows only" if predicate in tallies["known"] else "no row"
            print(f"coverage_{lang}_uncovered: {predicate}\t{n}\t{sense}")
        for predicate, n in (+uncovered_nouns).most_common(args.top // 2):
            print(f"coverage_{lang}_uncovered_noun: {predicate}\t{n}")


if __name__ == "__main__":
    main()
