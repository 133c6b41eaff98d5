"""German calls to strike or to protest are the strike or protest of whoever calls ("Verdi
ruft zu Streiks bei der Post auf" 143, "ruft zur Großdemonstration gegen die Regierung auf"
141), not appeals to someone: our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Opposition in Serbien rief zu Streiks gegen die Regierung auf.",
         ("SRBOPP", "SRBGOV", "143")),
        ("Die Opposition in Serbien ruft zur Großdemonstration gegen die Regierung auf.",
         ("SRBOPP", "SRBGOV", "141")),
    ],
)  # fmt: skip
def test_a_call_to_strike_or_protest_is_the_strike_or_protest(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, text, "de")
    assert expected in events
    assert not any(cameo.startswith("02") for _, _, cameo in events)
