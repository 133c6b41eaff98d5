"""English news: the US Congress and American party legislators are American whatever
country the sentence names; a company's chief executive is no government."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.actors_american import american
from chronik.records import Article, Span


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, "en", date(2019, 1, 23)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria's army shelled the town. Congress voted against the deal on Tuesday.",
         [("Syria's army", "SYRMIL"), ("Congress", "USALEG")]),
        ("Republican senators criticized Cuba on Monday.",
         [("Cuba", "CUB"), ("senators", "USALEG")]),
        ("Democratic lawmakers accused Venezuela of fraud.",
         [("Venezuela", "VEN"), ("lawmakers", "USALEG")]),
        ("The Congresswoman scolded Cuba on Monday.",
         [("Cuba", "CUB"), ("Congresswoman", "USALEG")]),
        ("The Republican-led Senate condemned Iran on Monday.",
         [("Senate", "USALEG"), ("Iran", "IRN")]),
        # the parties' leaders in Congress, as annotators code them
        ("Republican leaders criticized Cuba on Monday.",
         [("Cuba", "CUB"), ("Republican leaders", "USALEG")]),
        ("The GOP leadership condemned Iran on Monday.",
         [("GOP leadership", "USALEG"), ("Iran", "IRN")]),
        # "the Senate" alone is the US one only where the article names the US
        ("Washington warned Iran. The Senate condemned Iran on Monday.",
         [("Washington", "USAGOV"), ("Iran", "IRN"), ("Senate", "USALEG"), ("Iran", "IRN")]),
        ("The Senate condemned Iran on Monday.", [("Senate", "IRNLEG"), ("Iran", "IRN")]),
        # a country's own congress or party legislators keep their country
        ("Brazil's Congress approved the deal with Argentina.",
         [("Brazil's Congress", "BRALEG"), ("Argentina", "ARG")]),
        ("In Germany, Social Democratic lawmakers criticized the plan.",
         [("Germany", "DEU"), ("lawmakers", "DEULEG")]),
        ("In Germany, the Social Democratic leader criticized the plan.",
         [("Germany", "DEU"), ("Democratic leader", "DEULEG")]),
    ],
)  # fmt: skip
def test_us_congress_is_american(pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_actors(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Cuba's National Congress met.", 22),
        ("The Congress party of India met.", 4),
        ("The party congress met in Cuba.", 10),  # lower case: a party's congress
    ],
)
def test_other_congresses_are_not_american(text: str, start: int) -> None:
    span = Span(start, start + 8, text[start : start + 8])
    assert not american("LEG", span, text, "en")


def test_republican_guard_is_no_us_legislator() -> None:
    text = "Iraq's Republican Guard attacked the town."
    assert not american("MIL", Span(18, 23, "Guard"), text, "en")
    assert not american("LEG", Span(18, 23, "Guard"), text, "de")


def test_company_chief_executive_is_no_government(pipeline) -> None:
    # a company's (the possessor's) executive has no country: uncoded, name and all
    assert _actors(pipeline, "Cuba's leader met the bank's chief executive Mara Lind.") == [
        ("Cuba's leader", "CUBGOV"),
        ("bank", "CUBBUS"),
    ]
    assert _actors(pipeline, "Cuba's economy shrank. Chief executive Mara Lind warned.") == [
        ("Cuba", "CUB"),
        ("Chief executive Mara Lind", "CUBBUS"),
    ]


def test_a_named_companys_executive_is_uncoded(pipeline) -> None:
    assert _actors(pipeline, "Cuba protested. Zentra chief executive Mara Lind met officials.") == [
        ("Cuba", "CUB")
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a US service by its own capitalised name, wherever the story is
        ("Qatar released a soldier to the United States. The Army will review his case.",
         ("Army", "USAMIL")),
        ("The United States sent aid to Nepal. The Marines are helping in Nepal.",
         ("Marines", "USAMIL")),
        ("Washington warned Syria. The Navy said its ships stay off Syria.", ("Navy", "USAMIL")),
        # lower case is the story's army; a country's army stays its own
        ("Washington warned Syria. Syria shelled Homs. In Syria, the army attacked Homs.",
         ("army", "SYRMIL")),
        ("The United States criticised Syria. The Syrian Army shelled the town.",
         ("Syrian Army", "SYRMIL")),
        # without the US in the article it is the story's own
        ("Syria shelled Homs. The Army attacked the town.", ("Army", "SYRMIL")),
    ],
)  # fmt: skip
def test_us_services_by_their_own_names_are_american(
    pipeline, text: str, mention: tuple[str, str]
) -> None:
    assert mention in _actors(pipeline, text)


def test_the_army_of_a_british_story_is_british(pipeline) -> None:
    text = (
        "London criticised the United States. British ministers in London announced a"
        " reorganisation of the Army in Britain."
    )
    assert ("Army", "GBRMIL") in _actors(pipeline, text)
