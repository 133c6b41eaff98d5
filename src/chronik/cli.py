"""The ``chronik`` command. One function per command; errors become one line here only."""

from __future__ import annotations

import atexit
import gc
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import wraps
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from tqdm import tqdm

from .batch import Tally, code_batch
from .cache import collector_paused
from .errors import ChronikError, InputError
from .evaluate import Scored, describe, evaluate, format_scores
from .gold import read_gold
from .ingest import Limits, parse_date, read_articles
from .output import event_to_dict, render
from .provenance import provenance
from .records import Article
from .workers import all_cores

if TYPE_CHECKING:
    from .document import Document
    from .pipeline import Pipeline
    from .store import Store

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
FORMATS = click.Choice(["table", "jsonl", "csv", "plover"])
LANGS = click.Choice(["de", "en", "auto"])
BATCH = 200  # articles written per transaction


def fail(message: str) -> None:
    click.echo(f"chronik: error: {message}", err=True)


def one_line_errors(command: F) -> F:
    """Turn a ChronikError into one line on stderr and exit status 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ChronikError as error:
            fail(str(error))
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _to_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """The one date callback: YYYY-MM-DD (or YYYYMMDD) to a date, else a usage error."""
    try:
        return parse_date(value) if value else None
    except ValueError as error:
        raise click.BadParameter(str(error)) from error


# Options several commands share, declared once.
def date_option(name: str, dest: str, help: str) -> Callable[[F], F]:
    return click.option(name, dest, callback=_to_date, metavar="YYYY-MM-DD", help=help)


def lang_option(help: str = "Language of records that name none.") -> Callable[[F], F]:
    return click.option("--lang", type=LANGS, default="auto", help=help)


DB_OPTION = click.option("--db", default="chronik.duckdb", show_default=True, help="Database file.")
NEGATED_OPTION = click.option(
    "--negated/--no-negated", default=False, help="Include negated events (default: no)."
)
ACTORS_OPTION = click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your own actor dictionary (TSV, see docs/actors.md); repeatable.",
)


WORKERS_OPTION = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=all_cores,
    show_default="all cores",
    help="Processes that code articles; output keeps the input order.",
)
STATEMENTS_OPTION = click.option(
    "--statements",
    is_flag=True,
    help=(
        "Also emit statements without a target and acts whose target was not coded"
        " (no dyadic events; default: no)."
    ),
)


LEARNED_OPTION = click.option(
    "--learned",
    is_flag=True,
    help="Also the trained model's events where no rule fires: more events found, fewer "
    "of them right (docs/quality.md).",
)


def _load_pipeline(actor_files: tuple[Path, ...] = (), learned: bool = False) -> Pipeline:
    # heavy: models and dictionaries load here, once per process for chronik's own
    from .pipeline import Pipeline, default_pipeline

    # what loads here lives as long as the process (a cold start's collections walked it)
    with collector_paused(freeze=True):
        if actor_files:
            return Pipeline.load(actor_files=actor_files, learned=learned)
        return default_pipeline(learned)


def warn(message: str) -> None:
    click.echo(f"chronik: warning: {message}", err=True)


LIMIT_OPTIONS = (
    click.option("--max-bytes", type=click.IntRange(min=1), default=Limits.max_bytes,
                 show_default=True, help="Most bytes one input file may hold once decompressed."),
    click.option("--max-record", type=click.IntRange(min=1), default=Limits.max_record,
                 show_default=True, help="Most bytes one record (line or file) may hold."),
    click.option("--max-chars", type=click.IntRange(min=1000), default=Limits.max_chars,
                 show_default=True, help="Longest article coded as one; longer ones in parts."),
    click.option("--follow-links", is_flag=True,
                 help="Read links in directories that lead outside them (default: skip)."),
)  # fmt: skip


def limit_options(command: F) -> F:
    for option in reversed(LIMIT_OPTIONS):
        command = option(command)
    return command


def _articles(
    paths: tuple[str, ...], lang: str, on: date | None, **limits: Any
) -> Iterator[Article | InputError]:
    """The records of ``paths``; a path that does not exist is a usage error (exit 2),
    found before anything is read or created."""
    for name in paths:
        if name != "-":
            _check_path(name)
    return read_articles(
        paths, lang=None if lang == "auto" else lang, on=on, limits=Limits(**limits)
    )


def _check_path(name: str) -> None:
    """A path that does not exist, or cannot be one (text typed where a file belongs), is a
    usage error naming it (such text shortened)."""
    try:
        exists = Path(name).exists()
    except (OSError, ValueError) as error:  # too long a name, a NUL byte
        shown = name if len(name) <= 60 else name[:57] + "..."
        reason = getattr(error, "strerror", None) or str(error)
        raise click.BadParameter(
            f"{shown}: not a file name ({reason}); "
            "to code text, give it on standard input as the path -",
            param_hint="PATHS",
        ) from None
    if not exists:
        raise click.BadParameter(f"{name}: no such file or directory", param_hint="PATHS")


def _progress(articles: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
    """A progress bar on stderr when it is a terminal."""
    yield from tqdm(articles, unit=" articles", disable=None, leave=False)


def _finish(tally: Tally) -> None:
    """Exit 0 when every record was coded (or stored already), 1 when some were skipped."""
    if tally.skipped:
        sys.exit(1)


@click.group()
@click.version_option(package_name="chronik")
def main() -> None:
    """chronik: political event data from German and English news.

    Exit status: 0 when every record was coded, 1 when some were skipped (each is
    reported on stderr) or the command failed, 2 on usage errors."""
    # What a run loads (dictionaries, models: millions of objects) lives until the process
    # ends; frozen, the collections at exit need not walk it (a third of a cold start's CPU)
    atexit.unregister(gc.freeze)  # once, however often the commands run in one process
    atexit.register(gc.freeze)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@lang_option()
@date_option("--date", "on", "Article date for records that give none.")
@click.option("--format", "fmt", type=FORMATS, default="table", help="Output format.")
@NEGATED_OPTION
@STATEMENTS_OPTION
@WORKERS_OPTION
@limit_options
@ACTORS_OPTION
@LEARNED_OPTION
@one_line_errors
def code(
    paths: tuple[str, ...],
    lang: str,
    on: date | None,
    fmt: str,
    negated: bool,
    statements: bool,
    workers: int,
    max_bytes: int,
    max_record: int,
    max_chars: int,
    follow_links: bool,
    actor_files: tuple[Path, ...],
    learned: bool,
) -> None:
    """Code articles (files, directories, '-') and print their events; stores nothing.
    jsonl, csv and plover print each article's events as soon as it is coded."""
    articles = _articles(paths, lang, on, max_bytes=max_bytes, max_record=max_record,
                         max_chars=max_chars, follow_links=follow_links)  # fmt: skip
    pipeline = _load_pipeline(actor_files, learned)
    tally = Tally()
    table: list[dict[str, Any]] = []  # a table needs every row for its column widths
    coded = code_batch(_progress(articles), pipeline, tally, report=fail, warn=warn,
                       statements=statements, workers=workers)  # fmt: skip
    for _, doc in coded:
        rows = [event_to_dict(e) for e in doc.events if negated or not e.negated]
        tally.coded, tally.events = tally.coded + 1, tally.events + len(rows)
        if fmt == "table":
            table += rows
        elif rows:
            click.echo(render(rows, fmt, header=tally.events == len(rows)), nl=False)
    if fmt == "table":
        click.echo(render(table, fmt), nl=False)
    elif fmt == "csv" and not tally.events:
        click.echo(render([], fmt), nl=False)
    click.echo(f"chronik: {tally.summary()}", err=True)
    _finish(tally)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@lang_option()
