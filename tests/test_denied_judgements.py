"""What was said judges by a word it denies (issue 12, session 43): "said the decision was
not a mistake", "Er sei kein Rassist, sagte Trump" are no criticism; and German insults of
a person as what was said ("Trump sei ein Dummkopf, sagte Biden"). Sentences of our own,
coded by the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

german = partial(coded, lang="de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Merkel said Trump's decision was not a mistake.", "en"),
        ("Merkel said Trump's decision was no mistake.", "en"),
        ("Biden said Trump was not a liar.", "en"),
        ("Er sei kein Rassist, sagte Trump.", "de"),
        ("Maas sagte, der Plan der US-Regierung sei nicht inakzeptabel.", "de"),
        ("Maas sagte, der Plan Chinas sei keine Provokation.", "de"),
    ],
    ids=[
        "not-a-mistake",
        "no-mistake",
        "not-a-liar",
        "kein-rassist",
        "nicht-inakzeptabel",
        "keine-provokation",
    ],
)
def test_a_denied_judgement_is_no_criticism(pipeline, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert not {d for d in coded(pipeline, text, lang) if d[2].startswith("11")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Merkel said Trump's decision was a mistake.", "en", ("DEUGOV", "USAGOV", "111")),
        (
            "Merkel said Trump's decision was not a mistake but a disgrace.",
            "en",
            ("DEUGOV", "USAGOV", "111"),
        ),
        ("Trump sei ein absoluter Dummkopf, sagte Biden.", "de", ("USAELI", "USAGOV", "111")),
        ("Maas erklärte, Lukaschenko sei ein Diktator.", "de", ("DEUGOV", "BLRGOV", "111")),
    ],
    ids=["a-mistake", "not-a-mistake-but-a-disgrace", "dummkopf", "diktator"],
)
def test_a_judgement_said_is_criticism(pipeline, text: str, lang: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(pipeline, text, lang)
