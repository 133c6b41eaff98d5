"""German verb+noun phrases (Funktionsverbgefüge) whose noun carries the event: backing,
congratulations, warnings, criminal complaints, announced retaliation (issue 12); sentences
of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undated: Laschet keeps his newest office (Entity.role_on)
        ("Die CDU gab Armin Laschet volle Rückendeckung.", ("DEUPTY", "DEUGOV", "051")),
        ("Frankreich sprach Italien seine Glückwünsche aus.", ("FRA", "ITA", "051")),
        ("Japan sprach eine deutliche Warnung an Nordkorea aus.", ("JPN", "PRK", "130")),
        ("Die Türkei richtete eine Warnung an Griechenland.", ("TUR", "GRC", "130")),
        ("Ägypten übermittelte Israel eine Warnung.", ("EGY", "ISR", "130")),
        ("Die SPD stellte Strafanzeige gegen die AfD.", ("DEUPTY", "DEUPTY", "115")),
        ("Die Linke erstattete Anzeige gegen die AfD.", ("DEUPTY", "DEUPTY", "115")),
        ("Pakistan kündigte Vergeltung gegen Indien an.", ("PAK", "IND", "130")),
        ("Serbien akzeptierte die Bedingungen der EU.", ("SRB", "IGOEUREEC", "083")),
    ],
    ids=["backing", "congratulations", "warning-voiced", "warning-addressed", "warning-sent",
         "complaint", "complaint-filed", "retaliation", "conditions-of-genitive"],
)  # fmt: skip
def test_the_noun_of_a_light_verb_phrase_says_the_event(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_warning_without_an_addressee_is_no_threat_to_the_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    codes = {code for _, _, code in dyads(pipeline, "Japan übermittelte Nordkorea Daten.")}
    assert "130" not in codes
