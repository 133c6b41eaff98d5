"""Cross-article clusters on hand-built stores."""

import json
from dataclasses import replace
from datetime import date

import pytest
from click.testing import CliRunner

from chronik.cli import main
from chronik.clusters import clusters
from chronik.records import Article, EventDate
from chronik.store import Store


@pytest.fixture
def db(tmp_path, make_event):
    path = tmp_path / "c.duckdb"

    def article(doc_id, day, source):
        text = f"Die USA und Nordkorea verhandeln derzeit ({doc_id})."
        return Article(id=doc_id, text=text, lang="de", date=date(2019, 3, day), source=source)

    def event(text, day, cameo="046", precision="day"):
        return make_event(text=text, cameo=cameo, date=EventDate(day, precision=precision))

    batch = []
    for doc_id, day, source, dates in [
        ("a", 1, "dpa", ["2019-03-01", "2019-03-01"]),  # two mentions in one article
        ("b", 2, "afp", ["2019-03-02"]),  # a day later: the same cluster
        ("c", 3, "dpa", ["2019-03-03", "2019-03-06"]),  # chains on; three days later: new
        ("d", 6, None, ["2019-03"]),  # month precision: its own cluster
    ]:
        found = article(doc_id, day, source)
        precision = "day" if len(dates[0]) == 10 else "month"
        events = [event(found.text, value, precision=precision) for value in dates]
        events.append(event(found.text, dates[0], cameo="036", precision=precision))
        batch.append((found, [replace(e, doc_id=doc_id) for e in events]))
    with Store(path) as store:
        store.add_many([(found, events, []) for found, events in batch])
    return path


def test_clusters_join_mentions_within_a_day_across_articles(db):
    with Store(db, read_only=True) as store:
        found = [c for c in clusters(store) if c["cameo"] == "046"]
    assert [(c["date"], c["date_end"], c["num_mentions"], c["num_articles"], c["num_sources"])
            for c in found] == [
        ("2019-03", "2019-03", 1, 1, 1),
        ("2019-03-01", "2019-03-03", 4, 3, 2),
        ("2019-03-06", "2019-03-06", 1, 1, 1),
    ]  # fmt: skip
    assert (found[1]["first_seen"], found[1]["last_seen"]) == ("2019-03-01", "2019-03-03")
    assert found[1]["doc_ids"] == "a b c"


def test_clusters_keep_codes_apart_and_follow_filters(db):
    with Store(db, read_only=True) as store:
        meetings = list(clusters(store, code="036"))
        assert [(c["date"], c["num_articles"]) for c in meetings] == [
            ("2019-03", 1), ("2019-03-01", 3),
        ]  # fmt: skip
        assert not list(clusters(store, actor="RUS"))


def test_events_clusters_command(db):
    def run(*args):
        return CliRunner().invoke(main, ["events", "--db", str(db), "--clusters", *args])

    lines = run("--format", "jsonl", "--code", "046", "--since", "2019-03-02")
    assert lines.exit_code == 0, lines.output
    found = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [c["num_mentions"] for c in found] == [2, 1]  # filters apply before clustering
    table = run()
    assert table.stdout.split()[:3] == ["source", "target", "cameo"]
    assert run("--format", "csv").stdout.startswith("source,target,cameo,date,")
    plover = run("--format", "plover")
    assert plover.exit_code == 2 and "not plover" in plover.output
