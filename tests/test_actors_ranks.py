"""A rank before a title ("deputy", "acting", "interim") is no role of its own: the title
after it codes (actors_words.RANKS; Phoenix's "Deputy" as police is not taken over by
training/build_actors.py). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.actors import ActorDictionary

ON = date(2019, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's deputy foreign minister spoke.", [("Iran's deputy foreign minister", "IRNGOV")]),
        ("The Iranian deputy foreign minister spoke.",
         [("Iranian deputy foreign minister", "IRNGOV")]),
        ("Turkey's acting interior minister spoke.",
         [("Turkey's acting interior minister", "TURGOV")]),
        ("Egypt's interim president spoke.", [("Egypt's interim president", "EGYGOV")]),
    ],
)  # fmt: skip
def test_a_rank_between_country_and_title_is_skipped(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.code) for m in actors.mentions(text, on=ON, lang="en")] == expected


@pytest.mark.parametrize(
    "text",
    ["A deputy spoke to the press.", "Turkey's deputy prime minister spoke.", "The deputy editor"],
)
def test_deputy_is_no_police(actors: ActorDictionary, text: str) -> None:
    assert not any(m.code.endswith("COP") for m in actors.mentions(text, on=ON, lang="en"))
