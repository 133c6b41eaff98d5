"""Announced sanctions and cuts keep their code, intended; threatened ones are threats
(issue 12, session 44): the real-news gold codes "announced he would raise tariffs on
Chinese goods" 163 and "has decided to break relations with Iran" 161, intended, and
"threatened to impose tariffs" 1312 (and so an announcement with a condition: "will impose
sanctions if Moscow attacks"). Sentences of our own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded

FIELDS = ("source", "target", "cameo", "modality")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Trump announced that he would raise tariffs on Chinese goods.",
            "en",
            ("USAGOV", "CHN", "163", "intended"),
        ),
        (
            "Tunisia has decided to break diplomatic relations with Iran.",
            "en",
            ("TUN", "IRN", "161", "intended"),
        ),
        ("The EU will impose sanctions on Russia.", "en", ("IGOEUREEC", "RUS", "163", "intended")),
        (
            "Die EU plant neue Sanktionen gegen Moskau.",
            "de",
            ("IGOEUREEC", "RUSGOV", "163", "intended"),
        ),
    ],
)
def test_an_announced_sanction_is_the_sanction_intended(pipeline, text, lang, expected) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, lang, fields=FIELDS) == {expected}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The US threatened to impose sanctions on Iran.", "en", ("USA", "IRN", "1312")),
        # a condition makes the announcement a threat
        (
            "The EU will impose sanctions on Russia if Moscow attacks Ukraine.",
            "en",
            ("IGOEUREEC", "RUS", "1312"),
        ),
        (
            "Die EU werde Sanktionen gegen Russland verhängen, wenn Moskau die Ukraine angreift.",
            "de",
            ("IGOEUREEC", "RUS", "1312"),
        ),
        (
            "Die EU drohte, Sanktionen gegen Russland zu verhängen.",
            "de",
            ("IGOEUREEC", "RUS", "1312"),
        ),
    ],
)
def test_a_threatened_sanction_is_the_threat(pipeline, text, lang, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(pipeline, text, lang)
