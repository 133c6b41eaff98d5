"""Read-only queries the web app runs on the store: events with filters, sorting and
paging, articles, and the counts behind /stats, /timeline and /network.

Every value reaches DuckDB as a bound parameter; only column names chosen from fixed
tables below are put into the SQL text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..store import event_filters, where
from .gate import StoreGate

# The columns /events can sort by, and the SQL each stands for.
SORTS = {
    "date": "date",
    "doc_id": "doc_id",
    "sentence": "sentence",
    "source": "source",
    "target": "target",
    "cameo": "cameo",
    "modality": "modality",
}
QUAD = "TRY_CAST(event->>'quad_class' AS INTEGER)"
MONTH = re.compile(r"^\d{4}-\d{2}")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True)
class EventFilter:
    """The /events filters: the CLI's (``actor``, ``code``, ``since``, ``until``,
    ``negated``) and the web's own. ``dyad`` is "USA-PRK": events between the two actor
    code prefixes, either direction. ``period`` is a timeline bar: "2019-02" (a month) or
    "2019-W06" (an ISO week, day-precise dates only)."""

    actor: str | None = None
    code: str | None = None
    since: date | None = None
    until: date | None = None
    negated: bool = False
    dyad: str | None = None
    source: str | None = None
    target: str | None = None
    quad: int | None = None
    modality: str | None = None
    doc: str | None = None
    period: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        clauses, params = event_filters(
            actor=self.actor, code=self.code, since=self.since, until=self.until,
            include_negated=self.negated,
        )  # fmt: skip
        if self.dyad:
            first, second = dyad_parts(self.dyad)
            clauses.append(
                "((starts_with(source, ?) AND starts_with(target, ?))"
                " OR (starts_with(source, ?) AND starts_with(target, ?)))"
            )
            params += [first, second, second, first]
        for column, value in (("source", self.source), ("target", self.target)):
            if value:
                clauses.append(f"starts_with({column}, ?)")
                params.append(value.upper())
        equal: list[tuple[str, object]] = [
            (f"{QUAD} = ?", self.quad), ("modality = ?", self.modality), ("doc_id = ?", self.doc)
        ]  # fmt: skip
        for condition, equals in equal:
            if equals is not None and equals != "":
                clauses.append(condition)
                params.append(equals)
        if self.period:
            clause, values = period_sql(self.period)
            clauses.append(clause)
            params += values
        return where(clauses), params

    def query(self) -> dict[str, str]:
        """The filter as URL query parameters (unset ones left out)."""
        found = {
            name: (value.isoformat() if isinstance(value, date) else str(value))
            for name, value in vars(self).items()
            if value not in (None, "", False)
        }
        if self.negated:
            found["negated"] = "true"
        return found


def dyad_parts(dyad: str) -> tuple[str, str]:
    """ "USA-PRK" → ("USA", "PRK"); an en dash or a slash separates too."""
    parts = [part.strip().upper() for part in re.split(r"[-–/]", dyad, maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"dyad {dyad!r} is not two actor codes like USA-PRK")
    return parts[0], parts[1]


def period_sql(period: str) -> tuple[str, list[Any]]:
    """The condition that selects a timeline bar's events; the same buckets as
    :func:`bucket`."""
    week = WEEK.match(period)
    if week:
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        sunday = monday + timedelta(days=6)
        return "(length(date) = 10 AND date >= ? AND date <= ?)", [
            monday.isoformat(),
            sunday.isoformat(),
        ]
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return "starts_with(date, ?)", [period]
    raise ValueError(f"period {period!r} is neither a month (2019-02) nor a week (2019-W06)")


def bucket(value: str | None, per: str) -> str | None:
    """The month ("2019-02") or ISO week ("2019-W06") an event date falls in; None when
    the date is too vague for it (a year, or a week asked of a month)."""
    if not value:
        return None
    if per == "week":
        if not DAY.match(value):
            return None
        year, week, _ = date.fromisoformat(value).isocalendar()
        return f"{year}-W{week:02d}"
    return value[:7] if MONTH.match(value) else None


def _next(period: str) -> str:
    week = WEEK.match(period)
    if week:
        following = date.fromisocalendar(int(week[1]), int(week[2]), 1) + timedelta(days=7)
        year, number, _ = following.isocalendar()
        return f"{year}-W{number:02d}"
    year, month = int(period[:4]), int(period[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def all_periods(found: Sequence[str], *, limit: int = 520) -> list[str]:
    """Every period from the first to the last found, empty ones included (at most
    ``limit``, beyond which only the found ones are listed)."""
    if not found:
        return []
    periods: list[str] = []
    current, last = min(found), max(found)
    while current <= last and len(periods) < limit:
        periods.append(current)
        current = _next(current)
    return periods if current > last else sorted(set(found))


class Queries:
    """The queries on the store behind ``gate``; each holds the file open only while it
    runs (so an ingest can write in between) and uses its own cursor, so requests served
    on several threads do not share one."""

    def __init__(self, gate: StoreGate) -> None:
        self.gate = gate

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.gate.connection() as connection:
            cursor = connection.cursor()
            try:
                return cursor.execute(sql, list(params)).fetchall()
            finally:
                cursor.close()

    def events(
        self, selected: EventFilter, *, sort: str = "date", descending: bool = False,
        offset: int = 0, limit: int = 50,
    ) -> tuple[int, list[dict[str, Any]]]:  # fmt: skip
        """How many events match, and one page of them as contract objects."""
        clause, params = selected.sql()
        total = self._rows(f"SELECT count(*) FROM events {clause}", params)[0][0]
        rows = self._rows(f"{_sorted_events(selected, sort, descending)} LIMIT ? OFFSET ?",
                          [*params, limit, offset])  # fmt: skip
        return total, [json.loads(row[0]) for row in rows]

    def event_batches(
        self, selected: EventFilter, *, sort: str = "date", descending: bool = False,
        batch: int = 1000,
    ) -> Iterator[list[dict[str, Any]]]:  # fmt: skip
        """Every matching event, ``batch`` at a time through a cursor of its own: a
        download of any size in bounded memory."""
        with self.gate.connection() as connection:
            cursor = connection.cursor()
            try:
                cursor.execute(_sorted_events(selected, sort, descending), selected.sql()[1])
                while rows := cursor.fetchmany(batch):
                    yield [json.loads(row[0]) for row in rows]
            finally:
                cursor.close()

    def articles(self, *, offset: int = 0, limit: int = 50) -> tuple[int, list[dict[str, Any]]]:
        total = self._rows("SELECT count(*) FROM articles")[0][0]
        rows = self._rows(
            "SELECT a.id, a.lang, a.date, a.title, a.source,"
            " (SELECT count(*) FROM events e WHERE e.content_hash = a.content_hash)"
            " FROM articles a ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
            [limit, offset],
        )
        keys = ("id", "lang", "date", "title", "source", "events")
        return total, [_jsonable(dict(zip(keys, row, strict=True))) for row in rows]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The article stored under this id (the first stored, when several share it),
        with all its events, negated ones too."""
        rows = self._rows(
            "SELECT content_hash, id, lang, date, title, url, source, text FROM articles"
            " WHERE id = ? ORDER BY ingested_at LIMIT 1",
            [article_id],
        )
        if not rows:
            return None
        key, *fields = rows[0]
        names = ("id", "lang", "date", "title", "url", "source", "text")
        found = _jsonable(dict(zip(names, fields, strict=True)))
        events = self._rows(
            "SELECT event FROM events WHERE content_hash = ? ORDER BY sentence, cameo", [key]
        )
        found["events"] = [json.loads(row[0]) for row in events]
        return found

    def coded(self, selected: EventFilter) -> list[tuple[str | None, str, int | None]]:
        """(date, CAMEO code, quad class) of every matching event, for the timeline."""
        clause, params = selected.sql()
        return self._rows(f"SELECT date, cameo, {QUAD} FROM events {clause}", params)

    def dyads(self, selected: EventFilter) -> list[tuple[str, str, int | None, int]]:
        """(source, target, quad class, events) for events with both actors."""
        clause, params = selected.sql()
        both = "source IS NOT NULL AND target IS NOT NULL"
        clause = f"{clause} AND {both}" if clause else f"WHERE {both}"
        return self._rows(
            f"SELECT source, target, {QUAD} AS quad, count(*) FROM events {clause}"
            " GROUP BY source, target, quad ORDER BY count(*) DESC",
            params,
        )


