"""A court's ruling against an actor or its act (116, as "struck down" and "kippte"):
English "rule against", "ruled that ... exceeded its powers", "ruled the order
unconstitutional"; German "entschied gegen", "entschied, dass ... rechtswidrig sei". A
court judges its own country's government as readily as another's; a ruling that finds
nothing unlawful is no event. Our own sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from .coding import coded

IN_2017 = date(2017, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge in Hawaii ruled against Trump's travel ban.",
        "A federal judge ruled that President Trump exceeded his constitutional powers.",
        "The court ruled Trump's executive order unconstitutional.",
    ],
)
def test_an_english_ruling_against_the_government(pipeline, text) -> None:
    assert ("USAJUD", "USAGOV", "116") in coded(pipeline, text, on=IN_2017)


def test_an_english_ruling_that_finds_nothing_unlawful_is_no_event(pipeline) -> None:
    text = "A federal judge ruled that the trial of the Trump adviser will begin in May."
    assert not {c for *_, c in coded(pipeline, text, on=IN_2017)} & {"116"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ein Berliner Gericht hat entschieden, dass die Bundesregierung verpflichtet sei, "
            "die Frau zurückzuholen.",
            ("DEUJUD", "DEUGOV", "116"),
        ),
        (
            "Das Verwaltungsgericht entschied, dass die Verordnung der Bundesregierung "
            "rechtswidrig sei.",
            ("DEUJUD", "DEUGOV", "116"),
        ),
        (
            "Das Bundesverfassungsgericht entschied gegen die Bundesregierung.",
            ("DEUJUD", "DEUGOV", "116"),
        ),
    ],
)
def test_a_german_ruling_against_the_government(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text, "de")


def test_a_german_ruling_with_nobody_named_is_one_sided(pipeline) -> None:
    text = "Der Bundesgerichtshof entschied, dass die Wahlbezirke gegen die Verfassung verstießen."
    assert ("DEUJUD", None, "116") in coded(pipeline, text, "de")


def test_a_german_ruling_that_finds_nothing_unlawful_is_no_event(pipeline) -> None:
    text = "Das Gericht entschied, dass der Prozess gegen den Minister im Mai beginnt."
    assert not {c for *_, c in coded(pipeline, text, "de")} & {"116"}