@date_option("--date", "on", "Article date for records that give none.")
@STATEMENTS_OPTION
@WORKERS_OPTION
@limit_options
@ACTORS_OPTION
@LEARNED_OPTION
@one_line_errors
def ingest(
    paths: tuple[str, ...],
    db: str,
    lang: str,
    on: date | None,
    statements: bool,
    workers: int,
    max_bytes: int,
    max_record: int,
    max_chars: int,
    follow_links: bool,
    actor_files: tuple[Path, ...],
    learned: bool,
) -> None:
    """Code articles and store them with their events; the same text is stored once."""
    from .store import Store

    articles = _articles(paths, lang, on, max_bytes=max_bytes, max_record=max_record,
                         max_chars=max_chars, follow_links=follow_links)  # fmt: skip
    pipeline = _load_pipeline(actor_files, learned)
    tally = Tally()
    with Store(db) as store:
        run = store.start_run("ingest", **provenance())
        coded = code_batch(_progress(articles), pipeline, tally, report=fail, warn=warn,
                           store=store, statements=statements, workers=workers)  # fmt: skip
        for batch in batches(coded):
            _store_batch(store, batch, tally)
            store.let_readers_in()
        total_articles, total_events = store.counts()
        store.finish_run(run, articles=tally.coded, repeated=tally.repeated,
                         skipped=sum(tally.skipped.values()), events=tally.events)  # fmt: skip
    click.echo(
        f"stored {tally.coded} article(s) with {tally.events} event(s); {tally.repeated} "
        f"already stored, {sum(tally.skipped.values())} skipped. {db}: {total_articles} "
        f"articles, {total_events} events"
    )
    click.echo(f"chronik: {tally.summary()}", err=True)
    _finish(tally)


