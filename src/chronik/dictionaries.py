"""Loading chronik's data files: tab-separated text, versioned in their names.

Every loader goes through :func:`read_tsv`, which validates each row and reports all
problems at once, each as ``file:line: what is wrong``. Packaged files are named by their
path under ``chronik/data`` (``"verbs/de.v1.tsv"``); a user's own file by a filesystem path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import DictionaryError


@dataclass(frozen=True)
class Row:
    """One data row: its fields by column name and where it stands (``file:line``)."""

    fields: dict[str, str]
    where: str

    def __getitem__(self, column: str) -> str:
        return self.fields[column]

    def get(self, column: str, default: str = "") -> str:
        return self.fields.get(column) or default


def data_text(name: str) -> str:
    """The text of a packaged data file, ``name`` relative to ``chronik/data``."""
    return resources.files("chronik").joinpath("data", name).read_text(encoding="utf-8")


def read_tsv(
    name: str | Path,
    columns: tuple[str, ...],
    *,
    required: tuple[str, ...] = (),
    check: Callable[[Row], str | None] | None = None,
) -> list[Row]:
    """Rows of a TSV file with a header line naming ``columns`` (in that order, extra
    trailing columns allowed). Lines starting with ``#`` and blank lines are skipped.
    ``check`` returns a problem description for a bad row, or None.
    Raises :class:`DictionaryError` listing every problem in the file."""
    if isinstance(name, Path):
        text, label = name.read_text(encoding="utf-8"), str(name)
    else:
        text, label = data_text(name), name
    rows, problems = [], []
    lines = _content_lines(text)
    header = next(lines, None)
    if header is None or tuple(header[1].split("\t")[: len(columns)]) != columns:
        raise DictionaryError([f"{label}:1: header must be {'<TAB>'.join(columns)}"])
    for number, line in lines:
        values = line.split("\t")
        where = f"{label}:{number}"
        if len(values) > len(columns):
            problems.append(f"{where}: {len(values)} columns, expected at most {len(columns)}")
            continue
        row = Row(dict(zip(columns, (v.strip() for v in values), strict=False)), where)
        missing = [c for c in required if not row.get(c)]
        problem = f"missing {', '.join(missing)}" if missing else (check(row) if check else None)
        if problem:
            problems.append(f"{where}: {problem}")
        else:
            rows.append(row)
    if problems:
        raise DictionaryError(problems)
    return rows


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line.rstrip("\n")
