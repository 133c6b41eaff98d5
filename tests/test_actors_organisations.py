"""Organisations the coder missed (issue 12): trade unions are their country's labour,
companies named with their legal form one business actor (actors_companies.py). Our own
sentences."""

from __future__ import annotations

import pytest

from chronik.records import Article

from .coding import coded, mention_codes


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
    ("text", "lang", "expected"),
    [
        # a company's name and legal form are one actor of the sentence's country
        (
            "In Canada, Maple Timber Holdings Inc accused the government of fraud.",
            "en",
            ("Maple Timber Holdings Inc", "CANBUS"),
        ),
        # a country inside the name is the company's
        (
            "Chinese Harbour Engineering Corp signed a deal with Kenya.",
            "en",
            ("Chinese Harbour Engineering Corp", "CHNBUS"),
        ),
        (
            "In Bayern kritisierte die Nordlicht Brauerei AG den Minister.",
            "de",
            ("Nordlicht Brauerei AG", "DEUBUS"),
        ),
    ],
)
def test_company_with_legal_form_is_one_business_actor(
    pipeline,  # type: ignore[no-untyped-def]
    text: str,
    lang: str,
    expected: tuple[str, str],
) -> None:
    doc = pipeline(Article(id="t", text=text, lang=lang))
    found = [(a.span.text, a.code) for a in doc.actors]
    assert expected in found
    assert not any(code == expected[1][:3] for _, code in found if _ in expected[0])


@pytest.mark.parametrize(
    "text",
    [
        "In Canada, the corp accused the government of fraud.",  # no name, not as written
        "In Canada, an Inc accused the government of fraud.",  # no name before it
    ],
)
def test_legal_form_without_a_name_is_no_actor(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(source != "CANBUS" for source, _, _ in coded(pipeline, text))


def test_company_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Maple Timber Holdings Inc accused the Canadian government of fraud."
    assert ("CANBUS", "CANGOV", "1121") in coded(pipeline, text)


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
