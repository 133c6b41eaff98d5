"""Guards on the shape of the code: small modules, short functions (issue 18)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "chronik"
MODULES = sorted(SRC.rglob("*.py"))
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def _functions(path: Path) -> list[tuple[str, int]]:
    """(name, lines from decorator or ``def`` to the last line) of every function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (
            node.name,
            node.end_lineno - min([node.lineno, *(d.lineno for d in node.decorator_list)]) + 1,
        )
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_is_at_most_600_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.relative_to(SRC)} has {lines} lines: split it"


def test_no_function_is_over_80_lines() -> None:
    long = {
        f"{path.relative_to(SRC).as_posix()}:{name}": length
        for path in MODULES
        for name, length in _functions(path)
        if length > MAX_FUNCTION_LINES
    }
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines, split them: {long}"
