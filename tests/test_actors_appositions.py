"""English people the dictionaries lack, introduced by a role in an apposition
(references_appositions.py), and their family names later in the article. Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, "en", date(2019, 3, 1)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "person", "family", "code"),
    [
        # a coded role right after the article
        (
            "Dariush Rahimi, an Iranian lawmaker, spoke. Rahimi criticised the sanctions.",
            "Dariush Rahimi",
            "Rahimi",
            "IRNLEG",
        ),
        # lower-case modifiers before the role, the name after "said"
        (
            "Talks failed, said Nora Feldkamp, a senior State Department official. "
            "Feldkamp left early.",
            "Nora Feldkamp",
            "Feldkamp",
            "USAGOV",
        ),
        # a member noun with its coded institution
        (
            "Sergei Zorin, a spokesman for the Russian Foreign Ministry, spoke. Mr. Zorin left.",
            "Sergei Zorin",
            "Zorin",
            "RUSGOV",
        ),
        # a role tied to a place by a preposition, then a former one's elite code
        (
            "Marek Holub, a former Czech ambassador to Japan, spoke. Holub blamed Tokyo.",
            "Marek Holub",
            "Holub",
            "CZEELI",
        ),
        # the institution the person leads
        (
            "Ilya Barinov, who heads the Russian Foreign Ministry, spoke. Barinov left.",
            "Ilya Barinov",
            "Barinov",
            "RUSGOV",
        ),
    ],
)
def test_an_apposition_role_codes_the_person_and_the_family_name(
    pipeline, text: str, person: str, family: str, code: str
) -> None:
    actors = _actors(pipeline, text)
    assert (person, code) in actors
    assert (family, code) in actors


@pytest.mark.parametrize(
    "text",
    [
        # the role is someone else's: the lawmaker's son
        "Dariush Rahimi, an Iranian lawmaker's son, spoke. Rahimi left.",
        # a country alone is no role of the person
        "Dariush Rahimi, a father of three from Iran, spoke. Rahimi left.",
        # "an aide to" works for someone else
        "Dariush Rahimi, an aide to the Iranian parliament, spoke. Rahimi left.",
    ],
)
def test_an_apposition_without_a_role_of_the_person_codes_nobody(pipeline, text: str) -> None:
    assert not [a for a in _actors(pipeline, text) if "Rahimi" in a[0]]


def test_a_former_role_is_the_countrys_elite(pipeline) -> None:
    text = "Dariush Rahimi, a former Iranian lawmaker, spoke. Rahimi left."
    assert ("Rahimi", "IRNELI") in _actors(pipeline, text)


def test_an_organisation_in_a_list_is_no_persons_role(pipeline) -> None:
    text = "The Hamdan Group, the International Monetary Fund, the World Bank and Iran met."
    assert [a for a in _actors(pipeline, text) if a[0] == "Hamdan Group"] == []


def test_the_institution_named_wins_over_the_storys_country(pipeline) -> None:
    # the story is about Iran; the spokesman speaks for Russia's ministry
    text = (
        "Iran protested on Monday. Sergei Zorin, a spokesman for the Russian Foreign "
        "Ministry, spoke. Zorin left."
    )
    actors = _actors(pipeline, text)
    assert ("Sergei Zorin", "RUSGOV") in actors
    assert ("Zorin", "RUSGOV") in actors
