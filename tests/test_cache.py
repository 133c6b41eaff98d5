"""The cache of built resources: kept between runs, rebuilt when damaged, never an error."""

from __future__ import annotations

import gc

import pytest

from chronik.cache import cache_dir, cached, collector_paused


class Counter:
    """A builder that counts how often it ran."""

    def __init__(self) -> None:
        self.built = 0

    def __call__(self) -> dict[str, int]:
        self.built += 1
        return {"Bundesregierung": 1}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONIK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_second_run_reads_what_the_first_built(folder):
    build = Counter()
    assert cached("names", build) == cached("names", build) == {"Bundesregierung": 1}
    assert build.built == 1
    assert [p.name.startswith("names-") for p in folder.iterdir()] == [True]


def test_a_damaged_cache_is_built_again_and_replaced(folder):
    build = Counter()
    cached("names", build)
    (kept,) = folder.iterdir()
    kept.write_bytes(b"not a pickle")
    assert cached("names", build) == {"Bundesregierung": 1} and build.built == 2
    assert cached("names", build) == {"Bundesregierung": 1} and build.built == 2


def test_another_library_file_is_another_key_and_old_copies_go(folder):
    build = Counter()
    cached("names", build)
    cached("names", build, ["json"])
    assert build.built == 2
    assert len(list(folder.iterdir())) == 1  # the copy under the old key was removed


def test_off_or_unwritable_builds_every_time(tmp_path, monkeypatch):
    build = Counter()
    monkeypatch.setenv("CHRONIK_CACHE_DIR", "off")
    assert cache_dir() is None
    cached("names", build)
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("CHRONIK_CACHE_DIR", str(blocked / "cache"))
    assert cached("names", build) == {"Bundesregierung": 1}
    assert cached("names", build) == {"Bundesregierung": 1}
    assert build.built == 3


SEEN: list[bool] = []  # whether the cycle collector ran, per Probe unpickled


class Probe:
    def __init__(self) -> None:
        self.state = "kept"  # pickle calls __setstate__ only for an object with state

    def __setstate__(self, state: dict[str, object]) -> None:
        SEEN.append(gc.isenabled())


def test_a_read_pauses_the_cycle_collector_and_restarts_it(folder):
    cached("probe", Probe)
    assert cached("probe", Probe) and SEEN == [False]
    assert gc.isenabled()
    next(folder.iterdir()).write_bytes(b"not a pickle")
    cached("probe", Probe)
    assert gc.isenabled()  # also after a read that failed


def test_a_paused_collector_restarts_after_an_error_and_freezes_only_when_asked():
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("a load that failed")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    try:
        with collector_paused(freeze=True):
            pass
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_collector_paused_by_the_caller_stays_paused():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_pipelines_titles_read_from_the_cache_are_the_dictionarys(pipeline):
    # built once and kept with the dictionaries: what a run reads back must be what the
    # dictionary it was built from gives
    from chronik.references import ActorCoder
    from chronik.references_people import Titles

    coder = next(stage for stage in pipeline.stages if isinstance(stage, ActorCoder))
    assert coder.titles == Titles.of(pipeline.actors)
    assert coder.titles.heads["Benjamin Netanyahu"] == frozenset({"government"})
