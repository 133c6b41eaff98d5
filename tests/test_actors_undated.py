"""English actors as undated articles and honorifics name them (issue 12): an undated
article's own month-and-year dates bound its year (actors_undated.py), and "Mr. X" is no
other office holder when the article named someone with X in their name (actors_titles.py).
Our own sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from chronik.actors import ActorDictionary
from chronik.actors_undated import written_since
from chronik.document import Document
from chronik.records import Article

from .coding import mention_codes


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The report came out in March 2016 and was read widely.", 2016),
        ("He spoke on Jan. 12, 2014. In June 2011 he had resigned.", 2014),
        # plans, deadlines and the end of a span say nothing about when it was written
        ("The court would hear the case on Nov. 3, 2021; the rule was made in May 2012.", 2012),
        ("The pact runs from April 2013 to December 2015.", None),
        ("The deal expires in August 2030.", None),
        # a bare year is as often a plan or an anniversary ("the 2020 race")
        ("Both parties look ahead to the 2020 race.", None),
    ],
)
def test_the_year_an_undated_article_was_written_since(text: str, year: int | None) -> None:
    assert written_since(text) == year


def _people(pipeline: Callable[[Article], Document], text: str, lang: str = "en") -> list[str]:
    doc = pipeline(Article(id="t", text=text, lang=lang, date=None))
    return [f"{a.span.text}={a.code}" for a in doc.actors if a.span.text[:1].isupper()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a president two decades out of office in a story written in 2016 or later
        ("Bill Clinton praised the plan in a speech in March 2016.", ["Bill Clinton=USAELI"]),
        # without a dated past the newest office stays (Entity.role_on)
        ("Bill Clinton praised the plan in a speech.", ["Bill Clinton=USAGOV"]),
        ("Bill Clinton said the vote would come in March 2016.", ["Bill Clinton=USAGOV"]),
        # an office not over in that year stays
        ("Angela Merkel spoke to reporters on 3 May. In April 2014 she had met them.",
         ["Angela Merkel=DEUGOV"]),
    ],
)  # fmt: skip
def test_an_office_over_before_the_articles_year_is_an_elite(
    pipeline: Callable[[Article], Document], text: str, expected: list[str]
) -> None:
    assert _people(pipeline, text) == expected


def test_a_dated_article_keeps_its_own_date(pipeline: Callable[[Article], Document]) -> None:
    text = "Bill Clinton praised the plan in a speech in March 2016."
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(1998, 5, 1)))
    assert [a.code for a in doc.actors] == ["USAGOV"]


def test_an_honorific_is_no_other_office_holder_of_a_named_persons_word(
    actors: ActorDictionary,
) -> None:
    text = "Mexican President Enrique Pena Nieto flew north. Mr. Pena will see the governors."
    codes = mention_codes(actors, text, on=date(2015, 1, 6))
    assert ("Mexican President Enrique Pena Nieto", "MEXGOV") in codes
    assert all(code != "DOMGOV" for _, code in codes)
    # alone in the article, "Mr. Pena" is still the one Pena in office
    assert mention_codes(actors, "Mr. Pena will see the governors.", on=date(2015, 1, 6)) == [
        ("Pena", "DOMGOV")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the best-known person of the name in the country the article names most
        ("Tony Blair met the Tories. Mr Brown said the economy was strong.",
         ["Tony Blair=GBRGOV", "Tories=GBROPP", "Brown=GBRGOV"]),
        ("Tony Blair attacked the Tories. Mr Kennedy attacked Labour.",
         ["Tony Blair=GBRGOV", "Tories=GBROPP", "Kennedy=GBROPP", "Labour=GBRGOV"]),
        ("Obama met Republicans. Mr Kennedy said the justices would rule.",
         ["Obama=USAGOV", "Republicans=USAPTY", "Kennedy=USAJUD"]),
        # no person named: a country the article names ("The UK's …"), not the other
        # country's minister beside him
        ("The UK's plan is important. Mr Brown met the Italian finance minister.",
         ["UK=GBR", "Brown=GBRGOV", "Italian finance minister=ITAGOV"]),
        ("Britain will vote in May. Mr Howard said the economy was weak.",
         ["Britain=GBR", "Howard=GBROPP"]),
        # no country at all: no one; in a country with several of the name: no one
        ("Mr Brown said the economy was strong.", []),
        ("The US will vote in May. Mr Brown said the economy was strong.", ["US=USA"]),
    ],
)  # fmt: skip
def test_an_undated_honorific_names_the_best_known_person_of_the_articles_country(
    pipeline: Callable[[Article], Document], text: str, expected: list[str]
) -> None:
    assert _people(pipeline, text) == expected
