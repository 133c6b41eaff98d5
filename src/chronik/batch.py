"""Coding a batch so that no record poisons it: each record's failure (unreadable input,
unsupported language, a coding or storage error) is one line naming it, the batch goes
on, and a :class:`Tally` sums up what was coded and what was skipped, by reason."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .document import Document
from .errors import ChronikError, StoreError
from .records import Article
from .speech import without_one_sided
from .workers import Failure, code_all

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .store import Store

Report = Callable[[str], None]


@dataclass
class Tally:
    """What a batch did: articles coded, events found, records skipped by reason, and
    articles whose text was stored already."""

    coded: int = 0
    events: int = 0
    repeated: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str, message: str, report: Report) -> None:
        report(message)
        self.skipped[reason] += 1

    def summary(self) -> str:
        line = f"coded {self.coded} article(s) with {self.events} event(s)"
        if self.repeated:
            line += f"; {self.repeated} already stored"
        total = sum(self.skipped.values())
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
        return line + (f"; skipped {total}: {reasons}" if total else "; skipped 0")


def code_batch(
    articles: Iterable[Article | ChronikError],
    pipeline: Pipeline,
    tally: Tally,
    *,
    report: Report,
    warn: Report,
    store: Store | None = None,
    statements: bool = False,
    workers: int = 1,
) -> Iterator[tuple[Article, Document]]:
    """Each article coded, without one-sided events (statements and acts without a target)
    unless ``statements`` is set, in input order; with ``workers`` > 1 in that many
    processes (:mod:`chronik.workers`).
    Bad records are reported, counted and skipped; with a ``store``, articles it holds
    already are counted and skipped uncoded. Those two are reported as records are read,
    a failure to code in input order."""
    readable = _to_code(articles, tally, report=report, warn=warn, store=store)
    for article, outcome in code_all(readable, pipeline, workers):
        if isinstance(outcome, Failure):
            tally.skip(outcome.reason, outcome.message, report)
        else:
            yield (
                article,
                replace(outcome, events=tuple(without_one_sided(outcome.events, statements))),
            )


def _to_code(
    articles: Iterable[Article | ChronikError],
    tally: Tally,
    *,
    report: Report,
    warn: Report,
    store: Store | None,
) -> Iterator[Article]:
    """The articles to code: unreadable records and (with a ``store``) texts stored
    already reported, counted and left out; each article's warnings reported."""
    for article in articles:
        if isinstance(article, ChronikError):
            tally.skip("unreadable record(s)", str(article), report)
            continue
        for warning in article.warnings:
            warn(warning)
        if store is None or not _stored_already(article, store, tally, report=report, warn=warn):
            yield article


def _stored_already(
    article: Article, store: Store, tally: Tally, *, report: Report, warn: Report
) -> bool:
    try:
        match = store.stored_as(article)
    except StoreError as error:
        tally.skip("store error(s)", str(error), report)
        return True
    if match is not None:
        tally.repeated += 1
        warn(f"{article.origin}: article {article.id!r} has the same text as stored article "
             f"{match!r}; not stored again")  # fmt: skip
    return match is not None
