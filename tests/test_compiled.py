"""The optional mypyc build of HanTa's searches: found only where it matches the sources."""

from __future__ import annotations

import shutil

import pytest

from chronik.cache import PACKAGE
from chronik.compiled import FILES, SOURCES, build_folder, main, use_compiled


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A copy of the sources the build is keyed on, and a cache folder of its own."""
    monkeypatch.setenv("CHRONIK_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "chronik"
    for name in SOURCES:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PACKAGE / name, copy / name)
    return copy


def _fake_build(package):
    folder = build_folder(package)
    folder.mkdir(parents=True)
    for name in FILES:
        (folder / name).write_bytes(b"")  # never imported: the tests pass a path of their own
    return folder


def test_without_a_build_the_python_module_runs(package):
    path = ["/site/chronik/analysis"]
    assert not use_compiled(path, package)
    assert path == ["/site/chronik/analysis"]


def test_a_matching_build_goes_first_on_the_path_once(package):
    folder = _fake_build(package)
    path = ["/site/chronik/analysis"]
    assert use_compiled(path, package)
    assert use_compiled(path, package)
    assert path == [str(folder), "/site/chronik/analysis"]


def test_an_edited_source_is_not_shadowed_by_an_old_build(package):
    _fake_build(package)
    source = package / "analysis" / "de_hanta.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    path: list[str] = []
    assert not use_compiled(path, package)
    assert path == []


def test_a_build_missing_its_library_is_not_used(package):
    folder = _fake_build(package)
    (folder / FILES[1]).unlink()
    assert not use_compiled([], package)


def test_no_build_is_looked_for_when_caching_is_off(package, monkeypatch):
    monkeypatch.setenv("CHRONIK_CACHE_DIR", "off")
    assert build_folder(package) is None
    assert not use_compiled([], package)


def test_a_failed_build_says_why_in_one_line(monkeypatch, capsys):
    monkeypatch.setenv("CHRONIK_CACHE_DIR", "off")  # no folder for the build: it must fail
    assert main() == 1
    err = capsys.readouterr().err
    assert err.startswith("chronik.compiled: caching is off")
    assert err.count("\n") == 1 and "Traceback" not in err
