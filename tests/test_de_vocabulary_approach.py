"""German rows for turning to another actor ("sich an Y wenden": PETRARCH APPROACH 040, an
address to the public, a complaint, phone calls), ceremonies attended abroad (a visit to
the host), consultations of participants named together ("Beratungen von Merkel und
Macron") and resistance against another actor ("Widerstand aus Brüssel"). Our own
sentences through the real pipeline."""

from __future__ import annotations

import pytest

from .coding import both_ways, coded


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Die Bundesregierung hat sich an die Türkei gewandt.", ("DEUGOV", "TUR", "040")),
        ("Merkel wandte sich an die Bürger.", ("DEUGOV", "DEUCVL", "010")),
        (
            "Die Grünen wandten sich mit einem Protestbrief an den Senat.",
            ("DEUPTY", "DEUGOV", "114"),
        ),
        ("Macron nahm an der Trauerfeier in Berlin teil.", ("FRAGOV", "DEUGOV", "042")),
        # a letter to someone asks something of them
        (
            "Die Bundesregierung hat sich mit einem Schreiben an die Türkei gewandt.",
            ("DEUGOV", "TUR", "020"),
        ),
        (
            "Altmaier hatte sich in einem Brief an die taiwanische Regierung gewandt.",
            ("DEUGOV", "TWNGOV", "020"),
        ),
        # retail chains are businesses of the story's country
        (
            "In Deutschland wächst der Druck. 28 Einzelhandelsketten wandten sich an Merkel.",
            ("DEUBUS", "DEUGOV", "040"),
        ),
    ],
)
def test_german_rows_code_their_sentence(pipeline, text, event) -> None:
    assert event in coded(pipeline, text, "de")


def test_a_ceremony_at_home_is_no_visit(pipeline) -> None:
    assert coded(pipeline, "Merkel nahm an der Gedenkfeier in Dresden teil.", "de") == set()


def test_consultations_of_two_named_together(pipeline) -> None:
    text = "Nach den Beratungen von Merkel und Macron in Berlin gab es keine Einigung."
    assert both_ways("DEUGOV", "FRAGOV", "040") <= coded(pipeline, text, "de")


def test_advice_of_one_is_no_consultation(pipeline) -> None:
    assert coded(pipeline, "Die Beratung von Experten half Merkel.", "de") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Der Widerstand der CSU gegen Merkel wächst.",
        "Nach Widerstand aus Brüssel gegen Berlin nahm die Regierung davon Abstand.",
    ],
)
def test_resistance_against_an_actor_opposes_it(pipeline, text) -> None:
    assert {c for _, _, c in coded(pipeline, text, "de")} == {"110"}
