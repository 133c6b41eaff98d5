"""Refugees taken in (issue 12, session 43): asylum granted to the refugees themselves
(075, towards where they come from; an announced intake is intended, 033), German "nahm
Geflüchtete / Asylsuchende auf" beside "Flüchtlinge", English "took in refugees", which the
parser reads as "take" with a phrase of "in". Sentences of our own, coded by the real
pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Germany took in refugees from Syria.", "en", ("DEU", "SYRREF", "075")),
        ("Germany will take in 1,500 refugees from Greek camps.", "en", ("DEU", "GRCREF", "033")),
        (
            "Der Hamburger Senat will weitere Geflüchtete aus dem griechischen Lager Moria "
            "aufnehmen.",
            "de",
            ("DEUGOV", "GRC", "033"),
        ),
        (
            "Deutschland hat 2015 viele Asylsuchende aus Syrien aufgenommen.",
            "de",
            ("DEU", "SYRREF", "075"),
        ),
    ],
    ids=["took-in", "will-take-in", "geflüchtete", "asylsuchende"],
)
def test_refugees_taken_in_are_granted_asylum(pipeline, text: str, lang: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(pipeline, text, lang)


def test_taking_part_in_is_no_asylum(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not {
        d for d in coded(pipeline, "Germany took part in the talks on refugees.") if d[2] == "075"
    }
