"""English event nouns for the CAMEO roots news names with a noun (verbs/en.v1.tsv, kind
``noun``): our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's aid to Ukraine grew.", {("DEU", "UKR", "070")}),
        ("Russia's withdrawal from Syria surprised observers.", {("RUS", "SYR", "087")}),
        ("The investigation by France into Russia continues.", {("FRA", "RUS", "090")}),
        ("Turkey's arrest of Greek soldiers angered Athens.", {("TUR", "GRCMIL", "173")}),
        ("Japan's apology to South Korea was accepted.", {("JPN", "KOR", "055")}),
        ("China's sanctions against Lithuania hurt exports.", {("CHN", "LTU", "163")}),
    ],
)
def test_event_noun_codes_its_sentence(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected
