"""Countries German news leaves to the place: occupation (192) of a named place names the
territory taken, its country, the source's own too (a site in a place is not the place
taken); unnamed criminals ("Schlepper", "Entführer") are the place's, as rebels are; a
"Kartell" (OPEC) and "Bande" (ties) are no criminal group. Sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russische Truppen besetzten die Stadt Cherson.", ("RUSMIL", "UKR", "192")),
        ("Die Rebellen eroberten die Stadt Aleppo.", ("SYRREB", "SYR", "192")),
        (
            "Die Huthi-Rebellen brachten die Hauptstadt Sanaa unter ihre Kontrolle.",
            ("YEMREB", "YEM", "192"),
        ),
        ("Russische Truppen marschierten in die Stadt Cherson ein.", ("RUSMIL", "UKR", "192")),
    ],
    ids=["occupied", "conquered-at-home", "under-control-at-home", "marched-into"],
)
def test_a_place_taken_names_its_country(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_site_in_a_place_is_not_the_place_taken(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not dyads(pipeline, "Aktivisten besetzten das Rathaus in Wien.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Neapel wurden drei mutmaßliche Schlepper festgenommen.", ("ITACOP", "ITACRM", "173")),
        ("Entführer verschleppten in Nigeria fünf Studenten.", ("NGACRM", "NGAEDU", "181")),
    ],
    ids=["smugglers-arrested", "kidnappers"],
)
def test_criminals_are_the_places(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Kartell verhandelt in Wien mit Russland über die Fördermengen.",
        "Macron lobte in Paris die engen Bande zu Deutschland.",
    ],
    ids=["oil-cartel", "ties"],
)
def test_cartels_and_ties_are_no_criminals(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert all("CRM" not in f"{source}{target}" for source, target, _ in dyads(pipeline, text))
