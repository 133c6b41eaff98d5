"""benchmarks/actor_gaps.py: event slots of real news that hold no coded actor, counted by
their head phrase; and the English actor rows it led to. Our own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.actors import ActorDictionary
from chronik.patterns import Patterns
from chronik.records import Argument, Article, Span

from .conftest import load_script

SCRIPT = Path(__file__).parents[1] / "benchmarks" / "actor_gaps.py"


def _script():
    return load_script(SCRIPT)


@pytest.mark.parametrize(
    ("text", "head", "phrase"),
    [
        ("the Kurdish forces", "forces", "Kurdish forces"),
        ("two suicide bombers", "bombers", "suicide bombers"),
        ("members of the committee", "members", "members"),
        ("Hezbollah fighters", "fighters", "Hezbollah fighters"),
        ("die Abgeordneten", "Abgeordneten", "Abgeordneten"),
    ],
)
def test_head_phrase_drops_determiners_and_what_follows(text: str, head: str, phrase: str):
    argument = Argument("subj", Span(0, len(text), text), head)
    assert _script().head_phrase(argument) == phrase


def test_gaps_count_uncoded_slots_of_event_rows(pipeline) -> None:
    gaps = _script()
    text = (
        "Nobody knew the plan. Kurdish fighters attacked the village of Kobane. "
        "The Iranian army attacked Kurdish fighters. He criticized Iran."
    )
    doc = pipeline(Article(id="t", text=text, lang="en"))
    tally = gaps.Tally()
    gaps.count(doc, Patterns.load("en"), tally)
    assert tally.gaps["source"]["kurdish fighters"] == 1
    assert tally.gaps["target"]["kurdish fighters"] == 1
    assert tally.pronouns["source"] == 1  # "He"
    assert tally.coded["source"] >= 1  # "The Iranian army"
    assert "nobody" not in tally.gaps["source"]  # "know" has no event row
    lines = gaps.report("en", tally, top=5)
    assert "actor_gaps_en_source: Kurdish fighters\t1" in lines
    assert lines[0] == f"actor_gaps_en_source_slots: {tally.slots['source']}"
    shown = gaps.report("en", tally, top=5, examples=1)
    assert "  t#1: Kurdish fighters attacked the village of Kobane." in shown
    assert "actor_gaps_en_source_pronoun: he\t1" in shown
    assert "  t#3: He criticized Iran." in shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare "Ministers" are the story's government, a group of its country
        (
            "The talks were held in Kenya. Ministers rejected the demands.",
            [("Kenya", "KEN"), ("Ministers", "KENGOV")],
        ),
        # with a title word they are as often a meeting's: no group of the story's country
        # (here the G8's own: curated/igos.tsv)
        (
            "The talks were held in Kenya. Foreign ministers of the G8 met.",
            [("Kenya", "KEN"), ("Foreign ministers of the G8", "IGOBUSGOE")],
        ),
        (
            "Asylum claimants in Kenya protested.",
            [("Asylum claimants", "KENREF"), ("Kenya", "KEN")],
        ),
    ],
)
def test_english_group_rows(pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    doc = pipeline(Article(id="t", text=text, lang="en"))
    assert [(a.span.text, a.code) for a in doc.actors] == expected


def test_asylum_claimant_is_a_refugee_agent(actors: ActorDictionary) -> None:
    [match] = actors.mentions("Kenyan asylum claimants", lang="en")
    assert match.code == "KENREF"


def test_german_ministers_genitive_is_no_group(pipeline) -> None:
    text = "Die Gespräche fanden in Kenia statt. Die Rede des Ministers wurde kritisiert."
    doc = pipeline(Article(id="t", text=text, lang="de"))
    assert all(a.span.text != "Ministers" for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # short names of the US departments Phoenix lists as "United States Department Of …"
        ("The Energy Department criticized Mexico.", "Energy Department", "USAGOV"),
        (
            "The Department of Homeland Security criticized Mexico.",
            "Department of Homeland Security",
            "USAGOV",
        ),
        ("The Treasury Department sanctioned Russian banks.", "Treasury Department", "USAGOV"),
    ],
)
def test_american_department_short_names(actors: ActorDictionary, text: str, name: str, code: str):
    assert (name, code) in [(m.text, m.code) for m in actors.mentions(text, lang="en")]
