"""English event nouns whose author is a premodifier ("U.S. airstrikes", "EU calls") and
spoken acts a response verb answers ("Iran rejected U.S. demands"): our own sentences
through the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import DYAD, coded

# (source, target, code, negated) of the events of one English sentence
_events = partial(coded, fields=(*DYAD, "negated"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviated name or a proper adjective before the noun is its author (a
        # military's means after a country are its military)
        ("U.S. airstrikes hit the town.", ("USAMIL", None, "195", False)),
        ("Israeli airstrikes hit the town.", ("ISRMIL", None, "195", False)),
        # the subject of a response verb is who the spoken act was addressed to
        ("Britain ignored EU calls for restraint.", ("IGOEUREEC", "GBR", "020", False)),
        ("Cuba dismissed U.S. criticism.", ("USA", "CUB", "111", False)),
        ("China balked at U.S. demands for reforms.", ("USA", "CHN", "100", False)),
        # the demands were made whether or not they are rejected
        ("Iran rejected U.S. demands.", ("USA", "IRN", "100", False)),
        ("Iran did not reject U.S. demands.", ("USA", "IRN", "100", False)),
    ],
)
def test_event_noun_author_and_addressee(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)


def test_full_country_name_before_noun_is_no_author(pipeline) -> None:
    # "Russia sanctions" are sanctions against Russia, not by it
    assert not any(e[0] == "RUS" for e in _events(pipeline, "Russia sanctions hurt exporters."))


def test_rejected_material_act_gets_no_addressee(pipeline) -> None:
    # "rejected EU mediation": the mediation did not happen, so it is no EU event
    events = _events(pipeline, "Iran rejected EU mediation.")
    assert not any(e[0] == "IGOEUREEC" for e in events)
