"""The corpus commands: ``recode``, ``export``, ``stats``, ``import`` and ``spark``
(issue 15). They register on :data:`chronik.cli.main`; errors become one line there."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from .batch import Tally, code_batch
from .cli import (
    ACTORS_OPTION,
    DB_OPTION,
    NEGATED_OPTION,
    F,
    _load_pipeline,
    date_option,
    fail,
    main,
    one_line_errors,
    warn,
)
from .errors import ChronikError, StoreError
from .export import FORMATS, write_parquet, write_text
from .provenance import provenance
from .stats import GROUPS, render_rows, stats


def _existing(db: str) -> str:
    if not Path(db).exists():
        raise StoreError(f"{db}: no such database; run 'chronik ingest' first")
    return db


@main.command()
@DB_OPTION
@ACTORS_OPTION
@one_line_errors
def recode(db: str, actor_files: tuple[Path, ...]) -> None:
    """Re-code every stored article after a dictionary or model change, in place and in one
    transaction; an article that fails keeps its old events."""
    from .store import Store

    pipeline = _load_pipeline(actor_files)
    tally = Tally()
    with Store(_existing(db)) as store:
        run = store.start_run("recode", **provenance())
        coded = code_batch(store.articles(), pipeline, tally, report=fail, warn=warn)
        count = store.recode((article, doc.events, doc.actors) for article, doc in coded)
        events = store.counts()[1]
        skipped = sum(tally.skipped.values())
        store.finish_run(run, articles=count, repeated=0, skipped=skipped, events=events)
    click.echo(f"recoded {count} article(s); {skipped} skipped. {db}: {events} events")
    if skipped:
        raise SystemExit(1)


def _filter_options(command: F) -> F:
    """The filters of ``chronik events``, for the commands that share them."""
    options: list[Callable[[Any], Any]] = [
        click.option("--actor", help="Source or target code prefix, e.g. USA or PRKGOV."),
        click.option("--code", "cameo", help="CAMEO code prefix, e.g. 04 or 036."),
        date_option("--since", "since", "Events on or after this date."),
        date_option("--until", "until", "Events on or before this date."),
        NEGATED_OPTION,
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@DB_OPTION
@_filter_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--output", help="Output file; stdout when left out (not for parquet).")
@one_line_errors
def export(
    db: str,
    actor: str | None,
    cameo: str | None,
    since: date | None,
    until: date | None,
    negated: bool,
    fmt: str,
    output: str | None,
) -> None:
    """Export stored events, streaming: parquet, jsonl, csv, plover or gdelt (docs/export.md)."""
    from .store import Store

    found: dict[str, Any] = {"actor": actor, "code": cameo, "since": since, "until": until,
             "include_negated": negated}  # fmt: skip
    with Store(db, read_only=True) as store:
        if fmt == "parquet":
            if not output:
                raise click.UsageError("--format parquet needs --output PATH")
            write_parquet(store, output, **found)
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as out:
                write_text(store, out, fmt, **found)
        else:
            write_text(store, sys.stdout, fmt, **found)


@main.command(name="stats")
@DB_OPTION
@click.option("--by", type=click.Choice(list(GROUPS)), default="dyad", show_default=True)
@click.option(
    "--actor", "actors", multiple=True, help="Actor code prefix; repeat for events among several."
)
@click.option("--code", "cameo", help="CAMEO code prefix, e.g. 04 or 036.")
@date_option("--since", "since", "Events on or after this date.")
@date_option("--until", "until", "Events on or before this date.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@one_line_errors
def stats_command(
    db: str,
    by: str,
    actors: tuple[str, ...],
    cameo: str | None,
    since: date | None,
    until: date | None,
    fmt: str,
) -> None:
    """Event counts, Goldstein mean and quad-class shares per dyad, code, root, quad or month."""
    from .store import Store

    with Store(db, read_only=True) as store:
        found = stats(store, by, actors=actors, code=cameo, since=since, until=until)
    click.echo(render_rows(found, fmt), nl=False)


def print_clusters(db: str, fmt: str, **filter_args: Any) -> None:
    """``chronik events --clusters``: clusters as a table, CSV or JSON lines."""
    from .clusters import clusters
    from .store import Store

    if fmt == "plover":
        raise click.UsageError("--clusters prints table, jsonl or csv, not plover records")
    with Store(db, read_only=True) as store:
        found = list(clusters(store, **filter_args))
    if fmt == "jsonl":
        click.echo("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in found), nl=False)
    else:
        click.echo(render_rows(found, fmt), nl=False)


@main.command(name="import")
@click.argument("path")
@DB_OPTION
@one_line_errors
def import_command(path: str, db: str) -> None:
    """Load Parquet in the export schema (chronik spark's output folder) into the database."""
    from .store import Store

    if not Path(path).exists():
        raise StoreError(f"{path}: no such file or folder")
    with Store(db) as store:
        run = store.start_run("import", **provenance())
        articles, events = store.import_parquet(path)
        store.finish_run(run, articles=articles, repeated=0, skipped=0, events=events)
        total_articles, total_events = store.counts()
    click.echo(f"imported {articles} article(s) with {events} event(s). "
               f"{db}: {total_articles} articles, {total_events} events")  # fmt: skip


@main.command()
@click.option(
    "--input", "source", required=True, help="JSONL or .parquet articles, any Hadoop path."
)
@click.option("--output", "target", required=True, help="Folder for the Parquet events.")
@click.option("--master", help="Spark master, e.g. local[2]; default: spark-submit's.")
@click.option("--partitions", type=int, help="Repartition the articles into N partitions.")
@one_line_errors
def spark(source: str, target: str, master: str | None, partitions: int | None) -> None:
    """Code articles on Apache Spark into Parquet partitioned by article date (docs/spark.md)."""
    from . import spark as on_spark

    try:
        import pyspark  # noqa: F401
    except ImportError as error:
        raise ChronikError(
            "chronik spark needs pyspark: pip install 'chronik[spark]' (and Java 17)"
        ) from error
    spark_session = on_spark.session(master)
    try:
        events = on_spark.run(spark_session, source, target, partitions=partitions)
    finally:
        spark_session.stop()
    click.echo(f"wrote {events} event(s) to {target}")
