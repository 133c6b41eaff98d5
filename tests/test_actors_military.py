"""A country's military named by its forces or its means ("Iraqi forces", "Israeli
airstrikes", "U.S. drones"): training/curated/agents.tsv, actors_words.GENERIC_GROUPS.
Our own sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from chronik.actors import ActorDictionary
from chronik.records import Article

from .coding import mention_codes

ON = date(2019, 3, 1)
_codes = partial(mention_codes, on=ON)  # (words, code) of each mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi forces entered the city.", [("Iraqi forces", "IRQMIL")]),
        ("U.S. forces left the base.", [("U.S. forces", "USAMIL")]),
        ("The forces of Syria advanced.", [("forces of Syria", "SYRMIL")]),
        ("Israeli airstrikes hit the port.", [("Israeli airstrikes", "ISRMIL")]),
        ("An Iranian drone flew over the gulf.", [("Iranian drone", "IRNMIL")]),
        ("Russian warships and Chinese bombers arrived.",
         [("Russian warships", "RUSMIL"), ("Chinese bombers", "CHNMIL")]),
    ],
)  # fmt: skip
def test_forces_and_means_with_a_country_are_its_military(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _codes(actors, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Market forces pushed prices up.",
        "Political forces criticised the plan.",
        "A drone filmed the crowd.",
        "The airstrikes killed ten people.",
    ],
)
def test_forces_and_means_without_a_country_are_no_actor(
    actors: ActorDictionary, text: str
) -> None:
    assert _codes(actors, text) == []


def test_a_verb_forces_before_a_name_is_no_military(actors: ActorDictionary) -> None:
    assert _codes(actors, "Trump forces Congress to act.") == [("Trump", "USAGOV")]


def test_forces_code_the_attacker_of_an_event(pipeline) -> None:
    article = Article(
        id="m", text="Iraqi forces attacked Islamic State positions.", lang="en", date=ON
    )
    events = pipeline(article).events
    assert [(e.source.code, e.cameo[:2]) for e in events if e.source] == [("IRQMIL", "19")]
