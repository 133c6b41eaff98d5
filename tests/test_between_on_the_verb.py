"""The parties a verb's "between" names (issue 12, session 43): "an agreement signed between
Kim and Moon", "fighting broke out between", "talks were held between", "zwischen Israel und
der Hamas kam es zu Gefechten", "das Abkommen wurde zwischen Russland und der Ukraine
geschlossen" - the parser hangs "between" on the verb, not on the event noun, so the verb's
row reads them. Sentences of our own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import both_ways, coded

SIGNED = (
    "North Korea said the drills violated an agreement signed between Mr. Kim and Mr. Moon "
    "last month."
)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", SIGNED, both_ways("PRKGOV", "KORGOV", "057")),
        (
            "en",
            "A compromise was reached between the United States and Mexico.",
            both_ways("USA", "MEX", "057"),
        ),
        (
            "en",
            "Russia welcomed the deal struck between Iran and China.",
            both_ways("IRN", "CHN", "057"),
        ),
        (
            "en",
            "Fighting broke out between Israel and Hamas on Monday.",
            both_ways("ISR", "PSEREB", "190"),
        ),
        (
            "en",
            "Clashes erupted between Taliban fighters and Afghan forces.",
            both_ways("AFGINS", "AFGMIL", "190"),
        ),
        (
            "en",
            "Clashes took place between the Taliban and Afghan forces.",
            both_ways("AFGINS", "AFGMIL", "190"),
        ),
        (
            "en",
            "Three conversations took place between Trump and Putin.",
            both_ways("USAGOV", "RUSGOV", "040"),
        ),
        ("en", "Talks were held between China and Japan.", both_ways("CHN", "JPN", "040")),
        (
            "de",
            "Zwischen Israel und der Hamas kam es erneut zu Gefechten.",
            both_ways("ISR", "PSEREB", "190"),
        ),
        (
            "de",
            "Es gab Gefechte zwischen der Armee Afghanistans und den Taliban.",
            both_ways("AFGMIL", "AFGINS", "190"),
        ),
        (
            "de",
            "Zwischen Armenien und Aserbaidschan brachen erneut Gefechte aus.",
            both_ways("ARM", "AZE", "190"),
        ),
        (
            "de",
            "Zwischen den USA und China kam es zu einer Einigung.",
            both_ways("USA", "CHN", "057"),
        ),
        (
            "de",
            "Das Abkommen wurde zwischen Russland und der Ukraine geschlossen.",
            both_ways("RUS", "UKR", "057"),
        ),
        (
            "de",
            "Zwischen Merkel und Macron fand am Montag ein Treffen statt.",
            both_ways("DEUGOV", "FRAGOV", "040"),
        ),
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
        "kommen-zu",
        "geben",
        "ausbrechen",
        "einigung",
        "geschlossen",
        "stattfinden",
    ],
)
def test_between_on_the_verb_names_both_sides(pipeline, lang: str, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= coded(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "root"),
    [
        ("en", "A trade war broke out between the United States and China.", "19"),
        ("en", "The meeting took place in Berlin.", "04"),  # nobody between
        ("de", "In der Schalte kam es zum Machtkampf zwischen Merkel und Macron.", "19"),
    ],
    ids=["trade-war", "no-between", "machtkampf"],
)
def test_between_rows_need_fighting_or_both_sides(
    pipeline, lang: str, text: str, root: str
) -> None:  # type: ignore[no-untyped-def]
    assert not {d for d in coded(pipeline, text, lang) if d[2].startswith(root)}
