"""The web app's hold on the store: open while requests read it, closed in between.

DuckDB lets one process at a time open a file that one of them writes, so a server that
kept the file open would lock ``chronik ingest`` out for as long as it runs. The gate opens
the file read-only when a request needs it and closes it when the last request in flight
is answered; when an ingest knocks (``Store``: ``<file>.knock``) while requests keep
coming, new requests wait until those in flight are answered and the file has been free
for a moment, so the ingest gets its turn between two bursts.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi import HTTPException

from ..errors import StoreError
from ..store import Store
from .queries import Queries

WAIT = 30.0  # seconds a request waits while an ingest writes (it lets readers in every 2 s)
PAUSE = 0.1  # seconds the file stays free after an ingest knocked


class StoreGate:
    """Read-only access to the store at ``path``, shared by the requests in flight."""

    def __init__(self, path: str | Path, *, wait: float = WAIT, pause: float = PAUSE) -> None:
        self.path, self.wait, self.pause = str(path), wait, pause
        Store(self.path, read_only=True).close()  # a missing or damaged file: one error now
        self._changed = threading.Condition()
        self._store: Store | None = None
        self._users = 0
        self._draining = False

    @contextmanager
    def queries(self) -> Iterator[Queries]:
        """The store's queries for one request; the file stays open until it ends."""
        store = self._enter()
        try:
            yield Queries(store.connection)
        finally:
            self._leave()

    def _enter(self) -> Store:
        with self._changed:
            while self._draining:
                self._changed.wait()
            if self._users and self._store is not None and self._store.knock.exists():
                self._drain()
            if self._store is None:
                self._store = self._open()
            self._users += 1
            return self._store

    def _drain(self) -> None:
        """Let the requests in flight end (the last one closes the file), then keep the
        file free for ``pause`` seconds: the knocking process opens it meanwhile."""
        self._draining = True
        try:
            while self._users:
                self._changed.wait()
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
            if not self._users and self._store is not None:
                self._store.close()
                self._store = None
            self._changed.notify_all()

    def close(self) -> None:
        with self._changed:
            if self._store is not None:
                self._store.close()
                self._store = None
