"""English people the coder missed (issue 12): undated articles, a title of Congress before a
person the dictionary knows only from a later office, and people introduced by a member noun
without an article. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _actors(pipeline, text: str, on: date | None) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, "en", date=on))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undated: an ended office still counts (news names people mostly while in office)
        ("Gordon Brown met the bankers.", [("Gordon Brown", "GBRGOV")]),
        ("Dianne Feinstein questioned the nominee.", [("Dianne Feinstein", "USALEG")]),
        # "former" still makes an elite
        ("Former chancellor Gordon Brown met the bankers.",
         [("chancellor Gordon Brown", "GBRELI")]),
    ],
)  # fmt: skip
def test_an_undated_person_keeps_their_newest_office(pipeline, text, expected) -> None:
    assert _actors(pipeline, text, None) == expected


def test_an_undated_article_that_says_former_makes_an_elite_throughout(pipeline) -> None:
    text = "Khartoum will hand over former President Omar al-Bashir. Bashir ruled for thirty years."
    assert _actors(pipeline, text, None) == [
        ("Khartoum", "SDNGOV"),
        ("former President Omar al-Bashir", "SDNELI"),
        ("Bashir", "SDNELI"),
    ]


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # the dictionary knows Harris and Rubio from later offices only
        ("Sen. Kamala Harris questioned the nominee. Harris voted no.", date(2018, 9, 1),
         [("Kamala Harris", "USALEG"), ("Harris", "USALEG")]),
        ("Senator Marco Rubio visited Miami.", date(2018, 9, 1),
         [("Senator Marco Rubio", "USALEG")]),
        ("Gov. Mike Pence signed the bill.", date(2015, 3, 1), [("Mike Pence", "USAGOV")]),
        # a minister's title too: Barnier was foreign minister long before his later offices
        ("French Foreign Minister Michel Barnier flew to Rome.", date(2005, 3, 1),
         [("French Foreign Minister Michel Barnier", "FRAGOV")]),
        # and between offices: the dictionary knows Baker's offices before and after his
        # years at the Treasury, not those
        ("Treasury Secretary James Baker flew to Tokyo.", date(1987, 3, 1),
         [("Treasury Secretary James Baker", "USAGOV")]),
        # without a title, the dates say: an elite before the first office
        ("Kamala Harris questioned the nominee.", date(2018, 9, 1),
         [("Kamala Harris", "USAELI")]),
        # a leader's title before the office is no office yet (a president-elect)
        ("President Donald Trump named a cabinet.", date(2016, 12, 1),
         [("President Donald Trump", "USAELI")]),
        # a job is no office: the dates still say elite
        ("Businessman Donald Trump spoke in Iowa.", date(2016, 2, 1),
         [("Businessman Donald Trump", "USAELI")]),
        # a title the dates contradict does not undo a later office
        ("Sen. Marco Rubio visited Miami.", date(2026, 2, 1), [("Marco Rubio", "USAGOV")]),
    ],
)  # fmt: skip
def test_a_title_of_an_office_before_a_later_one(pipeline, text, on, expected) -> None:
    assert _actors(pipeline, text, on) == expected


def test_a_member_noun_without_article_gives_the_institution(pipeline) -> None:
    text = (
        "Maria Lopez, legal director of Amnesty International, criticised Britain. "
        "Lopez said the inquiry had failed."
    )
    actors = _actors(pipeline, text, date(2019, 3, 1))
    assert ("Maria Lopez", "NGOHRIAMN") in actors
    assert ("Lopez", "NGOHRIAMN") in actors


def test_a_member_noun_without_a_coded_institution_gives_nobody(pipeline) -> None:
    text = "Police met Dan Fielding, director of operations, and Sarah Jones."
    names = [words for words, _ in _actors(pipeline, text, date(2019, 3, 1))]
    assert "Dan Fielding" not in names


def test_a_legislator_acronym_in_an_apposition(pipeline) -> None:
    text = "Dan Fielding, a Labour MP, criticised the plan. Mr Fielding said it would fail."
    actors = _actors(pipeline, text, date(2019, 3, 1))
    assert ("Dan Fielding", "GBRLEG") in actors
    assert ("Fielding", "GBRLEG") in actors
