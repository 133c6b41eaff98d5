"""German event nouns with a possessor before them ("seine Begegnung mit", "Merkels Besuch")
and a visit's host named by its place ("Besuch in Prag"), and predicates that had no row
(issue 12); sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der französische Präsident Macron lobte seine Begegnung mit Kanzlerin Merkel.",
         ("FRAGOV", "DEUGOV", "040")),
        ("Nach Wladimir Putins Treffen mit dem französischen Präsidenten gab es Kritik.",
         ("RUSGOV", "FRAGOV", "040")),
    ],
    ids=["possessive-determiner", "genitive-name"],
)  # fmt: skip
def test_the_possessor_of_an_event_noun_is_its_subject(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_possessor_is_the_one_arrested(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Der russische Oppositionelle Nawalny kehrte heim. Die Polizei meldete seine Festnahme."
    assert any(target == "RUSOPP" and code == "173" for _, target, code in dyads(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der tschechische Premier sprach bei seinem Besuch in Berlin über Energie.",
         ("CZEGOV", "DEUGOV", "042")),
        ("Der US-Außenminister kam zu einem Antrittsbesuch nach Berlin.",
         ("USAGOV", "DEUGOV", "042")),
        ("Der französische Präsident Macron reiste am Montag nach Prag.",
         ("FRAGOV", "CZEGOV", "042")),
        ("Die USA schließen ihre Botschaft in Bagdad.", ("USA", "IRQGOV", "161")),
    ],
    ids=["visit-noun", "kommen-zu-besuch", "reisen-nach", "closed-embassy"],
)  # fmt: skip
def test_a_foreign_place_names_the_host(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_trip_at_home_has_no_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kanzlerin Merkel reiste am Montag nach Dresden."
    assert dyads(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bei Zusammenstößen zwischen der Polizei und Anhängern der Opposition in Minsk "
         "wurden viele verletzt.", "190"),
        ("Russische und türkische Soldaten stießen an der Grenze zusammen.", "190"),
        ("Die Grünen stellten sich gegen die Bundesregierung.", "110"),
        ("Die Bundesregierung wies die Vorwürfe Russlands von sich.", "016"),
        ("Die Ukraine zitierte den russischen Geschäftsträger ins Außenministerium.", "114"),
    ],
    ids=["clashes-noun", "clash-verb", "sich-stellen-gegen", "von-sich-weisen", "summon"],
)  # fmt: skip
def test_predicates_without_a_row_before(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, text)
    assert any(code == expected and target for _, target, code in found), found


def test_a_quoted_author_is_no_summons(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die Kanzlerin zitierte den russischen Schriftsteller Tolstoi."
    assert not {code for _, _, code in dyads(pipeline, text)} & {"114"}
