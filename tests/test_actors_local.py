"""Titled people the dictionary lacks in a foreign passage of an article about another
country (actors_local.py). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

_US_STORY = (
    "The United States imposed new sanctions on Monday. "
    "Washington said the United States would act. "
)


def _codes(pipeline, text: str) -> dict[str, str]:
    doc = pipeline(Article("t", _US_STORY + text, "en", date(2019, 6, 4)))
    return {a.span.text: a.code for a in doc.actors}


@pytest.mark.parametrize(
    ("text", "who", "code"),
    [
        # the sentence before names one other country: the minister is of it
        ("Venezuela rejected the sanctions. Foreign Minister Jorge Arreazo said they were illegal.",
         "Foreign Minister Jorge Arreazo", "VENGOV"),
        # nothing foreign around: the article's main country
        ("The sanctions came late. Foreign Minister Jorge Arreazo said they were illegal.",
         "Foreign Minister Jorge Arreazo", "USAGOV"),
        # an actor of the main country in that sentence keeps the main country
        ("President Trump spoke to Venezuela. Foreign Minister Jorge Arreazo said they were "
         "illegal.", "Foreign Minister Jorge Arreazo", "USAGOV"),
        # a country in what the person says is their topic too
        ("The sanctions came late. “Venezuela must talk,” Foreign Minister Jorge Arreazo said.",
         "Foreign Minister Jorge Arreazo", "USAGOV"),
        # a country after the person is their topic, not their home
        ("The sanctions came late. Foreign Minister Jorge Arreazo warned Venezuela.",
         "Foreign Minister Jorge Arreazo", "USAGOV"),
    ],
)  # fmt: skip
def test_an_unknown_actor_takes_the_country_of_its_passage(
    pipeline, text: str, who: str, code: str
) -> None:
    assert _codes(pipeline, text).get(who) == code


def test_several_foreign_countries_leave_the_person_uncoded(pipeline) -> None:
    codes = _codes(
        pipeline,
        "Venezuela and Cuba rejected the sanctions. Foreign Minister Jorge Arreazo said so.",
    )
    assert not any("Arreazo" in span for span in codes)


_KOREA_STORY = "North Korea launched a satellite on Wednesday. Pyongyang hailed the launch. "


@pytest.mark.parametrize(
    ("text", "who", "code"),
    [
        # a role word right after a country's mention is of that country, not the story's
        ("A senior Iranian military commander praised the launch.", "commander", "IRNMIL"),
        # so is a titled person the dictionary lacks (though the story's country follows),
        # and their family name later
        ("Russian Foreign Ministry spokesman Ivan Petrovsky said North Korea was right. "
         "Petrovsky said so.", "spokesman Ivan Petrovsky", "RUSGOV"),
        ("Russian Foreign Ministry spokesman Ivan Petrovsky said North Korea was right. "
         "Petrovsky said so.", "Petrovsky", "RUSGOV"),
    ],
)  # fmt: skip
def test_a_role_right_after_a_country_is_of_that_country(
    pipeline, text: str, who: str, code: str
) -> None:
    doc = pipeline(Article("t", _KOREA_STORY + text, "en", date(2019, 6, 4)))
    assert {a.span.text: a.code for a in doc.actors}.get(who) == code
