"""The actors real news names that chronik does not code: the actor counterpart of
benchmarks/coverage.py.

    python benchmarks/actor_gaps.py [--articles 300] [--seed 12] [--top 40] [--lang en]

Samples the same articles as coverage.py (fixed seed, half from each of the language's two
corpora in ../shared/data/corpus, each article's first 3,000 characters) and reads every
clause frame whose best applicable pattern row codes an event. A slot of that row (the
source slots, then the target slots) that holds a noun phrase (its head a noun, proper noun
or pronoun) but no coded actor is a *gap*; gaps
are counted by the slot's head phrase: the head word with its premodifiers, without the
determiners and numbers before it ("the Kurdish forces" → "Kurdish forces"), and by the
head word alone ("forces"). Pronouns (references, not dictionary entries) are counted apart.
Prints ``name: value`` lines per language: the slot totals, the share with a coded actor,
the top head phrases and the top head words per side; ``--examples N`` adds up to N
sentences ("article#sentence: text") under each phrase and each pronoun form.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from chronik.document import Document
from chronik.patterns import Patterns, role_arguments
from chronik.pipeline import Pipeline
from chronik.records import Argument, Frame

# Words before a head phrase that say nothing of who acts: articles, possessives,
# quantifiers and number words (English and German).
LEADING = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
     "my", "your", "some", "many", "several", "all", "both", "most", "other", "each", "any",
     "few", "more", "such", "own", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "dozens", "hundreds", "thousands", "der", "die", "das", "den", "dem",
     "des", "ein", "eine", "einen", "einem", "einer", "eines", "diese", "dieser", "diesen",
     "dieses", "sein", "seine", "seinen", "seiner", "ihr", "ihre", "ihren", "ihrer", "unser",
     "unsere", "viele", "einige", "mehrere", "alle", "beide", "andere", "zwei", "drei", "vier"}
)  # fmt: skip
PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "who",
     "which", "that", "this", "those", "these", "one", "er", "sie", "es", "wir", "ich", "ihr",
     "man", "der", "die", "das", "welche", "welcher", "jener"}
)  # fmt: skip
SIDES = ("source", "target")
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_WORD = re.compile(r"\w[\w.'’&-]*")


@dataclass
class Tally:
    """Slot counts of one language: filled slots, slots with an actor, gaps by phrase."""

    slots: Counter[str] = field(default_factory=Counter)
    coded: Counter[str] = field(default_factory=Counter)
    pronouns: Counter[str] = field(default_factory=Counter)
    gaps: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in SIDES})
    heads: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in SIDES})
    # the surface form seen most for each casefolded phrase
    forms: dict[str, Counter[str]] = field(default_factory=dict)
    # where each casefolded phrase (and each uncoded pronoun, as "pronoun:source:er") stood:
    # "doc#sentence: text"
    examples: dict[str, list[str]] = field(default_factory=dict)


def head_phrase(argument: Argument) -> str:
    """The argument's head with its premodifiers, leading determiners and numbers dropped."""
    words = _WORD.findall(argument.members[0].text)
    folded = [w.casefold() for w in words]
    head = argument.head.casefold()
    end = folded.index(head) + 1 if head in folded else len(words)
    start = 0
    while start < end - 1 and (folded[start] in LEADING or folded[start][0].isdigit()):
        start += 1
    return " ".join(words[start:end])


def covered(argument: Argument, doc: Document) -> bool:
    """Whether a coded actor lies inside one of the argument's members."""
    return any(
        member.start <= actor.span.start and actor.span.end <= member.end
        for member in argument.members
        for actor in doc.actors
    )


def event_slots(frame: Frame, doc: Document, patterns: Patterns) -> dict[str, tuple[str, ...]]:
    """The source and target slots of the frame's best applicable event row (none: {})."""
    _, applicable = patterns.applicable(frame, doc.sentence(frame.sentence))
    if not applicable or applicable[0].code == "-":
        return {}
    row = applicable[0]
    return {"source": row.source, "target": row.target}


