"""A statement's target may be its topic behind "about" or "on" ("On Syria, Obama said
...", "said about Russia that ..."), like what it is said to or of, before the actors of
what is said: our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Syria, Obama said the facts will guide the next steps.", ("USAELI", "SYR", "010")),
        ("Merkel said about Russia that the talks would go on.", ("DEUGOV", "RUS", "010")),
        # the topic named comes before the actors of what is said
        ("On Syria, Obama said Iran would go on.", ("USAELI", "SYR", "010")),
    ],
)
def test_statement_topic_is_its_target(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text)


def test_statement_on_a_day_has_no_target(pipeline) -> None:
    assert coded(pipeline, "Obama said on Sunday that the facts will guide him.") == {
        ("USAELI", None, "010")
    }
