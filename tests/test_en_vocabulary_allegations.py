"""English rows for allegations, testimony, rebukes, fights named by nouns, meals had with
someone, respect and policy options considered (issue 12): one sentence of our own per row
through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The U.S. alleged that Argentina subsidized soybean crushers.", ("USA", "ARG", "112")),
        (
            "The Pentagon testified before the Senate Intelligence Committee.",
            ("USAGOVMIL", "USAGOVLEG", "010"),
        ),
        ("Germany's rebuke of Turkey angered Ankara.", ("DEU", "TUR", "111")),
        ("Iraq's fight against the Islamic State continued.", ("IRQ", "IMGMUSISI", "190")),
        # between politicians of one country a fight is criticism, as the verb's
        ("Pelosi's fight against Trump continued.", ("USALEG", "USAGOV", "111")),
    ],
)
def test_row_codes_its_sentence(pipeline, text, event) -> None:
    assert event in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Merkel had dinner with Macron.", ("DEUGOV", "FRAGOV", "040")),
        ("Merkel held a working lunch with Macron.", ("FRAGOV", "DEUGOV", "040")),
        ("Merkel has great respect for Macron.", ("DEUGOV", "FRAGOV", "051")),
    ],
)
def test_having_a_meal_or_respect(pipeline, text, event) -> None:
    assert event in coded(pipeline, text)


def test_an_alleged_act_is_no_allegation_of_the_clause(pipeline) -> None:
    # "alleged" before a noun says the act is unproven; it accuses no one of it
    text = "Trump criticized Obama for his response to alleged Russian interference."
    assert "112" not in {c for _, _, c in coded(pipeline, text)}


def test_a_policy_option_weighed_against_an_actor_is_coded(pipeline) -> None:
    assert ("RUS", "TUR", "014") in coded(
        pipeline, "Russia is considering sanctions against Turkey."
    )


@pytest.mark.parametrize(
    "text",
    [
        # on the train sets 4 of 34 such 014s were right: the gold seldom codes them
        "The administration is considering a sweeping executive order.",
        # and 1 of 11 promises, none of 7 concerns, 5 commitments, 6 pledges of support
        "Trump promised to build a wall.",
        "U.S. officials have expressed concern about the sale.",
        "Germany pledged its support.",
    ],
)
def test_an_intent_or_concern_aimed_at_no_actor_is_no_event(pipeline, text) -> None:
    assert coded(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Trump promised Kim Jong Un a new relationship.", ("USAGOV", "PRKGOV", "030")),
        ("Germany expressed concern about Russia.", ("DEU", "RUS", "012")),
    ],
)
def test_an_intent_or_concern_aimed_at_an_actor_is_coded(pipeline, text, event) -> None:
    assert event in coded(pipeline, text)
