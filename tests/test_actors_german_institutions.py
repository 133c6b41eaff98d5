"""German state institutions that news names as compounds of a common head (…regierung,
…behörde, …verwaltung, …gericht, …polizei, Polizeipräsidium, …stadtrat): bodies of the
story's country, as "die Regierung" and "die Polizei" are (issue 12). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, "de", date(2020, 11, 3)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Dresden tagte der Landtag. Die Staatsregierung kündigte neue Auflagen an.",
         ("Staatsregierung", "DEUGOV")),
        ("In Barcelona schlossen die Bars. Die Regionalregierung ordnete es an.",
         ("Regionalregierung", "ESPGOV")),
        ("Die Kreisbehörde in Gotha schickte die Kontaktpersonen in Quarantäne.",
         ("Kreisbehörde", "DEUGOV")),
        ("In Bremen öffnen die Kitas. Die Bildungsverwaltung hat das entschieden.",
         ("Bildungsverwaltung", "DEUGOV")),
        ("Das Verwaltungsgericht in Leipzig hob die Sperrstunde auf.",
         ("Verwaltungsgericht", "DEUJUD")),
        # a federal state composes as a country does ("die Regierung in Pjöngjang")
        ("Ein Landgericht in Hessen verurteilte den Angeklagten zu drei Jahren Haft.",
         ("Landgericht in Hessen", "DEUJUD")),
        ("Die Wasserschutzpolizei kontrollierte am Sonntag die Boote am Ufer in Potsdam.",
         ("Wasserschutzpolizei", "DEUCOP")),
        # a city adjective gives the police headquarters its country, as for "die Polizei"
        ("Die Ermittlungen laufen, teilte das Kasseler Polizeipräsidium mit.",
         ("Polizeipräsidium", "DEUCOP")),
        # a city's councillor for a portfolio, with or without a name
        ("In Wien kritisierte der Bildungsstadtrat die Pläne des Ministers.",
         ("Bildungsstadtrat", "AUTGOV")),
        ("In Wien kritisierte Gesundheitsstadträtin Anna Kerbler die Pläne des Ministers.",
         ("Gesundheitsstadträtin Anna Kerbler", "AUTGOV")),
    ],
)  # fmt: skip
def test_compound_institutions_are_the_stories_bodies(
    pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _actors(pipeline, text)


def test_a_dish_is_no_court(pipeline) -> None:
    # only the courts' own compounds are listed: "Lieblingsgericht" is a favourite dish
    found = _actors(pipeline, "In Bonn kochte er sein Lieblingsgericht für die Gäste.")
    assert not any(code.endswith("JUD") for _, code in found)


def test_care_homes_are_the_stories_health_sector(pipeline) -> None:
    found = _actors(pipeline, "Die Pflegeheime in Bremen kritisierten die Landesregierung.")
    assert ("Pflegeheime", "DEUHLH") in found


@pytest.mark.parametrize("phrase", ["Die Kitas waren", "Der Deal war"])
def test_german_common_nouns_are_no_foreign_places(pipeline, phrase: str) -> None:
    # "Kitas" is Quito's alternate name in the gazetteer: the police were Ecuador's
    doc = pipeline(Article("t", f"{phrase} umstritten, sagte die Polizei.", "de", None))
    assert [p.span.text for p in doc.places] == []
    assert not [a for a in doc.actors if a.code.startswith(("ECU", "GBR"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weak form after the article: "das Weiße Haus", "das Blaue Haus"
        ("Das Weiße Haus kritisierte China scharf.", ("Weiße Haus", "USAGOV")),
        ("Das Blaue Haus begrüßte den Vorschlag.", ("Blaue Haus", "KORGOV")),
        # a Freistaat is a German state (Bavaria, Saxony, Thuringia), its government
        ("Der Freistaat greift bei Feiern strenger durch.", ("Freistaat", "DEUGOV")),
        ("Die Ministerpräsidentenkonferenz beschloss neue Regeln.",
         ("Ministerpräsidentenkonferenz", "DEUGOV")),
        ("Die Kultusministerkonferenz bat den Bund um Hilfe.",
         ("Kultusministerkonferenz", "DEUGOV")),
    ],
)  # fmt: skip
def test_seats_and_state_governments_in_their_other_forms(
    pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _actors(pipeline, text)
