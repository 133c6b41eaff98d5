"""The parties a verb's "between" names (issue 12, session 43): "an agreement signed between
Kim and Moon", "fighting broke out between", "talks were held between", "zwischen Israel und
der Hamas kam es zu Gefechten", "das Abkommen wurde zwischen Russland und der Ukraine
geschlossen" - the parser hangs "between" on the verb, not on the event noun, so the verb's
row reads them. Sentences of our own, coded by the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import both_ways, coded

german = partial(coded, lang="de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea said the drills violated an agreement signed between Mr. Kim and "
            "Mr. Moon last month.",
            both_ways("PRKGOV", "KORGOV", "057"),
        ),
        (
            "A compromise was reached between the United States and Mexico.",
            both_ways("USA", "MEX", "057"),
        ),
        (
            "Russia welcomed the deal struck between Iran and China.",
            both_ways("IRN", "CHN", "057"),
        ),
        (
            "Fighting broke out between Israel and Hamas on Monday.",
            both_ways("ISR", "PSEREB", "190"),
        ),
        (
            "Clashes erupted between Taliban fighters and Afghan forces.",
            both_ways("AFGINS", "AFGMIL", "190"),
        ),
        (
            "Clashes took place between the Taliban and Afghan forces.",
            both_ways("AFGINS", "AFGMIL", "190"),
        ),
        (
            "Three conversations took place between Trump and Putin.",
            both_ways("USAGOV", "RUSGOV", "040"),
        ),
        ("Talks were held between China and Japan.", both_ways("CHN", "JPN", "040")),
    ],
    ids=[
        "signed",
        "reached",
        "struck",
        "broke-out",
        "erupted",
        "clashes-took-place",
        "talks-took-place",
        "held",
    ],
)
def test_english_between_on_the_verb_names_both_sides(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "A trade war broke out between the United States and China.",  # no fighting
        "The meeting took place in Berlin.",  # nobody between
    ],
    ids=["trade-war", "no-between"],
)
def test_english_between_rows_need_fighting_or_both_sides(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {d for d in coded(pipeline, text) if d[2] in ("190", "040")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zwischen Israel und der Hamas kam es erneut zu Gefechten.",
            both_ways("ISR", "PSEREB", "190"),
        ),
        (
            "Es gab Gefechte zwischen der Armee Afghanistans und den Taliban.",
            both_ways("AFGMIL", "AFGINS", "190"),
        ),
        (
            "Zwischen Armenien und Aserbaidschan brachen erneut Gefechte aus.",
            both_ways("ARM", "AZE", "190"),
        ),
        ("Zwischen den USA und China kam es zu einer Einigung.", both_ways("USA", "CHN", "057")),
        (
            "Das Abkommen wurde zwischen Russland und der Ukraine geschlossen.",
            both_ways("RUS", "UKR", "057"),
        ),
        (
            "Zwischen Merkel und Macron fand am Montag ein Treffen statt.",
            both_ways("DEUGOV", "FRAGOV", "040"),
        ),
    ],
    ids=["kommen-zu", "geben", "ausbrechen", "einigung", "geschlossen", "stattfinden"],
)
def test_german_zwischen_on_the_verb_names_both_sides(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= german(pipeline, text)


def test_a_power_struggle_between_two_is_no_fighting(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "In der Schalte kam es zum Machtkampf zwischen Merkel und Macron."
    assert not {d for d in german(pipeline, text) if d[2].startswith("19")}
