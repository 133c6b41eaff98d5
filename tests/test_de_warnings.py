"""German "warnen" (issue 12, session 45): German news cautions an addressee ("warnte die
Bundesregierung vor einem Alleingang", "… davor, Sanktionen zu verhängen"), an appeal
(020), never once a threat of the speaker's own act in the German gold; a threat is what
the content says ("warnte, Pjöngjang werde einen Preis zahlen", 130) or a warning of force
or consequences ("warnte die Nato vor einer Stationierung neuer Raketen"). What is warned
against did not happen: "warnte davor, Sanktionen zu verhängen" is no sanction. Sentences
of our own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    "text",
    [
        "Der französische Präsident warnte Russland.",
        "Der französische Präsident warnte Russland vor einem Alleingang.",
        "Der französische Präsident warnte Russland davor, die Grenze zu schließen.",
    ],
)
def test_warning_an_addressee_is_an_appeal(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, "de", negated=False) == {("FRAGOV", "RUS", "020")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Seoul warnte, Pjöngjang werde einen Preis zahlen.", ("KORGOV", "PRKGOV")),
        # of force or consequences to come for the addressee
        ("Russland warnte die Nato vor einer Stationierung neuer Raketen.", ("RUS", "IGOWSTNAT")),
        ("China warnte die USA vor Konsequenzen.", ("CHN", "USA")),
    ],
)
def test_a_warning_of_force_or_consequences_stays_a_threat(pipeline, text: str, dyad) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, "de") == {(*dyad, "130")}


@pytest.mark.parametrize("verb", ["warnte davor", "riet davon ab"])
def test_what_is_warned_against_is_no_act(pipeline, verb: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Der französische Präsident {verb}, Sanktionen gegen Russland zu verhängen."
    assert not coded(pipeline, text, "de", negated=False)
