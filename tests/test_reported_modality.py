"""How what a speaker says is read (modality.py, speech.py): a German Konjunktiv II in the
perfect reports the past ("sagte, sie hätten sich getroffen"), in the present the present
("stünden in engem Austausch"), only "würde" + infinitive the future; and both directions of
a meeting the speaker's own side took part in are the speaker's own act, not one asserted
and its mirror reported. Our own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import DYAD, coded

_with_modality = partial(coded, fields=(*DYAD, "modality"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spahn sagte, Frankreich und Italien hätten sich getroffen.",
         {("FRA", "ITA", "040", "reported"), ("ITA", "FRA", "040", "reported")}),
        ("Spahn sagte, Frankreich hätte Italien kritisiert.", {("FRA", "ITA", "111", "reported")}),
        ("Spahn sagte, Frankreich und Italien würden sich treffen.",
         {("FRA", "ITA", "036", "intended"), ("ITA", "FRA", "036", "intended")}),
        # a present Konjunktiv II without "würde" stands for the Konjunktiv I: the present
        ("Die Botschaft teilte mit, China und Deutschland stünden in engem Austausch.",
         {("CHN", "DEU", "040", "reported"), ("DEU", "CHN", "040", "reported")}),
    ],
)  # fmt: skip
def test_a_konjunktiv_ii_reports_its_tense(pipeline, text, expected) -> None:
    assert expected <= _with_modality(pipeline, text, "de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"We are in close contact with France," said German Health Minister Jens Spahn.', "en"),
        ("„Wir stehen im engen Austausch mit Frankreich“, sagte Gesundheitsminister Jens Spahn.",
         "de"),
    ],
)  # fmt: skip
def test_both_directions_of_the_speakers_own_meeting_are_asserted(pipeline, text, lang) -> None:
    events = _with_modality(pipeline, text, lang)
    assert {("DEUGOV", "FRA", "040", "asserted"), ("FRA", "DEUGOV", "040", "asserted")} <= events