def _sorted_events(selected: EventFilter, sort: str, descending: bool) -> str:
    """The SQL of the matching events in order; rowid last makes the order total, so
    pages neither repeat nor skip tied events."""
    order = f"{SORTS[sort]} {'DESC' if descending else 'ASC'} NULLS LAST"
    return (f"SELECT event FROM events {selected.sql()[0]}"
            f" ORDER BY {order}, doc_id, sentence, cameo, rowid")  # fmt: skip


def stats(queries: Queries, selected: EventFilter, *, top: int = 50) -> dict[str, Any]:
    """Event counts by month, CAMEO root and dyad."""
    coded = queries.coded(selected)
    months = Counter(bucket(value, "month") or "undated" for value, _, _ in coded)
    roots = Counter(cameo[:2] for _, cameo, _ in coded)
    dyads: Counter[tuple[str, str]] = Counter()
    for source, target, _, count in queries.dyads(selected):
        dyads[source, target] += count
    return {
        "events": len(coded),
        "by_month": [{"month": m, "events": n} for m, n in sorted(months.items())],
        "by_root": [{"root": r, "events": n} for r, n in sorted(roots.items())],
        "by_dyad": [
            {"source": s, "target": t, "events": n} for (s, t), n in dyads.most_common(top)
        ],
    }


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}
