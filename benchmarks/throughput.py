"""End-to-end throughput of ``chronik ingest`` (coding and the DuckDB write) on real news.

    python benchmarks/throughput.py [--corpus PATH] [--limit N] [--workers K]

Defaults: the first 200 articles of ../shared/data/corpus/de_fang_covid_real and
en_allsides_politics, each with 1 and 2 workers (--corpus and --workers are repeatable).
Prints ``name: value`` lines per corpus and worker count: ``articles_per_s``,
``words_per_s``, ``articles_per_cpu_s`` (steadier than the clock on a busy machine),
``peak_rss_mb`` (the largest process: the writer or one worker) and
``load_s``. Each run is its own process, so that peak RSS is that run's; the pipeline loads
before timing starts (a worker inherits it), so the rate is the steady state of a long
ingest. Says so and exits 0 when the shared corpora are absent.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus"
DEFAULTS = (CORPORA / "de_fang_covid_real", CORPORA / "en_allsides_politics")


def sample(corpus: Path, limit: int, into: Path) -> tuple[int, int]:
    """The first ``limit`` records of ``corpus`` copied into ``into`` as JSONL; their
    count and words."""
    articles = words = 0
    with (
        gzip.open(corpus / "articles.jsonl.gz", "rt", encoding="utf-8") as source,
        into.open("w", encoding="utf-8") as target,
    ):
        for line in itertools.islice(source, limit):
            target.write(line)
            articles += 1
            words += len(json.loads(line)["text"].split())
    return articles, words


def peak_rss_mb() -> float:
    """The largest resident set of this process and of any worker it waited for (Linux
    counts ``ru_maxrss`` in KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024


def cpu_seconds() -> float:
    """CPU time of this process and of the workers it waited for: under load, a steadier
    measure than the clock."""
    own, workers = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def one_run(corpus: Path, limit: int, workers: int) -> dict[str, float]:
    """One ingest of ``corpus`` in this process: the figures as a dict."""
    from chronik.cli import main as chronik
    from chronik.pipeline import default_pipeline
    from chronik.records import Article

    with tempfile.TemporaryDirectory() as folder:
        records = Path(folder) / "articles.jsonl"
        articles, words = sample(corpus, limit, records)
        started = time.perf_counter()
        pipeline = default_pipeline()
        lang = json.loads(records.open(encoding="utf-8").readline())["lang"]
        pipeline(Article(id="warm-up", text="Merkel traf Macron in Paris.", lang=lang))
        load_s = time.perf_counter() - started
        started, cpu_started = time.perf_counter(), cpu_seconds()
        args = ["ingest", str(records), "--db", str(Path(folder) / "bench.duckdb")]
        args += ["--workers", str(workers)]
        with contextlib.suppress(SystemExit):  # exit 1: the run reported skipped records
            chronik.main(args, standalone_mode=False)
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    return {
        "articles": articles,
        "articles_per_s": articles / seconds,
        "words_per_s": words / seconds,
        "articles_per_cpu_s": articles / cpu,
        "peak_rss_mb": peak_rss_mb(),
        "load_s": load_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--workers", type=int, action="append")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpora = args.corpus or list(DEFAULTS)
    if args.one:  # the child process of one measurement
        print(json.dumps(one_run(corpora[0], args.limit, args.workers[0])))
        return
    missing = [str(c) for c in corpora if not (c / "articles.jsonl.gz").exists()]
    if missing:
        print(f"skipped: no corpus at {', '.join(missing)} (the shared data is absent)")
        return
    for corpus, workers in itertools.product(corpora, args.workers or [1, 2]):
        command = [sys.executable, __file__, "--one", "--corpus", str(corpus)]
        command += ["--limit", str(args.limit), "--workers", str(workers)]
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        figures = json.loads(done.stdout.splitlines()[-1])
        for name, value in figures.items():
            print(f"{corpus.name}_workers{workers}_{name}: {value:.2f}")


if __name__ == "__main__":
    main()
