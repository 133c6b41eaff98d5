"""A threat is coded whatever is threatened (events_threats.py): "threatened to sink a U.S.
aircraft carrier" is a threat against the carrier's navy though no row codes sinking, while a
threatened act with a row of its own keeps that row's threat code. Our own sentences through
the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("North Korea threatened to sink a U.S. aircraft carrier.", "en", ("PRK", "USAMIL", "130")),
        (
            "The senators threatened to hold up the nomination of John Kerry.",
            "en",
            ("USALEG", "USAELI", "130"),
        ),
        ("Nordkorea drohte, einen US-Flugzeugträger zu versenken.", "de", ("PRK", "USA", "130")),
    ],
)
def test_a_threat_of_an_act_without_a_row_is_a_threat(pipeline, text, lang, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(pipeline, text, lang)


def test_a_threatened_act_with_a_row_keeps_its_threat_code(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Trump threatened to impose tariffs on Mexico.")
    assert ("USAGOV", "MEX", "1312") in events
    assert ("USAGOV", "MEX", "130") not in events


def test_a_threat_to_do_what_is_no_act_on_anyone_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, "North Korea threatened to walk away.") == set()


def test_what_a_thing_threatens_is_no_threat_of_an_actor_behind_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # tariffs on imports from China threaten tensions: China threatens no one
    text = "Tariffs on imports from China will rise, threatening to increase tensions with Japan."
    assert not any(cameo.startswith("13") for _, _, cameo in coded(pipeline, text))
