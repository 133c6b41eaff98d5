"""German events the coder used to miss (issue 12): event nouns that a support verb takes as
object, capitals in a "zwischen" phrase; sentences of our own."""

from __future__ import annotations

from functools import partial

import pytest

from .coding import both_ways, coded

# (source, target, code) of the events of an undated German sentence
dyads = partial(coded, lang="de", on=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Niederlande übten am Freitag deutliche Kritik an Ungarn.", ("NLD", "HUN", "111")),
        ("Syrien unternahm in der Nacht Luftangriffe auf Jordanien.", ("SYR", "JOR", "195")),
        ("Der Iran bereitet offenbar eine Offensive gegen Aserbaidschan vor.",
         ("IRN", "AZE", "138")),
    ],
    ids=["criticism", "attack", "prepared-offensive-is-a-threat"],
)  # fmt: skip
def test_a_support_verbs_subject_does_what_its_object_names(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(s, t, c[:3]) for s, t, c in dyads(pipeline, text)}


def test_a_planned_act_is_intended(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = coded(
        pipeline,
        "Kanada plant neue Sanktionen gegen Venezuela.",
        "de",
        on=None,
        fields=("source", "target", "modality"),
    )
    assert ("CAN", "VEN", "intended") in found


@pytest.mark.parametrize(
    "text",
    [
        "Die Opposition in Chile fordert Sanktionen gegen Venezuela.",
        "Kanada verurteilte den Angriff auf Venezuela.",
    ],
    ids=["asked-for", "judged"],
)
def test_who_asks_for_or_judges_an_act_does_not_do_it(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, text)
    assert not {(s, t) for s, t, code in found if code[:2] in {"16", "19", "18"}}


def test_capitals_between_which_talks_are_held_are_governments(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Die Gespräche zwischen Rom und Madrid ziehen sich hin.")
    assert both_ways("ITAGOV", "ESPGOV", "040") <= found


def test_an_arrest_without_agent_is_by_the_police_of_its_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Ein österreichischer Reporter wurde in Teheran verhaftet.")
    assert ("IRNCOP", "AUTMED", "173") in found


def test_an_arrest_without_place_is_by_the_police_of_the_arrested(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Der belarussische Oppositionelle wurde am Montag festgenommen.")
    assert ("BLRCOP", "BLROPP", "173") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polen machte die Slowakei für die Krise an der Grenze mitverantwortlich.",
         ("POL", "SVK", "112")),
        ("Chile wandte sich mit einem dringenden Appell an Peru.", ("CHL", "PER", "020")),
    ],
    ids=["blame-compound", "appeal-phrase"],
)  # fmt: skip
def test_a_phrase_with_a_light_verb_carries_the_act(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_seitens_names_the_agent_of_a_passive(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Der Plan Portugals wurde seitens der spanischen Regierung abgelehnt.")
    assert ("ESPGOV", "PRT") in {(s, t) for s, t, code in found if code.startswith("12")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heftige Kritik an Rumänien kam am Abend von der Slowakei.", ("SVK", "ROU", "111")),
        ("Lob für Estland kam aus Finnland.", ("FIN", "EST", "051")),
        ("Es gab Kritik an Irland seitens der Niederlande.", ("NLD", "IRL", "111")),
    ],
    ids=["kommen-von", "kommen-aus", "geben-seitens"],
)  # fmt: skip
def test_where_an_act_came_from_is_its_author(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_what_comes_from_a_place_without_an_actor_has_no_author(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not dyads(pipeline, "Kritik an Irland kam von Fachleuten.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schweden stellte Finnland im Winter Panzer zur Verfügung.", ("SWE", "FIN", "072")),
        ("Österreich stellte Slowenien Schutzmasken zur Verfügung.", ("AUT", "SVN", "073")),
    ],
    ids=["weapons", "relief-goods"],
)  # fmt: skip
def test_what_one_puts_at_anothers_disposal_is_aid(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_putting_data_at_someones_disposal_is_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not dyads(pipeline, "Schweden stellte Finnland seine Messdaten zur Verfügung.")
