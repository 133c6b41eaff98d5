"""The DuckDB store: articles and their events, queryable by actor, code and date.

Each article is written with its events in one transaction, keyed by the hash of its
text, so re-ingesting the same article stores nothing twice and a failure midway leaves
what was stored before untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
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
"""


def event_filters(
    *,
    actor: str | None = None,
    code: str | None = None,
    since: date | None = None,
    until: date | None = None,
    include_negated: bool = False,
) -> tuple[list[str], list[Any]]:
    """SQL conditions on the events table and their bound parameters for
    :meth:`Store.events`'s filters; the web API adds its own to the same lists."""
    clauses: list[str] = []
    params: list[Any] = []
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
    return clauses, params


def where(clauses: Sequence[str]) -> str:
    """``WHERE a AND b``, or nothing for no conditions."""
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def content_hash(article: Article) -> str:
    # surrogatepass: a lone surrogate from a lenient caller still hashes, never crashes
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """An open chronik database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, *, read_only: bool = False, wait: float = 0.0) -> None:
        """``wait``: seconds to wait for another process that holds the file (an ingest
        lets readers in between its batches, see :meth:`let_readers_in`)."""
        self.path, self.read_only = str(path), read_only
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; run 'chronik ingest' first")
        self.connection = self._connect(wait)
        self.released_at = time.monotonic()

    def _connect(self, wait: float) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + wait
        while True:
            try:
                connection = duckdb.connect(self.path, read_only=self.read_only)
                if not self.read_only:
                    connection.execute(SCHEMA)
                return connection
            except duckdb.Error as error:
                if "lock" in str(error) and time.monotonic() < deadline:
                    time.sleep(0.02)  # another process holds the file: wait for its turn
                    continue
                busy = " (another chronik process is using it)" if "lock" in str(error) else ""
                raise StoreError(
                    f"{self.path}: cannot open the database{busy} ({_first_line(error)})"
                ) from error

    def let_readers_in(self, *, every: float = 2.0, pause: float = 0.1) -> None:
        """Close the file for ``pause`` seconds when ``every`` seconds have passed since the
        last time, so that ``chronik events`` can read while a long ingest writes (DuckDB
        lets one process at a time open a file that one of them writes)."""
        if time.monotonic() - self.released_at < every:
            return
        self.close()
        time.sleep(pause)
        self.connection = self._connect(wait=60.0)  # a reader holds the file briefly
        self.released_at = time.monotonic()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(duckdb.Error):
            self.connection.close()

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Rows of ``sql``; any DuckDB error (a damaged file, a full disk) as a StoreError."""
        try:
            return self.connection.execute(sql, params).fetchall()
        except duckdb.Error as error:
            raise StoreError(
                f"{self.path}: database error ({_first_line(error)}); if the file is damaged, "
                "restore a copy or re-create it with 'chronik ingest'"
            ) from error

    def has(self, article: Article) -> bool:
        return self.stored_as(article) is not None

    def stored_as(self, article: Article) -> str | None:
        """The id of the stored article with the same text as ``article``, if any."""
        found = self._query(
            "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", [content_hash(article)]
        )
        return str(found[0][0]) if found else None

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
            with contextlib.suppress(duckdb.Error):
                db.execute("ROLLBACK")
            raise StoreError(
                f"{self.path}: cannot store article {article.id!r} ({_first_line(error)})"
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
        clauses, params = event_filters(
            actor=actor, code=code, since=since, until=until, include_negated=include_negated
        )
        query = f"SELECT event FROM events {where(clauses)} ORDER BY doc_id, sentence, cameo"
        return [json.loads(row[0]) for row in self._query(query, params)]

    def counts(self) -> tuple[int, int]:
        """How many articles and events are stored."""
        articles = self._query("SELECT count(*) FROM articles")
        events = self._query("SELECT count(*) FROM events")
        return (articles[0][0] if articles else 0), (events[0][0] if events else 0)


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
