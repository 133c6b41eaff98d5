"""English announced acts: what is expected, scheduled or headlined as coming is an intention
(03x, intended), not an act that took place (docs/annotation.md, *Fields*: modality), as
German "werden ... treffen" is. Sentences of our own, coded by the real pipeline."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from chronik.records import Article

from .coding import DYAD, both_ways
from .coding import coded as shared_coded

# (source, target, code, modality) of the events an English text asserts
coded = partial(shared_coded, fields=(*DYAD, "modality"), negated=False)


@pytest.mark.parametrize(
    "text",
    [
        # words of expectation before "to"
        "Trump and Xi Jinping are likely to discuss trade.",
        "Trump is set to meet Xi Jinping in Hanoi.",
        "Trump is slated to meet Xi Jinping in Hanoi.",
        # news "be to", "be due to", "be about to": the parser's copula is the auxiliary
        "Trump is to meet Xi Jinping in Hanoi.",
        "Trump is due to meet Xi Jinping in Hanoi.",
        "Trump is about to meet Xi Jinping in Hanoi.",
        # a headline's to-infinitive, with and without a full stop
        "Trump to meet Xi Jinping in Hanoi",
        "Trump to meet Xi Jinping in Hanoi.",
    ],
)
def test_an_announced_meeting_is_an_intent_to_meet(pipeline, text: str) -> None:
    assert coded(pipeline, text) == both_ways("USAGOV", "CHNGOV", "036", "intended")


@pytest.mark.parametrize(
    "text", ["Trump'll meet Xi Jinping in Hanoi.", "Trump’ll meet Xi Jinping in Hanoi."]
)
def test_will_written_against_a_name_is_an_intent(pipeline, text: str) -> None:
    # "'ll" is split off the name: the name is the subject and the clause is future
    assert coded(pipeline, text) == both_ways("USAGOV", "CHNGOV", "036", "intended")


@pytest.mark.parametrize(
    "text",
    [
        "China proposed a meeting between Trump and Xi Jinping.",
        "China arranged a meeting between Trump and Xi Jinping.",
        "China suggested talks between Trump and Xi Jinping.",
    ],
)
def test_a_proposed_or_arranged_meeting_is_still_to_come(pipeline, text: str) -> None:
    # the meeting is intended, not held; the proposal itself is coded by its own rows
    events = coded(pipeline, text)
    assert both_ways("USAGOV", "CHNGOV", "036", "intended") <= events
    assert not [e for e in events if e[2].startswith("04")]


def test_a_headline_visit_is_an_intended_visit(pipeline) -> None:
    # a planned visit stays the visit (042), intended (docs/annotation.md)
    assert coded(pipeline, "Trump to visit China.") == {("USAGOV", "CHN", "042", "intended")}


def test_a_plan_a_verb_names_makes_its_infinitive_intended(pipeline) -> None:
    # approving a plan to help is no help given yet
    text = "Japan's cabinet approved a plan to help Indonesia."
    assert coded(pipeline, text) == {("JPNGOV", "IDN", "033", "intended")}


@pytest.mark.parametrize(
    "text",
    [
        "Trump is looking forward to visiting China.",
        "Trump said he looks forward to visiting China.",
    ],
)
def test_looking_forward_to_a_visit_is_an_intended_visit(pipeline, text: str) -> None:
    assert coded(pipeline, text) == {("USAGOV", "CHN", "042", "intended")}


@pytest.mark.parametrize(
    "text",
    [
        # unlikely: only possible; likely of a past act: a guess, not a report
        "Trump and Xi Jinping are unlikely to meet in Hanoi.",
        "Trump and Xi Jinping are likely to have met in Hanoi.",
        # a meeting only called hard or impossible was not held
        "It is hard for Trump to meet Xi Jinping in Hanoi.",
        "It was impossible for Trump to meet Xi Jinping in Hanoi.",
    ],
)
def test_an_unlikely_or_guessed_meeting_is_hypothetical(pipeline, text: str) -> None:
    assert coded(pipeline, text) == both_ways("USAGOV", "CHNGOV", "040", "hypothetical")


@pytest.mark.parametrize(
    "text",
    [
        "Trump met Xi Jinping in Hanoi.",
        # "due to" before a noun is a cause, no announcement
        "Trump met Xi Jinping in Hanoi due to the trade dispute.",
    ],
)
def test_a_meeting_that_took_place_stays_asserted(pipeline, text: str) -> None:
    assert coded(pipeline, text) == both_ways("USAGOV", "CHNGOV", "040", "asserted")


def test_the_two_leaders_take_a_side_named_later_in_their_sentence(pipeline) -> None:
    text = (
        "Prime Minister Shinzo Abe spoke on Monday. Exports from Japan rose. The two leaders "
        "are likely to discuss trade, with the French president facing protests at home."
    )
    # the leader named before, not the country named after him ("Japan")
    discussed = {e for e in coded(pipeline, text) if e[2] == "036"}
    assert discussed == both_ways("JPNGOV", "FRAGOV", "036", "intended")


def test_the_two_leaders_named_before_keep_their_sides(pipeline) -> None:
    text = (
        "Trump met Xi Jinping in Hanoi. The two leaders discussed trade, the French president said."
    )
    # the French president named after them is no side of the talks
    discussed = {(e[0], e[1]) for e in coded(pipeline, text) if e[2] == "040"}
    assert discussed == {("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")}


def test_a_past_schedule_still_announces(pipeline) -> None:
    # "was scheduled/due to visit": the visit is still to come, no guess about a past act
    text = "The French president was due to visit Germany next week."
    assert coded(pipeline, text) == {("FRAGOV", "DEU", "042", "intended")}


@pytest.mark.parametrize(
    "text",
    [
        "One of the German chancellor's first moves was to warn Russia.",
        "We appeal to French voters, which is to talk with Russia.",
    ],
)
def test_is_to_that_defines_a_move_announces_nothing(pipeline, text: str) -> None:
    assert not any(e[3] == "intended" for e in coded(pipeline, text))


def test_a_purpose_defined_by_is_to_announces_no_act(pipeline) -> None:
    # "X's challenge is to appeal to voters" says what a task is; its owner is no subject
    assert (
        coded(pipeline, "The German chancellor's challenge is to appeal to French voters.") == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # contractions with the typographic apostrophe news prints as often as the plain one
        (
            "Trump and Xi Jinping said they’ll meet in Hanoi.",
            both_ways("USAGOV", "CHNGOV", "036", "no"),
        ),
        ("Trump said he’ll meet Xi Jinping in Hanoi.", {("USAGOV", "CHNGOV", "036", "no")}),
        ("Trump won’t meet Xi Jinping in Hanoi.", both_ways("USAGOV", "CHNGOV", "036", "yes")),
    ],
)
def test_typographic_contractions_mark_future_and_negation(
    pipeline, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    doc = pipeline(Article(id="t", text=text, lang="en", date=date(2019, 2, 6)))
    found = {
        (e.source.code, e.target.code if e.target else "", e.cameo, "yes" if e.negated else "no")
        for e in doc.events
    }
    assert found == expected


def test_a_typographic_nt_negates_the_clause(pipeline) -> None:
    doc = pipeline(Article(id="t", text="Iran doesn’t support the American proposal.", lang="en"))
    assert [(e.cameo, e.negated) for e in doc.events] == [("051", True)]


def test_future_attacks_are_not_yet_done(pipeline) -> None:
    text = "The Pentagon fears future Iranian attacks on Iraq."
    assert not any(
        code == "190" and modality == "asserted" for _, _, code, modality in coded(pipeline, text)
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a present-tense meeting in a clause of time happens when its main clause does
        (
            "Trump will raise trade when he meets Xi Jinping.",
            "en",
            both_ways("USAGOV", "CHNGOV", "036", "intended"),
        ),
        # a passive "is to be …" announces its act too
        (
            "Trump is to be briefed on Wednesday when he meets Xi Jinping.",
            "en",
            both_ways("USAGOV", "CHNGOV", "036", "intended"),
        ),
        (
            "Bevor sich Trump und Xi Jinping treffen, werden die Länder eine Leitung einrichten.",
            "de",
            both_ways("USAGOV", "CHNGOV", "036", "intended"),
        ),
        # a main clause in the past keeps it a meeting that took place
        (
            "Trump raised trade when he met Xi Jinping.",
            "en",
            both_ways("USAGOV", "CHNGOV", "040", "asserted"),
        ),
    ],
)
def test_a_meeting_in_a_clause_of_time_shares_its_main_clause_s_time(
    pipeline, text: str, lang: str, expected
) -> None:
    assert coded(pipeline, text, lang) == expected


def test_a_sentence_opening_time_adjective_dates_the_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Next" opens the sentence capitalised: a time, not a nationality naming an author
    text = "Next week Merkel visits Paris."
    assert coded(pipeline, text) == {("DEUGOV", "FRAGOV", "042", "intended")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A possible summit between Trump and Xi Jinping is a boost for Trump.", "en"),
        ("Aides are discussing a potential meeting between Trump and Xi Jinping.", "en"),
        # a participle before the noun marks it too, though the parser tags it a verb
        ("The planned meeting between Trump and Xi Jinping is a boost for Trump.", "en"),
        ("Ein mögliches Treffen zwischen Trump und Xi Jinping ist ein Thema.", "de"),
    ],
)
def test_a_possible_or_planned_meeting_is_still_to_come(pipeline, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, lang) == both_ways("USAGOV", "CHNGOV", "036", "intended")


def test_a_meeting_a_future_copula_predicates_is_an_intent(pipeline) -> None:
    """ "The meeting will be the first between X and Y": the copula's tense is the noun's;
    a past one stays a meeting held."""
    text = "The meeting will be the first official meeting between Trump and Xi Jinping."
    assert coded(pipeline, text) == both_ways("USAGOV", "CHNGOV", "036", "intended")
    text = "It was the first official meeting between Trump and Xi Jinping."
    assert coded(pipeline, text) == both_ways("USAGOV", "CHNGOV", "040", "asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting the clause prepares for, or comes ahead of, is still to come
        ("The U.S. and China are in direct talks in preparation for a meeting between Trump"
         " and Xi Jinping.", ("036", "intended")),
        ("Officials are arriving ahead of talks between Trump and Xi Jinping.",
         ("036", "intended")),
        # ... unless the clause is past, when it may have taken place since
        ("Officials arrived ahead of talks between Trump and Xi Jinping.", ("040", "asserted")),
    ],
)  # fmt: skip
def test_an_event_noun_ahead_of_its_clause_is_an_intent(pipeline, text, expected) -> None:
    events = {e for e in coded(pipeline, text) if e[:2] == ("USAGOV", "CHNGOV")}
    assert events == {("USAGOV", "CHNGOV", *expected)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned visit keeps 042; refused or demanded, it is the meeting intended
        ("Trump refused to visit China.", ("USAGOV", "CHN", "125")),
        ("Moon said Trump must visit Seoul.", ("KORGOV", "USAGOV", "106")),
    ],
)
def test_a_refused_or_demanded_visit_is_a_meeting_refused_or_demanded(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in shared_coded(pipeline, text)
