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


LEXICONS = {SRC / "analysis" / "de_lexicon.py", SRC / "analysis" / "en_lexicon.py"}


def _spelled(path: Path, words: set[str]) -> set[str]:
    """The string constants of a module that are one of ``words``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.casefold() in words
    }


def _calendar_words() -> set[str]:
    """Full month and weekday names of every language (abbreviations are too short to tell
    from other words: "SEP" is a role code)."""
    from chronik.analysis import de_lexicon, en_lexicon

    return {
        word.casefold()
        for lexicon in (de_lexicon, en_lexicon)
        for word in (*(set(lexicon.MONTHS) - lexicon.MONTH_ABBREVIATIONS), *lexicon.WEEKDAYS)
    }


@pytest.mark.parametrize(
    "path", sorted(set(MODULES) - LEXICONS), ids=lambda p: str(p.relative_to(SRC))
)
def test_month_and_weekday_names_live_only_in_the_lexicons(path: Path) -> None:
    found = _spelled(path, _calendar_words())
    assert not found, f"{path.relative_to(SRC)}: read {sorted(found)} from a lexicon module"


def test_lexicon_data_holds_no_calendar_names() -> None:
    data = (SRC / "data" / "de" / "lexicon.v1.tsv").read_text(encoding="utf-8")
    words = {line.split("\t")[0].casefold() for line in data.splitlines()}
    assert not words & _calendar_words()


def _function_words() -> set[str]:
    """Speech verbs, modals of obligation and conditional conjunctions of every language."""
    from chronik.analysis import de_lexicon, en_lexicon

    return {
        word.casefold()
        for word in (
            *en_lexicon.SPEECH_VERBS,
            *de_lexicon.speech_verbs(),
            *en_lexicon.OBLIGATION_MODALS,
            *de_lexicon.OBLIGATION_MODALS,
            *en_lexicon.CONDITIONAL_CONJUNCTIONS,
            *de_lexicon.CONDITIONAL_CONJUNCTIONS,
        )
    }


@pytest.mark.parametrize("name", ["speech.py", "modality.py", "dates.py", "events.py"])
def test_neutral_stages_read_language_words_from_the_lexicons(name: str) -> None:
    found = _spelled(SRC / name, _function_words())
    assert not found, f"{name}: read {sorted(found)} from a lexicon module"
