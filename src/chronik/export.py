"""Exports of stored events that stream at any size: Parquet through DuckDB's ``COPY``, and
JSONL, CSV, PLOVER JSON and GDELT-1.0-style TSV written batch by batch from a cursor.

All formats start from the export schema (docs/store.md). The GDELT mapping is documented
in docs/export.md; columns chronik has no value for are left empty.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from .output import COLUMNS, event_to_dict, flatten, plover_json
from .records import Article, Event

if TYPE_CHECKING:  # DuckDB loads with the first query: the CLI imports this module always
    from .store import Store

TEXT_FORMATS = ("jsonl", "csv", "plover", "gdelt")
FORMATS = ("parquet", *TEXT_FORMATS)
BATCH = 1000

# GDELT 1.0 event table, daily files since April 2013: 57 fields and SOURCEURL.
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)  # fmt: skip


def export_query(**filter_args: Any) -> tuple[str, list[Any]]:
    """The export schema's SELECT with the filters of ``Store.events`` and its parameters."""
    from .store import EVENT_ROWS, ORDER, filters

    where, params = filters(**filter_args)
    return f"SELECT * FROM ({EVENT_ROWS}) {where} {ORDER}", params


def write_parquet(store: Store, path: str, **filter_args: Any) -> None:
    query, params = export_query(**filter_args)
    quoted = path.replace("'", "''")
    store.connection.execute(f"COPY ({query}) TO '{quoted}' (FORMAT parquet)", params)


def rows(store: Store, **filter_args: Any) -> Iterator[dict[str, Any]]:
    """Export rows as dicts, fetched ``BATCH`` at a time through a cursor of their own."""
    query, params = export_query(**filter_args)
    cursor = store.connection.cursor()
    cursor.execute(query, params)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            yield dict(zip(names, row, strict=True))
    cursor.close()


def write_text(store: Store, out: TextIO, fmt: str, **filter_args: Any) -> int:
    """Write ``jsonl``, ``csv``, ``plover`` or ``gdelt`` to ``out``; returns the count."""
    count = 0
    writer: Any = None
    for count, row in enumerate(rows(store, **filter_args), start=1):
        if fmt == "jsonl":
            out.write(row["event"] + "\n")
        elif fmt == "plover":
            out.write(json.dumps(plover_json(json.loads(row["event"])), ensure_ascii=False))
            out.write("\n")
        else:
            if writer is None:
                writer = _writer(out, fmt, row)
            writer.writerow(gdelt_row(count, row) if fmt == "gdelt" else _csv_row(row))
    return count


def _writer(out: TextIO, fmt: str, row: dict[str, Any]) -> Any:
    if fmt == "gdelt":  # GDELT files have no header
        return csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                          escapechar="\\")  # fmt: skip
    columns = [c for c in row if c != "event"]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    return writer


def _csv_row(row: dict[str, Any]) -> list[Any]:
    return [value for column, value in row.items() if column != "event"]


def _day(row: dict[str, Any]) -> date | None:
    """The event's day, else the article's: GDELT needs a full date on every row."""
    for value in (row["date"], row["article_date"]):
        if value and len(value) == 10 and not value.startswith("--"):
            return date.fromisoformat(value)
    return None


def _actor(code: str | None, text: str | None) -> list[str]:
    if not code:
        return [""] * len(_ACTOR)
    return [code, text or "", code[:3], "", "", "", "", code[3:6], code[6:9], ""]


def gdelt_row(number: int, row: dict[str, Any]) -> list[Any]:
    """One export row as a GDELT 1.0 event record (mapping in docs/export.md)."""
    day = _day(row)
    sqldate = day.strftime("%Y%m%d") if day else ""
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    cameo, place = row["cameo"], row["location"]
    geo = ["4" if place else "", place or "", row["country"] or "", "",
           _number(row["lat"]), _number(row["lon"]), _number(row["geonames_id"])]  # fmt: skip
    return [
        number, sqldate, sqldate[:6], sqldate[:4], fraction,
        *_actor(row["source"], row["source_text"]), *_actor(row["target"], row["target_text"]),
        int(row["sentence"] == 0), cameo, cameo[:3], cameo[:2], _number(row["quad_class"]),
        _number(row["goldstein"]), 1, 1, 1, "",
        *[""] * len(_GEO), *[""] * len(_GEO), *geo,
        (row["article_date"] or "").replace("-", ""), row["url"] or row["doc_id"],
    ]  # fmt: skip


def _number(value: Any) -> str:
    return "" if value is None else str(value)


# The export schema's columns and types, for writers that build rows in Python (Spark); the
# same columns, in the same order, as the store's EVENT_ROWS.
EXPORT_TYPES: tuple[tuple[str, str], ...] = (
    ("content_hash", "string"), ("doc_id", "string"), ("sentence", "int"),
    ("source", "string"), ("target", "string"), ("cameo", "string"),
    ("plover_type", "string"), ("plover_mode", "string"), ("modality", "string"),
    ("negated", "boolean"), ("date", "string"), ("date_end", "string"),
    ("date_precision", "string"), ("location", "string"), ("country", "string"),
    ("trigger", "string"), ("rule", "string"), ("reported_by", "string"), ("goldstein", "double"),
    ("quad_class", "int"), ("sentence_text", "string"), ("source_text", "string"),
    ("target_text", "string"), ("lat", "double"), ("lon", "double"),
    ("geonames_id", "bigint"), ("lang", "string"), ("article_date", "string"),
    ("article_source", "string"), ("url", "string"), ("title", "string"),
    ("event", "string"),
)  # fmt: skip


def export_row(key: str, article: Article, event: Event) -> tuple[Any, ...]:
    """One event of a coded article as a row of the export schema, as the store gives it."""
    contract = event_to_dict(event)
    flat = flatten(contract)
    source, target = contract["source"] or {}, contract["target"] or {}
    place = contract["location"] or {}
    return (
        key, *(flat[c] for c in COLUMNS), contract["goldstein"], contract["quad_class"],
        contract["sentence_text"], source.get("text"), target.get("text"), place.get("lat"),
        place.get("lon"), place.get("geonames_id"), article.lang,
        article.date.isoformat() if article.date else None, article.source, article.url,
        article.title, json.dumps(contract),
    )  # fmt: skip
