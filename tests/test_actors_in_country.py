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
