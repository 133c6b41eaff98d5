"""Organisations the coder missed (issue 12): trade unions are their country's labour,
German companies named with their legal form one business actor (actors_companies.py),
human rights groups NGOHRI. Our own sentences."""

from __future__ import annotations

import pytest

from chronik.records import Article

from .coding import mention_codes


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Unison criticised the minister.", "en", [("Unison", "GBRLAB")]),
        (
            "The Teamsters and the UFCW marched.",
            "en",
            [("Teamsters", "USALAB"), ("UFCW", "USALAB")],
        ),
        ("IG Metall und Verdi warnten.", "de", [("IG Metall", "DEULAB"), ("Verdi", "DEULAB")]),
        ("Die GEW protestierte.", "de", [("GEW", "DEULAB")]),
        # the unions' names need their capitals: "in unison" is no union
        ("They sang in unison.", "en", []),
    ],
)
def test_unions_are_their_countrys_labour(actors, text: str, lang: str, expected: list) -> None:  # type: ignore[type-arg]
    assert mention_codes(actors, text, lang) == expected


def test_union_members_take_the_storys_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(
        Article(id="t", text="In London, union leaders accused the government of lying.", lang="en")
    )
    assert ("union leaders", "GBRLAB") in [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's name and legal form are one actor of the sentence's country
        (
            "In Bayern kritisierte die Nordlicht Brauerei AG den Minister.",
            ("Nordlicht Brauerei AG", "DEUBUS"),
        ),
        # a country right before the name is the company's
        (
            "Die chinesische Huatai Hafenbau GmbH unterzeichnete einen Vertrag mit Kenia.",
            ("Huatai Hafenbau GmbH", "CHNBUS"),
        ),
    ],
)
def test_german_company_with_legal_form_is_one_business_actor(
    pipeline,  # type: ignore[no-untyped-def]
    text: str,
    expected: tuple[str, str],
) -> None:
    doc = pipeline(Article(id="t", text=text, lang="de"))
    assert expected in [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Bayern kritisierte die AG den Minister.", "de"),  # no name before it
        ("In Bayern kritisierte die Corona-AG den Minister.", "de"),  # a working group
        # English legal forms are left out: Reuters' deals and market talk
        ("Maple Timber Holdings Inc accused the Canadian government of fraud.", "en"),
    ],
)
def test_legal_form_alone_or_english_is_no_actor(pipeline, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(Article(id="t", text=text, lang=lang))
    assert not any(a.code.endswith("BUS") for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # human rights groups with no country are CAMEO's NGOHRI, not the story's country's
        (
            "Human rights groups condemned Egypt.",
            "en",
            [("Human rights groups", "NGOHRI"), ("Egypt", "EGY")],
        ),
        (
            "Menschenrechtler kritisierten Ägypten.",
            "de",
            [("Menschenrechtler", "NGOHRI"), ("Ägypten", "EGY")],
        ),
        # with a country they are that country's
        (
            "Egyptian human rights activists marched.",
            "en",
            [("Egyptian human rights activists", "EGYHRI")],
        ),
    ],
)
def test_human_rights_groups(actors, text: str, lang: str, expected: list) -> None:  # type: ignore[type-arg]
    assert mention_codes(actors, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-party state's ruling Communist Party is its government (Phoenix RULING_PARTY)
        ("Laos's ruling Communist Party told editors to stay quiet.",
         [("Laos's ruling Communist Party", "LAOGOV")]),
        ("Vietnam's ruling Communist party sacked two ministers.",
         [("Vietnam's ruling Communist party", "VNMGOV")]),
        # an opposition Communist Party is no government
        ("Russia's Communist Party backed the bill.", [("Russia", "RUS")]),
    ],
)  # fmt: skip
def test_a_ruling_communist_party_is_the_government(actors, text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert mention_codes(actors, text) == expected


def test_christian_democrats_are_the_storys_party_not_the_us_democrats(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Italy's government fell. The Christian Democrats criticized the prime minister."
    doc = pipeline(Article(id="t", text=text, lang="en"))
    assert ("Christian Democrats", "ITAPTY") in [(a.span.text, a.code) for a in doc.actors]
