"""English predicate rows of the twelfth session (issue 12, dev predicate misses and frames
with two actors that no row coded on unlabelled news): criticism verbs with the criticised
behind a preposition, praise and criticism received from someone, an investigation pursued,
conducted or led into someone, "push / challenge X to do", "provide X with aid", pressure on
someone (noun, "put / keep pressure on"), assaults and military operations. Sentences of
our own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # criticism verbs: the criticised behind "at" / "against", or the object
        ("Trump lashed out at Iran on Tuesday.", {("USAGOV", "IRN", "111")}),
        (
            "Trump railed against Iran and Russia.",
            {("USAGOV", "IRN", "111"), ("USAGOV", "RUS", "111")},
        ),
        ("Trump skewered the Democrats.", {("USAGOV", "USAPTY", "111")}),
        # received: the actor behind "from" is the source, the subject the target
        ("Japan won praise from the United Nations.", {("IGOUNO", "JPN", "051")}),
        ("Mexico earned plaudits from Canada.", {("CAN", "MEX", "051")}),
        ("Turkey faced heavy pushback from Germany.", {("DEU", "TUR", "111")}),
        # an investigation into someone, not the investigator's own ("his investigation")
        (
            "Nadler is pursuing his own investigation into the Trump administration.",
            {("USALEG", "USAGOV", "090")},
        ),
        ("Ukraine launched investigations of Democrats.", {("UKR", "USAPTY", "090")}),
        ("Mueller is leading a probe into Russia.", {("USAJUD", "RUS", "090")}),
        # an appeal: "push / challenge X to do"; what is asked for is no event of its own
        ("The EU pushed Iran to release the sailors.", {("IGOEUREEC", "IRN", "0253")}),
        ("Trump challenged Congress to pass the bill.", {("USAGOV", "USALEG", "020")}),
        # the receiver of aid as object, the aid behind "with"
        ("Iran provided the Houthi rebels with weapons.", {("IRN", "YEMREB", "072")}),
        # pressure on someone is a demand, as a noun or with a support verb
        ("Trump's pressure on Ukraine worried Democrats.", {("USAGOV", "UKR", "100")}),
        ("Trump put pressure on Iran.", {("USAGOV", "IRN", "100")}),
        ("Republicans kept the pressure on Obama.", {("USAPTY", "USAELI", "100")}),
        # an assault or a military operation on / against someone
        ("Israel's assaults on Gaza continued.", {("ISR", "PSE", "190")}),
        ("Pakistan launched a military operation against the Taliban.", {("PAK", "AFGINS", "190")}),
    ],
)
def test_verb_row(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany won the World Cup.",  # winning no praise
        "Iran pushed through a reform.",  # push alone stays no event
        "Sanders will challenge Clinton.",  # running against, no appeal
        "Canada provided the figures.",  # nothing given to an actor
        "Falling oil prices put pressure on the ruble.",  # no actor presses
        "Germany's operation on the patient succeeded.",  # no military operation
    ],
)
def test_no_verb_event(pipeline, text) -> None:
    assert coded(pipeline, text) == set()
