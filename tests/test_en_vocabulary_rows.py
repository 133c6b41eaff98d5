"""English event rows added for real-news constructions (issue 12): support verbs lending
their subject to an event noun, patient possessors, statement and disapproval nouns and
verbs, converted reactions read from "from". Sentences of our own, coded by the real
pipeline."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from chronik.pattern_rows import NO_EVENT
from chronik.patterns import Patterns

from .coding import DYAD
from .coding import coded as shared_coded

# (source, target, code, file of the rule) of the events of one English sentence
coded = partial(shared_coded, fields=(*DYAD, "rule_file"))

HAND = "verbs/en.v1.tsv"
PETRARCH = "verbs/en.petrarch.v1.tsv"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a support verb's subject acts in the event noun it takes as object
        (
            "Russia launched a military attack against rebels in Ukraine.",
            {("RUS", "UKRREB", "190", HAND)},
        ),
        ("Germany made an appeal to France for help.", {("DEU", "FRA", "020", HAND)}),
        # a possessor without an of-phrase is the one arrested; the police of his country
        ("The Ukrainian journalist's arrest angered Germany.", {("UKRCOP", "UKRMED", "173", HAND)}),
        # statement and opinion nouns about an actor ("about" makes an event noun)
        ("Trump's comments about Iran worried Germany.", {("USAGOV", "IRN", "010", HAND)}),
        ("Russia's concerns about NATO grew.", {("RUS", "IGOWSTNAT", "012", HAND)}),
        # disapproval expressed, questions raised, pushing back
        ("Germany expressed reservations about France.", {("DEU", "FRA", "111", HAND)}),
        ("Germany raised questions about France.", {("DEU", "FRA", "111", HAND)}),
        ("China pushed back against Japan.", {("CHN", "JPN", "120", HAND)}),
        ("The Iranian minister led a delegation to Iraq.", {("IRNGOV", "IRQ", "042", HAND)}),
        # riot control, not the chemical weapon "gas"
        ("Iranian police used tear gas against protesters.", {("IRNCOP", "IRNCVL", "175", HAND)}),
        (
            "Venezuelan police fired tear gas at protesters in Caracas.",
            {("VENCOP", "VENCVL", "175", HAND)},
        ),
        ("The EU renewed sanctions on Russia.", {("IGOEUREEC", "RUS", "163", HAND)}),
        # speaking to reporters is no consultation with the press; to a president it is
        (
            "The German minister, speaking to reporters in Berlin, praised France.",
            {("DEUGOV", "FRA", "051", HAND)},
        ),
        (
            "The German minister spoke to the French president.",
            {("DEUGOV", "FRAGOV", "040", HAND), ("FRAGOV", "DEUGOV", "040", HAND)},
        ),
        # a PETRARCH [:111] row: the reacting actor behind "from"
        ("Ukraine came under fire from Russia.", {("RUS", "UKR", "111", PETRARCH)}),
    ],
)
def test_row_codes_its_sentence(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "China and Japan are locked in a war of words.",  # a verbal dispute, no fighting
        "Germany required more time.",  # a no-event row: known, no event
        "Biden led Trump in the polls.",  # leading a race or a unit is no cooperation
    ],
)
def test_no_event(pipeline, text) -> None:
    assert coded(pipeline, text) == set()


def test_frequent_news_verbs_without_an_event_sense_are_known() -> None:
    """The no-event rows for frequent predicates of real news (benchmarks/coverage.py)."""
    patterns = Patterns.load("en")
    for lemma in ("require", "happen", "include", "suffer", "end up", "roll out", "occur"):
        rows = [p for p in patterns.rows if p.lemma == lemma and p.kind == "verb"]
        assert rows and all(p.code == NO_EVENT for p in rows), lemma


@pytest.mark.parametrize(
    "text",
    ["Mr Blair made a surprise trip to Iraq.", "Mr Blair made a visit to Iraq."],
)
def test_a_trip_made_is_a_visit(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # CAMEO's 042 "make a visit"; the converted PETRARCH rows (MAKE * TRIP) said 036
    assert shared_coded(pipeline, text, on=date(2005, 5, 1)) == {("GBRGOV", "IRQ", "042")}


def test_blocked_exports_are_an_embargo(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Israel was blocking the export of citrus fruit from Gaza."
    assert shared_coded(pipeline, text) == {("ISR", "PSE", "163")}
