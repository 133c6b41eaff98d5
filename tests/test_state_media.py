"""National news agencies and state papers are their country's media (MED): what they say
is coded like any actor's, and a statement told to them has no addressee."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("KCNA accused the United States of plotting an invasion.", "en", ("PRKMED", "USA", "112")),
        ("Xinhua criticised Japan on Monday.", "en", ("CHNMED", "JPN", "111")),
        ("Die Nachrichtenagentur Tass kritisierte die Ukraine.", "de", ("RUSMED", "UKR", "111")),
    ],
)
def test_news_agency_is_its_countrys_media(pipeline, text, lang, expected) -> None:
    assert expected in coded(pipeline, text, lang)


def test_statement_to_a_news_agency_has_no_media_target(pipeline) -> None:
    events = coded(pipeline, "Putin told Xinhua that he would visit China.")
    assert not any(target == "CHNMED" for _, target, _ in events)
