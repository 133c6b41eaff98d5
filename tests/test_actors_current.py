"""A title before a name makes an office current that the dictionary cannot date
(actors_current.py). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.actors import ActorDictionary
from chronik.records import Article

from .coding import mention_codes


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # no date: the title says the office is held, not over
        ("Prime Minister Tony Blair flew to Paris.", None,
         [("Prime Minister Tony Blair", "GBRGOV")]),
        ("Indonesian President Joko Widodo met the envoy.", None,
         [("Indonesian President Joko Widodo", "IDNGOV")]),
        # without a date an untitled person keeps their newest office too (Entity.role_on);
        # after "former" they are an elite
        ("Tony Blair flew to Paris.", None, [("Tony Blair", "GBRGOV")]),
        ("Former Prime Minister Tony Blair flew to Paris.", None,
         [("Former Prime Minister Tony Blair", "GBRELI")]),
        # a dated row that ended stays ended, title or not
        ("President Barack Obama spoke in Chicago.", date(2018, 5, 1),
         [("President Barack Obama", "USAELI")]),
        # a Phoenix row the build closed at the freeze: the title wins after that date
        ("President Abdelaziz Bouteflika appointed a cabinet.", date(2017, 5, 1),
         [("President Abdelaziz Bouteflika", "DZAGOV")]),
        ("Abdelaziz Bouteflika appointed a cabinet.", date(2017, 5, 1),
         [("Abdelaziz Bouteflika", "DZAELI")]),
    ],
)  # fmt: skip
def test_a_title_makes_an_undated_office_current(
    actors: ActorDictionary, text: str, on: date | None, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, on=on) == expected


def test_later_mentions_follow_the_titled_one(pipeline) -> None:
    text = (
        "Prime Minister Tony Blair arrived in Brussels on Monday. "
        "Mr Blair said the talks would be hard. Later Blair met the press."
    )
    actors = pipeline(Article("t", text, "en")).actors
    blair = [(a.span.text, a.code) for a in actors if "Blair" in a.span.text]
    assert blair == [
        ("Prime Minister Tony Blair", "GBRGOV"),
        ("Blair", "GBRGOV"),
        ("Blair", "GBRGOV"),
    ]


def test_a_former_mention_later_stays_an_elite(pipeline) -> None:
    text = "Prime Minister Tony Blair spoke. The former Blair aide disagreed."
    actors = pipeline(Article("t", text, "en")).actors
    assert [a.code for a in actors if a.span.text == "Blair"] == ["GBRELI"]


def test_untitled_mentions_keep_the_dictionary_code(pipeline) -> None:
    text = "Mr Blair arrived in Brussels. Blair said the talks would be hard."
    actors = pipeline(Article("t", text, "en", date=date(2012, 3, 1))).actors
    assert {a.code for a in actors if "Blair" in a.span.text} == {"GBRELI"}
