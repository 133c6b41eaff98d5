import os
import subprocess
import sys
import time
from datetime import date

import pytest

from chronik.errors import StoreError
from chronik.records import Article, EventDate
from chronik.store import Store

TEXT = "Die USA und Nordkorea verhandeln derzeit."


def article(text=TEXT, doc_id="doc"):
    return Article(id=doc_id, text=text, lang="de", date=date(2019, 2, 6), origin="x.jsonl:1")


def test_store_adds_once_per_text(tmp_path, make_event):
    with Store(tmp_path / "c.duckdb") as store:
        assert store.add(article(), [make_event()])
        assert not store.add(article(doc_id="same-text-other-id"), [make_event()])
        assert store.counts() == (1, 1)
    with Store(tmp_path / "c.duckdb", read_only=True) as store:
        (event,) = store.events()
    assert event["source"]["code"] == "USA" and event["cameo"] == "046"


def test_store_filters_by_actor_code_and_date(tmp_path, make_event):
    feb = EventDate("2019-02-27", "2019-02-28")
    events = [
        make_event(date=feb),
        make_event(source=("PRKGOV", "Nordkorea"), target=("RUS", "USA"), cameo="057"),
        make_event(cameo="036", date=EventDate("2018-06")),
        make_event(cameo="057", negated=True),
    ]
    with Store(tmp_path / "c.duckdb") as store:
        store.add(article(), events)
        assert len(store.events()) == 3
        assert len(store.events(include_negated=True)) == 4
        assert [e["cameo"] for e in store.events(actor="prk")] == ["036", "046", "057"]
        assert [e["cameo"] for e in store.events(actor="RUS")] == ["057"]
        assert [e["cameo"] for e in store.events(code="03")] == ["036"]
        assert [e["cameo"] for e in store.events(since=date(2019, 2, 28))] == ["046"]
        assert [e["cameo"] for e in store.events(until=date(2018, 6, 30))] == ["036"]


def test_store_read_only_needs_an_existing_file(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_store_reports_a_file_that_is_no_database(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("this is not a database")
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(bad)


WRITER = """
import sys, time
import subprocess
import sys
from datetime import date
from chronik.records import Article
from chronik.store import Store
with Store(sys.argv[1]) as store:
    print("open", flush=True)
    for i in range(400):
        store.add(Article(id=str(i), text=f"Text {i}.", lang="de"), [])
        store.let_readers_in(every=0.2, pause=0.05)
        time.sleep(0.01)
"""


def test_readers_get_in_while_a_long_ingest_writes(tmp_path):
    db = tmp_path / "c.duckdb"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE)
    try:
        assert writer.stdout is not None and writer.stdout.readline() == b"open\n"
        with Store(db, read_only=True, wait=20) as store:
            articles, _ = store.counts()
        assert 0 < articles < 400  # read in the middle of the ingest
    finally:
        writer.wait(timeout=60)
        writer.stdout.close()
    assert writer.returncode == 0


def test_only_a_fresh_knock_lets_readers_in(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        before = store.connection
        store.knock.touch()
        os.utime(store.knock, (time.time() - 60, time.time() - 60))  # left by a dead reader
        store.let_readers_in(every=0)
        assert store.connection is before
        store.knock.touch()  # a reader knocking now
        store.let_readers_in(every=0, pause=0)
        assert store.connection is not before
