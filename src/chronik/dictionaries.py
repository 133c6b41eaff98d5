"""Loading chronik's data files: tab-separated text, versioned in their names.

Every loader goes through :func:`read_tsv`, which validates each row and reports all
problems at once, each as ``file:line: what is wrong``. Packaged files are named by their
path under ``chronik/data``, as :mod:`chronik.datafiles` names it; a user's own file by a
filesystem path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .datafiles import data_text
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


def write_tsv(
    path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]], comment: str
) -> int:
    """Write a data file that :func:`read_tsv` reads back: ``comment`` as ``#`` lines, the
    header, one line per row. Returns the number of rows. The training scripts write every
    derived file through here."""
    lines = [f"# {line}" for line in comment.strip().splitlines()]
    lines.append("\t".join(columns))
    written = 0
    for row in rows:
        values = [str(value) for value in row]
        if any("\t" in v or "\n" in v for v in values):
            raise ValueError(f"{path}: a value holds a tab or line break: {values}")
        lines.append("\t".join(values))
        written += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line.rstrip("\n")
