"""A leader's family name that is a common word or a shared surname ("Kim", "Moon",
"Conte") names them only in an article that names their country, and only if they are the
one of that name in office then (issue 12; actors_context.py). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _actors(pipeline, text: str, lang: str, on: date | None) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, lang, date=on))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "lang", "on", "expected"),
    [
        # the country after the name, in another sentence: still the article's
        ("Trump said Kim has a chance. North Korea could become an economic power.", "en",
         date(2019, 2, 24), ("Kim", "PRKGOV")),
        # the one of that name in office on the date: Kim Jong Il in 2005
        ("Kim did not attend the talks on North Korea's nuclear programme.", "en",
         date(2005, 6, 1), ("Kim", "PRKGOV")),
        ("Moon said South Korea would keep talking.", "en", date(2018, 5, 1),
         ("Moon", "KORGOV")),
        ("Conte verteidigte die Haushaltspläne Italiens.", "de", date(2019, 6, 1),
         ("Conte", "ITAGOV")),
        # undated: the one still in office
        ("Kim inspected a missile launch in North Korea.", "en", None, ("Kim", "PRKGOV")),
        ("Johnson strebt ein Handelsabkommen zwischen Großbritannien und der EU an.", "de",
         date(2020, 9, 1), ("Johnson", "GBRGOV")),
        ("The Queen opened the new session of Britain's parliament.", "en", date(2019, 10, 14),
         ("Queen", "GBRGOV")),
    ],
)  # fmt: skip
def test_a_family_name_names_the_leader_of_the_country_the_article_names(
    pipeline, text, lang, on, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in _actors(pipeline, text, lang, on)


@pytest.mark.parametrize(
    ("text", "on"),
    [
        # no country named
        ("Kim has a chance, Trump said.", date(2019, 2, 24)),
        # both Koreas named in 2000: Kim Jong Il and Kim Dae-jung were both in office
        ("Kim welcomed the summit of North Korea and South Korea.", date(2000, 6, 1)),
        # Moon Jae-in took office in 2017
        ("Moon said South Korea would keep talking.", date(2015, 5, 1)),
        # Boris Johnson held no office in 2005: another Johnson
        ("Johnson said Britain's schools needed more teachers.", date(2005, 3, 1)),
    ],
)
def test_no_leader_without_the_country_or_with_two_of_that_name(pipeline, text, on) -> None:  # type: ignore[no-untyped-def]
    assert not [
        code
        for word, code in _actors(pipeline, text, "en", on)
        if word in ("Kim", "Moon", "Johnson")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "on", "expected"),
    [
        # out of office, both Clintons are elites of the USA in 2016
        ("Trump said Clinton had lied to the American people.", "en", date(2016, 8, 25),
         ("Clinton", "USAELI")),
        ("He called Mrs. Clinton a liar on U.S. television.", "en", date(2016, 8, 25),
         ("Clinton", "USAELI")),
        # the one in office: the senator in 2021, when Sarah Sanders was not (in 2019 both
        # were, and "Sanders" names neither)
        ("Sanders told U.S. voters he would run again.", "en", date(2021, 6, 1),
         ("Sanders", "USALEG")),
        ("Clinton flew to Beijing for talks with China on the U.S. debt.", "en",
         date(2010, 5, 24), ("Clinton", "USAGOV")),
        ("Ardern sagte, Neuseeland werde die Grenzen schließen.", "de", date(2020, 3, 19),
         ("Ardern", "NZLGOV")),
        # a given name the given-name table lacks ("Mitch") is still the person's own
        ("Schumer thanked McConnell for a vote on U.S. aid.", "en", date(2013, 6, 1),
         ("McConnell", "USALEG")),
    ],
)  # fmt: skip
def test_a_curated_persons_family_name_names_them_in_news_about_their_country(
    pipeline, text, lang, on, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in _actors(pipeline, text, lang, on)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        # no country named
        ("Clinton said she would not run again.", "en", "Clinton"),
        # the family name of another person, or a name of its own
        ("Bill Gates met Clinton in the U.S. capital.", "en", "Gates"),
        ("Warren Buffett praised the U.S. economy.", "en", "Warren"),
        ("The Clinton Foundation gave money to U.S. schools.", "en", "Clinton"),
        # words news writes in lower case too ("rice"), and names news gives to many
        # (Mike Lee's family name is also Stan Lee's, Robert E. Lee's, …)
        ("Rice prices rose in the U.S. this year.", "en", "Rice"),
        ("Lee told U.S. reporters that the comic would become a film.", "en", "Lee"),
        # nor where other people's given names the table lacks lead ("Priti", "Neil" Patel)
        ("Patel told U.S. reporters that the show would go on.", "en", "Patel"),
        # a place, and a German noun ("am Rhein"), are no family names
        ("Protesters in Austin marched against the U.S. government.", "en", "Austin"),
        ("Die Polizei in Deutschland sperrte das Ufer am Rhein.", "de", "Rhein"),
    ],
)
def test_no_family_name_where_it_does_not_stand_alone_or_is_a_word(
    pipeline, text, lang, word
) -> None:  # type: ignore[no-untyped-def]
    assert word not in [w for w, _ in _actors(pipeline, text, lang, date(2016, 8, 25))]


def test_a_family_name_two_people_in_office_share_names_neither(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sanders told U.S. voters he would run again."
    assert "Sanders" not in [w for w, _ in _actors(pipeline, text, "en", date(2019, 2, 19))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired a missile. Three Americans are still held in the North.",
         [("North Korea", "PRK"), ("North", "PRK")]),
        ("Pyongyang rejected talks; Seoul said the North’s disarmament would take years.",
         [("Seoul", "KORGOV"), ("North", "PRK")]),
        # Seoul names South Korea only: the North is not named
        ("Seoul said the North’s disarmament would take years.", [("Seoul", "KORGOV")]),
        # no Korea named: the American South, and North Carolina
        ("Voters in the South backed Trump, and North Carolina is close.", []),
    ],
)  # fmt: skip
def test_the_north_and_the_south_are_the_koreas_in_news_about_them(
    pipeline, text, expected
) -> None:  # type: ignore[no-untyped-def]
    found = _actors(pipeline, text, "en", date(2018, 6, 1))
    assert [a for a in found if a[0] in ("North", "South", "North Korea", "Seoul")] == expected
