"""Who an English statement or act is not aimed at (issue 12, precision on unseen news):
"X said Y did Z" is Y's act, no 010 from X to Y (events_targets.statement_topics), and an
actor inside a relative clause that describes the object is no target of the verb
(events_fillers._related). Our own sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from .coding import coded


@pytest.mark.parametrize(
    "text",
    [
        "The United States charged twelve men. A federal grand jury said Russian military "
        "intelligence officers covertly monitored computers of the campaign.",
        # the reported clause before its speaker
        "Tehran would also open more sites to the inspectors, Obama said.",
        "Merkel said Turkey had agreed to withdraw its ships.",
    ],
)
def test_x_said_y_did_z_adds_no_statement_to_y(pipeline, text: str) -> None:
    assert not any(code == "010" and target for _, target, code in coded(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state, not an act: the statement is about Iran
        ("Obama said Iran was a threat to the region.", ("USAELI", "IRN", "010")),
        # what someone believes is no act ("I think")
        ("Bolton warned that a misstep by the Chinese government, I think, would cause chaos.",
         ("USAGOV", "CHNGOV", "130")),
        # a judgement judges what Y did
        ("Some Republicans argued that Trump had made a terrible mistake.",
         ("USAPTY", "USAGOV", "111")),
    ],
)  # fmt: skip
def test_statements_about_a_state_or_judging_an_act_keep_their_target(
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fidel Castro granted Chesimard, a convicted murderer wanted by the FBI, political "
        "asylum in Cuba.",
        "The Fisa court turned down an application for an order that would have involved four "
        "members of the Trump campaign.",
    ],
)
def test_actor_inside_a_relative_clause_is_no_target(pipeline, text: str) -> None:
    assert not any(target for _, target, _ in coded(pipeline, text, on=date(2013, 6, 6)))


def test_actor_inside_a_relative_clause_is_no_target_of_the_main_clause(pipeline) -> None:
    # the relative clause may code its own event, whichever noun a parser hangs it on ("the
    # Trump administration that restricts visas for ... the United Nations")
    text = (
        "The State Department has started enforcing a new directive from the Trump "
        "administration that restricts visas for the partners of diplomats and other staff of "
        "organizations like the United Nations."
    )
    events = coded(pipeline, text, on=date(2019, 10, 6), fields=("source", "target", "trigger"))
    main = [(source, target) for source, target, trigger in events if trigger.text != "restricts"]
    assert not any(target for _, target in main)


def test_place_of_a_relative_clause_may_be_a_statements_topic(pipeline) -> None:
    # (the news sentence behind it, "On the sensitive issue of reported chemical weapons use
    # in Syria, Obama said ...", has no relative clause in model 1.3.0's parse)
    text = (
        "On the issue of chemical weapons that were used in Syria, Obama said the facts will "
        "help guide the next steps."
    )
    assert ("USAGOV", "SYR", "010") in coded(pipeline, text, on=date(2013, 6, 6))


def test_noun_the_relative_clause_hangs_on_stays_a_target(pipeline) -> None:
    text = "Senator Marco Rubio met with an emissary for two Arab princes who wanted to help."
    assert ("ARBGOV", "USALEG", "040") in coded(pipeline, text)
