"""German politicians the dictionary lacks, introduced with a compound party title and
named by their family name later (issue 12, session 10: the commonest uncoded source in
unlabelled German news was a family name). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

ON = date(2020, 10, 5)


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline(Article(id="t", text=text, lang="de", date=ON))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Die Bundesregierung streitet mit der Opposition. Grünen-Umweltsprecherin Petra "
            "Hollfelder kritisierte die Regierung. Hollfelder forderte mehr Geld.",
            ("Hollfelder", "DEUPTY"),
        ),
        (
            "SPD-Rechtsexperte Jonas Kellermeier lobte den Entwurf. Kellermeier warnte die Länder.",
            ("Kellermeier", "DEUPTY"),
        ),
        (
            "AfD-Vize Bernhard Stolzenfels griff die Bundesregierung an. Stolzenfels "
            "kritisierte den Bundestag.",
            ("Stolzenfels", "DEUPTY"),
        ),
    ],
)
def test_a_party_compound_title_codes_the_family_name_later(pipeline, text, later) -> None:
    assert later in _actors(pipeline, text)


@pytest.mark.parametrize("party", ["(CDU)", "von der CDU"])
def test_a_party_behind_a_name_codes_the_family_name_later(pipeline, party: str) -> None:
    # session 45: "Eckhardt Rehberg von der CDU" as "Eckhardt Rehberg (CDU)"
    text = f"Den Vergleich wies Eckhardt Rehberg {party} zurück. Rehberg forderte mehr Geld."
    assert ("Rehberg", "DEUPTY") in _actors(pipeline, text)


def test_a_compound_title_of_an_unknown_body_codes_no_one(pipeline) -> None:
    text = "Bahn-Sprecherin Ilse Wendeborn kritisierte die Regierung. Wendeborn lobte Berlin."
    assert not any(words == "Wendeborn" for words, _ in _actors(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maas kritisierte China scharf.", ("Maas", "DEUGOV")),  # foreign minister 2018-2021
        ("Grütters lobte die Theater.", ("Grütters", "DEUGOV")),
        ("Röttgen: Das war eine unglückliche Äußerung.", ("Röttgen", "DEULEG")),
        ("Kogler lobte den Kompromiss.", ("Kogler", "AUTGOV")),
        ("Cassis traf seinen Amtskollegen.", ("Cassis", "CHEGOV")),
        ("Timmermans lobte den Plan.", ("Timmermans", "IGOEUREEC")),  # commissioner 2014-2023
    ],
)
def test_a_leaders_family_name_alone_names_them(pipeline, text, expected) -> None:
    assert expected in _actors(pipeline, text)


def test_a_family_name_that_is_a_word_names_no_one(pipeline) -> None:
    # "Kurz" (Sebastian Kurz) is also "briefly": left to the full name earlier in the article
    assert not any(code.endswith("GOV") for _, code in _actors(pipeline, "Kurz darauf lobte er.."))


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("Die Bundeskanzlerin", "DEUGOV"),
        ("Die Kanzlerin", "DEUGOV"),  # only Germany and Austria have one
        ("Der Bundesinnenminister", "DEUGOV"),
        ("Der Innenminister", "USAGOV"),  # any country has one: the story's
    ],
)
def test_a_federal_office_is_the_home_countrys_in_a_foreign_story(
    pipeline, office, expected
) -> None:
    text = f"Joe Biden gewann die Wahl in Amerika. {office} gratulierte ihm."
    assert _office_code(pipeline, text, office.split()[1]) == expected


def test_a_federal_office_is_austrias_in_an_austrian_story(pipeline) -> None:
    text = (
        "Die ÖVP und die FPÖ stritten in Wien über das Budget. Kickl griff die Regierung an."
        " Joe Biden gewann die Wahl in Amerika. Der Bundeskanzler gratulierte ihm."
    )
    assert _office_code(pipeline, text, "Bundeskanzler") == "AUTGOV"


def _office_code(pipeline, text: str, office: str) -> str | None:
    """The code of the mention that ends with ``office`` (with its article or without)."""
    return next((code for words, code in _actors(pipeline, text) if words.endswith(office)), None)
