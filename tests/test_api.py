import pytest

import chronik


def test_code_returns_events_of_a_text():
    events = chronik.code("Die USA und Nordkorea verhandeln.", lang="de", date="2019-02-06")
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [
        ("USA", "PRK", "046"), ("PRK", "USA", "046"),
    ]  # fmt: skip


def test_open_reads_a_store(tmp_path):
    with chronik.Store(tmp_path / "c.duckdb"):
        pass
    with chronik.open(tmp_path / "c.duckdb") as store:
        assert store.events() == []
    with pytest.raises(chronik.ChronikError):
        chronik.open(tmp_path / "missing.duckdb")
