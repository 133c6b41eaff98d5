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
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from .errors import StoreError
from .output import COLUMNS, event_to_dict, flatten
from .records import Actor, Article, Event

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

# Issue 15, added to SCHEMA's tables (docs/store.md): actor mentions, runs, the precision of
# the article date. Old databases gain them when opened for writing.
SCHEMA_CORPUS = """
ALTER TABLE articles ADD COLUMN IF NOT EXISTS date_precision VARCHAR;
CREATE TABLE IF NOT EXISTS mentions (
    content_hash VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    entry VARCHAR,
    name VARCHAR,
    antecedent_start INTEGER,
    antecedent_end INTEGER
);
CREATE SEQUENCE IF NOT EXISTS run_ids;
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY DEFAULT nextval('run_ids'),
    command VARCHAR NOT NULL,
    chronik_version VARCHAR,
    dictionaries JSON,
    started_at TIMESTAMP DEFAULT current_timestamp,
    ended_at TIMESTAMP,
    articles INTEGER,
    repeated INTEGER,
    skipped INTEGER,
    events INTEGER
);
"""

# The export schema (docs/store.md): every event with its contract fields as columns and
# its article's metadata; `chronik export`, stats, clusters and Spark share it.
EVENT_ROWS = """
SELECT e.content_hash, e.doc_id, e.sentence, e.source, e.target, e.cameo, e.plover_type,
    e.plover_mode, e.modality, e.negated, e.date, e.date_end, e.date_precision, e.location,
    e.country, e.trigger, e.rule, e.reported_by,
    CAST(e.event->>'$.goldstein' AS DOUBLE) AS goldstein,
    CAST(e.event->>'$.quad_class' AS INTEGER) AS quad_class,
    e.event->>'$.sentence_text' AS sentence_text,
    e.event->>'$.source.text' AS source_text,
    e.event->>'$.target.text' AS target_text,
    CAST(e.event->>'$.location.lat' AS DOUBLE) AS lat,
    CAST(e.event->>'$.location.lon' AS DOUBLE) AS lon,
    CAST(e.event->>'$.location.geonames_id' AS BIGINT) AS geonames_id,
    a.lang, CAST(a.date AS VARCHAR) AS article_date, a.source AS article_source, a.url,
    a.title, CAST(e.event AS VARCHAR) AS event
FROM events e JOIN articles a USING (content_hash)
"""
ORDER = "ORDER BY doc_id, sentence, cameo, source, target"
WRITER_WAIT = 10.0  # seconds a writer waits for readers (they hold the file briefly)
KNOCK_FRESH = 1.0  # seconds a knock counts (see Store.knocked)
_ARTICLE_COLUMNS = ("content_hash", "id", "lang", "date", "date_precision", "title", "url",
                    "source", "origin", "text")  # fmt: skip
_MENTION_COLUMNS = ("content_hash", "doc_id", "code", "text", "start", "end", "entry", "name",
                    "antecedent_start", "antecedent_end")  # fmt: skip


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


class Events(list[dict[str, Any]]):
    """The contract objects ``Store.events`` returns, a list as ever; ``relation`` is the
    same selection in the export schema as a DuckDB relation, and ``.df()``, ``.arrow()``,
    ``.pl()`` read it into pandas, pyarrow or polars where installed (no copy of ours)."""

    def __init__(self, events: Iterable[dict[str, Any]], relation: duckdb.DuckDBPyRelation):
        super().__init__(events)
        self.relation = relation

    def df(self) -> Any:
        return self.relation.df()

    def arrow(self) -> Any:
        return self.relation.arrow()

    def pl(self) -> Any:
        return self.relation.pl()


