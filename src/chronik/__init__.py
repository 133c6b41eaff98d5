"""chronik: political event data from German and English news.

>>> import chronik
>>> events = chronik.code("Die USA und Nordkorea verhandeln.", lang="de", date="2019-02-06")
>>> [(e.source.code, e.target.code, e.cameo) for e in events]
[('USA', 'PRK', '046'), ('PRK', 'USA', '046')]
"""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path

from .errors import ChronikError
from .ingest import parse_date
from .records import Actor, Article, Event, EventDate, Place, Span
from .store import Store

__all__ = [
    "Actor", "Article", "ChronikError", "Event", "EventDate", "Place", "Span", "Store",
    "code", "open",
]  # fmt: skip


def code(
    text: str | Article,
    *,
    lang: str | None = None,
    date: str | Date | None = None,
    statements: bool = False,
) -> list[Event]:
    """Events in one article: a text (with its language and date, if known) or an Article.
    Statements without a target ("X said the economy is strong") are no dyadic events and
    are left out unless ``statements`` is set."""
    from .pipeline import default_pipeline
    from .speech import without_statements

    if isinstance(text, Article):
        article = text
    else:
        on = parse_date(date) if isinstance(date, str) else date
        article = Article(id="text", text=text, lang=lang, date=on)
    return without_statements(default_pipeline()(article).events, statements)


def open(path: str | Path = "chronik.duckdb", *, read_only: bool = True) -> Store:
    """The event store at ``path`` (read-only unless asked)."""
    return Store(path, read_only=read_only)
