"""German verbs and nouns of negotiation, mediation and money given ("nachverhandeln",
"mit Y ringen", "versöhnen", "zuschießen", "Verhandlungsmarathon", "Normalisierung
zwischen", "Vereinbarung mit", "nach Absprache mit"), and "sich empören über": our own
sentences through the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import both_ways, coded

_events = partial(coded, lang="de")


@pytest.mark.parametrize(
    "text",
    [
        "Frankreich verhandelt die Bedingungen mit Italien nach.",
        "Frankreich hat das Abkommen mit Italien durchverhandelt.",
        "Frankreich ringt mit Italien um einen Kompromiss.",
        "Nach einem Verhandlungsmarathon mit Italien sagte Macron, man sei sich einig.",
        "Die Verhandlungsrunde zwischen Frankreich und Italien ging am Freitag zu Ende.",
    ],
)
def test_negotiations(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    countries = {(s[:3], t[:3], c) for s, t, c in _events(pipeline, text)}  # "Macron": FRAGOV
    assert both_ways("FRA", "ITA", "046") <= countries


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Vereinbarung Frankreichs mit Italien gilt seit Montag.", "057"),
        ("Der Vertrag zwischen Frankreich und Italien wurde gefeiert.", "057"),
        ("Nach Absprache mit Italien verzichtete Frankreich auf Zölle.", "040"),
        ("Die Diskussionen Frankreichs mit Italien dauerten lange.", "040"),
        ("Anlass ist die Konferenz zwischen Frankreich und Italien am Vormittag.", "040"),
    ],
)
def test_agreements_and_talks_named_by_nouns(pipeline, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert both_ways("FRA", "ITA", code) <= _events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Diskussion Frankreichs über Steuern ist alt.",
        # a conference an organisation holds is no talks between two
        "Die Konferenz Frankreichs über Steuern beginnt am Montag.",
        # the coalition's programme named, no agreement made
        "Die Gebühr bricht den Koalitionsvertrag zwischen Frankreich und Italien.",
    ],
)
def test_no_talks_or_agreement_between_the_two(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _events(pipeline, text)


def test_a_normalisation_between_two_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Normalisierung zwischen Israel und Bahrain wurde gefeiert."
    assert both_ways("ISR", "BHR", "054") <= _events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frankreich versucht, Katar und Bahrain miteinander zu versöhnen.", ("FRA", "QAT", "045")),
        ("Die Opposition in Italien empörte sich über die Regierung.", ("ITAOPP", "ITAGOV", "111")),
        ("Frankreich schießt Italien eine Milliarde Euro zu.", ("FRA", "ITA", "071")),
    ],
)
def test_mediation_outrage_and_money(pipeline, text: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _events(pipeline, text)


def test_wrestling_with_what_is_no_actor_is_no_negotiation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not _events(pipeline, "Frankreich ringt mit der Krise.")


@pytest.mark.parametrize(
    "text",
    [
        "Frankreich schlug ein Treffen mit Italien vor.",
        "Frankreich regte Gespräche mit Italien an.",
    ],
)
def test_proposing_a_meeting_appeals_to_meet(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # the partner is the addressee, not the proposer's own people
    assert _events(pipeline, text) == {("FRA", "ITA", "026")}
