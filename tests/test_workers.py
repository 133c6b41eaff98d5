"""Coding in worker processes: the same results in the same order as in one process, one
bad article failing alone, and the store written by the one parent process."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from chronik.batch import Tally, code_batch
from chronik.cli import main
from chronik.errors import InputError
from chronik.records import Article
from chronik.workers import Failure, code_all

TEXTS = [
    "Russland kritisierte die Ukraine scharf.",
    "Die USA und Nordkorea verhandeln derzeit.",
    "Frankreich lobte Deutschland für die Hilfe.",
    "Das Wetter ist heute gut.",
    "China drohte Taiwan mit Sanktionen.",
    "Die Türkei verurteilte den Angriff Israels auf Syrien.",
    "Polen unterstützt die Ukraine mit Waffen.",
]


def _articles() -> list[Article]:
    return [Article(id=f"a{i}", text=text, lang="de") for i, text in enumerate(TEXTS * 2)]


def test_two_workers_give_the_same_documents_in_input_order(pipeline):
    alone = list(code_all(_articles(), pipeline, workers=1))
    together = list(code_all(_articles(), pipeline, workers=2))
    assert [a.id for a, _ in together] == [a.id for a in _articles()]
    assert [(a, d.events, d.actors) for a, d in together] == [  # type: ignore[union-attr]
        (a, d.events, d.actors)
        for a, d in alone  # type: ignore[union-attr]
    ]
    assert any(doc.events for _, doc in together if not isinstance(doc, Failure))


def test_an_article_that_fails_in_a_worker_fails_alone(pipeline):
    articles = _articles()
    articles[3] = Article(id="fr", text="Les États-Unis et la Corée du Nord négocient.", lang="fr")
    tally, reported = Tally(), []
    coded = list(
        code_batch(articles, pipeline, tally, report=reported.append, warn=print, workers=2)
    )
    assert [a.id for a, _ in coded] == [a.id for a in articles if a.id != "fr"]
    assert tally.skipped == {"in unsupported language(s)": 1}
    assert len(reported) == 1 and "article 'fr'" in reported[0]


def test_unreadable_records_are_counted_before_any_worker_sees_them(pipeline):
    records: list[Article | InputError] = [*_articles()[:3], InputError("x.jsonl:4: broken")]
    tally, reported = Tally(), []
    coded = list(
        code_batch(records, pipeline, tally, report=reported.append, warn=print, workers=2)
    )
    assert len(coded) == 3 and reported == ["x.jsonl:4: broken"]
    assert tally.skipped == {"unreadable record(s)": 1}


def test_ingest_with_two_workers_stores_what_one_worker_stores(pipeline, tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(json.dumps({"id": a.id, "lang": "de", "text": a.text}) + "\n" for a in _articles())
    )
    stored = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        result = CliRunner().invoke(
            main, ["ingest", str(batch), "--db", str(db), "--workers", str(workers)]
        )
        assert result.exit_code == 0, result.output
        events = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
        stored[workers] = events.stdout
    assert stored[1] == stored[2] and stored[1]
    assert result.stderr.startswith("chronik: coded 7 article(s)")  # each text twice: once


def test_what_is_loaded_is_left_to_the_run_while_it_codes(pipeline):
    # the first article (which loads its language's model) is coded with the cycle
    # collector paused; what exists after it is skipped by the collector until the end
    import gc

    collecting: list[bool] = []

    def coding(article: Article) -> object:
        collecting.append(gc.isenabled())
        return pipeline(article)

    frozen = []
    for _article, _outcome in code_all(_articles()[:3], coding, 1):  # type: ignore[arg-type]
        frozen.append(gc.get_freeze_count() > 0)
    assert collecting == [False, True, True] and gc.isenabled()
    assert frozen == [True, True, True]
    assert gc.get_freeze_count() == 0


def test_a_run_stopped_after_its_first_article_leaves_nothing_frozen(pipeline):
    import gc

    run = code_all(_articles()[:3], pipeline, 1)
    next(run)
    run.close()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_one_article_starts_no_pool_and_two_do(pipeline, monkeypatch):
    def no_pool(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr("chronik.workers.ProcessPoolExecutor", no_pool)
    one = _articles()[:1]
    assert [d.events for _, d in code_all(one, pipeline, workers=2)] == [  # type: ignore[union-attr]
        d.events  # type: ignore[union-attr]
        for _, d in code_all(one, pipeline, workers=1)
    ]
    with pytest.raises(AssertionError, match="pool was started"):
        list(code_all(_articles()[:2], pipeline, workers=2))
