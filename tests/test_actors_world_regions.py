"""World regions named by their adjective before an agent noun ("European leaders" →
EURGOV): training/curated/regions.tsv, CAMEO's international region codes. Our own
sentences."""

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
        ("European leaders met in Rome.", "en", [("European leaders", "EURGOV")]),
        ("Western diplomats left.", "en", [("Western diplomats", "WSTGOV")]),
        ("African ministers arrived.", "en", [("African ministers", "AFRGOV")]),
        ("Latin American presidents spoke.", "en", [("Latin American presidents", "LAMGOV")]),
        ("European and American officials met.", "en",
         [("European", "EURGOV"), ("American officials", "USAGOV")]),
        ("Westliche Regierungen protestierten.", "de", [("Westliche Regierungen", "WSTGOV")]),
        ("Arabische Staatschefs trafen sich.", "de", [("Arabische Staatschefs", "ARBGOV")]),
    ],
)  # fmt: skip
def test_a_region_adjective_with_an_agent_is_the_regions_actor(
    actors: ActorDictionary, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _codes(actors, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("European markets fell.", "en"),
        ("The Western approach failed.", "en"),
        # a region's people and firms are too loose a group
        ("African migrants and Asian banks arrived.", "en"),
        ("Das Dorf liegt westlich der Stadt.", "de"),
    ],
)
def test_a_region_adjective_alone_is_no_actor(
    actors: ActorDictionary, text: str, lang: str
) -> None:
    assert _codes(actors, text, lang) == []


def test_the_european_union_stays_itself(actors: ActorDictionary) -> None:
    assert _codes(actors, "The European Union met.") == [("European Union", "IGOEUREEC")]


def test_region_leaders_are_a_side_of_an_event(pipeline) -> None:
    text = "Western leaders criticised Russia."
    events = pipeline(Article(id="w", text=text, lang="en", date=ON)).events
    assert [(e.source.code, e.target.code) for e in events if e.source and e.target] == [
        ("WSTGOV", "RUS")
    ]
