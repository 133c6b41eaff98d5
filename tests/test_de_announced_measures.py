"""German measures a government announces over its own people (issue 12, session 44):
"verkündete einen Lockdown", "kündigte eine Ausgangssperre an", "plant eine
Ausgangssperre", "rief den nationalen Notstand aus", "rief die höchste Alarmstufe aus" are
restrictions on its people (172; a curfew 1723, a state of emergency 1724), as "verhängte"
is. Sentences of our own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundesregierung verkündete einen neuen Lockdown.", ("DEUGOV", "DEUCVL", "172")),
        (
            "Die bayerische Staatsregierung verkündete eine Ausgangssperre.",
            ("DEUGOV", "DEUCVL", "1723"),
        ),
        ("Die Bundesregierung kündigte eine Ausgangssperre an.", ("DEUGOV", "DEUCVL", "1723")),
        ("Die Bundesregierung plant eine Ausgangssperre.", ("DEUGOV", "DEUCVL", "1723")),
        (
            "Die französische Regierung rief die höchste Alarmstufe aus.",
            ("FRAGOV", "FRACVL", "172"),
        ),
        ("Die US-Regierung rief den nationalen Notstand aus.", ("USAGOV", "USACVL", "1724")),
    ],
    ids=[
        "verkuendet-lockdown",
        "verkuendet-sperre",
        "kuendigt-an",
        "plant",
        "alarmstufe",
        "notstand",
    ],
)
def test_an_announced_measure_restricts_the_own_people(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, "de", on=None) >= {expected}


def test_announcing_a_result_is_no_measure(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = coded(pipeline, "Die Bundesregierung verkündete das Ergebnis der Wahl.", "de")
    assert not {e for e in found if e[2].startswith("17")}
