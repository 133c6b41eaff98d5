""" "Sich (bei Y) für … stark machen" written apart (issue 12, session 43): the parser reads
"stark" as the predicative of "machen", so the rows of "starkmachen" never saw it; an appeal
to Y (020), for an easing 0251; Y also after "gegenüber". Sentences of our own, coded by the
real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

german = partial(coded, lang="de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dafür haben sich Indien und Südafrika gegenüber der Welthandelsorganisation stark "
            "gemacht.",
            {("IND", "IGOBUSWTO", "020"), ("ZAF", "IGOBUSWTO", "020")},
        ),
        (
            "Merkel hat sich bei Trump für den Freihandel stark gemacht.",
            {("DEUGOV", "USAGOV", "020")},
        ),
        (
            "Frankreich macht sich bei der EU für eine Lockerung der Sanktionen stark.",
            {("FRA", "IGOEUREEC", "0251")},
        ),
    ],
    ids=["gegenueber", "bei", "lockerung"],
)
def test_making_oneself_strong_for_something_is_an_appeal(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= german(pipeline, text)


def test_a_strong_showing_is_no_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not german(pipeline, "Die Regierung hat die Wirtschaft stark gemacht.")


def test_a_partys_advocacy_written_together_goes_to_its_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Grünen haben sich für ein Tempolimit starkgemacht."
    assert ("DEUPTY", "DEUGOV", "020") in german(pipeline, text)
