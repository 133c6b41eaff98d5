"""English meeting nouns in a phrase of time ("after talks with", "during a meeting with")
take the clause's subject as a party, and a meeting noun keeps the "with" phrase the
parser hung on its verb ("praised his meeting with", "after talks with Chinese President
Xi Jinping"): our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import both_ways, coded


@pytest.mark.parametrize(
    "text",
    [
        "Macron told journalists after talks with Putin that the sanctions would stay.",
        "Macron spoke about the sanctions during a meeting with Putin on Friday.",
        "Macron flew back to Paris following a summit with Putin.",
        "Macron announced the sanctions during a working lunch with Putin.",
        # a phrase of place that names the other party
        "In a closed-door meeting with Putin on Wednesday, Macron said the sanctions would stay.",
        "Macron criticized the blockade at a meeting with Putin.",
    ],
)
def test_subject_of_a_clause_at_a_meeting_takes_part(pipeline, text) -> None:
    assert both_ways("FRAGOV", "RUSGOV", "040") <= coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # the meeting is still to come: nobody has met yet
        "Macron told journalists ahead of talks with Putin that the sanctions would stay.",
        "Macron told journalists before a meeting with Putin that the sanctions would stay.",
        # a phrase of time about an attack makes no attacker of the speaker
        "Macron spoke to journalists after the attack on Putin's convoy.",
    ],
)
def test_no_party_to_what_is_not_a_meeting_held(pipeline, text) -> None:
    events = coded(pipeline, text)
    assert ("FRAGOV", "RUSGOV", "040") not in events
    assert ("FRAGOV", "RUSGOV", "190") not in events


@pytest.mark.parametrize(
    "text",
    [
        "Macron welcomed his meeting with Japanese Prime Minister Shinzo Abe.",
        "Macron spoke to reporters after talks with Japanese Prime Minister Shinzo Abe.",
        # a passive clause's agent takes part
        "The plan was announced by Macron after talks with Japanese Prime Minister Shinzo Abe.",
        # a phrase of time between the noun and its partner
        "Macron announced the sanctions during talks on Monday with Japanese Prime Minister "
        "Shinzo Abe.",
        "Macron announced the sanctions during talks last week with Japanese Prime Minister "
        "Shinzo Abe.",
    ],
)
def test_meeting_noun_keeps_its_partner(pipeline, text) -> None:
    assert both_ways("FRAGOV", "JPNGOV", "040") <= coded(pipeline, text)


def test_a_summit_where_a_pair_spoke_is_no_meeting_of_the_pair(pipeline) -> None:
    # "at the summit" names no other party: the two were there, not meeting each other
    text = "The French and German ministers expressed reservations at the December summit."
    assert not any(cameo.startswith("04") for _, _, cameo in coded(pipeline, text))


def test_a_call_with_reporters_is_no_consultation(pipeline) -> None:
    text = "Macron said during a phone call with reporters that talks would go on."
    events = coded(pipeline, text)
    assert not any(cameo.startswith("04") for _, _, cameo in events)


def test_talks_after_which_a_pair_agreed_were_theirs(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "After lengthy talks, Germany and France agreed to extend the lockdown."
    assert both_ways("DEU", "FRA", "040") <= coded(pipeline, text)
