"""German actors that real news names without a dictionary name: armed groups and protest
groups that take the country of their story, "die beiden Staatschefs" as two sides. Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _actors(pipeline, text: str, lang: str = "de") -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, lang, date(2019, 6, 4)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Mali haben Soldaten mutmaßliche Kämpfer festgenommen.",
         [("Mali", "MLI"), ("Soldaten", "MLIMIL"), ("Kämpfer", "MLIUAF")]),
        ("Im Norden Nigerias töteten Jihadisten mehrere Dorfbewohner.",
         [("Nigerias", "NGA"), ("Jihadisten", "NGAUAFMUS"), ("Dorfbewohner", "NGACVL")]),
        # the armed group's own country word still wins over the story's
        ("In Syrien kämpfen tunesische Dschihadisten.",
         [("Syrien", "SYR"), ("tunesische Dschihadisten", "TUNUAFMUS")]),
        ("Kämpfer griffen einen Konvoi an.", []),  # no country at all
    ],
)  # fmt: skip
def test_armed_groups_take_the_country_of_their_story(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


def test_english_militants_are_left_as_they_were(pipeline) -> None:
    assert ("militants", "SYRUAF") not in _actors(
        pipeline, "In Syria, militants attacked a base.", "en"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Berlin zogen Abtreibungsgegner vor das Rathaus, Gegendemonstranten hielten dagegen.",
         [("Abtreibungsgegner", "DEUPPL"), ("Gegendemonstranten", "DEUPPL")]),
        ("In Wien demonstrierten Impfgegner gegen die Regeln.",
         [("Impfgegner", "AUTPPL")]),
        ("In Mexiko wurden sechs Gefängnisbeamte verletzt.",
         [("Mexiko", "MEX"), ("Gefängnisbeamte", "MEXCOP")]),
    ],
)  # fmt: skip
def test_protest_and_prison_groups_take_their_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected
