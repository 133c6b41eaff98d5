"""English organisations the dictionary missed or miscoded (session 13, issue 12): the G8 and
the European courts (curated/igos.tsv), the PKK and the Peshmerga in English (ngos.tsv),
United Russia (parties.tsv), "advocates" as NGOs (agents.tsv, actors_words.ngo_body), and
"the coalition" after a led coalition (references_bodies.py). Our own sentences through the
real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.records import Article

from .coding import coded

_DATE = date(2005, 6, 1)


def _actors(pipeline, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = pipeline(Article("t", text, "en", _DATE))
    return [(a.span.text, a.code) for a in doc.actors]


def test_the_g8_is_an_organisation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("IGOBUSGOE", "IRN", "111") in coded(pipeline, "The G8 criticized Iran.", on=_DATE)
    assert ("G-8 leaders", "IGOBUSGOE") in _actors(pipeline, "G-8 leaders met on Monday.")


def test_the_pkk_in_english(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The PKK attacked Turkish troops near the border."
    assert ("TURREB", "TURMIL", "190") in coded(pipeline, text, on=_DATE)


def test_the_coalition_is_the_led_coalition_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Saudi-led coalition bombed the port on Monday. "
        "The coalition accused Iran of arming the rebels."
    )
    assert ("The coalition", "SAUMIL") in _actors(pipeline, text)


def test_a_coalition_no_mention_names_stays_uncoded(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Netanyahu's coalition collapsed. The coalition criticized the Palestinians."
    assert not any(words == "The coalition" for words, _ in _actors(pipeline, text))


def test_advocates_are_ngos_not_lawyers(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Immigration advocates sharply criticized the Justice Department on Monday."
    assert ("NGO", "USAGOV", "111") in coded(pipeline, text, on=_DATE)
    assert ("Italian advocates", "ITANGO") in _actors(pipeline, "Italian advocates met.")


def test_european_courts_in_english(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The European Court of Human Rights criticized Turkey."
    assert ("IGOEURCOE", "TUR", "111") in coded(pipeline, text, on=_DATE)
    assert ("ECJ", "IGOEUREEC") in _actors(pipeline, "The ECJ ruled on Tuesday.")


def test_united_russia_is_a_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("United Russia", "RUSPTY") in _actors(pipeline, "United Russia won the vote.")


def test_the_peshmerga(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peshmerga fighters attacked Islamic State positions near Mosul."
    assert ("IRQMIL", "IMGMUSISI", "190") in coded(pipeline, text, on=_DATE)


def test_a_countrys_envoy_to_an_organisation_is_the_countrys(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Israel's UN ambassador" is Israel's government, one actor, not Israel and the UN
    actors = _actors(pipeline, "Israel's UN ambassador Danny Danon criticised the Palestinians.")
    assert ("Israel's UN ambassador Danny Danon", "ISRGOV") in actors
    assert not [code for _, code in actors if code.startswith("IGO")]
    assert ("Russia's NATO envoy", "RUSGOV") in _actors(pipeline, "Russia's NATO envoy left.")
    # the organisation's own envoy, and another office of the organisation, stay its own
    assert ("UN envoy Staffan de Mistura", "IGOUNO") in _actors(
        pipeline, "UN envoy Staffan de Mistura met Assad."
    )
    assert ("EU", "IGOEUREEC") in _actors(pipeline, "Britain's EU commissioner criticised France.")


def test_the_house_of_lords_is_britains_and_the_commons_the_storys(pipeline) -> None:  # type: ignore[no-untyped-def]
    # only Britain has a House of Lords; Canada too has a House of Commons (an agent noun)
    assert ("House of Lords", "GBRGOVLEG") in _actors(pipeline, "The House of Lords rejected it.")
    text = "Blair spoke in London. The House of Commons voted for the plan."
    assert ("House of Commons", "GBRLEG") in _actors(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US department named like an agent noun is the American one without a country
        ("The Defense Department denied the report.", ("Defense Department", "USAGOVMIL")),
        ("Iran's Defense Department denied the report.",
         ("Iran's Defense Department", "IRNGOVMIL")),
        ("Pelosi called on the Commerce Department to act.",
         ("Commerce Department", "USAGOV")),
        ("Pelosi called on the National Park Service to act.",
         ("National Park Service", "USAGOV")),
        ("The SEC charged the bank's chief executive.", ("SEC", "USAGOVBUS")),
        ("Spokespeople for the NSC declined to comment.", ("NSC", "USAGOV")),
    ],
)  # fmt: skip
def test_us_agencies(pipeline, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _actors(pipeline, text)


def test_a_firm_named_after_its_role_takes_no_country_of_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Iraq and Kuwait signed a contract with the firm Halliburton."
    assert [code for word, code in _actors(pipeline, text) if word == "firm"] == []
    # without a name after it the role keeps the sentence's nearest country
    text = "Iraq and Kuwait signed a contract with the firm."
    assert [code for word, code in _actors(pipeline, text) if word == "firm"] == ["IRQBUS"]
