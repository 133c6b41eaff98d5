"""German bans (issue 12, session 45): a government that bans what names no one ("verbot den
Verkauf von Alkohol") restricts its own people (172, as a lockdown does), also in a passive
without agent ("In Frankreich wurde … verboten": France's government); a ban on imports
from a country is an embargo on it (163); banning a party stays 1722. Sentences of our
own, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    "text",
    [
        "Die französische Regierung verbot den Verkauf von Alkohol.",
        "Die französische Regierung untersagte den Verkauf von Alkohol.",
        "In Frankreich wurde der Verkauf von Alkohol verboten.",
    ],
)
def test_a_ban_without_a_named_target_restricts_the_own_people(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(pipeline, text, "de") == {("FRAGOV", "FRACVL", "172")}


def test_a_ban_on_imports_from_a_country_is_an_embargo(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russland verbot die Einfuhr von Käse aus der EU."
    assert coded(pipeline, text, "de") == {("RUS", "IGOEUREEC", "163")}


def test_banning_a_party_stays_a_ban_on_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Die russische Regierung verbot die Opposition."
    assert coded(pipeline, text, "de") == {("RUSGOV", "RUSOPP", "1722")}
