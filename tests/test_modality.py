"""Provenance of modality: every event names the rule that set its modality (issue 18)."""

from __future__ import annotations

import pytest

from chronik.events import EventCoder
from chronik.ontology import Ontology
from chronik.patterns import Patterns
from chronik.records import Frame

from .conftest import span_of
from .test_events import TRUMP_KIM, arg, dated, make_doc, seed_meeting


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder({"de": Patterns.load("de"), "en": Patterns.load("en")}, Ontology.load())


def readings(coder: EventCoder, doc) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(e.modality, e.modality_rule) for e in coder(doc).events}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ("asserted", "")),
        ({"tense": "future"}, ("intended", "future tense")),
        ({"modal": "wollen"}, ("intended", "intent modal 'wollen'")),
        ({"mood": "conditional"}, ("hypothetical", "conditional mood")),
        (
            {"mood": "conditional", "modal": "would", "reported": True},
            ("intended", "conditional mood in reported speech"),
        ),
        # "stünden in engem Austausch": a Konjunktiv II for the Konjunktiv I, the present
        (
            {"mood": "conditional", "reported": True},
            ("reported", "present conditional in reported speech"),
        ),
        ({"tense": "past", "reported": True}, ("reported", "reported speech")),
    ],
    ids=[
        "plain",
        "future",
        "intent-modal",
        "conditional",
        "reported-conditional-modal",
        "reported-conditional",
        "reported",
    ],
)
def test_the_frames_grammar_names_its_rule(coder: EventCoder, options: dict, expected) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert readings(coder, seed_meeting(**options)) == {expected}


def test_a_later_time_names_itself_as_the_rule(coder: EventCoder) -> None:
    text = "Trump trifft Kim am 27. Februar in Hanoi."
    frame = Frame(
        0,
        "treffen",
        span_of(text, "trifft"),
        (arg(text, "subj", "Trump"), arg(text, "obj", "Kim"), arg(text, "pp", "am 27. Februar")),
    )
    doc = dated(make_doc(text, "de", [frame], TRUMP_KIM), ("am 27. Februar", "2019-02-27"))
    assert readings(coder, doc) == {("intended", "time after the article date: 'am 27. Februar'")}
