"""The DuckDB store: articles and their events, queryable by actor, code and date.

Each article is written with its events in one transaction, keyed by the hash of its
text, so re-ingesting the same article stores nothing twice and a failure midway leaves
what was stored before untouched.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from .errors import StoreError
from .output import COLUMNS, event_to_dict, flatten
from .records import Article, Event

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    content_hash VARCHAR PRIMARY KEY,
    id VARCHAR NOT NULL,
    lang VARCHAR,
    date DATE,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    content_hash VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    sentence INTEGER,
    source VARCHAR,
    target VARCHAR,
    cameo VARCHAR NOT NULL,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    modality VARCHAR,
    negated BOOLEAN,
    date VARCHAR,
    date_end VARCHAR,
    date_precision VARCHAR,
    location VARCHAR,
    country VARCHAR,
    trigger VARCHAR,
    rule VARCHAR,
    event JSON NOT NULL
);
ALTER TABLE events ADD COLUMN IF NOT EXISTS reported_by VARCHAR;
"""


def content_hash(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


class Store:
    """An open chronik database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; run 'chronik ingest' first")
        try:
            self.connection = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self.connection.execute(SCHEMA)
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: cannot open the database ({error})") from error

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def has(self, article: Article) -> bool:
        found = self.connection.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", [content_hash(article)]
        ).fetchone()
        return found is not None

    def add(self, article: Article, events: Sequence[Event]) -> bool:
        """Store an article with its events; False when the same text is stored already."""
        if self.has(article):
            return False
        key = content_hash(article)
        rows = []
        for event in events:
            contract = event_to_dict(event)
            flat = flatten(contract)
            rows.append([key, *(flat[c] for c in COLUMNS), json.dumps(contract)])
        db = self.connection
        try:
            db.execute("BEGIN TRANSACTION")
            db.execute(
                "INSERT INTO articles (content_hash, id, lang, date, title, url, source, origin,"
                " text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [key, article.id, article.lang, article.date, article.title, article.url,
                 article.source, article.origin, article.text],
            )  # fmt: skip
            if rows:
                placeholders = ", ".join("?" * (len(COLUMNS) + 2))
                db.executemany(
                    f"INSERT INTO events (content_hash, {', '.join(COLUMNS)}, event)"
                    f" VALUES ({placeholders})",
                    rows,
                )
            db.execute("COMMIT")
        except duckdb.Error as error:
            db.execute("ROLLBACK")
            raise StoreError(
                f"{self.path}: cannot store article {article.id!r} ({error})"
            ) from error
        return True

    def events(
        self,
        *,
        actor: str | None = None,
        code: str | None = None,
        since: date | None = None,
        until: date | None = None,
        include_negated: bool = False,
    ) -> list[dict[str, Any]]:
        """Stored events as contract objects. ``actor`` matches source or target codes by
        prefix ("USA" matches USAGOV), ``code`` CAMEO codes by prefix ("04" is the root);
        ``since``/``until`` bound the event date (inclusive; partial dates compare by
        their known part)."""
        clauses, params = [], []
        if actor:
            clauses.append("(starts_with(source, ?) OR starts_with(target, ?))")
            params += [actor.upper(), actor.upper()]
        if code:
            clauses.append("starts_with(cameo, ?)")
            params.append(code)
        if since:
            clauses.append("coalesce(date_end, date) >= ?")
            params.append(since.isoformat())
        if until:
            clauses.append("date <= ?")
            params.append(until.isoformat())
        if not include_negated:
            clauses.append("NOT negated")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        query = f"SELECT event FROM events {where} ORDER BY doc_id, sentence, cameo"
        return [json.loads(row[0]) for row in self.connection.execute(query, params).fetchall()]

    def counts(self) -> tuple[int, int]:
        """How many articles and events are stored."""
        articles = self.connection.execute("SELECT count(*) FROM articles").fetchone()
        events = self.connection.execute("SELECT count(*) FROM events").fetchone()
        return (articles[0] if articles else 0), (events[0] if events else 0)
