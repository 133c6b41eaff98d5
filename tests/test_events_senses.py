"""Senses of force verbs that are no force and objects that are not targets
(events_senses.py), on sentences of our own coded by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def dyads(pipeline, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, code) of the events of one English sentence."""
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in doc.events}


@pytest.mark.parametrize(
    "text",
    [
        # politicians, parties and assemblies of one country: an election
        "Senate Democrats hope to retake the House of Representatives next year.",
        "Republicans defeated Democrats in the Ohio race.",
    ],
)
def test_contest_between_politicians_of_one_country_is_no_force(pipeline, text) -> None:
    assert not any(target for _, target, _ in dyads(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # between countries, or against fighters, defeating still is force
        ("The Iraqi army defeated the Islamic State in Mosul.", ("IRQMIL", "IMGMUSISI", "190")),
        ("Russia defeated Ukraine in the battle.", ("RUS", "UKR", "190")),
    ],
)
def test_defeat_between_armed_actors_is_force(pipeline, text, expected) -> None:
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is moved or sent is the source's own, not the target
        ("Turkey moved thousands of troops into the border towns.", set()),
        ("Russia sent its soldiers to the border.", set()),
        # where they go still is
        ("Russia sent troops to Ukraine.", {("RUS", "UKR", "154")}),
    ],
)
def test_what_is_conveyed_is_no_target(pipeline, text, expected) -> None:
    assert {d for d in dyads(pipeline, text) if d[1]} == expected
