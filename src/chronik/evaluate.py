"""Scoring the coder against a gold file (``chronik eval``).

Gold format, one JSON object per line::

    {"id": "de-001", "lang": "de", "date": "2019-02-06", "text": "...",
     "events": [{"source": "USAGOV", "target": "PRKGOV", "cameo": "036"}]}

A record may list no events. Events are compared as multisets per record at three levels:
``strict`` (full actor codes and CAMEO code), ``root`` (country part of each actor, the first
three letters, and the two-digit CAMEO root) and ``code`` (CAMEO code alone). Predicted
negated events are not events; predictions on no-event records are false positives.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .ingest import parse_date
from .records import Article, Event

LEVELS = ("strict", "root", "code")
Triple = tuple[str | None, str | None, str]


@dataclass(frozen=True)
class GoldRecord:
    article: Article
    events: tuple[Triple, ...]


@dataclass
class Tally:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: Counter[Triple], gold: Counter[Triple]) -> None:
        self.true_positive += sum((predicted & gold).values())
        self.predicted += sum(predicted.values())
        self.gold += sum(gold.values())

    def scores(self) -> dict[str, float]:
        precision = self.true_positive / self.predicted if self.predicted else 0.0
        recall = self.true_positive / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


@dataclass
class Evaluation:
    """Tallies per language and level; :meth:`scores` gives the reported figures."""

    tallies: dict[str, dict[str, Tally]] = field(default_factory=dict)

    def add(self, lang: str, predicted: Iterable[Triple], gold: Iterable[Triple]) -> None:
        by_level = self.tallies.setdefault(lang, {level: Tally() for level in LEVELS})
        predicted, gold = list(predicted), list(gold)
        for level in LEVELS:
            by_level[level].add(
                Counter(_at_level(t, level) for t in predicted),
                Counter(_at_level(t, level) for t in gold),
            )

    def scores(self) -> dict[str, dict[str, dict[str, float]]]:
        return {
            lang: {level: tally.scores() for level, tally in levels.items()}
            for lang, levels in sorted(self.tallies.items())
        }


def _at_level(triple: Triple, level: str) -> Triple:
    source, target, cameo = triple
    if level == "strict":
        return triple
    if level == "root":
        return (source and source[:3], target and target[:3], cameo[:2])
    return (None, None, cameo)


def event_triple(event: Event) -> Triple:
    return (
        event.source.code if event.source else None,
        event.target.code if event.target else None,
        event.cameo,
    )


def read_gold(path: Path) -> Iterator[GoldRecord]:
    """Gold records; a malformed line raises InputError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the gold file ({error})") from error
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _gold_record(line, f"{path}:{number}")


def _gold_record(line: str, where: str) -> GoldRecord:
    try:
        record = json.loads(line)
        text, doc_id, lang = record["text"], str(record["id"]), record["lang"]
        on = parse_date(record["date"]) if record.get("date") else None
        events = tuple(
            (e.get("source"), e.get("target"), str(e["cameo"])) for e in record.get("events", [])
        )
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError) as error:
        raise InputError(
            f"{where}: not a gold record ({type(error).__name__}: {error}); expected "
            '{"id", "lang", "date", "text", "events": [{"source", "target", "cameo"}]}'
        ) from error
    return GoldRecord(Article(id=doc_id, text=text, lang=lang, date=on, origin=where), events)


def evaluate(
    records: Iterable[GoldRecord], code: Callable[[Article], Iterable[Event]]
) -> Evaluation:
    """Code every gold article with ``code`` and tally the results."""
    evaluation = Evaluation()
    for record in records:
        predicted = [event_triple(e) for e in code(record.article) if not e.negated]
        evaluation.add(record.article.lang or "?", predicted, record.events)
    return evaluation


def format_scores(scores: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = [f"{'lang':<5} {'level':<7} {'precision':>9} {'recall':>7} {'f1':>7}"]
    for lang, levels in scores.items():
        for level, figures in levels.items():
            lines.append(
                f"{lang:<5} {level:<7} {figures['precision']:>9.3f} "
                f"{figures['recall']:>7.3f} {figures['f1']:>7.3f}"
            )
    return "\n".join(lines) + "\n"