def nominal(argument: Argument, frame: Frame, doc: Document) -> bool:
    """Whether the argument's head is a noun, proper noun or pronoun (not a clause)."""
    sent = doc.sentence(frame.sentence)
    span = argument.members[0]
    return sent is not None and any(
        token.text == argument.head and token.pos in NOMINAL and span.start <= token.start
        for token in sent.tokens
        if token.end <= span.end
    )


def where(doc: Document, frame: Frame) -> str:
    """The frame's article, sentence number and sentence text, for an example line."""
    sent = doc.sentence(frame.sentence)
    text = " ".join(sent.text.split()) if sent is not None else ""
    return f"{doc.article.id}#{frame.sentence}: {text[:200]}"


def count(doc: Document, patterns: Patterns, tally: Tally) -> None:
    for frame in doc.frames:
        for side, slots in event_slots(frame, doc, patterns).items():
            for argument in {a for slot in slots for a in role_arguments(frame, slot)}:
                if not nominal(argument, frame, doc):
                    continue
                tally.slots[side] += 1
                if covered(argument, doc):
                    tally.coded[side] += 1
                    continue
                phrase = head_phrase(argument)
                if phrase.casefold() in PRONOUNS:
                    tally.pronouns[side] += 1
                    key = f"pronoun:{side}:{phrase.casefold()}"
                    tally.examples.setdefault(key, []).append(where(doc, frame))
                    continue
                tally.examples.setdefault(phrase.casefold(), []).append(where(doc, frame))
                tally.gaps[side][phrase.casefold()] += 1
                tally.heads[side][argument.head.casefold()] += 1
                tally.forms.setdefault(phrase.casefold(), Counter())[phrase] += 1


def report(lang: str, tally: Tally, top: int, examples: int = 0) -> list[str]:
    lines = []
    for side in SIDES:
        slots = tally.slots[side]
        lines.append(f"actor_gaps_{lang}_{side}_slots: {slots}")
        lines.append(f"actor_gaps_{lang}_{side}_coded: {tally.coded[side] / (slots or 1):.3f}")
        lines.append(f"actor_gaps_{lang}_{side}_pronouns: {tally.pronouns[side]}")
        pronouns = [(k, v) for k, v in tally.examples.items() if k.startswith(f"pronoun:{side}:")]
        for key, found in sorted(pronouns, key=lambda item: -len(item[1])):
            lines.append(f"actor_gaps_{lang}_{side}_pronoun: {key.split(':')[2]}\t{len(found)}")
            lines += [f"  {example}" for example in found[:examples]]
        for key, n in tally.gaps[side].most_common(top):
            form = tally.forms[key].most_common(1)[0][0]
            lines.append(f"actor_gaps_{lang}_{side}: {form}\t{n}")
            lines += [f"  {example}" for example in tally.examples[key][:examples]]
        for head, n in tally.heads[side].most_common(top):
            lines.append(f"actor_gaps_{lang}_{side}_head: {head}\t{n}")
    return lines


def _coverage() -> ModuleType:
    """benchmarks/coverage.py, whose sample this report reads (its name is taken on
    sys.path by the coverage package)."""
    path = Path(__file__).with_name("coverage.py")
    spec = importlib.util.spec_from_file_location("chronik_coverage_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--lang", choices=("de", "en"), action="append")
    parser.add_argument("--examples", type=int, default=0, help="sentences shown per phrase")
    args = parser.parse_args()
    coverage = _coverage()
    pipeline = Pipeline.load()
    for lang in args.lang or ["de", "en"]:
        patterns = Patterns.load(lang)
        tally = Tally()
        for article in coverage.sample(lang, args.articles, args.seed):
            count(pipeline(article), patterns, tally)
        print(f"actor_gaps_{lang}_articles: {args.articles}")
        print("\n".join(report(lang, tally, args.top, args.examples)))


if __name__ == "__main__":
    main()
