"""English conditions inside reported speech stay hypothetical: "Biden said Russia would pay
if it decides to invade Ukraine" codes no invasion that happened (sentences of our own)."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import DYAD
from .coding import coded as shared_coded

# (source, target, root, modality) of the events of an English sentence
coded = partial(shared_coded, fields=(*DYAD, "modality"))


def _attacks(pipeline, text: str) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """The RUS → UKR events of root 19 in ``text``, as (source, target, root, modality)."""
    return {
        (s, t, str(c)[:2], m)
        for s, t, c, m in coded(pipeline, text)
        if str(c).startswith("19") and str(s).startswith("RUS")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor said Berlin would ship arms to Ukraine in case Russia invades Ukraine.",
        "An aide said the army stood ready in the event that Russia attacks Ukraine.",
        "The senator said Russia would pay a steep price if it decides to invade Ukraine.",
        "The senator said Russia would pay a heavy cost if Moscow chooses to attack Ukraine.",
        "The envoy said there would be sanctions if Russia were to invade Ukraine.",
        "The envoy said NATO would respond in case of a Russian invasion of Ukraine.",
        "An aide said sanctions stay ready in case talks fail and Russia attacks Ukraine.",
    ],
    ids=[
        "in-case",
        "in-the-event-that",
        "if-decides-to",
        "if-chooses-to",
        "were-to",
        "noun",
        "second-conjunct",
    ],
)
def test_a_condition_in_reported_speech_is_hypothetical(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    attacks = _attacks(pipeline, text)
    assert attacks, text
    assert {a[3] for a in attacks} == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "An aide said Russia attacked Ukraine on Monday.",
        "An aide said that in this case Russia attacked Ukraine.",
        "In the event, Russia attacked Ukraine, an aide said.",
    ],
    ids=["plain", "in-this-case", "in-the-event-comma"],
)
def test_a_reported_attack_without_a_condition_stays_reported(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {a[3] for a in _attacks(pipeline, text)} == {"reported"}