class Store:
    """An open chronik database. Use as a context manager, or call :meth:`close`.

    DuckDB lets one process at a time open a file that one of them writes. A process that
    finds the file taken waits for it (``wait``) and meanwhile knocks: it touches
    ``<file>.knock``; a writer lets it in at its next :meth:`let_readers_in`, the web app
    when its requests in flight are answered."""

    def __init__(
        self, path: str | Path, *, read_only: bool = False, wait: float | None = None
    ) -> None:
        """``wait``: seconds to wait for another process that holds the file (default: 0
        for readers, :data:`WRITER_WAIT` for writers, which a reader lets in soon)."""
        self.path, self.read_only = str(path), read_only
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; run 'chronik ingest' first")
        self.knock = Path(self.path + ".knock")
        self._types: dict[str, dict[str, str]] = {}  # table → column → SQL type
        self.connection = self._connect(wait if wait is not None else
                                        0.0 if read_only else WRITER_WAIT)  # fmt: skip
        self.released_at = time.monotonic()

    def _connect(self, wait: float) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + wait
        knocked = False
        try:
            while True:
                try:
                    return self._open()
                except duckdb.Error as error:
                    if "lock" in str(error) and time.monotonic() < deadline:
                        knocked = _touch(self.knock) or knocked
                        time.sleep(0.02)  # another process holds the file: wait for its turn
                        continue
                    busy = " (another chronik process is using it)" if "lock" in str(error) else ""
                    raise StoreError(
                        f"{self.path}: cannot open the database{busy} ({_first_line(error)})"
                    ) from error
        finally:
            if knocked:
                with contextlib.suppress(OSError):
                    self.knock.unlink(missing_ok=True)

    def _open(self) -> duckdb.DuckDBPyConnection:
        connection = duckdb.connect(self.path, read_only=self.read_only)
        if not self.read_only:
            connection.execute(SCHEMA)
            connection.execute(SCHEMA_CORPUS)
        return connection

    def let_readers_in(self, *, every: float = 2.0, pause: float = 0.1) -> None:
        """When another process knocks and ``every`` seconds have passed since the last
        time, close the file for ``pause`` seconds so that it gets its turn: ``chronik
        events`` or the web app read while a long ingest writes. Call it outside a
        transaction; it costs nothing while nobody knocks."""
        if time.monotonic() - self.released_at < every or not self.knocked():
            return
        self.close()
        time.sleep(pause)
        self.connection = self._connect(wait=60.0)  # a reader holds the file briefly
        self.released_at = time.monotonic()

    def knocked(self) -> bool:
        """Whether another process waits for the file now: its knock is fresh (a waiter
        touches it every 20 ms; an older one is left over from a process that ended)."""
        try:
            return time.time() - self.knock.stat().st_mtime < KNOCK_FRESH
        except OSError:
            return False

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
        """The id of the stored article with the same text as ``article``, if any. An
        ingest asks this before coding each article, outside any transaction: a writer
        lets a knocking reader in here, so readers wait for an article, not a batch."""
        if not self.read_only:
            self.let_readers_in()
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
    ) -> Events:
        """Stored events as contract objects (with ``.df()``, ``.arrow()``, ``.pl()``:
        :class:`Events`). ``actor`` matches source or target codes by
        prefix ("USA" matches USAGOV), ``code`` CAMEO codes by prefix ("04" is the root);
        ``since``/``until`` bound the event date (inclusive; partial dates compare by
        their known part)."""
        clauses, params = event_filters(
            actor=actor, code=code, since=since, until=until, include_negated=include_negated
        )
        query = f"SELECT event FROM events {where(clauses)} ORDER BY doc_id, sentence, cameo"
        found = [json.loads(row[0]) for row in self._query(query, params)]
        return Events(found, self.select(actor=actor, code=code, since=since, until=until,
                                         include_negated=include_negated))  # fmt: skip

    def counts(self) -> tuple[int, int]:
        """How many articles and events are stored."""
        articles = self._query("SELECT count(*) FROM articles")
        events = self._query("SELECT count(*) FROM events")
        return (articles[0][0] if articles else 0), (events[0][0] if events else 0)

    # Corpus scale (issue 15): batched writes, relations, recoding, runs.

    def add_many(self, coded: Iterable[tuple[Article, Sequence[Event], Sequence[Actor]]]) -> int:
        """Store a batch of articles with their events and actor mentions in one
        transaction; texts stored already (or twice in the batch) are left out. Returns how
        many articles were added."""
        batch = list(coded)
        keys = [content_hash(article) for article, _, _ in batch]
        stored = self._stored(keys)
        new = []
        for key, (article, events, actors) in zip(keys, batch, strict=True):
            if key not in stored:
                stored.add(key)
                new.append((key, article, events, actors))
        db = self.connection
        try:
            db.execute("BEGIN TRANSACTION")
            self._insert_columns(
                "articles", _ARTICLE_COLUMNS, [article_row(key, a) for key, a, _, _ in new]
            )
            self._insert_coded([(key, a.id, events, actors) for key, a, events, actors in new])
            db.execute("COMMIT")
        except duckdb.Error as error:
            db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot store a batch of articles ({error})") from error
        return len(new)

    def _stored(self, keys: Sequence[str]) -> set[str]:
        if not keys:
            return set()
        found = self._query(
            "SELECT content_hash FROM articles WHERE list_contains(?, content_hash)", [keys]
        )
        return {row[0] for row in found}

    def _insert_coded(
        self, coded: Sequence[tuple[str, str, Sequence[Event], Sequence[Actor]]]
    ) -> None:
        """The events and mentions of articles (content hash, doc id, events, actors)."""
        self._insert_columns(
            "events",
            ("content_hash", *COLUMNS, "event"),
            [event_row(key, event) for key, _, events, _ in coded for event in events],
        )
        self._insert_columns(
            "mentions",
            _MENTION_COLUMNS,
            [mention_row(key, doc, actor) for key, doc, _, actors in coded for actor in actors],
        )

    def _insert_columns(self, table: str, columns: Sequence[str], rows: list[list[Any]]) -> None:
        """``rows`` appended in order by one statement, each column passed as one list and
        the lists unnested side by side: rows of parameters ("VALUES (?, …), …") cost ten
        times more to bind, and the mentions were a tenth of an ingest's CPU time."""
        if not rows:
            return
        types = self._column_types(table)
        names = ", ".join(f'"{name}"' for name in columns)
        lists = ", ".join(f"unnest(?::{types[name]}[])" for name in columns)
        self.connection.execute(
            f"INSERT INTO {table} ({names}) SELECT {lists}",
            [list(column) for column in zip(*rows, strict=True)],
        )

    def _column_types(self, table: str) -> dict[str, str]:
        """Column name → SQL type of one of the store's tables, read once."""
        if table not in self._types:
            found = self.connection.execute(
                "SELECT column_name, data_type FROM duckdb_columns()"
                " WHERE database_name = current_database() AND schema_name = 'main'"
                " AND table_name = ?",
                [table],
            ).fetchall()
            self._types[table] = {str(name): str(kind) for name, kind in found}
        return self._types[table]

    def articles(self, *, batch: int = 500) -> Iterator[Article]:
        """Every stored article that has its text (Spark imports store none), in id order.
        Reads through its own cursor, so the store may be written meanwhile."""
        cursor = self.connection.cursor()
        cursor.execute(
            "SELECT id, text, lang, date, title, url, source, origin FROM articles"
            " WHERE text <> '' ORDER BY id, content_hash"
        )
        while rows := cursor.fetchmany(batch):
            for row in rows:
                yield Article(*row)
        cursor.close()

    def recode(self, coded: Iterable[tuple[Article, Sequence[Event], Sequence[Actor]]]) -> int:
        """Replace the events and mentions of each article in ``coded`` in one transaction:
        readers see the old coding until the new one is complete, and a failure keeps the
        old one. Articles not in ``coded`` (skipped, imported without text) keep theirs."""
        db = self.connection
        recoded = 0
        try:
            db.execute("BEGIN TRANSACTION")
            for article, events, actors in coded:
                key = content_hash(article)
                db.execute("DELETE FROM events WHERE content_hash = ?", [key])
                db.execute("DELETE FROM mentions WHERE content_hash = ?", [key])
                self._insert_coded([(key, article.id, events, actors)])
                recoded += 1
            db.execute("COMMIT")
        except BaseException as error:
            db.execute("ROLLBACK")
            if isinstance(error, duckdb.Error):
                raise StoreError(f"{self.path}: cannot recode ({error})") from error
            raise
        return recoded

    def start_run(self, command: str, *, version: str, dictionaries: dict[str, str]) -> int:
        """Record the start of a run that writes to the store; returns its id."""
        found = self._query(
            "INSERT INTO runs (command, chronik_version, dictionaries) VALUES (?, ?, ?)"
            " RETURNING id",
            [command, version, json.dumps(dictionaries)],
        )
        return int(found[0][0])

    def finish_run(
        self, run: int, *, articles: int, repeated: int, skipped: int, events: int
    ) -> None:
        self._query(
            "UPDATE runs SET ended_at = current_timestamp, articles = ?, repeated = ?,"
            " skipped = ?, events = ? WHERE id = ?",
            [articles, repeated, skipped, events, run],
        )

    def runs(self) -> list[dict[str, Any]]:
        cursor = self.connection.execute("SELECT * FROM runs ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def select(
        self,
        *,
        actor: str | None = None,
        code: str | None = None,
        since: date | None = None,
        until: date | None = None,
        include_negated: bool = False,
    ) -> duckdb.DuckDBPyRelation:
        """Stored events in the export schema (docs/store.md) as a DuckDB relation, with
        the filters of :meth:`events`: ``.df()``, ``.arrow()``, ``.pl()`` where pandas,
        pyarrow or polars are installed, ``.fetchall()`` always. Nothing is read until
        the relation is."""
        condition, params = filters(
            actor=actor, code=code, since=since, until=until, include_negated=include_negated
        )
        return self.connection.sql(
            f"SELECT * FROM ({EVENT_ROWS}) {condition} {ORDER}", params=params
        )

    def import_parquet(self, path: str) -> tuple[int, int]:
        """Load Parquet in the export schema (``chronik spark``'s output: a file, or a
        folder partitioned by article date) in one transaction. Articles stored already
        are left out; imported articles have no text. Returns (articles, events) added."""
        found = Path(path)
        pattern, options = str(found), ""
        if found.is_dir():  # Spark's output: article_date lives in the folder names
            pattern = str(found / "**" / "*.parquet")
            options = ", hive_partitioning = true, hive_types = {'article_date': VARCHAR}"
        new = (
            f"SELECT * FROM read_parquet(?, union_by_name = true{options})"
            " WHERE content_hash NOT IN (SELECT content_hash FROM articles)"
        )
        db = self.connection
        try:
            db.execute("BEGIN TRANSACTION")
            db.execute(f"CREATE TEMP TABLE incoming AS {new}", [pattern])
            db.execute(
                "INSERT INTO articles (content_hash, id, lang, date, date_precision, title, url,"
                " source, origin, text) SELECT content_hash, any_value(doc_id), any_value(lang),"
                " CAST(any_value(article_date) AS DATE), CASE WHEN any_value(article_date)"
                " IS NULL THEN NULL ELSE 'day' END, any_value(title), any_value(url),"
                " any_value(article_source), ?, '' FROM incoming GROUP BY content_hash",
                [f"spark:{path}"],
            )
            db.execute(
                f"INSERT INTO events (content_hash, {', '.join(COLUMNS)}, event)"
                f" SELECT content_hash, {', '.join(COLUMNS)}, event FROM incoming"
            )
            counts = db.execute(
                "SELECT count(DISTINCT content_hash), count(*) FROM incoming"
            ).fetchone()
            db.execute("DROP TABLE incoming")
            db.execute("COMMIT")
        except duckdb.Error as error:
            db.execute("ROLLBACK")
            raise StoreError(f"{path}: cannot import ({error})") from error
        assert counts is not None
        return int(counts[0]), int(counts[1])