def _store_batch(store: Store, batch: list[tuple[Article, Document]], tally: Tally) -> None:
    """Store a batch in one transaction; when the store refuses it, article by article, so
    that an article it refuses costs only that article."""
    try:
        tally.coded += store.add_many((a, doc.events, doc.actors) for a, doc in batch)
    except ChronikError as error:
        if len(batch) == 1:
            tally.skip("store error(s)", str(error), fail)
        else:
            for item in batch:
                _store_batch(store, [item], tally)
        return
    tally.events += sum(len(doc.events) for _, doc in batch)


def batches(items: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter); ``itertools.batched``
    is Python 3.12."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@main.command()
@DB_OPTION
@click.option("--actor", help="Source or target code prefix, e.g. USA or PRKGOV.")
@click.option("--code", "cameo", help="CAMEO code prefix, e.g. 04 or 036.")
@date_option("--since", "since", "Events on or after this date.")
@date_option("--until", "until", "Events on or before this date.")
@NEGATED_OPTION
@click.option("--format", "fmt", type=FORMATS, default="table", help="Output format.")
@click.option("--clusters", is_flag=True, help="Cross-article clusters instead of events.")
@one_line_errors
def events(
    db: str,
    actor: str | None,
    cameo: str | None,
    since: date | None,
    until: date | None,
    negated: bool,
    fmt: str,
    clusters: bool,
) -> None:
    """Query stored events, or with --clusters the cross-article event clusters."""
    from .store import Store

    if clusters:
        from .cli_corpus import print_clusters

        filtered = {"actor": actor, "code": cameo, "since": since, "until": until}
        return print_clusters(db, fmt, include_negated=negated, **filtered)
    with Store(db, read_only=True, wait=30.0) as store:  # an ingest lets readers in
        found = store.events(
            actor=actor,
            code=cameo,
            since=since,
            until=until,
            include_negated=negated,
        )
    click.echo(render(found, fmt), nl=False)


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 opens it to the network (no login).")  # fmt: skip
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@one_line_errors
def serve(db: str, host: str, port: int) -> None:
    """Web UI and HTTP API over the database (read-only): pages at /, JSON API at /docs."""
    import uvicorn

    from .web import create_app

    app = create_app(db)
    click.echo(f"chronik: serving {db} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.argument("text")
@lang_option("Language of the text.")
@date_option("--date", "on", "Article date for resolving dates and actors.")
@ACTORS_OPTION
@one_line_errors
def explain(text: str, lang: str, on: date | None, actor_files: tuple[Path, ...]) -> None:
    """Show how a text is coded: frames, actors, and the rule that fired or why none did."""
    pipeline = _load_pipeline(actor_files)
    article = Article(id="explain", text=text, lang=None if lang == "auto" else lang,
                      date=on, origin="<argument>")  # fmt: skip
    doc = pipeline(article)
    click.echo(pipeline.coder.explain(doc))
    if doc.events:
        click.echo("\n" + render([event_to_dict(e) for e in doc.events], "table"), nl=False)


@main.group()
def actors() -> None:
    """Inspect the actor dictionaries."""


@actors.command()
@click.argument("name")
@date_option("--date", "on", "Code valid on this date; default: newest.")
@click.option("--lang", type=click.Choice(["de", "en"]), help="Language of the name.")
@click.option("--json", "as_json", is_flag=True, help="Print the match as one JSON object.")
@ACTORS_OPTION
@one_line_errors
def lookup(
    name: str, on: date | None, lang: str | None, as_json: bool, actor_files: tuple[Path, ...]
) -> None:
    """The actor code a name gets on a date, and the dictionary entry that gives it."""
    from .actors import ActorDictionary
    from .output import lookup_json

    dictionary = ActorDictionary.load(actor_files)
    match = dictionary.lookup(name, on=on, lang=lang)
    found = lookup_json(match)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False))
    elif match is None:
        click.echo(f"no actor matches {name!r}")
    else:
        click.echo(f"{found['code']}\t{found['name']}\t{found['entry']}")


