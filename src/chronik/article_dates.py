"""Article dates as records give them: any ISO 8601 date or datetime (the date part),
partial dates with their precision (``2018``, ``2018-05``) and ranges (``2015/2016``).

A value that names no real day (``2019-02-30``) raises ValueError with a message a user
can act on; readers turn that into a warning and code the article without a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from .records import Article

DatePrecision = Literal["day", "month", "year"]

HINT = "use ISO 8601: YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY, a datetime, or a range like 2015/2016"

# the date part of an ISO 8601 date or datetime; the time part (if any) is checked loosely
_CALENDAR = re.compile(r"(?P<y>\d{4})(?:(?P<sep>-?)(?P<m>\d{2})(?:(?P=sep)(?P<d>\d{2}))?)?")
_WEEK = re.compile(r"(?P<y>\d{4})-?W(?P<w>\d{2})-?(?P<wd>[1-7])")
_ORDINAL = re.compile(r"(?P<y>\d{4})-?(?P<o>\d{3})")
_TIME = re.compile(
    r"(?:[T ]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


@dataclass(frozen=True)
class ArticleDate:
    """The first day of the period a date names, how precise it is, and the first day of
    its last unit for a range (``2015/2016``: 2015-01-01 to 2016-01-01, by year)."""

    start: date
    precision: DatePrecision = "day"
    end: date | None = None

    def iso(self, day: date | None = None) -> str:
        """``day`` (default: the start) written to this date's precision."""
        value = (day or self.start).isoformat()
        return value[: {"day": 10, "month": 7, "year": 4}[self.precision]]


def parse_article_date(value: str) -> ArticleDate:
    """An :class:`ArticleDate` from ``value``; ValueError saying what is wrong otherwise."""
    text = value.strip()
    if "/" in text:
        first_text, _, last_text = text.partition("/")
        first, last = _one_date(first_text, value), _one_date(last_text, value)
        if last.start < first.start:
            raise ValueError(f"{value!r} is a range that ends before it starts")
        precision = first.precision if first.precision == last.precision else "year"
        return ArticleDate(first.start, precision, last.start)
    return _one_date(text, value)


def parse_date(value: str) -> date:
    """The (first) day of an ISO 8601 date, datetime or partial date; ValueError otherwise."""
    return parse_article_date(value).start


def _one_date(text: str, original: str) -> ArticleDate:
    text = text.strip()
    for pattern in (_WEEK, _ORDINAL, _CALENDAR):
        found = pattern.match(text)
        if found and _TIME.fullmatch(text, found.end()) and found.end() > 0:
            return _from_match(found, original)
    raise ValueError(f"{original!r} is not a date ({HINT})")


def _from_match(found: re.Match[str], original: str) -> ArticleDate:
    parts = {k: int(v) for k, v in found.groupdict().items() if v and v.isdigit()}
    year = parts["y"]
    try:
        if "w" in parts:
            return ArticleDate(date.fromisocalendar(year, parts["w"], parts["wd"]))
        if "o" in parts:
            return ArticleDate(date.fromordinal(date(year, 1, 1).toordinal() + parts["o"] - 1))
        if "d" in parts:
            return ArticleDate(date(year, parts["m"], parts["d"]))
        if "m" in parts:
            return ArticleDate(date(year, parts["m"], 1), "month")
        return ArticleDate(date(year, 1, 1), "year")
    except (ValueError, OverflowError) as error:
        raise ValueError(f"{original!r} names no real day ({error})") from error


def with_date(article: Article, found: ArticleDate | None) -> Article:
    """``article`` dated by ``found`` (None: undated), with its precision and range end."""
    if found is None:
        return replace(article, date=None, date_precision="day", date_end=None)
    return replace(article, date=found.start, date_precision=found.precision, date_end=found.end)
