"""English predicates a copula carries: an adjective ("Pelosi has been critical of Trump")
and a state noun behind a preposition ("Iran is in talks with Russia"). Without a frame of
their own the subject had no predicate and the stance or meeting no event. Our own
sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import both_ways, coded

MODAL = ("source", "target", "cameo", "modality")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Pelosi has been critical of Trump's decision.", ("USALEG", "USAGOV", "111")),
        ("Britain is unhappy with Japan.", ("GBR", "JPN", "110")),
        ("Macron was furious with Trump over the tariffs.", ("FRAGOV", "USAGOV", "110")),
        ("Merkel was pleased with Macron.", ("DEUGOV", "FRAGOV", "051")),
        ("Germany is grateful to France for its help.", ("DEU", "FRA", "051")),
        ("Rouhani said Iran was open to talks with the United States.", ("IRN", "USA", "036")),
    ],
)
def test_adjective_with_a_copula_is_the_subjects_stance(pipeline, text, event) -> None:
    assert event in coded(pipeline, text)


def test_a_judgement_of_no_actor_is_no_event(pipeline) -> None:
    assert coded(pipeline, "Merkel was pleased with the result.") == set()


def test_being_in_talks_is_a_consultation_of_both(pipeline) -> None:
    events = coded(pipeline, "Iran is in talks with Russia.", fields=MODAL)
    assert both_ways("IRN", "RUS", "040", "asserted") <= events


def test_a_state_takes_the_future_of_its_copula(pipeline) -> None:
    events = coded(pipeline, "Iran will be in talks with Russia next week.", fields=MODAL)
    assert both_ways("IRN", "RUS", "036", "intended") <= events


def test_a_state_takes_the_negation_of_its_copula(pipeline) -> None:
    text = "The U.S. is not at war with the Islamic State."
    assert coded(pipeline, text, negated=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The United States and China are not close to reaching an agreement.",
        # "no" on the comparative denies as "not" does
        "The United States and China were no closer to reaching an agreement.",
    ],
)
def test_not_close_to_an_act_denies_it(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, negated=False) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kerry has been in touch with Qatar.", both_ways("USAELI", "QAT", "040")),
        ("Kerry was in contact with Lavrov.", both_ways("USAELI", "RUSGOV", "040")),
        ("Turkey is at odds with the United States over Syria.", both_ways("TUR", "USA", "110")),
    ],
)
def test_state_nouns_read_their_with_phrase(pipeline, text, pair) -> None:
    assert pair <= coded(pipeline, text)


def test_a_noun_a_copula_says_of_its_subject_is_no_state(pipeline) -> None:
    # "a threat to Israel" judges Iran; it is no threat Iran made
    assert not {c for _, _, c in coded(pipeline, "Iran is a threat to Israel.")} & {"130"}


@pytest.mark.parametrize(
    "text",
    ["The US said Iran was responsible for the attacks.", "Merkel said Moscow was to blame."],
)
def test_saying_another_actor_is_to_blame_accuses_it(pipeline, text) -> None:
    assert {c for _, _, c in coded(pipeline, text)} == {"112"}


def test_a_duty_is_no_blame(pipeline) -> None:
    text = "Merkel said the ministry was responsible for border security."
    assert "112" not in {c for _, _, c in coded(pipeline, text)}
