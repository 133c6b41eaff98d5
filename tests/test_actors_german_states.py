"""German and Austrian federal states (twelfth session): a state's adjective, genitive or
compound's first part before a state's agent is its country's; alone it is no actor, unless
it acts as a clause's subject: then it is its government. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

from .coding import mention_codes


def test_state_adjective_with_police_is_the_country(actors) -> None:
    text = "Die sächsische Polizei nahm zwei Männer fest."
    assert mention_codes(actors, text, "de") == [("sächsische Polizei", "DEUCOP")]


def test_state_compound_and_genitive_with_government(actors) -> None:
    text = "Die NRW-Landesregierung und Tirols Landesregierung widersprachen."
    assert mention_codes(actors, text, "de") == [
        ("NRW-Landesregierung", "DEUGOV"),
        ("Tirols Landesregierung", "AUTGOV"),
    ]


def test_state_demonym_adjective_composes(actors) -> None:
    text = "Die Kärntner Landesregierung widersprach."
    assert mention_codes(actors, text, "de") == [("Kärntner Landesregierung", "AUTGOV")]


def test_state_alone_and_the_football_club_are_no_actor(actors) -> None:
    text = "In Thüringen lobte Bayern-Präsident Herbert Hainer die Spieler."
    assert mention_codes(actors, text, "de") == []


def _actors(pipeline, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = pipeline(Article("t", text, "de", date=date(2020, 12, 1)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sachsen verlängert den Lockdown bis Ende Januar.", [("Sachsen", "DEUGOV")]),
        (
            "Nordrhein-Westfalen und Niedersachsen lehnten den Vorschlag ab.",
            [("Nordrhein-Westfalen", "DEUGOV"), ("Niedersachsen", "DEUGOV")],
        ),
        ("Tirol verhängt eine Quarantäne über das Paznauntal.", [("Tirol", "AUTGOV")]),
        # a place, or the place of another actor: still no actor
        ("In Sachsen wurden die Geschäfte geschlossen.", []),
        ("Die Polizei in Sachsen nahm zwei Männer fest.", [("Polizei in Sachsen", "DEUCOP")]),
    ],
)
def test_a_state_that_acts_is_its_government(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _actors(pipeline, text) == expected
