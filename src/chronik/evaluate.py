"""Scoring the coder against gold sentences (``chronik eval``); gold files: ``gold.py``.

Events are compared per sentence as multisets, at these levels:

============  =================================================================
``event``     the sentence holds an event or not (counted per sentence)
``root``      the two-digit CAMEO root alone
``dyad_root`` country part of each actor (first three letters) and the root
``strict``    full actor codes and the full CAMEO code
``code``      the full CAMEO code alone
``plover``    the PLOVER type alone (events of roots 01 and 02 have none)
``modality``  dyad, root and modality (asserted, intended, hypothetical, reported)
============  =================================================================

Negated events count on neither side: a text saying an event did not happen reports no event.
Per language the evaluation also gives the false-alarm rate (share of no-event sentences in
which the coder finds an event), Cohen's kappa on event/no-event, and the share of ``010``
("make statement") among the coder's events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .gold import GoldEvent, GoldRecord
from .records import Article, Event
from .speech import is_one_sided

LEVELS = ("event", "root", "dyad_root", "strict", "code", "plover", "modality")
# (source, target, CAMEO code, PLOVER type, modality): what a level looks at in an event.
Coded = tuple[str | None, str | None, str, str, str]
Key = tuple[str | None, ...]


def coded(event: Event | GoldEvent) -> Coded:
    if isinstance(event, GoldEvent):
        return (event.source, event.target, event.cameo, event.plover_type, event.modality)
    source = event.source.code if event.source else None
    target = event.target.code if event.target else None
    return (source, target, event.cameo, event.plover_type, event.modality)


def key(event: Coded, level: str) -> Key | None:
    """What ``level`` compares of an event; None when the level does not count it."""
    source, target, cameo, plover, modality = event
    dyad = (source and source[:3], target and target[:3])
    if level == "root":
        return (cameo[:2],)
    if level == "dyad_root":
        return (*dyad, cameo[:2])
    if level == "strict":
        return (source, target, cameo)
    if level == "code":
        return (cameo,)
    if level == "plover":
        return (plover,) if plover else None
    if level == "modality":
        return (*dyad, cameo[:2], modality)
    raise ValueError(f"unknown level {level!r}")


def keys(events: Iterable[Coded], level: str) -> Counter[Key]:
    return Counter(k for k in (key(e, level) for e in events) if k is not None)


@dataclass
class Tally:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: Counter[Key], gold: Counter[Key]) -> None:
        self.true_positive += sum((predicted & gold).values())
        self.predicted += sum(predicted.values())
        self.gold += sum(gold.values())

    def scores(self) -> dict[str, float]:
        precision = self.true_positive / self.predicted if self.predicted else 0.0
        recall = self.true_positive / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def cohen_kappa(pairs: Sequence[tuple[bool, bool]]) -> float:
    """Agreement of two yes/no judgements beyond chance (1 = perfect, 0 = chance)."""
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    yes_a, yes_b = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    expected = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return round((observed - expected) / (1 - expected), 4) if expected < 1 else 1.0


@dataclass
class LanguageTally:
    levels: dict[str, Tally] = field(default_factory=lambda: {lv: Tally() for lv in LEVELS})
    judgements: list[tuple[bool, bool]] = field(default_factory=list)  # (gold, predicted)
    events: Counter[str] = field(default_factory=Counter)  # predicted events by CAMEO code

    def scores(self) -> dict[str, Any]:
        no_event = [predicted for gold, predicted in self.judgements if not gold]
        emitted = sum(self.events.values())
        return {
            "sentences": len(self.judgements),
            **{level: tally.scores() for level, tally in self.levels.items()},
            "no_event_sentences": len(no_event),
            "false_alarm_rate": round(sum(no_event) / len(no_event), 4) if no_event else 0.0,
            "event_kappa": cohen_kappa(self.judgements),
            "share_010": round(self.events["010"] / emitted, 4) if emitted else 0.0,
        }


@dataclass
class Evaluation:
    """Tallies per language; :meth:`scores` gives the reported figures."""

    languages: dict[str, LanguageTally] = field(default_factory=dict)

    def add(self, lang: str, predicted: Iterable[Coded], gold: Iterable[Coded]) -> None:
        tally = self.languages.setdefault(lang, LanguageTally())
        predicted, gold = list(predicted), list(gold)
        tally.judgements.append((bool(gold), bool(predicted)))
        tally.events.update(event[2] for event in predicted)
        sentence: Key = ("event",)
        tally.levels["event"].add(
            Counter({sentence: min(len(predicted), 1)}), Counter({sentence: min(len(gold), 1)})
        )
        for level in LEVELS[1:]:
            tally.levels[level].add(keys(predicted, level), keys(gold, level))

    def scores(self) -> dict[str, dict[str, Any]]:
        return {lang: tally.scores() for lang, tally in sorted(self.languages.items())}


@dataclass(frozen=True)
class Scored:
    """A gold sentence with the events the coder found in it."""

    record: GoldRecord
    predicted: tuple[Event, ...]

    def differences(self, level: str = "dyad_root") -> tuple[list[Coded], list[Coded]]:
        """Gold events the coder missed and its events the gold lacks, at ``level``."""
        gold = [coded(e) for e in self.record.events if not e.negated]
        predicted = [coded(e) for e in self.predicted]
        unmatched = keys(predicted, level)
        missed = []
        for event in gold:
            k = key(event, level)
            if k is not None and unmatched[k] > 0:
                unmatched[k] -= 1
            elif k is not None:
                missed.append(event)
        surplus = keys(gold, level)
        false_alarms = []
        for event in predicted:
            k = key(event, level)
            if k is not None and surplus[k] > 0:
                surplus[k] -= 1
            elif k is not None:
                false_alarms.append(event)
        return missed, false_alarms


def in_sentence(events: Iterable[Event], record: GoldRecord) -> tuple[Event, ...]:
    """The coder's non-negated events reported in the gold sentence (the trigger of one of
    their reports lies in it: a fact the article repeats is one event with several), without
    one-sided ones: statements and acts without a target (no dyadic events;
    docs/annotation.md)."""
    span = record.sentence
    return tuple(
        e
        for e in events
        if not e.negated
        and not is_one_sided(e)
        and any(span.start <= t.start < span.end for t in (e.spans or (e.trigger,)))
    )


def evaluate(
    records: Iterable[GoldRecord], code: Callable[[Article], Iterable[Event]]
) -> tuple[Evaluation, list[Scored]]:
    """Code every gold record with ``code`` and tally the results."""
    evaluation, scored = Evaluation(), []
    for record in records:
        predicted = in_sentence(code(record.article), record)
        gold = [coded(e) for e in record.events if not e.negated]
        evaluation.add(record.lang, [coded(e) for e in predicted], gold)
        scored.append(Scored(record, predicted))
    return evaluation, scored


def format_scores(scores: dict[str, dict[str, Any]]) -> str:
    lines = [f"{'lang':<5} {'level':<10} {'precision':>9} {'recall':>7} {'f1':>7}"]
    for lang, figures in scores.items():
        for level in LEVELS:
            f = figures[level]
            lines.append(
                f"{lang:<5} {level:<10} {f['precision']:>9.3f} {f['recall']:>7.3f} {f['f1']:>7.3f}"
            )
        lines.append(
            f"{lang:<5} {figures['sentences']} sentences; false alarms in "
            f"{figures['false_alarm_rate']:.1%} of {figures['no_event_sentences']} no-event "
            f"sentences; event kappa {figures['event_kappa']:.3f}; 010 share "
            f"{figures['share_010']:.1%}"
        )
    return "\n".join(lines) + "\n"


def describe(event: Coded) -> str:
    source, target, cameo, plover, modality = event
    return f"{source or '-'} -> {target or '-'} {cameo} {plover or '(no PLOVER)'} {modality}"
