"""Property tests: generated inputs (random bytes, random JSON, damaged gzip, mutated real
articles, adversarial Unicode) never end in an unhandled exception. benchmarks/fuzz.py
runs the same properties on ≥ 10,000 inputs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from .fuzzing import (
    api_dates,
    check_api,
    check_date,
    check_pipeline,
    check_reader,
    check_stdin,
    date_strings,
    input_files,
    mutated_articles,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@FAST
@given(input_files())
def test_readers_never_raise(named):
    with tempfile.TemporaryDirectory() as folder:
        check_reader(*named, Path(folder))


@FAST
@given(named=input_files())
def test_stdin_never_raises(monkeypatch_stdin, named):
    check_stdin(named[1], monkeypatch_stdin)


@FAST
@given(date_strings)
def test_dates_parse_or_say_why(value):
    check_date(value)


@settings(FAST, max_examples=60)
@given(mutated_articles())
def test_pipeline_codes_mutated_articles_without_crashing(pipeline, article):
    check_pipeline(article, pipeline)


@settings(FAST, max_examples=60)
@given(api_dates)
def test_api_dates_are_events_or_clear_errors(pipeline, value):
    check_api(value)
