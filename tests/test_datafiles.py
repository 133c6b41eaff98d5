"""The data file manifest (chronik.datafiles) and the TSV writer the training scripts share."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from chronik import datafiles
from chronik.dictionaries import read_tsv, write_tsv

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "chronik" / "data"
# A string that names a packaged file: "verbs/de.v1.tsv", "places/names.v1.tsv".
DATA_NAME = re.compile(r"[a-z_]+/[\w.]+\.tsv")


def test_every_packaged_file_is_named_once_in_the_manifest() -> None:
    shipped = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.tsv"))
    assert sorted(datafiles.ALL) == shipped
    assert len(set(datafiles.ALL)) == len(datafiles.ALL)


def test_manifest_names_resolve_in_the_source_tree() -> None:
    for name in datafiles.ALL:
        assert datafiles.source_path(name, ROOT).is_file(), name
        assert datafiles.data_text(name)


def _data_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and DATA_NAME.fullmatch(node.value)
    ]


@pytest.mark.parametrize(
    "path",
    [
        *(p for p in sorted((ROOT / "src" / "chronik").rglob("*.py")) if p.name != "datafiles.py"),
        *sorted((ROOT / "training").glob("*.py")),
    ],
    ids=lambda p: p.relative_to(ROOT).as_posix(),
)
def test_loaders_and_scripts_name_data_files_through_the_manifest(path: Path) -> None:
    assert _data_names(path) == [], f"{path.name}: use the name from chronik.datafiles"


def test_written_tsv_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "words.v1.tsv"
    rows = [("sagen", 3), ("treffen", 12)]
    assert write_tsv(path, ("lemma", "count"), rows, "derived by a test\nsecond line") == 2
    assert path.read_text(encoding="utf-8").splitlines()[:3] == [
        "# derived by a test",
        "# second line",
        "lemma\tcount",
    ]
    back = read_tsv(path, ("lemma", "count"))
    assert [(r["lemma"], r["count"]) for r in back] == [("sagen", "3"), ("treffen", "12")]
    assert back[1].where == f"{path}:5"


def test_writer_refuses_a_value_that_would_split_a_row(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="tab or line break"):
        write_tsv(tmp_path / "x.tsv", ("a",), [("one\ttwo",)], "")
