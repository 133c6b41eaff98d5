"""The chronik command, run in-process on the real pipeline."""

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from chronik.cli import main

from .conftest import ROOT, SEED


@pytest.fixture
def run(pipeline):  # the session's pipeline is loaded once and reused by the CLI
    def invoke(*args, stdin=None):
        return CliRunner().invoke(main, [str(a) for a in args], input=stdin)

    return invoke


def test_code_prints_the_seed_events_as_jsonl(run):
    result = run("code", SEED, "--date", "2019-02-06", "--lang", "de", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(e["source"]["code"], (e["target"] or {}).get("code"), e["cameo"]) for e in events} >= {
        ("USAGOV", "PRKGOV", "036"), ("PRKGOV", "USAGOV", "036"),
    }  # fmt: skip
    assert all(e["doc_id"] == SEED.stem for e in events)


def test_code_table_and_csv(run):
    table = run("code", SEED, "--date", "2019-02-06")
    assert table.exit_code == 0 and table.output.split()[:3] == ["doc_id", "sentence", "source"]
    csv = run("code", SEED, "--date", "2019-02-06", "--format", "csv")
    assert csv.output.startswith("doc_id,sentence,source,target,cameo")


def test_code_reads_stdin(run):
    result = run("code", "-", "--lang", "de", "--format", "jsonl",
                 stdin="Die USA und Nordkorea verhandeln derzeit über Abrüstung.")  # fmt: skip
    assert result.exit_code == 0
    assert {json.loads(line)["cameo"] for line in result.stdout.splitlines()} == {"046"}


def test_code_shows_one_sided_events_only_with_statements(run):
    # an attack whose target chronik did not code is no dyadic event, as a statement to no
    # one is not: left out unless --statements
    text = "Syrian forces attacked on Monday."
    args = ("code", "-", "--lang", "en", "--date", "2019-03-05", "--format", "jsonl")
    plain = run(*args, stdin=text)
    assert plain.exit_code == 0 and plain.stdout == ""
    shown = run(*args, "--statements", stdin=text)
    events = [json.loads(line) for line in shown.stdout.splitlines()]
    assert [(e["source"]["code"], e["target"], e["cameo"]) for e in events] == [
        ("SYRMIL", None, "190")
    ]


def test_ingest_stores_once_and_events_filters(run, tmp_path):
    db = tmp_path / "c.duckdb"
    first = run("ingest", SEED, "--date", "2019-02-06", "--db", db)
    assert first.exit_code == 0, first.output
    assert "stored 1 article(s)" in first.output
    again = run("ingest", SEED, "--date", "2019-02-06", "--db", db)
    assert "stored 0 article(s) with 0 event(s); 1 already stored" in again.output
    found = run("events", "--db", db, "--actor", "PRK", "--code", "036", "--format", "jsonl")
    cameos = {json.loads(line)["cameo"] for line in found.output.splitlines()}
    assert cameos == {"036"}
    after = run("events", "--db", db, "--since", "2019-03-01", "--format", "jsonl")
    assert all(json.loads(line)["date"]["value"] >= "2019-03" for line in after.output.splitlines())


def test_code_and_events_print_plover_records(run, tmp_path):
    coded = run("code", SEED, "--date", "2019-02-06", "--format", "plover")
    assert coded.exit_code == 0, coded.output
    records = [json.loads(line) for line in coded.stdout.splitlines()]
    assert records and all(r["coder"] == "chronik" for r in records)
    meeting = next(r for r in records if r["cameo"] == "036")
    assert meeting["actor"][0]["code"] in {"USA", "PRK"} and "future" in meeting["context"]
    db = tmp_path / "c.duckdb"
    assert run("ingest", SEED, "--date", "2019-02-06", "--db", db).exit_code == 0
    stored = run("events", "--db", db, "--negated", "--format", "plover")
    assert stored.exit_code == 0, stored.output
    by_id = {r["id"]: r for r in records}
    assert [by_id[r["id"]] for r in map(json.loads, stored.stdout.splitlines())] == [
        json.loads(line) for line in stored.stdout.splitlines()
    ]


