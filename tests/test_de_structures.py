"""German sentence structures the coder used to miss (issue 12, session 9): object-first
clauses; sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutliche Kritik übte Norwegen am Montag an Dänemark.", ("NOR", "DNK", "111")),
        ("Humanitäre Hilfe erhielt Jemen zuletzt von Katar.", ("QAT", "YEM", "070")),
    ],
    ids=["criticism", "aid-received"],
)  # fmt: skip
def test_an_object_first_support_noun_leaves_the_actor_as_subject(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norwegen übte am Montag deutliche Kritik an Dänemark.", {("NOR", "DNK", "111")}),
        # "den" shows the accusative: the Vorfeld is the object already
        ("Den Bericht kritisierte Norwegen am Montag.", set()),
    ],
    ids=["subject-first", "case-shown"],
)  # fmt: skip
def test_a_clause_is_turned_round_only_for_its_support_noun(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Kritik Washingtons an Kuba hält an.", ("USAGOV", "CUB", "111")),
        ("Kuba wies die Vorwürfe Washingtons am Montag zurück.", ("CUB", "USAGOV", "016")),
    ],
    ids=["genitive-source", "genitive-target"],
)  # fmt: skip
def test_a_seat_in_the_genitive_is_its_government(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_feminine_seat_takes_no_genitive_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Romane von Alexandre Dumas kritisierten Frankreichs König."
    assert not {d for d in dyads(pipeline, text) if "RUSGOVLEG" in d}
