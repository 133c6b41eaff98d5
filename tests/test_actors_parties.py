"""A party's legislators are one actor (actors_parties.py): a party's name right before its
legislators, a chamber's word right before a party's name or its phrase right after it. Our
own sentences."""

from __future__ import annotations

import pytest

from chronik.records import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GOP lawmakers criticized Iran.", [("GOP lawmakers", "USALEG"), ("Iran", "IRN")]),
        ("Labour MPs criticized the EU.", [("Labour MPs", "GBRLEG"), ("EU", "IGOEUREEC")]),
        ("Hamas lawmakers criticized Israel.", [("Hamas lawmakers", "PSELEG"), ("Israel", "ISR")]),
        (
            "Senate Republicans criticized Iran.",
            [("Senate Republicans", "USALEG"), ("Iran", "IRN")],
        ),
        ("House Democrats criticized Iran.", [("House Democrats", "USALEG"), ("Iran", "IRN")]),
        (
            "Obama criticized congressional Republicans.",
            [("Obama", "USAGOV"), ("congressional Republicans", "USALEG")],
        ),
        # ... or the chamber's phrase right after the party's name
        (
            "Republicans in Congress criticized Iran.",
            [("Republicans in Congress", "USALEG"), ("Iran", "IRN")],
        ),
        (
            "Democrats in the Senate criticized Iran.",
            [("Democrats in the Senate", "USALEG"), ("Iran", "IRN")],
        ),
        (
            "Democrats in the White House criticized Iran.",
            [("Democrats", "USAPTY"), ("White House", "USAGOV"), ("Iran", "IRN")],
        ),
        # the White House is no chamber
        (
            "White House Republicans criticized Iran.",
            [("White House", "USAGOV"), ("Republicans", "USAPTY"), ("Iran", "IRN")],
        ),
        # apart, the party and the legislators are two actors
        (
            "The GOP, lawmakers said, criticized Iran.",
            [("GOP", "USAPTY"), ("lawmakers", "USALEG"), ("Iran", "IRN")],
        ),
    ],
)
def test_party_before_legislators_is_one_actor(pipeline, text: str, expected: list) -> None:  # type: ignore[type-arg]
    doc = pipeline(Article(id="t", text=text, lang="en"))
    assert [(a.span.text, a.code) for a in doc.actors] == expected


def test_party_legislators_give_one_event(pipeline) -> None:
    doc = pipeline(Article(id="t", text="GOP lawmakers criticized Iran.", lang="en"))
    assert [
        (e.source.code, e.target.code, e.cameo) for e in doc.events if e.source and e.target
    ] == [("USALEG", "IRN", "111")]


def test_german_party_groups_stay_as_they_are(pipeline) -> None:
    doc = pipeline(Article(id="t", text="SPD Abgeordnete kritisierten den Iran.", lang="de"))
    assert all(a.span.text != "SPD Abgeordnete" for a in doc.actors)
