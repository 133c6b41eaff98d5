"""chronik on Spark (local[2]) gives the events chronik code gives; import loads them.

The Spark test runs ``chronik spark`` on JSONL and on Parquet in a subprocess (a JVM and its
Python workers) and is skipped, saying why, where Java or pyspark is missing.
"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner

from chronik.cli import main
from chronik.export import EXPORT_TYPES, export_row
from chronik.records import Article
from chronik.store import Store, content_hash

from .conftest import ROOT

# the two shortest sample articles, one per language: the test stays fast
SAMPLES = ("ntrex-reuters.218933-en", "ntrex-reuters.218933-de")


def test_export_row_is_the_stores_export_schema(tmp_path, make_event):
    article = Article(id="doc", text="Die USA und Nordkorea verhandeln derzeit.", lang="de",
                      date=date(2019, 2, 6), source="dpa", url="https://example.org")  # fmt: skip
    events = [make_event(goldstein=7.0, quad_class=1), make_event(cameo="057")]
    with Store(tmp_path / "c.duckdb") as store:
        store.add_many([(article, events, [])])
        relation = store.select()
        assert relation.columns == [name for name, _ in EXPORT_TYPES]
        stored = relation.fetchall()
    assert stored == [export_row(content_hash(article), article, event) for event in events]


def test_import_loads_exported_parquet_once(tmp_path, make_event):
    article = Article(id="doc", text="Die USA und Nordkorea verhandeln derzeit.", lang="de",
                      date=date(2019, 2, 6), source="dpa")  # fmt: skip
    with Store(tmp_path / "a.duckdb") as store:
        store.add_many([(article, [make_event(), make_event(cameo="057", negated=True)], [])])
        expected = store.events(include_negated=True)
    out = tmp_path / "events.parquet"
    runner = CliRunner()
    exported = ["export", "--db", str(tmp_path / "a.duckdb"), "--negated", "--format", "parquet"]
    assert runner.invoke(main, [*exported, "--output", str(out)]).exit_code == 0
    target = str(tmp_path / "b.duckdb")
    first = runner.invoke(main, ["import", str(out), "--db", target])
    assert first.exit_code == 0, first.output
    assert "imported 1 article(s) with 2 event(s)" in first.output
    again = runner.invoke(main, ["import", str(out), "--db", target])
    assert "imported 0 article(s) with 0 event(s)" in again.output
    with Store(target, read_only=True) as store:
        assert store.events(include_negated=True) == expected
        assert [r["command"] for r in store.runs()] == ["import", "import"]
        assert store.connection.execute("SELECT source, text FROM articles").fetchall() == [
            ("dpa", "")
        ]
    missing = runner.invoke(main, ["import", str(tmp_path / "none"), "--db", target])
    assert missing.exit_code == 1 and "no such file" in missing.output


def test_spark_without_pyspark_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    result = CliRunner().invoke(main, ["spark", "--input", "x", "--output", str(tmp_path)])
    assert result.exit_code == 1 and "pip install 'chronik[spark]'" in result.output


def _spark_missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'chronik[spark]')"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "Java is not installed (Spark needs Java 17)"
    return None


# Both input kinds in one driver process: the second run reuses the JVM.
DRIVER = """
import sys
from chronik.cli import main
for source, target in zip(sys.argv[1::2], sys.argv[2::2]):
    main(["spark", "--input", source, "--output", target, "--master", "local[2]",
          "--partitions", "2"], standalone_mode=False)
"""


@pytest.mark.skipif(_spark_missing() is not None, reason=str(_spark_missing()))
def test_spark_local_2_codes_what_chronik_code_codes(tmp_path, pipeline):
    lines = (ROOT / "examples" / "samples.jsonl").read_text(encoding="utf-8").splitlines()
    english, german = (next(line for line in lines if json.loads(line)["id"] == s) for s in SAMPLES)
    jsonl, as_json = tmp_path / "en.jsonl", tmp_path / "de.jsonl"
    jsonl.write_text(english + "\n")
    as_json.write_text(german + "\n")
    parquet = tmp_path / "de.parquet"
    duckdb.execute(f"COPY (SELECT * FROM read_json('{as_json}')) TO '{parquet}' (FORMAT parquet)")
    outs = [tmp_path / "from_jsonl", tmp_path / "from_parquet"]
    command = [sys.executable, "-c", DRIVER, jsonl, outs[0], parquet, outs[1]]
    environment = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, env=environment)
    assert done.returncode == 0, done.stderr[-2000:]
    for out in outs:
        assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["article_date=2018-09-30"]
    runner, db = CliRunner(), tmp_path / "c.duckdb"
    for out in outs:
        assert runner.invoke(main, ["import", str(out), "--db", str(db)]).exit_code == 0
    found = runner.invoke(main, ["events", "--db", str(db), "--negated", "--format", "jsonl"])
    coded = runner.invoke(
        main, ["code", str(jsonl), str(as_json), "--negated", "--format", "jsonl"]
    )
    assert coded.exit_code == 0 and coded.stdout.strip()
    assert sorted(found.stdout.splitlines()) == sorted(coded.stdout.splitlines())


def test_code_partition_gives_export_rows_and_skips_bad_records(pipeline, capsys):
    from chronik.spark import code_partition

    good = {"id": "ok", "lang": "de", "date": "2019-02-06", "source": "dpa",
            "text": "Die USA und Nordkorea verhandeln derzeit."}  # fmt: skip
    lines = [json.dumps(good), "{broken", json.dumps({"id": "fr", "text": "Bonjour à tous."})]
    rows = list(code_partition(lines))
    article = Article(id="ok", text=good["text"], lang="de", date=date(2019, 2, 6), source="dpa",
                      origin="spark")  # fmt: skip
    key = content_hash(article)
    assert rows == [export_row(key, article, event) for event in pipeline(article).events]
    assert {row[5] for row in rows} == {"046"} and all(len(r) == len(EXPORT_TYPES) for r in rows)
    skipped = capsys.readouterr().err
    assert "chronik: skipped: spark: not valid JSON" in skipped and "'fr'" in skipped
