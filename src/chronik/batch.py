"""Coding a batch so that no record poisons it: each record's failure (unreadable input,
unsupported language, a coding or storage error) is one line naming it, the batch goes
on, and a :class:`Tally` sums up what was coded and what was skipped, by reason."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .document import Document
from .errors import ChronikError, InputError, StoreError, UnsupportedLanguage
from .records import Article
from .speech import without_statements

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
) -> Iterator[tuple[Article, Document]]:
    """Each article coded, without target-less statements unless ``statements`` is set.
    Bad records are reported, counted and skipped; with a ``store``, articles it holds
    already are counted and skipped uncoded."""
    for article in articles:
        if isinstance(article, ChronikError):
            tally.skip("unreadable record(s)", str(article), report)
            continue
        for warning in article.warnings:
            warn(warning)
        if store is not None and _stored_already(article, store, tally, report=report, warn=warn):
            continue
        doc = _code_one(article, pipeline, tally, report=report)
        if doc is not None:
            yield article, replace(doc, events=tuple(without_statements(doc.events, statements)))


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


def _code_one(
    article: Article, pipeline: Pipeline, tally: Tally, *, report: Report
) -> Document | None:
    try:
        return pipeline(article)
    except UnsupportedLanguage as error:
        tally.skip("in unsupported language(s)", str(error), report)
    except InputError as error:
        tally.skip("unreadable record(s)", str(error), report)
    except ChronikError as error:
        tally.skip("not coded", str(error), report)
    except Exception as error:  # one broken article must not end a batch of millions
        tally.skip("failed (bug)", f"{article.origin}: article {article.id!r} could not be "
                   f"coded ({type(error).__name__}: {error}); please report this as a bug",
                   report)  # fmt: skip
    return None
