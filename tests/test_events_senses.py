"""Senses of force verbs that are no force and objects that are not targets
(events_senses.py), on sentences of our own coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    "text",
    [
        # politicians, parties and assemblies of one country: an election
        "Hillary Clinton beat Donald Trump in Virginia.",
        # also when only intended (a threat of force otherwise: 1384)
        "Senator Warren hopes to defeat President Trump in 2020.",
    ],
)
def test_contest_between_politicians_of_one_country_is_no_force(pipeline, text) -> None:
    assert not any(target for _, target, _ in coded(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # between countries, or against fighters, defeating still is force
        ("The Iraqi army defeated the Islamic State in Mosul.", ("IRQMIL", "IMGMUSISI", "190")),
        ("Russia defeated Ukraine in the battle.", ("RUS", "UKR", "190")),
    ],
)
def test_defeat_between_armed_actors_is_force(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is moved or sent is the source's own, not the target
        ("Turkey moved thousands more troops into Kurdish-dominated towns.", set()),
        ("Russia sent its soldiers to the border.", set()),
        # where they go still is
        ("Russia sent troops to Ukraine.", {("RUS", "UKR", "154")}),
    ],
)
def test_what_is_conveyed_is_no_target(pipeline, text, expected) -> None:
    assert {d for d in coded(pipeline, text) if d[1]} == expected


@pytest.mark.parametrize(
    "text",
    [
        # votes in an assembly and by a margin are no fight (hand rows of en.v1.tsv)
        "Dutch MPs defeated it by a margin of 40 votes — the largest defeat in Dutch history.",
        "Dutch MPs defeated the Spanish prime minister by 40 votes.",
        "German Greens hope to retake the Bundestag.",
    ],
)
def test_votes_and_elections_are_no_force(pipeline, text) -> None:
    codes = {code for _, _, code in coded(pipeline, text)}
    assert not any(code[:2] in {"18", "19"} or code.startswith("138") for code in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place inside the target phrase of a statement or meeting is not the target
        ("French diplomats expressed their objections to the war in Iraq.", set()),
        ("British officials were talking to at least one person at the Iranian embassy.", set()),
        # a verb of force may take a place as its target
        ("Russia attacked a base in Ukraine.", {("RUS", "UKR", "190")}),
    ],
)
def test_place_inside_the_target_phrase_is_no_target(pipeline, text, expected) -> None:
    assert {d for d in coded(pipeline, text) if d[1]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group placed somewhere stands for the place
        (
            "The French government wants to work with allies in Europe and Japan.",
            {("FRAGOV", "JPN", "031"), ("JPN", "FRAGOV", "031")},
        ),
        # a clause's content is no place phrase ("aimed at deterring"), and an actor after
        # the verb of what was said no topic (test_en_statement_topics.py)
        (
            "The Pentagon said Iranian attacks were aimed at deterring future strikes.",
            {("USAGOVMIL", "IRN", "010")},
        ),
    ],
)
def test_group_placed_or_clause_keeps_its_target(pipeline, text, expected) -> None:
    assert {d for d in coded(pipeline, text) if d[1]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German "für" after a thing names whom it is for, not whom the criticism is aimed at
        ("Die Grünen prangerten die Rüstungsexporte für Saudi-Arabien an.", set()),
        # a place inside a participle attribute only places the attribute
        (
            "Die italienische Polizei hat einen in Belgien gesuchten Terroristen festgenommen.",
            {("ITACOP", "BELUAF", "173")},
        ),
    ],
)
def test_german_beneficiary_or_attribute_place_is_no_target(pipeline, text, expected) -> None:
    assert {d for d in coded(pipeline, text, "de") if d[1]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "gegen" and "an" name whom sanctions and criticism are aimed at
        ("Die Bundesregierung verhängte neue Sanktionen gegen Russland.", ("DEUGOV", "RUS", "163")),
        ("Die Grünen übten scharfe Kritik an China.", ("DEUPTY", "CHN", "111")),
    ],
)
def test_german_aimed_prepositions_keep_their_target(pipeline, text, expected) -> None:
    assert expected in coded(pipeline, text, "de")
