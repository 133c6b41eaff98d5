"""benchmarks/unlabelled_diff.py: the dyadic events a change adds and removes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[1] / "benchmarks" / "unlabelled_diff.py"


def _script():
    spec = importlib.util.spec_from_file_location("unlabelled_diff", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(source, target, cameo="111", sentence="Iran criticised Israel."):
    return {"id": "a1", "sentence": sentence, "source": source, "target": target,
            "cameo": cameo, "modality": "asserted"}  # fmt: skip


def _write(path: Path, events: list[dict]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    return path


def test_diff_counts_dyadic_events_added_and_removed_with_repeats(tmp_path, capsys) -> None:
    iran, israel, usa = ["IRN", "Iran"], ["ISR", "Israel"], ["USA", "U.S."]
    before = _write(tmp_path / "b.jsonl", [
        _event(iran, israel), _event(iran, israel), _event(usa, israel, "042"),
        _event(iran, None, "010"),  # no target: not dyadic, never counted
    ])  # fmt: skip
    after = _write(tmp_path / "a.jsonl", [
        _event(iran, israel), _event(usa, iran, "112"), _event(usa, iran, "112"),
    ])  # fmt: skip
    _script().main(["diff", str(before), str(after), "--show", "1"])
    out = capsys.readouterr().out
    assert "dyadic_before: 3\ndyadic_after: 3\nadded: 2\nremoved: 2\n" in out
    assert "['USA', 'U.S.'] -> ['IRN', 'Iran'] 112" in out


def test_diff_names_a_missing_file_in_one_line(tmp_path) -> None:
    with pytest.raises(SystemExit, match=r"unlabelled_diff\.py: .*nope\.jsonl: no such file"):
        _script().main(["diff", str(tmp_path / "nope.jsonl"), str(tmp_path / "nope.jsonl")])


def test_diff_names_a_line_that_is_no_event_of_dump(tmp_path) -> None:
    good = _write(tmp_path / "good.jsonl", [_event(["IRN", "Iran"], ["ISR", "Israel"])])
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_event(None, None)) + "\n" + '{"src": ["IRN", "Iran"]}\n')
    with pytest.raises(SystemExit, match=r"bad\.jsonl:2: not an event of dump"):
        _script().main(["diff", str(good), str(bad)])
    bad.write_text("{not json\n")
    with pytest.raises(SystemExit, match=r"bad\.jsonl:1: not JSON"):
        _script().main(["diff", str(good), str(bad)])


def test_diff_leaves_out_negated_events(tmp_path, capsys) -> None:
    """A negated event ("did not meet") is none, as in ``chronik eval``; dumps without the
    field count as not negated."""
    iran, israel = ["IRN", "Iran"], ["ISR", "Israel"]
    before = _write(tmp_path / "b.jsonl", [_event(iran, israel)])
    after = _write(tmp_path / "a.jsonl", [{**_event(iran, israel), "negated": True}])
    _script().main(["diff", str(before), str(after)])
    assert "dyadic_before: 1\ndyadic_after: 0\nadded: 0\nremoved: 1\n" in capsys.readouterr().out
