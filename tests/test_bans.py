"""Bans (issue 12, session 45). German: a government that bans what names no one ("verbot den
Verkauf von Alkohol") restricts its own people (172, as a lockdown does); a passive without
agent names no government for it ("Wild campen ist in Deutschland verboten": mostly a
standing law, which the gold does not code, and a false alarm on dev); a ban on imports
from a country is an embargo on it (163), in English too ("banned imports of cheese from
the EU"); banning a party stays 1722. English keeps a ban without a coded target no event:
its bans mostly name someone the dictionaries lack ("banned Jones from their channels").
Sentences of our own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    "text",
    [
        "Die französische Regierung verbot den Verkauf von Alkohol.",
        "Die französische Regierung untersagte den Verkauf von Alkohol.",
    ],
)
def test_a_ban_without_a_named_target_restricts_the_own_people(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, "de") == {("FRAGOV", "FRACVL", "172")}


def test_a_ban_in_a_passive_without_agent_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not coded(pipeline, "Wild campen ist in Deutschland verboten.", "de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russland verbot die Einfuhr von Käse aus der EU.", "de"),
        ("Russia banned imports of cheese from the EU.", "en"),
    ],
)
def test_a_ban_on_imports_from_a_country_is_an_embargo(pipeline, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, lang) == {("RUS", "IGOEUREEC", "163")}


def test_banning_a_party_stays_a_ban_on_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die russische Regierung verbot die Opposition."
    assert coded(pipeline, text, "de") == {("RUSGOV", "RUSOPP", "1722")}


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # holding someone to their duty is a demand on them
        ("Söder nahm die Bundesregierung in die Pflicht.", "de", ("DEUGOV", "DEUGOV", "100")),
        ("The Pentagon will conduct a review into the Army.", "en",
         ("USAGOVMIL", "USAMIL", "090")),
        ("The Pentagon will conduct an audit into the Army.", "en",
         ("USAGOVMIL", "USAMIL", "090")),
        ("Russia put its forces on standby.", "en", ("RUS", None, "152")),
        ("Russia put its forces on high readiness.", "en", ("RUS", None, "152")),
    ],
)  # fmt: skip
def test_more_idioms_of_demands_reviews_and_alerts(pipeline, text: str, lang: str, event) -> None:  # type: ignore[no-untyped-def]
    assert event in coded(pipeline, text, lang)
