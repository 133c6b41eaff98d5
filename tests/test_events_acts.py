"""An act judged by its name alone (events_acts.py): a ruling stands for the court, a law,
bill or policy for the government of the source's own country; a government judging a
government's act, a bare state, an indefinite act and an owner named but uncoded give no
target. Sentences of our own through the real pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import coded

# (source, target, code) of the events of an undated sentence
english = partial(coded, lang="en", on=None)
german = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Republican senators blamed a flawed judicial ruling.", ("USALEG", "USAJUD", "112")),
        ("Mexican lawmakers criticized the new law.", ("MEXLEG", "MEXGOV", "111")),
        ("Republican senators rejected the new policy.", ("USALEG", "USAGOV", "120")),
        ("Senate Democrats opposed the executive order.", ("USALEG", "USAGOV", "110")),
    ],
)
def test_an_english_act_stands_for_its_court_or_government(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in english(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Die Grünen kritisierten den Gesetzentwurf scharf.", ("DEUPTY", "DEUGOV", "111")),
        ("Die Bundesregierung begrüßte das Urteil.", ("DEUGOV", "DEUJUD", "051")),
        (
            "Die FDP zerpflückte den Entwurf des neuen Eisenbahngesetzes.",
            ("DEUPTY", "DEUGOV", "111"),
        ),
        ("Die SPD-Abgeordneten stimmten für die Reform.", ("DEULEG", "DEUGOV", "051")),
        ("Die Grünen übten scharfe Kritik am Gesetzentwurf.", ("DEUPTY", "DEUGOV", "111")),
        ("Die FDP lobte die Maskenpflicht.", ("DEUPTY", "DEUGOV", "051")),
    ],
)
def test_a_german_act_stands_for_its_court_or_government(pipeline, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in german(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The French agriculture minister criticized the new law.",  # its own act
        "Mexico criticized the ruling.",  # a state: maybe another's court
        "Republican senators would support a law that bans bump stocks.",  # no known act
        "Republican senators criticized the Hartwell Commission ruling.",  # an uncoded owner
    ],
)
def test_no_owner_where_the_act_may_be_anothers(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in english(pipeline, text) if e[1] is not None]


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Republican senators opposed the Obama immigration plan.", True),  # a compound
        ("Republican senators opposed the Iran sanctions bill.", False),  # a state before a noun
        ("Republican senators opposed Obama's Iran policy.", True),  # a state: the topic
    ],
)
def test_a_compound_names_the_owner_of_a_judged_plan(pipeline, text, judged) -> None:  # type: ignore[no-untyped-def]
    targets = {e[1] for e in english(pipeline, text)}
    assert any(str(t).startswith("USA") for t in targets) is judged
    assert "IRN" not in targets


@pytest.mark.parametrize(
    ("judge", "text", "event"),
    [
        (english, "Prime Minister Prayut condemned the protests as illegal.",
         ("THAGOV", "THACVL", "111")),
        (german, "Die Proteste nannte Ministerpräsident Prayut illegal.",
         ("THAGOV", "THACVL", "111")),
        # a hyphenated compound by its last part, a plural by its lemma
        (german, "Innenminister Horst Seehofer verurteilte die Corona-Demos scharf.",
         ("DEUGOV", "DEUCVL", "111")),
        (german, "Die Grünen kritisierten die neuen Gesetze scharf.", ("DEUPTY", "DEUGOV", "111")),
    ],
)  # fmt: skip
def test_a_judged_protest_stands_for_the_protesters(pipeline, judge, text, event) -> None:  # type: ignore[no-untyped-def]
    assert event in judge(pipeline, text)