def test_code_and_events_leave_out_negated_events_unless_asked(run, tmp_path):
    text = "Iran did not meet the EU."  # "refused to meet" is a rejection (125), no denial
    plain = run("code", "-", "--lang", "en", "--format", "jsonl", stdin=text)
    every = run("code", "-", "--lang", "en", "--format", "jsonl", "--negated", stdin=text)
    assert plain.exit_code == 0 and every.exit_code == 0
    assert not any(json.loads(line)["negated"] for line in plain.stdout.splitlines())
    assert any(json.loads(line)["negated"] for line in every.stdout.splitlines())
    article = tmp_path / "refused.txt"
    article.write_text(text)
    db = tmp_path / "c.duckdb"
    assert run("ingest", article, "--lang", "en", "--db", db).exit_code == 0

    def lines(result):  # the store orders by code, the coder by position
        return sorted(result.stdout.replace('"stdin"', '"refused"').splitlines())

    assert lines(run("events", "--db", db, "--format", "jsonl")) == lines(plain)
    assert lines(run("events", "--db", db, "--format", "jsonl", "--negated")) == lines(every)


def _commands(group: click.Group, path: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))
        else:
            yield " ".join((*path, name)), command


@pytest.mark.parametrize(("name", "command"), list(_commands(main)), ids=lambda v: str(v))
def test_every_command_and_option_is_in_the_readme(name, command):
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    usage = [line for line in readme.splitlines() if line.startswith(f"chronik {name} ")]
    assert usage, f"README.md has no usage line for 'chronik {name}'"
    options = [
        opt
        for param in command.params
        if isinstance(param, click.Option)
        for opt in (*param.opts, *param.secondary_opts)
        if opt.startswith("--")
    ]
    missing = [opt for opt in options if not any(opt in line for line in usage)]
    assert not missing, f"README.md's usage of 'chronik {name}' lacks {missing}"


def test_ingest_skips_bad_records_and_stores_the_rest(run, tmp_path):
    batch = tmp_path / "batch.jsonl"
    good = {"id": "ok", "lang": "de", "date": "2019-02-06",
            "text": "Die USA und Nordkorea verhandeln derzeit."}  # fmt: skip
    french = {"id": "fr", "text": "Les États-Unis et la Corée du Nord négocient actuellement."}
    batch.write_text(f"{json.dumps(good)}\n{{broken\n{json.dumps(french)}\n")
    result = run("ingest", batch, "--db", tmp_path / "c.duckdb")
    assert result.exit_code == 1
    assert f"{batch}:2: not valid JSON" in result.output
    assert "in language 'fr'" in result.output
    assert "stored 1 article(s)" in result.output
    assert "Traceback" not in result.output


def test_bad_date_and_missing_database_are_one_line_errors(run, tmp_path):
    bad_date = run("code", SEED, "--date", "6.2.2019")
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    missing = run("events", "--db", tmp_path / "none.duckdb")
    assert missing.exit_code == 1
    assert missing.output.strip().count("\n") == 0 and "no such database" in missing.output


