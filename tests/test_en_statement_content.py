"""English statements coded by who speaks and what they say (issue 12, session 8), and a
German one beside its English twin: sentences of our own coded by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from .coding import both_ways, coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agency passes the minister's words on: his demand, no agency statement to him
        (
            "The Interfax agency quoted Iran's foreign minister as saying that the United "
            "States must lift its sanctions.",
            {("IRNGOV", "USA", "1054")},
        ),
        (
            "Reuters cited a senior Kremlin official as saying that Russia would not pull its "
            "troops out of Syria.",
            {("RUS", "SYR", "1246")},
        ),
    ],
)
def test_quoted_speaker_makes_the_statement(pipeline, text, expected) -> None:
    assert coded(pipeline, text, negated=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refused act is the refuser's rejection towards its target (12x)
        ("Iran refused to release the British sailors.", {("IRN", "GBR", "1243")}),
        ("Germany refused to send weapons to Ukraine.", {("DEU", "UKR", "1222")}),
        # a reciprocal act refused: the refuser's rejection only, not the partner's
        (
            "The Turkish president declined to meet the American envoy.",
            {("TURGOV", "USAGOV", "125")},
        ),
        # a refusal denied is no rejection
        ("Russia did not refuse to cooperate with Turkey.", set()),
        # the noun refuses as the verb does
        (
            "Turkey's refusal to extradite the journalist to Germany angered Berlin.",
            {("TUR", "DEU", "1213")},
        ),
    ],
)
def test_refused_act_is_a_rejection(pipeline, text, expected) -> None:
    assert coded(pipeline, text, negated=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the words were spoken is no addressee (the speaker's trip there is a visit)
        (
            "The German foreign minister said during a trip to Canada that he hoped for an "
            "early visit.",
            {("DEUGOV", "CAN", "042")},
        ),
        # a letter or speech to someone still addresses it
        (
            "The German foreign minister said in a letter to the Canadian prime minister that he "
            "hoped for an early visit.",
            {("DEUGOV", "CANGOV", "010")},
        ),
    ],
)
def test_place_of_a_statement_is_no_target(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Russia and Ukraine collapsed, with each side blaming the other.",
        "Russia and Ukraine met in Minsk. Each side accused the other of shelling civilians.",
    ],
)
def test_each_side_accuses_the_other(pipeline, text) -> None:
    accusations = {e for e in coded(pipeline, text) if e[2] == "112"}
    assert accusations == both_ways("RUS", "UKR", "112")


def test_other_countries_are_no_side(pipeline) -> None:
    text = "Russia and China blamed other countries for the crisis."
    assert not {e for e in coded(pipeline, text) if e[2] == "112" and e[1] in {"RUS", "CHN"}}


def test_refusal_by_two_is_no_rejection_of_each_other(pipeline) -> None:
    text = "Iran and Syria refused to cooperate."
    assert not {e for e in coded(pipeline, text) if e[2].startswith("12")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the speaker says another actor will suffer threatens it (130)
        (
            "The German chancellor said that Russia would pay a heavy price.",
            {("DEUGOV", "RUS", "130")},
        ),
        (
            "The Iranian foreign minister said the United States will face serious consequences.",
            {("IRNGOV", "USA", "130")},
        ),
        # a price paid is no threat, nor one at the polls
        ("The German chancellor said that Russia had paid a heavy price.", set()),
        (
            "The German chancellor said that the Social Democrats would pay a political price.",
            set(),
        ),
    ],
)
def test_price_to_pay_is_a_threat(pipeline, text, expected) -> None:
    assert {e for e in coded(pipeline, text) if e[2].startswith("13")} == expected


def test_price_own_side_will_pay_is_no_threat(pipeline) -> None:
    text = "The German chancellor said that the German opposition would pay a heavy price."
    assert not {e for e in coded(pipeline, text) if e[2].startswith("13")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Democrats criticized that the administration cut the aid.", ("USAPTY", "USAGOV", "111")),
        (
            "Democrats complained that the White House had ignored the deadline.",
            ("USAPTY", "USAGOV", "111"),
        ),
        ("Democrats complained about the White House.", ("USAPTY", "USAGOV", "111")),
        # a complaint lodged with another actor is official
        (
            "The Chinese government complained to the United States about the arms sales.",
            ("CHNGOV", "USA", "114"),
        ),
        (
            "Amnesty International lamented that the Chinese government had detained activists.",
            ("NGOHRIAMN", "CHNGOV", "110"),
        ),
        # a judgement of what was said is a disparaging description too
        ("Trump described Iran's behaviour as reprehensible.", ("USAGOV", "IRN", "111")),
        ("Democrats said the president's decision was inappropriate.", ("USAPTY", "USAGOV", "111")),
    ],
)
def test_criticism_of_what_another_actor_did(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # what an office of one's own state "must" do is demanded of it
        ("“The FDA must ban the flavors,” Senator Dick Durbin said.", "en",
         ("USALEG", "USAGOVHLH", "100")),
        ("„Die Bundesregierung muss die Türkei unterstützen“, sagte Habeck.", "de",
         ("DEUELI", "DEUGOV", "102")),
    ],
)  # fmt: skip
def test_what_ones_own_state_must_do_is_a_demand(pipeline, text, lang, event) -> None:  # type: ignore[no-untyped-def]
    assert event in coded(pipeline, text, lang, on=date(2020, 6, 1))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "should" of one's own state is advice, not a demand; what a government says its
        # own people must do is its rule
        ("“The FDA should ban the flavors,” Senator Dick Durbin said.", "en"),
        ("„Die Bürger müssen Masken tragen“, sagte Merkel.", "de"),
    ],
)
def test_no_demand_of_ones_own_people_or_by_should(pipeline, text, lang) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, text, lang, on=date(2020, 6, 1))
    assert not any(cameo.startswith("10") for _, _, cameo in events)
