"""English nouns of disputes, armed conflict, accords and normalisation between two named
parties ("the conflict between Israel and Hamas", "a spat with Trump", "the accord between",
"normalization with Bahrain"): our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import both_ways, coded


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The conflict between Israel and Syria escalated.", "190"),
        ("The trade conflict between Israel and Syria deepened.", "110"),
        ("The dispute between Israel and Syria dragged on.", "110"),
        ("Israel's dispute with Syria dragged on.", "110"),
        ("The spat between Israel and Syria intensified.", "111"),
        ("Israel's feud with Syria intensified.", "111"),
        ("The accord between Israel and Syria was signed in March.", "057"),
        ("Israel's normalization with Syria was praised.", "054"),
    ],
)
def test_a_noun_between_two_parties(pipeline, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert both_ways("ISR", "SYR", code) <= coded(pipeline, text)


def test_a_conflict_of_interest_is_no_fighting(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Critics said the deal was a conflict of interest for Israel."
    assert not any(cameo.startswith("19") for _, _, cameo in coded(pipeline, text))