def test_eval_scores_a_gold_file_with_a_no_event_record(run, tmp_path):
    gold = tmp_path / "gold.jsonl"
    records = [
        {"id": "1", "lang": "de", "date": "2019-02-06", "text": "Die USA und Nordkorea verhandeln.",
         "events": [{"source": "USA", "target": "PRK", "cameo": "046"},
                    {"source": "PRK", "target": "USA", "cameo": "046"}]},
        {"id": "2", "lang": "de", "date": "2019-02-06", "text": "Das Wetter war schön.",
         "events": []},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = run("eval", gold, "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["de"]["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    table = run("eval", gold)
    assert table.output.splitlines()[0].split() == ["lang", "level", "precision", "recall", "f1"]


def test_eval_reads_stand_off_gold_and_lists_errors(run, tmp_path, news_corpus):
    corpus, record = news_corpus
    # a wrong gold event, so that the report must list a miss and the coder's meeting
    meet = [{"source": "USAGOV", "target": "PRKGOV", "cameo": "190"}]
    gold = tmp_path / "news.de.dev.jsonl"
    gold.write_text(json.dumps(record("Trump und Kim treffen sich in Hanoi.", meet)) + "\n"
                    + json.dumps(record("Das Wetter ist gut.", [])) + "\n")  # fmt: skip
    result = run("eval", gold, "--corpus", corpus, "--json", "--errors")
    assert result.exit_code == 0, result.output
    report, scores = result.stdout.rsplit("\n", 2)[0], json.loads(result.stdout.splitlines()[-1])
    assert scores["de"]["sentences"] == 2 and scores["de"]["no_event_sentences"] == 1
    assert scores["de"]["dyad_root"]["f1"] == 0.0
    assert "== a1#1 (de, random)" in report and "Trump und Kim treffen sich in Hanoi." in report
    assert "missed:      USAGOV -> PRKGOV 190" in report
    assert "frame 'treffen'" in report and "verbs/de.v1.tsv:" in report  # explain's account
    missing = run("eval", gold, "--corpus", tmp_path / "nowhere")
    assert missing.exit_code == 1
    assert (
        missing.output.count("\n") == 1 and "news.de.dev.jsonl:1: the gold text" in missing.output
    )


def test_explain_shows_frame_actors_and_rule(run):
    result = run("explain", "Die USA und Nordkorea verhandeln derzeit.", "--lang", "de")
    assert result.exit_code == 0, result.output
    assert "verhandeln" in result.output and "verbs/de.v1.tsv:" in result.output
    assert "046" in result.output


def test_explain_shows_the_gazetteer_row_of_each_place_and_the_modality_rule(run):
    text = "Die USA und Nordkorea werden nächste Woche in Hanoi verhandeln."
    result = run("explain", text, "--lang", "de", "--date", "2019-02-06")
    assert result.exit_code == 0, result.output
    (row,) = re.findall(r"'Hanoi'=VNM \((places/[\w.]+\.tsv):(\d+)\)", result.output)
    line = (ROOT / "src" / "chronik" / "data" / row[0]).read_text(encoding="utf-8").splitlines()
    assert "Hanoi" in line[int(row[1]) - 1].split("\t")
    assert "event USA -> PRK 036 AGREE intended (future tense)" in result.output


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [("Kim Jong-un", "2019-02-06", "PRKGOV"), ("Donald Trump", "2022-06-01", "USAELI"),
     ("Frau Holle", "2019-02-06", None)],
)  # fmt: skip
def test_actors_lookup_json(run, name, on, code):
    result = run("actors", "lookup", name, "--date", on, "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["code"] == code
    assert (found["entry"] or "actors/").startswith("actors/")


def test_own_actor_dictionary_codes_a_new_name(run, tmp_path):
    entities = tmp_path / "mine.entities.tsv"
    entities.write_text(
        "id\tkind\tcode\tstart\tend\tsource\nholle\tperson\tDEUGOV\t2019-01-01\t\tfairy tale\n"
    )
    names = tmp_path / "mine.names.tsv"
    names.write_text("name\tlang\tid\tform\tsource\nFrau Holle\t*\tholle\tname\tfairy tale\n")
    found = run("actors", "lookup", "Frau Holle", "--date", "2019-02-06", "--json",
                "--actors", entities, "--actors", names)  # fmt: skip
    assert json.loads(found.stdout)["code"] == "DEUGOV"
    coded = run("code", "-", "--lang", "de", "--date", "2019-02-06", "--format", "jsonl",
                "--actors", entities, "--actors", names,
                stdin="Frau Holle kritisierte Nordkorea scharf.")  # fmt: skip
    assert coded.exit_code == 0, coded.output
    events = [json.loads(line) for line in coded.stdout.splitlines()]
    assert [(e["source"]["code"], e["target"]["code"], e["cameo"][:2]) for e in events] == [
        ("DEUGOV", "PRK", "11")
    ]


def test_bad_own_dictionary_is_one_line_naming_file_and_line(run, tmp_path):
    entities = tmp_path / "bad.entities.tsv"
    entities.write_text("id\tkind\tcode\tstart\tend\tsource\nholle\tfairy\tXX\t\t\t\n")
    result = run("actors", "lookup", "Frau Holle", "--actors", entities)
    assert result.exit_code == 1
    assert f"{entities}:2:" in result.output and "Traceback" not in result.output


def test_actors_convert_reads_petrarch_format(run, tmp_path):
    petrarch = tmp_path / "mine.actors.txt"
    petrarch.write_text(
        "FRAU_HOLLE_ [DEUGOV >190101]  # a fairy tale minister\n"
        "+HOLLE_\n"
    )  # fmt: skip
    result = run("actors", "convert", petrarch, tmp_path / "out")
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["mine.actors.entities.tsv", "mine.actors.names.tsv"]
    own = [arg for path in sorted((tmp_path / "out").iterdir()) for arg in ("--actors", path)]
    found = run("actors", "lookup", "Frau Holle", "--date", "2019-02-06", "--json", *own)
    assert json.loads(found.stdout)["code"] == "DEUGOV"


def test_ingest_records_a_run_and_mentions_and_recode_restores_coding(run, tmp_path):
    from chronik.store import Store

    db = tmp_path / "c.duckdb"
    assert run("ingest", SEED, "--date", "2019-02-06", "--db", db).exit_code == 0
    before = run("events", "--db", db, "--format", "jsonl").stdout
    with Store(db) as store:
        (ingested,) = store.runs()
        assert ingested["command"] == "ingest" and ingested["articles"] == 1
        assert ingested["events"] == store.counts()[1] > 0
        assert "verbs/de.v1.tsv" in ingested["dictionaries"]
        mentions = store.connection.execute("SELECT count(*) FROM mentions").fetchone()
        assert mentions and mentions[0] > 0
        store.connection.execute("DELETE FROM events WHERE cameo = '036'")  # an old coding
    recoded = run("recode", "--db", db)
    assert recoded.exit_code == 0, recoded.output
    assert "recoded 1 article(s); 0 skipped" in recoded.output
    assert run("events", "--db", db, "--format", "jsonl").stdout == before
    with Store(db, read_only=True) as store:
        assert [r["command"] for r in store.runs()] == ["ingest", "recode"]


GOOD = {"id": "ok", "lang": "de", "date": "2019-02-06",
        "text": "Die USA und Nordkorea verhandeln derzeit."}  # fmt: skip


def test_ingest_poison_records_are_one_line_each_and_the_batch_goes_on(run, tmp_path):
    batch = tmp_path / "batch.jsonl"
    later = {**GOOD, "id": "later", "text": "Russland kritisierte die Ukraine scharf."}
    batch.write_bytes(
        json.dumps(GOOD).encode() + b"\n"
        + b'{"id": "s", "text": "Die USA \\ud800 verhandeln."}\n'
        + b'{"id": "u", "text": "Die USA \xff verhandeln."}\n'
        + json.dumps({**GOOD, "id": "d", "text": "Die USA loben Nordkorea.",
                      "date": "2019-02-30"}).encode()
        + b"\n" + json.dumps(later).encode() + b"\n"
    )  # fmt: skip
    db = tmp_path / "c.duckdb"
    result = run("ingest", batch, "--db", db)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"chronik: error: {batch}:2: field 'text' holds a lone surrogate" in result.stderr
    assert f"chronik: error: {batch}:3: not UTF-8" in result.stderr
    assert (
        f"chronik: warning: {batch}:4: field 'date': '2019-02-30' names no real day"
        in result.stderr
    )
    assert "stored 3 article(s)" in result.stdout
    assert result.stderr.strip().splitlines()[-1] == (
        "chronik: coded 3 article(s) with " + result.stdout.split(" with ")[1].split(" ")[0]
        + " event(s); skipped 2: 2 unreadable record(s)"
    )  # fmt: skip
    again = run("ingest", batch, "--db", db)
    assert "3 already stored" in again.stdout and again.exit_code == 1
    assert f"{batch}:1: article 'ok' has the same text as stored article 'ok'" in again.stderr


def test_same_text_under_another_id_names_the_stored_id(run, tmp_path):
    db, first, second = tmp_path / "c.duckdb", tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps(GOOD) + "\n")
    second.write_text(json.dumps({**GOOD, "id": "copy", "date": "2020-01-01"}) + "\n")
    assert run("ingest", first, "--db", db).exit_code == 0
    result = run("ingest", second, "--db", db)
    assert result.exit_code == 0
    assert f"{second}:1: article 'copy' has the same text as stored article 'ok'" in result.stderr


def test_exit_codes_and_missing_paths_create_no_database(run, tmp_path):
    db = tmp_path / "c.duckdb"
    missing = run("ingest", tmp_path / "nope.jsonl", "--db", db)
    assert missing.exit_code == 2 and "nope.jsonl: no such file or directory" in missing.output
    assert not db.exists()
    assert run("code", "--format", "jsonl").exit_code == 2  # no PATHS
    assert run("code", SEED, "--max-chars", "10").exit_code == 2


def test_text_given_as_a_path_is_a_one_line_usage_error(run, tmp_path):
    db = tmp_path / "c.duckdb"
    text = "Russia attacked Ukraine on Monday. " * 20  # longer than a file name may be
    result = run("ingest", text, "--db", db)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "Russia attacked Ukraine on Monday. Russia attacked Ukrain...: not a file name" in (
        result.output
    )
    assert "standard input as the path -" in result.output
    assert not db.exists()


def test_code_streams_csv_with_one_header_and_summarises(run, tmp_path):
    batch = tmp_path / "batch.jsonl"
    other = {**GOOD, "id": "two", "text": "Russland kritisierte die Ukraine scharf."}
    batch.write_text(f"{json.dumps(GOOD)}\n{json.dumps(other)}\n")
    result = run("code", batch, "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("doc_id,") and sum(line.startswith("doc_id,") for line in lines) == 1
    assert {line.split(",")[0] for line in lines[1:]} == {"ok", "two"}
    assert result.stderr.startswith("chronik: coded 2 article(s) with")
    assert result.stderr.strip().endswith("skipped 0")


@pytest.mark.parametrize("damage", ["blocks", "truncated"])
def test_damaged_database_is_a_one_line_error(run, tmp_path, damage):
    db = tmp_path / "c.duckdb"
    batch = tmp_path / "a.jsonl"
    batch.write_text(json.dumps(GOOD) + "\n")
    assert run("ingest", batch, "--db", db).exit_code == 0
    data = bytearray(db.read_bytes())
    if damage == "blocks":
        data[len(data) // 3 :] = b"\xa5" * (len(data) - len(data) // 3)
    db.write_bytes(bytes(data if damage == "blocks" else data[: len(data) // 2]))
    for args in (("events", "--db", db), ("ingest", batch, "--db", db)):
        result = run(*args)
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        errors = [line for line in result.stderr.splitlines() if "error:" in line]
        assert errors and all(str(db) in line for line in errors), result.stderr


def test_code_directory_skips_outside_links_unless_asked(run, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "secret.txt").write_text("Die USA und Nordkorea verhandeln derzeit.")
    (tmp_path / "in" / "a.txt").write_text("Die USA und Nordkorea verhandeln derzeit.")
    (tmp_path / "in" / "b.txt").symlink_to(tmp_path / "secret.txt")
    skipped = run("code", tmp_path / "in", "--lang", "de", "--format", "jsonl")
    assert skipped.exit_code == 1
    assert f"{tmp_path / 'in' / 'b.txt'}: skipped: a link to" in skipped.stderr
    followed = run("code", tmp_path / "in", "--lang", "de", "--format", "jsonl", "--follow-links")
    assert followed.exit_code == 0, followed.output
    assert {json.loads(line)["doc_id"] for line in followed.stdout.splitlines()} == {"a", "b"}
