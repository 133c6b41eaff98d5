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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack in the phrase of cause of a passive of force or a verb of dying harmed
        # the clause's subject, as German "bei einem Anschlag wurden … getötet"
        ("Three civilians were killed in a U.S. airstrike in Syria.",
         ("USAMIL", "SYRCVL", "195")),
        ("Three Afghan soldiers died in a NATO airstrike.", ("IGOWSTNAT", "AFGMIL", "195")),
    ],
)  # fmt: skip
def test_an_attack_that_killed_targets_its_victims(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(pipeline, text)
