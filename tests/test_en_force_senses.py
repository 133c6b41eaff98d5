"""English senses of force and cooperation verbs that are no force or no trade: matches
won, objects no force reaches, attacks with a charge, traded insults, going away, choosing
company (events_senses.py, events_verbal.py, hand rows of en.v1.tsv); sentences of our own."""

from __future__ import annotations

import pytest

from .coding import coded

FORCE_ROOTS = ("17", "18", "19")


def _codes(pipeline, text) -> set[str]:  # type: ignore[no-untyped-def]
    return {code for _, target, code in coded(pipeline, text) if target}


@pytest.mark.parametrize(
    "text",
    [
        # a contest verb with a score or a word of sport is a match
        "Italy beat France 24-17 in Rome on Saturday.",
        "Ireland defeated Scotland to lift the Six Nations trophy.",
        # force and coercion reach no feeling, procedure or ill
        "Senator Warren captured the anger of many American voters.",
        # what belongs to an actor is captured, not the actor ("the Iraqi market")
        "American exporters captured the Iraqi market.",
        "Flynn's calls with the Russians were captured by American intelligence.",
        "The Chinese executive is fighting extradition to Canada.",
        "Mr Howard said Tory policies on schools and crime were striking a chord with voters.",
        # a measure that targets regulates, it does not fight
        "The president's visa move targets Chinese graduate students in the United States.",
        # choosing one's company is no siege
        "Trump is surrounding himself with American generals.",
        # firing a person dismisses them, whatever "on" or "at" follows
        "Trump fired Linick on May 15 at the recommendation of Pompeo.",
    ],
)
def test_no_force(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(code.startswith(FORCE_ROOTS) for code in _codes(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force between armies, and arrests, stay force
        ("Russia defeated Ukraine in the battle.", ("RUS", "UKR", "190")),
        ("Russian troops captured Ukrainian soldiers.", ("RUSMIL", "UKRMIL", "173")),
        ("Russian troops targeted Ukrainian soldiers.", ("RUSMIL", "UKRMIL", "190")),
        # firing on someone, or firing shots at them, is shooting
        ("Syrian troops fired on Turkish soldiers.", ("SYRMIL", "TURMIL", "193")),
        ("Iranian boats fired warning shots at a US destroyer.", ("IRN", "USAMIL", "193")),
        (
            "Israeli jets attacked Hamas positions as part of the offensive.",
            ("ISRMIL", "PSEREB", "190"),
        ),
        # a charge after the attacked makes the attack one in words
        ("Trump attacked the United Nations as a club for dictators.", ("USAGOV", "IGOUNO", "111")),
        ("Trump attacked China for its trade practices.", ("USAGOV", "CHN", "111")),
        # traded insults or accusations are no trade
        ("Erdogan traded insults with Netanyahu.", ("TURGOV", "ISRGOV", "111")),
        ("Iran and Saudi Arabia traded accusations over the attack.", ("IRN", "SAU", "112")),
        # politicians of one country clash in words
        ("Mitch McConnell clashed with Donald Trump.", ("USALEG", "USAGOV", "110")),
        # lowering or ending sanctions and tariffs eases them; the noun alone imposes them
        ("China reduced its tariffs on U.S. products.", ("CHN", "USA", "085")),
        ("Trump cut tariffs on Chinese goods.", ("USAGOV", "CHN", "085")),
        ("The U.S. imposed tariffs on Chinese goods.", ("USA", "CHN", "163")),
        ("Trump targeted Mexican immigrants with racist remarks.", ("USAGOV", "MEXCVL", "111")),
        ("The United States targeted Russia with new sanctions.", ("USA", "RUS", "163")),
    ],
)
def test_coded_sense(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # leaving a meeting or a country of one's own accord, or immigrating, cuts no ties
        "Obama left the NATO summit in Wales on Friday.",
        "Shimon Peres immigrated to Israel in 1934.",
    ],
)
def test_going_away_is_no_event(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not _codes(pipeline, text)


def test_a_sanction_undone_is_none_imposed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the tariff noun in the object of "lower" is no sanction nor its threat
    codes = _codes(pipeline, "China will lower its tariffs on American products.")
    assert codes and not any(code.startswith(("13", "16")) for code in codes)
