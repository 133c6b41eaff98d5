"""One person behind a party or office right before their name (actors_chains.py,
``one_titled_person``): "FDP-Chef Christian Lindner" and "Landrat Stefan Frey (CSU)" are one
actor each, not a party and an elite or a district and a party, which gave the clause two
sources for one person. The person keeps an office of the state they hold ("CSU-Chef Markus
Söder" is Bavaria's premier), else takes the qualifier's code, and so do the references to
them. Our own sentences, coded by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

from .coding import coded

_DATE = date(2020, 10, 30)


def _actors(pipeline, text: str, lang: str = "de") -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = pipeline(Article("t", text, lang, _DATE))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an elite out of office heads a party: the party's politician
        ("FDP-Chef Christian Lindner verlangte eine Regierungserklärung.", "de",
         [("Christian Lindner", "DEUPTY")]),
        # an office of the state wins over the party the person heads
        ("CSU-Chef Markus Söder lehnte den Plan ab.", "de", [("Markus Söder", "DEUGOV")]),
        # the district's head, whatever his party in brackets
        ("Landrat Stefan Frey (CSU) verlängerte die Allgemeinverfügung.", "de",
         [("Stefan Frey", "DEUGOV")]),
        ("Republican Sen. Rand Paul criticized the deal.", "en", [("Rand Paul", "USALEG")]),
        # a German office's genitive and a comma before the name, the party after it
        ("Der Landrat des Kreises Gütersloh, Sven-Georg Adenauer (CDU), verfügte die "
         "Schließung.", "de", [("Sven-Georg Adenauer", "DEUGOV")]),
        ("Der Beauftragte der Bundesregierung, Thomas Bareiß (CDU), rief zur Ruhe auf.", "de",
         [("Thomas Bareiß", "DEUGOV")]),
    ],
)  # fmt: skip
def test_a_party_or_office_before_a_name_is_that_persons(pipeline, text, lang, expected) -> None:  # type: ignore[no-untyped-def]
    assert _actors(pipeline, text, lang) == expected


def test_the_references_to_the_person_take_the_code(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FDP-Chef Christian Lindner verlangte eine Regierungserklärung. "
        "Lindner sagte, er sei enttäuscht."
    )
    assert {code for _, code in _actors(pipeline, text)} == {"DEUPTY"}


def test_one_person_is_one_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "FDP-Chef Christian Lindner kritisierte die Bundesregierung."
    assert coded(pipeline, text, "de", on=_DATE) == {("DEUPTY", "DEUGOV", "111")}


def test_a_country_before_a_name_stays_its_own_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a bare country is no party or office of the person: "US" is coded apart as ever
    actors = _actors(pipeline, "Der Iran kritisierte US-Präsident Donald Trump.")
    assert ("Iran", "IRN") in actors


def test_the_lord_mayor_is_a_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Münchens Oberbürgermeister Dieter Reiter (SPD) kritisierte die Bundesregierung."
    assert _actors(pipeline, text)[0] == ("Oberbürgermeister Dieter Reiter", "DEUGOV")


@pytest.mark.parametrize(
    "text",
    [
        "Landrat Christoph Göbel (CSU) fordert einen sofortigen harten Lockdown.",
        "Oberbürgermeister Dieter Reiter (SPD) forderte Lockerungen.",
    ],
)
def test_a_local_heads_demand_goes_to_the_government(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # a person of the government named in full, not an institution of its code: two actors
    assert coded(pipeline, text, "de", on=_DATE) == {("DEUGOV", "DEUGOV", "100")}


def test_an_institutions_demand_is_not_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The White House and House Republicans have demanded spending cuts."
    assert ("USAGOV", "USAGOV", "100") not in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a list of actors is no apposition
        ("Die Bundesregierung, Kanzlerin Angela Merkel und die Länder berieten.", "de",
         [("Bundesregierung", "DEUGOV"), ("Kanzlerin Angela Merkel", "DEUGOV")]),
        # an English apposition keeps the office the clause reads
        ("Trump had lunch with his South Korean counterpart, Moon Jae-in, on Monday.", "en",
         [("Trump", "USAGOV"), ("his", "USAGOV"), ("South Korean counterpart", "KORGOV"),
          ("Moon Jae-in", "KORGOV")]),
    ],
)  # fmt: skip
def test_a_comma_joins_no_other_actors(pipeline, text: str, lang: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _actors(pipeline, text, lang) == expected
