"""The mypyc build of the analyses: found only where it matches the sources."""

from __future__ import annotations

import shutil

import pytest

import chronik.compiled
from chronik.cache import PACKAGE
from chronik.compiled import FILES, MODULES, build_folder, main, use_compiled


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A copy of the sources the build is keyed on, and a cache folder of its own."""
    monkeypatch.setenv("CHRONIK_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "chronik"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("data", "models", "web"))
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


def test_an_edited_module_they_import_is_not_shadowed_either(package):
    _fake_build(package)
    records = package / "records.py"  # the frames' records: mypyc compiled in their types
    records.write_text(records.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert not use_compiled([], package)


def test_every_module_of_the_group_is_a_source_with_its_extension():
    for name in MODULES:
        assert (PACKAGE / "analysis" / f"{name}.py").is_file()
        assert any(f.startswith(f"{name}.") for f in FILES)
    assert len(FILES) == len(MODULES) + 1  # and the group's library


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
    assert main([]) == 1
    err = capsys.readouterr().err
    assert err.startswith("chronik.compiled: caching is off")
    assert err.rstrip().endswith("the analyses run as Python")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_an_unknown_option_is_refused_without_building(monkeypatch, capsys):
    monkeypatch.setattr(chronik.compiled, "build", pytest.fail)
    with pytest.raises(SystemExit) as stop:
        main(["--if-mising"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --if-mising" in capsys.readouterr().err


def test_if_missing_keeps_a_matching_build(package, monkeypatch, capsys):
    folder = _fake_build(package)
    monkeypatch.setattr(chronik.compiled, "build_folder", lambda: folder)
    monkeypatch.setattr(chronik.compiled, "build", pytest.fail)  # must not build again
    assert main(["--if-missing"]) == 0
    assert str(folder) in capsys.readouterr().out


def test_if_missing_builds_where_no_build_matches(package, monkeypatch):
    built = []
    monkeypatch.setattr(chronik.compiled, "build", lambda: built.append(1) or package)
    assert main(["--if-missing"]) == 0
    assert built == [1]


def test_make_install_and_demo_try_the_build_and_go_on_without_it():
    rules = (PACKAGE.parent.parent / "Makefile").read_text(encoding="utf-8")
    assert "demo: install\n" in rules
    install = rules.split("\ninstall:", 1)[1].split("\n\n", 1)[0]
    assert "-m chronik.compiled --if-missing || true" in install
