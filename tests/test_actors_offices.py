"""German offices and bodies named without their country ("die Behörden", "das
Innenministerium", "der Regierungschef"): the government of the story's country, after every
other reading has had its turn. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.actors_offices import bare_office
from chronik.records import Article


def _actors(pipeline, text: str, lang: str = "de") -> list[tuple[str, str]]:
    doc = pipeline(Article("t", text, lang, date(2020, 4, 3)))
    return [(a.span.text, a.code) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of its own sentence
        ("In Lyon haben die Behörden alle Schulen geschlossen.",
         ("Behörden", "FRAGOV")),
        # an adjective between article and noun
        ("In Graz haben die zuständigen Behörden den Markt gesperrt.",
         ("Behörden", "AUTGOV")),
        # the article's main country, when its sentence names none
        ("Portugal verschärft die Regeln. Das Innenministerium verbot am Montag alle Feste.",
         ("Innenministerium", "PRTGOV")),
        ("Die Lage in Ungarn ist ernst. Am Abend kritisierte der Bürgermeister die Polizei.",
         ("Bürgermeister", "HUNGOV")),
    ],
)  # fmt: skip
def test_an_office_without_country_is_the_story_countrys(
    pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _actors(pipeline, text)


def test_die_regierung_far_from_a_country_is_the_main_countrys(pipeline) -> None:
    text = (
        "In Belgien steigen die Zahlen. Die Schulen bleiben offen. Die Läden auch. "
        "Viele Familien sind besorgt. Die Regierung will am Freitag beraten."
    )
    assert ("Regierung", "BELGOV") in _actors(pipeline, text)


def test_a_country_named_just_before_still_wins(pipeline) -> None:
    text = (
        "In Belgien steigen die Zahlen, in Belgien sind die Schulen zu. Frankreich zögert noch. "
        "Die Regierung will am Freitag beraten."
    )
    assert ("Regierung", "FRAGOV") in _actors(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # someone else's office: a genitive after it
        "In Lyon sagte der Präsident des Fußballverbands, die Saison sei vorbei.",
        # a spokesman or officials are as often a company's or a club's
        "In Lyon sagte der Sprecher, die Lage sei ruhig.",
        # no definite article: any official
        "In Lyon sagte ein Minister, die Lage sei ruhig.",
    ],
)
def test_what_is_no_bare_office(pipeline, text: str) -> None:
    codes = [code for _, code in _actors(pipeline, text)]
    assert "FRAGOV" not in codes


def test_no_country_in_the_story_codes_nothing(pipeline) -> None:
    assert _actors(pipeline, "Die Behörden haben den Markt gesperrt.") == []


def test_english_offices_are_left_as_they_were(pipeline) -> None:
    # the schools take the country of the story's only place (Lyon); the office does not
    actors = _actors(pipeline, "In Lyon, the ministry closed all schools.", "en")
    assert not [code for text, code in actors if "ministry" in text]


class _Word:
    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = text.lower().replace("ö", "o").replace("ü", "u").replace("ä", "a")


@pytest.mark.parametrize(
    ("words", "role", "expected"),
    [
        ("hatten die Behörden außerdem", "GOV", True),
        ("die örtlichen Behörden .", "GOV", True),
        ("dem Gesundheitsministerium", "GOVHLH", True),
        ("hatten Behörden außerdem", "GOV", False),  # no article
        ("die Polizei", "COP", False),  # no government role: a group of its own
        ("der Regierungssprecher sagte", "GOV", False),
        ("die Regierung Maduro", "GOV", False),
    ],
)
def test_bare_office(words: str, role: str, expected: bool) -> None:
    tokens = [_Word(w) for w in words.split()]
    noun = next(i for i, t in enumerate(tokens) if t.text[:1].isupper())
    assert bare_office(tokens, noun, noun, role, "de") is expected
    assert bare_office(tokens, noun, noun, role, "en") is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person after "von"/"unter" owns the government, not the country named before
        ("Frankreich kritisierte die Regierung von Premier Boris Johnson.",
         ("Regierung", "GBRGOV")),
        ("Hastig verhängte die konservative Regierung von Premier Boris Johnson neue Regeln.",
         ("Regierung", "GBRGOV")),
        ("Die Regierung unter Joe Biden hat die Sanktionen gegen Kuba verschärft.",
         ("Regierung", "USAGOV")),
        # or the place the gazetteer knows
        ("Die Regierung von Katalonien verbot das Fest.", ("Regierung", "ESPGOV")),
        ("In Berlin kritisierte der Bürgermeister von Marseille die Polizei.",
         ("Bürgermeister", "FRAGOV")),
        # a genitive of a kind of place names the owner too
        ("Der Gouverneur des Bundesstaats Maryland, Larry Hogan, kritisierte Trump.",
         ("Gouverneur", "USAGOV")),
    ],
)  # fmt: skip
def test_an_office_of_a_named_person_or_place_is_theirs(
    pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _actors(pipeline, text)


def test_an_office_of_someone_unknown_takes_no_country(pipeline) -> None:
    text = "In Lyon steigen die Zahlen. Der Präsident von Olympique sagte, die Saison sei vorbei."
    assert [s for s, _ in _actors(pipeline, text) if "Präsident" in s] == []
