"""English criticism and accusation constructions (CAMEO root 11, issue 12): criticism
received from someone ("came under criticism from", "drew condemnation from"), criticism
aimed at someone ("took aim at"), mutual blame ("blamed each other", "sparred with").
Sentences of our own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the critic stands behind "from": the source; the one criticised is the subject
        (
            "The Israeli government came under criticism from the United Nations.",
            {("IGOUNO", "ISRGOV", "111")},
        ),
        ("Russia drew condemnation from Germany.", {("DEU", "RUS", "111")}),
        ("Egypt drew sharp criticism from Amnesty International.", {("NGOHRIAMN", "EGY", "111")}),
        (
            "The Turkish president faced criticism from the European Union.",
            {("IGOEUREEC", "TURGOV", "111")},
        ),
        ("Saudi Arabia attracted fierce criticism from Canada.", {("CAN", "SAU", "111")}),
        ("Kenya received a rebuke from the United States.", {("USA", "KEN", "111")}),
        ("Merkel took criticism from the SPD over the deal.", {("DEUPTY", "DEUGOV", "111")}),
        # "at" after an aiming noun names the target, not a place
        ("Iran took aim at the United States.", {("IRN", "USA", "111")}),
        ("The Chinese president took a swipe at Japan.", {("CHNGOV", "JPN", "111")}),
        # idioms of rebuke
        ("Pelosi took Trump to task for his silence.", {("USALEG", "USAGOV", "111")}),
        ("Pelosi gave the administration low marks.", {("USALEG", "USAGOV", "111")}),
        ("Pelosi tore into Trump.", {("USALEG", "USAGOV", "111")}),
        # a name called
        ("Trump called Hillary Clinton a crook.", {("USAGOV", "USAELI", "111")}),
        # criticism in return, or in public
        ("Republicans blasted back at Obama.", {("USAPTY", "USAELI", "111")}),
        ("Trump called out China for stealing American jobs.", {("USAGOV", "CHN", "111")}),
        # "charged that": an accusation of the one the clause names
        (
            "The United States charged that a Soviet nuclear test had taken place.",
            {("USA", "SUN", "112")},
        ),
        # ... of a compatriot too, as criticism may be
        ("Republicans charged that the White House had lied.", {("USAPTY", "USAGOV", "112")}),
        # an exchange of criticism: both directions
        (
            "The White House sparred with Senator Ted Cruz over the sanctions.",
            {("USAGOV", "USALEG", "111"), ("USALEG", "USAGOV", "111")},
        ),
        # mutual accusation: both directions
        (
            "Russia and Ukraine blamed each other for the attack.",
            {("RUS", "UKR", "112"), ("UKR", "RUS", "112")},
        ),
        (
            "Pakistan and India accused each other of violating the truce.",
            {("PAK", "IND", "112"), ("IND", "PAK", "112")},
        ),
    ],
)
def test_criticism_construction(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkey faced an economic crisis.",  # what an actor is confronted with, no critic
        # "opposition research" names no critic, and scrutiny is no criticism
        "Trump received opposition research from the Russians.",
        "Trump faced scrutiny from Ukrainian officials.",
        "Russia drew up a plan.",  # no criticism noun
        "The minister took aim.",  # nobody aimed at
        "Germany and France blamed the weather.",  # no mutual blame, no actor blamed
        "Turkey and its neighbours accused each other of lying.",  # the partner is no coded actor
    ],
)
def test_no_criticism(pipeline, text) -> None:
    assert coded(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author of what is judged, named behind "by" on it
        ("Democrats criticized the aid package announced by the White House.",
         ("USAPTY", "USAGOV", "111")),
        ("Russia rejected the sanctions imposed by the European Union.",
         ("RUS", "IGOEUREEC", "120")),
        # a denial is aimed at the accusation's author
        ("Russia rejected the accusations made by Britain.", ("RUS", "GBR", "016")),
    ],
)  # fmt: skip
def test_a_judgement_is_aimed_at_the_author_of_what_it_judges(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(pipeline, text)


def test_an_agent_that_only_describes_the_object_is_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The US granted Chesimard, a murderer wanted by the FBI, asylum."
    assert not any(target and target.startswith("USACOP") for _, target, _ in coded(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doubting what an actor answers for criticises it, the quality's owner the target
        ("Obama questioned Trump's fitness for office.", {("USAELI", "USAGOV", "111")}),
        ("Germany questioned the legitimacy of the Iranian government.",
         {("DEU", "IRNGOV", "111")}),
        # other senses of "question" are no criticism
        ("Germany questioned the timetable.", set()),
        # refusing to accept rejects (12), a demand as well as an actor
        ("The United States will not accept North Korea as a nuclear state.",
         {("USA", "PRK", "120")}),
        ("Israel will not accept Iran's proposal.", {("ISR", "IRN", "120")}),
        ("Brazil will not accept interference from the International Monetary Fund.",
         {("BRA", "IGOBUSIMF", "120")}),
    ],
)  # fmt: skip
def test_doubts_and_refusals_to_accept(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text) == expected


def test_agreeing_with_an_actor_endorses_it_one_way(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an opinion shared is no pair of accords; an accord to act together is
    assert coded(pipeline, "Germany agrees with France.") == {("DEU", "FRA", "051")}
    text = "France agreed with Gabon to reschedule the debt."
    assert coded(pipeline, text) == {("FRA", "GAB", "030"), ("GAB", "FRA", "030")}
    # an accord on a matter is shared: CAMEO's 019, both ways
    text = "France agreed with Germany on the future of the eurozone."
    assert coded(pipeline, text) == {("FRA", "DEU", "019"), ("DEU", "FRA", "019")}


def test_fire_taken_is_no_criticism(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "took fire from" is gunfire, not one of the nouns of criticism "take" reads
    events = coded(pipeline, "US troops took fire from Taliban fighters.")
    assert not any(cameo == "111" for _, _, cameo in events)


@pytest.mark.parametrize(
    "text",
    [
        "The State Department laid the blame for the violence on Russia.",
        "The State Department laid blame for the renewed violence at the feet of Russia.",
        "The State Department pinned the blame on Russia.",
        "The State Department put the blame squarely on Russia.",
    ],
)
def test_blame_laid_on_an_actor_accuses_it(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text) == {("USAGOV", "RUS", "112")}


def test_a_wreath_laid_is_no_blame(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a wreath at a memorial honours (017)
    codes = {
        code
        for _, _, code in coded(
            pipeline, "The State Department laid a wreath at the Russian memorial."
        )
    }
    assert codes == {"017"}
