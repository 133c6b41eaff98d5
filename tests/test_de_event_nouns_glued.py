"""German event nouns with an actor glued before the hyphen ("PKK-Anschlag") and senses of
frequent verbs whose object only looks like an event (issue 12); sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bei einem PKK-Anschlag auf türkische Soldaten starben zwei Menschen.",
         ("TURREB", "TURMIL", "180")),
        ("Die EU-Sanktionen gegen Russland bleiben in Kraft.", ("IGOEUREEC", "RUS", "163")),
        ("Bei einem US-Luftangriff auf die syrische Armee starben zehn Soldaten.",
         ("USA", "SYRMIL", "190")),
        ("Bei einer „Querdenken“-Demonstration gegen die Bundesregierung kam es zu Gewalt.",
         ("DEUCVL", "DEUGOV", "141")),
    ],
    ids=["group", "igo", "country-abbreviation", "quoted-name"],
)  # fmt: skip
def test_the_actor_glued_to_an_event_noun_is_its_author(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die amerikanischen Sanktionen gegen den Iran bleiben in Kraft.", ("USA", "IRN", "163")),
        ("Der türkische Einmarsch in Syrien wurde kritisiert.", ("TUR", "SYR", "192")),
        ("Die deutsche Kritik an China wächst.", ("DEU", "CHN", "111")),
    ],
)
def test_the_country_adjective_of_an_event_noun_is_its_author(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_common_adjective_leaves_the_noun_to_its_support_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russland startete eine militärische Offensive gegen die Ukraine."
    assert dyads(pipeline, text) == {("RUS", "UKR", "190")}


@pytest.mark.parametrize(
    "text",
    [
        "Die Russland-Sanktionen der Vereinigten Staaten bleiben in Kraft.",
        "Tausende Demonstranten nahmen an Anti-Trump-Protesten in Chicago teil.",
    ],
    ids=["country-name-is-the-target", "attitude"],
)
def test_a_glued_name_that_is_no_author_is_no_source(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    sources = {source for source, _, _ in dyads(pipeline, text)}
    assert not sources & {"RUS", "USAGOV", "USAELI"}


def test_an_attack_claiming_lives_demands_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(
        pipeline, "Ein Angriff der Taliban auf die afghanische Armee forderte viele Tote."
    )
    assert not {code for _, _, code in found if code.startswith("10")}


def test_an_order_made_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, "Die Schweiz trifft eine Quarantäneanordnung für Briten.") == set()


def test_an_appeal_to_fight_unemployment_is_no_call_for_a_ceasefire(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die SPÖ rief die ÖVP dazu auf, die Arbeitslosigkeit zu bekämpfen."
    assert {code for _, _, code in dyads(pipeline, text)} == {"020"}
    text = "Die Vereinten Nationen riefen Russland auf, die Kämpfe einzustellen."
    assert ("IGOUNO", "RUS", "0256") in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die USA verurteilten den Angriff Russlands auf die Ukraine.", ("RUS", "UKR", "190")),
        ("Die Regierung kritisierte die Sanktionen der EU gegen Belarus.",
         ("IGOEUREEC", "BLR", "163")),
    ],
    ids=["attack", "sanctions"],
)  # fmt: skip
def test_a_pp_after_an_event_nouns_genitive_is_the_nouns_too(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    """The clause takes "auf die Ukraine" as the verb's; the noun before it, with its
    genitive author, still reads it as its target."""
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bei einem Anschlag der PKK wurden in der Türkei zwei Soldaten getötet.",
         ("TURREB", "TURMIL", "180")),
        ("Bei einem Luftangriff der syrischen Armee wurden zehn Rebellen verletzt.",
         ("SYRMIL", "SYRREB", "195")),
        ("In Syrien starben zehn Zivilisten bei Luftangriffen der russischen Armee.",
         ("RUSMIL", "SYRCVL", "195")),
    ],
    ids=["passive", "injured", "dying"],
)  # fmt: skip
def test_the_people_harmed_in_an_attack_are_its_targets(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_an_attack_named_by_the_agent_of_a_passive_keeps_its_own_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the passive has an agent: the soldiers were killed by the police, not by the attack
    text = (
        "Bei einem Anschlag der PKK wurden zwei Soldaten von der Polizei in der Türkei verhaftet."
    )
    assert not any(t == "TURMIL" and c == "180" for _, t, c in dyads(pipeline, text))
