"""The web app's hold on the store: open while queries read it, free soon after.

DuckDB lets one process at a time open a file that one of them writes, so a server that
kept the file open would lock ``chronik ingest`` out for as long as it runs. The gate opens
the file read-only when a query needs it and keeps it open while queries come (opening
costs tens of milliseconds); it closes it ``linger`` seconds after the last query, or as
soon as a writer knocks (``Store``: ``<file>.knock``): then new queries wait until those
running have ended and the file has been free for a moment, so the ingest gets its turn
between two queries.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
from fastapi import HTTPException

from ..errors import StoreError
from ..store import Store

WAIT = 30.0  # seconds a request waits while an ingest writes (it lets readers in every 2 s)
PAUSE = 0.1  # seconds the file stays free after a writer knocked
LINGER = 0.5  # seconds the file stays open after the last query


class StoreGate:
    """Read-only access to the store at ``path``, shared by the queries in flight."""

    def __init__(
        self, path: str | Path, *, wait: float = WAIT, pause: float = PAUSE,
        linger: float = LINGER,
    ) -> None:  # fmt: skip
        self.path, self.wait, self.pause, self.linger = str(path), wait, pause, linger
        # a missing or damaged file: one error now; one an ingest holds: wait for a turn
        Store(self.path, read_only=True, wait=wait).close()
        self._changed = threading.Condition()
        self._store: Store | None = None
        self._users = 0
        self._idle_since = time.monotonic()
        self._draining = False
        self._stopped = threading.Event()
        threading.Thread(target=self._close_when_idle, name="chronik-store-gate",
                         daemon=True).start()  # fmt: skip

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The open store's connection, for one query or one read through a cursor; the
        file stays open until it ends."""
        store = self._enter()
        try:
            yield store.connection
        finally:
            self._leave()

    def _enter(self) -> Store:
        with self._changed:
            while self._draining:
                self._changed.wait()
            if self._store is not None and self._store.knocked():
                self._drain()
            if self._store is None:
                self._store = self._open()
            self._users += 1
            return self._store

    def _drain(self) -> None:
        """Let the queries running end, close the file and keep it free for ``pause``
        seconds: the knocking process opens it meanwhile."""
        self._draining = True
        try:
            while self._users:
                self._changed.wait()
            self._close_store()
            time.sleep(self.pause)
        finally:
            self._draining = False
            self._changed.notify_all()

    def _open(self) -> Store:
        try:
            return Store(self.path, read_only=True, wait=self.wait)
        except StoreError as error:
            raise HTTPException(
                503, f"{error}; an ingest may be writing to it, try again in a few seconds",
                headers={"Retry-After": "5"},
            ) from None  # fmt: skip

    def _leave(self) -> None:
        with self._changed:
            self._users -= 1
            if not self._users:  # a drain waits for this moment; nobody else is woken
                self._idle_since = time.monotonic()
                if self._store is not None and self._store.knocked():
                    self._close_store()
                self._changed.notify_all()

    def _close_when_idle(self) -> None:
        """The gate's own thread: closes the file ``linger`` seconds after the last
        query, so that a writer never waits on a server nobody asks."""
        while not self._stopped.wait(self.linger / 2):
            with self._changed:
                idle = time.monotonic() - self._idle_since
                if self._store is not None and not self._users and idle >= self.linger:
                    self._close_store()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def close(self) -> None:
        self._stopped.set()
        with self._changed:
            self._close_store()
