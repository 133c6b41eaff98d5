"""The web app's hold on the store (``web/gate.py``): open while queries run, closed soon
after, and drained when a writer knocks."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fastapi import HTTPException

from chronik.errors import StoreError
from chronik.store import Store
from chronik.web.gate import StoreGate
from chronik.web.queries import Queries

WRITE = """
import sys
from chronik.records import Article
from chronik.store import Store
with Store(sys.argv[1], wait=60) as store:
    store.add(Article(id="late", text="Die USA verhandeln.", lang="de"), [])
"""


def articles(gate: StoreGate) -> int:
    return Queries(gate).articles()[0]


def test_the_file_is_free_soon_after_the_last_request(tmp_path: Path) -> None:
    db = tmp_path / "chronik.duckdb"
    Store(db).close()
    gate = StoreGate(db, linger=0.2)
    assert articles(gate) == 0
    write = subprocess.run([sys.executable, "-c", WRITE, str(db)], timeout=60)
    assert write.returncode == 0  # nobody asks the server: it let go after 0.2 s
    assert articles(gate) == 1  # the next request sees what was written
    gate.close()


def test_the_file_stays_open_between_requests_that_follow_each_other(tmp_path: Path) -> None:
    db = tmp_path / "chronik.duckdb"
    Store(db).close()
    gate = StoreGate(db, linger=60)
    with gate.connection() as first:
        pass
    with gate.connection() as second:  # no reopening (tens of milliseconds) per request
        assert second is first
    gate.close()


def test_a_knock_lets_the_writer_in_after_the_requests_in_flight(tmp_path: Path) -> None:
    db = tmp_path / "chronik.duckdb"
    Store(db).close()
    gate = StoreGate(db)
    entered = threading.Event()

    def later_request() -> None:
        with gate.connection():
            entered.set()

    with gate.connection():
        writer = subprocess.Popen([sys.executable, "-c", WRITE, str(db)])
        while not (db.parent / "chronik.duckdb.knock").exists() and writer.poll() is None:
            time.sleep(0.01)  # the writer finds the file held and knocks
        late = threading.Thread(target=later_request)
        late.start()
        assert not entered.wait(0.3)  # a knock: new requests wait for those in flight
    late.join(timeout=60)
    assert writer.wait(timeout=60) == 0 and entered.is_set()
    assert articles(gate) == 1


def test_a_missing_database_fails_at_once_and_a_held_one_is_a_503(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        StoreGate(tmp_path / "none.duckdb")
    db = tmp_path / "chronik.duckdb"
    Store(db).close()
    gate = StoreGate(db, wait=0.2)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, duckdb; c = duckdb.connect(sys.argv[1]);"
         " print('held', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        with pytest.raises(HTTPException) as refused:
            articles(gate)
        assert refused.value.status_code == 503
        assert refused.value.headers == {"Retry-After": "5"}
    finally:
        holder.communicate(timeout=30)
