"""English pair nouns that name no two actors (actors_words.no_pair): a country's parties
after a preposition ("senators from both parties") and the sides of a question ("both sides of
the aisle"); "both sides" and "both parties" of two countries stay pairs. Our own sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from chronik.document import Document
from chronik.records import Article

_TALKS = "Chile and Peru held talks on Monday. "


def _later(pipeline: Callable[[Article], Document], sentence: str) -> list[tuple[str, str]]:
    doc = pipeline(Article(id="t", text=_TALKS + sentence, lang="en", date=date(2016, 1, 1)))
    return [(a.span.text, a.code) for a in doc.actors if a.span.start >= len(_TALKS)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Both parties signed the accord.", [("Both parties", "CHL"), ("Both parties", "PER")]),
        ("The two sides agreed to meet again.", [("two sides", "CHL"), ("two sides", "PER")]),
        # "by both parties" is as often the two countries ("a summit sought by both parties")
        ("The accord was sought by both parties.",
         [("both parties", "CHL"), ("both parties", "PER")]),
        # a country's two parties: the lawmakers are the story's, no pair of countries
        ("Senators from both parties praised the accord.", [("Senators", "CHLLEG")]),
        ("Members of both parties praised the accord.", []),
        # the sides of a question
        ("Critics on both sides of the debate praised the accord.", []),
        ("Legislators on both sides of the aisle praised the accord.", [("Legislators", "CHLLEG")]),
    ],
)  # fmt: skip
def test_pairs_of_two_actors_only(
    pipeline: Callable[[Article], Document], sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _later(pipeline, sentence) == expected
