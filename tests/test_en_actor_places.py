"""English groups and titled people in local news (session 13, issue 12): the places the
gazetteer knows give them their country, as in German (actors_places.py). Our own sentences
through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

from .coding import coded


def _actors(pipeline, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = pipeline(Article("t", text, "en", date(2019, 5, 1)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city or state before the group, or after a preposition, is where it is
        ("Chicago police arrested a protester.", ("police", "USACOP")),
        ("Police in Leeds arrested two men on Sunday.", ("Police", "GBRCOP")),
        # a place in an earlier sentence makes the story's country
        (
            "A man was found injured in Birkenhead on Saturday. "
            "Police have appealed for witnesses to come forward.",
            ("Police", "GBRCOP"),
        ),
        # a titled person the dictionary lacks takes the country of a US state named before
        (
            "Montana has strict voting rules. Secretary of State Jane Doe criticized them.",
            ("Secretary of State Jane Doe", "USAGOV"),
        ),
    ],
)
def test_local_places_give_groups_and_officials_their_country(
    pipeline,  # type: ignore[no-untyped-def]
    text: str,
    expected: tuple[str, str],
) -> None:
    assert expected in _actors(pipeline, text)


def test_a_local_arrest_is_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("USACOP", "USACVL", "173") in coded(
        pipeline, "Chicago police arrested a protester.", on=date(2019, 5, 1)
    )


def test_a_us_state_is_not_a_foreign_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Virginia" is a town in South Africa too; the US state wins
    text = "At a detention center in Virginia, detainees refused to eat."
    assert ("detainees", "USACVL") in _actors(pipeline, text)
