"""Offices the dictionaries lacked for people they know and British office holders
(training/curated/officials.tsv), and British titles (training/curated/agents.tsv,
ngos.tsv). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.actors import ActorDictionary
from chronik.records import Article

from .coding import mention_codes


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # offices the dictionaries lacked for people they know (training/curated/officials.tsv)
        ("Gordon Brown presented the budget.", date(2005, 3, 16),
         [("Gordon Brown", "GBRGOV")]),
        ("Gordon Brown spoke.", date(2012, 1, 1), [("Gordon Brown", "GBRELI")]),
        ("George Osborne presented the budget.", date(2016, 3, 16),
         [("George Osborne", "GBRGOV")]),
        # a Phoenix row replaced: a legislator after Phoenix's last role for her
        ("Pelosi criticised the plan.", date(2019, 6, 1), [("Pelosi", "USALEG")]),
        ("Harry Reid blocked the bill.", date(2016, 6, 1), [("Harry Reid", "USALEG")]),
        ("Harry Reid spoke.", date(2018, 6, 1), [("Harry Reid", "USAELI")]),
        # British office holders the dictionaries lacked
        ("Mr Prescott met the unions.", date(2005, 3, 1), [("Prescott", "GBRGOV")]),
        ("Michael Howard attacked the plan.", date(2005, 2, 1),
         [("Michael Howard", "GBROPP")]),
        ("Jack McConnell visited a school.", date(2005, 2, 1),
         [("Jack McConnell", "GBRGOV")]),
        # American office holders (the American part of the table)
        ("Senator Chuck Schumer and Lindsey Graham spoke.", date(2019, 3, 1),
         [("Senator Chuck Schumer", "USALEG"), ("Lindsey Graham", "USALEG")]),
        ("Kavanaugh wrote the opinion.", date(2019, 6, 1), [("Kavanaugh", "USAJUD")]),
        ("Democrats criticized Barr.", date(2019, 5, 1),
         [("Democrats", "USAPTY"), ("Barr", "USAGOV")]),
        ("Mueller interviewed the witness.", date(2018, 6, 1), [("Mueller", "USAJUD")]),
        ("Flake criticised the deal.", date(2020, 1, 1), [("Flake", "USAELI")]),
        ("Mitt Romney voted.", date(2012, 1, 1), [("Mitt Romney", "USAELI")]),
        ("Mitt Romney voted.", date(2020, 1, 1), [("Mitt Romney", "USALEG")]),
        # a family name shared with another person or a word names nobody alone
        ("Graham wrote in response.", date(2018, 1, 1), []),
        # an office that ended makes an elite
        ("Jack McConnell visited a school.", date(2010, 2, 1),
         [("Jack McConnell", "GBRELI")]),
    ],
)  # fmt: skip
def test_offices_the_dictionaries_lacked(
    actors: ActorDictionary, text: str, on: date | None, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, on=on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scotland's first minister visited a school.",
         [("Scotland's first minister", "GBRGOV")]),
        ("The Welsh First Minister opened the debate.", [("Welsh First Minister", "GBRGOV")]),
        ("The Tory leader attacked the budget.", [("Tory", "GBROPP")]),
    ],
)  # fmt: skip
def test_british_titles_and_parties(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, on=date(2005, 3, 1)) == expected


def test_a_shadow_minister_is_the_opposition(pipeline) -> None:
    text = (
        "Britain votes in May. Shadow home secretary Peter Marsh attacked the plan. "
        "Mr Marsh said the government had failed."
    )
    actors = pipeline(Article("t", text, "en", date(2005, 3, 1))).actors
    assert [
        (a.span.text, a.code) for a in actors if "Marsh" in a.span.text or "hadow" in a.span.text
    ] == [
        ("Shadow home secretary Peter Marsh", "GBROPP"),
        ("Marsh", "GBROPP"),
    ]


def test_a_shadow_portfolio_is_the_opposition_of_westminster(pipeline) -> None:
    # "Shadow" before the portfolio's words, in a story that names no country
    text = "Shadow Transport Secretary Ann Keller accused the minister of delays."
    actors = pipeline(Article("t", text, "en", date(2005, 3, 1))).actors
    assert [(a.span.text, a.code) for a in actors] == [("Secretary Ann Keller", "GBROPP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Food and Drug Administration approved the vaccine.",
         [("Food and Drug Administration", "USAGOVHLH")]),
        ("The IRS targeted the groups.", [("IRS", "USAGOV")]),
        ("The Congressional Budget Office scored the bill.",
         [("Congressional Budget Office", "USAGOVLEG")]),
        ("The National Audit Office praised ministers.",
         [("National Audit Office", "GBRGOV")]),
        ("The UK Treasury allocated the money.", [("UK Treasury", "GBRGOV")]),
        # a country before the office makes it that country's
        ("The German Foreign Office summoned him.", [("German Foreign Office", "DEUGOV")]),
        # an official of a body, and a former one
        ("A State Department official spoke.", [("State Department official", "USAGOV")]),
        ("The former State Department official spoke.",
         [("State Department official", "USAELI")]),
        # a minister's or leader's counterpart holds the same office in another state
        ("He met his South Korean counterpart.", [("South Korean counterpart", "KORGOV")]),
    ],
)  # fmt: skip
def test_public_bodies_of_english_news(
    actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mention_codes(actors, text, on=date(2019, 3, 1)) == expected


def test_english_short_names_are_no_german_words(actors: ActorDictionary) -> None:
    assert actors.mentions("Das Schiff legte in Hamburg an.", on=None, lang="de") == []
    assert [m.code for m in actors.mentions("Schiff protested.", on=None, lang="en")] == ["USALEG"]


def test_a_family_name_that_is_a_german_word_names_someone_in_english_only(
    actors: ActorDictionary,
) -> None:
    # "Hagel" is Chuck Hagel in English news, hail in German
    on = date(2014, 1, 10)
    assert mention_codes(actors, "Obama defended Hagel.", on=on) == [
        ("Obama", "USAGOV"),
        ("Hagel", "USAGOV"),
    ]
    assert mention_codes(actors, "Der Hagel zerstörte die Ernte.", "de", on=on) == []


def test_the_people_of_1987_news(actors: ActorDictionary) -> None:
    # Phoenix's people of 1986-2007 are kept, and Soviet leaders are the Soviet Union's
    text = "President Reagan met Margaret Thatcher and Mikhail Gorbachev."
    assert mention_codes(actors, text, on=date(1987, 5, 1)) == [
        ("President Reagan", "USAGOV"),
        ("Margaret Thatcher", "GBRGOV"),
        ("Mikhail Gorbachev", "SUNGOV"),
    ]
    assert mention_codes(actors, "Boris Yeltsin met Bill Clinton.", on=date(1995, 5, 1)) == [
        ("Boris Yeltsin", "RUSGOV"),
        ("Bill Clinton", "USAGOV"),
    ]
    # a few distinctive family names of 1987 news name them alone
    assert mention_codes(actors, "Reagan met Gorbachev.", on=date(1987, 5, 1)) == [
        ("Reagan", "USAGOV"),
        ("Gorbachev", "SUNGOV"),
    ]
