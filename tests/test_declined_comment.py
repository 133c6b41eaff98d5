"""Declining to say, confirm or discuss is declining comment (011), as "declined to comment"
is, not a target-less statement; and telecom companies are business, not the media ("the
Chinese telecoms giant" was Chinese media): our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded, mention_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch foreign ministry declined to say whether it had warned the embassy.", "NLDGOV"),
        ("A Polish government spokesman refused to confirm that the talks had failed.", "POLGOV"),
        ("The Greek government declined to discuss the timing of the vote.", "GRCGOV"),
        ("Austrian officials declined to reveal how much the fence would cost.", "AUTGOV"),
    ],
)
def test_declining_to_say_is_declining_comment(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == {(expected, None, "011")}


def test_refusing_to_discuss_with_a_partner_stays_a_rejection(pipeline) -> None:
    """The refused act has an addressee: the refusal is coded by it (events_refusals)."""
    assert ("ESPGOV", "MAR", "125") in coded(
        pipeline, "The Spanish government refused to discuss the border with Morocco."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Chinese telecoms giant Huawei", "CHNBUS"),
        ("the Swedish telecom company", "SWEBUS"),
        ("Telecom Italia", "ITABUS"),
    ],
)
def test_telecom_companies_are_business(actors, text, expected) -> None:
    assert [code for _, code in mention_codes(actors, text)] == [expected]


def test_telecom_giant_is_not_the_media(pipeline) -> None:
    events = coded(pipeline, "The Chinese telecoms giant Huawei accused Washington of bullying.")
    assert events and not any("MED" in (source or "") for source, *_ in events)
