"""English event nouns behind a participant verb's preposition take its subject as their
author ("returned from talks with", "flew to Oslo for talks with", "participated in the
attack on"), and so does the agent of a passive support verb ("the sanctions imposed by
Washington") and a support verb whose object counts the noun ("announced a new round of
tariffs on"): our own sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from .coding import both_ways, coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov returned from talks with Pompeo on Friday.", ("RUSGOV", "USAGOV", "040")),
        ("Lavrov flew to Oslo for talks with Pompeo.", ("RUSGOV", "USAGOV", "040")),
        ("Lavrov arrived in Oslo for talks with Pompeo.", ("RUSGOV", "USAGOV", "040")),
        (
            "Two Tunisians participated in the attack on the U.S. consulate.",
            ("TUN", "USAGOV", "190"),
        ),
        # a response's "with" names what its subject did in answer
        ("The EU responded with sanctions against Russia.", ("IGOEUREEC", "RUS", "163")),
    ],
)
def test_participant_verb_subject_is_the_author(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the event noun only sits deep inside the phrase: the funeral is what he left
        (
            "Lavrov returned from the funeral of victims of the attack on Israel.",
            ("RUSGOV", "ISR", "190"),
        ),
        # writing about talks is no part in them
        ("Lavrov wrote about talks with Pompeo.", ("RUSGOV", "USAGOV", "040")),
    ],
)
def test_no_author_beyond_the_participant_phrase(pipeline, text, absent) -> None:
    assert absent not in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent of a passive support verb whose subject the noun heads is its author
        ("The sanctions against Iran imposed by Washington hurt exporters.", ("USAGOV", "IRN")),
        ("Sanctions against Russia were imposed by the EU.", ("IGOEUREEC", "RUS")),
    ],
)
def test_passive_support_verb_agent_is_the_author(pipeline, text, expected) -> None:
    assert (*expected, "163") in coded(pipeline, text)


def test_passive_non_support_verb_lends_no_author(pipeline) -> None:
    # lifting sanctions is not imposing them: Washington is no author of these
    events = coded(pipeline, "Sanctions against Iran were lifted by Washington.")
    assert ("USAGOV", "IRN", "163") not in events


def test_support_verb_lends_its_subject_through_a_partitive(pipeline) -> None:
    # "a new round of" counts the tariffs; China announced them as "announced tariffs"
    text = "China announced a new round of tariffs on American goods."
    assert ("CHN", "USA", "163") in coded(pipeline, text)


def test_partitive_under_a_judging_verb_lends_no_author(pipeline) -> None:
    # condemning a series of attacks is no part in them
    events = coded(pipeline, "Iran condemned a series of attacks on the embassies of Egypt.")
    assert not any(e[0] == "IRN" and e[2].startswith("19") for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "take" lends its subject as the other support verbs do; action announced against
        # someone is a threat, legal action a lawsuit (PETRARCH PLEDGE * ACTION (AGAINST))
        ("Russia will take action against the United States.", ("RUS", "USA", "130")),
        ("Labour took legal action against the Home Office.", ("GBROPP", "GBRGOV", "115")),
        ("The EU is ready to take measures against Japan.", ("IGOEUREEC", "JPN", "130")),
    ],
)
def test_taking_action_against_someone(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text)


def test_a_support_verb_lends_no_author_to_a_noun_with_its_own(pipeline) -> None:
    # the call is Smith's: who takes it further made no call with the Pentagon
    text = "Pompeo took Smith's call with the Pentagon a step further."
    assert not any(cameo == "041" for _, _, cameo in coded(pipeline, text))


def test_the_subject_of_a_clause_during_a_visit_is_the_visitor(pipeline) -> None:
    # "During a visit to China, Merkel …": she visited China
    text = "During a visit to China, Merkel praised the Chinese economy."
    assert ("DEUGOV", "CHN", "042") in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # who attends or winds up a meeting or journey took part in it
        (
            "Kang Kyung-wha will attend the talks with Japanese officials in Tokyo.",
            date(2019, 6, 1),
            ("KORGOV", "JPNGOV", "036"),
        ),
        (
            "Shinzo Abe wrapped up a visit to Tehran on Friday.",
            date(2019, 6, 1),
            ("JPNGOV", "IRNGOV", "042"),
        ),
        # and so does who is "on" a journey when the clause happens
        (
            "On a visit to Beijing, Blair urged China to free prisoners.",
            date(2005, 6, 1),
            ("GBRGOV", "CHNGOV", "042"),
        ),
        # a doubled modifier is one word: split, "one" took "their" from the summit
        (
            "Trump and Putin spoke to reporters after their one-on-one summit on Monday.",
            date(2018, 7, 16),
            ("USAGOV", "RUSGOV", "040"),
        ),
        (
            "Trump and Kim Jong Un will hold a face-to-face meeting in Hanoi.",
            date(2019, 2, 6),
            ("PRKGOV", "USAGOV", "036"),
        ),
        # the place before a visit is where it goes
        (
            "The White House released photos of Obama's South Africa visit.",
            date(2013, 7, 1),
            ("USAGOV", "ZAFGOV", "042"),
        ),
    ],
)
def test_the_parties_of_a_meeting_or_journey_noun(pipeline, text, on, expected) -> None:
    assert expected in coded(pipeline, text, on=on)


def test_attending_lends_no_author_to_other_acts(pipeline) -> None:
    # a campaign rally attended is no protest of the guest's
    events = coded(pipeline, "Trump attended a rally in Ohio.", on=date(2019, 6, 1))
    assert not any(cameo.startswith("14") for _, _, cameo in events)


def test_a_visit_at_home_has_no_host(pipeline) -> None:
    events = coded(pipeline, "Obama's Chicago visit drew large crowds.", on=date(2013, 7, 1))
    assert not any(cameo == "042" for _, _, cameo in events)


def test_holding_a_conversation_is_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the leaders held it together; "al-Abadi" is a name of English too
    text = "Trump and Iraqi Prime Minister Haider al-Abadi held a conversation in Munich."
    assert both_ways("USAGOV", "IRQGOV", "040") <= coded(pipeline, text, on=date(2018, 2, 24))
