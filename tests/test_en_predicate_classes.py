"""Classes of English predicate misses (issue 12, event recall), our own sentences through
the real pipeline: what was agreed, promised or offered is intended, not done; the aim of
a verb of sending attached to the thing sent is the target; "would not say" declines
comment as "declined to say" does."""

from __future__ import annotations

import pytest

from .coding import both_ways, coded

INTENDED = ("source", "target", "cameo", "modality")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the governed action is the event, intended: 0841 release -> 0353, 040 -> 036
        ("Iran agreed to release the British sailors.", {("IRN", "GBR", "0353", "intended")}),
        (
            "Cuba agreed to resume talks with Brazil.",
            {(*d, "intended") for d in both_ways("CUB", "BRA", "036")},
        ),
        ("Greece offered to mediate between Serbia and Kosovo.", {
            ("GRC", "SRB", "039", "intended"), ("GRC", "KSV", "039", "intended")
        }),
        ("Egypt promised to send troops to Libya.", {("EGY", "LBY", "154", "intended")}),
    ],
)  # fmt: skip
def test_what_was_agreed_to_is_intended(pipeline, text, expected) -> None:
    assert coded(pipeline, text, fields=INTENDED) == expected


def test_agreeing_without_an_infinitive_still_codes(pipeline) -> None:
    assert ("ISR", "PSEREB", "0356") in coded(pipeline, "Israel agreed to a ceasefire with Hamas.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to Nepal" attached to the thing sent is still where it goes
        ("Japan sent food aid to Nepal.", ("JPN", "NPL", "073")),
        ("Norway will send relief supplies to Yemen.", ("NOR", "YEM", "0333")),
    ],
)
def test_aim_inside_what_is_sent_is_the_target(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text)


def test_what_is_sent_is_still_no_target(pipeline) -> None:
    """An actor in the object not behind "to"/"into" is what is conveyed."""
    assert not {d for d in coded(pipeline, "Russia sent its soldiers to the border.") if d[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Swiss envoy would not say.", "CHEGOV"),
        ("The Polish embassy would not confirm the report.", "POLGOV"),
        ("A Danish minister would not say whether Copenhagen had warned Norway.", "DNKGOV"),
    ],
)
def test_would_not_say_declines_comment(pipeline, text, expected) -> None:
    assert (expected, None, "011") in coded(pipeline, text)
    assert not any(cameo == "010" for _, _, cameo in coded(pipeline, text))


def test_did_not_say_is_no_declined_comment(pipeline) -> None:
    """Only "would not" refuses: "did not say" is a statement not made."""
    assert not any(
        cameo == "011" for _, _, cameo in coded(pipeline, "The Swiss envoy did not say.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as protesters attacked": the parser's "in the role of" oblique is the clause subject
        (
            "Police used water cannon as protesters attacked the Chilean embassy.",
            ("CHLCVL", "CHLGOV", "19"),
        ),
        ("Talks stalled as Ghanaian troops shelled Togolese positions.", ("GHAMIL", "TGO", "19")),
        # "after" (also "before", "since", "until") and a subject read as a phrase of time
        (
            "The apology came after the Chinese foreign ministry denounced Japan.",
            ("CHNGOV", "JPN", "11"),
        ),
    ],
)
def test_subject_after_as_opens_a_clause(pipeline, text, expected) -> None:
    source, target, root = expected
    assert any(
        s == source and (t or "").startswith(target) and c.startswith(root)
        for s, t, c in coded(pipeline, text)
    )


def test_as_in_the_role_of_is_no_subject(pipeline) -> None:
    """ "served as envoy" keeps its oblique: no clause opens behind it."""
    assert ("BRAGOV", "ARG", "042") in coded(
        pipeline, "The Brazilian president visited Argentina as guest of honour."
    )


def test_a_partner_of_agreeing_still_codes_the_accord(pipeline) -> None:
    """ "agreed with X to ...": the accord with X to act together stands beside the intended
    act."""
    assert both_ways("BRAGOV", "FRAGOV", "030") <= coded(
        pipeline, "The Brazilian president agreed with Macron to tone down criticism of the deal."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accord of two to act, whatever the act: 030 between them
        ("Japan and Canada agreed to encourage direct investment.", both_ways("JPN", "CAN", "030")),
        # one side agreeing to an act it has no row for is no accord with anyone
        ("Ukraine agreed to pay more for its natural gas.", set()),
    ],
)  # fmt: skip
def test_two_sides_agreeing_to_act_express_intent_to_cooperate(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # being present is no visit; what is attended still names the event
        ("Chilean students attended a lecture by the Peruvian president.", set()),
        (
            "The Dutch prime minister attended the funeral of the Belgian king.",
            {("NLDGOV", "BELGOV", "017")},
        ),
        (
            "The Dutch prime minister attended a summit with the Belgian king.",
            {("NLDGOV", "BELGOV", "044")},
        ),
    ],
)
def test_attending_alone_is_no_visit(pipeline, text, expected) -> None:
    assert {d for d in coded(pipeline, text) if d[1]} == expected


def test_will_not_say_declines_comment(pipeline) -> None:
    """A refusal now, not an intention."""
    assert ("CHEGOV", None, "011", "asserted") in coded(
        pipeline, "The Swiss envoy won't say.", fields=INTENDED
    )