def filters(**filter_args: Any) -> tuple[str, list[Any]]:
    """:func:`event_filters` (same keywords) as one WHERE clause; its columns are those of
    both the events table and the export schema, so exports, stats and clusters filter
    like ``events``."""
    clauses, params = event_filters(**filter_args)
    return where(clauses), params


def event_row(key: str, event: Event) -> list[Any]:
    """One row of the events table."""
    contract = event_to_dict(event)
    flat = flatten(contract)
    return [key, *(flat[c] for c in COLUMNS), json.dumps(contract)]


def article_row(key: str, article: Article) -> list[Any]:
    """One row of the articles table (:data:`_ARTICLE_COLUMNS`)."""
    return [key, article.id, article.lang, article.date, "day" if article.date else None,
            article.title, article.url, article.source, article.origin, article.text]  # fmt: skip


def mention_row(key: str, doc_id: str, actor: Actor) -> list[Any]:
    """One row of the mentions table."""
    before = actor.antecedent
    return [key, doc_id, actor.code, actor.span.text, actor.span.start, actor.span.end,
            actor.entry, actor.name, before.start if before else None,
            before.end if before else None]  # fmt: skip


def _touch(path: Path) -> bool:
    """Touch ``path``; False where it cannot be written (a read-only folder: no knock)."""
    try:
        path.touch()
    except OSError:
        return False
    return True


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