@actors.command()
@click.argument("petrarch_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["de", "en"]), default="en", show_default=True)
@one_line_errors
def convert(petrarch_file: Path, directory: Path, lang: str) -> None:
    """Convert a PETRARCH actor dictionary into chronik's TSV files in DIRECTORY."""
    from .actors_petrarch import petrarch_to_tsv

    directory.mkdir(parents=True, exist_ok=True)
    for path in petrarch_to_tsv(petrarch_file, directory, lang=lang):
        click.echo(f"wrote {path}")


@main.command(name="eval")
@click.argument(
    "gold_files", metavar="GOLD...", nargs=-1, required=True, type=click.Path(path_type=Path)
)
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    help="Corpus folder of stand-off gold [default: ../shared/data/corpus].",
)
@click.option(
    "--errors",
    is_flag=True,
    help="Print misses and false alarms (dyad + root) with sentence and reason.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@ACTORS_OPTION
@LEARNED_OPTION
@one_line_errors
def eval_command(
    gold_files: tuple[Path, ...],
    corpus: Path | None,
    errors: bool,
    as_json: bool,
    actor_files: tuple[Path, ...],
    learned: bool,
) -> None:
    """Score the coder against gold files: P/R/F1 per language and level (docs/annotation.md)."""
    records = [record for path in gold_files for record in read_gold(path, corpus=corpus)]
    pipeline = _load_pipeline(actor_files, learned)
    evaluation, scored = evaluate(tqdm(records, unit=" sentences", leave=False, disable=None),
                                  lambda article: pipeline(article).events)  # fmt: skip
    if errors:
        for item in scored:
            report = _error_report(item, pipeline)
            if report:
                click.echo(report + "\n")
    scores = evaluation.scores()
    click.echo(json.dumps(scores) if as_json else format_scores(scores).rstrip("\n"))


def _error_report(item: Scored, pipeline: Pipeline) -> str:
    """The sentence, its misses and false alarms at the dyad + root level, and explain's
    account of the sentence; empty when the coder got it right."""
    missed, false_alarms = item.differences("dyad_root")
    if not missed and not false_alarms:
        return ""
    record = item.record
    lines = [f"== {record.id} ({record.lang}, {record.stratum or 'gold'}) {record.article.origin}",
             f"   {record.sentence.text}"]  # fmt: skip
    lines += [f"   missed:      {describe(event)}" for event in missed]
    lines += [f"   false alarm: {describe(event)}" for event in false_alarms]
    doc = pipeline(record.article)
    explained = pipeline.coder.explain(doc, within=record.sentence)
    lines += ["   " + line for line in explained.splitlines()]
    return "\n".join(lines)


# The corpus commands (recode, export, stats, import, spark) register themselves on main.
from . import cli_corpus  # noqa: E402, F401
