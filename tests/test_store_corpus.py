"""The store at corpus scale (issue 15): batches, mentions, runs, recoding, relations."""

import json
from datetime import date

import pytest

from chronik.errors import StoreError
from chronik.output import event_to_dict
from chronik.records import Actor, Article, Span
from chronik.store import Store

TEXT = "Die USA und Nordkorea verhandeln derzeit."


def article(text=TEXT, doc_id="doc", day=date(2019, 2, 6)):
    return Article(id=doc_id, text=text, lang="de", date=day, origin="x.jsonl:1",
                   source="dpa", url=f"https://example.org/{doc_id}")  # fmt: skip


def mention(code="USA", part="USA"):
    start = TEXT.index(part)
    return Actor(code, Span(start, start + len(part), part), "actors/test.tsv:1", part)


def test_add_many_stores_each_text_once_with_mentions(tmp_path, make_event):
    with Store(tmp_path / "c.duckdb") as store:
        batch = [(article(), [make_event()], [mention(), mention("PRK", "Nordkorea")]),
                 (article(doc_id="copy"), [make_event()], [mention()]),
                 (article("Anderer Text.", "b"), [], [])]  # fmt: skip
        assert store.add_many(batch) == 2
        assert store.add_many(batch) == 0
        assert store.counts() == (2, 1)
        mentions = store.connection.execute(
            'SELECT code, text, start, "end" FROM mentions ORDER BY start'
        ).fetchall()
        assert mentions == [("USA", "USA", 4, 7), ("PRK", "Nordkorea", 12, 21)]
        precision = store.connection.execute("SELECT DISTINCT date_precision FROM articles")
        assert precision.fetchall() == [("day",)]


def test_recode_replaces_events_atomically(tmp_path, make_event):
    with Store(tmp_path / "c.duckdb") as store:
        store.add_many([(article(), [make_event()], [mention()])])
        (stored,) = store.articles()
        assert stored.text == TEXT and stored.source == "dpa"

        def failing():
            yield stored, [make_event(cameo="057")], []
            raise RuntimeError("the pipeline broke")

        with pytest.raises(RuntimeError):
            store.recode(failing())
        assert [e["cameo"] for e in store.events()] == ["046"]  # the old coding survives
        assert store.recode([(stored, [make_event(cameo="036"), make_event(cameo="057")], [])])
        assert [e["cameo"] for e in store.events()] == ["036", "057"]
        assert store.connection.execute("SELECT count(*) FROM mentions").fetchone() == (0,)


def test_runs_record_version_dictionaries_and_counts(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        run = store.start_run("ingest", version="9.9", dictionaries={"verbs/de.v1.tsv": "abc"})
        store.finish_run(run, articles=3, repeated=1, skipped=0, events=7)
        (found,) = store.runs()
    assert found["command"] == "ingest" and found["chronik_version"] == "9.9"
    assert found["articles"] == 3 and found["events"] == 7
    assert found["ended_at"] >= found["started_at"]
    assert '"verbs/de.v1.tsv"' in found["dictionaries"]


def test_select_is_a_relation_in_the_export_schema(tmp_path, make_event):
    with Store(tmp_path / "c.duckdb") as store:
        store.add_many([(article(), [make_event(), make_event(cameo="057", negated=True)], [])])
        relation = store.select(actor="prk")
        assert relation.columns[:3] == ["content_hash", "doc_id", "sentence"]
        (row,) = relation.fetchall()
        found = dict(zip(relation.columns, row, strict=True))
        assert found["cameo"] == "046" and found["article_source"] == "dpa"
        assert found["source_text"] == "USA" and found["sentence_text"] == TEXT
        assert len(store.select(include_negated=True).fetchall()) == 2


def test_select_converts_to_arrow_where_pyarrow_is_installed(tmp_path, make_event):
    pytest.importorskip("pyarrow", reason="pyarrow is not installed: .arrow() needs it")
    with Store(tmp_path / "c.duckdb") as store:
        store.add_many([(article(), [make_event()], [])])
        batches = store.select().arrow()  # DuckDB 2: a RecordBatchReader, streaming
        table = batches.read_all()
    assert table.num_rows == 1 and table.column("cameo").to_pylist() == ["046"]


def test_recode_command_needs_a_database(tmp_path):
    from click.testing import CliRunner

    from chronik.cli import main

    result = CliRunner().invoke(main, ["recode", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such database" in result.output
    with pytest.raises(StoreError):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_events_stay_a_list_and_read_into_arrow(tmp_path, make_event):
    pytest.importorskip("pyarrow", reason="pyarrow is not installed: .arrow() needs it")
    with Store(tmp_path / "c.duckdb") as store:
        store.add_many([(article(), [make_event(), make_event(cameo="057", negated=True)], [])])
        events = store.events()
        assert isinstance(events, list) and [e["cameo"] for e in events] == ["046"]
        table = events.arrow().read_all()
        assert table.column("cameo").to_pylist() == ["046"]
        assert table.column("goldstein").type == "double"
        assert len(store.events(include_negated=True).relation.fetchall()) == 2


def test_many_rows_of_one_article_are_stored_in_order(tmp_path, make_event):
    # a column's values go in as one list per statement: the rows keep their order
    text = " ".join(f"w{i}" for i in range(600))
    spans = [Span(text.index(f"w{i} "), text.index(f"w{i} ") + len(f"w{i}"), f"w{i}")
             for i in range(599)]  # fmt: skip
    actors = [Actor("USA" if i % 2 else "PRK", s, "t.tsv:1", "") for i, s in enumerate(spans)]
    events = [make_event(cameo=f"0{i % 90 + 10}") for i in range(300)]
    with Store(tmp_path / "c.duckdb") as store:
        assert store.add_many([(article(text), events, actors)]) == 1
        stored = store.connection.execute("SELECT code, text, start FROM mentions").fetchall()
        assert stored == [(a.code, a.span.text, a.span.start) for a in actors]
        codes = store.connection.execute("SELECT cameo FROM events").fetchall()
        assert codes == [(e.cameo,) for e in events]


def test_a_batch_keeps_its_articles_rows_in_order_with_their_gaps(tmp_path, make_event):
    # one statement per table for the whole batch: NULLs (no date, no antecedent) and
    # the event's JSON text as given
    later = Actor("USA", Span(22, 25, "sie"), "t.tsv:1", "USA", antecedent=Span(4, 7, "USA"))
    undated = article("Zweiter Text.", "b", day=None)
    batch = [(article(), [make_event()], [mention(), later]),
             (undated, [make_event(cameo="057")], [mention()])]  # fmt: skip
    with Store(tmp_path / "c.duckdb") as store:
        assert store.add_many(batch) == 2
        rows = store.connection.execute(
            "SELECT doc_id, code, antecedent_start, antecedent_end FROM mentions"
        ).fetchall()
        assert rows == [("doc", "USA", None, None), ("doc", "USA", 4, 7), ("b", "USA", None, None)]
        articles = store.connection.execute("SELECT id, date, date_precision FROM articles")
        assert articles.fetchall() == [("doc", date(2019, 2, 6), "day"), ("b", None, None)]
        events = store.connection.execute("SELECT cameo, event FROM events").fetchall()
        assert [cameo for cameo, _ in events] == ["046", "057"]
        assert [json.loads(text) for _, text in events] == [
            event_to_dict(e) for _, (e,), _ in batch
        ]
