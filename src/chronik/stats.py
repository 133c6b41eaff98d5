"""Counts over stored events: per dyad, code, root, quad class or month, with the Goldstein
mean and the quad-class shares (``chronik stats``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from .output import _table

if TYPE_CHECKING:  # DuckDB loads with the first query: the CLI imports this module always
    from .store import Store

# Each grouping: its key columns as SQL expressions over the export schema.
GROUPS: dict[str, tuple[str, ...]] = {
    "dyad": ("source", "target"),
    "code": ("cameo",),
    "root": ("left(cameo, 2) AS root",),
    "quad": ("quad_class",),
    "month": (r"CASE WHEN regexp_matches(date, '^\d{4}-\d{2}') THEN left(date, 7) END AS month",),
}
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def actor_clause(actors: Sequence[str]) -> tuple[str, list[str]]:
    """One actor: events with it on either side. Several: events among them, both sides
    one of them (``--actor USA --actor PRK`` is the USA–North Korea dyad both ways)."""
    if not actors:
        return "", []
    codes = [a.upper() for a in actors]
    side = "(" + " OR ".join(["starts_with(SIDE, ?)"] * len(codes)) + ")"
    both = "OR" if len(codes) == 1 else "AND"
    source, target = side.replace("SIDE", "source"), side.replace("SIDE", "target")
    return f"({source} {both} {target})", codes * 2


def stats(
    store: Store,
    by: str,
    *,
    actors: Sequence[str] = (),
    code: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """One row per group: its keys, ``events``, ``goldstein_mean`` and the share of each
    quad class, most events first. Negated events are not counted."""
    from .store import EVENT_ROWS, filters

    where, params = filters(code=code, since=since, until=until)
    clause, codes = actor_clause(actors)
    if clause:
        where, params = f"{where} AND {clause}", [*params, *codes]
    keys = GROUPS[by]
    names = [key.rsplit(" AS ", 1)[-1] for key in keys]
    shares = ", ".join(
        f"round(avg(CASE WHEN quad_class = {n} THEN 1.0 ELSE 0.0 END), 3) AS {name}"
        for n, name in enumerate(QUADS, start=1)
    )
    query = (
        f"SELECT {', '.join(keys)}, count(*) AS events, round(avg(goldstein), 2) AS"
        f" goldstein_mean, {shares} FROM ({EVENT_ROWS}) {where} GROUP BY ALL"
        f" ORDER BY events DESC, {', '.join(f'{n} NULLS LAST' for n in names)}"
    )
    cursor = store.connection.execute(query, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def render_rows(rows: Sequence[dict[str, Any]], fmt: str) -> str:
    """Rows of one shape as an aligned ``table``, ``csv`` with a header, or ``json`` (a
    list of objects)."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, default=str) + "\n"
    if not rows:
        return ""
    columns = list(rows[0])
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    return _table(rows, columns)
