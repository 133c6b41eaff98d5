"""English rows and rules from the precision audit of issue 12: what chronik coded wrongly
on unlabelled English news. Sentences of our own,
coded by the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import DYAD
from .coding import coded as shared_coded

# (source, target, code, negated) of the events of one English sentence
coded = partial(shared_coded, fields=(*DYAD, "negated"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the media carry a statement to the public: no target, or what it is about
        (
            "The German chancellor told reporters that the talks had been useful.",
            {("DEUGOV", None, "010", False)},
        ),
        (
            "The French president told CNN that Russia had been helpful.",
            {("FRAGOV", "RUS", "010", False)},
        ),
        # an addressee that is no medium stays the target
        (
            "The French president told the German chancellor that Russia had been helpful.",
            {("FRAGOV", "DEUGOV", "010", False)},
        ),
    ],
)
def test_media_addressee_is_no_statement_target(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calling someone something, or calling the police, is no statement to them
        ("The Spanish minister called police to report the theft.", set()),
        # judgements and phone calls keep their rows
        ("Germany called the French plan absurd.", {("DEU", "FRA", "111", False)}),
        (
            "The French president called the German chancellor by telephone.",
            {("FRAGOV", "DEUGOV", "041", False)},
        ),
    ],
)
def test_call_with_an_object_is_no_statement(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_beating_by_points_is_an_election_not_an_assault(pipeline) -> None:
    assert (
        coded(pipeline, "The American president beat the French president by five points.") == set()
    )
    assert coded(pipeline, "Iranian police beat the protesters.") == {
        ("IRNCOP", "IRNCVL", "182", False)
    }


def test_neither_nor_negates_both_verbs(pipeline) -> None:
    # a settlement's "neither admitted nor denied wrongdoing", "neither confirmed nor denied"
    text = "Iran neither confirmed nor denied the Saudi report."
    assert coded(pipeline, text) == {("IRN", None, "010", True), ("IRN", "SAU", "016", True)}


def test_precluded_meeting_did_not_take_place(pipeline) -> None:
    text = "Bad weather precluded a meeting between the German chancellor and the French president."
    assert {negated for *_, negated in coded(pipeline, text)} == {True}


@pytest.mark.parametrize(
    "text",
    [
        # bare converted rows in senses news uses for no event
        # (training/curated/en_petrarch_alone_no_event.tsv)
        "The Chinese government is grappling with France.",
        "China overtook the United States.",
        "The German government sponsored the French newspaper.",
        "The German chancellor will benefit the French president.",
        "Turkey pushed Greece.",
        "The German chancellor caught the French president.",
        "The German chancellor heard the French president.",
        "The court enjoined the French newspaper.",
        # read on the 101st to 250th articles of the unlabelled corpora
        "The German government will protect the French president.",
        "The German chancellor favors the French president.",
        "The German chancellor assessed the French president.",
        "The German chancellor repeated the French president.",
        "The German chancellor ensured the French president.",
        "The German chancellor voted the French president.",
        "The German chancellor is counting on the French president.",
        "The French president dealt with the German chancellor.",
        "The German chancellor will reconsider the French president.",
        "The German government damaged the French government.",
        "The German parliament approved the French ambassador.",
        # thirteenth session, read on the unlabelled check sample
        "The German chancellor swore the French president.",
        "The German chancellor verified the French president.",
        # fourteenth session: border agents coming across migrants meet no one
        "Mexican police encountered hundreds of Honduran migrants.",
    ],
)
def test_bare_converted_row_codes_no_event(pipeline, text) -> None:
    assert coded(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a worry or hope about no actor is no event (docs/annotation.md, *Concern*)
        ("The German chancellor feared the committee was falling apart.", set()),
        ("The German chancellor hoped the talks would go well.", set()),
        # about an actor it stays pessimism (012) beside what is feared
        (
            "The German chancellor feared that Russia would attack Ukraine.",
            {("DEUGOV", "RUS", "012", False), ("RUS", "UKR", "190", False)},
        ),
    ],
)
def test_fear_and_hope_need_an_actor_they_are_about(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


def test_challenging_a_rival_for_office_is_no_disapproval(pipeline) -> None:
    text = "The American senator won the primary to challenge the American president."
    assert coded(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readiness is no act yet: the governed action is intended (031, 036), not done
        (
            "The German chancellor is willing to work with France.",
            {("DEUGOV", "FRA", "031", False), ("FRA", "DEUGOV", "031", False)},
        ),
        (
            "The French president is committed to meeting the German chancellor.",
            {("FRAGOV", "DEUGOV", "036", False), ("DEUGOV", "FRAGOV", "036", False)},
        ),
        (
            "The French president would be happy to meet the German chancellor.",
            {("FRAGOV", "DEUGOV", "036", False), ("DEUGOV", "FRAGOV", "036", False)},
        ),
    ],
)
def test_readiness_to_act_makes_the_action_intended(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected


# The twentieth session's rows for senses CAMEO does not give their verbs, from events right
# in none of their cases on the train sets; each class with the sense that stays.
SENSES = [
    # a deed committed is no commitment (030); a commitment to something still is
    ("Russia had committed a crime in Ukraine.", set()),
    ("War crimes were committed by Russian troops in Ukraine.", set()),
    ("Iran remains committed to the nuclear deal with the EU.",
     {("IRN", "IGOEUREEC", "030", False)}),
    ("Serbia committed genocide against Bosnians.", {("SRB", "BIH", "202", False)}),
    # CAMEO 015 acknowledges a responsibility or fault; acknowledging a fact is a statement
    ("Russia admitted its role in the attack on Ukraine.", {("RUS", None, "015", False)}),
    ("Trump acknowledged that the replacement effort may spill into 2018.",
     {("USAGOV", None, "010", False)}),
    # PETRARCH's DIE block codes its bare subject 190 (written "-": curated/
    # en_petrarch_alone_no_event.tsv); its patterns that name the killer stay
    ("Two Syrian children died in U.S. custody.", set()),
    ("Three Israeli soldiers died on Monday, the army said.",
     {("ISRMIL", None, "010", False)}),  # the army's statement alone
    ("Three Israeli soldiers died in a raid by Hamas.", {("PSEREB", "ISRMIL", "190", False)}),
    ("Hamas killed three Israeli soldiers.", {("PSEREB", "ISRMIL", "190", False)}),
    # "agree that ..." is an opinion stated, coded by its content, no intent to cooperate
    ("Democrats and Republicans agree that the tax hike should wait.",
     {("USAPTY", None, "010", False)}),
    # "demonstrate" what one has or that something holds: shows, no protest (141)
    ("Asylum seekers would have to demonstrate a reasonable fear of returning to Mexico.",
     set()),
    ("Obama must show leadership by demonstrating that he has the temperament for the job.",
     set()),
    ("The Chinese firm demonstrated a major ethical lapse.", set()),
    ("North Korea wants to demonstrate its military prowess.", set()),
    ("Thousands of Iranians demonstrated against the United States.",
     {("IRNCVL", "USA", "141", False)}),
    # force used against an actor is 190 (PETRARCH's USE block names only weapons); being
    # prepared to use it threatens it (138)
    ("The U.S. used force against North Korea.", {("USA", "PRK", "190", False)}),
    ("The U.S. is prepared to use force against North Korea.", {("USA", "PRK", "1384", False)}),
    # an offer of nothing named, to nobody or to someone, is no event; an offer of aid or a
    # subsidy to someone is
    ("The Tories offered a hard right agenda.", set()),
    ("Sanders offered Americans a new direction.", set()),
    ("The USDA offered Moscow a wheat subsidy.", {("USAGOVAGR", "RUSGOV", "0331", False)}),
    ("The White House agreed in a short statement.", set()),  # agreeing with nobody on nothing
    ("Germany offered aid to Ukraine.", {("DEU", "UKR", "033", False)}),
    # a state, an office or an institution that protests complains officially (114);
    # people protesting demonstrate (141)
    ("China protested against the American arms sales to Taiwan.",
     {("CHN", "USA", "114", False)}),
    ("Thousands of Iranians protested against the United States.",
     {("IRNCVL", "USA", "141", False)}),
    # an attack ordered, authorised or approved is the orderer's use of force, not a demand
    # (100) nor nothing; an order to an actor stays a demand
    ("Trump ordered airstrikes on Syria.", {("USAGOV", "SYR", "195", False)}),
    ("Putin ordered an attack on Ukraine.", {("RUSGOV", "UKR", "190", False)}),
    ("Netanyahu approved a raid on Gaza.", {("ISRGOV", "PSE", "190", False)}),
    ("Trump ordered the Pentagon to prepare options.", {("USAGOV", "USAGOVMIL", "100", False)}),
    # what is ordered without an infinitive is no demand on whoever it concerns
    ("Trump ordered the dropping of a huge bomb on the Taliban.", set()),
    # vowed revenge is a threat of force (138, PETRARCH's VOW block) against its target;
    # missiles fired toward or over a country target it
    ("Iran vowed revenge against the United States.", {("IRN", "USA", "138", False)}),
    ("North Korea fired missiles toward Japan.", {("PRK", "JPN", "195", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENSES)
def test_senses_cameo_does_not_give_these_verbs(pipeline, text, expected) -> None:
    assert coded(pipeline, text) == expected
