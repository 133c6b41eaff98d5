"""German and Austrian state institutions as their news names them, without a country: the
federal and state bodies both countries have ("der Bundespräsident", "der Landtag", "der
Bund"), each country's own ("der Nationalrat", "der Landeshauptmann", "das Landratsamt"),
federal and state ministers, and companies whose name begins with an agent noun. Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, "de", date(2021, 3, 4)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shared by Germany and Austria: Germany's unless the article names Austria more
        ("Der Bundespräsident mahnte die Parteien zur Einigung.",
         [("Bundespräsident", "DEUGOV")]),
        ("Die FPÖ tagte in Wien. Der Bundespräsident mahnte die Parteien zur Einigung.",
         [("FPÖ", "AUTPTY"), ("Bundespräsident", "AUTGOV")]),
        ("Der Landtag lehnte den Antrag der Grünen ab.",
         [("Landtag", "DEUGOVLEG"), ("Grünen", "DEUPTY")]),
        ("Der Bund zahlt den Ländern zwei Milliarden.", [("Bund", "DEUGOV")]),
        # a place the gazetteer knows tells the home country too
        ("In Graz tagte der Landtag bis in die Nacht.", [("Landtag", "AUTGOVLEG")]),
        # and so does a shared body that owns an agent ("Ermittler des Landeskriminalamts")
        ("In Linz ermittelten die Ermittler des Landeskriminalamts.",
         [("Ermittler des Landeskriminalamts", "AUTCOP")]),
    ],
)  # fmt: skip
def test_shared_institutions_take_the_home_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Nationalrat beschloss das Budget.", [("Nationalrat", "AUTGOVLEG")]),
        ("Der Landeshauptmann verteidigte die Landesregierung.",
         [("Landeshauptmann", "AUTGOV"), ("Landesregierung", "AUTGOV")]),
        ("Die Arbeiterkammer kritisierte die Wirtschaftskammer.",
         [("Arbeiterkammer", "AUTLAB"), ("Wirtschaftskammer", "AUTBUS")]),
        ("Das Landratsamt schloss zwei Schulen.",
         [("Landratsamt", "DEUGOV"), ("Schulen", "DEUEDU")]),
        ("Der Deutsche Gewerkschaftsbund kritisierte die Arbeitgeber.",
         [("Deutsche Gewerkschaftsbund", "DEULAB")]),
    ],
)  # fmt: skip
def test_each_countrys_own_institutions(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


def test_an_association_named_bund_is_not_the_federal_government(pipeline) -> None:
    actors = _actors(pipeline, "Der Bund der Steuerzahler kritisierte die Ausgaben.")
    assert ("Bund", "DEUGOV") not in actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # federal and state ministers and Berlin's senators of the story's country
        ("Die Lage in Bayern ist ernst. Das Bundesgesundheitsministerium warnte die Kliniken.",
         [("Bundesgesundheitsministerium", "DEUGOVHLH"), ("Kliniken", "DEUHLH")]),
        ("Die Polizei in Berlin räumte das Lager. Der Innensenator verteidigte den Einsatz.",
         [("Polizei in Berlin", "DEUCOP"), ("Innensenator", "DEUGOV")]),
        # defendants take the story's country like suspects
        ("Das Gericht in München verurteilte die Angeklagten.",
         [("Gericht", "DEUJUD"), ("Angeklagten", "DEUCVL")]),
    ],
)  # fmt: skip
def test_ministers_senators_and_defendants(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


def test_a_company_named_with_an_agent_noun_is_no_general(pipeline) -> None:
    # "General" alone is a military title; the company is its country's business
    actors = _actors(pipeline, "Die Gewerkschaften protestierten gegen General Electric.")
    assert ("General Electric", "USABUS") in actors
    assert not any(code.endswith("MIL") for _, code in actors)


def test_it_after_a_company_is_the_company(pipeline) -> None:
    text = "Bank of America said on Monday that it would close twenty branches."
    doc = pipeline(Article("t", text, "en", date(2021, 3, 4)))
    assert [(a.span.text, a.code) for a in doc.actors] == [
        ("Bank of America", "USABUS"),
        ("it", "USABUS"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title seat before a known person is the person's mention, the person's own
        # country with the office the title names
        ("Die FPÖ tagte in Wien. Klubobmann Andreas Schieder kritisierte die ÖVP.",
         [("FPÖ", "AUTPTY"), ("Klubobmann Andreas Schieder", "AUTGOVLEG"), ("ÖVP", "AUTPTY")]),
        ("Bundespräsident Joachim Gauck empfing den Papst.",
         [("Bundespräsident Joachim Gauck", "DEUGOV")]),
        ("Bundespräsident Heinz Fischer empfing den Papst.",
         [("Bundespräsident Heinz Fischer", "AUTGOV")]),
    ],
)  # fmt: skip
def test_a_title_seat_before_a_known_person(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a body that is no government leads that body, not the country
        ("Der ÖGB-Präsident kritisierte die Regierung.",
         [("ÖGB-Präsident", "AUTLAB"), ("Regierung", "AUTGOV")]),
        ("Der Präsident des Robert Koch-Instituts warnte vor der zweiten Welle.",
         [("Präsident des Robert Koch-Instituts", "DEUHLH")]),
        # a former head is an elite, a government's spokesman stays the government's
        ("Die frühere OGH-Präsidentin kandidiert.", [("OGH-Präsidentin", "AUTELI")]),
        ("Der Kreml-Sprecher dementierte.", [("Kreml-Sprecher", "RUSGOV")]),
    ],
)  # fmt: skip
def test_the_head_of_a_body_is_the_bodys(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected
