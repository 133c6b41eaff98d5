"""Country words that share or lead the agent noun after them (actors_heads.py): coordinated
country adjectives ("American and Iraqi officials") and led alliances ("the U.S.-led
coalition"). Our own sentences."""

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
    ("text", "lang", "expected"),
    [
        ("American and Iraqi officials met.", "en",
         [("American", "USAGOV"), ("Iraqi officials", "IRQGOV")]),
        ("The U.S. and Chinese negotiators met.", "en",
         [("U.S.", "USAGOV"), ("Chinese negotiators", "CHNGOV")]),
        ("South Korean or Japanese troops will come.", "en",
         [("South Korean", "KORMIL"), ("Japanese troops", "JPNMIL")]),
        ("British, French and Italian ministers spoke.", "en",
         [("British", "GBRGOV"), ("French", "FRAGOV"), ("Italian ministers", "ITAGOV")]),
        ("Französische und deutsche Soldaten kamen an.", "de",
         [("Französische", "FRAMIL"), ("deutsche Soldaten", "DEUMIL")]),
    ],
)  # fmt: skip
def test_coordinated_country_adjectives_share_the_agent(
    actors: ActorDictionary, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _codes(actors, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's own name is a side of its own, no adjective of the head
        ("Fighting between Israel and Palestinian militants went on.",
         [("Israel", "ISR"), ("Palestinian militants", "PSEUAF")]),
        ("Iran and Iraqi officials signed.", [("Iran", "IRN"), ("Iraqi officials", "IRQGOV")]),
        # an organisation keeps its code: nothing to share
        ("EU and NATO officials spoke.", [("EU", "IGOEUREEC"), ("NATO officials", "IGOWSTNAT")]),
        # a noun between: the adjective has its own head
        ("Russian hackers and American officials spoke.",
         [("Russian", "RUS"), ("American officials", "USAGOV")]),
    ],
)  # fmt: skip
def test_no_shared_agent_without_coordinated_adjectives(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _codes(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.-led coalition struck again.", [("U.S.-led coalition", "USAMIL")]),
        ("Saudi-led forces entered Aden.", [("Saudi-led forces", "SAUMIL")]),
        ("Russian-led troops arrived.", [("Russian-led troops", "RUSMIL")]),
    ],
)
def test_a_country_leading_an_alliance_is_its_military(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _codes(actors, text) == expected


def test_a_party_leading_a_coalition_is_no_military(actors: ActorDictionary) -> None:
    assert not any(
        code.endswith("MIL") for _, code in _codes(actors, "The Labour-led coalition fell.")
    )


def test_a_led_coalition_is_the_attacker_of_an_event(pipeline) -> None:
    text = "The Saudi-led coalition bombed Houthi rebels."
    events = pipeline(Article(id="h", text=text, lang="en", date=ON)).events
    assert [(e.source.code, e.cameo[:2]) for e in events if e.source] == [("SAUMIL", "19")]
