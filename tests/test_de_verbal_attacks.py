"""German verbs of attacking in words and of rejecting (issue 12): "geht Y scharf an",
"schimpfte über Y", "wetterte gegen Y", "kanzelte Y ab" are criticism (111), "schmetterte
den Antrag ab" a rejection of its author (120). Sentences of our own through the real
pipeline."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from .coding import coded

events = partial(coded, lang="de", on=date(2020, 6, 1))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Trump geht den Gouverneur Brian Kemp scharf an.", ("USAGOV", "USAGOV", "111")),
        ("Die AfD schimpfte über die Bundesregierung.", ("DEUPTY", "DEUGOV", "111")),
        ("Die AfD wetterte gegen Kanzlerin Merkel.", ("DEUPTY", "DEUGOV", "111")),
        ("Die FDP kanzelte die Bundesregierung ab.", ("DEUPTY", "DEUGOV", "111")),
        ("Der Bundestag schmetterte den Antrag der AfD ab.", ("DEUGOVLEG", "DEUPTY", "120")),
    ],
)
def test_attacks_in_words_and_rejections(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_tackling_a_problem_is_no_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not events(pipeline, "Die Bundesregierung will das Problem jetzt angehen.")
