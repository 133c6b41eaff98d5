"""chronik: political event data from German and English news.

>>> import chronik
>>> events = chronik.code("Die USA und Nordkorea verhandeln.", lang="de", date="2019-02-06")
>>> [(e.source.code, e.target.code, e.cameo) for e in events]
[('USA', 'PRK', '046'), ('PRK', 'USA', '046')]
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime as DateTime
from pathlib import Path
from typing import TYPE_CHECKING

from .article_dates import ArticleDate, parse_article_date, with_date
from .errors import ChronikError
from .records import Actor, Article, Event, EventDate, Place, Span

if TYPE_CHECKING:  # imported when first used: DuckDB is no part of coding an article
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
    learned: bool = False,
) -> list[Event]:
    """Events in one article: a text (with its language and date, if known) or an Article.
    Statements without a target ("X said the economy is strong") and acts on someone whose
    target chronik did not code ("troops attacked") are no dyadic events and are left out
    unless ``statements`` is set; ``learned`` adds the trained model's events
    where no rule fires (more events found, fewer of them right)."""
    from .pipeline import default_pipeline
    from .speech import without_one_sided

    if isinstance(text, Article):
        article = text
    elif isinstance(text, str):
        article = with_date(Article(id="text", text=text, lang=_lang(lang)), _date(date))
    else:
        raise TypeError(f"chronik.code() takes a str or an Article, not {type(text).__name__}")
    return without_one_sided(default_pipeline(learned)(article).events, statements)


def _lang(lang: object) -> str | None:
    if lang is None or (isinstance(lang, str) and len(lang) == 2 and lang.isalpha()):
        return lang
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a two-letter code like 'de' or None, not {lang!r}")
    raise ValueError(f"lang must be a two-letter code like 'de' or 'en', not {lang!r}")


def _date(value: object) -> ArticleDate | None:
    """``date`` as an article date: a string is parsed (ISO 8601, partial dates and ranges
    keep their precision), a datetime gives its day."""
    if value is None:
        return None
    if isinstance(value, str):
        return parse_article_date(value)  # ValueError naming the value and the forms
    if isinstance(value, DateTime):
        return ArticleDate(value.date())  # the contract has days, not times
    if isinstance(value, Date):
        return ArticleDate(value)
    raise TypeError(
        f"date must be a str like '2019-02-06', a datetime.date or None, not "
        f"{type(value).__name__} ({value!r})"
    )


def open(path: str | Path = "chronik.duckdb", *, read_only: bool = True) -> Store:
    """The event store at ``path`` (read-only unless asked)."""
    from .store import Store

    return Store(path, read_only=read_only)


def __getattr__(name: str) -> type[Store]:
    """``chronik.Store``, imported on first use."""
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'chronik' has no attribute {name!r}")
