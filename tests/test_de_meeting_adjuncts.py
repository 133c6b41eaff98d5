"""German meeting nouns in a phrase of time or setting ("nach Beratungen mit", "bei dem
Treffen mit", "in Gesprächen mit", compounds such as "Krisentreffen") take the clause's
subject as a party, as English ones do (test_en_meeting_adjuncts.py); the talks were held
whatever the clause denies. "in engem Austausch stehen mit" consults. Our own sentences
through the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import both_ways, coded

events = partial(coded, lang="de")


@pytest.mark.parametrize(
    "text",
    [
        "Nach Beratungen mit Präsident Wladimir Putin sagte Macron, er sei zufrieden.",
        "Bei dem Treffen mit Präsident Wladimir Putin sprach Macron über die Sanktionen.",
        "Auf einem Krisentreffen mit Präsident Wladimir Putin forderte Macron Zugeständnisse.",
        "Macron stand in engem Austausch mit Präsident Wladimir Putin.",
        "Macron ist in ständigem Kontakt mit Präsident Wladimir Putin.",
        # a passive clause's agent takes part
        "Die Regeln wurden von Macron nach Beratungen mit Präsident Wladimir Putin verkündet.",
    ],
)
def test_subject_of_a_clause_at_a_meeting_takes_part(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert both_ways("FRAGOV", "RUSGOV", "040") <= events(pipeline, text)


def test_a_contact_of_infection_is_no_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Macron war in den vergangenen Tagen mit Präsident Wladimir Putin in Kontakt."
    assert not any(cameo.startswith("04") for _, _, cameo in events(pipeline, text))


def test_talks_that_set_a_refusal_were_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "In Gesprächen mit der Opposition lehnte Präsident Lukaschenko Zugeständnisse ab."
    found = events(pipeline, text, fields=("source", "target", "cameo", "negated"))
    assert both_ways("BLRGOV", "BLROPP", "040", False) <= found


@pytest.mark.parametrize(
    "text",
    [
        # the meeting is still to come
        "Vor dem Treffen mit Präsident Wladimir Putin sagte Macron, er sei zufrieden.",
        # a joint press conference is no consultation
        "Das sagte Macron bei einer gemeinsamen Pressekonferenz mit Präsident Wladimir Putin.",
        # a prisoner exchange is no meeting
        "Nach dem Gefangenenaustausch mit Russland sagte Macron, er sei zufrieden.",
    ],
)
def test_no_party_to_what_is_not_a_meeting_held(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(cameo.startswith("04") for _, _, cameo in events(pipeline, text))


def test_a_match_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bei seinem ersten Aufeinandertreffen mit Präsident Wladimir Putin siegte Macron."
    assert not any(cameo.startswith("04") for _, _, cameo in events(pipeline, text))


def test_a_prisoner_exchange_is_each_sides_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Der Gefangenenaustausch zwischen Russland und der Ukraine begann am Morgen."
    assert both_ways("RUS", "UKR", "0841") <= events(pipeline, text)


def test_meeting_that_set_a_past_decision_took_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "beschließen" states an intention for what was decided, not for the meeting it was
    # decided at
    text = (
        "Das hatten die Ministerpräsidenten bei ihrem Treffen mit Bundeskanzlerin Angela "
        "Merkel in der vergangenen Woche beschlossen."
    )
    found = events(pipeline, text, fields=("source", "target", "cameo", "modality"))
    assert ("DEUGOV", "DEUGOV", "040", "asserted") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Der Iran antwortete mit Raketenangriffen auf US-Stützpunkte im Irak.",
            ("IRN", "USA", "190"),
        ),
        ("Die EU reagierte mit Sanktionen gegen Russland.", ("IGOEUREEC", "RUS", "163")),
    ],
)
def test_what_a_response_was_made_with_is_the_subjects_act(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in events(pipeline, text)


def test_talks_after_which_a_pair_agreed_were_theirs(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Frankreich und Deutschland einigten sich nach langen Verhandlungen auf einen Plan."
    assert both_ways("FRA", "DEU", "046") <= events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a briefing of the press, an idiom: no talks between the clause's parties
        "Frankreich und Deutschland lobten bei einem Pressegespräch den Plan.",
        "Frankreich und Deutschland haben einen neuen Plan ins Gespräch gebracht.",
    ],
)
def test_no_talks_in_a_briefing_or_an_idiom(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not {e for e in events(pipeline, text) if e[2].startswith("04")}


def test_many_parties_of_one_code_meet_each_on_their_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    # four parties, one code: a multilateral round, not twelve dyads among them
    text = "Die Landesspitzen von Linke, CDU, SPD und Grüne beraten darüber."
    assert all(target is None for _, target, _ in events(pipeline, text))
    # two named and a pronoun inside one of them stay a pair
    text = (
        "Frankreichs Präsident Emmanuel Macron und sein deutscher Amtskollege Olaf Scholz berieten."
    )
    assert both_ways("FRAGOV", "DEUGOV", "040") <= events(pipeline, text, on=None)
