"""Verbs of news criticism (issue 12, session 45): "ripped", "knocked", "insulted",
"taunted", "trashed", "fired back at", "demonized", "smeared" an actor is criticism (111),
"feuded with" an exchange of it; "faces opposition from" makes the critic the source; "was
beheaded by" is killing by physical assault (1823). And the owner of what a judgement
judges is its target ("the tactics of Labour were sinister"). German: "polterte gegen",
"teilte gegen … aus", "zog über … her", "stellte … an den Pranger", "griff … scharf an",
"stellte … infrage", "zog … in Zweifel".
Sentences of our own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import both_ways, coded


@pytest.mark.parametrize(
    "verb",
    ["ripped", "knocked", "insulted", "taunted", "trashed", "fired back at", "demonized",
     "smeared", "ripped into"],
)  # fmt: skip
def test_a_verb_of_criticism_codes_criticism(pipeline, verb: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The Chinese foreign minister {verb} the American president on Monday."
    assert coded(pipeline, text) == {("CHNGOV", "USAGOV", "111")}


def test_feuding_is_criticism_both_ways(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Chinese foreign minister feuded with the American president for weeks."
    assert coded(pipeline, text) == both_ways("CHNGOV", "USAGOV", "111")


@pytest.mark.parametrize(
    "text",
    [
        "A tornado ripped through Texas on Monday.",
        "Police knocked on the doors of Iraqi families.",
        "The army knocked down houses in Gaza.",
    ],
)
def test_other_senses_are_no_criticism(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {code for _, _, code in coded(pipeline, text) if code.startswith("11")}


def test_facing_opposition_from_an_actor_is_its_criticism(pipeline) -> None:  # type: ignore[no-untyped-def]
    # scrutiny stays none (test_en_criticism_rows.py): an investigator's is an inquiry
    text = "The French president faces opposition from the Iranian parliament."
    assert coded(pipeline, text) == {("IRNLEG", "FRAGOV", "111")}


def test_a_beheading_is_killing_by_physical_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "An American journalist was beheaded by the Islamic State."
    assert coded(pipeline, text) == {("IMGMUSISI", "USAMED", "1823")}


def test_a_judgement_targets_the_owner_of_what_it_judges(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "of" names where or what elsewhere ("the size of America's capital"), not here
    text = "Iran said the tactics of the United States were sinister."
    assert coded(pipeline, text) == {("IRN", "USA", "111")}
    german = "Der französische Präsident sagte, die Politik von Wladimir Putin sei inakzeptabel."
    assert coded(pipeline, german, "de") == {("FRAGOV", "RUSGOV", "111")}
    lawful = "Iran said the decision recognizes the lawful authority of the United States."
    assert not {code for _, _, code in coded(pipeline, lawful) if code.startswith("11")}


@pytest.mark.parametrize(
    "text",
    [
        "Der französische Präsident polterte gegen Russland.",
        "Der französische Präsident teilte gegen Russland aus.",
        "Der französische Präsident schoss gegen Russland.",
        "Der französische Präsident zog über Russland her.",
        "Der französische Präsident lästerte über Russland.",
        "Der französische Präsident verspottete Russland.",
        "Der französische Präsident diffamierte Russland.",
        "Der französische Präsident stellte Russland an den Pranger.",
        "Der französische Präsident las Russland die Leviten.",
        "Der französische Präsident holte zum Rundumschlag gegen Russland aus.",
        "Der französische Präsident stichelte gegen Russland.",
        "Der französische Präsident keilte gegen Russland.",
        "Der französische Präsident spottete über Russland.",
        "Der französische Präsident nannte Russland unzuverlässig.",
        # an attack in words: a sharp one, or one for a reason
        "Der französische Präsident griff Russland scharf an.",
        "Der französische Präsident attackierte Russland wegen der Sanktionen.",
        # doubting in public what another stands for
        "Der französische Präsident stellte die Politik Russlands infrage.",
        "Der französische Präsident hat die Politik Russlands infrage gestellt.",
        "Der französische Präsident zog die Zusagen Russlands in Zweifel.",
    ],
)
def test_german_verbs_of_criticism(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, "de") == {("FRAGOV", "RUS", "111")}


def test_an_armed_attack_stays_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die russische Armee griff die ukrainischen Stellungen heftig an."
    assert coded(pipeline, text, "de") == {("RUSMIL", "UKR", "190")}


def test_springing_to_someones_side_defends_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Der französische Präsident sprang Russland bei."
    assert coded(pipeline, text, "de") == {("FRAGOV", "RUS", "052")}
