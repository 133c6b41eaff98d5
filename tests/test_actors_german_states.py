"""German and Austrian federal states (twelfth session): a state's adjective, genitive or
compound's first part before a state's agent is its country's; alone it is no actor. Our
own sentences."""

from __future__ import annotations

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
