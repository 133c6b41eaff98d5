"""A cold ``chronik code`` on one article loads what that article needs and no more: not the
other language's analyzer, not DuckDB (nothing is stored); its dictionaries load with the
cycle collector paused, and what it loaded is frozen, not walked by the collector. Each run
is a fresh process, since the test session has imported everything long before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RUN = """
import atexit, gc, sys
from chronik.cli import main
from chronik.pipeline import Pipeline
load = Pipeline.load.__func__
Pipeline.load = classmethod(lambda c, **kw: print("COLLECTING", gc.isenabled()) or load(c, **kw))
atexit.register(lambda: print("FROZEN AT EXIT", gc.get_freeze_count() > 0))  # runs last
main(["code", sys.argv[1], "--lang", sys.argv[2], "--format", "jsonl"], standalone_mode=False)
print("MODULES", *sorted(sys.modules))
"""
SENTENCES = {
    "de": "Die Türkei verurteilte Israel am Montag scharf.",
    "en": "Turkey sharply condemned Israel on Monday.",
}
NOT_NEEDED = {
    "de": {"duckdb", "spacy", "chronik.analysis.en", "chronik.store"},
    "en": {"duckdb", "HanTa", "chronik.analysis.de", "chronik.store"},
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_code_on_one_article_imports_only_what_it_needs(lang: str, tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text(SENTENCES[lang], encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", RUN, str(article), lang],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    output, modules = run.stdout.split("MODULES")
    assert '"cameo": "111"' in output  # coded in full: condemn is 111 (criticize)
    assert "COLLECTING False" in output
    assert NOT_NEEDED[lang] & set(modules.split()) == set()
    assert modules.rstrip().endswith("FROZEN AT EXIT True")  # no collection walks it all


def test_the_default_pipeline_is_loaded_once_however_it_is_asked_for(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the CLI asks for default_pipeline(False), the Python API and Spark for
    # default_pipeline(): a cache keyed by the call's arguments had loaded it twice
    from chronik.pipeline import default_pipeline

    assert default_pipeline(False) is default_pipeline() is default_pipeline(learned=False)
    assert default_pipeline() is pipeline
