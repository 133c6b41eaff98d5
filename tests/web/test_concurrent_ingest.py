"""``chronik ingest`` writes a store while ``chronik serve``, ``chronik events`` and a
reader thread read it: the readers get in during the ingest, every answer is whole, and
nothing is lost. Real processes; every wait is bounded, and no step waits on the clock."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Callable
from contextlib import contextmanager
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import Any

from chronik.store import Store

from .test_serve import serve

ARTICLES = 1300  # several seconds of coding: readers are let in at most every 2 s, three of them
CHRONIK = str(Path(sys.executable).parent / "chronik")


def write_articles(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(ARTICLES):
            text = (f"Die USA und Nordkorea verhandeln in Hanoi über Abrüstung. "
                    f"Das Treffen Nummer {i} beginnt am Mittwoch.")  # fmt: skip
            record = {"id": f"a{i}", "lang": "de", "date": "2019-02-06", "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def repeat_until(done: threading.Event, read: Callable[[], object], seen: list[Any]) -> None:
    """Call ``read`` over and over until ``done``, keeping what each call returned (or
    the error it raised)."""
    while not done.is_set():
        try:
            seen.append(read())
        except Exception as error:  # recorded: the test fails on it below
            seen.append(error)


def web_total(base: str) -> tuple[int, int]:
    with urllib.request.urlopen(f"{base}/articles?per_page=1", timeout=120) as response:
        return int(response.status), int(json.load(response)["total"])


def cli_events(db: Path) -> tuple[int, int]:
    found = subprocess.run([CHRONIK, "events", "--db", str(db), "--format", "jsonl",
                            "--negated"],
                           capture_output=True, text=True, timeout=120)  # fmt: skip
    return found.returncode, len(found.stdout.splitlines())


def unfinished_runs(db: Path) -> tuple[int, int]:
    """(runs not yet ended, articles stored): an unfinished run read means this reader got
    in while the ingest held the store."""
    with Store(db, read_only=True, wait=60) as store:
        running = sum(run["ended_at"] is None for run in store.runs())
        return running, store.counts()[0]


def increasing(values: list[int]) -> bool:
    return all(a <= b for a, b in pairwise(values))


def test_ingest_while_the_web_app_events_and_a_thread_read(tmp_path: Path) -> None:
    db, articles = tmp_path / "chronik.duckdb", tmp_path / "articles.jsonl"
    write_articles(articles)
    Store(db).close()  # an empty store for the server to open
    web: list[Any] = []
    events: list[Any] = []
    direct: list[Any] = []
    done = threading.Event()
    with contextmanager(serve)(db) as base:
        ingest = subprocess.Popen(
            [CHRONIK, "ingest", str(articles), "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        readers = [
            threading.Thread(target=repeat_until, args=(done, partial(web_total, base), web)),
            threading.Thread(target=repeat_until, args=(done, partial(cli_events, db), events)),
            threading.Thread(target=repeat_until,
                             args=(done, partial(unfinished_runs, db), direct)),
        ]  # fmt: skip
        for reader in readers:
            reader.start()
        try:
            out, err = ingest.communicate(timeout=300)
        finally:
            done.set()
            for reader in readers:
                reader.join(timeout=150)
        assert ingest.returncode == 0, err
        assert web_total(base) == (200, ARTICLES)
    assert f"stored {ARTICLES} article(s) with " in out
    stored_events = int(out.split(" with ")[1].split()[0])
    for seen in (web, events, direct):
        assert seen and not [s for s in seen if isinstance(s, Exception)], seen
    assert {status for status, _ in web} == {200}
    assert increasing([total for _, total in web]) and web[-1][1] <= ARTICLES
    assert {code for code, _ in events} == {0}
    assert increasing([lines for _, lines in events])
    assert any(running for running, _ in direct), "no reader got in while the ingest ran"
    assert increasing([count for _, count in direct])
    assert cli_events(db) == (0, stored_events)
