"""Judging words of what was said and of "called X ..." (issue 12, session 44): a plan that
"falls short", is "not acceptable" or "out of the mainstream", a "ploy", a "deranged
lunatic" is criticised (111); a "bold plan" or an "excellent" one praised (051). And "agreed
on new ways to ...": an accord reached on a matter (057), not an intent to act (030).
German judging words too ("sei ein schweres Versäumnis", "untragbar"). Sentences of our
own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French president said the Russian proposal falls short.", ("FRAGOV", "RUS", "111")),
        (
            'The French president told reporters the Russian proposal was "not acceptable".',
            ("FRAGOV", "RUS", "111"),
        ),
        (
            "The French president said the Russian plan is out of the mainstream.",
            ("FRAGOV", "RUS", "111"),
        ),
        ("North Korea said Trump was a deranged lunatic.", ("PRK", "USAGOV", "111")),
        (
            "The Iranian foreign minister called the American offer a ploy.",
            ("IRNGOV", "USA", "111"),
        ),
        ('The German chancellor called the French plan a "bold plan".', ("DEUGOV", "FRA", "051")),
        ("The German chancellor called the French plan excellent.", ("DEUGOV", "FRA", "051")),
    ],
    ids=[
        "falls-short",
        "not-acceptable",
        "out-of-mainstream",
        "lunatic",
        "ploy",
        "bold",
        "excellent",
    ],
)
def test_a_judging_word_codes_the_judgement(pipeline, text: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text) == {expected}


def test_agreeing_on_ways_to_act_is_an_accord_reached(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the infinitive belongs to "ways", the matter agreed on; "agreed to save" stays 030
    reached = coded(pipeline, "Iran and the EU agreed on new ways to save the nuclear deal.")
    assert reached == {("IRN", "IGOEUREEC", "057"), ("IGOEUREEC", "IRN", "057")}
    intent = coded(pipeline, "Iran and the EU agreed to save the nuclear deal.")
    assert {code for _, _, code in intent} == {"030"}


@pytest.mark.parametrize(
    "judgement",
    ["ein schweres Versäumnis", "die skandalöseste Entscheidung", "rücksichtslos", "untragbar"],
)
def test_a_german_judging_word_codes_criticism(pipeline, judgement: str) -> None:  # type: ignore[no-untyped-def]
    # session 45: words the German gold's judgements used, and adjectives' superlatives
    text = f"Der französische Präsident sagte, die Politik Russlands sei {judgement}."
    assert coded(pipeline, text, "de") == {("FRAGOV", "RUS", "111")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads "a dummy" as a bare oblique after a first object (session 45)
        ("North Korea called Vice President Mike Pence a dummy.", {("PRK", "USAGOV", "111")}),
        # a time after a call stays a call
        (
            "Trump called Putin a week later.",
            {("USAGOV", "RUSGOV", "041"), ("RUSGOV", "USAGOV", "041")},
        ),
    ],
)
def test_calling_someone_a_name_is_no_phone_call(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text) == expected
