"""The corpus commands: ``recode``, ``export``, ``stats``, ``import`` and ``spark``
(issue 15). They register on :data:`chronik.cli.main`; errors become one line there."""

from __future__ import annotations

from pathlib import Path

import click

from .cli import ACTORS_OPTION, DB_OPTION, _coded, _load_pipeline, main, one_line_errors
from .errors import StoreError
from .provenance import provenance


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
    skipped: list[str] = []
    with Store(_existing(db)) as store:
        run = store.start_run("recode", **provenance())
        coded = _coded(store.articles(), pipeline, skipped=skipped)
        count = store.recode((article, doc.events, doc.actors) for article, doc in coded)
        events = store.counts()[1]
        store.finish_run(run, articles=count, repeated=0, skipped=len(skipped), events=events)
    click.echo(f"recoded {count} article(s); {len(skipped)} skipped. {db}: {events} events")
    if skipped:
        raise SystemExit(1)
