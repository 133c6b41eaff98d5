"""Train the learned-event model (src/chronik/data/models/events.LANG.json.gz, named in
chronik.datafiles), or cross-validate it.

    python training/train_event_model.py LANG [--sets SET ...] [--threshold 0.6]
    python training/train_event_model.py LANG --folds 5 [--sets SET ...]

Reads the real-news gold sets ``benchmarks/gold/news.LANG.SET.jsonl`` (default: every
``train*`` set, the random sentences no rule was written for, and every ``pairs*`` set, the
sentences drawn for naming two actors or more; stand-off, the texts come from
``--corpus``, default ../shared/data/corpus), codes each article with chronik's rules and
makes one example per pair that events_learned.py would ask the model about (the rules left
it without an event).
A pair's label is the CAMEO root of the gold event whose countries it holds, by the
annotator's actor text where the sentence has several mentions of a country; the other pairs
of a gold event's countries are left out, neither event nor no event.

The model is a multinomial logistic regression over the features seen twice or more, with
L2, fitted by AdaGrad (fixed seed: the same gold gives the same model). Each root's code is
its commonest full code in the gold. With ``--folds``, nothing is written: each fold is scored
by a model trained on the others, and the script prints dyad + root precision / recall / F1
of the rules alone and of rules plus the model above each threshold, with how many events
the model adds and how many of those are right; the ``pairs*`` sets, not a random sample, are
fitted on in every fold and scored in none. The held-out sets (dev3, test) are refused.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from chronik.datafiles import EVENT_MODEL, source_path
from chronik.document import Document
from chronik.errors import ChronikError
from chronik.evaluate import Key, Tally, coded, in_sentence, keys
from chronik.events_learned import EventModel, Pair, lexicon_roots, open_pairs
from chronik.gold import GoldEvent, GoldRecord, read_gold
from chronik.patterns import Patterns
from chronik.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
HELD_OUT = frozenset({"dev3", "test"})
FIT_ONLY = "pairs"  # sets whose name starts so are fitted on, never scored
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class Example:
    dyad: tuple[str, str]
    features: tuple[str, ...]
    label: str  # CAMEO root, "" for no event


@dataclass(frozen=True)
class Scored:
    """One gold sentence: the rules' events, the gold events, the pairs left to the model."""

    examples: tuple[Example, ...]
    rules: Counter[Key]
    gold: Counter[Key]


def _found(text: str | None, record: GoldRecord) -> tuple[int, int] | None:
    at = record.sentence.text.find(text) if text else -1
    return (
        None
        if at < 0 or not text
        else (record.sentence.start + at, record.sentence.start + at + len(text))
    )


def _overlaps(pair: Pair, spans: tuple[tuple[int, int] | None, ...]) -> int:
    """How many of the pair's mentions overlap the annotator's actor texts."""
    mentions = (pair.source.span, pair.target.span)
    return sum(
        1
        for mention, span in zip(mentions, spans, strict=True)
        if span and mention.start < span[1] and span[0] < mention.end
    )


def labelled(
    found: list[Pair], gold: Sequence[GoldEvent], record: GoldRecord
) -> tuple[Example, ...]:
    """Each pair with the root of the gold event it stands for ("" for none); a gold event
    is one pair, however many mentions its countries have: the others are left out."""
    chosen: dict[int, str] = {}
    taken: set[tuple[str, str]] = set()
    for event in gold:
        if not event.source or not event.target:
            continue
        dyad = (event.source[:3], event.target[:3])
        spans = (_found(event.source_text, record), _found(event.target_text, record))
        candidates = [(_overlaps(p, spans), -i) for i, p in enumerate(found) if p.dyad == dyad]
        if candidates:
            chosen.setdefault(-max(candidates)[1], event.cameo[:2])
            taken.add(dyad)
    return tuple(
        Example(pair.dyad, pair.features, chosen.get(i, ""))
        for i, pair in enumerate(found)
        if i in chosen or pair.dyad not in taken
    )


def scored(record: GoldRecord, doc: Document, roots: Mapping[str, frozenset[str]]) -> Scored:
    """The examples of a gold sentence (the pairs of the document's sentences that overlap
    it) with the rules' and the gold events as ``chronik eval`` scores them."""
    span = record.sentence
    found = [
        pair
        for sent in doc.sentences
        if span.start <= sent.start < span.end or sent.start <= span.start < sent.end
        for pair in open_pairs(doc, sent, roots)
    ]
    gold = [e for e in record.events if not e.negated]
    rules = [coded(e) for e in in_sentence(doc.events, record)]
    return Scored(
        labelled(found, gold, record),
        keys(rules, "dyad_root"),
        keys([coded(e) for e in gold], "dyad_root"),
    )


def fit(
    examples: Sequence[Example],
    codes: Mapping[str, str],
    threshold: float = 1.0,
    epochs: int = 15,
    l2: float = 1e-3,
    rate: float = 0.1,
) -> EventModel:
    """Multinomial logistic regression over the features seen twice or more, by AdaGrad;
    ``codes``: the CAMEO code to emit per root."""
    classes = tuple(sorted({e.label for e in examples} | {""}))
    counts = Counter(f for e in examples for f in set(e.features))
    vocabulary = {f: n for n, f in enumerate(sorted(f for f, c in counts.items() if c >= 2))}
    rows = [
        np.array(sorted({vocabulary[f] for f in e.features if f in vocabulary}), dtype=np.int64)
        for e in examples
    ]
    labels = [classes.index(e.label) for e in examples]
    weights = np.zeros((len(vocabulary), len(classes)))
    squares = np.full_like(weights, 1e-8)
    order = list(range(len(examples)))
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            row = rows[i]
            scores = weights[row].sum(axis=0)
            gradient = np.exp(scores - scores.max())
            gradient /= gradient.sum()
            gradient[labels[i]] -= 1.0
            step = gradient[None, :] + l2 * weights[row]
            squares[row] += step * step
            weights[row] -= rate * step / np.sqrt(squares[row])
    kept = {
        feature: tuple(round(float(w), 3) for w in weights[n])
        for feature, n in vocabulary.items()
        if np.abs(weights[n]).max() >= 1e-3
    }
    return EventModel(classes, kept, threshold, {r: codes.get(r, r + "0") for r in classes if r})


