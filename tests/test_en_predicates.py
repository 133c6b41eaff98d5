"""English predicates that real news words in ways the plain rows miss (issue 12): sentences
of our own coded by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support as a noun endorses its target, the verb's sense (051)
        ("Germany expressed its support for Ukraine.", {("DEU", "UKR", "051")}),
        ("Saudi backing for the Yemeni government angered Iran.", {("SAU", "YEMGOV", "051")}),
        # support for a thing names no target
        ("The bill has broad support from Republicans.", set()),
        # a speech about an actor is a statement about it
        ("Angela Merkel gave a speech about China.", {("DEUGOV", "CHN", "010")}),
    ],
)
def test_event_noun_of_support_and_speech(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_what_is_denied_did_not_take_place(pipeline) -> None:
    text = "Iran denied that it had attacked the British tanker."
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    facts = {(e.source.code, e.cameo, e.negated) for e in doc.events}
    assert facts == {("IRN", "016", False), ("IRN", "190", True)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Merkel does not believe Russia will invade Ukraine.", "en"),
        ("I don't think Russia will invade Ukraine.", "en"),
        ("Merkel glaubt nicht, dass Russland die Ukraine angreifen wird.", "de"),
    ],
)
def test_a_negated_belief_denies_what_it_governs(pipeline, text, lang) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(Article(id="t", text=text, lang=lang, date=date(2019, 2, 6)))
    acts = [e for e in doc.events if (e.source.code, e.target.code) == ("RUS", "UKR")]
    assert acts and all(e.negated for e in acts)


def test_a_belief_not_negated_leaves_what_it_governs(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Merkel believes Russia will invade Ukraine."
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    assert [e.negated for e in doc.events if e.source.code == "RUS"] == [False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "whose" before an event noun stands for the noun its clause modifies, even where
        # the parser hangs the clause on the wrong word
        (
            "Such talk will please Donald Trump, whose tariffs on Chinese goods hurt farmers.",
            {("USAGOV", "CHN", "163")},
        ),
        (
            "Angela Merkel, whose support for Ukraine is well known, spoke on Monday.",
            {("DEUGOV", "UKR", "051")},
        ),
    ],
)
def test_whose_before_an_event_noun_is_its_antecedent(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin did not comment on the British report.",
        "The Kremlin would not comment on the British report.",
        "The Kremlin chose not to comment on the British report.",
        "The Kremlin had no comment on the British report.",
    ],
)
def test_not_commenting_declines_comment(pipeline, text) -> None:
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    facts = {(e.source.code, e.cameo, e.modality, e.negated) for e in doc.events}
    assert facts == {("RUSGOV", "011", "asserted", False)}


def test_a_comment_that_was_made_stays_a_statement(pipeline) -> None:
    assert coded(pipeline, "The State Department commented on Iran.") == {("USAGOV", "IRN", "010")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunct with a subject of its own keeps its own (active) voice
        (
            "The letter was leaked in May, but Britain denied that it came from its embassy.",
            {("GBR", None, "016")},
        ),
        # one without a subject shares the passive of its first conjunct
        (
            "The journalist was arrested and charged by Russian police.",
            {("RUSCOP", "RUSMED", "173")},
        ),
        # weapons backing troops are no endorsement
        (
            "An Iranian brigade, backed by tanks, attacked Iraqi positions.",
            {("IRN", "IRQ", "190")},
        ),
    ],
)
def test_voice_of_conjuncts_and_military_backing(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # winning a chamber is an election result, no seizure
        ("Republicans will take control of the U.S. Senate.", set()),
        # seizing a place still is one
        ("Syrian rebels took control of Aleppo.", {("SYRREB", None, "192")}),
    ],
)
def test_taking_control_of_a_chamber_is_no_seizure(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "come to" names no meeting by itself; its senses with a noun do
        ("Angela Merkel came to Susan Rice's defense.", {("DEUGOV", "USAELI", "052")}),
        ("France came to the aid of Mali.", {("FRA", "MLI", "070")}),
        ("Ukrainian engineers come to Germany to study.", set()),
        # fulfilling an obligation is no meeting
        ("Germany met its obligations to NATO.", set()),
        # meeting someone in the middle is a compromise offered, no meeting
        ("The Republicans should meet Pelosi in the middle.", set()),
    ],
)
def test_come_to_and_meet_senses(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # receiving someone hosts them (and they visit)
        (
            "Vladimir Putin received Angela Merkel in the Kremlin.",
            {("RUSGOV", "DEUGOV", "043"), ("DEUGOV", "RUSGOV", "042")},
        ),
        # receiving something is what the giver did
        ("Iran received threats from Israel.", {("ISR", "IRN", "130")}),
        (
            "James Comey received a phone call from Donald Trump.",
            {("USAGOV", "USAELI", "041"), ("USAELI", "USAGOV", "041")},
        ),
    ],
)
def test_receive_hosts_people_and_takes_things(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops arriving or heading somewhere are deployed, they visit no one
        ("About 150 American soldiers are arriving in Poland.", set()),
        ("Additional US Army companies will head to Estonia.", set()),
        # a delegation arriving visits
        ("The United States team has arrived in North Korea.", {("USA", "PRK", "042")}),
    ],
)
def test_troops_arriving_are_no_visit(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected
