"""English event nouns behind a participant verb's preposition take its subject as their
author ("returned from talks with", "flew to Oslo for talks with", "participated in the
attack on"): our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov returned from talks with Pompeo on Friday.", ("RUSGOV", "USAGOV", "040")),
        ("Lavrov flew to Oslo for talks with Pompeo.", ("RUSGOV", "USAGOV", "040")),
        ("Lavrov arrived in Oslo for talks with Pompeo.", ("RUSGOV", "USAGOV", "040")),
        (
            "Two Tunisians participated in the attack on the U.S. consulate.",
            ("TUN", "USAGOV", "190"),
        ),
    ],
)
def test_participant_verb_subject_is_the_author(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the event noun only sits deep inside the phrase: the funeral is what he left
        (
            "Lavrov returned from the funeral of victims of the attack on Israel.",
            ("RUSGOV", "ISR", "190"),
        ),
        # writing about talks is no part in them
        ("Lavrov wrote about talks with Pompeo.", ("RUSGOV", "USAGOV", "040")),
    ],
)
def test_no_author_beyond_the_participant_phrase(pipeline, text, absent) -> None:
    assert absent not in coded(pipeline, text)
