"""German occupation (192) of a named place: the place names the territory taken, its
country, the source's own too; a site in a place is not the place taken. Sentences of
our own."""

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
