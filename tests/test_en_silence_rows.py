"""Keeping silent is declining to comment (CAMEO 011), whatever linking verb says it
("stayed silent on", "remained silent", "kept quiet about"): our own sentences through
the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia stayed silent on the attack.", {("RUS", None, "011")}),
        ("The Kremlin remained silent about Germany.", {("RUSGOV", "DEU", "011")}),
        ("The British government kept quiet about the deal.", {("GBRGOV", None, "011")}),
    ],
)
def test_keeping_silent_declines_to_comment(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_staying_elsewhere_is_no_statement(pipeline) -> None:
    assert coded(pipeline, "Russian troops stayed in Crimea.") == set()