def commonest_codes(records: Sequence[GoldRecord]) -> dict[str, str]:
    """Per CAMEO root, its commonest full code among the gold events."""
    by_root: dict[str, Counter[str]] = {}
    for record in records:
        for event in record.events:
            by_root.setdefault(event.cameo[:2], Counter())[event.cameo] += 1
    return {root: found.most_common(1)[0][0] for root, found in by_root.items()}


def tally(
    sentences: Sequence[Scored], model: EventModel | None, totals: dict[float, Tally]
) -> None:
    """Add to each threshold's dyad + root tally the rules' events plus the model's above it."""
    for sentence in sentences:
        best = [(e, *model.best(e.features)) for e in sentence.examples] if model else []
        for threshold, total in totals.items():
            events = Counter(sentence.rules)
            events.update({(*e.dyad, root) for e, root, p in best if p >= threshold})
            total.add(events, sentence.gold)


def cross_validate(
    sentences: Sequence[Scored],
    codes: Mapping[str, str],
    folds: int,
    fit_only: Sequence[Scored] = (),
) -> dict[float, Tally]:
    """Rules alone (threshold inf) and rules plus model per threshold, summed over folds;
    ``fit_only`` sentences are in every fold's training data."""
    totals = {threshold: Tally() for threshold in (math.inf, *THRESHOLDS)}
    extra = [e for s in fit_only for e in s.examples]
    for fold in range(folds):
        held = [s for i, s in enumerate(sentences) if i % folds == fold]
        model = fit(
            [e for i, s in enumerate(sentences) if i % folds != fold for e in s.examples] + extra,
            codes,
        )
        tally(held, model, totals)
    return totals


def prf(counts: Tally) -> str:
    figures = counts.scores()
    return " / ".join(f"{figures[k]:.3f}" for k in ("precision", "recall", "f1"))


def report(
    sentences: Sequence[Scored],
    codes: Mapping[str, str],
    folds: int,
    fit_only: Sequence[Scored] = (),
) -> None:
    for name, group in (("scored", sentences), ("fitted on only", fit_only)):
        labels = Counter(e.label or "none" for s in group for e in s.examples)
        gold = sum(sum(s.gold.values()) for s in group)
        print(f"{name}: {len(group)} sentences, {gold} gold events; pairs left to the model:")
        print(f"  {dict(labels.most_common())}")
    print(f"dyad + root precision / recall / F1, {folds}-fold cross-validation")
    results = cross_validate(sentences, codes, folds, fit_only)
    rules = results.pop(math.inf)
    print(f"  {'rules alone':<28} {prf(rules)}")
    for threshold, counts in results.items():
        added, right = (
            counts.predicted - rules.predicted,
            counts.true_positive - rules.true_positive,
        )
        share = f"{right / added:.0%}" if added else "-"
        name = f"rules + model, p >= {threshold:.1f}"
        print(f"  {name:<28} {prf(counts)}  (adds {added} events, {right} right: {share})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=("de", "en"))
    parser.add_argument("--sets", nargs="+", help="default: every train* set of LANG")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate; write nothing")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    sets = args.sets or sorted(
        p.name.split(".")[2]
        for pattern in ("train*", f"{FIT_ONLY}*")
        for p in GOLD.glob(f"news.{args.lang}.{pattern}.jsonl")
    )
    if not sets:
        sys.exit(f"train_event_model: no gold set news.{args.lang}.train*.jsonl in {GOLD}")
    if HELD_OUT & set(sets):
        sys.exit(
            f"train_event_model: {', '.join(sorted(HELD_OUT))} are held out; never fit on them"
        )
    if args.folds == 1 or args.folds < 0:
        sys.exit(f"train_event_model: --folds {args.folds}: cross-validation needs 2 or more")
    try:
        records = [
            (s.startswith(FIT_ONLY), r)
            for s in sets
            for r in read_gold(GOLD / f"news.{args.lang}.{s}.jsonl", corpus=args.corpus)
        ]
    except ChronikError as error:  # a missing set or corpus: one line, not a traceback
        sys.exit(f"train_event_model: {error}")
    pipeline = Pipeline.load()  # the rules alone: the model is what is being made
    roots = lexicon_roots(Patterns.load(args.lang))
    sentences = [
        (fit_only, scored(r, pipeline(r.article), roots))
        for fit_only, r in tqdm(records, desc=args.lang, unit="sentence")
    ]
    codes = commonest_codes([r for _, r in records])
    if args.folds:
        report(
            [s for fit_only, s in sentences if not fit_only],
            codes,
            args.folds,
            [s for fit_only, s in sentences if fit_only],
        )
        return
    model = fit([e for _, s in sentences for e in s.examples], codes, args.threshold)
    out = args.out or source_path(EVENT_MODEL.format(lang=args.lang), ROOT)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    print(
        f"{out}: {len(model.weights)} features, classes {' '.join(c or '-' for c in model.classes)}"
    )


if __name__ == "__main__":
    main()
