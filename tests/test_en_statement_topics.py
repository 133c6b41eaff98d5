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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was said before its verb is what the statement is about
        ("Kerry said Iraq had become a haven for militants.", {("USAELI", "IRQ", "010")}),
        ("Obama said Iran was a threat to the region.", {("USAELI", "IRN", "010")}),
        # an actor after the verb of what was said is no topic: a statement to no one
        ("Kerry said the new plan would help Iraq.", {("USAELI", None, "010")}),
        ("Obama said the deal would prevent Iran from getting a bomb.", {("USAELI", None, "010")}),
    ],
)
def test_a_statement_is_about_what_comes_before_the_verb_of_what_was_said(
    pipeline, text, expected
) -> None:
    assert coded(pipeline, text) == expected
