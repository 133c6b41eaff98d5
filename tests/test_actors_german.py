"""German and Austrian actors as their news writes them (issue 13): parties, the federal
government and the country an article is from. Our own sentences."""

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
        ("Die SPD und die CSU stritten über das Gesetz.",
         [("SPD", "DEUPTY"), ("CSU", "DEUPTY")]),
        ("Die FPÖ verlangte Neuwahlen, die Neos lehnten ab.",
         [("FPÖ", "AUTPTY"), ("Neos", "AUTPTY")]),
        # a party heads an agent noun like a country does
        ("Ein AfD-Abgeordneter verließ den Saal.", [("AfD-Abgeordneter", "DEULEG")]),
        ("Die Linkspartei fordert einen Untersuchungsausschuss.",
         [("Linkspartei", "DEUPTY")]),
        # the adjective is no party: only the capitalised noun is
        ("Auf der linken Seite standen die grünen Container.", []),
    ],
)  # fmt: skip
def test_parties_are_coded_with_their_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a country nearby the German federal government is Germany's ...
        ("Der polnische Premier reiste ab. Danach verschärfte die Bundesregierung die Regeln.",
         [("polnische Premier", "POLGOV"), ("Bundesregierung", "DEUGOV")]),
        # ... in an article about Austria it is Austria's, as are the Greens
        ("Die ÖVP und die SPÖ verhandelten in Wien. Die Bundesregierung und die Grünen "
         "einigten sich.",
         [("ÖVP", "AUTPTY"), ("SPÖ", "AUTPTY"), ("Bundesregierung", "AUTGOV"),
          ("Grünen", "AUTPTY")]),
        ("Die CDU und die Grünen einigten sich.", [("CDU", "DEUPTY"), ("Grünen", "DEUPTY")]),
    ],
)  # fmt: skip
def test_federal_government_and_greens_take_the_home_country(
    pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(pipeline, text) == expected
